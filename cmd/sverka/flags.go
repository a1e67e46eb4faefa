package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/texts"
)

// enumValue is a string flag that takes one of a closed set of values.
// Parsing refuses anything else, so commands never validate it again.
type enumValue struct {
	value   *string
	allowed []string
	// alias, when set, accepts other spellings of an allowed value
	// ("pcgn" for bgn) and returns the value to keep.
	alias func(string) (string, bool)
}

// enumError is a value outside the set; the flag error function turns it
// into a usage error naming the command and the flag.
type enumError struct {
	value   string
	allowed []string
}

// Error reads "want a, b or c"; the flag error function puts the flag and
// the value before it.
func (e *enumError) Error() string {
	n := len(e.allowed)
	if n == 1 {
		return "want " + e.allowed[0]
	}
	return fmt.Sprintf("want %s or %s", strings.Join(e.allowed[:n-1], ", "), e.allowed[n-1])
}

func (e *enumValue) Set(s string) error {
	for _, a := range e.allowed {
		// Case is forgiven (--fail-on Warning); the value kept is the
		// one the command knows.
		if strings.EqualFold(s, a) {
			*e.value = a
			return nil
		}
	}
	if e.alias != nil {
		if v, ok := e.alias(s); ok {
			*e.value = v
			return nil
		}
	}
	return &enumError{value: s, allowed: e.allowed}
}

func (e *enumValue) String() string { return *e.value }
func (e *enumValue) Type() string   { return "string" }

// enumFlag defines a flag --name (with shorthand, when not "") that takes
// one of allowed, lists them in its help and completes them in a shell.
// The default need not be allowed: "" can stand for "decide for me".
func enumFlag(cmd *cobra.Command, p *string, name, shorthand, defaultValue string, allowed []string, usage string) *pflag.Flag {
	return aliasEnumFlag(cmd, p, name, shorthand, defaultValue, allowed, nil, usage)
}

// aliasEnumFlag is enumFlag where alias also accepts other spellings of the
// allowed values; the help and the completion list only the allowed ones.
func aliasEnumFlag(cmd *cobra.Command, p *string, name, shorthand, defaultValue string, allowed []string, alias func(string) (string, bool), usage string) *pflag.Flag {
	*p = defaultValue
	f := cmd.Flags().VarPF(&enumValue{value: p, allowed: allowed, alias: alias}, name, shorthand,
		fmt.Sprintf("%s {%s}", usage, strings.Join(allowed, "|")))
	// Registering fails only for an unknown or twice-registered flag: a
	// programming error the command tree test catches.
	if err := cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(allowed, cobra.ShellCompDirectiveNoFileComp)); err != nil {
		panic(err)
	}
	return f
}

// failOnFlag is --fail-on, the severity at which check and build exit 1.
func failOnFlag(cmd *cobra.Command, p *string) {
	var sevs []string
	for _, s := range []check.Severity{check.Error, check.Warning, check.Info} {
		sevs = append(sevs, string(s))
	}
	enumFlag(cmd, p, "fail-on", "", string(check.Error), sevs, "exit 1 for findings at or above this severity")
}

// colorFlag is --color: auto colours on a terminal unless NO_COLOR is set.
func colorFlag(cmd *cobra.Command, p *string) {
	enumFlag(cmd, p, "color", "", "auto", []string{"auto", "always", "never"}, "colour the output (auto: on a terminal, unless NO_COLOR is set)")
}

// schemeFlag is --scheme, a transliteration scheme (its other names, such
// as pcgn, accepted too).
func schemeFlag(cmd *cobra.Command, p *string, defaultValue, usage string) {
	var names []string
	for _, s := range texts.Schemes() {
		names = append(names, string(s))
	}
	aliasEnumFlag(cmd, p, "scheme", "", defaultValue, names, func(v string) (string, bool) {
		s, err := texts.ParseScheme(v)
		return string(s), err == nil && strings.TrimSpace(v) != ""
	}, usage)
}

// useColor resolves --color: always and never decide; auto colours
// standard output when it is a terminal and NO_COLOR is not set
// (IO.Color), never a file.
func useColor(sio *IO, mode, output string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return sio.Color && (output == "" || output == "-")
}

// hiddenAlias defines --alias as another name of the string flag --name,
// left out of the help: an old name kept working when one concept took
// one name across the commands.
func hiddenAlias(cmd *cobra.Command, alias, name string) {
	f := cmd.Flags().Lookup(name)
	cmd.Flags().Var(f.Value, alias, "another name of --"+name)
	if err := cmd.Flags().MarkHidden(alias); err != nil {
		panic(err) // the flag was just defined
	}
}
