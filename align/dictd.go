package align

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/input"
)

// ReadDictd reads a dictionary in the dictd format, as Debian installs
// them under /usr/share/dictd: an index (NAME.index, one entry a line:
// headword, offset and length in dictd's base64, tab-separated) and the
// data (NAME.dict.dz, dictzip, which is gzip; or a plain NAME.dict). It
// returns a word pair for each translation of each headword: Source is the
// headword, Target the translation.
//
// Each entry is plain text whose layout depends on the dictionary; two are
// read. FreeDict's: the headword with its transcription (/…/) and part of
// speech (<…>) on the first line, then the translations, one line of
// comma-separated equivalents, or numbered senses ("1. …") each followed
// by a definition in the headword's language, which is left out. Mueller's
// English–Russian: the headword alone on the first line, then an indented
// body with the transcription ([…]), labels (_n., _воен.), numbered senses
// (1., 1), а)) and, after a semicolon, examples in both languages, which
// are left out: of a sense only the parts with no letter of the headword's
// script are kept. Parenthesised notes are dropped everywhere, and so are
// equivalents of more than maxDictWords words.
//
// An index line without three tab-separated fields, an offset that is not
// dictd base64, an entry that runs past the end of the data, or data that
// is neither text nor valid gzip is an error naming the file and, for the
// index, the line.
func ReadDictd(indexName string, index io.Reader, dataName string, data io.Reader) ([]WordPair, error) {
	body, err := readDictdData(dataName, data)
	if err != nil {
		return nil, err
	}
	var pairs []WordPair
	seen := map[WordPair]bool{}
	sc := bufio.NewScanner(input.Limit(index, input.MaxText))
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		head, off, size, err := parseIndexLine(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", indexName, line, err)
		}
		if off > int64(len(body)) || size > int64(len(body))-off {
			return nil, fmt.Errorf("%s:%d: entry %q at offset %d, length %d, runs past the end of %s (%d bytes)",
				indexName, line, head, off, size, dataName, len(body))
		}
		if isDictdMeta(head) {
			continue
		}
		entry := body[off : off+size]
		if !utf8.Valid(entry) {
			return nil, fmt.Errorf("%s:%d: entry %q in %s is not valid UTF-8", indexName, line, head, dataName)
		}
		word, translations := parseDictdEntry(string(entry))
		if word == "" {
			continue
		}
		for _, t := range translations {
			p := WordPair{Source: word, Target: t}
			if !seen[p] {
				seen[p] = true
				pairs = append(pairs, p)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", indexName, line+1, err)
	}
	return pairs, nil
}

// maxDictWords is the most words of a headword or an equivalent kept as a
// pair: longer ones are explanations more than translations.
const maxDictWords = 3

// readDictdData reads the whole data file, gunzipping it when it is gzip
// (dictzip adds random access in gzip's extra field; read in full it is
// plain gzip). Both the file and what it unpacks to are bounded, so that
// a gzip bomb is refused rather than read.
func readDictdData(name string, r io.Reader) ([]byte, error) {
	b, err := input.ReadAll(r, input.MaxText)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: corrupt dictzip data: %v", name, err)
	}
	out, err := input.ReadAll(zr, input.MaxText)
	if err != nil {
		return nil, fmt.Errorf("%s: corrupt dictzip data: %v", name, err)
	}
	return out, nil
}

// parseIndexLine splits a dictd index line into its headword, offset and
// length. A fourth field (the headword as written, when the index holds
// it normalised) is allowed and ignored.
func parseIndexLine(s string) (head string, off, size int64, err error) {
	fields := strings.Split(s, "\t")
	if len(fields) < 3 {
		return "", 0, 0, fmt.Errorf("want headword<TAB>offset<TAB>length, got %q", truncate(s, 60))
	}
	if off, err = dictdNumber(fields[1]); err != nil {
		return "", 0, 0, fmt.Errorf("offset %q: %v", fields[1], err)
	}
	if size, err = dictdNumber(fields[2]); err != nil {
		return "", 0, 0, fmt.Errorf("length %q: %v", fields[2], err)
	}
	return fields[0], off, size, nil
}

const dictdDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// dictdNumber decodes a number in dictd's base64: most significant digit
// first, no padding.
func dictdNumber(s string) (int64, error) {
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	if len(s) > 8 {
		return 0, fmt.Errorf("too long for an offset")
	}
	var v int64
	for k := 0; k < len(s); k++ {
		d := strings.IndexByte(dictdDigits, s[k])
		if d < 0 {
			return 0, fmt.Errorf("%q is not a dictd base64 digit", s[k])
		}
		v = v*64 + int64(d)
	}
	return v, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// isDictdMeta reports the entries dictfmt adds for the database itself
// (00-database-info, 00databaseshort, …) and Mueller's label glossary
// (_n., _pl.).
func isDictdMeta(head string) bool {
	h := strings.ToLower(head)
	return strings.HasPrefix(h, "00database") || strings.HasPrefix(h, "00-database") || strings.HasPrefix(h, "_")
}

// parseDictdEntry returns the headword of an entry and its translations.
func parseDictdEntry(entry string) (string, []string) {
	lines := strings.Split(strings.TrimRight(entry, "\n"), "\n")
	head := cleanHeadword(lines[0])
	if head == "" || wordCount(head) > maxDictWords || len(lines) < 2 {
		return "", nil
	}
	body := lines[1:]
	var senses []string
	if startsIndented(body[0]) {
		senses = muellerSenses(body)
	} else {
		senses = freedictSenses(body)
	}
	// Where the translations are in another script than the headword
	// (English–Russian), a part with letters of the headword's script is
	// an example ("to take prisoner взять в плен") or a note.
	script := scriptOf(head)
	var parts []string
	other := false
	for _, s := range senses {
		for _, part := range strings.Split(dropParens(s), ";") {
			parts = append(parts, part)
			other = other || script != nil && hasOtherScript(part, script)
		}
	}
	var out []string
	for _, part := range parts {
		if other && hasScript(part, script) {
			continue
		}
		for _, eq := range strings.Split(part, ",") {
			if eq = cleanEquivalent(eq); eq != "" {
				out = append(out, eq)
			}
		}
	}
	return head, out
}

// cleanHeadword drops the transcription and part of speech from the first
// line of an entry.
func cleanHeadword(line string) string {
	if k := strings.Index(line, " /"); k >= 0 {
		line = line[:k]
	}
	if k := strings.Index(line, " <"); k >= 0 {
		line = line[:k]
	}
	return strings.TrimSpace(line)
}

func startsIndented(s string) bool { return s != "" && (s[0] == ' ' || s[0] == '\t') }

// freedictSenses returns the translation lines of a FreeDict entry: the
// first line when the senses are not numbered, else every line that starts
// with a sense number (the lines after each are its definition).
func freedictSenses(body []string) []string {
	_, first, ok := senseNumber(body[0])
	if !ok {
		return []string{body[0]}
	}
	senses := []string{first}
	for _, l := range body[1:] {
		if _, rest, ok := senseNumber(l); ok {
			senses = append(senses, rest)
		}
	}
	for k, s := range senses {
		// "aller, marcher 2." ends with the number of a sub-sense.
		f := strings.Fields(s)
		if len(f) > 0 {
			if _, _, ok := senseNumber(f[len(f)-1] + " "); ok {
				senses[k] = strings.Join(f[:len(f)-1], " ")
			}
		}
	}
	return senses
}

// senseNumber reports whether s starts with a sense number, "12. ", at its
// first column, and returns the rest.
func senseNumber(s string) (int, string, bool) {
	n, k := 0, 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		n = n*10 + int(s[k]-'0')
		k++
	}
	if k == 0 || k >= len(s) || s[k] != '.' || k+1 < len(s) && s[k+1] != ' ' {
		return 0, "", false
	}
	return n, strings.TrimSpace(s[k+1:]), true
}

// muellerSenses returns the senses of a Mueller entry's indented body,
// labels and the transcription removed.
func muellerSenses(body []string) []string {
	text := strings.Join(body, " ")
	text = dropBetween(text, '[', ']')
	var words []string
	for _, w := range strings.Fields(text) {
		if strings.HasPrefix(w, "_") {
			continue // a label: _n., _воен., _pl.
		}
		words = append(words, w)
	}
	var senses []string
	var cur []string
	for _, w := range words {
		if _, rest, ok := splitSenseMark(w); ok {
			w = rest // "10)не": a mark run into its first word
			if len(cur) > 0 {
				senses = append(senses, strings.Join(cur, " "))
			}
			cur = cur[:0]
		}
		if isSenseMark(w) {
			if len(cur) > 0 {
				senses = append(senses, strings.Join(cur, " "))
			}
			cur = cur[:0]
			continue
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		senses = append(senses, strings.Join(cur, " "))
	}
	return senses
}

// splitSenseMark splits a sense number run into the word after it,
// "10)не", into the mark and the word.
func splitSenseMark(w string) (mark, rest string, ok bool) {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(w) || w[k] != ')' && w[k] != '.' {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	if !unicode.IsLetter(r) {
		return "", "", false
	}
	return w[:k+1], w[k+1:], true
}

// isSenseMark recognises Mueller's sense numbers: 1. 2) а) б).
func isSenseMark(w string) bool {
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	if last != '.' && last != ')' {
		return false
	}
	head := w[:len(w)-1]
	if strings.Trim(head, "0123456789") == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(head)
	return last == ')' && size == len(head) && unicode.Is(unicode.Cyrillic, r) && unicode.IsLower(r)
}

// dropParens removes parenthesised notes, nested ones included, and
// stray parentheses.
func dropParens(s string) string { return dropBetween(s, '(', ')') }

func dropBetween(s string, open, close rune) string {
	if !strings.ContainsRune(s, open) && !strings.ContainsRune(s, close) {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == open:
			depth++
		case r == close:
			depth = max(0, depth-1) // a stray one is dropped too
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanEquivalent trims an equivalent and returns "" for one that is not a
// usable translation: empty, a single letter, too long, a cross-reference,
// or marked. Abbreviated words (тж., что-л.) and a trailing sense number
// are dropped from it.
func cleanEquivalent(s string) string {
	var words []string
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, "-л") {
			continue // тж. особ. что-л.
		}
		words = append(words, w)
	}
	if n := len(words); n > 0 && strings.Trim(words[n-1], "0123456789") == "" {
		words = words[:n-1]
	}
	s = strings.TrimRight(strings.Join(words, " "), ":!…")
	if strings.ContainsAny(s, "=#~*\"") || len(words) > maxDictWords {
		return ""
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return s
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// scriptOf is the script of the first letter of s, when it is Latin or
// Cyrillic; else nil.
func scriptOf(s string) *unicode.RangeTable {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case unicode.Is(unicode.Latin, r):
			return unicode.Latin
		case unicode.Is(unicode.Cyrillic, r):
			return unicode.Cyrillic
		}
		return nil
	}
	return nil
}

// hasScript reports whether s has a letter of the script.
func hasScript(s string, script *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && unicode.Is(script, r) {
			return true
		}
	}
	return false
}

// hasOtherScript reports whether s has a letter not of the script.
func hasOtherScript(s string, script *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(script, r) {
			return true
		}
	}
	return false
}
