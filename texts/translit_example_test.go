package texts_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/sverka/sverka/texts"
)

func ExampleTransliterate() {
	for _, sc := range texts.Schemes() {
		fmt.Printf("%-8s %s\n", sc, texts.Transliterate("Лаврентьев, Василевский, ДАЛЬНИЙ", sc))
	}
	// Output:
	// ala-lc   Lavrent'ev, Vasilevskii, DAL'NII
	// bgn      Lavrent'yev, Vasilevskiy, DAL'NIY
	// iso9     Lavrentʹev, Vasilevskij, DALʹNIJ
	// popular  Lavrentyev, Vasilevsky, DALNY
}

func ExampleTransliterator() {
	// The transformer streams: here from a reader to standard output.
	r := transform.NewReader(strings.NewReader("Среди рабочих отмечается штормобоязнь.\n"), texts.Transliterator(texts.ALALC))
	io.Copy(os.Stdout, r)
	// Output:
	// Sredi rabochikh otmechaetsia shtormoboiazn'.
}

func ExampleMatchKey() {
	for _, s := range []string{"Лаврентьев", "LAVRENTYEV", "Lavrent'ev", "PAK HÓN-YÓNG", "Pak Hon Yong"} {
		fmt.Printf("%s → %s\n", s, texts.MatchKey(s))
	}
	// Output:
	// Лаврентьев → lavrentev
	// LAVRENTYEV → lavrentev
	// Lavrent'ev → lavrentev
	// PAK HÓN-YÓNG → pahoneng
	// Pak Hon Yong → pahoneng
}
