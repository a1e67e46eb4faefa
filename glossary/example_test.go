package glossary_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/sverka/sverka/glossary"
)

const exampleYAML = `scheme: ala-lc
entries:
  - id: shtormoboiazn
    russian: [штормобоязнь]
    renderings:
      - storm-fright
      - {text: storm phobia, status: forbidden}
    gloss: {form: translit, when: first-in-document}

  - id: shtykov
    kind: person
    russian: [Штыков]
    renderings: [Shtykov]
`

func ExampleLoad() {
	g, err := glossary.Load("glossary.yaml", strings.NewReader(exampleYAML))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range g.Entries {
		fmt.Printf("%s %s %s at %s\n", e.ID, e.Kind, g.Translit(e), e.Pos)
	}
	// Output:
	// shtormoboiazn term shtormoboiazn' at glossary.yaml:3:5
	// shtykov person Shtykov at glossary.yaml:10:5
}

func ExampleLoad_errors() {
	_, err := glossary.Load("glossary.yaml", strings.NewReader(`entries:
  - russian: причал
    kind: pier
    renderings:
      - {text: berth, statu: admitted}
`))
	fmt.Println(err)
	// Output:
	// glossary.yaml:3:11: kind "pier": want one of term, person, place, organisation, code-name, abbreviation
	// glossary.yaml:5:23: rendering: unknown key "statu" (want one of case-sensitive, status, text)
}

func ExampleGlossary_MatchRussian() {
	g, _ := glossary.Load("glossary.yaml", strings.NewReader(exampleYAML))
	s := "Среди рабочих отмечается ШТОРМОБОЯЗНЬ, о чём доложено тов. Штыкову."
	for _, m := range g.MatchRussian(s) {
		fmt.Printf("%s: %q at byte %d\n", m.Entry.ID, m.Text, m.Start)
	}
	// Output:
	// shtormoboiazn: "ШТОРМОБОЯЗНЬ" at byte 47
	// shtykov: "Штыкову" at byte 108
}

func ExampleGlossary_MatchEnglish() {
	g, _ := glossary.Load("glossary.yaml", strings.NewReader(exampleYAML))
	for _, m := range g.MatchEnglish("The storm phobia of the crews was reported to Comrade Shtykov's staff.") {
		fmt.Printf("%s: %q (%s)\n", m.Entry.ID, m.Text, m.Rendering.Status)
	}
	// Output:
	// shtormoboiazn: "storm phobia" (forbidden)
	// shtykov: "Shtykov's" (preferred)
}

func ExampleWriteTBX() {
	g, _ := glossary.Load("glossary.yaml", strings.NewReader(exampleYAML))
	g.Entries = g.Entries[1:]
	glossary.WriteTBX(os.Stdout, g)
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
	// <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>
	// <tbx type="TBX-Basic" style="dca" xml:lang="ru" xmlns="urn:iso:std:iso:30042:ed-2">
	//   <tbxHeader>
	//     <fileDesc>
	//       <sourceDesc>
	//         <p>Glossary written by sverka from glossary.yaml; transliteration scheme ala-lc</p>
	//       </sourceDesc>
	//     </fileDesc>
	//   </tbxHeader>
	//   <text>
	//     <body>
	//       <conceptEntry id="shtykov">
	//         <note>sverka-kind: person</note>
	//         <langSec xml:lang="ru">
	//           <termSec>
	//             <term>Штыков</term>
	//           </termSec>
	//         </langSec>
	//         <langSec xml:lang="en">
	//           <termSec>
	//             <term>Shtykov</term>
	//             <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
	//           </termSec>
	//         </langSec>
	//       </conceptEntry>
	//     </body>
	//   </text>
	// </tbx>
}

func ExampleReadCSV() {
	const csv = "russian\tenglish\tstatus\tkind\n" +
		"Находка\tNakhodka\tpreferred\tplace\n" +
		"причал\tpier\tpreferred\tterm\n" +
		"причал\twharf\tadmitted\t\n"
	g, err := glossary.ReadCSV("terms.tsv", strings.NewReader(csv), 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	glossary.Write(os.Stdout, g)
	// Output:
	// # sverka glossary: one entry per concept; see `sverka glossary --help`.
	// entries:
	//   - id: nakhodka
	//     kind: place
	//     russian: [Находка]
	//     renderings:
	//       - Nakhodka
	//
	//   - id: prichal
	//     kind: term
	//     russian: [причал]
	//     renderings:
	//       - pier
	//       - {text: wharf, status: admitted}
}

func ExampleWriteVale() {
	g := &glossary.Glossary{Entries: []*glossary.Entry{{
		ID: "purga", Kind: glossary.Term, Russian: []string{"пурга"},
		Renderings: []glossary.Rendering{{Text: "blizzard", Status: glossary.Preferred}, {Text: "snowstorm", Status: glossary.Forbidden}},
	}, {
		ID: "shtykov", Kind: glossary.Person, Russian: []string{"Штыков"},
		Renderings: []glossary.Rendering{{Text: "Shtykov", Status: glossary.Preferred}},
	}}}
	var accept, reject strings.Builder
	if err := glossary.WriteVale(&accept, &reject, g); err != nil {
		fmt.Println(err)
	}
	fmt.Print("accept.txt:\n", accept.String(), "reject.txt:\n", reject.String())
	// Output:
	// accept.txt:
	// (?i)blizzard
	// Shtykov
	// reject.txt:
	// (?i)snowstorm
}
