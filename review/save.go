package review

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// apply saves new links for pair pi and makes them the pair's, with the
// change in the undo history (unless it is an undo or redo, which move it
// between history and future themselves).
func (s *Server) apply(pi int, links []align.Link, versions map[string]string) error {
	p := s.ed.Pairs[pi]
	check := *p
	check.Links = links
	if err := check.Validate(); err != nil {
		return &requestError{msg: err.Error()}
	}
	sp := s.pairSpec[pi]
	// A declaration without an alignment gets one: the documents rule
	// names one file per document, so every document of the rule is saved
	// now, as the page shows it, and read from there from now on.
	group := []*specState{sp}
	if !sp.named && sp.spec.ID != "" && s.ed.Config.Documents != nil && sp.spec.Pos == s.ed.Config.Documents.Pos {
		group = nil
		for _, o := range s.specs {
			if !o.named && o.spec.Pos == sp.spec.Pos {
				group = append(group, o)
			}
		}
	}
	written := []*file{}
	for _, g := range group {
		written = append(written, g.file)
	}
	var config []byte
	if !sp.named {
		written = append(written, s.config)
	}
	if err := s.seen(versions, written...); err != nil {
		return err
	}
	if !sp.named {
		for _, g := range group {
			if g.file.version != noVersion {
				err := edition.UnnamedFileError(s.place(sp.spec.Pos), sp.spec, edition.AlignmentFile{Name: g.file.rel, Add: sp.add})
				return &conflictError{msg: err.Error() + ", and reload"}
			}
		}
		var err error
		if config, err = s.withAlignment(sp); err != nil {
			return err
		}
	}
	for _, g := range group {
		data, err := s.alignmentJSON(g, pi, links)
		if err != nil {
			return err
		}
		if err := g.file.write(data); err != nil {
			return err
		}
	}
	if config != nil {
		if err := s.config.write(config); err != nil {
			return err
		}
		for _, g := range group {
			g.named = true
			g.spec.Alignment = g.file.rel
		}
	}
	p.Links = links
	p.Stored = true
	return nil
}

// alignmentJSON is the stored alignment of the declaration's pairs, pair
// pi having links, in the JSON sverka align writes (and check, export and
// build read), byte for byte as align.WriteJSON writes it. The sides,
// which no action changes, are encoded once: a save then encodes only the
// links.
func (s *Server) alignmentJSON(sp *specState, pi int, links []align.Link) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("{\n  \"format\": " + quoted(align.FormatName) + ",\n  \"version\": " + strconv.Itoa(align.FormatVersion) + ",\n  \"bitexts\": [\n")
	for k, i := range sp.pairs {
		p := s.ed.Pairs[i]
		ls := p.Links
		if i == pi {
			ls = links
		}
		out := make([]align.Link, len(ls))
		for k, l := range ls {
			// An unknown confidence (a links file without scores) has no
			// JSON form.
			if math.IsNaN(l.Confidence) {
				l.Confidence = 0
			}
			if l.Source == nil {
				l.Source = []int{}
			}
			if l.Target == nil {
				l.Target = []int{}
			}
			out[k] = l
		}
		src, tgt, err := s.encodedSides(i)
		if err != nil {
			return nil, err
		}
		encLinks, err := encodeAt(out)
		if err != nil {
			return nil, err
		}
		if k > 0 {
			buf.WriteString(",\n")
		}
		buf.WriteString("    {\n      \"source\": ")
		buf.Write(src)
		buf.WriteString(",\n      \"target\": ")
		buf.Write(tgt)
		buf.WriteString(",\n      \"links\": ")
		buf.Write(encLinks)
		buf.WriteString("\n    }")
	}
	buf.WriteString("\n  ]\n}\n")
	return buf.Bytes(), nil
}

