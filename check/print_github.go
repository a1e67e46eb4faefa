package check

import (
	"fmt"
	"io"
	"strings"

	"github.com/sverka/sverka/internal/term"
)

// WriteGitHub writes the findings as GitHub Actions workflow commands,
// which the pull request shows as annotations on the lines:
//
//	::warning file=en.txt,line=12,col=9,endColumn=19,title=sverka name-variant::Lavrentiev is also spelled …
//
// Info findings become notices.
//
// Files are named from opts.Root, the repository (GitHub's workspace),
// wherever the check ran from.
func WriteGitHub(w io.Writer, fs []Finding, opts PrintOptions) error {
	for _, f := range fs {
		level := "error"
		switch f.Severity {
		case Warning:
			level = "warning"
		case Info:
			level = "notice"
		}
		props := []string{
			"file=" + ghProperty(opts.hostPath(f.Pos.File)),
			fmt.Sprintf("line=%d", f.Pos.Line),
			fmt.Sprintf("col=%d", f.Pos.Col),
		}
		if end := f.endCol(); end > 0 {
			props = append(props, fmt.Sprintf("endColumn=%d", end))
		}
		props = append(props, "title="+ghProperty("sverka "+f.Rule))
		msg := f.Message
		if f.Fix != nil {
			msg += "\nSuggested: " + term.Printable(f.Fix.Replace)
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), ghData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value, where ':' and
// ',' also separate.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
