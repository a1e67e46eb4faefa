package texts

import (
	"bufio"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds are the offsets of one segment in the text it was found in:
// text[Start:End], with no white space at either end.
type Bounds struct {
	Start, End int
}

// Sentences yields the sentences of text in order. Between two sentences
// there is only white space, so the sentences and the gaps between them
// join back to the text.
//
// The rules are written for archival telegrams and their translations:
// abbreviations (Gen., No., Sept., a.m., U.S.; г., тов., т.е., и т.д., с.г.),
// initials (A.M. Vasilevsky, Козлову А.П.), dates and times (26.9.50, 8:10,
// 20.55), ellipses, sentence ends inside quotes and brackets, list items
// (a line starting "1." or "–" starts a segment and the marker belongs to
// it), lines in capitals, and square-bracketed insertions, which never hold
// a boundary. Chinese and Japanese sentences end at 。！？ (isCJKStop),
// with no space after them. A line break inside a paragraph is a boundary after
// sentence-final punctuation, a colon or a semicolon, before a list item and
// around a line in capitals; elsewhere it is a soft wrap.
//
// lang names the language of the text; LangAuto reads it from the
// script (Cyrillic or Latin letters, whichever are more). A word is looked
// up in the abbreviations of its own script, so an English translation
// quoting a Russian citation reads "Ф. 3. Оп. 65." by the Russian rules;
// the language decides the words whose letters look alike in both scripts
// (see lookupAbbr).
func Sentences(text string, lang Lang) iter.Seq[Bounds] {
	if lang == LangAuto {
		lang = scriptLang(text)
	}
	return func(yield func(Bounds) bool) {
		for pos := 0; ; {
			b, ok := nextSentence(text, pos, lang, true)
			if !ok || !yield(b) {
				return
			}
			pos = b.End
		}
	}
}

// ScanSentences returns a bufio.SplitFunc that splits a stream into
// sentences by the rules of Sentences, for text too large to hold at once.
// Tokens are trimmed; the white space between them is skipped.
func ScanSentences(lang Lang) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		// Look at a window of the buffer: a sentence decided well before
		// the window's end needs no more text.
		const lookahead = 512
		for w := min(len(data), 4096); ; w = min(len(data), 2*w) {
			final := atEOF && w == len(data)
			s := string(data[:w])
			l := lang
			if l == LangAuto {
				l = scriptLang(s)
			}
			b, ok := nextSentence(s, 0, l, final)
			if ok && (final || b.End+lookahead <= w) {
				return b.End, data[b.Start:b.End], nil
			}
			if !ok && final {
				return len(data), nil, nil // only white space left
			}
			if w == len(data) {
				return 0, nil, nil // ask for more
			}
		}
	}
}

// candidate marks the bytes where a sentence may end: the ASCII
// terminators, a line feed, the first byte of "…", the first bytes of the
// Chinese and Japanese terminators (。, ！ ？ ｡) and the bracket that opens
// an insertion.
var candidate = func() (t [256]bool) {
	for _, c := range []byte(".!?\n[\xe2\xe3\xef") {
		t[c] = true
	}
	return t
}()

// nextSentence finds the sentence that begins at or after from. final
// says that text ends there; otherwise a sentence running to the end of
// text is not returned.
func nextSentence(text string, from int, lang Lang, final bool) (Bounds, bool) {
	start := skipSpace(text, from)
	if start >= len(text) {
		return Bounds{}, false
	}
	i := start + listMarkerLen(text, start)
	noClose := -1 // brackets opened before this offset have no pair on their line
	for i < len(text) {
		c := text[i]
		if !candidate[c] {
			i++
			continue
		}
		switch c {
		case '[':
			// An insertion closed on the same line is never split.
			if i >= noClose {
				if j := closingBracket(text, i); j > 0 {
					i = j + 1
					continue
				}
				noClose = len(text)
				if nl := strings.IndexByte(text[i:], '\n'); nl >= 0 {
					noClose = i + nl
				}
			}
			i++
		case '\n':
			if end, ok := lineBreakEnds(text, start, i); ok {
				return Bounds{start, end}, true
			}
			i++
		case 0xe3, 0xef:
			r, n := utf8.DecodeRuneInString(text[i:])
			if isCJKStop(r) {
				return Bounds{start, cjkStopEnd(text, i)}, true
			}
			i += n
		case 0xe2:
			if !isEllipsisAt(text, i) {
				i++
				continue
			}
			fallthrough
		default: // . ! ?
			end, next, ok := terminatorEnds(text, start, i, lang)
			if ok {
				return Bounds{start, end}, true
			}
			i = next
		}
	}
	if !final {
		return Bounds{}, false
	}
	return Bounds{start, trimRight(text, start, len(text))}, true
}

