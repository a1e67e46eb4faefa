package edition

import (
	"strings"

	"github.com/sverka/sverka/glossary"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// spanSpec marks a span in a fixture segment by the text it covers.
type spanSpec struct {
	class  texts.SpanClass
	text   string // as written, brackets included
	inner  string
	signer string
	head   string
}

// fixtureSeg builds a segment as texts would: offsets in an imagined
// Source.Text, where segment n starts at n*1000.
func fixtureSeg(file string, n int, kind texts.Kind, para int, text string, spans ...spanSpec) texts.Segment {
	base := n * 1000
	seg := texts.Segment{
		ID: itoa(n), Kind: kind, Text: text, Start: base, End: base + len(text), Para: para,
		Pos: texts.Pos{File: file, Line: n, Col: 1, Offset: base},
	}
	for _, sp := range spans {
		i := strings.Index(text, sp.text)
		if i < 0 {
			panic("fixture: span " + sp.text + " not in " + text)
		}
		seg.Spans = append(seg.Spans, texts.Span{
			Class: sp.class, Text: sp.text, Inner: sp.inner, Start: base + i, End: base + i + len(sp.text),
			Signer: sp.signer, Head: sp.head, Pos: texts.Pos{File: file, Line: n, Col: 1 + len([]rune(text[:i])), Offset: base + i},
		})
	}
	return seg
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// fixturePair is an invented ciphered telegram of 1951 and its
// translation, with a heading, a telegram header, a code name glossed, a
// transliteration gloss, a signed insertion, an expansion, an omission, a
// split, an addition and an archive citation.
func fixturePair() *Pair {
	const ru, en = "ru/doc1.txt", "en.txt"
	src := &texts.Document{ID: "1", Title: "Шифртелеграмма из Владивостока", Lang: texts.Russian, Segments: []texts.Segment{
		fixtureSeg(ru, 1, texts.Heading, 1, "Шифртелеграмма из Владивостока"),
		fixtureSeg(ru, 2, texts.Header, 2, "Отправлено 14.3.51 г. в 9.40 по проводу"),
		fixtureSeg(ru, 3, texts.Sentence, 3, "Инстанция"),
		fixtureSeg(ru, 4, texts.Sentence, 4, "Докладываю о ходе ремонта причала № 4 в порту Находка."),
		fixtureSeg(ru, 5, texts.Sentence, 4, "Бетонные работы выполнены на 60 процентов."),
		fixtureSeg(ru, 6, texts.Sentence, 4, "Из-за сильных морозов укладка бетона в ночное время прекращена."),
		fixtureSeg(ru, 7, texts.Sentence, 5, "Среди рабочих отмечается штормобоязнь: бригады отказываются выходить на рейд."),
		fixtureSeg(ru, 8, texts.Sentence, 6, "Прошу указания ЦК об отгрузке цемента из Хабаровска, груз срочный."),
		fixtureSeg(ru, 9, texts.Citation, 7, "АВП РФ. Ф. 07. Оп. 25. П. 14. Д. 3. Л. 12–13."),
	}}
	tgt := &texts.Document{ID: "1", Title: "Document 1: Ciphered telegram from Vladivostok, 14 March 1951", Lang: texts.English, Segments: []texts.Segment{
		fixtureSeg(en, 1, texts.Heading, 1, "Ciphered telegram from Vladivostok"),
		fixtureSeg(en, 2, texts.Header, 2, "Sent on 14.3.51 at 9:40 a.m. | by wire"),
		fixtureSeg(en, 3, texts.Sentence, 3, "Instantsia [Highest Authority]",
			spanSpec{class: texts.Translation, text: "[Highest Authority]", inner: "Highest Authority", head: "Instantsia"}),
		fixtureSeg(en, 4, texts.Sentence, 4, "I report on the progress of the repair of pier No. 4 in the port of Nakhodka."),
		fixtureSeg(en, 5, texts.Sentence, 4, "The concrete work is 60 percent complete."),
		fixtureSeg(en, 6, texts.Sentence, 5, "Among the workers one notices storm-fright [shtormoboiazn']: they [the crews - NO] refuse to go out to the roadstead.",
			spanSpec{class: texts.Gloss, text: "[shtormoboiazn']", inner: "shtormoboiazn'", head: "storm-fright"},
			spanSpec{class: texts.Insertion, text: "[the crews - NO]", inner: "the crews", signer: "NO"}),
		fixtureSeg(en, 7, texts.Sentence, 6, "I request the instruction of the C[entral] C[ommittee] on shipping cement from Khabarovsk.",
			spanSpec{class: texts.Expansion, text: "[entral]", inner: "entral", head: "C"},
			spanSpec{class: texts.Expansion, text: "[ommittee]", inner: "ommittee", head: "C"}),
		fixtureSeg(en, 8, texts.Sentence, 6, "The cargo is urgent & <b>must</b> go *first*."),
		fixtureSeg(en, 9, texts.Citation, 7, "[Source: AVP RF, fond 07, opis 25, papka 14, delo 3, listy 12-13]",
			spanSpec{class: texts.CiteSpan, text: "[Source: AVP RF, fond 07, opis 25, papka 14, delo 3, listy 12-13]", inner: "Source: AVP RF, fond 07, opis 25, papka 14, delo 3, listy 12-13"}),
		fixtureSeg(en, 10, texts.Sentence, 8, "[The rest of the sheet is torn off - NO]",
			spanSpec{class: texts.Insertion, text: "[The rest of the sheet is torn off - NO]", inner: "The rest of the sheet is torn off", signer: "NO"}),
	}}
	return &Pair{
		ID: "1", Source: src, Target: tgt, SourceFile: ru, TargetFile: en,
		Links: []align.Link{
			{Source: []int{0}, Target: []int{0}, Confidence: 0.99, Confirmed: true},
			{Source: []int{1}, Target: []int{1}, Confidence: 0.95},
			{Source: []int{2}, Target: []int{2}, Confidence: 0.9},
			{Source: []int{3}, Target: []int{3}, Confidence: 0.97},
			{Source: []int{4}, Target: []int{4}, Confidence: 0.8},
			{Source: []int{5}, Confidence: 0.7, Flags: []align.Flag{align.Omission}},
			{Source: []int{6}, Target: []int{5}, Confidence: 0.88},
			{Source: []int{7}, Target: []int{6, 7}, Confidence: 0.41, Flags: []align.Flag{align.LowConfidence}},
			{Source: []int{8}, Target: []int{8}, Confidence: 0.93},
			{Target: []int{9}, Confidence: 0.6},
		},
	}
}

// fixtureGlossaryYAML is a small glossary for the fixture: a term with a
// forbidden rendering and a code name.
const fixtureGlossaryYAML = `entries:
  - id: shtormoboiazn
    kind: term
    russian: [штормобоязнь]
    translit: shtormoboiazn'
    renderings:
      - {text: storm-fright, status: preferred}
      - {text: storm-fear, status: forbidden}
    note: A harbour word.
  - id: instantsiia
    kind: code-name
    russian: [Инстанция]
    translit: Instantsia
    renderings:
      - {text: Instantsia, status: preferred}
    gloss: {form: translation, text: Highest Authority}
`

func fixtureGlossary() *glossary.Glossary {
	g, err := glossary.Load("glossary.yaml", strings.NewReader(fixtureGlossaryYAML))
	if err != nil {
		panic(err)
	}
	return g
}

func fixtureEdition() *Edition {
	return &Edition{Title: "Harbour works in the Far East, 1951 — Портовые работы", Pairs: []*Pair{fixturePair()}, Glossary: fixtureGlossary()}
}
