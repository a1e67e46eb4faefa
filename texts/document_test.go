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
