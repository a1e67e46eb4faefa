package input

import (
	"os"
	"path/filepath"
	"strings"
)

// Within reports whether the file at name lies, once every symbolic link
// on its way is followed, inside one of the folders dirs (themselves
// resolved). A name that does not exist yet counts by its folder; a link
// that points at a file not there yet counts by where it points, since
// writing through it would create that file. A pull request checked in CI
// can commit links, never make a folder outside the repository: this keeps
// what sverka reads and writes by itself in the checkout.
func Within(name string, dirs ...string) bool {
	target, ok := resolve(name, 0)
	if !ok {
		return false
	}
	for _, d := range dirs {
		root, err := filepath.EvalSymlinks(d)
		if err != nil {
			continue
		}
		if root, err = filepath.Abs(root); err != nil {
			continue
		}
		rel, err := filepath.Rel(root, target)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// resolve returns the absolute path name leads to, following links even
// when what they point at does not exist yet.
func resolve(name string, depth int) (string, bool) {
	if depth > 40 {
		return "", false // a loop of links
	}
	if t, err := filepath.EvalSymlinks(name); err == nil {
		t, err = filepath.Abs(t)
		return t, err == nil
	}
	if fi, err := os.Lstat(name); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		link, err := os.Readlink(name)
		if err != nil {
			return "", false
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(name), link)
		}
		return resolve(link, depth+1)
	}
	// Not there: its folder decides.
	dir, ok := resolve(filepath.Dir(name), depth+1)
	if !ok {
		return "", false
	}
	return filepath.Join(dir, filepath.Base(name)), true
}
