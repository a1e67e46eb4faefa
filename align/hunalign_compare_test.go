//go:build tune && unix

package align

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHunalignCompare measures sverka against hunalign side by side in one
// run, as issue 12 asks: the same inputs, both as commands, in alternating
// paired runs, on the real-text bitexts of TestWriteRealBench (noanchor and
// korea at 5,000, 50,000 and 100,000 source sentences), and the Text+Berg
// test set scored for both, without and with FreeDict German–French.
//
//	SVERKA_HUNALIGN=/path/to/hunalign go test -tags tune -run HunalignCompare -v -timeout 3h ./align/
//
// SVERKA_HUNALIGN_REALIGN=1 adds a row for hunalign -realign on Text+Berg
// (a build without its cooccurrence.cpp cannot run it).
// SVERKA_COMPARE_SIZES (default 5000,50000,100000) picks the sizes;
// SVERKA_COMPARE_PAIRS (default 3,1) is the number of paired runs below
// 50,000 source sentences and from there on. Both programs read the same
// line files; hunalign gets an empty dictionary, or FreeDict converted to
// its "target @ source" lines in the temporary folder (the dictionary's
// licence is the GPL: it is never written into the project).
func TestHunalignCompare(t *testing.T) {
	hunalign := os.Getenv("SVERKA_HUNALIGN")
	if hunalign == "" {
		t.Skip("set SVERKA_HUNALIGN=/path/to/hunalign to compare sverka with hunalign")
	}
	if _, err := os.Stat(hunalign); err != nil {
		t.Fatalf("SVERKA_HUNALIGN: %v", err)
	}
	sizes, err := intList(os.Getenv("SVERKA_COMPARE_SIZES"), []int{5000, 50000, 100000})
	if err != nil {
		t.Fatalf("SVERKA_COMPARE_SIZES: %v", err)
	}
	pairs, err := intList(os.Getenv("SVERKA_COMPARE_PAIRS"), []int{3, 1})
	if err != nil || len(pairs) != 2 || pairs[0] < 1 || pairs[1] < 1 {
		t.Fatalf("SVERKA_COMPARE_PAIRS: want two counts, small and big, as 3,1")
	}
	dir := t.TempDir()
	sverka := buildSverka(t, dir)
	null := filepath.Join(dir, "null.dic")
	writeFile(t, null, "")

	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("machine: %d cores, load average %s", runtime.NumCPU(), strings.Join(strings.Fields(string(load))[:3], " "))

	var rows []compareRow
	ru, en := koreaSentences(t)
	for _, n := range sizes {
		src, tgt := noAnchorBitext(t, n)
		rows = append(rows, compareRow{name: "noanchor", src: src, tgt: tgt})
		var rs, es []Sentence
		for len(rs) < n {
			rs, es = append(rs, ru...), append(es, en...)
		}
		rows = append(rows, compareRow{name: "korea", src: rs, tgt: es})
	}
	var table strings.Builder
	fmt.Fprintln(&table, "| bitext, source × target | pairs | sverka wall, CPU, peak RSS (medians) | hunalign wall, CPU, peak RSS (medians) | sverka / hunalign: wall, CPU, RSS |")
	fmt.Fprintln(&table, "|---|---|---|---|---|")
	for _, r := range rows {
		srcPath := filepath.Join(dir, fmt.Sprintf("%s-%d.src", r.name, len(r.src)))
		tgtPath := filepath.Join(dir, fmt.Sprintf("%s-%d.tgt", r.name, len(r.src)))
		writeSentences(t, srcPath, r.src)
		writeSentences(t, tgtPath, r.tgt)
		runs := pairs[0]
		if len(r.src) >= 50000 {
			runs = pairs[1]
		}
		sv := []string{sverka, "align", "--split", "lines", "-o", filepath.Join(dir, "out.links"), srcPath, tgtPath}
		hu := []string{hunalign, null, srcPath, tgtPath}
		var ms, mh []measure
		for k := range runs {
			// Alternate which runs first, so that neither always gets the
			// warmer (or the quieter) half of a pair.
			first, second := sv, hu
			if k%2 == 1 {
				first, second = hu, sv
			}
			a := timeCommand(t, dir, first)
			b := timeCommand(t, dir, second)
			if k%2 == 1 {
				a, b = b, a
			}
			ms, mh = append(ms, a), append(mh, b)
		}
		s, h := medianMeasure(ms), medianMeasure(mh)
		spread := ""
		if runs > 1 {
			// The wall-time ratio of each pair, lowest to highest: how much
			// the shared machine moved the figures.
			var rs []float64
			for k := range ms {
				rs = append(rs, ms[k].wall.Seconds()/mh[k].wall.Seconds())
			}
			spread = fmt.Sprintf(" (pairs %.2f–%.2f)", slices.Min(rs), slices.Max(rs))
		}
		fmt.Fprintf(&table, "| %s %d × %d | %d | %s | %s | %.2f%s, %.2f, %.2f |\n", r.name, len(r.src), len(r.tgt), runs,
			s, h, s.wall.Seconds()/h.wall.Seconds(), spread, s.cpu.Seconds()/h.cpu.Seconds(), float64(s.rssKiB)/float64(h.rssKiB))
		_ = os.Remove(srcPath)
		_ = os.Remove(tgtPath)
	}

	fmt.Fprintln(&table)
	fmt.Fprintln(&table, "| Text+Berg test (test0..6), raw input | sverka strict F1, lax F1 | hunalign strict F1, lax F1 |")
	fmt.Fprintln(&table, "|---|---|---|")
	sets := loadTextBerg(t, textBergTest...)
	s, h := scoreCommands(t, dir, sets, []string{sverka, "align", "--split", "lines"}, []string{hunalign, null})
	fmt.Fprintf(&table, "| no dictionary | %.3f, %.3f | %.3f, %.3f |\n", s.StrictF1, s.LaxF1, h.StrictF1, h.LaxF1)
	if os.Getenv("SVERKA_HUNALIGN_REALIGN") != "" {
		// hunalign's second pass with a dictionary learned from its first:
		// sverka has no such switch (its word table is learned in one run).
		_, h := scoreCommands(t, dir, sets, nil, []string{hunalign, "-realign", null})
		fmt.Fprintf(&table, "| no dictionary, hunalign -realign | | %.3f, %.3f |\n", h.StrictF1, h.LaxF1)
	}
	if isFile(DictdDir + "/freedict-deu-fra.index") {
		dict, n := writeHunalignDict(t, dir, "freedict-deu-fra")
		s, h := scoreCommands(t, dir, sets, []string{sverka, "align", "--split", "lines", "--dict", "freedict-deu-fra"}, []string{hunalign, dict})
		fmt.Fprintf(&table, "| FreeDict deu-fra (%d pairs) | %.3f, %.3f | %.3f, %.3f |\n", n, s.StrictF1, s.LaxF1, h.StrictF1, h.LaxF1)
	} else {
		fmt.Fprintln(&table, "| FreeDict deu-fra | not installed (apt-get install dict-freedict-deu-fra) | |")
	}
	load, _ = os.ReadFile("/proc/loadavg")
	t.Logf("load average at the end %s\n\n%s", strings.Join(strings.Fields(string(load))[:3], " "), table.String())
}

