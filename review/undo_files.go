package review

import (
	"bytes"
	"fmt"

	"github.com/sverka/sverka/glossary"
)

// The findings' actions write the baseline and the glossary; each is a
// change in the undo history as a link's edit is, so that a finding
// accepted by mistake, or an entry added to the wrong word, is undone on
// the page instead of by hand in the file.

// fileEdit is one write of a file: its content before (nil when the file
// did not exist) and after.
type fileEdit struct {
	f             *file
	before, after []byte
}

// recordEdit puts a file's edit in the undo history, as the last change.
func (s *Server) recordEdit(label string, f *file, before, after []byte) {
	s.history = append(s.history, change{pair: -1, label: label, edit: &fileEdit{f: f, before: before, after: after}})
	s.future = nil
}

// restore writes the file back as it was before the edit (after it, for
// redo), removing a file the edit made, refusing where the file changed
// since; then the glossary is read again where it was the file, and the
// check runs.
func (s *Server) restore(e *fileEdit, redo bool, versions map[string]string) error {
	if err := s.seen(versions, e.f); err != nil {
		return err
	}
	from, to := e.after, e.before
	if redo {
		from, to = e.before, e.after
	}
	if v := versionOf(from); v != e.f.version {
		done := "undone"
		if redo {
			done = "redone"
		}
		return &conflictError{msg: fmt.Sprintf("%s changed since that change: nothing %s; reload", e.f.rel, done)}
	}
	if e.f == s.glossary {
		g, err := glossary.Load(s.glossary.path, bytes.NewReader(to))
		if err != nil {
			return &requestError{msg: fmt.Sprintf("%s as it was would not read back (%v): nothing written", s.glossary.rel, err)}
		}
		if err := e.f.write(to); err != nil {
			return err
		}
		s.ed.Glossary = g
		return s.runCheck()
	}
	var err error
	if to == nil {
		err = e.f.remove()
	} else {
		err = e.f.write(to)
	}
	if err != nil {
		return err
	}
	return s.runCheck()
}

// versionOf is the version a file of this content has: noVersion for
// none.
func versionOf(data []byte) string {
	if data == nil {
		return noVersion
	}
	return hashOf(data)
}
