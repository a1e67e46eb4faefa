package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// state is what the page shows besides the rows: the documents with their
// counts, the findings, the files' versions and what undo and redo would do.
type state struct {
	Title    string            `json:"title"`
	Docs     []docState        `json:"docs"`
	Findings []findingState    `json:"findings"`
	Versions map[string]string `json:"versions"`
	Undo     string            `json:"undo"`
	Redo     string            `json:"redo"`
	Notice   string            `json:"notice,omitempty"`
	Warnings []string          `json:"warnings,omitempty"`
	Baseline string            `json:"baseline"`
	Glossary string            `json:"glossary"`
}

type docState struct {
	Index     int    `json:"index"`
	ID        string `json:"id"` // the anchor, "d1"
	Title     string `json:"title"`
	Links     int    `json:"links"`
	Confirmed int    `json:"confirmed"`
	// The links (from 0) the filters and "next problem" go through.
	Flagged  []int  `json:"flagged"`
	Low      []int  `json:"low"`
	Finding  []int  `json:"finding"`
	Problems []int  `json:"problems"`
	File     string `json:"file"`  // the stored alignment
	Named    bool   `json:"named"` // sverka.yaml names it
	SrcLang  string `json:"srcLang"`
	TgtLang  string `json:"tgtLang"`
}

type findingState struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Severity    string `json:"severity"`
	Message     string `json:"message"`
	Match       string `json:"match"`
	Place       string `json:"place"`
	English     string `json:"english"`
	Russian     string `json:"russian"`
	Entry       string `json:"entry,omitempty"`
	Doc         int    `json:"doc"`  // -1 when on no row
	Link        int    `json:"link"` // from 0
	Row         string `json:"row,omitempty"`
	Where       string `json:"where,omitempty"` // the row as a reader names it: "Document 1, link 3"
}

func (s *Server) state() state {
	st := state{Title: s.ed.Title, Versions: s.versions(), Notice: s.notice, Warnings: s.ed.Warnings, Baseline: s.baseline.rel,
		Docs: []docState{}, Findings: []findingState{}}
	if s.glossary != nil {
		st.Glossary = s.glossary.rel
	}
	if n := len(s.history); n > 0 {
		st.Undo = s.history[n-1].label
	}
	if n := len(s.future); n > 0 {
		st.Redo = s.future[n-1].label
	}
	findingRows := make([]map[int]bool, len(s.ed.Pairs))
	for _, f := range s.findings {
		if f.pair >= 0 && f.link >= 0 {
			if findingRows[f.pair] == nil {
				findingRows[f.pair] = map[int]bool{}
			}
			findingRows[f.pair][f.link] = true
		}
	}
	for i, p := range s.ed.Pairs {
		d := docState{Index: i, ID: s.ed.AnchorID(i), Title: pairTitle(p, i), Links: len(p.Links),
			File: s.pairSpec[i].file.rel, Named: s.pairSpec[i].named,
			SrcLang: string(p.SourceLang), TgtLang: string(p.TargetLang),
			Flagged: []int{}, Low: []int{}, Finding: []int{}, Problems: []int{}}
		for k, l := range p.FlaggedLinks() {
			flagged, low := len(l.Flags) > 0, isLow(l)
			if l.Confirmed {
				d.Confirmed++
			}
			if flagged {
				d.Flagged = append(d.Flagged, k)
			}
			if low {
				d.Low = append(d.Low, k)
			}
			if findingRows[i][k] {
				d.Finding = append(d.Finding, k)
			}
			if (flagged || low) && !l.Confirmed || findingRows[i][k] {
				d.Problems = append(d.Problems, k)
			}
		}
		st.Docs = append(st.Docs, d)
	}
	for _, f := range s.findings {
		// The place shown is the one the finding is about, on its row: an
		// omission's Russian sentence, not where its English would go.
		places, _ := f.Places()
		fs := findingState{Fingerprint: f.Fingerprint, Rule: f.Rule, Severity: string(f.Severity), Message: edition.RelMessage(f.Message, s.ed.Dir),
			Match: f.Match, Place: s.place(places[0]), Entry: f.Entry, Doc: f.pair, Link: f.link}
		if f.pair >= 0 && f.link >= 0 && f.link < len(s.ed.Pairs[f.pair].Links) {
			p := s.ed.Pairs[f.pair]
			l := p.Links[f.link]
			fs.Row = s.ed.AnchorID(f.pair) + "-l" + strconv.Itoa(f.link+1)
			fs.Where = s.ed.LinkName(f.pair, f.link+1)
			fs.English = texts.OneLine(p.Target.JoinSegments(l.Target))
			if p.Source != nil {
				fs.Russian = texts.OneLine(p.Source.JoinSegments(l.Source))
			}
		}
		st.Findings = append(st.Findings, fs)
	}
	return st
}

// place is a position as the page shows it, the file relative to the
// edition's folder.
func (s *Server) place(p texts.Pos) string {
	p.File = s.relName(p.File)
	return p.String()
}

// isLow reports an unconfirmed link under the aligner's low-confidence bar
// (its flag, which FlaggedLinks sets).
func isLow(l align.Link) bool {
	return !l.Confirmed && slices.Contains(l.Flags, align.LowConfidence)
}

// rowList is the list of a document's links the rows are taken from: all,
// or those a filter keeps.
func (s *Server) rowList(doc int, only string) ([]int, error) {
	p := s.ed.Pairs[doc]
	all := make([]int, len(p.Links))
	for k := range all {
		all[k] = k
	}
	if only == "" || only == "all" {
		return all, nil
	}
	st := s.state().Docs[doc]
	switch only {
	case "flagged":
		return st.Flagged, nil
	case "low":
		return st.Low, nil
	case "finding":
		return st.Finding, nil
	case "problems":
		return st.Problems, nil
	}
	return nil, fmt.Errorf("only=%q: want all, flagged, low, finding or problems", only)
}

// pairTitle is the pair's heading as the edition gives it.
func pairTitle(p *edition.Pair, i int) string {
	if t := strings.TrimSpace(p.Target.Title); t != "" {
		return t
	}
	if p.Source != nil {
		if t := strings.TrimSpace(p.Source.Title); t != "" {
			return t
		}
	}
	if p.ID != "" {
		return "Document " + p.ID
	}
	return "Document " + strconv.Itoa(i+1)
}
