package align

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// checkValid fails unless links cover every sentence of both sides exactly
// once, no link is empty, and links are in text order.
func checkValid(t testing.TB, links []Link, n, m int) {
	t.Helper()
	seenS := make([]int, n)
	seenT := make([]int, m)
	lastS, lastT := -1, -1
	for k, l := range links {
		if len(l.Source) == 0 && len(l.Target) == 0 {
			t.Fatalf("link %d is empty", k)
		}
		if l.Confidence < 0 || l.Confidence > 1 {
			t.Fatalf("link %d: confidence %v out of [0, 1]", k, l.Confidence)
		}
		for _, i := range l.Source {
			if i < 0 || i >= n {
				t.Fatalf("link %d: source %d out of range", k, i)
			}
			seenS[i]++
			if i <= lastS {
				t.Fatalf("link %d: source %d out of order (after %d)", k, i, lastS)
			}
			lastS = i
		}
		for _, j := range l.Target {
			if j < 0 || j >= m {
				t.Fatalf("link %d: target %d out of range", k, j)
			}
			seenT[j]++
			if j <= lastT {
				t.Fatalf("link %d: target %d out of order (after %d)", k, j, lastT)
			}
			lastT = j
		}
	}
	for i, c := range seenS {
		if c != 1 {
			t.Fatalf("source sentence %d is in %d links", i, c)
		}
	}
	for j, c := range seenT {
		if c != 1 {
			t.Fatalf("target sentence %d is in %d links", j, c)
		}
	}
}

func sents(lines ...string) []Sentence {
	out := make([]Sentence, len(lines))
	for i, l := range lines {
		out[i] = Sentence{Text: l, Para: 1}
	}
	return out
}

func linksString(links []Link) string {
	var b strings.Builder
	for _, l := range links {
		fmt.Fprintf(&b, "%s:%s ", FormatIDs(l.Source), FormatIDs(l.Target))
	}
	return strings.TrimSpace(b.String())
}

func TestCoarseKey(t *testing.T) {
	same := []struct{ a, b string }{
		{"Vasilevsky", "Василевский"},
		{"Khabarovsk", "Хабаровск"},
		{"Shtykov", "Штыков"},
		{"Nakhodka", "Находка"},
		{"Matveyev", "Матвеев"},
		{"Stalin", "Сталин"},
		{"Dezember", "Dezember"},
		{"Seoul", "Сеул"},
		{"groupe", "Gruppe"},
	}
	for _, c := range same {
		a := string(coarseKey(c.a, nil))
		b := string(coarseKey(c.b, nil))
		if a != b {
			t.Errorf("coarseKey(%q) = %q, coarseKey(%q) = %q, want equal", c.a, a, c.b, b)
		}
	}
	stems := []struct{ a, b string }{
		{"artillery", "артиллерии"},
		{"battalion", "батальона"},
		{"Vasilevsky", "Василевскому"},
		{"expédition", "Expedition"},
		{"cement", "цемента"},
	}
	for _, c := range stems {
		a := string(coarseKey(c.a, nil))
		b := string(coarseKey(c.b, nil))
		if a[:cognatePrefix] != b[:cognatePrefix] {
			t.Errorf("stems of %q (%q) and %q (%q) differ", c.a, a, c.b, b)
		}
	}
	if a, b := string(coarseKey("brigade", nil)), string(coarseKey("приказ", nil)); a[:4] == b[:4] {
		t.Errorf("unrelated words share a stem: %q %q", a, b)
	}
}

// sharedKeys returns the keys two texts share, by kind.
func sharedKeys(t *testing.T, a, b string) map[byte]int {
	t.Helper()
	v := newVocab()
	x := &extractor{v: v, ev: evAll}
	fa := x.extract(Sentence{Text: a})
	fb := x.extract(Sentence{Text: b})
	out := map[byte]int{}
	i, j := 0, 0
	for i < len(fa.keys) && j < len(fb.keys) {
		switch {
		case fa.keys[i] < fb.keys[j]:
			i++
		case fa.keys[i] > fb.keys[j]:
			j++
		default:
			out[v.kind[fa.keys[i]]]++
			i++
			j++
		}
	}
	return out
}

