package revision

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"github.com/sverka/sverka/internal/lex"
)

// tokens cuts s into words (letters and digits, with the apostrophes,
// hyphens and dots joining them: storm-fright, aviaboiazn', 14.3.51),
// runs of spaces, and single other characters. The tokens join back to s.
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case lex.IsWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if lex.IsWordRune(r2) {
					j += n2
					continue
				}
				// a joiner between two word characters stays in the word
				if isJoiner(r2) && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); lex.IsWordRune(r3) {
						j += n2
						continue
					}
				}
				// a trailing apostrophe ends a transliteration: aviaboiazn'
				if lex.IsApostrophe(r2) {
					j += n2
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '\u2019', '.', ',', '/', '\u2010', '\u2011':
		return true
	}
	return false
}

// wordTokens are the words of s, lower-cased, for comparing sentences.
func wordTokens(s string) []string {
	var out []string
	for _, t := range tokens(s) {
		r, _ := utf8.DecodeRuneInString(t)
		if lex.IsWordRune(r) {
			out = append(out, strings.ToLower(t))
		}
	}
	return out
}

// bagMaker turns texts into bags of words: sorted word numbers, so that
// two bags compare by a merge, without maps or allocation.
type bagMaker struct{ ids map[string]int32 }

func newBagMaker() *bagMaker { return &bagMaker{ids: map[string]int32{}} }

func (m *bagMaker) bag(text string) []int32 {
	ws := wordTokens(text)
	out := make([]int32, len(ws))
	for i, w := range ws {
		id, ok := m.ids[w]
		if !ok {
			id = int32(len(m.ids))
			m.ids[w] = id
		}
		out[i] = id
	}
	slices.Sort(out)
	return out
}

// bagCommon counts the words two sorted bags share.
func bagCommon(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// bagSimilarity is the Dice coefficient of two sorted bags.
func bagSimilarity(a, b []int32) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	return 2 * float64(bagCommon(a, b)) / float64(len(a)+len(b))
}

// symbols gives each distinct string a rune of its own, so that
// diff-match-patch, which diffs runes, diffs whole words or sentences (the
// trick of its DiffLinesToRunes).
type symbols struct {
	index map[string]rune
	table []string
}

func (s *symbols) encode(ss []string) []rune {
	if s.index == nil {
		s.index = map[string]rune{}
	}
	out := make([]rune, len(ss))
	for i, t := range ss {
		r, ok := s.index[t]
		if !ok {
			r = symbolRune(len(s.table))
			s.index[t] = r
			s.table = append(s.table, t)
		}
		out[i] = r
	}
	return out
}

// decode turns runes of encode back into the strings they stand for.
func (s *symbols) decode(runes string) string {
	var b strings.Builder
	for _, r := range runes {
		if k := symbolIndex(r); k >= 0 && k < len(s.table) {
			b.WriteString(s.table[k])
		}
	}
	return b.String()
}

// symbolRune is the rune of the k-th symbol: from 1 up, skipping the
// surrogates, which do not survive a trip through a string.
func symbolRune(k int) rune {
	r := rune(k + 1)
	if r >= 0xD800 {
		r += 0xE000 - 0xD800
	}
	return r
}

func symbolIndex(r rune) int {
	if r >= 0xE000 {
		r -= 0xE000 - 0xD800
	}
	return int(r) - 1
}

// WordDiffs computes the word-level differences that turn old into new:
// both are cut into words, spaces and punctuation, each distinct token is
// diffed as one symbol (the way diff-match-patch diffs lines), and the
// result is cleaned up semantically, so that a change reads as whole words
// replaced rather than as scattered characters.
func WordDiffs(old, new string) []WordDiff {
	var syms symbols
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(syms.encode(tokens(old)), syms.encode(tokens(new)), false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var out []WordDiff
	for _, d := range diffs {
		text := syms.decode(d.Text)
		if text == "" {
			continue
		}
		op := WordEqual
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = WordDelete
		case diffmatchpatch.DiffInsert:
			op = WordInsert
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += text
			continue
		}
		out = append(out, WordDiff{Op: op, Text: text})
	}
	return out
}

