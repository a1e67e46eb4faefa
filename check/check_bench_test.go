package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// How the English renderings of a synthetic glossary are made.
type renderingStyle int

const (
	// distinctRenderings are as distinct as real ones: storm-fright,
	// aircraft-fright ..., made from syllables.
	distinctRenderings renderingStyle = iota
	// sharedFirstWord renderings all begin with one word, term-1 ...
	// term-1000 and Ministry of term-1 ...: the adversarial case for an
	// index by first word, as a glossary of ministries or code names
	// numbered in a series is.
	sharedFirstWord
)

// syntheticEdition builds an edition of docs documents of n sentences
// each, and a glossary of entries terms, in the shape of the example
// telegrams: glossed terms, names, signed insertions.
func syntheticEdition(tb testing.TB, docs, n, entries int, style renderingStyle) ([]*edition.Pair, *glossary.Glossary) {
	tb.Helper()
	syl := []string{"ба", "ро", "ви", "ту", "ше", "ла", "мо", "зу", "ка", "ни"}
	term := func(i int) string {
		var b strings.Builder
		for k := 0; k < 4; k++ {
			b.WriteString(syl[i%10])
			i /= 10
		}
		return b.String() + "ность"
	}
	eng := []string{"ka", "lo", "mi", "ter", "sa", "vo", "pel", "dun", "ri", "ogh"}
	rendering := func(i int) string {
		if style == sharedFirstWord {
			return fmt.Sprintf("term-%d", i+1)
		}
		var b strings.Builder
		for k := 0; k < 3; k++ {
			b.WriteString(eng[i%10])
			i /= 10
		}
		return b.String() + "-fright"
	}
	g := &glossary.Glossary{Scheme: texts.ALALC}
	for i := 0; i < entries; i++ {
		ru := term(i)
		rs := []glossary.Rendering{{Text: rendering(i), Status: glossary.Preferred}, {Text: "fear of " + rendering(i), Status: glossary.Forbidden}}
		if style == sharedFirstWord {
			rs = append(rs, glossary.Rendering{Text: "Ministry of " + rendering(i), Status: glossary.Admitted})
		}
		g.Entries = append(g.Entries, &glossary.Entry{
			ID: fmt.Sprintf("t%d", i), Kind: glossary.Term, Russian: []string{ru},
			Renderings: rs,
			Gloss:      &glossary.GlossPolicy{Form: "translit", When: "first-in-document"},
		})
	}
	var pairs []*edition.Pair
	for d := 0; d < docs; d++ {
		var ru, en strings.Builder
		for s := 0; s < n; s++ {
			k := (d*n + s) % entries
			t := term(k)
			fmt.Fprintf(&ru, "Тов. Лаврентьев докладывает, что %s среди рабочих отмечается в порту № %d (бригады).\n", t, s)
			name := "Lavrentyev"
			if s%97 == 0 {
				name = "Lavrentiev"
			}
			fmt.Fprintf(&en, "Comrade %s reports that %s [%s] is noted among the workers [the crews - NO] in port No. %d", name, rendering(k), texts.Transliterate(t, texts.ALALC), s)
			if style == sharedFirstWord {
				fmt.Fprintf(&en, ", and the Ministry of %s term", rendering(k))
			}
			en.WriteString(".\n")
		}
		rc, err := texts.Read(fmt.Sprintf("ru/doc%d.txt", d), strings.NewReader(ru.String()), texts.Options{Lang: texts.Russian})
		if err != nil {
			tb.Fatal(err)
		}
		ec, err := texts.Read(fmt.Sprintf("en%d.txt", d), strings.NewReader(en.String()), texts.Options{Lang: texts.English})
		if err != nil {
			tb.Fatal(err)
		}
		rd, ed := rc.Documents[0], ec.Documents[0]
		links, err := align.Align(align.FromSegments(rd.Segments), align.FromSegments(ed.Segments), align.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		pairs = append(pairs, &edition.Pair{Target: ed, TargetText: ec.Source, Source: rd, SourceText: rc.Source, Links: links})
	}
	return pairs, g
}

// BenchmarkCheck checks a 10,000-sentence edition (100 documents of 100
// sentences) against a 1,000-entry glossary with every rule.
func BenchmarkCheck(b *testing.B) {
	b.Run("distinct", func(b *testing.B) { benchmarkCheck(b, distinctRenderings) })
	b.Run("shared-first-word", func(b *testing.B) { benchmarkCheck(b, sharedFirstWord) })
}

func benchmarkCheck(b *testing.B, style renderingStyle) {
	pairs, g := syntheticEdition(b, 100, 100, 1000, style)
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(Run(&edition.Edition{Pairs: pairs, Glossary: g}, Options{Insertions: edition.InsertionStyle{Signers: []string{"NO"}}}))
	}
	b.ReportMetric(float64(n), "findings")
}

// BenchmarkCheckRule times the index and then each rule alone on the
// benchmark's edition (the distinct renderings): the time per rule.
func BenchmarkCheckRule(b *testing.B) {
	pairs, g := syntheticEdition(b, 100, 100, 1000, distinctRenderings)
	ed := &edition.Edition{Pairs: pairs, Glossary: g}
	opts := Options{Insertions: edition.InsertionStyle{Signers: []string{"NO"}}}
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			newIndex(ed, opts)
		}
	})
	x := newIndex(ed, opts)
	for _, r := range Rules() {
		b.Run(r.ID, func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(x.apply(r))
			}
			b.ReportMetric(float64(n), "findings")
		})
	}
}
