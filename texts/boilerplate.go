package texts

import (
	"regexp"
	"strings"
	"unicode"
)

// BoilerplateRule names a pattern of web junk lines. A line matches when
// the pattern matches in the line with its white space trimmed (the
// default patterns anchor themselves with ^ and $ where they must).
type BoilerplateRule struct {
	Name    string
	Pattern *regexp.Regexp
	// Match, when not nil, is used instead of Pattern: a test a regular
	// expression would make slow.
	Match func(line string) bool
	// Obvious says a line the rule matches is junk by its form alone (a
	// download link, a file size, a pager, a share button, a copyright
	// line): dropping it loses no text. A line of a rule that is not
	// obvious is dropped but counted as possible text (Dropped.IsText).
	// A lone word ("Print", "Home", "REPORT") is never obvious, whatever
	// the rule: inside a document it is dropped only next to other junk.
	Obvious bool
}

// maxBoilerplateLine: junk lines are short; longer lines are never
// tested, which keeps parsing fast on long paragraphs.
const maxBoilerplateLine = 200

var defaultBoilerplate = []BoilerplateRule{
	{Name: "download link", Pattern: regexp.MustCompile(`(?i)^(download|скачать)(\s+(this|the|file|pdf|doc|document|файл|документ)(?:[\s\p{P}\p{S}].*)?|\s*[\d.,]+\s*[kmg]i?b\.?|\s*[\d.,]+\s*[кмг]б\.?|\s*:.*)?$`), Obvious: true},
	{Name: "file size", Pattern: regexp.MustCompile(`(?i)^((file\s*)?size|размер(\s+файла)?)\s*:?\s*[\d.,]+\s*([kmg]i?b|[кмг]б|bytes|байт)\.?$`), Obvious: true},
	{Name: "page numbers", Pattern: regexp.MustCompile(`(?i)^([«‹<]\s*)?((prev(ious)?|назад)\s+)?(\d+\s+){1,}\d+(\s+(next|далее|вперед|»|›|>))?\s*([»›>])?$`), Obvious: true},
	{Name: "page of pages", Pattern: regexp.MustCompile(`(?i)^(page|стр(аница)?\.?)\s*\d+\s*(of|из)\s*\d+(\s+(next|previous|prev|далее|назад|»|«))*$`), Obvious: true},
	{Name: "pager link", Pattern: regexp.MustCompile(`(?i)^([«‹<]\s*)?(next|previous|prev|next page|previous page|следующая|предыдущая|далее|назад)(\s*[»›>])?$`), Obvious: true},
	{Name: "share buttons", Pattern: regexp.MustCompile(`(?i)^(?:(share|поделиться)(\s+(with your friends|this page|this|on\s+\S+|с друзьями))?\s*:?|tweet|like|print|email|e-mail|pin it|send message|send a message|report|bookmark|печать|отправить сообщение)$`), Obvious: true},
	{Name: "copyright", Match: isCopyrightLine, Obvious: true},
	{Name: "site navigation", Pattern: regexp.MustCompile(`(?i)^(main page|home|home page|menu|search|login|log in|sign in|register|contact us|about us|back to top|top|главная|главная страница|меню|поиск|войти|регистрация|наверх)$`), Obvious: true},
	{Name: "page furniture", Pattern: regexp.MustCompile(`(?i)^(loading\.*|uploaded by(?:[\s\p{P}].*)?|\d+\s+views?|read more|read online|читать (далее|онлайн)|загрузка\.*|просмотров:?\s*\d+)$`), Obvious: true},
}

// DefaultBoilerplate returns the rules used when Options name none: the
// download and size lines, page-number strips, share buttons, copyright
// footers and site navigation that web copies of archival collections
// carry.
func DefaultBoilerplate() []BoilerplateRule {
	return append([]BoilerplateRule(nil), defaultBoilerplate...)
}

// boilerplateRules returns the rules for opts.
func (opts Options) boilerplateRules() []BoilerplateRule {
	if opts.BoilerplateRules != nil {
		return opts.BoilerplateRules
	}
	if opts.Boilerplate != nil {
		rules := make([]BoilerplateRule, len(opts.Boilerplate))
		for i, re := range opts.Boilerplate {
			rules[i] = BoilerplateRule{Name: re.String(), Pattern: re}
		}
		return rules
	}
	return defaultBoilerplate
}

// boilerplateMatcher is a rule ready to test lines.
type boilerplateMatcher struct {
	name    string
	match   func(line string) bool
	pattern linePattern
	obvious bool
}

// compileBoilerplate prepares rules for matchBoilerplate.
func compileBoilerplate(rules []BoilerplateRule) []boilerplateMatcher {
	out := make([]boilerplateMatcher, 0, len(rules))
	for _, r := range rules {
		m := boilerplateMatcher{name: r.Name, match: r.Match, obvious: r.Obvious}
		if r.Match == nil {
			if r.Pattern == nil {
				continue
			}
			m.pattern = newLinePattern(r.Pattern)
		}
		out = append(out, m)
	}
	return out
}

// matchBoilerplate returns the name of the rule a trimmed line matches.
func matchBoilerplate(rules []boilerplateMatcher, line string) (string, bool) {
	r := matchBoilerplateRule(rules, line)
	if r == nil {
		return "", false
	}
	return r.name, true
}

// matchBoilerplateRule returns the first rule a trimmed line matches, or
// nil.
func matchBoilerplateRule(rules []boilerplateMatcher, line string) *boilerplateMatcher {
	if len(line) > maxBoilerplateLine {
		return nil
	}
	for i := range rules {
		r := &rules[i]
		if r.match != nil && r.match(line) || r.match == nil && r.pattern.match(line) {
			return r
		}
	}
	return nil
}

// isLoneWord reports a line of one word ("Print", "REPORT", "E-mail",
// "Поиск:"): web buttons look so, and so do headings of documents.
func isLoneWord(line string) bool {
	line = strings.TrimRight(line, ".:!")
	letters := 0
	for _, r := range line {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '-':
		default:
			return false
		}
	}
	return letters > 0
}

// isCopyrightLine recognises copyright footers: "© 2021 ...", "The
// database is protected by copyright © 2020", "Все права защищены."
func isCopyrightLine(line string) bool {
	// Lower-case only a line that may be one: most are not.
	if !strings.HasPrefix(line, "©") && !hasPrefixFold(line, "(c)") && !hasPrefixFold(line, "copyright") &&
		!containsFoldASCII(line, "rights reserved") && !containsFoldASCII(line, "by copyright") &&
		!strings.Contains(line, "ащищен") && !strings.Contains(line, "АЩИЩЕН") {
		return false
	}
	lower := strings.ToLower(line)
	return strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "(c)") || strings.HasPrefix(lower, "copyright") ||
		strings.Contains(lower, "all rights reserved") || strings.Contains(lower, "is protected by copyright") ||
		strings.Contains(lower, "все права защищены")
}

// containsFoldASCII reports whether s contains the lower-case ASCII word
// sub in any case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
