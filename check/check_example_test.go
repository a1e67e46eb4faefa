package check_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// Check on an English text alone runs the checks that need no original.
func ExampleRun() {
	en := "Comrade Lavrentyev reports from «Владивосток».\n" +
		"To instruct Comrade Lavrentiev to submit a plan.\n" +
		"They [the crews -NO] refuse to go out.\n"
	c, err := texts.Read("en.txt", strings.NewReader(en), texts.Options{Lang: texts.English})
	if err != nil {
		panic(err)
	}
	var pairs []*edition.Pair
	for _, d := range c.Documents {
		pairs = append(pairs, &edition.Pair{Target: d, TargetText: c.Source})
	}
	opts := check.Options{Insertions: edition.InsertionStyle{Signers: []string{"NO"}}}
	fs := check.Run(&edition.Edition{Pairs: pairs, Glossary: nil}, opts)
	for _, f := range fs {
		fmt.Println(f)
	}
	// Output:
	// en.txt:2:21: warning: name-variant: Lavrentiev is also spelled Lavrentyev (1×, first at en.txt:1:9)
	// en.txt:3:6: warning: insertion-mark: insertion signed with " -" before the initials; the edition writes " - "
}

// WriteGitHub prints findings as annotations for a pull request.
func ExampleWriteGitHub() {
	f := check.Finding{
		Rule: "gloss-mismatch", Severity: check.Error,
		Message: "gloss [shtormoboyazn] differs from shtormoboiazn' of \"штормобоязнь\"",
		Pos:     texts.Pos{File: "en.txt", Line: 41, Col: 27}, Match: "[shtormoboyazn]",
	}
	if err := check.WriteGitHub(os.Stdout, []check.Finding{f}, check.PrintOptions{}); err != nil {
		panic(err)
	}
	// Output:
	// ::error file=en.txt,line=41,col=27,endColumn=42,title=sverka gloss-mismatch::gloss [shtormoboyazn] differs from shtormoboiazn' of "штормобоязнь"
}
