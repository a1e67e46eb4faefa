package main

import "testing"

// runSverka runs the command line as a user would, with stdin as standard
// input, and returns the exit status, stdout and stderr.
func runSverka(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	sio, out, errb := newTestIO(stdin)
	code = Main(args, sio)
	return code, out.String(), errb.String()
}
