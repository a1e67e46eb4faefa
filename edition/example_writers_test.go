package edition_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// telegram is a short invented telegram and its translation: a heading, a
// sentence translated as two, and an omission.
func telegram() *edition.Edition {
	ru := sentences(texts.Russian,
		"Из Находки.",
		"Причал № 4 восстановлен, краны работают.",
		"Подробности почтой.")
	en := sentences(texts.English,
		"From Nakhodka.",
		"Pier No. 4 is restored.",
		"The cranes are working.")
	return &edition.Edition{Title: "Telegram of 2 April 1951", Pairs: []*edition.Pair{{
		Source: ru, Target: en,
		SourceFile: "ru/doc7.txt", TargetFile: "en.txt",
		Links: []align.Link{
			{Source: []int{0}, Target: []int{0}, Confidence: 0.97, Confirmed: true},
			{Source: []int{1}, Target: []int{1, 2}, Confidence: 0.81},
			{Source: []int{2}, Confidence: 0.55, Flags: []align.Flag{align.Omission}},
		},
	}}}
}

// linesWith prints the lines of out that contain marker.
func linesWith(out, marker string) {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, marker) {
			fmt.Println(l)
		}
	}
}

func ExampleWriteHTML() {
	var page bytes.Buffer
	if err := edition.WriteHTML(&page, telegram(), edition.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	// One self-contained page; each link is a table row with both
	// columns, its anchor and its flags.
	linesWith(page.String(), "<tr id=")
	// Output:
	// <tr id="d1-l1" class="row sentence confirmed"><td class="n ui" title="link 1 (1-1), confidence 0.97, confirmed by an editor"><a href="#d1-l1">1</a></td><td class="src" lang="ru"><span class="seg sentence" id="d1-s-1" data-with="d1-t-1">Из Находки.</span></td><td class="tgt" lang="en"><span class="seg sentence" id="d1-t-1" data-with="d1-s-1">From Nakhodka.</span></td></tr>
	// <tr id="d1-l2" class="row sentence"><td class="n ui" title="link 2 (1-2), confidence 0.81"><a href="#d1-l2">2</a></td><td class="src" lang="ru"><span class="seg sentence" id="d1-s-2" data-with="d1-t-2 d1-t-3">Причал № 4 восстановлен, краны работают.</span></td><td class="tgt" lang="en"><span class="seg sentence" id="d1-t-2" data-with="d1-s-2">Pier No. 4 is restored.</span> <span class="seg sentence" id="d1-t-3" data-with="d1-s-2">The cranes are working.</span></td></tr>
	// <tr id="d1-l3" class="row sentence flag-omission flag-low-confidence flagged"><td class="n ui" title="link 3 (1-0), confidence 0.55; omission, low-confidence"><a href="#d1-l3">3</a><span class="flag">omission</span><span class="flag">low confidence</span></td><td class="src" lang="ru"><span class="seg sentence" id="d1-s-3">Подробности почтой.</span></td><td class="tgt" lang="en"><span class="gap">no counterpart</span></td></tr>
}

func ExampleWriteTEI() {
	var tei bytes.Buffer
	if err := edition.WriteTEI(&tei, telegram(), edition.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	// The sentences are <s xml:id> in each text; the links point at them.
	linesWith(tei.String(), "<s ")
	linesWith(tei.String(), "<link")
	linesWith(tei.String(), "<ptr")
	// Output:
	// <p><s xml:id="d1-s-1">Из Находки.</s> <s xml:id="d1-s-2">Причал № 4 восстановлен, краны работают.</s> <s xml:id="d1-s-3">Подробности почтой.</s></p>
	// <p><s xml:id="d1-t-1">From Nakhodka.</s> <s xml:id="d1-t-2">Pier No. 4 is restored.</s> <s xml:id="d1-t-3">The cranes are working.</s></p>
	// <linkGrp type="translation" xml:id="d1-links">
	// <link xml:id="d1-l1" type="1-1" target="#d1-s-1 #d1-t-1" cert="0.97"/>
	// <link xml:id="d1-l2" type="1-2" target="#d1-s-2 #d1-t-2 #d1-t-3" cert="0.81"/>
	// <ptr xml:id="d1-l3" type="omission" subtype="1-0" target="#d1-s-3" cert="0.55" ana="omission low-confidence"/>
}

func ExampleWriteTMX() {
	if err := edition.WriteTMX(os.Stdout, telegram(), edition.Options{Version: "v1.0.0"}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <!DOCTYPE tmx SYSTEM "tmx14.dtd">
	// <tmx version="1.4">
	// <header creationtool="sverka" creationtoolversion="v1.0.0" datatype="plaintext" segtype="sentence" adminlang="en" srclang="ru" o-tmf="sverka">
	// <note>Telegram of 2 April 1951</note>
	// </header>
	// <body>
	// <tu tuid="d1-l1" srclang="ru">
	// <prop type="x-document">1</prop><prop type="x-link-type">1-1</prop><prop type="x-confidence">0.97</prop><prop type="x-status">confirmed</prop>
	// <tuv xml:lang="ru"><seg>Из Находки.</seg></tuv>
	// <tuv xml:lang="en"><seg>From Nakhodka.</seg></tuv>
	// </tu>
	// <tu tuid="d1-l2" srclang="ru">
	// <prop type="x-document">1</prop><prop type="x-link-type">1-2</prop><prop type="x-confidence">0.81</prop><prop type="x-status">unconfirmed</prop>
	// <tuv xml:lang="ru"><seg>Причал № 4 восстановлен, краны работают.</seg></tuv>
	// <tuv xml:lang="en"><seg>Pier No. 4 is restored. The cranes are working.</seg></tuv>
	// </tu>
	// </body>
	// </tmx>
}

func ExampleWriteXCES() {
	if err := edition.WriteXCES(os.Stdout, telegram(), edition.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="utf-8"?>
	// <!DOCTYPE cesAlign PUBLIC "-//CES//DTD XML cesAlign//EN" "">
	// <cesAlign version="1.0">
	//  <linkGrp targType="s" fromDoc="ru/doc7.txt#1" toDoc="en.txt#1">
	//   <link id="SL1" xtargets="s1;s1" certainty="0.970" status="confirmed"/>
	//   <link id="SL2" xtargets="s2;s2 s3" certainty="0.810"/>
	//   <link id="SL3" xtargets="s3;" certainty="0.550"/>
	//  </linkGrp>
	// </cesAlign>
}

func ExampleWriteXLIFF() {
	var buf bytes.Buffer
	if err := edition.WriteXLIFF(&buf, telegram(), edition.Options{}); err != nil {
		fmt.Println(err)
	}
	for _, l := range strings.Split(buf.String(), "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "<trans-unit") || strings.HasPrefix(l, "<target") {
			fmt.Println(l)
		}
	}
	// Output:
	// <trans-unit id="d1-l1" resname="1:1-1" datatype="plaintext" approved="yes">
	// <target xml:lang="en" state="signed-off">From Nakhodka.</target>
	// <trans-unit id="d1-l2" resname="1:1-2" datatype="plaintext">
	// <target xml:lang="en" state="translated">Pier No. 4 is restored. The cranes are working.</target>
	// <trans-unit id="d1-l3" resname="1:1-0" datatype="plaintext">
}
