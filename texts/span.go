package texts

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

// SpanClass says what a bracketed span is.
type SpanClass string

const (
	Insertion   SpanClass = "insertion"   // translator's insertion signed with initials: [the leadership - AM]
	Gloss       SpanClass = "gloss"       // transliteration of the original word after its rendering: aircraft-fright [aviaboiazn']
	Translation SpanClass = "translation" // translation gloss of a foreign word or code name: Instantsia [Highest Authority]
	Expansion   SpanClass = "expansion"   // completion of an abbreviation inside a word: C[entral]
	Supplied    SpanClass = "supplied"    // text supplied by the editor: [To:], [A.I.] SHABSHIN
	Variant     SpanClass = "variant"     // a variant reading of a name: P'UNGGI [BUNKEI]
	DateNorm    SpanClass = "date"        // a normalised date: 26.9.50 [26 September 1950]
	CiteSpan    SpanClass = "citation"    // [Source: ...]
	Sic         SpanClass = "sic"
	Illegible   SpanClass = "illegible"
	Query       SpanClass = "query" // [?], a question mark of the editor
	Note        SpanClass = "note"  // anything else

	// Suspicions, never errors.
	Unbalanced     SpanClass = "unbalanced"      // a bracket without its pair
	FootnoteMarker SpanClass = "footnote-marker" // digits fused to a word or time: MDGS2, 8:101
	TooDeep        SpanClass = "too-deep"        // a bracket nested past MaxSpanDepth: what it holds is not read
)

// MaxSpanDepth bounds the nesting of spans that are read: an editor nests
// two or three brackets, and every level costs the length of the text it
// holds, so 16,000 brackets in a line would take minutes. The bracket that
// opens past it is a TooDeep suspicion; the brackets inside it still pair
// up, but are not spans.
const MaxSpanDepth = 32

// Suspicion reports the classes that flag a possible problem rather than
// an editorial span.
func (c SpanClass) Suspicion() bool { return c == Unbalanced || c == FootnoteMarker || c == TooDeep }

// Span is a bracketed span (or a suspicion) in a text.
type Span struct {
	Class SpanClass `json:"class"`
	Text  string    `json:"text"`  // as written, brackets included
	Inner string    `json:"inner"` // between the brackets; for an insertion, without the signature
	Start int       `json:"start"` // offsets in Source.Text
	End   int       `json:"end"`
	Pos   Pos       `json:"pos"`
	// Head is the word or words the span follows and refers to: the
	// rendering a gloss glosses, the abbreviation an expansion completes.
	Head string `json:"head,omitempty"`
	// Signer is the initials that sign an insertion ("AM"), SignMark the
	// separator as written before them (" - ", " -", "—").
	Signer   string `json:"signer,omitempty"`
	SignMark string `json:"sign_mark,omitempty"`
	// SignDots reports initials written with full stops ("A.M."): Signer
	// is "AM" either way, and a check may flag the form as a variant.
	SignDots bool `json:"sign_dots,omitempty"`
	// Depth is the number of brackets around the span: 0 for a span in
	// running text, 1 for a span inside another ("[a [b - AM] - NO]").
	Depth int `json:"depth,omitempty"`
}

// FindSpans finds the bracketed spans of s, which starts at offset base of
// src (src may be nil: positions are then left zero), and the suspicious
// digits fused to words and times. Spans are in the order of their start.
func FindSpans(s string, base int, src *Source) []Span {
	var out []Span
	var open []int // offsets of the '[' not yet closed
	add := func(sp Span) {
		sp.End = sp.Start + len(sp.Text)
		sp.Start += base
		sp.End += base
		if src != nil {
			sp.Pos = src.Pos(sp.Start)
		}
		out = append(out, sp)
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			if len(open) == MaxSpanDepth {
				add(Span{Class: TooDeep, Text: "[", Start: i, Depth: MaxSpanDepth})
			}
			open = append(open, i)
		case ']':
			if len(open) == 0 {
				add(Span{Class: Unbalanced, Text: "]", Start: i})
				continue
			}
			j := open[len(open)-1]
			open = open[:len(open)-1]
			if len(open) >= MaxSpanDepth {
				continue // inside a TooDeep bracket
			}
			// A nested span is part of the outer span's text and a span
			// of its own: an insertion inside an insertion has its own
			// signer.
			sp := classifySpan(s, j, i)
			sp.Depth = len(open)
			add(sp)
		case '\n':
			// A bracket goes on over a line break ("They [the North
			// Korean" / "leadership - AM] would") but never over a
			// paragraph break: what is open there stays unbalanced.
			if len(open) > 0 && blankLineAfter(s, i) {
				unclosed(open, add, s)
				open = open[:0]
			}
		}
	}
	unclosed(open, add, s)
	footnoteMarkers(s, add)
	sortSpans(out)
	return out
}

