package main

import (
	"os"
	"path/filepath"

	"github.com/sverka/sverka/check"
)

// printOptions are the options of the findings printers: the tool's
// version, and the repository root that code hosts name files from.
func printOptions(findings []check.Finding) check.PrintOptions {
	wd, _ := os.Getwd()
	return check.PrintOptions{ToolVersion: toolVersion(), Root: findingsRoot(findings, wd), WorkDir: wd}
}

// findingsRoot is the root of the repository the checked files are in, so
// that SARIF, annotations and Code Climate name them as the code host
// does, wherever sverka ran from: $GITHUB_WORKSPACE when set; else the
// folder holding .git above the first file (or the working directory);
// else the folder all the files are in.
func findingsRoot(findings []check.Finding, wd string) string {
	if ws := os.Getenv("GITHUB_WORKSPACE"); ws != "" {
		if abs, err := filepath.Abs(ws); err == nil {
			return abs
		}
	}
	var files []string
	for _, f := range findings {
		if name := f.Pos.File; name != "" && name != "-" && name != "<stdin>" {
			if !filepath.IsAbs(name) {
				name = filepath.Join(wd, name)
			}
			files = append(files, filepath.Clean(name))
		}
	}
	start := wd
	if len(files) > 0 {
		start = filepath.Dir(files[0])
	}
	if root := gitRoot(start); root != "" {
		return root
	}
	if root := gitRoot(wd); root != "" {
		return root
	}
	if len(files) == 0 {
		return wd
	}
	common := filepath.Dir(files[0])
	for _, f := range files[1:] {
		for !within(common, f) {
			parent := filepath.Dir(common)
			if parent == common {
				break
			}
			common = parent
		}
	}
	return common
}

// gitRoot is the nearest folder at or above dir holding .git (a folder, or
// the file of a worktree), or "".
func gitRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

func within(dir, file string) bool {
	rel, err := filepath.Rel(dir, file)
	return err == nil && rel != ".." && !filepath.IsAbs(rel) && (len(rel) < 3 || rel[:3] != ".."+string(filepath.Separator))
}
