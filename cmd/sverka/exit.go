package main

import (
	"errors"
	"fmt"
)

// Exit statuses, the same for every command.
const (
	exitClean    = 0 // success, no findings
	exitFindings = 1 // findings (check), differences (diff)
	exitBad      = 2 // bad usage, unreadable input, broken glossary
)

const exitStatusHelp = `Exit status:
  0  success, nothing found
  1  findings at or above --fail-on (check), differences (diff)
  2  bad usage, unreadable or invalid input`

// errFindings is returned by a command that ran well and found something;
// it has already said what.
var errFindings = errors.New("findings")

// usageError is a misuse of flags or arguments.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// exitStatus maps an error from a command to the process exit status.
func exitStatus(err error) int {
	switch {
	case err == nil:
		return exitClean
	case errors.Is(err, errFindings):
		return exitFindings
	default:
		return exitBad
	}
}
