package texts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
)

// benchText is an invented telegram in both languages, repeated to about
// 1 MB, so that the benchmarks run without the shared material.
func benchText(lang Lang) string {
	en := "Sent on 26.9.50 at 8:10 a.m., by wire. Army Gen. M.V. Zakharov reported to Comrade A.P. Kozlov on the situation of the U.S. troops. " +
		"The regiment of \"YAK-9s\" shall be dispatched by air via Chinese territory [the North Korean leadership - AM], causing aircraft-fright [aviaboiazn'] in the rear. " +
		"Will the adversary cross the 38th parallel? We do not know... On Sept. 16 the enemy landed at Inch'on, etc. The situation is grave.\n"
	ru := "Отправлено 26.9.50 г. в 8.10 по проводу. Запросы сделаны тов. Т.Ф. Штыкову, т.е. послу в г. Пхеньяне, и т.д. Заявка направлена тов. Козлову А.П. Ответа нет. " +
		"Полк будет направлен перелетом через территорию Китая по маршруту Яньцзи – Андун – Пхеньян на 25–30 км. «Перейдет ли противник параллель?» – спросил он. " +
		"Войска испытывают недостаток в боеприпасах и горючем; с 25 по 30 сентября с.г. подвоз прекратился… Положение тяжелое.\n"
	s := en
	if lang == Russian {
		s = ru
	}
	return strings.Repeat(s, 1<<20/len(s)+1)
}

func benchmarkSentences(b *testing.B, lang Lang) {
	text := benchText(lang)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for range Sentences(text, lang) {
			n++
		}
		if n == 0 {
			b.Fatal("no sentences")
		}
	}
}

func BenchmarkSentencesEnglish(b *testing.B) { benchmarkSentences(b, English) }
func BenchmarkSentencesRussian(b *testing.B) { benchmarkSentences(b, Russian) }

// BenchmarkReadParse measures the whole path: decoding, normalisation,
// documents, header lines, sentences and spans.
func BenchmarkReadParse(b *testing.B) {
	for _, lang := range []Lang{English, Russian} {
		b.Run(string(lang), func(b *testing.B) {
			text := benchText(lang)
			// Paragraphs, as in a real file.
			text = strings.ReplaceAll(text, "\n", "\n\n")
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for b.Loop() {
				if _, err := Read("bench", strings.NewReader(text), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadParseSeed reads the shared seed file, a real web copy.
func BenchmarkReadParseSeed(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sharedtest.Path(b, "seeds"), "000_cd92320a92b46101.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("seed", strings.NewReader(string(data)), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