type compareRow struct {
	name     string
	src, tgt []Sentence
}

// measure is one run of a command: elapsed time, CPU (user+system) and
// peak resident memory as the kernel reports it for the child.
type measure struct {
	wall, cpu time.Duration
	rssKiB    int64
}

func (m measure) String() string {
	return fmt.Sprintf("%.2f s, %.2f s, %d MiB", m.wall.Seconds(), m.cpu.Seconds(), (m.rssKiB+512)/1024)
}

// medianMeasure takes the median of each figure on its own (with two runs,
// the lower one).
func medianMeasure(ms []measure) measure {
	med := func(f func(measure) int64) int64 {
		v := make([]int64, len(ms))
		for k, m := range ms {
			v[k] = f(m)
		}
		slices.Sort(v)
		return v[(len(v)-1)/2]
	}
	return measure{
		wall:   time.Duration(med(func(m measure) int64 { return int64(m.wall) })),
		cpu:    time.Duration(med(func(m measure) int64 { return int64(m.cpu) })),
		rssKiB: med(func(m measure) int64 { return m.rssKiB }),
	}
}

// timeCommand runs argv in dir, its standard output to dir/stdout and its
// standard error kept for the failure message.
func timeCommand(t *testing.T, dir string, argv []string) measure {
	t.Helper()
	out, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stderr tailBuffer
	// The kernel's peak RSS of a child counts the memory of this test
	// process from before the child's exec (Go starts children by vfork):
	// 65-75 MiB here, more than either program needs at 5,000 sentences.
	// GNU time forks from a small process of its own and reports the
	// command's alone.
	rssFile := filepath.Join(dir, "maxrss")
	run := argv
	if _, err := os.Stat(gnuTime); err == nil {
		run = append([]string{gnuTime, "-f", "%M", "-o", rssFile}, argv...)
	}
	cmd := exec.Command(run[0], run[1:]...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, out, &stderr
	start := time.Now()
	err = cmd.Run()
	wall := time.Since(start)
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, stderr.String())
	}
	ps := cmd.ProcessState
	m := measure{wall: wall, cpu: ps.UserTime() + ps.SystemTime()}
	if len(run) > len(argv) {
		b, err := os.ReadFile(rssFile)
		lines := strings.Fields(string(b))
		if err != nil || len(lines) == 0 {
			t.Fatalf("%s: no peak RSS from %s: %v", strings.Join(argv, " "), gnuTime, err)
		}
		if m.rssKiB, err = strconv.ParseInt(lines[len(lines)-1], 10, 64); err != nil {
			t.Fatalf("%s: peak RSS from %s: %v", strings.Join(argv, " "), gnuTime, err)
		}
		return m
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		m.rssKiB = int64(ru.Maxrss) // kilobytes on Linux
		if runtime.GOOS == "darwin" {
			m.rssKiB /= 1024 // bytes there
		}
	}
	return m
}

