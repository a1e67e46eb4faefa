package texts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineClass is what one line of a document is, before sentences.
type lineClass uint8

const (
	proseLine    lineClass = iota // running text, to be split into sentences
	headerLine                    // a telegram or memo header line
	citationLine                  // an archive citation
	headingLine                   // an item heading: "#73. - Questions of Korea."
	distLine                      // the start of a distribution list: "Рассылка:", "Distribution List:"
	noteLine                      // only an editor's note in brackets: "[Signature illegible]"
)

// maxHeaderLine: header lines are short; long lines are prose.
const maxHeaderLine = 240

// maxDateLine bounds a line that is only a number, a date or a time
// ("№ 1298/ш", "«26» сентября 1950 года", "20.55 по московскому
// времени"): longer lines skip those patterns, and so do number lines of
// more than three words and date lines of more than four (what the
// patterns allow).
const maxDateLine = 100

var (
	reCitationEN    = regexp.MustCompile(`^(?:\[?\s*(Source|Sources|Archive)\s*:|(APRF|AP RF|AVP RF|AVPRF|RGASPI|GARF|TsAMO|RGANI|RGVA|RGAE|RTsKhIDNI|TsKhSD|TsA FSB)\b[,.])`)
	reCitationRU    = regexp.MustCompile(`^(?:\[?\s*(Источник|Архив)\s*:|(АПРФ|АП РФ|АВП РФ|АВПРФ|РГАСПИ|ГАРФ|ЦАМО|ЦАМО РФ|РГАНИ|РГВА|РГАЭ|РЦХИДНИ|ЦХСД|ЦА ФСБ)[,. ])`)
	reCitationFonds = regexp.MustCompile(`(^|\s)(Ф|ф|F|f)\.\s*[\dА-ЯA-Z-]+.*\s(Оп|оп|Op|op)\.\s*\d+.*\s(Д|д|D|d)\.\s*\d+|(?i)\bfond\s+\d+.*\bopis\s+\d+.*\bdelo\s+\d+`)
	reItemHeading   = regexp.MustCompile(`^(#|№\s*|No\.\s*)?\d{1,4}\.\s*[-–—]\s+\S`)
	reNumberLine    = regexp.MustCompile(`^(No\.|Nos\.|Nr\.|N|№|#)\s*[\p{L}\d][\p{L}\d/\-.]*(\s*[\p{L}\d/\-]+)?\.?$`)
	reDateLine      = regexp.MustCompile(`(?i)^(["«“]?\d{1,2}["»”]?\s+(` + monthNames + `)\s+\d{4}(\s*(г\.?|года))?|(` + monthNames + `)\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}(\s*г\.?)?)\.?$`)
	reTimeLine      = regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}(?:\s*(a\.?m\.?|p\.?m\.?)?,?\s+(\p{L}+\s+)?time|\s+по\s+.*времени)$`)
	reDistCont      = regexp.MustCompile(`^(?:[^,;:]{1,60}?\s*[-–—]\s*\d+\s*[,.;]?\s*)+$`)
	reSeparator     = regexp.MustCompile(`^(?:(\*\s*){3,}|[-_=~]{3,})$`)
)

// The line patterns with their prefilters.
var (
	lpCitationEN    = newLinePattern(reCitationEN)
	lpCitationRU    = newLinePattern(reCitationRU)
	lpCitationFonds = newLinePattern(reCitationFonds)
	lpItemHeading   = newLinePattern(reItemHeading)
	lpNumberLine    = newLinePattern(reNumberLine)
	lpDateLine      = newLinePattern(reDateLine)
	lpTimeLine      = newLinePattern(reTimeLine)
	lpDistCont      = newLinePattern(reDistCont)
	lpSeparator     = newLinePattern(reSeparator)
)

const monthNames = `january|february|march|april|may|june|july|august|september|october|november|december|` +
	`jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|` +
	`января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|` +
	`январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь`

// headerStarts are the first words of header lines, written as in the
// texts. The value is the most words the line may have (0: any).
var headerStarts = map[string]int{
	// English
	"Sent": 0, "Received": 0, "Arrived": 0, "Deciphered": 0, "Decoded": 0, "Typed": 0, "Dispatched": 0,
	"Transmitted": 0, "Encoded": 0, "Ciphered": 14, "Enclosure": 12, "Enclosures": 12, "Attachment": 12,
	"Extract": 0, "Secretary": 8, "Instantsia": 4, "Respectfully": 10, "Sincerely": 10, "Copies": 0,
	"Copy": 4, "Cc": 0,
	// Russian
	"Отправлено": 0, "Отправлена": 0, "Отправил": 0, "Поступило": 0, "Поступила": 0, "Получено": 0,
	"Получена": 0, "Принято": 0, "Принята": 0, "Расшифровал": 0, "Расшифровала": 0, "Расшифровано": 0,
	"Размножено": 0, "Отп": 0, "Отпечатано": 0, "Отпечатал": 0, "Отпечатала": 0, "Приложение": 12,
	"Экз": 4, "Шифртелеграмма": 4, "Спецсообщение": 4,
	"Выписка": 0, "Секретарь": 8, "Инстанция": 4, "Копии": 0, "Копия": 4, "Зашифровал": 0,
	"Исх": 0, "Вх": 0,
}

// distStarts begin a distribution list, which may go on over the lines
// that follow.
var distStarts = map[string]bool{
	"Distribution": true, "Рассылка": true, "Разослано": true, "Разосланы": true, "Список": false,
}

// stamps are whole header lines (compared in lower case, without a final
// full stop).
var stamps = map[string]bool{
	"top secret": true, "secret": true, "strictly secret": true, "absolutely secret": true, "extremely urgent": true,
	"urgent": true, "very urgent": true, "personal": true, "special file": true, "of special importance": true,
	"совершенно секретно": true, "секретно": true, "весьма срочно": true, "срочно": true, "особая папка": true,
	"лично": true, "особой важности": true, "сов. секретно": true, "сов.секретно": true, "только лично": true, "строго секретно": true, "вне очереди": true,
	"moscow, kremlin": true, "москва, кремль": true, "с уважением": true, "with respect": true,
}

// maxStampLen is the length of the longest stamp: longer lines are not
// lower-cased to be looked up.
var maxStampLen = func() int {
	n := 0
	for s := range stamps {
		n = max(n, len(s))
	}
	return n
}()

// firstWord returns the first word of a line (letters and digits), and
// the rest of the line.
func firstWord(line string) (string, string) {
	i := 0
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += n
	}
	return line[:i], line[i:]
}

// wordCount counts the words of a line, without allocating, up to
// maxWordCount: every test of a line's length in words asks about fewer,
// and a paragraph need not be read to its end to be called long.
func wordCount(line string) int {
	n := 0
	cjk := 0 // letters of Chinese and Japanese, written without spaces
	inWord := false
	for i := 0; i < len(line) && n+cjk/2 < maxWordCount; i++ {
		if line[i] >= 0xe2 {
			// A Chinese word is one or two characters: each letter of
			// theirs counts half a word.
			if r, size := utf8.DecodeRuneInString(line[i:]); isCJKLetter(r) {
				cjk++
				if !inWord {
					n++
				}
				inWord = true
				i += size - 1
				continue
			}
		}
		space := line[i] == ' ' || line[i] == '\t'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n + cjk/2
}

const maxWordCount = 16

// classifyLine says what a trimmed line is by its own shape. Lines it
// calls prose may still be headers by their place (see markZones).
func classifyLine(line string) lineClass {
	if len(line) > maxHeaderLine {
		if lpCitationEN.match(line) || lpCitationRU.match(line) {
			return citationLine
		}
		return proseLine
	}
	if lpCitationEN.match(line) || lpCitationRU.match(line) || mayCiteFonds(line) && lpCitationFonds.match(line) {
		return citationLine
	}
	if isBracketNote(line) {
		return noteLine
	}
	if isQuotedLine(line) {
		// A quotation: what it quotes ("Document 3: Memo", "To Comrade
		// STALIN") is text here, not this document's own header.
		return proseLine
	}
	if lpItemHeading.match(line) {
		return headingLine
	}
	word, rest := firstWord(line)
	words := wordCount(line)
	if distStarts[word] {
		return distLine
	}
	if max, ok := headerStarts[word]; ok && (max == 0 && hasHeaderShape(rest, words, line) || max > 0 && words <= max && (!endsSentence(line) || words <= 3 || strings.HasPrefix(rest, ":"))) {
		// Words with a limit ("Secretary", "Инстанция") make a header
		// line only when short and not a sentence: a signature, not
		// "Secretary Acheson said so." A label ("Приложение: письмо на
		// 4 стр.") is a header line even with its full stop.
		return headerLine
	}
	bare := strings.TrimRight(line, ". ")
	switch {
	case len(bare) <= maxStampLen && stamps[strings.ToLower(bare)]:
		return headerLine
	case lpSeparator.match(line),
		len(line) <= maxDateLine && (words <= 3 && lpNumberLine.match(line) ||
			hasDateOrTime(line) && (words <= 4 && lpDateLine.match(line) || lpTimeLine.match(line))):
		return headerLine
	case strings.HasPrefix(line, "[To:]") || strings.HasPrefix(line, "[Кому:]"):
		return headerLine
	case word == "Number" && strings.HasPrefix(rest, " of copies"):
		return headerLine
	case (word == "Decision" && strings.HasPrefix(rest, " dated")) || (word == "Решение" && strings.HasPrefix(rest, " от")):
		return headerLine
	case (word == "From" || word == "Из") && !endsSentence(line) &&
		(words <= 3 || strings.Contains(rest, " Sent ") || strings.Contains(rest, " sent ") || strings.Contains(rest, " отправлено ")):
		return headerLine
	case word == "Ministry" && words <= 10 && !endsSentence(line):
		return headerLine
	case word == "To" && words <= 10 && (!endsSentence(line) || endsWithInitials(line)) && isCapitalized(rest):
		return headerLine
	case isAddressee(word, line):
		return headerLine
	case inCapitals(line) && words <= 8:
		return headerLine
	}
	return proseLine
}

// isBracketNote: the line is one bracketed span, and not a supplied label
// such as "[To:]" (a header line).
func isBracketNote(line string) bool {
	if len(line) < 3 || line[0] != '[' || closingBracket(line, 0) != len(line)-1 {
		return false
	}
	return !strings.HasSuffix(strings.TrimSpace(line[1:len(line)-1]), ":")
}

// hasHeaderShape tells a header line that begins with a header word
// ("Received", "Поступило") from a sentence that happens to: "Received in
// Moscow on 27.9.50 at 20:55", "Received:", "Расшифровал Морозов" are
// header lines; "Received wisdom holds that the front would hold." is
// not. rest is the line after its first word.
func hasHeaderShape(rest string, words int, line string) bool {
	switch {
	case strings.HasPrefix(strings.TrimLeft(rest, " "), ":"):
		return true // a label: "Copies: ..."
	case words <= 4:
		return true // "Deciphered by Sokolov", "Расшифровал Морозов"
	case hasDateOrTime(line):
		// A date, a time or a number of copies, in a line that is not a
		// long sentence.
		return words <= 14 || !endsSentence(line)
	}
	// "Received at the Ministry of Foreign Affairs": a preposition after
	// the header word and no sentence.
	next, _ := firstWord(strings.TrimLeft(rest, " "))
	return headerLinks[next] && !endsSentence(line) && words <= 12
}

// headerLinks follow a header word in a header line.
var headerLinks = map[string]bool{
	"at": true, "in": true, "on": true, "by": true, "from": true, "to": true, "via": true,
	"в": true, "во": true, "из": true, "от": true, "по": true, "на": true,
}

// hasDateOrTime reports a digit in the line: a date, a time, a number.
func hasDateOrTime(line string) bool {
	for i := 0; i < len(line); i++ {
		if isDigit(line[i]) {
			return true
		}
	}
	return false
}

// isAddressee recognises "Товарищу СТАЛИНУ", "т. СТАЛИНУ", "Тт. Маленкову
// Г.М., Булганину Н.А.": an address word, then only capitalised words.
func isAddressee(word, line string) bool {
	switch word {
	case "т", "тт", "Т", "Тт", "Тов", "тов", "Товарищу", "Товарищам", "Comrade", "Comrades", "Cmrd", "Cmrds":
	default:
		return false
	}
	if endsSentence(line) && !strings.HasSuffix(line, ".") {
		return false
	}
	fields := strings.Fields(line)
	if len(fields) > 12 {
		return false
	}
	for _, f := range fields[1:] {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsLower(r) {
			if c := lookupAbbr(strings.TrimRight(f, ".,"), LangAuto); c == notAbbr {
				return false
			}
		}
	}
	return true
}

func isCapitalized(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// endsSentence reports a line ending with sentence-final punctuation.
func endsSentence(line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool { return isCloser(r) || isCJKCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…' || isCJKStop(r)
}

// isDistContinuation recognises the lines of a distribution list after its
// first: "т. Берия – 1, т. Микояну – 1,", "Bulganin - 1, 8th MDGS file - 1."
func isDistContinuation(line string) bool {
	return len(line) <= maxHeaderLine && lpDistCont.match(line)
}

// isZoneHeader: a short line without final punctuation at the top or the
// bottom of a document (before its first sentence or after its last) is a
// header line: an addressee, a code name, a signature.
func isZoneHeader(line string) bool {
	words := wordCount(line)
	if words > 8 {
		return false
	}
	if endsSentence(line) && readsAsProse(line) {
		return false // "Please confirm.", "Ждем указаний."
	}
	return !endsSentence(line) || words <= 2
}

// readsAsProse: a short line with a word in small letters (not an
// abbreviation such as "т." or "tel.") reads as a sentence; a signature
// ("A. VASILEVSKY."), a place ("Из Пхеньяна.") or a date has none.
func readsAsProse(line string) bool {
	for _, w := range strings.Fields(line) {
		w = strings.TrimLeft(w, "«\"'([")
		if !startsLower(w) {
			continue
		}
		bare := strings.TrimRight(w, ".,;:!?…»\"')]")
		if strings.Contains(bare, ".") || len(w) > len(bare) && w[len(bare)] == '.' && lookupAbbr(bare, LangAuto) != notAbbr {
			continue
		}
		return true
	}
	return false
}

// isStrongProse: a line that is surely running text, which ends the top
// zone of header lines.
func isStrongProse(line string) bool {
	words := wordCount(line)
	return words > 8 || (words > 3 && endsSentence(line)) || strings.HasSuffix(strings.TrimSpace(line), ":") && words > 2
}

// endsWithInitials: "To Comrade Ivanov A.M." ends with a full stop that
// is not a sentence's.
func endsWithInitials(line string) bool {
	i := strings.LastIndexByte(line, ' ')
	return isInitials(strings.TrimSuffix(line[i+1:], "."))
}

// mayCiteFonds is a cheap test before reCitationFonds.
func mayCiteFonds(line string) bool {
	return strings.Contains(line, "Оп.") || strings.Contains(line, "оп.") || strings.Contains(line, "Op.") ||
		strings.Contains(line, "op.") || strings.Contains(line, "opis")
}

// isQuotedLine reports a line that is all one quotation: it opens with a
// quotation mark and closes with one (a full stop or comma may follow).
func isQuotedLine(line string) bool {
	first, n := utf8.DecodeRuneInString(line)
	switch first {
	case '"', '“', '„', '«', '\'', '‘':
	default:
		return false
	}
	rest := strings.TrimRight(line[n:], ".,;:!? ")
	last, _ := utf8.DecodeLastRuneInString(rest)
	switch last {
	case '"', '”', '“', '»', '\'', '’':
		return len(rest) > 0
	}
	return false
}