// unclosed reports the brackets still open, up to MaxSpanDepth of them:
// those past it are inside a TooDeep bracket already reported.
func unclosed(open []int, add func(Span), s string) {
	for _, j := range open[:min(len(open), MaxSpanDepth)] {
		add(Span{Class: Unbalanced, Text: restOfLine(s, j), Start: j})
	}
}

// blankLineAfter reports that the line after the line feed at s[i] is
// blank (or the text ends): a paragraph break.
func blankLineAfter(s string, i int) bool {
	for k := i + 1; k < len(s); k++ {
		switch s[k] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// restOfLine returns s from j to the end of its line: what an unclosed
// bracket shows.
func restOfLine(s string, j int) string {
	if k := strings.IndexByte(s[j:], '\n'); k >= 0 {
		return s[j : j+k]
	}
	return s[j:]
}

// sortSpans orders spans by their start. Closed spans come out innermost
// first, so nested brackets arrive in reverse: an insertion sort there was
// quadratic.
func sortSpans(spans []Span) {
	slices.SortStableFunc(spans, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
}

// classifySpan classifies the span s[j:k+1] ('[' at j, ']' at k) by its
// content and its neighbours.
func classifySpan(s string, j, k int) Span {
	sp := Span{Text: s[j : k+1], Inner: s[j+1 : k], Start: j}
	inner := strings.TrimSpace(sp.Inner)
	// Sic and illegible notes are short; a long insertion need not be
	// lower-cased to be told from them.
	lower := ""
	if len(inner) <= maxMarkNote {
		lower = strings.ToLower(inner)
	}
	before := s[:j]
	after := s[k+1:]
	prev := lastWord(before) // the word before the bracket, which most classes test
	switch {
	case hasPrefixFold(inner, "source:", "sources:", "источник:", "archive:", "архив:"):
		sp.Class = CiteSpan
	case isSic(lower):
		sp.Class = Sic
	case strings.Contains(lower, "illegib") || strings.Contains(lower, "unreadable") || strings.Contains(lower, "indecipherable") ||
		strings.Contains(lower, "неразб") || strings.Contains(lower, "нрзб") || strings.Contains(lower, "не разобран"):
		sp.Class = Illegible
	case inner != "" && strings.Trim(inner, "?! ") == "":
		sp.Class = Query
	case signInsertion(&sp):
		sp.Class = Insertion
	case endsWithLetter(before) || startsWithLetter(after):
		sp.Class = Expansion
		sp.Head = trailingLetters(before)
	case isDateText(inner):
		sp.Class = DateNorm
		sp.Head = prev
	case isNumber(inner) && isNumber(prev):
		// A number corrected by a number, 26 [27] September: another
		// reading of what is written, not a normalised date.
		sp.Class = Variant
		sp.Head = prev
	case hasPrefixFold(inner, "in russian translation", "in russian", "russian:", "in the original", "original", "russian original", "or:", "var.", "variant",
		"в оригинале", "оригинал", "в тексте", "также", "в переводе", "иначе"):
		sp.Class = Variant
		sp.Head = prev
	case isEditorialNote(inner):
		sp.Class = Note // [Signature], Stalin [handwritten], Kozlov [Ambassador]
	case isCapsWord(prev) && isCapsText(inner):
		sp.Class = Variant
		sp.Head = capsWordsBefore(before)
	case strings.HasSuffix(inner, ":") && strings.TrimSpace(before) == "":
		sp.Class = Supplied // [To:]
	case isInitials(strings.TrimSuffix(inner, ".")) && startsWithCapital(after, skipSpace(after, 0)):
		sp.Class = Supplied // [A.I.] SHABSHIN
		sp.Head = firstWordOf(after)
	case isTranslitGloss(inner) && prev != "":
		sp.Class = Gloss
		sp.Head = wordsBefore(before, len(strings.Fields(inner)))
	case startsLower(inner):
		sp.Class = Supplied // [the situation]
	case isNameCompletion(prev, inner):
		sp.Class = Supplied // Kim [Mu Chong]: the editor completes a name
		sp.Head = prev
	case isCapitalizedWord(prev) && startsUpper(inner):
		if len(strings.Fields(inner)) == 1 && !isEnglishNoun(inner) {
			sp.Class = Variant // Dal'nii [Dairen]
		} else {
			sp.Class = Translation // Instantsia [Highest Authority], Stavka [Headquarters]
		}
		sp.Head = prev
	default:
		sp.Class = Note
	}
	return sp
}

// editorialWords begin the notes an editor writes about the document
// itself (its signature, stamps, hand, state) or about a person in it,
// rather than a reading of the text: after a capitalised name they are not
// a variant of it.
var editorialWords = map[string]bool{
	"signature": true, "signed": true, "unsigned": true, "stamp": true, "seal": true, "handwritten": true,
	"handwriting": true, "deleted": true, "crossed": true, "struck": true, "underlined": true, "resolution": true,
	"typed": true, "missing": true, "omitted": true, "blank": true, "margin": true, "marginal": true,
	"pencil": true, "ink": true, "note": true, "notes": true, "translator's": true, "editor's": true, "editors'": true,
	"continued": true, "end": true, "page": true, "text": true, "rest": true, "see": true, "cf.": true, "torn": true,
	"подпись": true, "подписано": true, "печать": true, "штамп": true, "резолюция": true, "зачеркнуто": true,
	"подчеркнуто": true, "пометка": true, "приписка": true, "примечание": true, "прим.": true, "далее": true,
	"текст": true, "сноска": true, "карандашом": true, "чернилами": true, "см.": true,
}

// roleWords, alone in brackets after a name, say who the person is:
// Kozlov [Ambassador].
var roleWords = map[string]bool{
	"ambassador": true, "comrade": true, "general": true, "marshal": true, "minister": true, "colonel": true,
	"chairman": true, "premier": true, "secretary": true, "посол": true, "товарищ": true, "генерал": true,
	"маршал": true, "министр": true, "полковник": true, "председатель": true, "секретарь": true,
}

// isEditorialNote: the first word of the span is an editor's word.
func isEditorialNote(inner string) bool {
	w := inner
	if i := strings.IndexAny(w, " :,"); i >= 0 {
		w = w[:i]
	}
	lower := strings.ToLower(w)
	return len(w) <= 24 && (editorialWords[lower] || roleWords[lower] && len(w) == len(inner) ||
		hasPrefixFold(inner, "от руки", "на полях", "in the margin"))
}

// maxMarkNote bounds the sic and illegible notes: "[two lines
// illegible]", "[так в тексте]".
const maxMarkNote = 120

func hasPrefixFold(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

func isSic(lower string) bool {
	switch strings.Trim(lower, "!. ") {
	case "sic", "так в тексте", "так в документе", "так в оригинале", "так!":
		return true
	}
	return false
}

// signInsertion recognises a signed insertion, "the North Korean
// leadership - AM", and fills Inner, Signer and SignMark.
func signInsertion(sp *Span) bool {
	inner := strings.TrimRight(sp.Inner, " ")
	// The signature: initials in capitals with optional full stops, or
	// an editor's mark.
	sigStart := len(inner)
	for _, mark := range []string{"Прим. ред.", "Прим. пер.", "Ред.", "ред.", "Пер.", "пер.", "Ed.", "ed.", "Eds.", "eds.", "Trans.", "trans.", "Tr.", "transl."} {
		if strings.HasSuffix(inner, mark) {
			sigStart = len(inner) - len(mark)
			break
		}
	}
	if sigStart == len(inner) {
		letters := 0
		for sigStart > 0 {
			r, n := utf8.DecodeLastRuneInString(inner[:sigStart])
			if unicode.IsUpper(r) {
				letters++
			} else if r != '.' {
				break
			}
			sigStart -= n
		}
		if letters == 0 || letters > 4 {
			return false
		}
	}
	signer := inner[sigStart:]
	// The separator: a dash with or without spaces.
	m := sigStart
	for m > 0 && inner[m-1] == ' ' {
		m--
	}
	// One dash or a run of them: " - ", " -- ", "—".
	dashes := 0
	for m > 0 {
		r, n := utf8.DecodeLastRuneInString(inner[:m])
		if !(r == '-' || r == '–' || r == '—') {
			break
		}
		m -= n
		dashes++
	}
	if dashes == 0 || dashes > 3 {
		return false
	}
	for m > 0 && inner[m-1] == ' ' {
		m--
	}
	text := strings.TrimSpace(inner[:m])
	if text == "" {
		return false
	}
	sp.SignMark = inner[m:sigStart]
	sp.Signer = strings.ReplaceAll(signer, ".", "")
	sp.SignDots = sp.Signer != signer
	if strings.ContainsFunc(signer, unicode.IsLower) {
		sp.Signer = signer // an editor's mark stays as written
		sp.SignDots = false
	}
	sp.Inner = text
	return true
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// trailingLetters returns the letters at the end of s.
func trailingLetters(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

// isHeadWordRune reports the runes of the word a bracket follows or a dash
// precedes: besides letters and digits, the hyphens, apostrophes, dots,
// slashes and colons of codes, dates and transliterations (8:10, 14.3.51).
func isHeadWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '.' || r == '/' || r == ':'
}

// lastWord returns the word before the spaces at the end of s.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isHeadWordRune(r) {
			break
		}
		i -= n
	}
	return strings.Trim(s[i:], ".,:")
}

// wordsBefore returns the last n words of s.
func wordsBefore(s string, n int) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	end := len(s)
	start := end
	for ; n > 0; n-- {
		w := lastWord(s[:start])
		if w == "" {
			break
		}
		start = strings.LastIndex(s[:start], w)
		if start < 0 {
			return lastWord(s)
		}
	}
	return s[start:end]
}

// capsWordsBefore returns the run of words in capitals at the end of s:
// the name a variant reads differently.
func capsWordsBefore(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	start := len(s)
	for {
		w := lastWord(s[:start])
		if !isCapsWord(w) {
			break
		}
		start = strings.LastIndex(s[:start], w)
		rest := strings.TrimRightFunc(s[:start], unicode.IsSpace)
		if len(rest) == start {
			break
		}
	}
	return s[start:]
}

// isCapsWord: a word of two letters or more, all capitals.
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func isCapsText(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isCapsWord(strings.Trim(w, ",.;")) {
			return false
		}
	}
	return s != ""
}

func isCapitalizedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !isCapsWord(w)
}

// isDateText recognises a written-out date: "26 September 1950",
// "September 26, 1950", "26 сентября 1950 г.".
func isDateText(s string) bool {
	return len(s) <= 40 && strings.ContainsAny(s, "0123456789") && reDateLine.MatchString(s) &&
		!isNumber(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), "/", ""))
}

// surnames are the Korean and Chinese family names an editor completes
// with the given name: Kim [Mu Chong], Пак [Хон Ен].
var surnames = map[string]bool{
	"Kim": true, "Pak": true, "Park": true, "Li": true, "Lee": true, "Ri": true, "Choe": true, "Choi": true,
	"Ch'oe": true, "Kang": true, "Mu": true, "Ho": true, "Chu": true, "Han": true, "Mao": true, "Zhou": true,
	"Chou": true, "Peng": true, "Gao": true, "Kao": true, "Lin": true, "Liu": true, "Nie": true, "Zhu": true,
	"Chen": true, "Wang": true, "Zhang": true,
	"Ким": true, "Пак": true, "Ли": true, "Цой": true, "Чой": true, "Кан": true, "Му": true, "Хо": true,
	"Мао": true, "Чжоу": true, "Пэн": true, "Гао": true, "Линь": true, "Лю": true, "Не": true, "Чжу": true,
}

