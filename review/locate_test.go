package review

import (
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/glossary"

	"golang.org/x/text/encoding/charmap"
)

// TestFindingRowsInRewrittenFiles: a finding's place counts the file's
// bytes, a sentence's offsets the text's; in files saved with CRLF and no-break
// spaces, and in a code page, each finding still goes to its row.
func TestFindingRowsInRewrittenFiles(t *testing.T) {
	ru := "т. ЛАВРЕНТЬЕВУ\r\n\r\nДокладываю о ремонте причала.\u00a0Работы идут медленно.\r\nБетон завезен.\r\n\r\nПоставки опаздывают, пишет Лаврентьев.\r\nОн просит ускорить их.\r\n"
	en := "1 \u00a02 \u00a03 \u00a04\r\n\r\nTo Comrade LAVRENTYEV\r\n\r\nI report on the repair of the pier.\u00a0The work is slow.\r\nThe concrete has arrived.\r\n\r\nThe deliveries are late, writes Lavrentiev.\r\nHe asks to speed them up.\r\n"
	ruBytes, err := charmap.Windows1251.NewEncoder().Bytes([]byte(ru))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"ru.txt": ruBytes,
		"en.txt": []byte(en),
		"glossary.yaml": []byte("entries:\n  - id: lavrentev\n    kind: person\n    russian: [Лаврентьев]\n" +
			"    renderings:\n      - Lavrentyev\n      - {text: Lavrentiev, status: forbidden}\n"),
		"sverka.yaml": []byte("glossary: glossary.yaml\npairs:\n  - {source: ru.txt, target: en.txt}\n"),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	f := findingOf(t, getState(t, s.Handler()), "term-forbidden")
	if f.Row != "d1-l5" || f.English != "The deliveries are late, writes Lavrentiev." || f.Russian != "Поставки опаздывают, пишет Лаврентьев." {
		t.Errorf("the finding about Lavrentiev is on row %s, English %q, Russian %q; want d1-l5, its sentences", f.Row, f.English, f.Russian)
	}
}

// TestAddForbiddenRendering: adding as a rendering what the word's entry
// forbids is refused, and the glossary is left as it was.
func TestAddForbiddenRendering(t *testing.T) {
	gl := "entries:\n  - id: lavrentev\n    kind: person\n    russian: [Лаврентьев]\n" +
		"    renderings:\n      - Lavrentyev\n      - {text: Lavrentiev, status: forbidden}\n"
	dir, h := serveLavrentev(t, gl)
	st := getState(t, h)
	w := call(t, h, "POST", "/api/findings/entry", body(t, st, map[string]any{"russian": "Лаврентьеву", "english": "Lavrentiev"}), nil)
	if w.Code != 400 || !strings.Contains(w.Body.String(), "lavrentev forbids the rendering") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "glossary.yaml")); string(now) != gl {
		t.Errorf("the glossary changed:\n%s", now)
	}
}

// TestAddRenderingToAnyEntry: a rendering goes into the entry the word has
// however its renderings are written: a block or a flow list, one text
// (renderings: Lavrentyev, refused before as no list), or none at all
// (then it is the preferred one); what the entry had stays.
func TestAddRenderingToAnyEntry(t *testing.T) {
	for _, tc := range []struct {
		name, entry string
		want        []glossary.Rendering
	}{
		{"a block list", "  - id: lavrentev\n    kind: person\n    russian: [Лаврентьев]\n    renderings:\n      - Lavrentyev\n",
			[]glossary.Rendering{{Text: "Lavrentyev", Status: glossary.Preferred}, {Text: "Lavrentiev", Status: glossary.Admitted}}},
		{"a flow entry", "  - {id: lavrentev, kind: person, russian: [Лаврентьев], renderings: [Lavrentyev]}\n",
			[]glossary.Rendering{{Text: "Lavrentyev", Status: glossary.Preferred}, {Text: "Lavrentiev", Status: glossary.Admitted}}},
		{"one text", "  - id: lavrentev\n    kind: person\n    russian: [Лаврентьев]\n    renderings: Lavrentyev  # as the telegrams spell it\n",
			[]glossary.Rendering{{Text: "Lavrentyev", Status: glossary.Preferred}, {Text: "Lavrentiev", Status: glossary.Admitted}}},
		{"none", "  - id: lavrentev\n    kind: person\n    russian: [Лаврентьев]\n",
			[]glossary.Rendering{{Text: "Lavrentiev", Status: glossary.Preferred}}},
		{"no id (the Russian makes it)", "  - kind: person\n    russian: [Лаврентьев]\n    renderings: [Lavrentyev]\n",
			[]glossary.Rendering{{Text: "Lavrentyev", Status: glossary.Preferred}, {Text: "Lavrentiev", Status: glossary.Admitted}}},
		{"no id, one Russian term", "  - {kind: person, russian: Лаврентьев, renderings: Lavrentyev}\n",
			[]glossary.Rendering{{Text: "Lavrentyev", Status: glossary.Preferred}, {Text: "Lavrentiev", Status: glossary.Admitted}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, h := serveLavrentev(t, "entries:\n"+tc.entry)
			w := call(t, h, "POST", "/api/findings/entry", body(t, getState(t, h), map[string]any{"russian": "Лаврентьеву", "english": "Lavrentiev"}), nil)
			if w.Code != 200 || !strings.Contains(w.Body.String(), "Added the rendering Lavrentiev to lavrentev") {
				t.Fatalf("%d %s", w.Code, w.Body)
			}
			g, err := glossary.LoadFile(filepath.Join(dir, "glossary.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if e := g.Entry("lavrentev"); e == nil || !slices.Equal(e.Renderings, tc.want) || len(g.Entries) != 1 {
				t.Errorf("renderings %+v, want %+v (%d entries)", e, tc.want, len(g.Entries))
			}
		})
	}
}

// serveLavrentev serves an edition of one sentence on Lavrentiev with the
// glossary gl.
func serveLavrentev(t *testing.T, gl string) (string, http.Handler) {
	return serveFiles(t, map[string]string{
		"ru.txt":        "Пишет Лаврентьев.\n",
		"en.txt":        "Lavrentiev writes.\n",
		"glossary.yaml": gl,
		"sverka.yaml":   "glossary: glossary.yaml\npairs:\n  - {source: ru.txt, target: en.txt}\n",
	})
}