// gnuTime measures a command's peak RSS when it is installed (Debian's
// time package).
const gnuTime = "/usr/bin/time"

// tailBuffer keeps the last 4 KiB written to it: hunalign reports its
// progress on standard error.
type tailBuffer struct{ b []byte }

func (w *tailBuffer) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	if len(w.b) > 4096 {
		w.b = w.b[len(w.b)-4096:]
	}
	return len(p), nil
}

func (w *tailBuffer) String() string { return string(w.b) }

// buildSverka builds the command once, from this checkout.
func buildSverka(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "sverka")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	cmd := exec.Command(gobin, "build", "-o", bin, "../cmd/sverka")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ../cmd/sverka: %v\n%s", err, out)
	}
	return bin
}

// scoreCommands aligns each Text+Berg file with both commands (sverka's
// links format; hunalign's numeric ladder, read by readLadder) and scores
// both against the gold, micro-averaged. A nil sverka runs hunalign only.
func scoreCommands(t *testing.T, dir string, sets []bitext, sverka, hunalign []string) (s, h Scores) {
	t.Helper()
	var cs, ch Counts
	for _, b := range sets {
		src, tgt := filepath.Join(dir, b.name+".de"), filepath.Join(dir, b.name+".fr")
		writeSentences(t, src, b.src)
		writeSentences(t, tgt, b.tgt)
		if sverka != nil {
			links, err := ReadLinks(b.name+" (sverka)", bytes.NewReader(runOutput(t, dir, append(slices.Clone(sverka), src, tgt))))
			if err != nil {
				t.Fatal(err)
			}
			cs.Compare(b.gold, links)
		}
		ladder, err := readLadder(b.name+" (hunalign)", bytes.NewReader(runOutput(t, dir, append(slices.Clone(hunalign), src, tgt))), len(b.src), len(b.tgt))
		if err != nil {
			t.Fatal(err)
		}
		ch.Compare(b.gold, ladder)
	}
	return cs.Scores(), ch.Scores()
}

func runOutput(t *testing.T, dir string, argv []string) []byte {
	t.Helper()
	var stderr tailBuffer
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Stderr = dir, &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, stderr.String())
	}
	return out
}

