package align

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

// The korea-1950 gold alignment (testdata/korea1950/gold.txt, made by hand:
// testdata/korea1950/README.md) holds positions into ../shared, never text.
// TestKoreaPreSplit aligns the gold's own sentences, one a line as
// --split lines reads them; TestKoreaEndToEnd reads the raw files as
// sverka align does and maps its sentences onto the gold's.

const koreaGold = "testdata/korea1950/gold.txt"

// goldSpan is one sentence of the gold: bytes [start, end) of its file.
type goldSpan struct {
	start, end int
}

// koreaDoc is one document pair of the gold.
type koreaDoc struct {
	id             string
	ruFile, enFile string // paths under ../shared; enFile without its #id
	ruData, enData []byte
	ru, en         []goldSpan // in text order; gold link ids index them
	gold           []Link
}

func loadKoreaGold(t testing.TB) []koreaDoc {
	t.Helper()
	shared := sharedtest.Dir(t)
	f, err := os.Open(koreaGold)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []koreaDoc
	files := map[string][]byte{}
	read := func(name string) []byte {
		if b, ok := files[name]; ok {
			return b
		}
		b, err := os.ReadFile(filepath.Join(shared, name))
		if err != nil {
			t.Skipf("korea-1950 material not found: %v", err)
		}
		files[name] = b
		return b
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		where := fmt.Sprintf("%s:%d", koreaGold, n)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "doc "):
			fs := strings.Fields(line)
			if len(fs) != 4 {
				t.Fatalf("%s: want 'doc ID RU-FILE EN-FILE#ID', got %q", where, line)
			}
			en, _, _ := strings.Cut(fs[3], "#")
			docs = append(docs, koreaDoc{id: fs[1], ruFile: fs[2], enFile: en, ruData: read(fs[2]), enData: read(en)})
			continue
		}
		if len(docs) == 0 {
			t.Fatalf("%s: a link before the first doc line", where)
		}
		d := &docs[len(docs)-1]
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			t.Fatalf("%s: want TYPE, RU spans and EN spans separated by tabs, got %q", where, line)
		}
		var l Link
		l.Source = addSpans(t, where, d.ruFile, d.ruData, fs[1], &d.ru)
		l.Target = addSpans(t, where, d.enFile, d.enData, fs[2], &d.en)
		if typ := fmt.Sprintf("%d-%d", len(l.Source), len(l.Target)); typ != fs[0] {
			t.Fatalf("%s: type %s, but the spans make a %s link", where, fs[0], typ)
		}
		d.gold = append(d.gold, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 6 {
		t.Fatalf("%s: %d documents, want 6", koreaGold, len(docs))
	}
	return docs
}

// addSpans parses a side of a gold link ("-", or spans "L:C-L:C@HASH"
// separated by spaces), checks each span's hash against the shared file
// and that it follows the side's last span, appends the spans to side and
// returns their ids.
func addSpans(t testing.TB, where, file string, data []byte, field string, side *[]goldSpan) []int {
	t.Helper()
	if field == "-" {
		return []int{}
	}
	var ids []int
	for _, s := range strings.Fields(field) {
		pos, hash, ok := strings.Cut(s, "@")
		from, to, ok2 := strings.Cut(pos, "-")
		if !ok || !ok2 {
			t.Fatalf("%s: span %q: want LINE:COL-LINE:COL@HASH", where, s)
		}
		start := byteOffset(t, where, file, data, from, false)
		end := byteOffset(t, where, file, data, to, true)
		if end <= start {
			t.Fatalf("%s: span %s of %s ends before it starts", where, s, file)
		}
		if got := spanHash(data[start:end]); got != hash {
			t.Fatalf("%s: span %s of %s now holds %q (hash %s, want %s): the shared file has changed; remake the gold as %s says",
				where, pos, file, data[start:end], got, hash, filepath.Join(filepath.Dir(koreaGold), "README.md"))
		}
		if n := len(*side); n > 0 && (*side)[n-1].end > start {
			t.Fatalf("%s: span %s of %s does not follow the span before it", where, s, file)
		}
		ids = append(ids, len(*side))
		*side = append(*side, goldSpan{start, end})
	}
	return ids
}

