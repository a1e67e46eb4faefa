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