// pairDirect pairs the sentences of two revisions: see simModel.pair.
func pairDirect(old, new []string) [][2][]int {
	m := newSimModel(old, new)
	return m.pair(old, new, seq(len(old)), seq(len(new)))
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// pair pairs the old sentences oi with the new ones ni (indexes into ot
// and nt, ascending). Sentences found once in each revision, word for word,
// are paired first, wherever they are; the longest run of those pairs in
// the same order in both is the backbone, and the others are sentences
// moved (a reordering alone thus shows as moves, not as edits). The
// stretches between backbone pairs are then paired in order by
// pairAnchored. The groups come in the order of the new revision,
// removals where they were.
func (m *simModel) pair(ot, nt []string, oi, ni []int) [][2][]int {
	type count struct{ o, n, np int }
	counts := make(map[string]*count, len(oi))
	for _, k := range oi {
		c := counts[ot[k]]
		if c == nil {
			c = &count{}
			counts[ot[k]] = c
		}
		c.o++
	}
	for p, k := range ni {
		if c := counts[nt[k]]; c != nil {
			c.n++
			c.np = p
		}
	}
	var uo, un []int // positions in oi and ni of the unique pairs, in old order
	for p, k := range oi {
		if c := counts[ot[k]]; c.o == 1 && c.n == 1 {
			uo = append(uo, p)
			un = append(un, c.np)
		}
	}
	type anchor struct{ o, n int }
	var backbone []anchor
	inBackbone := make([]bool, len(uo))
	for _, l := range longestIncreasing(un) {
		inBackbone[l] = true
		backbone = append(backbone, anchor{uo[l], un[l]})
	}
	backbone = append(backbone, anchor{len(oi), len(ni)})
	usedO, usedN := make([]bool, len(oi)), make([]bool, len(ni))
	var moved []anchor
	for l := range uo {
		if !inBackbone[l] {
			moved = append(moved, anchor{uo[l], un[l]})
			usedO[uo[l]], usedN[un[l]] = true, true
		}
	}
	slices.SortFunc(moved, func(a, b anchor) int { return a.n - b.n })
	var out [][2][]int
	mi := 0
	emitMoved := func(before int) { // moves to new positions before before
		for ; mi < len(moved) && ni[moved[mi].n] < before; mi++ {
			out = append(out, [2][]int{{oi[moved[mi].o]}, {ni[moved[mi].n]}})
		}
	}
	po, pn := 0, 0
	for _, a := range backbone {
		var gapO, gapN []int
		for p := po; p < a.o; p++ {
			if !usedO[p] {
				gapO = append(gapO, oi[p])
			}
		}
		for p := pn; p < a.n; p++ {
			if !usedN[p] {
				gapN = append(gapN, ni[p])
			}
		}
		for _, g := range m.pairAnchored(ot, nt, gapO, gapN) {
			if len(g[1]) > 0 {
				emitMoved(g[1][0])
			}
			out = append(out, g)
		}
		if a.n < len(ni) {
			emitMoved(ni[a.n])
			out = append(out, [2][]int{{oi[a.o]}, {ni[a.n]}})
		} else {
			emitMoved(math.MaxInt)
		}
		po, pn = a.o+1, a.n+1
	}
	return out
}

// pairAnchored pairs the old sentences oi with the new ones ni in order:
// identical sentences first, as anchors (a diff over whole sentences),
// then the stretches between anchors by pairGap.
func (m *simModel) pairAnchored(ot, nt []string, oi, ni []int) [][2][]int {
	if len(oi) == 0 || len(ni) == 0 {
		return m.pairGap(oi, ni)
	}
	var syms symbols
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(syms.encode(pick(ot, oi)), syms.encode(pick(nt, ni)), false)
	var out [][2][]int
	i, j := 0, 0
	gapI, gapJ := 0, 0
	flush := func() {
		out = append(out, m.pairGap(oi[gapI:i], ni[gapJ:j])...)
	}
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			flush()
			for k := 0; k < n; k++ {
				out = append(out, [2][]int{{oi[i+k]}, {ni[j+k]}})
			}
			i += n
			j += n
			gapI, gapJ = i, j
		case diffmatchpatch.DiffDelete:
			i += n
		case diffmatchpatch.DiffInsert:
			j += n
		}
	}
	flush()
	return out
}

