package texts

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// translitCases are words in each scheme. Every row is checked both ways:
// Russian → Latin with the scheme, and the Latin spelling folds back to the
// Russian word's MatchKey (except where noted).
var translitCases = []struct {
	scheme Scheme
	ru     string
	latin  string
	noKey  bool // a spelling the key does not fold
}{
	{ALALC, "авиабоязнь", "aviaboiazn'", false},
	{ALALC, "Василевский", "Vasilevskii", false},
	{ALALC, "штормобоязнь", "shtormoboiazn'", false},
	{ALALC, "Дальний", "Dal'nii", false},
	{ALALC, "Объём", "Ob\"em", false},
	{ALALC, "Щука", "Shchuka", false},
	{ALALC, "ЩУКА", "SHCHUKA", false},
	{ALALC, "КИМ", "KIM", false},
	{ALALC, "Лаврентьев", "Lavrent'ev", false},
	{ALALC, "Ёлкин и Эйхе", "Elkin i Eikhe", false},
	{ALALC, "Находка", "Nakhodka", false},
	{ALALC, "ЦК ВКП(б)", "TsK VKP(b)", false}, // an acronym: a digraph capitalised on its first letter
	{ALALC, "Юг, Ямал", "Iug, Iamal", false},

	{BGN, "Еремеев", "Yeremeyev", false},
	{BGN, "Лаврентьев", "Lavrent'yev", false},
	{BGN, "Василевский", "Vasilevskiy", false},
	{BGN, "Ёлкин", "Yëlkin", false},
	{BGN, "Хрущёв", "Khrushchëv", false},
	{BGN, "объезд", "ob\"yezd", false},
	{BGN, "Майор", "Mayor", false},
	{BGN, "Берия", "Beriya", false},
	{BGN, "ДАЛЬНИЙ", "DAL'NIY", false},

	{ISO9, "Щука", "Ŝuka", false},
	{ISO9, "ЩУКА", "ŜUKA", false},
	{ISO9, "жёлчь", "žëlčʹ", false},
	{ISO9, "Хабаровск", "Habarovsk", false},
	{ISO9, "объявление", "obʺâvlenie", false},
	{ISO9, "Эхо", "Èho", false},
	{ISO9, "юнга", "ûnga", false},
	{ISO9, "Цемент", "Cement", false},
	{ISO9, "Василевский", "Vasilevskij", false},
	{ISO9, "Майский", "Majskij", false},

	{Popular, "Штыков", "Shtykov", false},
	{Popular, "Матвеев", "Matveyev", false},
	{Popular, "Берия", "Beriya", false},
	{Popular, "Василевский", "Vasilevsky", false},
	{Popular, "Захаров", "Zakharov", false},
	{Popular, "Лаврентьев", "Lavrentyev", false},
	{Popular, "Смелый", "Smely", false},
	{Popular, "Дальний", "Dalny", false},
	{Popular, "Хрущёв", "Khrushchev", false},
	{Popular, "Ёлкин", "Yolkin", false},
	{Popular, "Фёдор Семёнов", "Fedor Semenov", false}, // ё after a consonant is e, as in Khrushchev
	{Popular, "Толстой", "Tolstoy", false},
	{Popular, "Юрий Андреевич", "Yury Andreyevich", false},
	{Popular, "ВАСИЛЕВСКИЙ", "VASILEVSKY", false},
}

