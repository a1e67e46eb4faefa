package main

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary be the sverka command of the scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"sverka": func() { os.Exit(Main(os.Args[1:], newSystemIO())) },
	})
}

// TestScript runs the command-line scripts of testdata/script: each is a
// txtar archive of a shell-like script and the files it works on
// (go doc github.com/rogpeppe/go-internal/testscript).
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			// Colour and the edition search must not depend on the
			// machine the tests run on.
			env.Setenv("NO_COLOR", "")
			env.Setenv("TERM", "dumb")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":         cmdExits,
			"relink":        cmdRelink,
			"reviewconfirm": cmdReviewConfirm,
		},
	})
}

// cmdExits is the scripts' "exits STATUS PROGRAM [ARGS...]": it runs the
// program as exec does and fails unless it exits with STATUS, since exec
// alone tells only success from failure and sverka's 1 (findings) and 2
// (bad usage or input) differ.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits STATUS program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %q is not an exit status", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}