// isCJKStop reports whether r ends a sentence of Chinese or Japanese:
// 。 ！ ？ and the halfwidth ｡. No space follows them, and no capital
// tells a sentence from the next, so they end a sentence wherever they
// stand. Chinese keeps … for a pause within the sentence.
func isCJKStop(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '｡' }

// cjkStopEnd is the end of the sentence whose terminator is at i: after
// the run of terminators and the closing quotes and brackets after them
// (“我不去。”他说。 ends after ”). “, which closes a German quotation,
// opens a Chinese one.
func cjkStopEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		closer := isCloser(r) && r != '“' || isCJKCloser(r)
		if !isCJKStop(r) && r != '!' && r != '?' && !closer {
			break
		}
		i += n
	}
	return i
}

func isCJKCloser(r rune) bool {
	switch r {
	case '」', '』', '）', '】', '〕', '〉', '》', '〗', '］', '｝', '｣':
		return true
	}
	return false
}

// isCJKLetter reports whether r is a letter of Chinese or Japanese, which
// a sentence may begin with right after the one before ends.
func isCJKLetter(r rune) bool {
	return r >= 0x2e80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

func isEllipsisAt(text string, i int) bool {
	return i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xa6
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// trimRight returns the end of text[start:end] without trailing space.
func trimRight(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// closingBracket returns the offset of the ']' closing the '[' at i on the
// same line, or -1.
func closingBracket(text string, i int) int {
	depth := 0
	for j := i; j < len(text); j++ {
		switch text[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// isCloser reports runes that may follow a sentence's final punctuation
// and still belong to the sentence.
func isCloser(r rune) bool {
	switch r {
	case '»', '"', '”', '’', '\'', ')', ']', '›', '“':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '«', '"', '“', '„', '(', '[', '‘', '\'', '‹':
		return true
	}
	return false
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‒' || r == '•' }

// terminatorEnds decides whether the punctuation at i ends the sentence
// that began at start. It returns the end of the sentence, or where to go
// on looking.
func terminatorEnds(text string, start, i int, lang Lang) (end, next int, ok bool) {
	// The run of final punctuation and closers.
	j := i
	onlyStop := true // the run is a single full stop (no ?, !, …)
	stops := 0
	marks := 0 // ? and !
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == '.':
			stops++
		case r == '!' || r == '?':
			marks++
			onlyStop = false
		case r == '…':
			onlyStop = false
		case isCloser(r):
		default:
			goto done
		}
		j += n
	}
done:
	if stops > 1 {
		onlyStop = false // an ellipsis written with full stops
	}
	if j >= len(text) {
		return j, j, true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsSpace(r) {
		if marks > 0 && isCJKLetter(r) {
			return j, j, true // 你好吗?我很好: Chinese with ASCII marks
		}
		return 0, j, false // 26.9.50, U.S., a.m., 8.10, "?»,"
	}
	k := skipSpace(text, j)
	if k >= len(text) {
		return j, k, true
	}
	if blankLineBetween(text, j, k) || (hasNewline(text, j, k) && listMarkerLen(text, k) > 0) {
		return j, k, true
	}
	if onlyStop && !stopEnds(text, start, i, k, lang) {
		return 0, j, false
	}
	if !startsSentence(text, k) {
		return 0, j, false
	}
	return j, k, true
}

// stopEnds looks at the word before the full stop at i: abbreviations,
// initials and list numbers hold the sentence open.
func stopEnds(text string, start, i, next int, lang Lang) bool {
	w := wordBefore(text, start, i)
	if w == "" {
		return true
	}
	class := lookupAbbr(w, lang)
	if h := strings.LastIndexByte(w, '-'); class == notAbbr && h >= 0 && h+1 < len(w) {
		// "16-Oct." is an abbreviation after a hyphen.
		if c := lookupAbbr(w[h+1:], lang); c != notAbbr {
			w, class = w[h+1:], c
		}
	}
	if class == endAbbr && isInitials(w) {
		// "A.M." after a time is a.m.; elsewhere it is initials.
		prev := wordBefore(text, start, trimRight(text, start, i-len(w)))
		if prev == "" || !isDigit(prev[len(prev)-1]) {
			class = notAbbr
		}
	}
	if (w == "д" || w == "п") && strings.HasSuffix(text[max(start, i-len(w)-8):i-len(w)], "и т. ") {
		class = endAbbr // "и т. д." written with a space
	}
	switch class {
	case prefixAbbr:
		return false
	case endAbbr:
		return startsWithCapital(text, next)
	case yearAbbr:
		// г. after a year or a date may end a sentence.
		// A date that opens the sentence ("26.9.50 г. КИМ ИР СЕН принял")
		// does not end it.
		ps := trimRight(text, start, i-len(w))
		prev := wordBefore(text, start, ps)
		if prev == "" || !isDigit(prev[len(prev)-1]) || trimRight(text, start, ps-len(prev)) == start {
			return false
		}
		return startsWithCapital(text, next)
	}
	if isInitials(w) {
		// Initials end a sentence only after the surname they follow
		// ("тов. Козлову А.П. Однако ответа нет.").
		ws := i - len(w)
		prev := wordBefore(text, start, trimRight(text, start, ws))
		if ws == start || prev == "" || prev == w || titles[prev] || isInitialAt(text, next) {
			return false
		}
		pr, _ := utf8.DecodeRuneInString(prev)
		lr, _ := utf8.DecodeLastRuneInString(prev)
		return unicode.IsUpper(pr) && unicode.IsLetter(lr) && lookupAbbr(prev, lang) == notAbbr && startsWithCapital(text, next)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r) && utf8.RuneCountInString(w) == 1 {
		return false // a single small letter: p., т., д.
	}
	if isNumber(w) {
		// A citation: "Ф. 3. Оп. 65. Д. 827." goes on while the next word
		// is an archive abbreviation too.
		prev := wordBefore(text, start, trimRight(text, start, i-len(w)))
		if archiveAbbr[strings.TrimSuffix(prev, ".")] && archiveAbbr[wordBefore(text, next, dotAfterWord(text, next))] {
			return false
		}
		// An inline list: "as follows: 1. The pullout".
		ws := i - len(w)
		p := trimRight(text, start, ws)
		if p > start && len(w) <= 2 {
			if c := text[p-1]; c == ':' || c == ';' {
				return false
			}
		}
	}
	return true
}

// wordBefore returns the word (letters, digits, inner full stops and
// hyphens) that ends at i.
func wordBefore(text string, start, i int) string {
	j := i
	// Words worth looking at are short; the bound keeps a long run of
	// letters and full stops from making the scan quadratic.
	start = max(start, i-maxWordBefore)
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' || r == '’') {
			break
		}
		j -= n
	}
	w := text[j:i]
	for len(w) > 0 && (w[0] == '.' || w[0] == '-' || w[0] == '\'') {
		w = w[1:]
	}
	return w
}

// titles stand before initials: "Comrade A.P. Kozlov".
var titles = map[string]bool{
	"Comrade": true, "Comrades": true, "General": true, "Colonel": true, "Marshal": true, "Ambassador": true,
	"Minister": true, "Товарищ": true, "Товарищу": true, "Товарища": true, "Товарищам": true,
	"Маршал": true, "Генерал": true, "Посол": true, "Министр": true, "Полковник": true,
}

// archiveAbbr are the parts of an archive citation.
var archiveAbbr = map[string]bool{
	"Ф": true, "Оп": true, "Д": true, "Л": true, "Лл": true, "ф": true, "оп": true, "д": true, "л": true, "лл": true,
	"F": true, "Op": true, "D": true, "L": true, "Ll": true, "f": true, "op": true, "d": true, "l": true, "ll": true,
}

// dotAfterWord returns the offset of the full stop that ends the word at
// k, or k when the word has none.
func dotAfterWord(text string, k int) int {
	for j := k; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '.' {
			return j
		}
		if !unicode.IsLetter(r) {
			return k
		}
		j += n
	}
	return k
}

// isInitialAt reports a capital letter and a full stop at k: "Y." in
// "A. Y. Mansourov".
func isInitialAt(text string, k int) bool {
	r, n := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(r) && k+n < len(text) && text[k+n] == '.'
}

const maxWordBefore = 48

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

func startsWithCapital(text string, k int) bool {
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if isOpener(r) {
			k += n
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

// startsSentence reports whether the text at k can begin a sentence: a
// capital, a digit, an opening quote or bracket before one, a list marker,
// a dash before a capital. A small letter continues the sentence.
func startsSentence(text string, k int) bool {
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		switch {
		case isOpener(r) || isDash(r) || r == ' ':
			k += n
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return true
		case unicode.IsLower(r):
			return false
		}
		return r == '#' || r == '№' || r == '*' || r == '…'
	}
	return false
}

func hasNewline(text string, i, j int) bool {
	for ; i < j; i++ {
		if text[i] == '\n' {
			return true
		}
	}
	return false
}

// blankLineBetween reports two line feeds in text[i:j].
func blankLineBetween(text string, i, j int) bool {
	n := 0
	for ; i < j; i++ {
		if text[i] == '\n' {
			n++
		}
	}
	return n >= 2
}

// lineBreakEnds decides whether the line feed at i ends the sentence that
// began at start, for a line that does not end with . ! ? or … (those are
// decided by terminatorEnds).
func lineBreakEnds(text string, start, i int) (int, bool) {
	end := trimRight(text, start, i)
	if end == start {
		return 0, false
	}
	k := skipSpace(text, i)
	if k >= len(text) || blankLineBetween(text, i, k) || listMarkerLen(text, k) > 0 {
		return end, true
	}
	var last rune
	for p := end; p > start; {
		r, n := utf8.DecodeLastRuneInString(text[start:p])
		if !isCloser(r) {
			last = r
			break
		}
		p -= n
	}
	switch last {
	case ':', ';':
		return end, true
	case '.', '!', '?', '…':
		// terminatorEnds has already said no: an abbreviation or a small
		// letter follows.
		return 0, false
	}
	lineStart := start
	for p := i - 1; p > start; p-- {
		if text[p] == '\n' {
			lineStart = p + 1
			break
		}
	}
	if inCapitals(text[lineStart:i]) || inCapitals(lineAt(text, k)) {
		return end, true
	}
	return 0, false
}

// lineAt returns the line that begins at k, without its line feed.
func lineAt(text string, k int) string {
	for j := k; j < len(text); j++ {
		if text[j] == '\n' {
			return text[k:j]
		}
	}
	return text[k:]
}

// inCapitals reports a short line with letters, all of them capitals: a
// signature, a stamp, a heading.
func inCapitals(line string) bool {
	if len(line) > 120 {
		return false
	}
	capitals := 0
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		// Only letters of a script with capitals count: Chinese and
		// Japanese have no small letters, and a line of them is no
		// signature.
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			capitals++
		}
	}
	return capitals >= 2
}

// listMarkerLen returns the length of the list marker at k ("1. ", "12) ",
// "а) ", "– ", "- ", "• ") including the space after it, or 0.
func listMarkerLen(text string, k int) int {
	j := k
	for j < len(text) && j-k < 3 && isDigit(text[j]) {
		j++
	}
	if j > k {
		if j < len(text) && (text[j] == '.' || text[j] == ')') && j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\t') {
			return j + 2 - k
		}
		return 0
	}
	// Roman numerals: "II. Положение на фронте".
	for j < len(text) && j-k < 6 && strings.IndexByte("IVXLC", text[j]) >= 0 {
		j++
	}
	if j > k && j+1 < len(text) && text[j] == '.' && text[j+1] == ' ' {
		return j + 2 - k
	}
	r, n := utf8.DecodeRuneInString(text[k:])
	if isDash(r) || r == '*' {
		if k+n < len(text) && (text[k+n] == ' ' || text[k+n] == '\t') {
			return n + 1
		}
		return 0
	}
	if unicode.IsLower(r) && k+n+1 < len(text) && text[k+n] == ')' && text[k+n+1] == ' ' {
		return n + 2
	}
	return 0
}

func decodeAt(text string, i int) (rune, int) { return utf8.DecodeRuneInString(text[i:]) }
