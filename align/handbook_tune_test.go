//go:build tune && unix

package align

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/texts"
)

// The Debian Administrator's Handbook as a paragraph-aligned bitext: real,
// book-length text translated from English into Russian and Chinese, read
// where the debian-handbook package installs it (handbook_read_tune_test.go).
//
// The source is the English original, the target the translation, one
// translation unit (handbookUnits) a line, aligned as `sverka align
// --split lines` aligns (Align with Options{}: no paragraphs, no kinds).
// The translation was made unit by unit through PO files, so where a
// page (an HTML file, a section of a chapter) has as many units in both
// languages the gold is the i-th unit with the i-th; a page whose counts
// differ is aligned with the rest but has no gold and is not scored. The variants:
//
//   - as: the book as the package has it. About half the Russian units are
//     the English left untranslated (code blocks, commands and URLs, but
//     also whole paragraphs of prose the translation has not reached).
//   - translated: the units whose translation differs from the English,
//     the others left out of both sides (the gold stays one to one).
//   - translated-regrouped: both.
//   - regrouped: as translators of books do, 15% of the adjacent pairs of
//     target paragraphs joined into one (gold 2-1) and 10% of the target
//     paragraphs of several sentences split at the sentence boundary
//     nearest their middle (gold 1-2), chosen by a hash of the page and
//     position, so the same every run.
//
// Two scores: strict F1 (Counts, vecalign's definition: a link counts only
// when exactly a gold link) and paragraph-boundary F1: the precision and
// recall of the set of boundaries, the (i, j) pairs after each link where
// both texts are cut between units (the first i source and j target units
// on one side, the rest on the other; the ends of the text are left out).
// A link is strictly right exactly when the boundaries before and after it
// are both right, so one misplaced boundary costs one boundary but the two
// links on either side of it; with every link 1-1 and a single wrong
// boundary, boundary F1 drops by about one boundary while strict F1 drops
// by two links. A 1-0 or 0-1 link makes two boundaries, as it does in the
// gold.

// handbookVariants are the variants of the bitext, in the order reported.
var handbookVariants = []string{"as", "translated", "regrouped", "translated-regrouped"}

// handbookChapterBitext is one chapter as a bitext, with the gold of its
// pages where the structure gives one.
type handbookChapterBitext struct {
	name     string
	src, tgt []Sentence
	pages    []handbookPage
	// srcUnits, tgtUnits are the number of units each side has, and
	// srcEdge, tgtEdge (only when the units are cut into sentences: see
	// inSentences) the number of units before each sentence where a unit
	// starts there, -1 inside a unit, one more at the end.
	srcUnits, tgtUnits int
	srcEdge, tgtEdge   []int
}

// handbookPage is the part of a chapter's bitext that one page (an HTML
// file) gives, and its gold, numbered within the page: nil when the page
// has not as many units in both languages.
type handbookPage struct {
	nsrc, ntgt int
	gold       []Link
}

// handbookBitext builds the chapters of the English and lang book as
// bitexts of the variant.
func handbookBitext(tb testing.TB, lang, variant string) []handbookChapterBitext {
	tb.Helper()
	skipHandbook(tb, "en-US")
	skipHandbook(tb, lang)
	en, tr := readHandbook(tb, "en-US"), readHandbook(tb, lang)
	if len(en) != len(tr) {
		tb.Fatalf("%s has %d chapters, en-US %d", lang, len(tr), len(en))
	}
	var out []handbookChapterBitext
	for c := range en {
		b := handbookChapterBitext{name: en[c].Name}
		soff, toff := 0, 0
		for p, page := range en[c].Pages {
			su := en[c].Units[soff : soff+en[c].PageUnits[p]]
			tu := tr[c].Units[toff : toff+tr[c].PageUnits[p]]
			soff, toff = soff+len(su), toff+len(tu)
			var pg handbookPage
			if len(su) != len(tu) {
				b.src, b.tgt = append(b.src, unitSentences(su)...), append(b.tgt, unitSentences(tu)...)
				pg.nsrc, pg.ntgt = len(su), len(tu)
				b.pages = append(b.pages, pg)
				continue
			}
			if strings.HasPrefix(variant, "translated") {
				var s2, t2 []handbookUnit
				for i := range su {
					if su[i].Text != tu[i].Text {
						s2, t2 = append(s2, su[i]), append(t2, tu[i])
					}
				}
				su, tu = s2, t2
			}
			tgt := unitSentences(tu)
			if strings.HasSuffix(variant, "regrouped") {
				tgt, pg.gold = regroup(page, su, tu)
			} else {
				for i := range su {
					pg.gold = append(pg.gold, Link{Source: []int{i}, Target: []int{i}})
				}
			}
			if pg.gold == nil {
				pg.gold = []Link{} // an empty page: nothing to score, but not unscored
			}
			pg.nsrc, pg.ntgt = len(su), len(tgt)
			b.src, b.tgt = append(b.src, unitSentences(su)...), append(b.tgt, tgt...)
			b.pages = append(b.pages, pg)
		}
		out = append(out, b)
	}
	return out
}