// Costs of the pairing: a sentence left alone costs gapCost; a group of
// k sentences costs k*gapCost*(1-similarity)/(1-pairThreshold), so
// sentences are grouped (paired, split or merged) rather than left
// alone only when they share more than pairThreshold of their weighted
// words.
const (
	gapCost       = 0.5
	pairThreshold = 0.4
	splitPenalty  = 0.1
)

// pairGap pairs the old sentences oi with the new ones ni in order, by
// dynamic programming over 1-1, 1-0, 0-1, 1-2, 2-1, 1-3 and 3-1 groups.
func (m *simModel) pairGap(oi, ni []int) [][2][]int {
	n, mm := len(oi), len(ni)
	if n == 0 && mm == 0 {
		return nil
	}
	var bufA, bufB []int32
	type step struct{ di, dj int }
	steps := []step{{1, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}}
	// In a long stretch, search a band around the diagonal only, so that
	// time and memory grow with the length rather than its square. Row a
	// keeps the cells lo[a] .. lo[a]+len(cost[a])-1.
	width := mm
	if n*mm > 40000 {
		width = 100 + abs(n-mm)
	}
	cost := make([][]float64, n+1)
	back := make([][]step, n+1)
	lo := make([]int, n+1)
	for a := range cost {
		center := 0
		if n > 0 {
			center = a * mm / n
		}
		lo[a] = max(0, center-width)
		hi := min(mm, center+width)
		cost[a] = make([]float64, hi-lo[a]+1)
		back[a] = make([]step, hi-lo[a]+1)
		for k := range cost[a] {
			cost[a][k] = math.Inf(1)
		}
	}
	in := func(a, b int) bool { return b >= lo[a] && b < lo[a]+len(cost[a]) }
	cost[0][0] = 0
	for a := 0; a <= n; a++ {
		for b := lo[a]; b < lo[a]+len(cost[a]); b++ {
			here := cost[a][b-lo[a]]
			if math.IsInf(here, 1) {
				continue
			}
			for _, s := range steps {
				a2, b2 := a+s.di, b+s.dj
				if a2 > n || b2 > mm || !in(a2, b2) {
					continue
				}
				var c float64
				switch {
				case s.di == 0 || s.dj == 0:
					c = gapCost
				case s.di == 1 && s.dj == 1:
					c = 2 * gapCost * (1 - m.similarity(m.bags[0][oi[a]], m.bags[1][ni[b]])) / (1 - pairThreshold)
				default:
					bufA = m.joined(bufA, 0, oi[a:a2])
					bufB = m.joined(bufB, 1, ni[b:b2])
					k := float64(s.di + s.dj)
					c = k*gapCost*(1-m.similarity(bufA, bufB))/(1-pairThreshold) + splitPenalty*(k-2)
				}
				if here+c < cost[a2][b2-lo[a2]] {
					cost[a2][b2-lo[a2]] = here + c
					back[a2][b2-lo[a2]] = s
				}
			}
		}
	}
	var rev [][2][]int
	for a, b := n, mm; a > 0 || b > 0; {
		s := back[a][b-lo[a]]
		var g [2][]int
		for k := a - s.di; k < a; k++ {
			g[0] = append(g[0], oi[k])
		}
		for k := b - s.dj; k < b; k++ {
			g[1] = append(g[1], ni[k])
		}
		rev = append(rev, g)
		a, b = a-s.di, b-s.dj
	}
	// A removal and an addition next to each other read best removal
	// first; the backtrace gives them in either order.
	out := make([][2][]int, len(rev))
	for k := range rev {
		out[k] = rev[len(rev)-1-k]
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
