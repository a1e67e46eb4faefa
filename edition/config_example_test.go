package edition_test

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/sverka/sverka/edition"
)

// Load reads sverka.yaml; ResolvePairs expands its documents rule over
// the files of the edition.
func ExampleLoad() {
	cfg, err := edition.Load("sverka.yaml", strings.NewReader(`
scheme: ala-lc
documents: {source: "ru/doc{id}.txt", target: en.txt}
insertions: {signers: [NO], required: true}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	files := fstest.MapFS{
		"ru/doc1.txt": {Data: []byte("Из Владивостока")},
		"ru/doc2.txt": {Data: []byte("Выписка из протокола")},
		"en.txt":      {Data: []byte("Document 1: ...")},
	}
	pairs, err := cfg.ResolvePairs(files)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pairs {
		fmt.Println(p.Source, "→", p.Target)
	}
	fmt.Println(cfg.Insertions.Signers, cfg.Insertions.Required)
	// Output:
	// ru/doc1.txt → en.txt#1
	// ru/doc2.txt → en.txt#2
	// [NO] true
}

// Errors in sverka.yaml point at the line and column.
func ExampleLoad_error() {
	_, err := edition.Load("sverka.yaml", strings.NewReader("documents:\n  source: ru/doc.txt\n  target: en.txt\n"))
	fmt.Println(err)
	// Output:
	// sverka.yaml:2:11: documents source "ru/doc.txt" must contain {id} once, where the document number goes
}
