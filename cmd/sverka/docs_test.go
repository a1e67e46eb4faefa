package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/sverka/sverka/check"
)

// The README is the front door and docs/ holds the rest; these tests keep
// the door short, its links alive and its tour complete.

// repoRoot is the module's root, two folders above this package.
const repoRoot = "../.."

// maxREADMELines is how long the front door may grow.
const maxREADMELines = 250

// docFiles returns README.md and every docs/*.md page.
func docFiles(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join(repoRoot, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no docs/*.md pages")
	}
	return append([]string{filepath.Join(repoRoot, "README.md")}, pages...)
}

func readDoc(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestREADMEIsShort(t *testing.T) {
	text := readDoc(t, filepath.Join(repoRoot, "README.md"))
	if n := strings.Count(text, "\n"); n > maxREADMELines {
		t.Errorf("README.md has %d lines, want at most %d: move the detail to a page of docs/", n, maxREADMELines)
	}
}

func TestDocLinksResolve(t *testing.T) {
	for _, path := range docFiles(t) {
		text := readDoc(t, path)
		for _, l := range markdownLinks(text) {
			if err := checkLink(path, text, l.target); err != nil {
				name, _ := filepath.Rel(repoRoot, path)
				t.Errorf("%s:%d: link %q: %v", filepath.ToSlash(name), l.line, l.target, err)
			}
		}
	}
}

// TestREADMETourNamesEveryCommand: every command sverka has gets its line
// in the README's tour, written as **`sverka NAME ...`**.
func TestREADMETourNamesEveryCommand(t *testing.T) {
	text := readDoc(t, filepath.Join(repoRoot, "README.md"))
	sio, _, _ := newTestIO("")
	for _, c := range newRootCommand(sio).Commands() {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if !strings.Contains(text, "**`sverka "+c.Name()) {
			t.Errorf("README.md's tour has no line for %q: add **`sverka %s ...`**: one or two lines and one example", c.Name(), c.Name())
		}
	}
}

// TestCheckingPageListsEveryRule: docs/checking.md's table of rules has a
// row for every rule, with its default severity.
func TestCheckingPageListsEveryRule(t *testing.T) {
	text := readDoc(t, filepath.Join(repoRoot, "docs", "checking.md"))
	for _, r := range check.Rules() {
		row := fmt.Sprintf("| `%s` | %s |", r.ID, r.Default)
		if !strings.Contains(text, row) {
			t.Errorf("docs/checking.md's table of rules has no row starting %q", row)
		}
	}
}

type docLink struct {
	target string
	line   int
}

var (
	linkPattern = regexp.MustCompile(`\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	codeSpan    = regexp.MustCompile("`[^`]*`")
)

// markdownLinks finds the inline links of a Markdown text outside fenced
// code blocks and code spans.
func markdownLinks(text string) []docLink {
	var links []docLink
	fenced := false
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		line = codeSpan.ReplaceAllString(line, "")
		for _, m := range linkPattern.FindAllStringSubmatch(line, -1) {
			links = append(links, docLink{target: m[1], line: i + 1})
		}
	}
	return links
}

// checkLink says what is wrong with a link of the file at path (whose text
// is text): a relative link must name a file that exists, and an anchor a
// heading of that file.
func checkLink(path, text, target string) error {
	if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
		return nil
	}
	file, anchor, _ := strings.Cut(target, "#")
	targetText := text
	if file != "" {
		full := filepath.Join(filepath.Dir(path), filepath.FromSlash(file))
		if _, err := os.Stat(full); err != nil {
			return fmt.Errorf("no such file %s", file)
		}
		if anchor == "" || !strings.HasSuffix(file, ".md") {
			return nil
		}
		b, err := os.ReadFile(full)
		if err != nil {
			return err
		}
		targetText = string(b)
	}
	if anchor == "" {
		return nil
	}
	for _, a := range headingAnchors(targetText) {
		if a == anchor {
			return nil
		}
	}
	return fmt.Errorf("no heading with anchor #%s", anchor)
}

// headingAnchors returns the anchors GitHub gives the headings of a
// Markdown text: lower case, punctuation dropped, spaces as hyphens, a
// repeated anchor numbered -1, -2, ...
func headingAnchors(text string) []string {
	var anchors []string
	seen := map[string]int{}
	fenced := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if fenced || !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(line, "#"))
		var b strings.Builder
		for _, r := range strings.ToLower(title) {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
				b.WriteRune(r)
			case r == ' ':
				b.WriteByte('-')
			}
		}
		a := b.String()
		if n := seen[a]; n > 0 {
			anchors = append(anchors, fmt.Sprintf("%s-%d", a, n))
		} else {
			anchors = append(anchors, a)
		}
		seen[a]++
	}
	return anchors
}

func TestHeadingAnchors(t *testing.T) {
	text := "# Editions: `sverka.yaml`, `build`\n## Files an edition may name\n```\n# not a heading\n```\n## Rules\n## Rules\n## Чтение текстов\n"
	got := headingAnchors(text)
	want := []string{"editions-sverkayaml-build", "files-an-edition-may-name", "rules", "rules-1", "чтение-текстов"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("headingAnchors = %q, want %q", got, want)
	}
}

func TestCheckLinkFindsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.md")
	text := "# Top\n## A section\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		target string
		ok     bool
	}{
		{"page.md", true},
		{"page.md#a-section", true},
		{"#top", true},
		{"https://example.org/x.md", true},
		{"missing.md", false},
		{"page.md#no-such-section", false},
		{"#nowhere", false},
	} {
		err := checkLink(page, text, c.target)
		if (err == nil) != c.ok {
			t.Errorf("checkLink(%q) = %v, want ok %v", c.target, err, c.ok)
		}
	}
	links := markdownLinks("see [a](a.md) and `[b](b.md)`\n```\n[c](c.md)\n```\n[d](d.md#x \"title\")\n")
	if len(links) != 2 || links[0].target != "a.md" || links[1].target != "d.md#x" || links[1].line != 5 {
		t.Errorf("markdownLinks = %+v, want a.md on line 1 and d.md#x on line 5", links)
	}
}
