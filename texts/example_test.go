package texts_test

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"

	"github.com/sverka/sverka/texts"
)

func ExampleSentences() {
	text := "Заявка направлена тов. Козлову А.П. Ответа нет. Полк прибыл в район г. Андуна 26.9.50 г. в 8.10."
	for b := range texts.Sentences(text, texts.Russian) {
		fmt.Println(text[b.Start:b.End])
	}
	// Output:
	// Заявка направлена тов. Козлову А.П.
	// Ответа нет.
	// Полк прибыл в район г. Андуна 26.9.50 г. в 8.10.
}

func ExampleScanSentences() {
	r := strings.NewReader("Army Gen. M.V. Zakharov arrived at 9 a.m. The U.S. troops landed. Seoul fell.")
	sc := bufio.NewScanner(r)
	sc.Split(texts.ScanSentences(texts.English))
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	// Output:
	// Army Gen. M.V. Zakharov arrived at 9 a.m.
	// The U.S. troops landed.
	// Seoul fell.
}

func ExampleRead() {
	file := "Document 4: Telegram from Matveyev\n\nFrom Pyongyang\nSent on 26.9.50 at 8:10 a.m., by wire\n\n" +
		"The troops lack fuel. They caused aircraft-fright [aviaboiazn'].\n\nMATVEYEV\n[Source: APRF, fond 3, opis 65, delo 827]\n" +
		"Share with your friends:\n"
	c, err := texts.Read("telegrams.txt", strings.NewReader(file), texts.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range c.Documents {
		fmt.Printf("document %s (%s): %s\n", d.ID, d.Lang, d.Title)
		for _, s := range d.Segments {
			fmt.Printf("  %s %s: %s\n", s.Pos, s.Kind, s.Text)
		}
	}
	for _, d := range c.Dropped {
		fmt.Printf("dropped %s (%s): %s\n", d.Pos, d.Reason, d.Text)
	}
	// Output:
	// document 4 (en): Telegram from Matveyev
	//   telegrams.txt:3:1 header: From Pyongyang
	//   telegrams.txt:4:1 header: Sent on 26.9.50 at 8:10 a.m., by wire
	//   telegrams.txt:6:1 sentence: The troops lack fuel.
	//   telegrams.txt:6:23 sentence: They caused aircraft-fright [aviaboiazn'].
	//   telegrams.txt:8:1 header: MATVEYEV
	//   telegrams.txt:9:1 citation: [Source: APRF, fond 3, opis 65, delo 827]
	// dropped telegrams.txt:10:1 (share buttons): Share with your friends:
}

func ExampleFindSpans() {
	s := "they [the North Korean leadership - AM] feared aircraft-fright [aviaboiazn'] in the 8th MDGS2"
	for _, sp := range texts.FindSpans(s, 0, nil) {
		fmt.Printf("%s %q head=%q signer=%q mark=%q\n", sp.Class, sp.Inner, sp.Head, sp.Signer, sp.SignMark)
	}
	// Output:
	// insertion "the North Korean leadership" head="" signer="AM" mark=" - "
	// gloss "aviaboiazn'" head="aircraft-fright" signer="" mark=""
	// footnote-marker "2" head="MDGS" signer="" mark=""
}

func ExampleSource_Pos() {
	// A Windows-1251 file with CRLF line endings: positions count the
	// file's lines, characters and bytes.
	file := []byte("\xd2\xe5\xea\xf1\xf2\r\n\xd8\xd2\xdb\xca\xce\xc2") // "Текст\r\nШТЫКОВ"
	src, err := texts.ReadSource("cp1251.txt", strings.NewReader(string(file)), texts.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	i := strings.Index(src.Text, "ШТЫКОВ")
	p := src.Pos(i)
	fmt.Println(src.Encoding, p, "byte", p.Offset)
	// Output: windows-1251 cp1251.txt:2:1 byte 7
}

func ExampleNormalize() {
	fmt.Printf("%q\n", texts.Normalize("авиа\u00adбоязнь\u00a0и\u0306\r\n"))
	// Output: "авиабоязнь й\n"
}

func ExampleCollection_Overdropped() {
	file := "Document 2: Телеграмма\n\nРеклама: курсы стенографии\nРеклама: книги\nПолк прибыл.\n\nPrint\nHome\n"
	rules := append(texts.DefaultBoilerplate(), texts.BoilerplateRule{Name: "advert", Pattern: regexp.MustCompile(`^Реклама`)})
	c, err := texts.Read("page.txt", strings.NewReader(file), texts.Options{BoilerplateRules: rules})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range c.DroppedText() {
		fmt.Printf("may be text: %s (%s): %s\n", d.Pos, d.Reason, d.Text)
	}
	for _, o := range c.Overdropped {
		fmt.Printf("document %q: %d of %d lines dropped, %v\n", o.Doc, o.Dropped, o.Lines, o.Rules)
	}
	// Output:
	// may be text: page.txt:3:1 (advert): Реклама: курсы стенографии
	// may be text: page.txt:4:1 (advert): Реклама: книги
	// may be text: page.txt:7:1 (share buttons): Print
	// may be text: page.txt:8:1 (site navigation): Home
	// document "": 2 of 3 lines dropped, [{advert 2}]
	// document "2": 2 of 3 lines dropped, [{advert 2}]
}

func ExampleAcronymMeaning() {
	fmt.Println(texts.AcronymMeaning("СССР"), texts.AcronymMeaning("USSR"), texts.AcronymMeaning("МИД"), texts.AcronymMeaning("Korea") == "")
	// Output: ussr ussr mfa true
}
