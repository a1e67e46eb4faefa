package texts

import "regexp"

// BoilerplateRule names a pattern of web junk lines. A line matches when
// the pattern matches the whole line with its white space trimmed.
type BoilerplateRule struct {
	Name    string
	Pattern *regexp.Regexp
}

// maxBoilerplateLine: junk lines are short; longer lines are never
// tested, which keeps parsing fast on long paragraphs.
const maxBoilerplateLine = 200

var defaultBoilerplate = []BoilerplateRule{
	{"download link", regexp.MustCompile(`(?i)^(download|скачать)(\s+(this|the|file|pdf|doc|document|файл|документ)\b.*|\s*[\d.,]+\s*[kmg]i?b\.?|\s*[\d.,]+\s*[кмг]б\.?|\s*:.*)?$`)},
	{"file size", regexp.MustCompile(`(?i)^((file\s*)?size|размер(\s+файла)?)\s*:?\s*[\d.,]+\s*([kmg]i?b|[кмг]б|bytes|байт)\.?$`)},
	{"page numbers", regexp.MustCompile(`(?i)^([«‹<]\s*)?((prev(ious)?|назад)\s+)?(\d+\s+){1,}\d+(\s+(next|далее|вперед|»|›|>))?\s*([»›>])?$`)},
	{"page of pages", regexp.MustCompile(`(?i)^(page|стр(аница)?\.?)\s*\d+\s*(of|из)\s*\d+(\s+(next|previous|prev|далее|назад|»|«))*$`)},
	{"pager link", regexp.MustCompile(`(?i)^([«‹<]\s*)?(next|previous|prev|next page|previous page|следующая|предыдущая|далее|назад)(\s*[»›>])?$`)},
	{"share buttons", regexp.MustCompile(`(?i)^(share|поделиться)(\s+(with your friends|this page|this|on\s+\S+|с друзьями))?\s*:?$|^(tweet|like|print|email|e-mail|pin it|send message|send a message|report|bookmark|печать|отправить сообщение)$`)},
	{"copyright", regexp.MustCompile(`(?i)^((©|\(c\)|copyright).*|.*\b(all rights reserved|is protected by copyright)\b.*|.*(все права защищены).*)$`)},
	{"site navigation", regexp.MustCompile(`(?i)^(main page|home|home page|menu|search|login|log in|sign in|register|contact us|about us|back to top|top|главная|главная страница|меню|поиск|войти|регистрация|наверх)$`)},
	{"page furniture", regexp.MustCompile(`(?i)^(loading\.*|uploaded by\b.*|\d+\s+views?|read more|read online|читать (далее|онлайн)|загрузка\.*|просмотров:?\s*\d+)$`)},
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

// matchBoilerplate returns the name of the rule a trimmed line matches.
func matchBoilerplate(rules []BoilerplateRule, line string) (string, bool) {
	if len(line) > maxBoilerplateLine {
		return "", false
	}
	for _, r := range rules {
		if r.Pattern.MatchString(line) {
			return r.Name, true
		}
	}
	return "", false
}
