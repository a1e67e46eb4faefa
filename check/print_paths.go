package check

import (
	"net/url"
	"path/filepath"
	"strings"
)

// Files as code hosts name them. GitHub code scanning, annotations and
// GitLab's Code Quality name a file from the root of the repository,
// wherever the check ran from: PrintOptions.Root is that root, and every
// printer for them names files from it.

// srcRoot is the SARIF uriBaseId of the repository root.
const srcRoot = "%SRCROOT%"

// absName is name made absolute from WorkDir (as it is when WorkDir is
// empty or name already absolute).
func (o PrintOptions) absName(name string) string {
	if name == "" || name == "-" || filepath.IsAbs(name) || o.WorkDir == "" {
		return name
	}
	return filepath.Join(o.WorkDir, name)
}

// repoPath names a file from Root with forward slashes; ok is false when
// there is no Root or the file is outside it (standard input, another
// folder).
func (o PrintOptions) repoPath(name string) (string, bool) {
	if o.Root == "" || name == "" || name == "-" || name == "<stdin>" {
		return "", false
	}
	abs := o.absName(name)
	if !filepath.IsAbs(abs) {
		return "", false
	}
	rel, err := filepath.Rel(o.Root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// hostPath is the name a code host shows: from the repository root where
// the file is in it, else as given.
func (o PrintOptions) hostPath(name string) string {
	if rel, ok := o.repoPath(name); ok {
		return rel
	}
	return slashPath(name)
}

// sarifLocationOf is a file's artifact location: relative to %SRCROOT%
// where it is in the repository, else a relative reference as given, or a
// file URI for an absolute name outside it (never a bare absolute path,
// which code scanning refuses).
func (o PrintOptions) sarifLocationOf(name string) sarifArtifact {
	if rel, ok := o.repoPath(name); ok {
		return sarifArtifact{URI: sarifURI(rel), URIBaseID: srcRoot}
	}
	if abs := o.absName(name); filepath.IsAbs(abs) {
		return sarifArtifact{URI: fileURI(abs)}
	}
	return sarifArtifact{URI: sarifURI(name)}
}

// fileURI is file:///abs/path (with a trailing slash for a folder when
// dir is set).
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