// isNameCompletion: a family name, then in brackets one to three short
// capitalised syllables, the given name: Kim [Mu Chong], Pak [Hon-yong].
func isNameCompletion(head, inner string) bool {
	if !surnames[head] {
		return false
	}
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
		for _, part := range strings.Split(w, "-") {
			if n := utf8.RuneCountInString(part); n == 0 || n > 6 || strings.ContainsFunc(part, func(r rune) bool {
				return !unicode.IsLetter(r) && r != '\'' && r != '’'
			}) {
				return false
			}
		}
	}
	return true
}

// englishNouns are the words a translation of a code word or an
// institution is made of; a place name read differently (Dal'nii
// [Dairen]) is none of them.
var englishNouns = map[string]bool{
	"headquarters": true, "authority": true, "command": true, "staff": true, "committee": true, "council": true,
	"bureau": true, "ministry": true, "directorate": true, "department": true, "administration": true,
	"office": true, "government": true, "commission": true, "secretariat": true, "front": true, "army": true,
	"fleet": true, "navy": true, "centre": true, "center": true, "service": true, "union": true, "party": true,
	"assembly": true, "presidium": true, "instance": true, "leadership": true, "boss": true, "master": true,
	"friend": true, "director": true, "chief": true, "host": true, "neighbour": true, "neighbor": true,
	"storm": true, "thunder": true, "lightning": true, "eagle": true, "falcon": true, "star": true,
}

