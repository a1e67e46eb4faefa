package edition_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
)

// TestHTMLMarksInRewrittenFiles: a finding's place counts the file's
// bytes and a sentence's offsets the text's, which differ in a file saved
// with CRLF, with no-break spaces or in a code page; the review edition
// still marks the finding's words, on their row.
func TestHTMLMarksInRewrittenFiles(t *testing.T) {
	ru := "т. ЛАВРЕНТЬЕВУ\r\n\r\nДокладываю о ремонте причала.\u00a0Работы идут медленно.\r\nБетон завезен.\r\n\r\nЛаврентьев просит ускорить поставки.\r\n"
	en := "To Comrade LAVRENTYEV\r\n\r\nI report on the repair of the pier.\u00a0The work is slow.\r\nThe concrete has arrived.\r\n\r\nLavrentiev asks to speed up the deliveries.\r\n"
	ruBytes, err := charmap.Windows1251.NewEncoder().Bytes([]byte(ru))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"ru.txt": ruBytes,
		"en.txt": []byte(en),
		"glossary.yaml": []byte(`entries:
  - id: lavrentev
    kind: person
    russian: [Лаврентьев]
    renderings:
      - Lavrentyev
      - {text: Lavrentiev, status: forbidden}
`),
		"sverka.yaml": []byte("glossary: glossary.yaml\npairs:\n  - {source: ru.txt, target: en.txt}\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ed, err := edition.Open(filepath.Join(dir, "sverka.yaml"), edition.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	opts, err := check.OptionsFrom(ed.Config, ed.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var forbidden []check.Finding
	for _, f := range check.Run(ed, opts) {
		if f.Rule == "term-forbidden" {
			forbidden = append(forbidden, f)
		}
	}
	if len(forbidden) != 1 {
		t.Fatalf("term-forbidden findings: %v, want the one of Lavrentiev", forbidden)
	}
	ed.Marks = check.Marks(forbidden)
	var buf bytes.Buffer
	if err := edition.WriteHTML(&buf, ed, edition.Options{BaseDir: dir}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if got := markedText(page); got != "Lavrentiev" {
		t.Errorf("the finding marks %q, want Lavrentiev", got)
	}
	at := strings.Index(page, `aria-describedby="tip-f1"`)
	row := page[strings.LastIndex(page[:max(at, 0)], "<tr"):]
	if !strings.HasPrefix(row, `<tr id="d1-l5"`) {
		t.Errorf("the finding is on the row %.40s, want d1-l5", row)
	}
	// The Russian place of the finding (the code page's bytes) is found too.
	ed.Marks[0].Places = ed.Marks[0].Places[1:]
	ed.Marks[0].Matches = ed.Marks[0].Matches[1:]
	buf.Reset()
	if err := edition.WriteHTML(&buf, ed, edition.Options{BaseDir: dir}); err != nil {
		t.Fatal(err)
	}
	if got := markedText(buf.String()); got != "Лаврентьев" {
		t.Errorf("the Russian place marks %q, want Лаврентьев", got)
	}
}

// markedText is the text the first finding's mark holds, tags left out.
func markedText(page string) string {
	i := strings.Index(page, `aria-describedby="tip-f1">`)
	if i < 0 {
		return ""
	}
	mark := page[i+len(`aria-describedby="tip-f1">`):]
	mark = mark[:max(0, strings.Index(mark, `<span class="tip"`))]
	return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(mark, "")
}
