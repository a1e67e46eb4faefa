package align

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ReadLinks reads links in vecalign's format, one a line: "[0, 1]:[2]",
// "[]:[7]", "[4]:[]", with an optional third field ":0.93" read as the
// confidence and an optional last field ":confirmed" that marks a link an
// editor has confirmed. Blank lines and comment lines (#) are skipped, and a
// byte order mark is accepted. The name is used in errors, which give the
// line.
func ReadLinks(name string, r io.Reader) ([]Link, error) {
	var links []Link
	err := scanLinks(name, r, nil, func(l Link, _ int) { links = append(links, l) })
	if err != nil {
		return nil, err
	}
	return links, nil
}

// scanLinks is the one parser of the links format: it calls link for each
// link with its line number and comment, if not nil, for each comment line
// with the text after the '#'. ReadLinks and ReadAlignment both use it.
func scanLinks(name string, r io.Reader, comment func(text string), link func(l Link, line int)) error {
	return scanLines(name, r, func(s string, line int) error {
		if strings.HasPrefix(s, "#") {
			if comment != nil {
				comment(s[1:])
			}
			return nil
		}
		l, err := parseLink(s)
		if err != nil {
			return err
		}
		link(l, line)
		return nil
	})
}

func parseLink(s string) (Link, error) {
	var l Link
	src, rest, err := parseIDs(s)
	if err != nil {
		return l, err
	}
	if !strings.HasPrefix(rest, ":") {
		return l, fmt.Errorf("want ':' after %q", s[:len(s)-len(rest)])
	}
	tgt, rest, err := parseIDs(strings.TrimSpace(rest[1:]))
	if err != nil {
		return l, err
	}
	l.Source, l.Target, l.Confidence = src, tgt, 1
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return l, nil
	}
	if !strings.HasPrefix(rest, ":") {
		return l, fmt.Errorf("unexpected %q after the link", rest)
	}
	for k, f := range strings.Split(rest[1:], ":") {
		f = strings.TrimSpace(f)
		if f == "confirmed" {
			l.Confirmed = true
			continue
		}
		c, err := strconv.ParseFloat(f, 64)
		if k > 0 || err != nil || !(c >= 0 && c <= 1) { // NaN fails both
			return l, fmt.Errorf("bad field %q: want a score in [0, 1] or \"confirmed\"", f)
		}
		l.Confidence = c
	}
	return l, nil
}

// parseIDs reads "[1, 2]" at the start of s.
func parseIDs(s string) ([]int, string, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") {
		return nil, s, fmt.Errorf("want '[' at %q", trunc(s))
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return nil, s, fmt.Errorf("missing ']' in %q", trunc(s))
	}
	ids := []int{}
	inner := strings.TrimSpace(s[1:end])
	if inner != "" {
		for _, f := range strings.Split(inner, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				return nil, s, fmt.Errorf("bad sentence id %q", strings.TrimSpace(f))
			}
			ids = append(ids, n)
		}
	}
	return ids, s[end+1:], nil
}

// trunc shortens s for an error message to at most 30 bytes, cut on a rune
// boundary so that a Cyrillic letter is never split into invalid UTF-8.
func trunc(s string) string {
	const limit = 30
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}

// WriteLinks writes links in vecalign's format; with scores, each line gets
// a third field with the confidence. A confirmed link ends in ":confirmed".
func WriteLinks(w io.Writer, links []Link, scores bool) error {
	bw := bufio.NewWriter(w)
	for _, l := range links {
		bw.WriteString(FormatIDs(l.Source))
		bw.WriteByte(':')
		bw.WriteString(FormatIDs(l.Target))
		if scores {
			bw.WriteByte(':')
			bw.WriteString(strconv.FormatFloat(l.Confidence, 'f', 3, 64))
		}
		if l.Confirmed {
			bw.WriteString(":confirmed")
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// FormatIDs formats sentence ids as "[0, 1]".
func FormatIDs(ids []int) string {
	var b strings.Builder
	b.WriteByte('[')
	for k, id := range ids {
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(id))
	}
	b.WriteByte(']')
	return b.String()
}
