package check

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// summaryFirst is how many findings the job summary lists: GitHub shows
// only ten errors and ten warnings a step as annotations, and a summary
// that lists hundreds is read by nobody.
const summaryFirst = 20

// WriteSummary writes the findings as the Markdown of a CI job summary
// (GitHub's $GITHUB_STEP_SUMMARY): how many by severity, a table of the
// rules with their counts, the first findings with their places (files
// from opts.Root), and where to see the rest (rest: "the SARIF upload",
// "sverka check --format text"; empty says nothing).
func WriteSummary(w io.Writer, fs []Finding, opts PrintOptions, rest string) error {
	var b strings.Builder
	b.WriteString("### sverka check\n\n")
	if len(fs) == 0 {
		b.WriteString("No findings.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	sev := map[Severity]int{}
	type ruleCount struct {
		rule     string
		severity Severity
		n        int
	}
	byRule := map[string]*ruleCount{}
	for _, f := range fs {
		sev[f.Severity]++
		rc := byRule[f.Rule]
		if rc == nil {
			rc = &ruleCount{rule: f.Rule, severity: f.Severity}
			byRule[f.Rule] = rc
		}
		rc.n++
		if f.Severity.Rank() > rc.severity.Rank() {
			rc.severity = f.Severity
		}
	}
	var parts []string
	for _, s := range []Severity{Error, Warning, Info} {
		if n := sev[s]; n > 0 {
			word := string(s)
			if n > 1 && s != Info {
				word += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, word))
		}
	}
	noun := "findings"
	if len(fs) == 1 {
		noun = "finding"
	}
	fmt.Fprintf(&b, "**%d %s**: %s.\n\n", len(fs), noun, strings.Join(parts, ", "))
	rules := make([]*ruleCount, 0, len(byRule))
	for _, rc := range byRule {
		rules = append(rules, rc)
	}
	sort.Slice(rules, func(i, j int) bool {
		if rules[i].severity.Rank() != rules[j].severity.Rank() {
			return rules[i].severity.Rank() > rules[j].severity.Rank()
		}
		if rules[i].n != rules[j].n {
			return rules[i].n > rules[j].n
		}
		return rules[i].rule < rules[j].rule
	})
	b.WriteString("| rule | severity | findings |\n|---|---|---:|\n")
	for _, rc := range rules {
		fmt.Fprintf(&b, "| `%s` | %s | %d |\n", rc.rule, rc.severity, rc.n)
	}
	b.WriteString("\n")
	shown := fs
	if len(shown) > summaryFirst {
		shown = shown[:summaryFirst]
	}
	for _, f := range shown {
		p := f.Pos
		p.File = opts.hostPath(p.File)
		fmt.Fprintf(&b, "- `%s` %s **%s**: %s\n", p, f.Severity, f.Rule, mdEscape(oneLine(f.Message)))
	}
	if more := len(fs) - len(shown); more > 0 {
		fmt.Fprintf(&b, "\n%d more", more)
		if rest != "" {
			fmt.Fprintf(&b, ": see %s", rest)
		}
		b.WriteString(".\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscape keeps a message from being read as Markdown or HTML.
func mdEscape(s string) string {
	return strings.NewReplacer("\\", "\\\\", "`", "\\`", "*", "\\*", "_", "\\_", "<", "&lt;", ">", "&gt;", "|", "\\|", "[", "\\[", "]", "\\]").Replace(s)
}
