package glossary

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/sverka/sverka/texts"
)

// WriteSuggestedGlossary writes suggestions as a YAML glossary that loads
// as it is: the suggestions with a Russian term become entries; those
// found only in English (no Russian term to match) follow, commented out,
// under a note asking for the Russian term. IDs are made unique.
func WriteSuggestedGlossary(w io.Writer, sugs []Suggestion, scheme texts.Scheme) error {
	ready := &Glossary{Scheme: scheme}
	pending := &Glossary{}
	seen := make(map[string]bool)
	for i := range sugs {
		e := sugs[i].Entry()
		base := e.ID
		for n := 2; seen[e.ID]; n++ {
			e.ID = fmt.Sprintf("%s-%d", base, n)
		}
		seen[e.ID] = true
		if len(e.Russian) > 0 {
			ready.Entries = append(ready.Entries, e)
		} else {
			pending.Entries = append(pending.Entries, e)
		}
	}
	if err := Write(w, ready); err != nil {
		return err
	}
	if len(pending.Entries) == 0 {
		return nil
	}
	var buf bytes.Buffer
	if err := Write(&buf, pending); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\n# Found only in the English, with no Russian term to match: fill in\n# russian and move each entry up into the list to use it.\n")
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"), line == "entries:":
			continue // the header and the list's key: the entries go under the one above
		case line == "":
			bw.WriteString("#\n")
		default:
			bw.WriteString("#" + line + "\n")
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}
