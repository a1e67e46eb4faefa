package texts

import "strings"

// AcronymMeaning names what a Soviet or Korean-war acronym stands for, one
// name for its Russian and English forms (СССР and USSR are "ussr", МИД
// and MFA "mfa"), or "" for a word it does not know. The two forms share
// no letters once transliterated, so neither the aligner's cognates nor a
// transliteration can pair them.
func AcronymMeaning(w string) string {
	return acronymMeanings[strings.ToLower(w)]
}

var acronymMeanings = map[string]string{
	"ссср": "ussr", "ussr": "ussr",
	"сша": "usa", "usa": "usa", "us": "usa",
	"кна": "kpa", "kpa": "kpa",
	"кндр": "dprk", "dprk": "dprk",
	"цк": "cc", "cc": "cc",
	"мид": "mfa", "mfa": "mfa",
	"оон": "un", "un": "un",
	"кнр": "prc", "prc": "prc",
	"тпк": "wpk", "wpk": "wpk",
	"гш": "gs", "gs": "gs",
}
