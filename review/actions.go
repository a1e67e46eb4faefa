package review

import (
	"fmt"
	"strconv"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
)

// linkAction makes one change to a document's links, saves it and records
// it for undo.
func (s *Server) linkAction(action string, req *request) (answer, error) {
	if req.Doc < 0 || req.Doc >= len(s.ed.Pairs) {
		return answer{}, &requestError{msg: fmt.Sprintf("no document %d: the edition has %d", req.Doc, len(s.ed.Pairs))}
	}
	p := s.ed.Pairs[req.Doc]
	links := p.Links
	n := strconv.Itoa(req.Link + 1)
	var (
		out     []align.Link
		touched []int
		err     error
		label   string
	)
	switch action {
	case "confirm":
		out, touched, err = confirmLink(links, req.Link)
		label = "confirm link " + n
	case "unconfirm":
		out, touched, err = unconfirmLink(links, req.Link)
		label = "unconfirm link " + n
	case "merge":
		out, touched, err = mergeNext(links, req.Link)
		label = "merge link " + n + " with the next"
	case "split":
		if req.Source == nil || req.Target == nil {
			return answer{}, &requestError{msg: "split needs source and target: where to cut the link on each side"}
		}
		out, touched, err = split(links, req.Link, *req.Source, *req.Target)
		label = "split link " + n
	case "move":
		out, touched, err = moveBoundary(links, req.Link, req.Side, req.Dir)
		label = "move a " + langOf(req.Side) + " sentence of link " + n
	case "unpair":
		out, touched, err = unpair(links, req.Link)
		label = "unpair link " + n
	case "confirm-all":
		out, touched, err = confirmAll(links)
		label = "confirm all of " + s.ed.AnchorID(req.Doc)
	case "realign":
		out, err = s.realign(p)
		if err == nil {
			touched = changedLinks(links, out)
		}
		label = "realign the rest of " + s.ed.AnchorID(req.Doc)
	case "undo", "redo":
		return s.undo(action == "redo", req)
	default:
		return answer{}, &requestError{msg: fmt.Sprintf("no action %q", action)}
	}
	if err != nil {
		return answer{}, &requestError{msg: err.Error()}
	}
	if err := s.apply(req.Doc, out, req.Versions); err != nil {
		return answer{}, err
	}
	s.history = append(s.history, change{pair: req.Doc, label: label, before: links, after: out})
	s.future = nil
	s.relocate()
	msg := "Saved: " + label + "."
	if action == "realign" {
		msg = fmt.Sprintf("Realigned %s keeping its %d confirmed links: %d links changed.", s.ed.AnchorID(req.Doc), p.Confirmed(), len(touched))
	}
	return answer{Message: msg, Doc: req.Doc, Changed: numbers(touched)}, nil
}

// undo undoes the last change (or redoes the last undone one), saving it.
func (s *Server) undo(redo bool, req *request) (answer, error) {
	from, to := &s.history, &s.future
	if redo {
		from, to = to, from
	}
	if len(*from) == 0 {
		what := "undo"
		if redo {
			what = "redo"
		}
		return answer{}, &requestError{msg: "nothing to " + what}
	}
	c := (*from)[len(*from)-1]
	verb := "Undone"
	if redo {
		verb = "Redone"
	}
	if c.edit != nil {
		if err := s.restore(c.edit, redo, req.Versions); err != nil {
			return answer{}, err
		}
		*from = (*from)[:len(*from)-1]
		*to = append(*to, c)
		return answer{Message: verb + ": " + c.label + ".", Doc: -1}, nil
	}
	links := c.before
	if redo {
		links = c.after
	}
	if err := s.apply(c.pair, links, req.Versions); err != nil {
		return answer{}, err
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, c)
	s.relocate()
	return answer{Message: verb + ": " + c.label + ".", Doc: c.pair, Changed: numbers(changedLinks(c.after, links))}, nil
}

// realign aligns the pair again, keeping its confirmed links exactly,
// with the dictionary, glossary and memory: what sverka align --keep does.
func (s *Server) realign(p *edition.Pair) ([]align.Link, error) {
	return s.ed.Realign(p)
}

// relocate puts the findings on the rows they are on now.
func (s *Server) relocate() {
	fs := make([]check.Finding, len(s.findings))
	for i, f := range s.findings {
		fs[i] = f.Finding
	}
	s.findings = s.locate(fs)
}

func numbers(ks []int) []int {
	out := make([]int, len(ks))
	for i, k := range ks {
		out[i] = k + 1
	}
	return out
}