func TestEvidenceKeys(t *testing.T) {
	cases := []struct {
		name, ru, en string
		kind         byte
		want         int
	}{
		{"short date", "Отправлено 26.9.50 в 3.30", "Sent on 26 September 1950", kindNumber, 3},
		{"long date", "21 сентября 1950 г.", "21 September 1950", kindNumber, 3},
		{"engine code", "двигатель 1172сс", "engine 1172cc", kindNumber, 1},
		{"thousands", "выгружено 1450 т и 3\u00a0400 т", "1,450 tons and 3,400 tons", kindNumber, 2},
		{"aircraft code", "самолёты ЯК-9", "YAK-9 aircraft", kindWord, 1},
		{"aircraft number", "самолёты ЯК-9", "YAK-9 aircraft", kindNumber, 1},
		{"name", "тов. Василевскому", "to Comrade Vasilevsky", kindWord, 1},
		{"cognates", "артиллерии и батальона", "of the artillery and the battalion", kindWord, 2},
		{"short name, case ending", "положение в Сеуле и Пусане", "the situation in Seoul and Pusan", kindWord, 2},
		{"vowel inside a longer name", "ШТЫКОВ", "SHTYKOV", kindWord, 1},
		{"question", "Когда?", "When?", kindPunct, 1},
		{"fullwidth question and exclamation", "他来了吗？来吧！", "Did he come? Come!", kindPunct, 2},
		{"no false cognate", "прошу указаний", "I request instructions", kindWord, 0},
		{"month as word", "в мае 1951 г.", "in May 1951", kindNumber, 2},
		{"may is not a month", "может быть", "it may be 5", kindNumber, 0},
	}
	for _, c := range cases {
		got := sharedKeys(t, c.ru, c.en)[c.kind]
		if got != c.want {
			t.Errorf("%s: %q / %q share %d keys of kind %c, want %d", c.name, c.ru, c.en, got, c.kind, c.want)
		}
	}
}

func TestGlossMatchesOriginalWord(t *testing.T) {
	v := newVocab()
	x := &extractor{v: v, ev: evAll}
	ru := x.extract(Sentence{Text: "Среди лётчиков отмечается авиабоязнь."})
	en := x.extract(Sentence{Text: "Among the pilots one notices aircraft-fright.", Glosses: []string{"aviaboiazn'"}})
	plain := x.extract(Sentence{Text: "Among the pilots one notices aircraft-fright."})
	sc := &scorer{weight: make([]float32, len(v.kind)+1)}
	for k := range sc.weight {
		sc.weight[k] = 1
	}
	if got, without := sc.match(ru.keys, en.keys), sc.match(ru.keys, plain.keys); got <= without {
		t.Errorf("gloss adds no match: %v with, %v without", got, without)
	}
	if en.length != plain.length {
		t.Errorf("gloss counted in length: %v vs %v", en.length, plain.length)
	}
}

// A telegram whose translation leaves one sentence out.
func TestAlignTelegram(t *testing.T) {
	ru := sents(
		"Из Пхеньяна.",
		"Докладываю о положении на фронте к 20.00 26 сентября 1950 г.",
		"Противник силами до 2 дивизий при поддержке 40 танков ведёт наступление на Сеул.",
		"Части 105-й танковой бригады отходят на север.",
		"Связь со штабом 1-й армии потеряна в 14.00, посланные в армию офицеры связи до сих пор не вернулись.",
		"Прошу Вашего указания о переброске артиллерии из Пхеньяна.",
		"ШТЫКОВ",
	)
	en := sents(
		"From Pyongyang.",
		"I report on the situation at the front as of 20:00 on 26 September 1950.",
		"The enemy, with up to 2 divisions supported by 40 tanks, is attacking Seoul.",
		"Units of the 105th tank brigade are withdrawing to the north.",
		"I request Your instruction on moving the artillery from Pyongyang.",
		"SHTYKOV",
	)
	links, err := Align(ru, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(ru), len(en))
	got := linksString(links)
	want := "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[] [5]:[4] [6]:[5]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, l := range links {
		if len(l.Target) == 0 && !slices.Contains(l.Flags, Omission) {
			t.Errorf("omitted sentence %v not flagged: %v", l.Source, l.Flags)
		}
	}
}

