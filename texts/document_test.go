package texts

import (
	"strings"
	"testing"
)

// TestDocumentNotThere: asking a collection for a document it lacks names
// the ones it has, as an editor reads them.
func TestDocumentNotThere(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Document 1: From Murmansk\n\nCoal is loaded.\n\nDocument 2: From Kola\n\nThe steamer left.\n\nDocument 4: From Pechenga\n\nThe pier is repaired.\n",
			`en.txt: no document "7" (the file has documents 1, 2, 4)`},
		{"From Murmansk\n\nCoal is loaded.\n", `en.txt: no document "7" (the file has one, 1)`},
	} {
		c, err := Read("en.txt", strings.NewReader(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Document("7"); err == nil || err.Error() != tt.want {
			t.Errorf("err = %v, want %s", err, tt.want)
		}
	}
}

// TestDocumentByNumber: a document is found by its number written with
// leading zeros too (doc01.txt pairs with Document 1), but an exact id
// comes first, and a number is no prefix.
func TestDocumentByNumber(t *testing.T) {
	text := "Document 1: From Murmansk\n\nCoal is loaded.\n\nDocument 10: From Kola\n\nThe steamer left.\n"
	c, err := Read("en.txt", strings.NewReader(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"01": "1", "001": "1", "010": "10", "10": "10"} {
		if d, err := c.Document(id); err != nil || d.ID != want {
			t.Errorf("Document(%q) = %v, %v; want document %s", id, d, err, want)
		}
	}
	for _, id := range []string{"0", "100", "1a", "2"} {
		if d, err := c.Document(id); err == nil {
			t.Errorf("Document(%q) = document %s, want none", id, d.ID)
		}
	}
}
