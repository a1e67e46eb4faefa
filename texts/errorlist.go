package texts

import (
	"fmt"
	"sort"
	"strings"
)

// PosError is a problem at a place in a file sverka reads: a glossary, a
// sverka.yaml, a baseline.
type PosError struct {
	Pos Pos
	Msg string
}

func (e *PosError) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is every problem found in a file, in file order, like
// go/scanner.ErrorList. Its Error method prints one per line.
type ErrorList []*PosError

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &PosError{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	const most = 10
	for i, e := range l {
		if i == most {
			fmt.Fprintf(&b, "\n(and %d more errors)", len(l)-most)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list, else the list sorted by position.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return l
}