// An editorial title on the English side is not paired with Russian text.
func TestHeadingLeftUnpaired(t *testing.T) {
	ru := sents(
		"Москва, Кремль.",
		"Сообщаю, что 14 марта 1951 г. в порту Находка начаты работы по ремонту причала № 4.",
		"Работы ведёт строительный батальон численностью 310 человек.",
	)
	en := sents(
		"Document 3: Ciphered telegram from Lavrentyev to Stalin about the harbour",
		"Moscow, the Kremlin.",
		"I inform you that on 14 March 1951 work began on repairing pier No. 4 in the port of Nakhodka.",
		"The work is done by a construction battalion of 310 men.",
	)
	en[0].Kind = texts.Heading
	links, err := Align(ru, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(ru), len(en))
	if got, want := linksString(links), "[]:[0] [0]:[1] [1]:[2] [2]:[3]"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if len(links[0].Flags) > 0 && slices.Contains(links[0].Flags, Addition) {
		t.Errorf("an unpaired heading is flagged as an addition")
	}
}

// Word pairs from the caller tip the balance where nothing else can.
func TestAlignWordPairs(t *testing.T) {
	ru := sents("Цемент не поступил.", "Рабочие недовольны.", "Погода плохая.")
	en := sents("Workers are unhappy.", "The weather is bad.")
	without, err := Align(ru, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, without, 3, 2)
	pairs := []WordPair{{"цемент", "cement"}, {"рабочие", "workers"}, {"погода", "weather"}}
	with, err := Align(ru, en, Options{Pairs: pairs})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, with, 3, 2)
	if got, want := linksString(with), "[0]:[] [1]:[0] [2]:[1]"; got != want {
		t.Errorf("with pairs: got %s, want %s", got, want)
	}
}

// randomBitext makes two short texts of random Cyrillic and Latin words.
func randomBitext(r *rand.Rand) (src, tgt []Sentence) {
	words := []string{"приказ", "order", "26.9.50", "Сеул", "Seoul", "танков", "tanks", "и", "and", "?", "", "ЯК-9", "YAK-9", "дивизии"}
	mk := func(n int) []Sentence {
		out := make([]Sentence, n)
		for i := range out {
			var b []string
			for range r.IntN(12) {
				b = append(b, words[r.IntN(len(words))])
			}
			out[i] = Sentence{Text: strings.Join(b, " "), Para: r.IntN(3), Kind: []texts.Kind{texts.Sentence, texts.Heading}[r.IntN(2)]}
		}
		return out
	}
	return mk(r.IntN(40)), mk(r.IntN(40))
}

func TestAlignProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 300; k++ {
		src, tgt := randomBitext(r)
		maxLink := 1 + r.IntN(4)
		links, err := Align(src, tgt, Options{MaxLink: maxLink})
		if err != nil {
			t.Fatal(err)
		}
		checkValid(t, links, len(src), len(tgt))
		// OCR debris inside a link does not count (Options.MaxLink).
		count := func(ids []int, side []Sentence) int {
			n := 0
			for _, i := range ids {
				if !isDebris(side[i]) {
					n++
				}
			}
			return n
		}
		for _, l := range links {
			if count(l.Source, src) > maxLink || count(l.Target, tgt) > maxLink {
				t.Fatalf("link %v:%v exceeds max link %d", l.Source, l.Target, maxLink)
			}
		}
	}
}

// Confirmed links survive realignment, wherever they are.
func TestKeepProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	src, tgt := syntheticBitext(120, 5)
	base, err := Align(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < 50; k++ {
		// Confirm a random subset of the links, some moved by the editor
		// to a place the aligner would not choose.
		var keep []Link
		for _, l := range base {
			if r.IntN(6) == 0 {
				keep = append(keep, Link{Source: slices.Clone(l.Source), Target: slices.Clone(l.Target), Confirmed: true})
			}
		}
		if k%2 == 1 {
			// An editor's odd choice: a 1-0 link and a 0-1 link confirmed.
			keep = append(keep, Link{Source: []int{}, Target: []int{}, Confirmed: true})
		}
		links, err := Align(src, tgt, Options{Keep: keep})
		if err != nil {
			t.Fatal(err)
		}
		checkValid(t, links, len(src), len(tgt))
		have := map[string]Link{}
		for _, l := range links {
			have[linkKey(l)] = l
		}
		for _, kl := range keep {
			if len(kl.Source)+len(kl.Target) == 0 {
				continue
			}
			l, ok := have[linkKey(kl)]
			if !ok || !l.Confirmed || l.Confidence != 1 {
				t.Fatalf("confirmed link %s lost or changed: %+v", linkKey(kl), l)
			}
		}
	}
}

