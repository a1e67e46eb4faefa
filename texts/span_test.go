package texts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindSpans(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		class SpanClass
		span  string // Text of the (first) span
		inner string
		head  string
		sign  string // Signer|SignMark
	}{
		{"insertion spaced dash", "they [the North Korean leadership - AM] would", Insertion, "[the North Korean leadership - AM]", "the North Korean leadership", "", "AM| - "},
		{"insertion en dash", "they [Kim and Pak – AM] were", Insertion, "[Kim and Pak – AM]", "Kim and Pak", "", "AM| – "},
		{"insertion em dash glued", "they [Kim and Pak—AM] were", Insertion, "[Kim and Pak—AM]", "Kim and Pak", "", "AM|—"},
		{"insertion dash before", "they [the crews -NO] refuse", Insertion, "[the crews -NO]", "the crews", "", "NO| -"},
		{"insertion dash after", "they [the crews- NO] refuse", Insertion, "[the crews- NO]", "the crews", "", "NO|- "},
		{"insertion double hyphen", "the crews [the men -- AM] left", Insertion, "[the men -- AM]", "the men", "", "AM| -- "},
		{"insertion double hyphen glued ru", "экипажи [летчики--А.М.] ушли", Insertion, "[летчики--А.М.]", "летчики", "", "АМ|--"},
		{"insertion dotted initials", "they [the crews - A.M.] refuse", Insertion, "[the crews - A.M.]", "the crews", "", "AM| - "},
		{"insertion Cyrillic", "они [руководство КНДР – А.М.] не", Insertion, "[руководство КНДР – А.М.]", "руководство КНДР", "", "АМ| – "},
		{"insertion editor", "они [т.е. корейцы. – Ред.] не", Insertion, "[т.е. корейцы. – Ред.]", "т.е. корейцы.", "", "Ред.| – "},
		{"gloss", "caused aircraft-fright [aviaboiazn'] both", Gloss, "[aviaboiazn']", "aviaboiazn'", "aircraft-fright", ""},
		{"gloss two words", "the highest authority [vysshaia instantsiia] said", Gloss, "[vysshaia instantsiia]", "vysshaia instantsiia", "highest authority", ""},
		{"translation", "Instantsia [Highest Authority]", Translation, "[Highest Authority]", "Highest Authority", "Instantsia", ""},
		{"expansion", "Secretary of the C[entral] C[ommittee]", Expansion, "[entral]", "entral", "C", ""},
		{"expansion words", "the M[inistry of the] M[aritime] F[leet]", Expansion, "[inistry of the]", "inistry of the", "M", ""},
		{"expansion Cyrillic", "Политбюро Ц[ентрального] К[омитета]", Expansion, "[ентрального]", "ентрального", "Ц", ""},
		{"supplied to", "[To:] Cmrds Malenkov, Bulganin", Supplied, "[To:]", "To:", "", ""},
		{"supplied initials", "On 28.9.50, [A.I.] SHABSHIN, a member", Supplied, "[A.I.]", "A.I.", "SHABSHIN", ""},
		{"supplied words", "how do you consider [the situation], will", Supplied, "[the situation]", "the situation", "", ""},
		{"variant caps", "breakthrough to P'UNGGI [BUNKEI] and", Variant, "[BUNKEI]", "BUNKEI", "P'UNGGI", ""},
		{"variant translation", "Ch'ungju [in Russian translation: Seoul, Reisiu]", Variant, "[in Russian translation: Seoul, Reisiu]", "in Russian translation: Seoul, Reisiu", "Ch'ungju", ""},
		{"variant name", "to Dal'nii [Dairen] at once", Variant, "[Dairen]", "Dairen", "Dal'nii", ""},
		{"variant place", "fell at Seoul [Keijo] today", Variant, "[Keijo]", "Keijo", "Seoul", ""},
		{"translation one word", "report to the Stavka [Headquarters] at once", Translation, "[Headquarters]", "Headquarters", "Stavka", ""},
		{"translation one word -tion", "the Instantsia [Instance] agreed", Translation, "[Instance]", "Instance", "Instantsia", ""},
		{"name completed", "Gen. Kim [Mu Chong] came", Supplied, "[Mu Chong]", "Mu Chong", "Kim", ""},
		{"name completed hyphen", "Foreign Minister Pak [Hon-yong] said", Supplied, "[Hon-yong]", "Hon-yong", "Pak", ""},
		{"name completed ru", "генерал Ким [Му Чен] прибыл", Supplied, "[Му Чен]", "Му Чен", "Ким", ""},
		{"date", "on the night of 26.9.50 [26 September 1950], some", DateNorm, "[26 September 1950]", "26 September 1950", "26.9.50", ""},
		{"date us", "sent 09/29/50 [September 29, 1950] by", DateNorm, "[September 29, 1950]", "September 29, 1950", "09/29/50", ""},
		{"date ru", "отправлено 26.9.50 [26 сентября 1950 г.] по", DateNorm, "[26 сентября 1950 г.]", "26 сентября 1950 г.", "26.9.50", ""},
		{"number corrected", "Matveyev to Fyn Si, 26 [27] September 1950", Variant, "[27]", "27", "26", ""},
		{"number corrected ru", "Матвеев Фын Си, 26 [27] сентября 1950 г.", Variant, "[27]", "27", "26", ""},
		{"citation", "[Source: APRF, fond 3, opis 65, delo 827, listy 79-80]", CiteSpan, "[Source: APRF, fond 3, opis 65, delo 827, listy 79-80]", "Source: APRF, fond 3, opis 65, delo 827, listy 79-80", "", ""},
		{"citation ru", "[Источник: АПРФ. Ф. 3.]", CiteSpan, "[Источник: АПРФ. Ф. 3.]", "Источник: АПРФ. Ф. 3.", "", ""},
		{"sic", "not horses [sic] but", Sic, "[sic]", "sic", "", ""},
		{"sic!", "не лошади [sic!] а", Sic, "[sic!]", "sic!", "", ""},
		{"sic ru", "тов. СУХОВА [так в тексте] и", Sic, "[так в тексте]", "так в тексте", "", ""},
		{"illegible", "the depot [illegible] promise", Illegible, "[illegible]", "illegible", "", ""},
		{"illegible ru", "депо [неразб.] обещает", Illegible, "[неразб.]", "неразб.", "", ""},
		{"query", "200 volunteers [?].", Query, "[?]", "?", "", ""},
		{"note after name", "signed by Kozlov [Signature] and sent", Note, "[Signature]", "Signature", "", ""},
		{"note after name, small", "Stalin [handwritten] approved", Note, "[handwritten]", "handwritten", "", ""},
		{"role after name", "Shtykov [Ambassador] reported", Note, "[Ambassador]", "Ambassador", "", ""},
		{"note ru", "Штыков [подпись] доложил", Note, "[подпись]", "подпись", "", ""},
		{"note in margin ru", "Согласен [от руки] И. Сталин", Note, "[от руки]", "от руки", "", ""},
		{"supplied ru", "передать [от Штыкова] срочно", Supplied, "[от Штыкова]", "от Штыкова", "", ""},
		{"note", "see the map [Map 3 of the atlas, 1951 edition] here", Note, "[Map 3 of the atlas, 1951 edition]", "Map 3 of the atlas, 1951 edition", "", ""},
		{"nested", "they [the leaders [of Korea] - AM] did", Insertion, "[the leaders [of Korea] - AM]", "the leaders [of Korea]", "", "AM| - "},
		{"unbalanced open", "they [the leaders did", Unbalanced, "[the leaders did", "", "", ""},
		{"unbalanced close", "they the leaders] did", Unbalanced, "]", "", "", ""},
		{"insertion over a line break", "They [the North Korean\nleadership - AM] would", Insertion, "[the North Korean\nleadership - AM]", "the North Korean\nleadership", "", "AM| - "},
		{"insertion over a line break ru", "Они [руководство\nКНДР – А.М.] не", Insertion, "[руководство\nКНДР – А.М.]", "руководство\nКНДР", "", "АМ| – "},
		{"unbalanced at a paragraph break", "they [the leaders\n\ndid] go", Unbalanced, "[the leaders", "", "", ""},
		{"unbalanced open, more lines", "they [the leaders\ndid go", Unbalanced, "[the leaders", "", "", ""},
		{"footnote word", "Arrived in the 8th MDGS2 on 27.9.50", FootnoteMarker, "MDGS2", "2", "MDGS", ""},
		{"footnote Cyrillic", "Поступило в 8 УГШ3 27.9.50", FootnoteMarker, "УГШ3", "3", "УГШ", ""},
		{"footnote time", "Sent on 26.9.50 at 8:101 a.m., by wire", FootnoteMarker, "8:101", "1", "8:10", ""},
		{"footnote superscript", "the air raids² stopped", FootnoteMarker, "²", "²", "raids", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := FindSpans(tt.text, 100, nil)
			if len(spans) == 0 {
				t.Fatalf("no span in %q", tt.text)
			}
			sp := spans[0]
			if sp.Class != tt.class || sp.Text != tt.span || sp.Inner != tt.inner || sp.Head != tt.head {
				t.Errorf("got %s %q inner %q head %q\nwant %s %q inner %q head %q", sp.Class, sp.Text, sp.Inner, sp.Head, tt.class, tt.span, tt.inner, tt.head)
			}
			if got := sp.Signer + "|" + sp.SignMark; tt.sign != "" && got != tt.sign || tt.sign == "" && got != "|" {
				t.Errorf("signature %q, want %q", got, tt.sign)
			}
			if i := strings.Index(tt.text, tt.span); sp.Start != 100+i || sp.End != sp.Start+len(tt.span) {
				t.Errorf("offsets %d-%d, want %d-%d", sp.Start, sp.End, 100+i, 100+i+len(tt.span))
			}
		})
	}
}

