//go:build tune

package align

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Reading The Debian Administrator's Handbook as Debian installs it
// (package debian-handbook): one book, translated from English through PO
// files, as HTML pages per language. Its licence is GPL/CC-BY-SA: it is
// read where it is installed and nothing of it is kept in the project.

// handbookDir is where the debian-handbook package puts the HTML of each
// language (en-US, ru-RU, zh-CN, ...).
const handbookDir = "/usr/share/doc/debian-handbook/html"

// handbookUnit is one translation unit of a page: the text of one block
// element (a paragraph, a list item's paragraph, a title, a table cell, a
// code block), whitespace collapsed, as one line of `sverka align --split
// lines`.
type handbookUnit struct {
	Text string
	Kind string // the element that holds it: para, title, pre, li, cell, term
}

// handbookChapter is one chapter of the book in one language: the
// chapter's page and its sections' pages, in reading order.
type handbookChapter struct {
	Name  string   // the chapter page's file name
	Pages []string // its pages in order, the chapter page first
	Units []handbookUnit
	// PageUnits is the number of units on each page.
	PageUnits []int
}

// skipHandbook skips the test when the book (or the language) is not
// installed.
func skipHandbook(tb testing.TB, lang string) {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(handbookDir, lang, "index.html")); err != nil {
		tb.Skipf("the Debian Administrator's Handbook (%s) is not installed: apt-get install debian-handbook (%v)", lang, err)
	}
}

var (
	nextLink = regexp.MustCompile(`<link rel="next" href="([^"]+)"`)
	upLink   = regexp.MustCompile(`<link rel="up" href="([^"]+)"`)
)

// handbookOrder is the book's reading order of pages, from index.html
// along the "next" links (the same for every language: the page names
// are the English ids), and each page's chapter: a page whose "up" is the
// index is a chapter, its sections' pages point up to it.
func handbookOrder(tb testing.TB, lang string) (order []string, chapter map[string]string) {
	tb.Helper()
	chapter = map[string]string{}
	seen := map[string]bool{}
	page := "index.html"
	for page != "" && !seen[page] {
		seen[page] = true
		b, err := os.ReadFile(filepath.Join(handbookDir, lang, page))
		if err != nil {
			tb.Fatal(err)
		}
		if page != "index.html" {
			order = append(order, page)
			up := ""
			if m := upLink.FindSubmatch(b); m != nil {
				up = string(m[1])
			}
			if up == "index.html" || up == "" {
				chapter[page] = page
			} else {
				chapter[page] = chapter[up]
				if chapter[page] == "" {
					chapter[page] = up
				}
			}
		}
		page = ""
		if m := nextLink.FindSubmatch(b); m != nil {
			page = string(m[1])
		}
	}
	return order, chapter
}

// readHandbook reads the book in one language as chapters of units.
func readHandbook(tb testing.TB, lang string) []handbookChapter {
	tb.Helper()
	order, chapter := handbookOrder(tb, lang)
	var chs []handbookChapter
	for _, page := range order {
		if len(chs) == 0 || chs[len(chs)-1].Name != chapter[page] {
			chs = append(chs, handbookChapter{Name: chapter[page]})
		}
		ch := &chs[len(chs)-1]
		f, err := os.Open(filepath.Join(handbookDir, lang, page))
		if err != nil {
			tb.Fatal(err)
		}
		units, err := handbookUnits(f)
		f.Close()
		if err != nil {
			tb.Fatalf("%s/%s: %v", lang, page, err)
		}
		ch.Pages = append(ch.Pages, page)
		ch.PageUnits = append(ch.PageUnits, len(units))
		ch.Units = append(ch.Units, units...)
	}
	return chs
}

// handbookUnits reads the translation units of one page. A unit is the
// text between two block boundaries, so that a paragraph holding a list
// gives the text before the list, each item, and the text after. The
// navigation (the banner, the links to the next and previous pages), the
// tables of contents and the index anchors are left out: they are not
// translated text but copies of the titles.
func handbookUnits(r *os.File) ([]handbookUnit, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	var units []handbookUnit
	var text strings.Builder
	kind := "para"
	flush := func() {
		t := strings.Join(strings.Fields(text.String()), " ")
		text.Reset()
		if t != "" {
			units = append(units, handbookUnit{Text: t, Kind: kind})
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipHandbookNode(n) {
				return
			}
		}
		block, k := handbookBlock(n)
		outer := kind
		if block {
			flush()
			if k != "" {
				kind = k
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
			kind = outer
		}
	}
	walk(doc)
	flush()
	return units, nil
}

// handbookBlock says whether n ends the unit before it and starts a new
// one, and the kind of unit it holds ("" for the kind around it).
func handbookBlock(n *html.Node) (bool, string) {
	if n.Type != html.ElementNode {
		return false, ""
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true, "title"
	case atom.Pre:
		return true, "pre"
	case atom.Td, atom.Th:
		return true, "cell"
	case atom.Dt:
		return true, "term"
	case atom.Li:
		return true, "li"
	case atom.P:
		if strings.Contains(attr(n, "class"), "title") {
			return true, "title"
		}
		return true, ""
	case atom.Div:
		switch attr(n, "class") {
		case "para":
			return true, "para"
		case "title":
			return true, "title"
		}
		return true, ""
	case atom.Ul, atom.Ol, atom.Dl, atom.Dd, atom.Table, atom.Tr, atom.Body, atom.Blockquote, atom.Br:
		return true, ""
	}
	return false, ""
}

func skipHandbookNode(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style:
		return true
	}
	id, class := attr(n, "id"), attr(n, "class")
	switch {
	case id == "banner", id == "title":
		return true
	case strings.HasPrefix(class, "docnav"), class == "toc", class == "indexterm":
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestHandbookUnits prints each chapter's unit counts in English and the
// translation, with the pages whose counts differ: what the gold can cover.
//
//	go test -tags tune -run HandbookUnits -v ./align
func TestHandbookUnits(t *testing.T) {
	for _, lang := range []string{"ru-RU", "zh-CN"} {
		skipHandbook(t, "en-US")
		skipHandbook(t, lang)
		en, tr := readHandbook(t, "en-US"), readHandbook(t, lang)
		if len(en) != len(tr) {
			t.Fatalf("%s: %d chapters, en-US %d", lang, len(tr), len(en))
		}
		same, total := 0, 0
		for c := range en {
			differ := ""
			for p := range en[c].Pages {
				if en[c].PageUnits[p] != tr[c].PageUnits[p] {
					differ += fmt.Sprintf(" %s %d/%d", en[c].Pages[p], en[c].PageUnits[p], tr[c].PageUnits[p])
				}
			}
			total += len(en[c].Units)
			if len(en[c].Units) == len(tr[c].Units) {
				same += len(en[c].Units)
			}
			t.Logf("%s %-32s en %5d %s %5d%s", lang, en[c].Name, len(en[c].Units), lang, len(tr[c].Units), differ)
		}
		t.Logf("%s: %d of %d English units in chapters with the same count", lang, same, total)
	}
}
