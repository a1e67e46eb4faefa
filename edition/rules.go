package edition

import "github.com/sverka/sverka/texts"

// InsertionStyle is the edition's form of translator insertions:
// [the crews - NO].
type InsertionStyle struct {
	Signers  []string `yaml:"signers,omitempty"`  // declared initials; empty accepts any
	Required bool     `yaml:"required,omitempty"` // every insertion must be signed
	Mark     string   `yaml:"mark,omitempty"`     // the separator before the initials; " - " when empty
}

// RuleSetting is one entry of sverka.yaml's rules: a rule id and the
// severity the edition gives it ("off" turns the rule off), with where
// both are written, so that package check can point at a rule it does not
// know or a severity that does not exist.
//
// An entry with a Pattern or a Swap is a rule of the edition's own (as
// Vale's existence and substitution rules): package check compiles and
// validates it; edition only reads it, with positions.
type RuleSetting struct {
	ID          string
	Severity    string
	Pos         texts.Pos // of the rule id (of the entry for a rule without one)
	SeverityPos texts.Pos

	Pattern    string // a Go regular expression
	PatternPos texts.Pos
	On         string // english, russian or both; "" for english
	OnPos      texts.Pos
	Message    string
	Fix        string // the replacement, $1 for a group
	// Swap maps what the text must not say to what it should, in the
	// order written.
	Swap []RuleSwap
}

// RuleSwap is one entry of a substitution rule: From (a Go regular
// expression) is reported, To suggested.
type RuleSwap struct {
	From, To string
	Pos      texts.Pos // of From
}

// Custom reports whether the entry is a rule of the edition's own rather
// than a setting of one of the checks'.
func (r RuleSetting) Custom() bool { return r.Pattern != "" || r.PatternPos.Line > 0 || r.Swap != nil }