// inSentences cuts every unit of the chapters into sentences (texts'
// splitter), each unit a paragraph (Sentence.Para), as `sverka align`
// reads a text of paragraphs: the alignment is of sentences, and only its
// cuts at unit boundaries on both sides are scored (paragraph-boundary
// F1; strict F1 has no gold at this level).
func inSentences(chs []handbookChapterBitext) []handbookChapterBitext {
	out := slices.Clone(chs)
	para := 0
	cut := func(units []Sentence) (ss []Sentence, edge []int) {
		for u, x := range units {
			para++
			first := true
			for b := range texts.Sentences(x.Text, texts.LangAuto) {
				e := -1
				if first {
					e = u
				}
				first = false
				edge = append(edge, e)
				ss = append(ss, Sentence{Text: x.Text[b.Start:b.End], Para: para})
			}
			if first { // no sentence in it (white space only): cannot happen with handbookUnits
				edge = append(edge, u)
				ss = append(ss, Sentence{Text: x.Text, Para: para})
			}
		}
		return ss, append(edge, len(units))
	}
	for k := range out {
		c := &out[k]
		c.srcUnits, c.tgtUnits = len(c.src), len(c.tgt)
		c.src, c.srcEdge = cut(c.src)
		c.tgt, c.tgtEdge = cut(c.tgt)
	}
	return out
}

func unitSentences(us []handbookUnit) []Sentence {
	ss := make([]Sentence, len(us))
	for k, u := range us {
		ss[k].Text = u.Text
	}
	return ss
}

// regroup joins and splits target paragraphs (see the regrouped variant)
// and returns the target and the gold.
func regroup(page string, su, tu []handbookUnit) (tgt []Sentence, gold []Link) {
	for i := 0; i < len(tu); i++ {
		switch {
		case i+1 < len(tu) && tu[i].Kind == "para" && tu[i+1].Kind == "para" && handbookDraw(page, "join", i) < 0.15:
			gold = append(gold, Link{Source: []int{i, i + 1}, Target: []int{len(tgt)}})
			tgt = append(tgt, Sentence{Text: tu[i].Text + " " + tu[i+1].Text})
			i++
		case tu[i].Kind == "para" && handbookDraw(page, "split", i) < 0.10:
			if a, b, ok := splitAtSentence(tu[i].Text); ok {
				gold = append(gold, Link{Source: []int{i}, Target: []int{len(tgt), len(tgt) + 1}})
				tgt = append(tgt, Sentence{Text: a}, Sentence{Text: b})
				continue
			}
			fallthrough
		default:
			gold = append(gold, Link{Source: []int{i}, Target: []int{len(tgt)}})
			tgt = append(tgt, Sentence{Text: tu[i].Text})
		}
	}
	return tgt, gold
}

// handbookDraw is a number in [0, 1) fixed by the page, the kind of
// change and the position.
func handbookDraw(page, what string, i int) float64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%s/%d", page, what, i)
	// FNV mixes the last bytes into the high bits poorly: positions that
	// differ in their last digit drew alike. A finaliser (MurmurHash3's)
	// spreads them.
	x := h.Sum64()
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return float64(x>>11) / float64(1<<53)
}