// Codes and ordinals are not footnote markers.
func TestFindSpansNoSuspicion(t *testing.T) {
	for _, s := range []string{"YAK-9s", "LA-9", "# P78/73", "No. 1172cc", "the 84th regiment", "8D/GS", "№ 1298/ш", "at 20:55 p.m.", "ВКП(б)", "B29 bombers", "1-й армейской"} {
		if spans := FindSpans(s, 0, nil); len(spans) != 0 {
			t.Errorf("%q: unexpected %v", s, spans)
		}
	}
}

func TestFindSpansPositions(t *testing.T) {
	src, err := ReadSource("p.txt", strings.NewReader("Заголовок\r\nавиа\u00adбоязнь [aviaboiazn'] и [sic]"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	i := strings.IndexByte(src.Text, '\n') + 1
	spans := FindSpans(src.Text[i:], i, src)
	if len(spans) != 2 {
		t.Fatalf("spans %v", spans)
	}
	if p := spans[0].Pos; p.Line != 2 || p.Col != 13 {
		t.Errorf("gloss at %v, want 2:13", p)
	}
	if p := spans[1].Pos; p.Line != 2 || p.Col != 29 {
		t.Errorf("sic at %v, want 2:29", p)
	}
}

func FuzzFindSpans(f *testing.F) {
	f.Add("they [the North Korean leadership - AM] would, C[entral] 8:101 MDGS2 [[x]")
	f.Add("они [т.е. корейцы. – Ред.] ] [ Ц[ентрального] ²")
	f.Add("[\xff - A] [-AM] [ - ] [—]")
	f.Add("They [the North Korean\nleadership -- AM] [open\n \n] Stavka [Headquarters] Kim [Mu Chong] 26 [27]")
	f.Add("Они [ответ [экипажи [летчики - AM] - NO] - А.М.] [crews-AM] [a [b]\n\n] ]")
	f.Fuzz(func(t *testing.T, s string) {
		spans := FindSpans(s, 7, nil)
		for i, sp := range spans {
			// A nested span lies inside the span of one less depth
			// before it, or after a bracket never closed (an unbalanced
			// span shows only the rest of its line).
			if sp.Depth == 0 {
				continue
			}
			outer := false
			for _, o := range spans[:i] {
				if o.Start < sp.Start && (o.Depth == sp.Depth-1 && sp.End <= o.End || o.Class == Unbalanced) {
					outer = true
				}
			}
			if !outer && sp.Class != Unbalanced {
				t.Fatalf("span %+v at depth %d outside any span of %q", sp, sp.Depth, s)
			}
			if sp.SignDots && sp.Signer == "" {
				t.Fatalf("dots without a signer: %+v", sp)
			}
		}
		prev := 0
		for _, sp := range spans {
			if sp.Start < 7 || sp.End > 7+len(s) || sp.Start >= sp.End {
				t.Fatalf("bad offsets %+v for %q", sp, s)
			}
			if s[sp.Start-7:sp.End-7] != sp.Text {
				t.Fatalf("text %q is not s[%d:%d] of %q", sp.Text, sp.Start-7, sp.End-7, s)
			}
			if sp.Start < prev {
				t.Fatalf("spans out of order: %v", spans)
			}
			prev = sp.Start
			if utf8.ValidString(s) && !utf8.ValidString(sp.Inner) {
				t.Fatalf("inner %q not UTF-8", sp.Inner)
			}
		}
	})
}
