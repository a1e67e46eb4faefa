package edition

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// The boilerplate key adds named patterns to the default web junk; a bad
// pattern is an error at its place in sverka.yaml.
func TestLoadBoilerplate(t *testing.T) {
	c, err := Load("sverka.yaml", strings.NewReader("# Издание\nlanguages: {source: ru, target: en}\npairs: [{source: ru.txt, target: en.txt}]\nboilerplate:\n  - \"advert: ^Реклама\"\n  - '^Printed from .*'\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Boilerplate) != 2 || c.Boilerplate[0].Name != "advert" || c.Boilerplate[1].Name != "^Printed from .*" {
		t.Fatalf("boilerplate %+v", c.Boilerplate)
	}
	opts := c.ReadOptions(texts.Russian)
	if opts.Lang != texts.Russian || len(opts.BoilerplateRules) != len(texts.DefaultBoilerplate())+2 {
		t.Errorf("options %+v", opts)
	}
	col, err := texts.Read("en.txt", strings.NewReader("Document 1: Телеграмма\n\nDownload 5 Kb.\n\nРеклама: курсы\n\nПолк прибыл.\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(col.Dropped) != 2 || col.Dropped[1].Reason != "advert" {
		t.Errorf("dropped %+v", col.Dropped)
	}
	// Without the key the defaults stand.
	c, err = Load("sverka.yaml", strings.NewReader("languages: {source: ru, target: en}\npairs: [{source: ru.txt, target: en.txt}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if opts := c.ReadOptions(texts.English); opts.BoilerplateRules != nil || opts.Lang != texts.English {
		t.Errorf("options without the key %+v", opts)
	}

	for _, tt := range []struct{ yaml, want string }{
		{"languages: {source: ru, target: en}\npairs: [{source: ru.txt, target: en.txt}]\nboilerplate:\n  - ok\n  - \"bad: ^(Реклама\"\n", "sverka.yaml:5:5: boilerplate: pattern \"^(Реклама\": missing closing )"},
		{"boilerplate: ^Реклама\n", "sverka.yaml:1:14: boilerplate must be a list of patterns"},
		{"boilerplate:\n  - '.*'\n", "sverka.yaml:2:5: boilerplate: pattern \".*\" matches an empty line"},
	} {
		_, err := Load("sverka.yaml", strings.NewReader(tt.yaml))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %s...", tt.yaml, err, tt.want)
		}
	}
}
