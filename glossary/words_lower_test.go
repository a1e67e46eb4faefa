package glossary

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/lex"
)

// TestLowerWordIsToLower: lex.Lower's fast paths agree with
// strings.ToLower, Latin, Cyrillic and the letters it leaves to it.
func TestLowerWordIsToLower(t *testing.T) {
	for _, w := range []string{"", "тов.", "Тов.", "ЛАВРЕНТЬЕВ", "Лаврентьев", "Ёлкин", "ЁЖ", "Comrade", "NO", "Hŏnggang", "ÉCOLE", "Штыков's", "Яя-Аа", "№5", "İstanbul", "ǅ"} {
		if got, want := lex.Lower(w), strings.ToLower(w); got != want {
			t.Errorf("lex.Lower(%q) = %q, want %q", w, got, want)
		}
	}
}

func FuzzLowerWord(f *testing.F) {
	f.Add("Тов. Лаврентьев")
	f.Add("ЁLKIN Ŏ")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lex.Lower(w), strings.ToLower(w); got != want {
			t.Errorf("lex.Lower(%q) = %q, want %q", w, got, want)
		}
	})
}