// readLadder turns hunalign's numeric ladder (one rung a line: source
// position, target position, score; the rung at the two ends is not
// printed) into links: the sentences between two rungs are one link. A hole
// with one side empty becomes one 1-0 or 0-1 link a sentence, as the
// Text+Berg gold writes deletions and insertions.
func readLadder(name string, r io.Reader, nsrc, ntgt int) ([]Link, error) {
	var rungs [][2]int
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want a source and a target position", name, line)
		}
		i, err1 := strconv.Atoi(f[0])
		j, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: positions %q %q are not numbers", name, line, f[0], f[1])
		}
		rungs = append(rungs, [2]int{i, j})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(rungs) == 0 || rungs[0] != [2]int{0, 0} {
		rungs = append([][2]int{{0, 0}}, rungs...)
	}
	if rungs[len(rungs)-1] != [2]int{nsrc, ntgt} {
		rungs = append(rungs, [2]int{nsrc, ntgt})
	}
	var links []Link
	for k := 0; k+1 < len(rungs); k++ {
		a, b := rungs[k], rungs[k+1]
		if b[0] < a[0] || b[1] < a[1] {
			return nil, fmt.Errorf("%s: rung %d (%d, %d) goes back from (%d, %d)", name, k+2, b[0], b[1], a[0], a[1])
		}
		var l Link
		for i := a[0]; i < b[0]; i++ {
			l.Source = append(l.Source, i)
		}
		for j := a[1]; j < b[1]; j++ {
			l.Target = append(l.Target, j)
		}
		switch {
		case len(l.Source) == 0:
			for _, j := range l.Target {
				links = append(links, Link{Target: []int{j}})
			}
		case len(l.Target) == 0:
			for _, i := range l.Source {
				links = append(links, Link{Source: []int{i}})
			}
		default:
			links = append(links, l)
		}
	}
	return links, nil
}

// writeHunalignDict converts a dictd dictionary, read where Debian installs
// it, to hunalign's dictionary format in dir: one pair a line, "target @
// source" (hunalign translates the source text's words into the target's).
func writeHunalignDict(t *testing.T, dir, name string) (string, int) {
	t.Helper()
	pairs, err := ReadDictionary(name)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	n := 0
	for _, p := range pairs {
		src, tgt := strings.Join(strings.Fields(p.Source), " "), strings.Join(strings.Fields(p.Target), " ")
		if src == "" || tgt == "" || strings.Contains(src+" "+tgt, "@") {
			continue
		}
		b.WriteString(tgt + " @ " + src + "\n")
		n++
	}
	path := filepath.Join(dir, name+".hunalign.dic")
	writeFile(t, path, b.String())
	return path, n
}

func writeSentences(t *testing.T, path string, ss []Sentence) {
	t.Helper()
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(strings.ReplaceAll(s.Text, "\n", " "))
		b.WriteByte('\n')
	}
	writeFile(t, path, b.String())
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// intList reads a comma-separated list of positive numbers, or gives def
// for an empty string.
func intList(s string, def []int) ([]int, error) {
	if strings.TrimSpace(s) == "" {
		return def, nil
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func TestReadLadder(t *testing.T) {
	for _, c := range []struct {
		ladder     string
		nsrc, ntgt int
		want       string
	}{
		{"0\t0\t0.3\n1\t1\t0.2\n", 2, 3, "[[0]:[0] [1]:[1 2]]"},
		{"0\t0\t0.1\n2\t1\t0.5\n2\t3\t-0.3\n", 3, 3, "[[0 1]:[0] []:[1] []:[2] [2]:[]]"},
		{"", 1, 1, "[[0]:[0]]"},
	} {
		links, err := readLadder("x", strings.NewReader(c.ladder), c.nsrc, c.ntgt)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range links {
			got = append(got, fmt.Sprintf("%v:%v", l.Source, l.Target))
		}
		if s := "[" + strings.Join(got, " ") + "]"; s != c.want {
			t.Errorf("ladder %q: links %s, want %s", c.ladder, s, c.want)
		}
	}
	if _, err := readLadder("x", strings.NewReader("2\t2\n1\t1\n"), 3, 3); err == nil {
		t.Error("a ladder that goes back: no error")
	}
}
