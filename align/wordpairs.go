package align

import (
	"fmt"
	"io"
	"strings"
)

// ReadWordPairs reads a bilingual dictionary, one pair a line, in either of
// two forms: hunalign's "target @ source", or two tab-separated columns,
// source then target. A line with more than two tab-separated columns is an
// error rather than a pair with its extra column dropped, because a third
// column usually means the columns are not what the reader thinks they are
// (a TSV export with notes or a part of speech). Blank lines and lines
// starting with # are skipped; a byte order mark is accepted. The name is
// used in errors, which give the line.
func ReadWordPairs(name string, r io.Reader) ([]WordPair, error) {
	var pairs []WordPair
	err := scanLines(name, r, func(s string, _ int) error {
		if strings.HasPrefix(s, "#") {
			return nil
		}
		p, err := parseWordPair(s)
		if err != nil {
			return err
		}
		pairs = append(pairs, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pairs, nil
}

func parseWordPair(s string) (WordPair, error) {
	if tgt, src, ok := strings.Cut(s, " @ "); ok {
		p := WordPair{Source: strings.TrimSpace(src), Target: strings.TrimSpace(tgt)}
		if p.Source == "" || p.Target == "" {
			return WordPair{}, fmt.Errorf("empty side in %q", s)
		}
		return p, nil
	}
	cols := strings.Split(s, "\t")
	switch {
	case len(cols) == 2:
		p := WordPair{Source: strings.TrimSpace(cols[0]), Target: strings.TrimSpace(cols[1])}
		if p.Source == "" || p.Target == "" {
			return WordPair{}, fmt.Errorf("empty column in %q", s)
		}
		return p, nil
	case len(cols) > 2:
		return WordPair{}, fmt.Errorf("%d tab-separated columns, want 2 (source<TAB>target)", len(cols))
	}
	return WordPair{}, fmt.Errorf("want 'target @ source' or 'source<TAB>target', got %q", s)
}
