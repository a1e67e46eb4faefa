package glossary

import (
	"bufio"
	"io"
	"regexp"
	"sort"
	"strings"
)

// WriteVale writes the glossary as a Vale vocabulary, so that an English
// style guide checked by Vale follows it: accept gets the preferred and
// admitted renderings (Vale.Terms then enforces their spelling, and
// Vale.Spelling lets them pass), reject the forbidden ones (Vale.Avoid
// flags them). Vale reads each line as a regular expression: a rendering
// is quoted, and one in small letters that is not case-sensitive matches
// in any case ("(?i)"), since it may open a sentence. Lines are sorted and
// unique.
func WriteVale(accept, reject io.Writer, g *Glossary) error {
	var acc, rej []string
	for _, e := range g.Entries {
		for _, r := range e.Renderings {
			line := valeEntry(r)
			if line == "" {
				continue
			}
			if r.Accepted() {
				acc = append(acc, line)
			} else {
				rej = append(rej, line)
			}
		}
	}
	if err := writeLines(accept, acc); err != nil {
		return err
	}
	return writeLines(reject, rej)
}

func valeEntry(r Rendering) string {
	text := strings.Join(strings.Fields(r.Text), " ")
	if text == "" {
		return ""
	}
	quoted := regexp.QuoteMeta(text)
	if !r.CaseSensitive && text == strings.ToLower(text) {
		return "(?i)" + quoted
	}
	return quoted
}

func writeLines(w io.Writer, lines []string) error {
	sort.Strings(lines)
	bw := bufio.NewWriter(w)
	for i, l := range lines {
		if i > 0 && l == lines[i-1] {
			continue
		}
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