// acronymCases are words in capitals: acronyms of two to four letters
// (no vowel between two consonants) spell each letter capitalised on its
// own; words, and longer acronyms, stay in capitals throughout.
var acronymCases = []struct {
	scheme Scheme
	ru     string
	latin  string
}{
	{ALALC, "ЦК", "TsK"},
	{ALALC, "ЧК и ВЧК", "ChK i VChK"},
	{ALALC, "НКВД", "NKVD"},
	{ALALC, "КНА", "KNA"},
	{ALALC, "ЦКК", "TsKK"},
	{ALALC, "ШХ-2", "ShKh-2"},
	{ALALC, "ЖУК", "ZHUK"},      // a surname in capitals: a vowel between consonants
	{ALALC, "ЦОЙ", "TSOI"},      // and a Korean one
	{ALALC, "ЦАГИ", "TSAGI"},    // an acronym read as a word stays in capitals
	{ALALC, "ВЦСПС", "VTSSPS"},  // five letters: not read as an acronym
	{ALALC, "Ц", "Ts"},          // a single capital: an initial
	{ALALC, "ЦК,ЧК", "TsK,ChK"}, // punctuation ends a word
	{ALALC, "ЮЖ", "IuZh"},
	{BGN, "ЦК", "TsK"},
	{BGN, "ЕЖ", "YeZh"},
	{Popular, "ЦК ВКП(б)", "TsK VKP(b)"},
	{ISO9, "ЦК", "CK"},
	{ISO9, "ЩУКА", "ŜUKA"},
}

func TestTransliterateAcronyms(t *testing.T) {
	for _, c := range acronymCases {
		if got := Transliterate(c.ru, c.scheme); got != c.latin {
			t.Errorf("Transliterate(%q, %s) = %q, want %q", c.ru, c.scheme, got, c.latin)
		}
	}
}

func TestTransliterate(t *testing.T) {
	for _, c := range translitCases {
		if got := Transliterate(c.ru, c.scheme); got != c.latin {
			t.Errorf("Transliterate(%q, %s) = %q, want %q", c.ru, c.scheme, got, c.latin)
		}
		if c.noKey {
			continue
		}
		if kr, kl := MatchKey(c.ru), MatchKey(c.latin); kr != kl {
			t.Errorf("MatchKey(%q) = %q, MatchKey(%q) = %q: want equal", c.ru, kr, c.latin, kl)
		}
	}
}

func TestTransliterateLeavesOtherText(t *testing.T) {
	for _, s := range []string{"", "No. 207/sh", "Pak Hŏn-yŏng 12:30", "Ukrainian і ї є ґ", "\ufffd"} {
		for _, sc := range Schemes() {
			want := s
			if got := Transliterate(s, sc); got != want {
				t.Errorf("Transliterate(%q, %s) = %q, want it unchanged", s, sc, got)
			}
		}
	}
}

// TestTransliteratorStreams feeds the transformer one byte at a time: the
// lookahead must ask for more input rather than guess.
func TestTransliteratorStreams(t *testing.T) {
	const in = "Тов. ВАСИЛЕВСКИЙ и Матвеев: объезд Дальнего."
	for _, sc := range Schemes() {
		r := transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), Transliterator(sc))
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if want := Transliterate(in, sc); string(b) != want {
			t.Errorf("%s streamed: %q, whole: %q", sc, b, want)
		}
	}
}

func TestParseScheme(t *testing.T) {
	for in, want := range map[string]Scheme{"": ALALC, "ALA-LC": ALALC, "bgn/pcgn": BGN, "iso9": ISO9, "popular": Popular} {
		got, err := ParseScheme(in)
		if err != nil || got != want {
			t.Errorf("ParseScheme(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseScheme("gost"); err == nil {
		t.Error(`ParseScheme("gost"): no error`)
	}
}

func FuzzTransliterate(f *testing.F) {
	for _, c := range translitCases {
		f.Add(c.ru)
	}
	f.Add("\xff\xfeЩ")
	f.Add("ий")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range Schemes() {
			out := Transliterate(s, sc)
			if !utf8.ValidString(out) {
				t.Fatalf("%s: invalid UTF-8 out of %q: %q", sc, s, out)
			}
		}
		if k := MatchKey(s); !utf8.ValidString(k) {
			t.Fatalf("MatchKey(%q) = %q: invalid UTF-8", s, k)
		}
	})
}
