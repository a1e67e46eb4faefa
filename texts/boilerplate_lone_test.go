package texts

import (
	"regexp"
	"strings"
	"testing"
)

// droppedLines renders the dropped lines as "reason:text:may-be-text".
func droppedLines(c *Collection) string {
	var b strings.Builder
	for _, d := range c.Dropped {
		b.WriteString(d.Reason + ":" + d.Text)
		if d.IsText() {
			b.WriteString(":text")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestParseLoneWordBoilerplate: inside a document a line of one word that
// a rule matches ("REPORT", "Print", "Home") goes only among other junk,
// and is then counted as possible text; obvious junk is not.
func TestParseLoneWordBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		name, text, segments, dropped string
	}{
		{"heading kept", "Document 1: Донесение\n\nREPORT\n\nПолк прибыл в Пхеньян.\n",
			"header:REPORT\nsentence:Полк прибыл в Пхеньян.\n", ""},
		{"each alone kept", "Document 1: Донесение\n\nTop\n\nПолк прибыл в Пхеньян.\n\nSearch\n\nГорючего нет.\n\nHome\n",
			"header:Top\nsentence:Полк прибыл в Пхеньян.\nheader:Search\nsentence:Горючего нет.\nheader:Home\n", ""},
		{"cluster dropped", "Document 1: Донесение\n\nПолк прибыл в Пхеньян.\n\nPrint\nShare this page:\n\nHome\n\nSearch\n",
			"sentence:Полк прибыл в Пхеньян.\n",
			"share buttons:Print:text\nshare buttons:Share this page:\nsite navigation:Home:text\nsite navigation:Search:text\n"},
		{"cluster of lone words", "Document 1: Донесение\n\nПолк прибыл в Пхеньян.\n\nHome\nSearch\n",
			"sentence:Полк прибыл в Пхеньян.\n",
			"site navigation:Home:text\nsite navigation:Search:text\n"},
		{"before the first document", "Print\n\nDocument 1: Донесение\n\nПолк прибыл в Пхеньян.\n",
			"sentence:Полк прибыл в Пхеньян.\n", "share buttons:Print\n"},
		{"file of one document", "REPORT\n\nПолк прибыл в Пхеньян.\n\nDownload 5 Kb.\n",
			"header:REPORT\nsentence:Полк прибыл в Пхеньян.\n", "download link:Download 5 Kb.\n"},
	} {
		c := parseString(t, tc.text, Options{})
		if got := kinds(c.Documents[0]); got != tc.segments {
			t.Errorf("%s: segments\n%s\nwant\n%s", tc.name, got, tc.segments)
		}
		if got := droppedLines(c); got != tc.dropped {
			t.Errorf("%s: dropped\n%s\nwant\n%s", tc.name, got, tc.dropped)
		}
		if len(c.Overdropped) != 0 {
			t.Errorf("%s: overdropped %+v", tc.name, c.Overdropped)
		}
	}
}

// TestParseOverdropped: a rule of the user's that drops most of a
// document is reported, by document and for the file, with the rule named
// (a pattern that matches everything drops the headings too).
func TestParseOverdropped(t *testing.T) {
	text := "Document 1: Телеграмма\n\nПолк прибыл в Пхеньян.\nГорючего нет.\nСнарядов нет.\n\nDocument 2: Ответ\n\nРеклама: курсы\nРеклама: книги\nПринято к сведению.\n"
	rules := append(DefaultBoilerplate(), BoilerplateRule{Name: "everything", Pattern: regexp.MustCompile(`.`)})
	c := parseString(t, text, Options{BoilerplateRules: rules})
	if len(c.Overdropped) != 1 || c.Overdropped[0].Doc != "" || c.Overdropped[0].Dropped != 8 || c.Overdropped[0].Lines != 8 ||
		len(c.Overdropped[0].Rules) != 1 || c.Overdropped[0].Rules[0] != (RuleCount{"everything", 8}) {
		t.Errorf("everything: overdropped %+v", c.Overdropped)
	}
	if n := len(c.DroppedText()); n != 8 { // the headings too
		t.Errorf("everything: %d lines of text dropped, want 8", n)
	}

	rules = append(DefaultBoilerplate(), BoilerplateRule{Name: "advert", Pattern: regexp.MustCompile(`^Реклама`)})
	c = parseString(t, text, Options{BoilerplateRules: rules})
	if len(c.Overdropped) != 1 {
		t.Fatalf("advert: overdropped %+v", c.Overdropped)
	}
	o := c.Overdropped[0]
	if o.Doc != "2" || o.Lines != 3 || o.Dropped != 2 || o.Pos.Line != 9 || o.Rules[0] != (RuleCount{"advert", 2}) {
		t.Errorf("advert: overdropped %+v", o)
	}
	for _, d := range c.Dropped {
		if d.Doc != "2" || !d.ByRule || !d.IsText() {
			t.Errorf("advert: dropped %+v", d)
		}
	}
}
