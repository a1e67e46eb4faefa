package glossary

import (
	"bytes"
	"fmt"
	"io"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// tbxOf returns a TBX file of n concepts.
func tbxOf(n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<tbx><text><body>\n")
	for i := range n {
		fmt.Fprintf(&b, `<conceptEntry id="c%d"><langSec xml:lang="ru"><termSec><term>причал %d</term></termSec></langSec>`+
			`<langSec xml:lang="en"><termSec><term>pier %d</term></termSec></langSec></conceptEntry>`+"\n", i, i, i)
	}
	b.WriteString("</body></text></tbx>\n")
	return b.String()
}

// peakHeap runs fn and returns the largest heap it saw, sampled every
// millisecond: a bound on memory, not a timing.
func peakHeap(fn func()) uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if h := read(); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	fn()
	close(stop)
	<-done
	if h := read(); h > peak.Load() {
		peak.Store(h)
	}
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}

// TestReadTBXMemory: importing used 60-70 times the file's size, a tree of
// the whole file; streamed, one concept at a time, it stays under ten.
func TestReadTBXMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("a 6 MB import")
	}
	src := []byte(tbxOf(40000))
	var g *Glossary
	var err error
	heap := peakHeap(func() { g, _, err = ReadTBX("big.tbx", bytes.NewReader(src), ImportOptions{}) })
	if err != nil || len(g.Entries) != 40000 {
		t.Fatalf("err %v, %d entries", err, len(g.Entries))
	}
	if limit := 10 * uint64(len(src)); heap > limit {
		t.Errorf("peak heap %d MB for a %d MB file, want under %d MB", heap>>20, len(src)>>20, limit>>20)
	}
	t.Logf("peak heap %.1f× the file", float64(heap)/float64(len(src)))
}

// endlessElements is a stream of <x/> that never ends.
type endlessElements struct{ started bool }

func (e *endlessElements) Read(p []byte) (int, error) {
	n := 0
	if !e.started {
		n = copy(p, "<x>")
		e.started = true
	}
	for n+4 <= len(p) {
		n += copy(p[n:], "<x/>")
	}
	return n, nil
}

// TestReadTBXStopsEarly: a file whose root is not TBX is refused at its
// root, however much follows (80 MB of <x/> took 74 s and 4.75 GB).
func TestReadTBXStopsEarly(t *testing.T) {
	var err error
	done := make(chan struct{})
	go func() { _, _, err = ReadTBX("x.tbx", &endlessElements{}, ImportOptions{}); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("ReadTBX still reading after 10 s")
	}
	if err == nil || !strings.Contains(err.Error(), "x.tbx:1:1: not TBX") {
		t.Fatalf("err = %v", err)
	}
}

// TestReadTBXTokenBound: a <term> of megabytes (one of 220 MB passed
// whole) is refused, not read into memory.
func TestReadTBXTokenBound(t *testing.T) {
	src := `<tbx><text><body><conceptEntry><langSec xml:lang="ru"><termSec><term>` + strings.Repeat("ж", 1<<20) +
		`</term></termSec></langSec></conceptEntry></body></text></tbx>`
	_, _, err := ReadTBX("long.tbx", strings.NewReader(src), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "longer than 1024 KiB") {
		t.Fatalf("err = %.200v", err)
	}
}

// TestReadTBXWrongDeclaration: a UTF-8 file declaring iso-2022-jp
// imported U+FFFD terms; the declaration that does not fit is an error.
func TestReadTBXWrongDeclaration(t *testing.T) {
	src := `<?xml version="1.0" encoding="iso-2022-jp"?>` + "\n" + `<tbx><text><body><conceptEntry><langSec xml:lang="ru"><termSec><term>причал</term></termSec></langSec>` +
		`<langSec xml:lang="en"><termSec><term>pier</term></termSec></langSec></conceptEntry></body></text></tbx>`
	g, _, err := ReadTBX("jp.tbx", strings.NewReader(src), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "U+FFFD") || !strings.HasPrefix(err.Error(), "jp.tbx:") {
		t.Fatalf("err = %v, glossary %+v", err, g)
	}
}

// TestNoReplacementStraddle: a U+FFFD split across reads is still found.
func TestNoReplacementStraddle(t *testing.T) {
	r := &noReplacement{r: io.MultiReader(strings.NewReader("ab\xef"), strings.NewReader("\xbf"), strings.NewReader("\xbdcd")), label: "x"}
	if _, err := io.ReadAll(r); err == nil {
		t.Fatal("no error for a U+FFFD split in three reads")
	}
}

func BenchmarkReadTBX(b *testing.B) {
	src := []byte(tbxOf(10000))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadTBX("b.tbx", bytes.NewReader(src), ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWriteMemory: writing the glossary of a large import took gigabytes
// (yaml.v3 keeps every event of a document until it ends); entry by
// entry, it stays within a few times the file.
func TestWriteMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("a 3 MB glossary")
	}
	src := []byte(tbxOf(20000))
	g, _, err := ReadTBX("big.tbx", bytes.NewReader(src), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	heap := peakHeap(func() { err = Write(&out, g) })
	if err != nil {
		t.Fatal(err)
	}
	if limit := 10 * uint64(len(src)); heap > limit {
		t.Errorf("peak heap %d MB writing a %d MB glossary, want under %d MB", heap>>20, out.Len()>>20, limit>>20)
	}
	t.Logf("peak heap %.1f× the TBX file", float64(heap)/float64(len(src)))
}
