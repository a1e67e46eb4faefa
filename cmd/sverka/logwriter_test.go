package main

import (
	"bytes"
	"fmt"
	"testing"
)

func TestLogWriter(t *testing.T) {
	var b bytes.Buffer
	w := newLogWriter(&b)
	fmt.Fprintf(w, "sverka: %s: no such file\n", "ru/nope\n::error file=README.md,line=1::INJECTED\n.txt")
	fmt.Fprint(w, "::warning::x\n")
	fmt.Fprint(w, "a \x1b]0;PWNED\x07 b\n")
	// A character cut between two writes stays whole.
	w.Write([]byte("Телеграмма"[:3]))
	w.Write([]byte("Телеграмма"[3:] + "\n"))
	want := "sverka: ru/nope\n\\::error file=README.md,line=1::INJECTED\n.txt: no such file\n" +
		"\\::warning::x\n" + `a \x1b]0;PWNED\x07 b` + "\nТелеграмма\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
