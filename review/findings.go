package review

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// findingAction acts on the findings: accept one into the baseline or as
// an exception on its glossary entry, add a glossary entry, re-run the
// check.
func (s *Server) findingAction(action string, req *request) (answer, error) {
	switch action {
	case "recheck":
		if err := s.runCheck(); err != nil {
			return answer{}, err
		}
		return answer{Message: fmt.Sprintf("Checked again: %d findings.", len(s.findings)), Doc: -1}, nil
	case "baseline":
		f, err := s.finding(req.Finding)
		if err != nil {
			return answer{}, err
		}
		return s.acceptIntoBaseline(f, req.Versions)
	case "exception":
		f, err := s.finding(req.Finding)
		if err != nil {
			return answer{}, err
		}
		return s.acceptAsException(f, req.Versions)
	case "entry":
		return s.addEntry(req)
	}
	return answer{}, &requestError{msg: fmt.Sprintf("no action %q on findings", action)}
}

func (s *Server) finding(fp string) (check.Finding, error) {
	for _, f := range s.findings {
		if f.Fingerprint == fp && fp != "" {
			return f.Finding, nil
		}
	}
	return check.Finding{}, &conflictError{msg: fmt.Sprintf("no finding %q now: the check was run again since the page was loaded; reload", fp)}
}

// acceptIntoBaseline records the finding in the edition's baseline file,
// writing it when there is none yet.
func (s *Server) acceptIntoBaseline(f check.Finding, versions map[string]string) (answer, error) {
	if err := s.seen(versions, s.baseline); err != nil {
		return answer{}, err
	}
	b := check.NewBaseline(nil)
	var before []byte // nil: no baseline yet
	if s.baseline.version != noVersion {
		data, err := s.baseline.read()
		if err != nil {
			return answer{}, err
		}
		if b, err = check.ReadBaseline(s.baseline.rel, bytes.NewReader(data)); err != nil {
			return answer{}, err
		}
		before = data
	}
	b.Add([]check.Finding{f})
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return answer{}, err
	}
	if err := s.baseline.write(buf.Bytes()); err != nil {
		return answer{}, err
	}
	s.recordEdit(strings.TrimSpace(fmt.Sprintf("accept %s %s", f.Rule, quoteMatch(f.Match)))+" into "+s.baseline.rel, s.baseline, before, buf.Bytes())
	if err := s.runCheck(); err != nil {
		return answer{}, err
	}
	return answer{Message: fmt.Sprintf("Accepted into %s: %s %s.", s.baseline.rel, f.Rule, quoteMatch(f.Match)), Doc: -1}, nil
}

// acceptAsException records the finding as an exception on the glossary
// entry it is about ("rule:match").
func (s *Server) acceptAsException(f check.Finding, versions map[string]string) (answer, error) {
	if f.Entry == "" {
		return answer{}, &requestError{msg: "this finding is about no glossary entry: accept it into the baseline"}
	}
	if s.glossary == nil {
		return answer{}, &requestError{msg: "the edition has no glossary"}
	}
	exc := f.Rule
	if f.Match != "" {
		exc += ":" + f.Match
	}
	err := s.editGlossary(versions, "accept "+exc+" as an exception on "+f.Entry, func(t *yamlText) error { return t.addException(f.Entry, exc) },
		func(g *glossary.Glossary) bool {
			for _, e := range g.Entries {
				if e.ID == f.Entry {
					for _, x := range e.Exceptions {
						if x == exc {
							return true
						}
					}
				}
			}
			return false
		})
	if err != nil {
		return answer{}, err
	}
	msg := fmt.Sprintf("Accepted as an exception on %s in %s: %s.", f.Entry, s.glossary.rel, exc)
	if f.Match == "" {
		// The finding names no English words (a term left untranslated):
		// the rule alone is the exception, for every such finding.
		msg = fmt.Sprintf("Accepted as an exception on %s in %s: %s, which accepts every %s finding about %s (this one names no words to accept alone).",
			f.Entry, s.glossary.rel, exc, f.Rule, f.Entry)
	}
	return answer{Message: msg, Doc: -1}, nil
}

// addEntry adds a glossary entry from a Russian word and its English
// rendering, at the end of the glossary.
func (s *Server) addEntry(req *request) (answer, error) {
	if s.glossary == nil {
		return answer{}, &requestError{msg: "the edition has no glossary: name one in sverka.yaml"}
	}
	ru, en := strings.TrimSpace(texts.OneLine(req.Russian)), strings.TrimSpace(texts.OneLine(req.English))
	if ru == "" || en == "" {
		return answer{}, &requestError{msg: "a glossary entry needs a Russian word and its English rendering"}
	}
	kind := glossary.Kind(req.Kind)
	if kind == "" {
		kind = glossary.Term
	}
	known := false
	for _, k := range glossary.Kinds() {
		known = known || k == kind
	}
	if !known {
		return answer{}, &requestError{msg: fmt.Sprintf("kind %q: want one of term, person, place, organisation, code-name, abbreviation", req.Kind)}
	}
	if e := s.entryOf(ru); e != nil {
		return s.addRendering(req.Versions, e, ru, en)
	}
	id := s.newEntryID(ru)
	lines, err := entryLines(id, string(kind), ru, en)
	if err != nil {
		return answer{}, err
	}
	err = s.editGlossary(req.Versions, "add the glossary entry "+id+" ("+ru+" → "+en+")", func(t *yamlText) error { return t.addEntry(lines) },
		func(g *glossary.Glossary) bool {
			for _, e := range g.Entries {
				if e.ID == id {
					return len(e.Russian) == 1 && e.Russian[0] == ru && len(e.Renderings) == 1 && e.Renderings[0].Text == en
				}
			}
			return false
		})
	if err != nil {
		return answer{}, err
	}
	return answer{Message: fmt.Sprintf("Added %s to %s: %s → %s.", id, s.glossary.rel, ru, en), Doc: -1}, nil
}

