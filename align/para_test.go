package align

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// telegramParas is an invented telegram in three paragraphs, with its
// translation paragraph by paragraph.
var telegramParas = []struct {
	ru, en []string
}{
	{
		ru: []string{"Товарищу МОЛОТОВУ.", "Докладываю о выгрузке судна «Сучан» в порту Находка 14 марта 1951 г."},
		en: []string{"To Comrade MOLOTOV.", "I report on the unloading of the ship \"Suchan\" in the port of Nakhodka on 14 March 1951."},
	},
	{
		ru: []string{"1. Выгружено 820 т цемента и 46 т стали.", "Бригады грузчиков работали в две смены при морозе 18 градусов.", "Простоев не было."},
		en: []string{"1. 820 tons of cement and 46 tons of steel were unloaded.", "The teams of dockers worked in two shifts at 18 degrees of frost.", "There were no stoppages."},
	},
	{
		ru: []string{"2. Прошу разрешения отправить судно в Дайрен 17 марта.", "ЛАВРЕНТЬЕВ", "№ 311/ш"},
		en: []string{"2. I request permission to send the ship to Dairen on 17 March.", "LAVRENTIEV", "No. 311/sh"},
	},
}

// paraSentences lays the telegram out with paragraph numbers: by its own
// paragraphs, or with the paragraphs given as the first sentence of each.
func paraSentences(ru bool, starts []int) []Sentence {
	var out []Sentence
	for _, p := range telegramParas {
		texts := p.en
		if ru {
			texts = p.ru
		}
		for _, t := range texts {
			out = append(out, Sentence{Text: t})
		}
	}
	para := 0
	for i := range out {
		for para < len(starts) && starts[para] <= i {
			para++
		}
		out[i].Para = para
	}
	return out
}

func features2(src, tgt []Sentence) (fs, ft []features, w []float32, nkeys int) {
	p := defaultParams()
	v := newVocab()
	x := &extractor{v: v, ev: p.ev}
	for _, s := range src {
		fs = append(fs, x.extract(s))
	}
	for _, s := range tgt {
		ft = append(ft, x.extract(s))
	}
	return fs, ft, keyWeights(v, fs, ft, p), len(v.kind)
}

func TestParagraphBreaks(t *testing.T) {
	byParas := []int{0, 2, 5}
	tests := []struct {
		name     string
		src, tgt []int // first sentence of each paragraph
		want     [][2]int
	}{
		{"same paragraphs", byParas, byParas, [][2]int{{2, 2}, {5, 5}}},
		{"one paragraph in the translation", byParas, []int{0}, nil},
		{"one paragraph in the original", []int{0}, byParas, nil},
		{"a paragraph run together", byParas, []int{0, 2}, [][2]int{{2, 2}}},
		{"every sentence a paragraph against three", []int{0, 1, 2, 3, 4, 5, 6, 7}, []int{0, 2, 5}, [][2]int{{2, 2}, {5, 5}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs, ft, w, nkeys := features2(paraSentences(true, tc.src), paraSentences(false, tc.tgt))
			got := paragraphBreaks(fs, ft, w, nkeys, defaultParams())
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got breaks %v, want %v", got, tc.want)
			}
		})
	}
}

// With the paragraph pass or without, the telegram aligns one to one,
// whatever the two sides' paragraphs.
func TestAlignParagraphs(t *testing.T) {
	layouts := [][]int{{0, 2, 5}, {0}, {0, 2}, {0, 1, 2, 3, 4, 5, 6, 7}, {0, 4}}
	for _, ls := range layouts {
		for _, lt := range layouts {
			src, tgt := paraSentences(true, ls), paraSentences(false, lt)
			for _, paras := range []bool{true, false} {
				p := defaultParams()
				p.paragraphs = paras
				links, err := alignWith(src, tgt, Options{}, p)
				if err != nil {
					t.Fatal(err)
				}
				checkValid(t, links, len(src), len(tgt))
				if got, want := linksString(links), "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4] [5]:[5] [6]:[6] [7]:[7]"; got != want {
					t.Errorf("paragraphs %v / %v, pass %v: got %s, want %s", ls, lt, paras, got, want)
				}
			}
		}
	}
}

func TestAgreedBreaks(t *testing.T) {
	path := []step{{i: 1, j: 1}, {i: 2, j: 3}, {i: 4, j: 4}, {i: 5, j: 6}}
	tests := []struct {
		breaks, want [][2]int
	}{
		{nil, nil},
		{[][2]int{{2, 3}, {4, 4}}, [][2]int{{2, 3}, {4, 4}}},
		// Four in five borne out: all five hold, (4, 5) too.
		{[][2]int{{1, 1}, {2, 3}, {4, 4}, {4, 5}, {5, 6}}, [][2]int{{1, 1}, {2, 3}, {4, 4}, {4, 5}, {5, 6}}},
		{[][2]int{{2, 2}, {4, 4}}, nil}, // one in two borne out: the paragraphs disagree
	}
	for _, tc := range tests {
		if got := agreedBreaks(tc.breaks, path); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("agreedBreaks(%v) = %v, want %v", tc.breaks, got, tc.want)
		}
	}
}

// A band clamped to breaks stays a band, and every path through it passes
// through every break.
func TestClampBand(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 200; k++ {
		n, m := r.IntN(30), r.IntN(30)
		var breaks [][2]int
		i, j := 0, 0
		for {
			i, j = i+r.IntN(4), j+r.IntN(4)
			if i > n || j > m {
				break
			}
			if (i > 0 || j > 0) && (i < n || j < m) && (len(breaks) == 0 || breaks[len(breaks)-1] != [2]int{i, j}) {
				breaks = append(breaks, [2]int{i, j})
			}
		}
		points := withBreaks([][2]int{{0, 0}, {n, m}}, breaks)
		b := newBand(n, m, points, 1+r.IntN(5))
		clampBand(b, breaks)
		for x := 0; x <= n; x++ {
			if b.lo[x] > b.hi[x] || x > 0 && (b.lo[x] < b.lo[x-1] || b.hi[x] < b.hi[x-1]) {
				t.Fatalf("n %d m %d breaks %v: row %d is [%d, %d] after [%d, %d]", n, m, breaks, x, b.lo[x], b.hi[x], b.lo[max(x-1, 0)], b.hi[max(x-1, 0)])
			}
			for _, br := range breaks {
				if x < br[0] && int(b.hi[x]) > br[1] || x > br[0] && int(b.lo[x]) < br[1] {
					t.Fatalf("breaks %v: row %d is [%d, %d], across break %v", breaks, x, b.lo[x], b.hi[x], br)
				}
			}
		}
		for _, br := range breaks {
			if _, ok := b.index(br[0], br[1]); !ok {
				t.Fatalf("break %v outside the band", br)
			}
		}
	}
}

func TestMergeSorted(t *testing.T) {
	for _, c := range []struct{ a, b, want []uint32 }{
		{nil, nil, nil},
		{[]uint32{1, 3, 5}, nil, []uint32{1, 3, 5}},
		{nil, []uint32{2, 2}, []uint32{2, 2}},
		{[]uint32{1, 3, 5}, []uint32{2, 3, 6}, []uint32{1, 2, 3, 3, 5, 6}},
		{[]uint32{7, 8}, []uint32{1, 2}, []uint32{1, 2, 7, 8}},
	} {
		a := append(make([]uint32, 0, len(c.a)+len(c.b)), c.a...)
		if got := mergeSorted(a, c.b); !slices.Equal(got, c.want) {
			t.Errorf("mergeSorted(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
