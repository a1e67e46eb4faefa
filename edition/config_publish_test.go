package edition

import (
	"strings"
	"testing"
)

// TestConfigTitleAndPublish: title and publish are read, and a publish
// that names one file twice, an unknown edition or a path out of the
// edition is an error at its place.
func TestConfigTitleAndPublish(t *testing.T) {
	const pairs = "pairs:\n  - {source: ru.txt, target: en.txt}\n"
	c, err := Load("sverka.yaml", strings.NewReader(pairs+"title: \" Гавань Находка, 1951 \"\npublish: {reader: out/edition.html, review: review.html}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Гавань Находка, 1951" || c.Publish.Reader != "out/edition.html" || c.Publish.Review != "review.html" {
		t.Errorf("title %q, publish %+v", c.Title, c.Publish)
	}
	for _, tt := range []struct{ yaml, want string }{
		{"publish: {reader: a.html, review: a.html}\n", "sverka.yaml:3:10: publish: the reader and review editions are both a.html"},
		{"publish: {print: a.html}\n", `sverka.yaml:3:11: unknown key "print" in publish (known: reader, review)`},
		{"publish: {reader: ../a.html}\n", `sverka.yaml:3:19: publish reader "../a.html" must be a file name relative`},
		{"title: [a]\n", "sverka.yaml:3:8: title must be a string"},
	} {
		_, err := Load("sverka.yaml", strings.NewReader(pairs+tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.yaml, err, tt.want)
		}
	}
}