// entryOf is the glossary entry whose Russian term the word is, in any
// form the glossary matches (маяка for маяк), or nil.
func (s *Server) entryOf(ru string) *glossary.Entry {
	ms := s.ed.Glossary.MatchRussian(ru)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(ru) {
		return nil
	}
	return ms[0].Entry
}

// addRendering adds en to the renderings of e, the entry the Russian word
// already has, as an admitted one: a second entry of the same word would
// make every match of it ambiguous, and the entry's preferred rendering
// stays what the editor chose (an entry without renderings takes it as
// its preferred one). A rendering the entry has already is no change; one
// it forbids is refused, since the editor decided against it.
func (s *Server) addRendering(versions map[string]string, e *glossary.Entry, ru, en string) (answer, error) {
	for _, r := range e.Renderings {
		if !strings.EqualFold(r.Text, en) {
			continue
		}
		if r.Status == glossary.Forbidden {
			return answer{}, &requestError{msg: fmt.Sprintf("%s forbids the rendering %q of %s: change the entry in %s by hand if it is to be allowed", e.ID, r.Text, ru, s.glossary.rel)}
		}
		return answer{Message: fmt.Sprintf("%s in %s already renders %s as %s: nothing added.", e.ID, s.glossary.rel, ru, r.Text), Doc: -1}, nil
	}
	id := e.ID
	status := glossary.Admitted
	if len(e.Renderings) == 0 {
		status = glossary.Preferred
	}
	item := "{text: " + quoted(en) + ", status: " + string(status) + "}"
	err := s.editGlossary(versions, "add the rendering "+en+" to "+id, func(t *yamlText) error { return t.addRendering(id, item) },
		func(g *glossary.Glossary) bool {
			ne := g.Entry(id)
			want := append(slices.Clone(e.Renderings), glossary.Rendering{Text: en, Status: status})
			return ne != nil && slices.Equal(ne.Renderings, want)
		})
	if err != nil {
		return answer{}, err
	}
	var all []string
	for _, r := range s.ed.Glossary.Entry(id).Renderings {
		all = append(all, r.Text)
	}
	return answer{Message: fmt.Sprintf("Added the rendering %s to %s in %s, which has %s already: %s → %s.", en, id, s.glossary.rel, ru, ru, strings.Join(all, ", ")), Doc: -1}, nil
}

// newEntryID is an id for an entry of the Russian word: the glossary's
// own id of it (as an entry without one, or one suggest adds, gets:
// iantszi for Яньцзи), made unique.
func (s *Server) newEntryID(ru string) string {
	base := glossary.DefaultID(ru)
	if base == "" {
		base = "entry"
	}
	taken := map[string]bool{}
	if g := s.ed.Glossary; g != nil {
		for _, e := range g.Entries {
			taken[e.ID] = true
		}
	}
	id := base
	for n := 2; taken[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// entryLines are a new entry's lines, as YAML writes them.
func entryLines(id, kind, ru, en string) ([]string, error) {
	str := func(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }
	m := &yaml.Node{Kind: yaml.MappingNode}
	m.Content = append(m.Content, str("id"), str(id), str("kind"), str(kind),
		str("russian"), &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: []*yaml.Node{str(ru)}},
		str("renderings"), &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{str(en)}})
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n"), nil
}

// editGlossary edits the glossary file as text, reads the result back,
// and writes it only when it reads as the edition's glossary with the
// change made (did reports that) and its exceptions valid; then the check
// runs again with it. The edit goes into the undo history as label.
func (s *Server) editGlossary(versions map[string]string, label string, edit func(*yamlText) error, did func(*glossary.Glossary) bool) error {
	if err := s.seen(versions, s.glossary); err != nil {
		return err
	}
	data, err := s.glossary.read()
	if err != nil {
		return err
	}
	t, err := parseYAMLText(s.glossary.rel, data)
	if err != nil {
		return &requestError{msg: err.Error()}
	}
	if err := edit(t); err != nil {
		return &requestError{msg: fmt.Sprintf("%s: cannot make this change without rewriting the file (%v): make it by hand and reload", s.glossary.rel, err)}
	}
	out := t.bytes()
	g, err := glossary.Load(s.glossary.path, bytes.NewReader(out))
	if err == nil {
		err = check.ValidateExceptions(g)
	}
	if err != nil {
		return &requestError{msg: fmt.Sprintf("%s: the change would not read back (%v): nothing written", s.glossary.rel, err)}
	}
	if !did(g) {
		return &requestError{msg: fmt.Sprintf("%s: the change did not read back as meant: nothing written; make it by hand", s.glossary.rel)}
	}
	if err := s.glossary.write(out); err != nil {
		return err
	}
	s.recordEdit(label, s.glossary, data, out)
	s.ed.Glossary = g
	return s.runCheck()
}

func quoteMatch(m string) string {
	if m == "" {
		return ""
	}
	return "“" + m + "”"
}
