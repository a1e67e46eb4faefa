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

// Each command's help ends with the statuses it can return.
const (
	exitStatusHelp = `Exit status:
  0  success
  2  bad usage, unreadable or invalid input`

	exitStatusFindingsHelp = `Exit status:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on
  2  bad usage, unreadable or invalid input, broken glossary or configuration`

	exitStatusDiffHelp = `Exit status:
  0  the revisions do not differ
  1  the revisions differ
  2  bad usage, unreadable or invalid input`

	exitStatusAllHelp = `Exit status, the same for every command:
  0  success, nothing found
  1  findings at or above --fail-on (check, build), differences (diff)
  2  bad usage, unreadable or invalid input`
)

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