// isEnglishNoun: a capitalised English word that translates a code word
// or a title: Stavka [Headquarters], Khoziain [Master].
func isEnglishNoun(w string) bool {
	lower := strings.ToLower(strings.Trim(w, ".,;"))
	if englishNouns[lower] {
		return true
	}
	for _, suffix := range []string{"quarters", "tion", "ment", "ity", "ship", "ness", "ance", "ence", "ate", "ure"} {
		if len(lower) > len(suffix)+2 && strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

// isFunctionWord reports the English words a transliteration never is.
func isFunctionWord(w string) bool { return lex.FunctionWords[w] || w == "i.e." || w == "e.g." }

// translitMarks are letter groups that English rarely has and romanised
// Russian often does.
var translitMarks = []string{"'", "’", "zh", "kh", "shch", "sh", "ch", "ts", "iu", "ia", "yu", "ya", "ii", "yi", "yo", "ye", "iy", "ei", "oi", "ui"}

// isTranslitGloss: one to three small Latin words that look romanised.
func isTranslitGloss(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	marks := 0
	for _, w := range words {
		if isFunctionWord(w) {
			return false
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r == '\'' || r == '’' || r == '-') {
				return false
			}
		}
		for _, m := range translitMarks {
			if strings.Contains(w, m) {
				marks++
				break
			}
		}
	}
	return marks > 0
}

// footnoteMarkers finds digits fused to a word ("MDGS2") and times with
// impossible minutes ("8:101", a footnote marker after "8:10"). They are
// suspicions for an editor, never errors.
func footnoteMarkers(s string, add func(Span)) {
	// Only tokens with a digit matter: jump from digit to digit and read
	// the token around each, instead of reading every word.
	floor := 0 // the end of the last token read: the next begins after it
	for i := 0; i < len(s); {
		k := nextDigitOrSuperscript(s, i)
		if k < 0 {
			return
		}
		if !isDigit(s[k]) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !isSuperscriptDigit(r) || k == 0 {
				i = k + n
				continue
			}
			end := k
			for end < len(s) {
				r, n := utf8.DecodeRuneInString(s[end:])
				if !isSuperscriptDigit(r) {
					break
				}
				end += n
			}
			add(Span{Class: FootnoteMarker, Text: s[k:end], Inner: s[k:end], Start: k, Head: lastWord(s[:k])})
			i, floor = end, end
			continue
		}
		// The token of letters and digits (with a time's colon) around
		// the digit.
		start := k
		for start > floor {
			r, n := utf8.DecodeLastRuneInString(s[:start])
			if !(isTokenRune(r) || r == ':' && start < len(s) && isDigit(s[start]) && start-1 > 0 && isDigit(s[start-2])) {
				break
			}
			start -= n
		}
		end := k
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !(isTokenRune(r) || (r == ':' && end+1 < len(s) && isDigit(s[end+1]) && end > start && isDigit(s[end-1]))) {
				break
			}
			end += n
		}
		i, floor = end, end
		// Skip tokens glued to a hyphen or slash: YAK-9, 8D/GS, 1298/sh.
		if start > 0 && (s[start-1] == '-' || s[start-1] == '/') || end < len(s) && (s[end] == '-' || s[end] == '/') {
			continue
		}
		if sp, ok := fusedDigits(s[start:end]); ok {
			sp.Start += start
			add(sp)
		}
	}
}

