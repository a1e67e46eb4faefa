package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// Every command validates its arguments itself: a command without Args
// would get cobra's legacy validation, whose errors are not usage errors.
func TestEveryCommandValidatesArgs(t *testing.T) {
	sio, _, _ := newTestIO("")
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Args == nil && c.Name() != "help" && c.Name() != "completion" && c.Parent() != nil && c.Parent().Name() != "completion" {
			t.Errorf("%s: no Args validator", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCommand(sio))
}

// Enum flags complete their values in a shell.
func TestEnumFlagCompletion(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "check", "--format", ""}, "text\njson\ngithub\nsarif\n"},
		{[]string{"__complete", "translit", "--scheme", ""}, "ala-lc\nbgn\niso9\npopular\n"},
		{[]string{"__complete", "diff", "--color", ""}, "auto\nalways\nnever\n"},
	} {
		code, out, _ := runSverka(t, "", c.args...)
		if code != 0 || !strings.HasPrefix(out, c.want) {
			t.Errorf("%s: exit %d, %q; want the values %q", strings.Join(c.args, " "), code, out, c.want)
		}
	}
}

// Other spellings of a value are taken as the value they stand for.
func TestEnumFlagAlias(t *testing.T) {
	var v string
	ev := &enumValue{value: &v, allowed: []string{"error", "warning"}}
	if err := ev.Set("Warning"); err != nil || v != "warning" {
		t.Errorf("Set(Warning): %v, value %q", err, v)
	}
	if err := ev.Set("fatal"); err == nil || err.Error() != "want error or warning" {
		t.Errorf("Set(fatal): %v", err)
	}
}

// --color: always and never decide; auto colours a terminal's standard
// output unless NO_COLOR is set or TERM is dumb, never a file.
func TestColor(t *testing.T) {
	env := func(vars ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(vars); i += 2 {
				if vars[i] == k {
					return vars[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		tty    bool
		env    func(string) string
		mode   string
		output string
		want   bool
	}{
		{true, env(), "auto", "", true},
		{true, env(), "auto", "-", true},
		{true, env(), "auto", "out.txt", false},
		{false, env(), "auto", "", false},
		{true, env("NO_COLOR", "1"), "auto", "", false},
		{true, env("TERM", "dumb"), "auto", "", false},
		{false, env("NO_COLOR", "1"), "always", "out.txt", true},
		{true, env(), "never", "", false},
	} {
		sio := &IO{Color: colorAllowed(c.tty, c.env)}
		if got := useColor(sio, c.mode, c.output); got != c.want {
			t.Errorf("tty %v, NO_COLOR %q, TERM %q, --color %s, -o %q: colour %v, want %v",
				c.tty, c.env("NO_COLOR"), c.env("TERM"), c.mode, c.output, got, c.want)
		}
	}
}