// sentenceEnd is the end of a sentence: a full stop, question or
// exclamation mark and a space before a capital, or a Chinese full stop.
var sentenceEnd = regexp.MustCompile(`[.!?] +\p{Lu}|[。！？]`)

// splitAtSentence cuts text at the sentence end nearest its middle.
func splitAtSentence(text string) (string, string, bool) {
	best := -1
	for _, m := range sentenceEnd.FindAllStringIndex(text, -1) {
		cut := m[1]
		if r, size := utf8.DecodeLastRuneInString(text[:cut]); unicode.IsUpper(r) {
			cut -= size // the capital starts the next sentence
		}
		a, b := strings.TrimSpace(text[:cut]), strings.TrimSpace(text[cut:])
		if a == "" || b == "" {
			continue
		}
		if best < 0 || abs(cut-len(text)/2) < abs(best-len(text)/2) {
			best = cut
		}
	}
	if best < 0 {
		return "", "", false
	}
	return strings.TrimSpace(text[:best]), strings.TrimSpace(text[best:]), true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// boundaryCounts are the counts of paragraph-boundary F1.
type boundaryCounts struct{ test, gold, both int }

func (c boundaryCounts) f1() float64 {
	return f1(ratio(c.both, c.test), ratio(c.both, c.gold))
}

// linkBoundaries is the set of inner cuts of an alignment of n × m units:
// after each link, the number of source and target units before the cut.
func linkBoundaries(links []Link, n, m int) map[[2]int]bool {
	cuts := map[[2]int]bool{}
	i, j := 0, 0
	for _, l := range links {
		i += len(l.Source)
		j += len(l.Target)
		if (i > 0 || j > 0) && (i < n || j < m) {
			cuts[[2]int{i, j}] = true
		}
	}
	return cuts
}

func (c *boundaryCounts) add(gold, test []Link, n, m int) {
	g, t := linkBoundaries(gold, n, m), linkBoundaries(test, n, m)
	c.gold += len(g)
	c.test += len(t)
	for b := range t {
		if g[b] {
			c.both++
		}
	}
}

// handbookScore is the scores of one alignment of the book.
type handbookScore struct {
	strict    Counts
	boundary  boundaryCounts
	goldUnits int  // source units the gold covers
	sentences bool // units cut into sentences: no strict F1
	units     int  // source units aligned
	elapsed   time.Duration
}

// joinChapters runs the chapters together as one text.
func joinChapters(chs []handbookChapterBitext) (src, tgt []Sentence) {
	for _, c := range chs {
		src, tgt = append(src, c.src...), append(tgt, c.tgt...)
	}
	return src, tgt
}

// scoredPage is a page placed in the whole book.
type scoredPage struct {
	startS, startT, endS, endT int
	gold                       []Link // numbered in the book; nil: not scored
}

// bookPages places every page of the book, its gold renumbered.
func bookPages(chs []handbookChapterBitext) []scoredPage {
	var out []scoredPage
	i, j := 0, 0
	for _, c := range chs {
		for _, p := range c.pages {
			sp := scoredPage{startS: i, startT: j, endS: i + p.nsrc, endT: j + p.ntgt}
			if p.gold != nil {
				sp.gold = []Link{}
				for _, l := range p.gold {
					r := Link{}
					for _, x := range l.Source {
						r.Source = append(r.Source, x+i)
					}
					for _, y := range l.Target {
						r.Target = append(r.Target, y+j)
					}
					sp.gold = append(sp.gold, r)
				}
			}
			out = append(out, sp)
			i, j = sp.endS, sp.endT
		}
	}
	return out
}

// score scores the links of the whole book (numbered in it) against the
// gold of each page that has one. A link belongs to the page it starts
// in (its first source unit's, or target unit's when it has none); a
// boundary to the page whose units it ends (the cut after a page's last
// units is a gold boundary of that page, the end of the book is none).
// Links and boundaries of pages without gold are left out.
func (s *handbookScore) score(chs []handbookChapterBitext, links []Link) {
	pages := bookPages(chs)
	s.sentences = chs[0].srcEdge != nil
	n, m := pages[len(pages)-1].endS, pages[len(pages)-1].endT
	endS, endT := make([]int, len(pages)), make([]int, len(pages))
	for k, p := range pages {
		endS[k], endT[k] = p.endS, p.endT
	}
	pageOf := func(l Link) int {
		if len(l.Source) > 0 {
			k, _ := slices.BinarySearch(endS, l.Source[0]+1)
			return k
		}
		k, _ := slices.BinarySearch(endT, l.Target[0]+1)
		return k
	}
	per := make([][]Link, len(pages))
	for _, l := range links {
		if !s.sentences && (len(l.Source) > 0 || len(l.Target) > 0) {
			k := pageOf(l)
			per[k] = append(per[k], l)
		}
	}
	g := map[[2]int]bool{}
	for k, p := range pages {
		s.units += p.endS - p.startS
		if p.gold == nil {
			continue
		}
		s.goldUnits += p.endS - p.startS
		if !s.sentences {
			s.strict.Compare(p.gold, per[k])
		}
		i, j := p.startS, p.startT
		for _, l := range p.gold {
			i, j = i+len(l.Source), j+len(l.Target)
			if i < n || j < m {
				g[[2]int{i, j}] = true
			}
		}
	}
	t := map[[2]int]bool{}
	ns, ms := n, m
	var edgeS, edgeT []int // sentence position in the book → units before it, or -1
	if chs[0].srcEdge != nil {
		ns, ms = 0, 0
		us, ut := 0, 0
		for _, c := range chs {
			edgeS = appendEdges(edgeS, c.srcEdge, us)
			edgeT = appendEdges(edgeT, c.tgtEdge, ut)
			ns, ms = ns+len(c.src), ms+len(c.tgt)
			us, ut = us+c.srcUnits, ut+c.tgtUnits
		}
		edgeS, edgeT = append(edgeS, n), append(edgeT, m)
	}
	for b := range linkBoundaries(links, ns, ms) {
		if edgeS != nil {
			if edgeS[b[0]] < 0 || edgeT[b[1]] < 0 {
				continue // a cut inside a unit: no paragraph boundary
			}
			b = [2]int{edgeS[b[0]], edgeT[b[1]]}
		}
		// The page whose units the cut ends: the first whose end is at or
		// after it on the source side (a cut after an empty side's units
		// belongs to the page where the source stands).
		k, _ := slices.BinarySearch(endS, b[0])
		for k+1 < len(pages) && pages[k].endS == b[0] && pages[k].endT < b[1] {
			k++
		}
		if k < len(pages) && pages[k].gold != nil {
			t[b] = true
		}
	}
	s.boundary.gold += len(g)
	s.boundary.test += len(t)
	for b := range t {
		if g[b] {
			s.boundary.both++
		}
	}
}

// unitCount is the number of target units of the chapters cut into
// sentences.
func unitCount(chs []handbookChapterBitext) int {
	n := 0
	for _, c := range chs {
		n += c.tgtUnits
	}
	return n
}

// appendEdges appends a chapter's unit edges (all but the one at its end)
// to the book's, its units counted from off.
func appendEdges(book, chapter []int, off int) []int {
	for _, e := range chapter[:len(chapter)-1] {
		if e >= 0 {
			e += off
		}
		book = append(book, e)
	}
	return book
}

// chapterLinks numbers the links of each chapter, aligned on its own, in
// the whole book.
func chapterLinks(chs []handbookChapterBitext, per [][]Link) []Link {
	var out []Link
	offS, offT := 0, 0
	for k, c := range chs {
		for _, l := range per[k] {
			r := Link{}
			for _, i := range l.Source {
				r.Source = append(r.Source, i+offS)
			}
			for _, j := range l.Target {
				r.Target = append(r.Target, j+offT)
			}
			out = append(out, r)
		}
		offS, offT = offS+len(c.src), offT+len(c.tgt)
	}
	return out
}

func (s handbookScore) String() string {
	if s.sentences {
		return fmt.Sprintf("paragraph-boundary F1 %.3f (P %.3f R %.3f)", s.boundary.f1(), ratio(s.boundary.both, s.boundary.test), ratio(s.boundary.both, s.boundary.gold))
	}
	sc := s.strict.Scores()
	return fmt.Sprintf("strict F1 %.3f (P %.3f R %.3f), paragraph-boundary F1 %.3f", sc.StrictF1, sc.StrictP, sc.StrictR, s.boundary.f1())
}

// TestHandbook aligns the handbook's English with its Russian and Chinese,
// each variant, the whole book as one text and chapter by chapter, and
// scores both; with SVERKA_HUNALIGN set, hunalign aligns the whole book
// too, from the same line files (an empty dictionary; -realign as well
// when SVERKA_HUNALIGN_REALIGN is set), and both commands are timed with
// their peak memory.
//
//	go test -tags tune -run 'Handbook$' -v ./align
//	SVERKA_HUNALIGN=/work/ref/hunalign/src/hunalign/hunalign go test -tags tune -run 'Handbook$' -v ./align
//
// SVERKA_HANDBOOK_LANGS (default ru-RU,zh-CN) picks the translations.
func TestHandbook(t *testing.T) {
	langs := []string{"ru-RU", "zh-CN"}
	if v := os.Getenv("SVERKA_HANDBOOK_LANGS"); v != "" {
		langs = strings.Split(v, ",")
	}
	hunalign := os.Getenv("SVERKA_HUNALIGN")
	dir := t.TempDir()
	var sverka, null string
	if hunalign != "" {
		sverka = buildSverka(t, dir)
		null = filepath.Join(dir, "null.dic")
		writeFile(t, null, "")
	}
	var table strings.Builder
	fmt.Fprintln(&table, "| translation, variant | source × target, gold covers | sverka, whole book | sverka, chapter by chapter | hunalign, whole book |")
	fmt.Fprintln(&table, "|---|---|---|---|---|")
	for _, lang := range langs {
		for _, variant := range handbookVariants {
			for _, sentences := range []bool{false, true} {
				chs := handbookBitext(t, lang, variant)
				name := variant
				if sentences {
					chs, name = inSentences(chs), variant+", in sentences"
				}
				src, tgt := joinChapters(chs)
				// As sverka align reads them: one a line with --split
				// lines (a link may go round OCR debris), or paragraphs.
				opts := Options{Gaps: !sentences}

				var whole, byChapter handbookScore
				start := time.Now()
				links, err := Align(src, tgt, opts)
				if err != nil {
					t.Fatal(err)
				}
				whole.elapsed = time.Since(start)
				whole.score(chs, links)

				start = time.Now()
				var per [][]Link
				for _, c := range chs {
					l, err := Align(c.src, c.tgt, opts)
					if err != nil {
						t.Fatal(err)
					}
					per = append(per, l)
				}
				byChapter.elapsed = time.Since(start)
				byChapter.score(chs, chapterLinks(chs, per))

				hu := "not run (set SVERKA_HUNALIGN)"
				switch {
				case sentences:
					hu = "not run (hunalign reads no paragraphs here)"
				case hunalign != "":
					hu = compareHandbookCommands(t, dir, lang+"-"+variant, chs, src, tgt, sverka, hunalign, null)
				}
				units := fmt.Sprintf("%d × %d units, gold covers %d", len(src), len(tgt), whole.goldUnits)
				if sentences {
					units = fmt.Sprintf("%d × %d sentences (%d × %d units), gold covers %d units", len(src), len(tgt), whole.units, unitCount(chs), whole.goldUnits)
				}
				fmt.Fprintf(&table, "| %s %s | %s | %s, %.1f s | %s, %.1f s | %s |\n", lang, name, units,
					whole, whole.elapsed.Seconds(), byChapter, byChapter.elapsed.Seconds(), hu)
			}
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("machine: %d cores, load average %s (shared)\n\n%s", runtime.NumCPU(), strings.Join(strings.Fields(string(load))[:3], " "), table.String())
}

// compareHandbookCommands aligns the whole book with both commands from
// the same line files, times them (wall, CPU, peak RSS) and scores
// hunalign's ladder.
func compareHandbookCommands(t *testing.T, dir, name string, chs []handbookChapterBitext, src, tgt []Sentence, sverka, hunalign, null string) string {
	t.Helper()
	srcPath, tgtPath := filepath.Join(dir, name+".src"), filepath.Join(dir, name+".tgt")
	writeSentences(t, srcPath, src)
	writeSentences(t, tgtPath, tgt)
	defer os.Remove(srcPath)
	defer os.Remove(tgtPath)
	sv := timeCommand(t, dir, []string{sverka, "align", "--split", "lines", "-o", filepath.Join(dir, "out.links"), srcPath, tgtPath})
	hm := timeCommand(t, dir, []string{hunalign, null, srcPath, tgtPath})
	ladder, err := readLadder(name+" (hunalign)", bytes.NewReader(runOutput(t, dir, []string{hunalign, null, srcPath, tgtPath})), len(src), len(tgt))
	if err != nil {
		t.Fatal(err)
	}
	var h handbookScore
	h.score(chs, ladder)
	out := fmt.Sprintf("%s; sverka command %s, hunalign %s", h, sv, hm)
	if os.Getenv("SVERKA_HUNALIGN_REALIGN") != "" {
		ladder, err := readLadder(name+" (hunalign -realign)", bytes.NewReader(runOutput(t, dir, []string{hunalign, "-realign", null, srcPath, tgtPath})), len(src), len(tgt))
		if err != nil {
			t.Fatal(err)
		}
		var r handbookScore
		r.score(chs, ladder)
		out += fmt.Sprintf("; -realign %s", r)
	}
	return out
}

// BenchmarkHandbook aligns the whole handbook, English with Russian and
// with Chinese, as one text, and reports the heap it allocates; the peak
// resident memory of the command is in TestHandbook's table.
//
//	go test -tags tune -run '^$' -bench Handbook -benchtime 1x ./align
func BenchmarkHandbook(b *testing.B) {
	for _, lang := range []string{"ru-RU", "zh-CN"} {
		b.Run(lang, func(b *testing.B) {
			src, tgt := joinChapters(handbookBitext(b, lang, "as"))
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			for b.Loop() {
				if _, err := Align(src, tgt, Options{Gaps: true}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			// After the timer is reset: ResetTimer deletes the metrics
			// reported before it.
			b.ReportMetric(float64(len(src)), "source-units")
			b.ReportMetric(float64(len(tgt)), "target-units")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/(1<<20), "MB-allocated/op")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(src)), "µs/source-unit")
		})
	}
}

// TestBoundaries checks paragraph-boundary counting on a small case.
func TestHandbookBoundaries(t *testing.T) {
	gold := []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1, 2}, Target: []int{1}}, {Source: []int{3}, Target: []int{2}}}
	test := []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}, {Source: []int{2, 3}, Target: []int{2}}}
	var c boundaryCounts
	c.add(gold, test, 4, 3)
	if c != (boundaryCounts{test: 2, gold: 2, both: 1}) {
		t.Errorf("counts %+v, want 2 test, 2 gold, 1 both", c)
	}
	// Across chapters: the second chapter's first units taken by a link
	// of the first shift no boundary after them.
	one := []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}}
	page := []handbookPage{{nsrc: 2, ntgt: 2, gold: one}}
	chs := []handbookChapterBitext{{src: make([]Sentence, 2), tgt: make([]Sentence, 2), pages: page}, {src: make([]Sentence, 2), tgt: make([]Sentence, 2), pages: page}}
	var s handbookScore
	s.score(chs, []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1, 2}, Target: []int{1}}, {Source: []int{3}, Target: []int{2, 3}}})
	if s.boundary != (boundaryCounts{test: 2, gold: 3, both: 1}) {
		t.Errorf("across chapters: counts %+v, want 2 test, 3 gold, 1 both", s.boundary)
	}
	a, b, ok := splitAtSentence("Первое предложение. Второе, длиннее первого. Третье.")
	if !ok || a != "Первое предложение." || b != "Второе, длиннее первого. Третье." {
		t.Errorf("split %q | %q %v", a, b, ok)
	}
}