func TestKeepOneSided(t *testing.T) {
	src, tgt := syntheticBitext(30, 9)
	keep := []Link{
		{Source: []int{3}, Target: []int{}, Confirmed: true},
		{Source: []int{}, Target: []int{10}, Confirmed: true},
		{Source: []int{12, 13}, Target: []int{20}, Confirmed: true},
	}
	links, err := Align(src, tgt, Options{Keep: keep})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(src), len(tgt))
	got := map[string]bool{}
	for _, l := range links {
		if l.Confirmed {
			got[linkKey(l)] = true
		}
	}
	for _, k := range keep {
		if !got[linkKey(k)] {
			t.Errorf("confirmed %s lost", linkKey(k))
		}
	}
}

func TestKeepErrors(t *testing.T) {
	src, tgt := sents("Один.", "Два."), sents("One.", "Two.")
	cases := []struct {
		keep []Link
		want string
	}{
		{[]Link{{Source: []int{5}, Target: []int{0}}}, "out of range"},
		{[]Link{{Source: []int{5, 6}, Target: []int{0}}}, "out of range"},
		{[]Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{0}, Target: []int{1}}}, "two kept links"},
		{[]Link{{Source: []int{0}, Target: []int{1}}, {Source: []int{1}, Target: []int{0}}}, "cross"},
	}
	for _, c := range cases {
		_, err := Align(src, tgt, Options{Keep: c.keep})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("keep %v: error %v, want %q", c.keep, err, c.want)
		}
	}
}

// The synthetic bitext of the benchmarks is aligned almost perfectly: the
// search band and its widening lose nothing.
func TestSyntheticAccuracy(t *testing.T) {
	src, tgt := syntheticBitext(2000, 21)
	links, err := Align(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(src), len(tgt))
	one := 0
	for _, l := range links {
		if len(l.Source) == 1 && len(l.Target) >= 1 {
			one++
		}
	}
	if float64(one) < 0.95*float64(len(src)) {
		t.Errorf("only %d of %d source sentences paired", one, len(src))
	}
}

func FuzzAlign(f *testing.F) {
	f.Add("Из Пхеньяна.\nДокладываю 26.9.50.", "From Pyongyang.\nI report 26.9.50.", 3, uint64(0))
	f.Add("", "one", 1, uint64(0))
	f.Add("\xff\xfe", "[aviaboiazn']", 2, uint64(0))
	f.Add("Из Пхеньяна.\nДокладываю.\nШТЫКОВ", "From Pyongyang.\nI report.\nIt is grave.\nSHTYKOV", 2, uint64(7))
	f.Add("Dank den Seilen ging es bis zur Scharte sehr flott.\n* * *\nAm Abend kehrten alle zurück.", "Grâce aux cordes, la brèche\nh * \"\nfut atteinte rapidement.\n* * * * *\nLe soir, tous rentrèrent.", 0, uint64(0))
	f.Fuzz(func(t *testing.T, a, b string, maxLink int, keepSeed uint64) {
		maxLink = (maxLink%9 + 9) % 9 // 0 (the default) to 8
		src := sents(strings.Split(a, "\n")...)
		tgt := sents(strings.Split(b, "\n")...)
		for i := range tgt {
			tgt[i].Glosses = []string{a[:min(len(a), 5)]}
			tgt[i].Para = i / 2 // paragraphs, so that the paragraph pass runs
		}
		for i := range src {
			src[i].Para = i / (1 + maxLink)
		}
		keep := randomKeep(keepSeed, len(src), len(tgt))
		links, err := Align(src, tgt, Options{MaxLink: maxLink, Keep: keep})
		if err != nil {
			var ke *KeepError
			if len(keep) == 0 || !errors.As(err, &ke) || ke.Index < 0 || ke.Index >= len(keep) {
				t.Fatalf("keep %v: %v", keep, err)
			}
			return
		}
		checkValid(t, links, len(src), len(tgt))
		checkKept(t, links, keep)
		// Going round OCR debris, and kept so when confirmed.
		gapped, err := Align(src, tgt, Options{MaxLink: maxLink, Gaps: true})
		if err != nil {
			t.Fatal(err)
		}
		checkGaps(t, gapped, src, tgt)
		var confirmed []Link
		for _, l := range gapped {
			if len(l.Source) > 1 || len(l.Target) > 1 {
				l.Confirmed = true
				confirmed = append(confirmed, l)
			}
		}
		kept, err := Align(src, tgt, Options{MaxLink: maxLink, Keep: confirmed, Gaps: true})
		if err != nil {
			t.Fatalf("keeping the links Align made with gaps: %v", err)
		}
		checkGaps(t, kept, src, tgt)
		checkKept(t, kept, confirmed)
		// The same pair aligned with others (one vocabulary, one word
		// table): the pair turned round, and the pair with its kept links.
		docs := []Documents{{Source: src, Target: tgt}, {Source: tgt, Target: src}, {Source: src, Target: tgt, Keep: keep}}
		all, err := AlignDocuments(docs, Options{MaxLink: maxLink})
		if err != nil {
			t.Fatalf("AlignDocuments: %v", err)
		}
		for k, d := range docs {
			checkValid(t, all[k], len(d.Source), len(d.Target))
		}
		checkKept(t, all[2], keep)
	})
}

