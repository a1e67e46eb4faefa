package check

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// FuzzCheck runs every rule on arbitrary English and Russian texts: no
// panic, findings sorted and fingerprinted, every printer writes them.
func FuzzCheck(f *testing.F) {
	f.Add("Comrade Lavrentiev [the crews -NO] storm-fright [shtormoboyazn].\nLAVRENTYEV", "Тов. Лаврентьев.\nШтормобоязнь (не")
	f.Add("M[inistry of the] M[aritime] F[leet] [", "1) а) ]")
	f.Add("[[]]] [a - B] x[", "\xff\xfe")
	g := &glossary.Glossary{Scheme: texts.ALALC, Entries: []*glossary.Entry{{
		ID: "storm-fright", Kind: glossary.Term, Russian: []string{"штормобоязнь"},
		Renderings: []glossary.Rendering{{Text: "storm-fright", Status: glossary.Preferred}, {Text: "storm panic", Status: glossary.Forbidden}},
		Gloss:      &glossary.GlossPolicy{Form: "translit"},
		Exceptions: []string{"name-variant"},
	}}}
	f.Fuzz(func(t *testing.T, en, ru string) {
		ec, err := texts.Read("en.txt", strings.NewReader(en), texts.Options{Lang: texts.English})
		if err != nil {
			return
		}
		rc, err := texts.Read("ru.txt", strings.NewReader(ru), texts.Options{Lang: texts.Russian})
		var pairs []*edition.Pair
		for i, d := range ec.Documents {
			p := &edition.Pair{Target: d, TargetText: ec.Source}
			if err == nil && i < len(rc.Documents) {
				rd := rc.Documents[i]
				p.Source, p.SourceText = rd, rc.Source
				p.Links, _ = align.Align(align.FromSegments(rd.Segments), align.FromSegments(d.Segments), align.Options{})
			}
			pairs = append(pairs, p)
		}
		opts := Options{Insertions: edition.InsertionStyle{Signers: []string{"NO"}, Required: true}}
		fs := Run(&edition.Edition{Pairs: pairs, Glossary: g}, opts)
		for i, f := range fs {
			if f.Fingerprint == "" || f.Rule == "" || f.Pos.Line < 1 {
				t.Errorf("finding %d incomplete: %+v", i, f)
			}
		}
		for _, format := range Formats {
			if err := Print(&bytes.Buffer{}, format, fs, PrintOptions{}); err != nil {
				t.Errorf("%s: %v", format, err)
			}
		}
	})
}

func FuzzReadBaseline(f *testing.F) {
	var buf bytes.Buffer
	if err := NewBaseline(sampleFindings()).Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add(`{"version": 1, "findings": null}`)
	f.Fuzz(func(t *testing.T, in string) {
		b, err := ReadBaseline("b.json", strings.NewReader(in))
		if err != nil {
			return
		}
		b.Filter(sampleFindings())
		var out bytes.Buffer
		if err := b.Write(&out); err != nil {
			t.Fatal(err)
		}
	})
}
