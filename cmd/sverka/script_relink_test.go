package main

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/sverka/sverka/align"
)

// cmdRelink is the scripts' "relink FILE SOURCE TARGET": what an editor
// does to correct an alignment by hand. In the JSON alignment FILE, the
// links that hold the sentences SOURCE and TARGET (comma-separated, from
// 0 as in the links format; "-" for none) become one link, confirmed. The
// links replaced must hold exactly those sentences.
func cmdRelink(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: relink FILE SOURCE TARGET")
	}
	ids := func(s string) []int {
		if s == "-" {
			return nil
		}
		var out []int
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(f)
			ts.Check(err)
			out = append(out, n)
		}
		return out
	}
	src, tgt := ids(args[1]), ids(args[2])
	name := ts.MkAbs(args[0])
	data, err := os.ReadFile(name)
	ts.Check(err)
	bitexts, err := align.ReadAlignment(name, bytes.NewReader(data))
	ts.Check(err)
	b := &bitexts[0]
	var kept []align.Link
	var gotS, gotT []int
	at := -1
	for _, l := range b.Links {
		if slices.ContainsFunc(l.Source, func(i int) bool { return slices.Contains(src, i) }) ||
			slices.ContainsFunc(l.Target, func(i int) bool { return slices.Contains(tgt, i) }) {
			if at < 0 {
				at = len(kept)
			}
			gotS, gotT = append(gotS, l.Source...), append(gotT, l.Target...)
			continue
		}
		kept = append(kept, l)
	}
	if at < 0 || !slices.Equal(gotS, src) || !slices.Equal(gotT, tgt) {
		ts.Fatalf("relink: the links holding those sentences hold source %v and target %v", gotS, gotT)
	}
	b.Links = slices.Insert(kept, at, align.Link{Source: src, Target: tgt, Confidence: 1, Confirmed: true})
	var out bytes.Buffer
	ts.Check(align.WriteJSON(&out, bitexts))
	ts.Check(os.WriteFile(name, out.Bytes(), 0o644))
}
