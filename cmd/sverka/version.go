package main

import (
	"runtime/debug"
	"strings"
)

// toolVersion is sverka's module version as the build recorded it:
// "v1.2.0" when installed with go install, "(devel)" from a clone.
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// versionText is what --version prints after "sverka version": the module
// version, and the commit it was built from when the build recorded it
// ("+dirty" for uncommitted changes).
func versionText() string {
	v := toolVersion()
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	// A pseudo-version (v0.0.0-20261201215816-484d78f0ecad) names it
	// already.
	if rev == "" || strings.HasSuffix(v, rev) {
		return v
	}
	if modified == "true" {
		rev += "+dirty"
	}
	return v + " (" + rev + ")"
}
