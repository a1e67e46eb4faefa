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
type RuleSetting struct {
	ID          string
	Severity    string
	Pos         texts.Pos // of the rule id
	SeverityPos texts.Pos
}