func TestFromSegments(t *testing.T) {
	text := "They [the crews - NO] refuse storm-fright [shtormoboiazn'] C[entral] work."
	seg := texts.Segment{ID: "4", Kind: texts.Sentence, Text: text, Start: 100, Para: 2, Spans: []texts.Span{
		{Class: texts.Insertion, Text: "[the crews - NO]", Inner: "the crews", Start: 105, End: 121},
		{Class: texts.Gloss, Text: "[shtormoboiazn']", Inner: "shtormoboiazn'", Head: "storm-fright", Start: 142, End: 158},
		{Class: texts.Expansion, Text: "[entral]", Inner: "entral", Start: 160, End: 168},
		{Class: texts.FootnoteMarker, Text: "", Start: 100, End: 100},
	}}
	got := FromSegments([]texts.Segment{seg})[0]
	if want := "They   refuse storm-fright   C  work."; got.Text != want {
		t.Errorf("text %q, want %q", got.Text, want)
	}
	if len(got.Glosses) != 1 || got.Glosses[0] != "shtormoboiazn'" {
		t.Errorf("glosses %q", got.Glosses)
	}
	if got.Para != 2 || got.Kind != texts.Sentence {
		t.Errorf("para %d kind %q", got.Para, got.Kind)
	}
	// Offsets that do not fit fall back to the span's text.
	seg.Start = 0
	got = FromSegments([]texts.Segment{seg})[0]
	if strings.Contains(got.Text, "[") {
		t.Errorf("brackets left in %q", got.Text)
	}
}

func ExampleAlign() {
	ru := []Sentence{
		{Text: "Докладываю о положении на 26.9.50."},
		{Text: "Противник силами 2 дивизий ведёт наступление на Кимпхо."},
		{Text: "ШТЫКОВ"},
	}
	en := []Sentence{
		{Text: "I report on the situation as of 26 September 1950."},
		{Text: "The enemy, 2 divisions strong,"},
		{Text: "is attacking Kimpkho."},
		{Text: "SHTYKOV"},
	}
	links, _ := Align(ru, en, Options{})
	for _, l := range links {
		fmt.Println(FormatIDs(l.Source), FormatIDs(l.Target))
	}
	// Output:
	// [0] [0]
	// [1] [1, 2]
	// [2] [3]
}

