package texts

import "testing"

// TestParseQuotedAndLastWord: a quoted heading-like line inside a
// document is text, and a one-word last paragraph with a full stop is a
// sentence unless it is a signature in capitals.
func TestParseQuotedAndLastWord(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"quoted heading", "Document 1: Memo\n\nВ папке лежит записка с заголовком:\n\n\"Document 3: Memo\"\n\nПрошу вернуть ее.\n",
			"sentence:В папке лежит записка с заголовком:\nsentence:\"Document 3: Memo\"\nsentence:Прошу вернуть ее.\n"},
		{"quoted Russian heading", "Document 1: Memo\n\nЗаписка озаглавлена так:\n\n«Документ № 3»\n\nЕе нет в деле.\n",
			"sentence:Записка озаглавлена так:\nsentence:«Документ № 3»\nsentence:Ее нет в деле.\n"},
		{"last word ru", "Document 1: Memo\n\nТелеграмма получена вчера, ответ будет завтра утром.\n\nКонец.\n",
			"sentence:Телеграмма получена вчера, ответ будет завтра утром.\nsentence:Конец.\n"},
		{"last word en before signature", "Document 1: Memo\n\nThe telegram came yesterday and the answer follows.\n\nEnd.\n\nВАСИЛЕВСКИЙ.\n",
			"sentence:The telegram came yesterday and the answer follows.\nsentence:End.\nheader:ВАСИЛЕВСКИЙ.\n"},
		{"signature in capitals", "Document 1: Memo\n\nТелеграмма получена вчера, ответ будет завтра утром.\n\nФИЛИППОВ.\n",
			"sentence:Телеграмма получена вчера, ответ будет завтра утром.\nheader:ФИЛИППОВ.\n"},
		{"initials", "Document 1: Memo\n\nТелеграмма получена вчера, ответ будет завтра утром.\n\nА.М.\n",
			"sentence:Телеграмма получена вчера, ответ будет завтра утром.\nheader:А.М.\n"},
	} {
		c := parseString(t, tc.text, Options{})
		if len(c.Documents) != 1 {
			t.Errorf("%s: %d documents, want 1", tc.name, len(c.Documents))
			continue
		}
		if got := kinds(c.Documents[0]); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