// isTokenRune: letters and digits make the tokens footnoteMarkers reads.
func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nextDigitOrSuperscript returns the offset of the first ASCII digit or
// possible superscript digit at or after i, or -1.
func nextDigitOrSuperscript(s string, i int) int {
	for ; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			return i
		}
		// ¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ and ⁴-⁹ are E2 81 B0-B9.
		if (c == 0xC2 || c == 0xE2) && i+1 < len(s) && (s[i+1] == 0xB9 || s[i+1] == 0xB2 || s[i+1] == 0xB3 || s[i+1] == 0x81) {
			return i
		}
	}
	return -1
}

func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || (r >= '⁰' && r <= '⁹' && r != 'ⁱ' && r != '⁲' && r != '⁳')
}

// fusedDigits checks one token: letters then digits ("MDGS2"), or a time
// whose minutes run to three digits or past 59 ("8:101").
func fusedDigits(tok string) (Span, bool) {
	if c := strings.IndexByte(tok, ':'); c > 0 {
		h, m := tok[:c], tok[c+1:]
		if isNumber(h) && isNumber(m) && len(h) <= 2 && len(m) >= 3 {
			return Span{Class: FootnoteMarker, Text: tok, Inner: m[2:], Start: 0, Head: tok[:c+3]}, true
		}
		return Span{}, false
	}
	// Letters, then one to three digits at the end.
	d := len(tok)
	for d > 0 && isDigit(tok[d-1]) {
		d--
	}
	if d == len(tok) || d == 0 || len(tok)-d > 3 {
		return Span{}, false
	}
	letters := tok[:d]
	n := 0
	for _, r := range letters {
		if !unicode.IsLetter(r) {
			return Span{}, false // digits inside: a code like P78A2
		}
		n++
	}
	if n < 2 {
		return Span{}, false // P78, B29: a code
	}
	return Span{Class: FootnoteMarker, Text: tok, Inner: tok[d:], Start: 0, Head: letters}, true
}

// firstWordOf returns the first word of s after its spaces.
func firstWordOf(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isHeadWordRune(r) {
			break
		}
		i += n
	}
	return strings.Trim(s[:i], ".,:")
}

// hasDigitOrSuperscript is the cheap test before footnoteMarkers looks at
// every word: most sentences have no digits at all.
func hasDigitOrSuperscript(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			return true
		}
		// ¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ and ⁴-⁹ are E2 81 B0-B9.
		if (c == 0xC2 || c == 0xE2) && i+1 < len(s) && (s[i+1] == 0xB9 || s[i+1] == 0xB2 || s[i+1] == 0xB3 || s[i+1] == 0x81) {
			return true
		}
	}
	return false
}