// encodedSides are pair i's sides as JSON, encoded once.
func (s *Server) encodedSides(i int) (src, tgt []byte, err error) {
	if s.sides == nil {
		s.sides = make([][2][]byte, len(s.ed.Pairs))
	}
	if s.sides[i][0] == nil {
		p := s.ed.Pairs[i]
		if s.sides[i][0], err = encodeAt(s.side(p.SourceFile, p.Source)); err != nil {
			return nil, nil, err
		}
		if s.sides[i][1], err = encodeAt(s.side(p.TargetFile, p.Target)); err != nil {
			return nil, nil, err
		}
	}
	return s.sides[i][0], s.sides[i][1], nil
}

// encodeAt encodes v as align.WriteJSON does a field of a bitext: indented
// by two spaces a level, three levels deep, HTML left as it is.
func encodeAt(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("      ", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// side is a document as sverka align records it, with file names relative
// to the edition's folder.
func (s *Server) side(file string, d *texts.Document) align.Side {
	side := align.Side{File: s.relName(file), Document: d.ID, Sentences: make([]align.Unit, len(d.Segments))}
	for k, seg := range d.Segments {
		pos := seg.Pos
		pos.File = s.relName(pos.File)
		side.Sentences[k] = align.Unit{ID: seg.ID, Kind: seg.Kind, Text: seg.Text, Pos: pos}
	}
	return side
}

func (s *Server) relName(name string) string {
	if rel, err := filepath.Rel(s.ed.Dir, name); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(name)
}

// withAlignment is sverka.yaml with an alignment line for the
// declaration: in the documents rule (its pattern, align/doc{id}.json), or
// in the pair.
func (s *Server) withAlignment(sp *specState) ([]byte, error) {
	data, err := s.config.read()
	if err != nil {
		return nil, err
	}
	t, err := parseYAMLText(s.config.rel, data)
	if err != nil {
		return nil, err
	}
	want := sp.file.rel
	cfg := s.ed.Config
	rule := cfg.Documents != nil && sp.spec.Pos == cfg.Documents.Pos && sp.spec.ID != ""
	if rule {
		k, v := value(t.root, "documents")
		if v == nil {
			return nil, fmt.Errorf("%s: no documents rule to add the alignment to", s.config.rel)
		}
		err = t.addToMapping(v, k.Column-1, "alignment", sp.add)
	} else {
		idx := slices.IndexFunc(cfg.Pairs, func(p edition.PairSpec) bool { return p.Pos == sp.spec.Pos })
		_, pairs := value(t.root, "pairs")
		if idx < 0 || pairs == nil || idx >= len(pairs.Content) {
			return nil, fmt.Errorf("%s: the pair at line %d is not where it was", s.config.rel, sp.spec.Pos.Line)
		}
		item := pairs.Content[idx]
		indent, _ := t.dashIndent(item)
		err = t.addToMapping(item, indent, "alignment", quoted(want))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot add alignment: %s there without rewriting the file (%v): add it by hand and reload", s.config.rel, want, err)
	}
	out := t.bytes()
	cfgNew, err := edition.Load(s.config.path, bytes.NewReader(out))
	if err != nil {
		return nil, fmt.Errorf("%s: adding the alignment line would break it (%v): add alignment: %s by hand and reload", s.config.rel, err, want)
	}
	ok := false
	if rule {
		ok = cfgNew.Documents != nil && cfgNew.Documents.Alignment == sp.add
		for _, g := range s.specs {
			if g.spec.Pos == sp.spec.Pos && g.file.rel != strings.ReplaceAll(sp.add, edition.IDPlaceholder, g.spec.ID) {
				ok = false
			}
		}
	} else {
		idx := slices.IndexFunc(cfg.Pairs, func(p edition.PairSpec) bool { return p.Pos == sp.spec.Pos })
		ok = idx < len(cfgNew.Pairs) && cfgNew.Pairs[idx].Alignment == want
	}
	if !ok {
		return nil, fmt.Errorf("%s: could not add alignment: %s where it belongs: add it by hand and reload", s.config.rel, want)
	}
	return out, nil
}
