package edition

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// alignFileTexts are the texts of the editions TestAlignmentFiles opens:
// Russian documents 1, 3 and 5 of a numbered English collection, and two
// pairs of files of one document.
var alignFileTexts = map[string]string{
	"ru/doc1.txt": "Из Мурманска\n\nДокладываю о погрузке угля.\n",
	"ru/doc3.txt": "Из Архангельска\n\nЛесовоз вышел из порта.\n",
	"ru5.txt":     "Из Одессы\n\nТанкер стоит на рейде.\n",
	"en.txt": "Document 1: From Murmansk\n\nFrom Murmansk\n\nI report on the loading of coal.\n\n" +
		"Document 3: From Arkhangelsk\n\nFrom Arkhangelsk\n\nThe timber carrier left the port.\n\n" +
		"Document 5: From Odessa\n\nFrom Odessa\n\nThe tanker lies in the roads.\n",
	"x.ru.txt": "Из Владивостока\n\nПароход прибыл в порт.\n",
	"x.en.txt": "From Vladivostok\n\nThe steamer has arrived in port.\n",
	"y.ru.txt": "Из Находки\n\nБаржа разгружена.\n",
	"y.en.txt": "From Nakhodka\n\nThe barge has been unloaded.\n",
}

// TestAlignmentFiles: the file each pair's alignment is stored in, which
// sverka align and the review server both take. A pair declared alone is
// named by the document it pairs (en.txt#5: align/doc5.json, not its
// place), a file sverka.yaml names is kept as it is written, and no
// default is a file another declaration has.
func TestAlignmentFiles(t *testing.T) {
	for _, tc := range []struct {
		name   string
		config string
		want   []AlignmentFile // in the order of the edition's pairs
	}{
		{
			name:   "a document of the collection declared alone",
			config: "pairs:\n  - {source: ru5.txt, target: en.txt#5}\n",
			want:   []AlignmentFile{{"align/doc5.json", "align/doc5.json"}},
		},
		{
			name:   "declared alone after another",
			config: "pairs:\n  - {source: x.ru.txt, target: x.en.txt}\n  - {source: ru5.txt, target: en.txt#5}\n",
			want:   []AlignmentFile{{"align/doc1.json", "align/doc1.json"}, {"align/doc5.json", "align/doc5.json"}},
		},
		{
			name:   "files of one document, by their places",
			config: "pairs:\n  - {source: x.ru.txt, target: x.en.txt}\n  - {source: y.ru.txt, target: y.en.txt}\n",
			want:   []AlignmentFile{{"align/doc1.json", "align/doc1.json"}, {"align/doc2.json", "align/doc2.json"}},
		},
		{
			name:   "a named file is not taken by another",
			config: "pairs:\n  - {source: x.ru.txt, target: x.en.txt}\n  - {source: y.ru.txt, target: y.en.txt, alignment: ./align/doc1.json}\n",
			want:   []AlignmentFile{{"align/doc1-2.json", "align/doc1-2.json"}, {"align/doc1.json", ""}},
		},
		{
			name:   "the documents rule, and a pair beside it named by the first number free",
			config: "documents:\n  source: ru/doc{id}.txt\n  target: en.txt\npairs:\n  - {source: x.ru.txt, target: x.en.txt}\n",
			want: []AlignmentFile{
				{"align/doc2.json", "align/doc2.json"},
				{"align/doc1.json", "align/doc{id}.json"},
				{"align/doc3.json", "align/doc{id}.json"},
			},
		},
		{
			name:   "the documents rule's files, where a pair names one of them",
			config: "documents:\n  source: ru/doc{id}.txt\n  target: en.txt\npairs:\n  - {source: x.ru.txt, target: x.en.txt, alignment: align/doc3.json}\n",
			want: []AlignmentFile{
				{"align/doc3.json", ""},
				{"align/doc1-2.json", "align/doc{id}-2.json"},
				{"align/doc3-2.json", "align/doc{id}-2.json"},
			},
		},
		{
			name:   "the documents rule naming its files",
			config: "documents:\n  source: ru/doc{id}.txt\n  target: en.txt\n  alignment: stored/{id}.json\n",
			want:   []AlignmentFile{{"stored/1.json", ""}, {"stored/3.json", ""}},
		},
		{
			name:   "a file of one document before the collection's documents",
			config: "pairs:\n  - {source: x.ru.txt, target: x.en.txt}\n  - {source: ru/doc1.txt, target: en.txt#1}\n  - {source: ru/doc3.txt, target: en.txt#3}\n",
			want: []AlignmentFile{
				{"align/doc2.json", "align/doc2.json"}, // d2 in the exports: d1 is document 1
				{"align/doc1.json", "align/doc1.json"},
				{"align/doc3.json", "align/doc3.json"},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range alignFileTexts {
				path := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			config := filepath.Join(dir, ConfigName)
			if err := os.WriteFile(config, []byte(tc.config), 0o644); err != nil {
				t.Fatal(err)
			}
			ed, err := Open(config, OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := ed.AlignmentFiles(); !slices.Equal(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

// TestAlignmentFilesOneDeclaration: the pairs of one declaration (a
// collection paired with a collection) share one file, named by the
// first; a pair without a declaration has a file, and nothing to add.
func TestAlignmentFilesOneDeclaration(t *testing.T) {
	both := &PairSpec{Source: "ru.txt", Target: "en.txt"}
	alone := &PairSpec{Source: "x.ru.txt", Target: "x.en.txt"}
	ed := &Edition{Pairs: []*Pair{{ID: "4", Spec: both}, {ID: "7", Spec: both}, {Spec: alone}, {}}}
	want := []AlignmentFile{
		{"align/doc4.json", "align/doc4.json"},
		{"align/doc4.json", "align/doc4.json"},
		{"align/doc3.json", "align/doc3.json"},
		{"align/doc4-2.json", ""},
	}
	if got := ed.AlignmentFiles(); !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}