// spanHash is the first 8 hex digits of the SHA-256 of a span's bytes.
func spanHash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:4])
}

// byteOffset turns LINE:COL (1-based, COL in characters) into a byte
// offset of data: of the character itself, or just past it when after.
func byteOffset(t testing.TB, where, file string, data []byte, lc string, after bool) int {
	t.Helper()
	ls, cs, _ := strings.Cut(lc, ":")
	line, err1 := strconv.Atoi(ls)
	col, err2 := strconv.Atoi(cs)
	if err1 != nil || err2 != nil || line < 1 || col < 1 {
		t.Fatalf("%s: bad position %q: want LINE:COL", where, lc)
	}
	off := 0
	for l := 1; l < line; l++ {
		k := bytes.IndexByte(data[off:], '\n')
		if k < 0 {
			t.Fatalf("%s: %s has no line %d", where, file, line)
		}
		off += k + 1
	}
	for c := 1; ; c++ {
		if off >= len(data) || data[off] == '\n' {
			t.Fatalf("%s: %s:%d has no column %d", where, file, line, col)
		}
		_, size := utf8.DecodeRune(data[off:])
		if c == col {
			if after {
				off += size
			}
			return off
		}
		off += size
	}
}

// preSplit gives the gold's sentences one a line, as --split lines reads a
// file of them: the text alone (a sentence over several lines on one line).
func preSplit(data []byte, spans []goldSpan) []Sentence {
	out := make([]Sentence, len(spans))
	for k, s := range spans {
		out[k] = Sentence{Text: strings.Join(strings.Fields(string(data[s.start:s.end])), " ")}
	}
	return out
}

// koreaPairs reads the Mueller dictionary once for both tests, or skips.
func koreaPairs(t testing.TB, dict string) []WordPair {
	t.Helper()
	if dict == "" {
		return nil
	}
	if !isFile(DictdDir + "/" + dict + ".index") {
		t.Skipf("%s not installed (apt-get install mueller7-dict): skipped", dict)
	}
	koreaDict.once.Do(func() { koreaDict.pairs, koreaDict.err = ReadDictionary(dict) })
	if koreaDict.err != nil {
		t.Fatal(koreaDict.err)
	}
	return koreaDict.pairs
}

// koreaDict is Mueller's dictionary as read (about a second of CPU).
var koreaDict struct {
	once  sync.Once
	pairs []WordPair
	err   error
}

// TestKoreaPreSplit: the gold's sentences given as the segmentation,
// strict F1 as for Text+Berg.
func TestKoreaPreSplit(t *testing.T) {
	docs := loadKoreaGold(t)
	for _, c := range []struct {
		dict string
		want float64
	}{{"", 0.995}, {"mueller7", 0.985}} {
		t.Run("dict="+c.dict, func(t *testing.T) {
			pairs := koreaPairs(t, c.dict)
			var counts Counts
			for _, d := range docs {
				links, err := Align(preSplit(d.ruData, d.ru), preSplit(d.enData, d.en), Options{Pairs: pairs})
				if err != nil {
					t.Fatal(err)
				}
				counts.Compare(d.gold, links)
				logKoreaErrors(t, d, d.gold, links)
			}
			s := counts.Scores()
			t.Logf("korea-1950 pre-split%s: strict P %.3f R %.3f F1 %.3f, lax F1 %.3f (%d gold links)",
				dictNote(c.dict), s.StrictP, s.StrictR, s.StrictF1, s.LaxF1, counts.GoldLinks)
			if s.StrictF1 < c.want {
				t.Errorf("strict F1 %.3f, want at least %.3f", s.StrictF1, c.want)
			}
		})
	}
}

