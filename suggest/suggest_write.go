package suggest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// WriteGlossary writes suggestions as a YAML glossary that loads
// as it is: the suggestions with a Russian term and a rendering become
// entries; those found only in English (no Russian term to match) or only
// in Russian (no rendering: every occurrence would be a term-missing)
// follow, commented out, under a note asking for what they lack. IDs are
// made unique.
func WriteGlossary(w io.Writer, sugs []Suggestion, scheme texts.Scheme) error {
	ready := &glossary.Glossary{Scheme: scheme}
	noRussian, noRendering := &glossary.Glossary{}, &glossary.Glossary{}
	seen := make(map[string]bool)
	for i := range sugs {
		e := sugs[i].Entry()
		base := e.ID
		for n := 2; seen[e.ID]; n++ {
			e.ID = fmt.Sprintf("%s-%d", base, n)
		}
		seen[e.ID] = true
		switch {
		case len(e.Russian) == 0:
			noRussian.Entries = append(noRussian.Entries, e)
		case len(e.Renderings) == 0:
			noRendering.Entries = append(noRendering.Entries, e)
		default:
			ready.Entries = append(ready.Entries, e)
		}
	}
	if err := glossary.Write(w, ready); err != nil {
		return err
	}
	if err := writeCommented(w, noRussian, "Found only in the English, with no Russian term to match: fill in\n# russian and move each entry up into the list to use it."); err != nil {
		return err
	}
	return writeCommented(w, noRendering, "Found only in the Russian, with no English rendering found for it: fill\n# in renderings and move each entry up into the list to use it.")
}

// writeCommented writes a glossary's entries commented out under a note.
func writeCommented(w io.Writer, g *glossary.Glossary, note string) error {
	if len(g.Entries) == 0 {
		return nil
	}
	var buf bytes.Buffer
	if err := glossary.Write(&buf, g); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\n# %s\n", note)
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
