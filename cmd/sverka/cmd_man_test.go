package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// sverka man writes one page per command, and each page names the
// command's flags.
func TestManPages(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "man1")
	code, _, errs := runSverka(t, "", "man", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.1"))
	sio, _, _ := newTestIO("")
	root := newRootCommand(sio)
	root.InitDefaultCompletionCmd()
	want := 0
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if !c.IsAvailableCommand() && c.HasParent() {
			return
		}
		want++
		name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: no page: %v", c.CommandPath(), err)
			return
		}
		page := string(data)
		if !strings.Contains(page, ".TH \"SVERKA\" \"1\"") {
			t.Errorf("%s: not a section 1 page:\n%.200s", name, page)
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			if !strings.Contains(page, `\fB--`+f.Name+`\fP`) {
				t.Errorf("%s: the page does not name --%s", name, f.Name)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if len(pages) != want || !strings.Contains(errs, fmt.Sprintf("wrote %d manual pages", want)) {
		t.Errorf("%d pages for %d commands; stderr %q", len(pages), want, errs)
	}
}
