package edition

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// writers are the exports by format name, with the golden file each
// writes for the fixture.
var writers = []struct {
	name   string
	golden string
	write  func(io.Writer, *Edition, Options) error
}{
	{"html", "fixture.html", WriteHTML},
	{"tei", "fixture.tei.xml", WriteTEI},
	{"tmx", "fixture.tmx", WriteTMX},
	{"xces", "fixture.xces.xml", WriteXCES},
	{"tsv", "fixture.tsv", WriteTSV},
	{"md", "fixture.md", WriteMarkdown},
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./edition -update and review the diff\n--- got ---\n%s", path, got)
	}
}

func TestGolden(t *testing.T) {
	for _, wr := range writers {
		t.Run(wr.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := wr.write(&buf, fixtureEdition(), Options{Version: "test"}); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, wr.golden, buf.Bytes())
		})
	}
}
