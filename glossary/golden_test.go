package glossary

import (
	"flag"
	"strconv"
)

// The -update flag rewrites golden files. Another test file of this package
// may declare it too; register it only when nobody has (package variables
// are initialised before init functions run).
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

// updating reports whether -update was given.
func updating() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	b, _ := strconv.ParseBool(f.Value.String())
	return b
}