// Debris (a rule of dashes, OCR noise) is left without counterpart rather
// than merged into the sentence next to it.
func TestAlignDebris(t *testing.T) {
	ru := []Sentence{
		{Text: "Из Владивостока отправлено 12 вагонов угля."},
		{Text: "Погрузка закончена 3 декабря."},
		{Text: "Прошу указаний о дальнейшей отправке."},
	}
	en := []Sentence{
		{Text: "12 wagons of coal were sent from Vladivostok."},
		{Text: "- _ -"},
		{Text: "The loading was finished on 3 December."},
		{Text: "I request instructions on further shipment."},
	}
	links, err := Align(ru, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(ru), len(en))
	if got, want := linksString(links), "[0]:[0] []:[1] [1]:[2] [2]:[3]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// randomKeep makes up to four confirmed links from a seed: most of them
// sound, some skipping, backwards, crossing, overlapping or out of range.
func randomKeep(seed uint64, n, m int) []Link {
	if seed == 0 {
		return nil
	}
	r := rand.New(rand.NewPCG(seed, seed>>7))
	side := func(size int) []int {
		ids := []int{}
		start := r.IntN(size+2) - 1
		for k := range r.IntN(4) {
			ids = append(ids, start+k)
		}
		switch r.IntN(8) {
		case 0:
			slices.Reverse(ids)
		case 1:
			if len(ids) > 1 {
				ids[1]++
			}
		}
		return ids
	}
	var keep []Link
	for range r.IntN(5) {
		keep = append(keep, Link{Source: side(n), Target: side(m), Confidence: 1, Confirmed: true})
	}
	return keep
}

// checkKept fails unless every kept link with a sentence is in links, as it
// was and marked confirmed.
func checkKept(t testing.TB, links, keep []Link) {
	t.Helper()
	for _, k := range keep {
		if len(k.Source) == 0 && len(k.Target) == 0 {
			continue
		}
		found := false
		for _, l := range links {
			if slices.Equal(l.Source, k.Source) && slices.Equal(l.Target, k.Target) && l.Confirmed {
				found = true
			}
		}
		if !found {
			t.Fatalf("kept link %v:%v lost in %v", k.Source, k.Target, links)
		}
	}
}

// A confirmed link covers one run of sentences a side, in order: one that
// skips or runs backwards is refused, with its place in the keep list.
func TestKeepRejectsNonConsecutive(t *testing.T) {
	src := sents("Из Пхеньяна.", "Докладываю.", "Обстановка тяжёлая.", "ШТЫКОВ")
	tgt := sents("From Pyongyang.", "I report.", "The situation is grave.", "SHTYKOV")
	for _, bad := range [][]int{{1, 3}, {3, 1}, {2, 2}} {
		keep := []Link{{Source: []int{0}, Target: []int{0}, Confirmed: true}, {Source: bad, Target: []int{2}, Confirmed: true}}
		links, err := Align(src, tgt, Options{Keep: keep})
		var ke *KeepError
		if !errors.As(err, &ke) || ke.Index != 1 {
			t.Errorf("keep %v: error %v, links %v; want a KeepError for link 2", bad, err, links)
		}
	}
}

// A key found as often on both sides anchors its r-th occurrences: text
// that repeats itself still has anchors (the Text+Berg files given three
// times over had none, and the band had to widen to a third of the grid).
func TestAnchorPathRepeatedKeys(t *testing.T) {
	feats := func(n int, at map[int][]uint32) []features {
		fs := make([]features, n)
		for i, ks := range at {
			fs[i].keys = ks
		}
		return fs
	}
	src := feats(6, map[int][]uint32{1: {0}, 2: {1}, 4: {0}})
	tgt := feats(8, map[int][]uint32{2: {0}, 3: {1}, 6: {0}, 7: {1}})
	got := anchorPath(src, tgt, 2)
	want := [][2]int{{0, 0}, {1, 2}, {2, 3}, {4, 6}, {5, 7}, {6, 8}}
	if !slices.Equal(got, want) {
		t.Errorf("path %v, want %v (key 1, once and twice, anchors nothing)", got, want)
	}
}

// Every script's decimal digits read as their values, so that a date
// written in fullwidth or Arabic-Indic digits is the same number.
func TestDigitValue(t *testing.T) {
	cases := []struct {
		digit rune
		want  byte
	}{
		{'0', 0}, {'7', 7},
		{'０', 0}, {'５', 5}, {'９', 9}, // fullwidth, U+FF10..
		{'٠', 0}, {'٣', 3}, {'٩', 9}, // Arabic-Indic, U+0660..
		{'۴', 4},           // extended Arabic-Indic, U+06F4
		{'५', 5},           // Devanagari, U+096B
		{'৭', 7},           // Bengali, U+09ED
		{'๙', 9},           // Thai, U+0E59
		{'໒', 2},           // Lao, U+0ED2
		{'០', 0},           // Khmer, U+17E0
		{'၈', 8},           // Myanmar, U+1048
		{'𝟎', 0}, {'𝟗', 9}, // mathematical bold, U+1D7CE..
		{'𝟘', 0}, {'𝟙', 1}, {'𝟿', 9}, // double-struck and monospace, the runs after it
	}
	for _, c := range cases {
		if got := digitValue(c.digit); got != c.want {
			t.Errorf("digitValue(%q U+%04X) = %d, want %d", c.digit, c.digit, got, c.want)
		}
	}
	// As numbers: the same date in three scripts' digits shares its keys.
	for _, date := range []string{"٢٦.٩.١٩٥٠", "２６.９.１９５０"} {
		if got := sharedKeys(t, date, "26.9.1950")[kindNumber]; got != 3 {
			t.Errorf("%s / 26.9.1950 share %d numbers, want 3", date, got)
		}
	}
}