// TestKoreaEndToEnd reads the raw files as sverka align does (the Russian
// file, the seed's document N), aligns, and maps each link onto the gold:
// a sentence stands for the gold sentences its bytes overlap, so a link
// becomes the link of those. A link none of whose sentences overlaps a gold
// sentence (a title or web junk read into a document) counts as a wrong
// link; sentences that overlap none beside others that do are left out.
func TestKoreaEndToEnd(t *testing.T) {
	docs := loadKoreaGold(t)
	shared := sharedtest.Dir(t)
	for _, c := range []struct {
		dict string
		want float64
	}{{"", 0.995}, {"mueller7", 0.985}} {
		t.Run("dict="+c.dict, func(t *testing.T) {
			pairs := koreaPairs(t, c.dict)
			var counts Counts
			for _, d := range docs {
				ruSegs, ruMap := readKoreaSide(t, filepath.Join(shared, d.ruFile), "", d.ru)
				enSegs, enMap := readKoreaSide(t, filepath.Join(shared, d.enFile), d.id, d.en)
				links, err := Align(FromSegments(ruSegs), FromSegments(enSegs), Options{Pairs: pairs})
				if err != nil {
					t.Fatal(err)
				}
				mapped := mapToGold(links, ruMap, enMap)
				counts.Compare(d.gold, mapped)
				logKoreaErrors(t, d, d.gold, mapped)
			}
			s := counts.Scores()
			t.Logf("korea-1950 end to end%s: strict P %.3f R %.3f F1 %.3f, lax F1 %.3f (%d gold links)",
				dictNote(c.dict), s.StrictP, s.StrictR, s.StrictF1, s.LaxF1, counts.GoldLinks)
			if s.StrictF1 < c.want {
				t.Errorf("strict F1 %.3f, want at least %.3f", s.StrictF1, c.want)
			}
		})
	}
}

// readKoreaSide reads a file as sverka align reads it (document id, or
// the file's one document) and maps each segment to the ids of the gold
// spans its bytes overlap.
func readKoreaSide(t testing.TB, path, id string, spans []goldSpan) ([]texts.Segment, [][]int) {
	t.Helper()
	c := readCollection(t, path)
	doc := c.Documents[0]
	if id != "" {
		var err error
		if doc, err = c.Document(id); err != nil {
			t.Fatal(err)
		}
	} else if len(c.Documents) != 1 {
		t.Fatalf("%s: %d documents, want 1", path, len(c.Documents))
	}
	m := make([][]int, len(doc.Segments))
	for k, s := range doc.Segments {
		start, end := c.Source.Pos(s.Start).Offset, c.Source.Pos(s.End).Offset
		for g, sp := range spans {
			if start < sp.end && sp.start < end {
				m[k] = append(m[k], g)
			}
		}
	}
	return doc.Segments, m
}

// mapToGold turns links between segments into links between gold
// sentences.
func mapToGold(links []Link, ruMap, enMap [][]int) []Link {
	var out []Link
	for k, l := range links {
		var m Link
		m.Source = goldIDs(l.Source, ruMap)
		m.Target = goldIDs(l.Target, enMap)
		if len(m.Source) == 0 && len(m.Target) == 0 {
			m.Source = []int{-1 - k} // outside the gold: matches no gold link
		}
		out = append(out, m)
	}
	return out
}

func goldIDs(ids []int, m [][]int) []int {
	out := []int{}
	for _, id := range ids {
		for _, g := range m[id] {
			if len(out) == 0 || out[len(out)-1] < g {
				out = append(out, g)
			}
		}
	}
	return out
}

func dictNote(dict string) string {
	if dict == "" {
		return ""
	}
	return " with --dict " + dict
}

// logKoreaErrors logs the gold links the output misses, with their text
// (read from ../shared at test time), so that a failure says what went
// wrong.
func logKoreaErrors(t testing.TB, d koreaDoc, gold, test []Link) {
	t.Helper()
	got := map[string]bool{}
	for _, l := range test {
		got[linkKey(l)] = true
	}
	side := func(data []byte, spans []goldSpan, ids []int) string {
		var parts []string
		for _, id := range ids {
			parts = append(parts, strings.Join(strings.Fields(string(data[spans[id].start:spans[id].end])), " "))
		}
		return strings.Join(parts, " | ")
	}
	for _, g := range gold {
		if !got[linkKey(g)] {
			t.Logf("document %s: missed gold %v:%v %q = %q", d.id, g.Source, g.Target,
				side(d.ruData, d.ru, g.Source), side(d.enData, d.en, g.Target))
		}
	}
	for _, l := range test {
		if !slicesAllNonNegative(l.Source) {
			t.Logf("document %s: a link outside the gold", d.id)
		}
	}
}

func slicesAllNonNegative(ids []int) bool {
	for _, id := range ids {
		if id < 0 {
			return false
		}
	}
	return true
}
