package glossary

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sverka/sverka/texts"
)

// aliasBomb is a glossary of n entries whose renderings all point by alias
// at one list of n renderings: small on disk, n*n once every alias is
// followed.
func aliasBomb(n int) string {
	var b strings.Builder
	b.WriteString("entries:\n  - russian: штормобоязнь\n    renderings: &R\n")
	for i := range n {
		fmt.Fprintf(&b, "      - storm-fright %d\n", i)
	}
	for i := range n {
		fmt.Fprintf(&b, "  - russian: термин%d\n    renderings: *R\n", i)
	}
	return b.String()
}

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLoadRefusesAliases: a 178 KB glossary of aliases took a gigabyte and
// 19 s to list; it is refused at the first alias, within a bound of memory
// far below what following them needed.
func TestLoadRefusesAliases(t *testing.T) {
	src := aliasBomb(3000)
	var err error
	done := make(chan uint64)
	go func() { done <- allocated(func() { _, err = Load("g.yaml", strings.NewReader(src)) }) }()
	var bytes uint64
	select {
	case bytes = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Load still running after 20 s")
	}
	var list ErrorList
	if !errors.As(err, &list) || list[0].Pos.Line != 3005 || list[0].Pos.Col != 17 || !strings.Contains(list[0].Msg, "alias *R") {
		t.Fatalf("err = %v, want g.yaml:3005:17: alias *R ...", err)
	}
	if bytes > 300<<20 {
		t.Errorf("Load allocated %d MB, want under 300", bytes>>20)
	}
}

// TestLoadFileNotRegular: a glossary that is a pipe or a device is refused
// at once, by name.
func TestLoadFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "g.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	link := filepath.Join(dir, "zero.yaml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	for _, name := range []string{fifo, link} {
		var err error
		done := make(chan struct{})
		go func() { _, err = LoadFile(name); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: LoadFile still running after 10 s", name)
		}
		if err == nil || !strings.HasPrefix(err.Error(), name+": not a regular file") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// TestLoadSyntaxPosition: a syntax error names the line where the file
// stops being YAML, not the line where the enclosing collection begins.
func TestLoadSyntaxPosition(t *testing.T) {
	_, err := Load("g.yaml", strings.NewReader("scheme: ala-lc\nentries:\n  - russian: Ставка\n    renderings: [Stavka, Headquarters\n"))
	var list ErrorList
	if !errors.As(err, &list) || list[0].Pos != (texts.Pos{File: "g.yaml", Line: 4, Col: 5}) {
		t.Fatalf("err = %v, want g.yaml:4:5", err)
	}
}
