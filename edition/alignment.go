package edition

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sverka/sverka/align"
)

// ReadAlignment reads a stored alignment: vecalign's links format, one link
// a line ("[0, 1]:[2]", "[]:[7]", "[4]:[]", optionally ":0.93" for the
// confidence; blank lines and lines starting with '#' are skipped), or JSON
// (an array of links, or an object with a "links" array), as sverka align
// writes them. The name is used in errors, which give the line.
func ReadAlignment(name string, r io.Reader) ([]align.Link, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && json.Valid(t) {
		return readAlignmentJSON(name, t)
	}
	var links []align.Link
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l, err := parseLinkLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		links = append(links, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return links, nil
}

// parseLinkLine parses "[0, 1]:[2]" or "[0]:[1, 2]:0.87".
func parseLinkLine(line string) (align.Link, error) {
	var l align.Link
	src, rest, err := parseIndexList(line)
	if err != nil {
		return l, fmt.Errorf("source side: %v", err)
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(rest), ":")
	if !ok {
		return l, fmt.Errorf("want [source]:[target], got %q", line)
	}
	tgt, rest, err := parseIndexList(strings.TrimSpace(rest))
	if err != nil {
		return l, fmt.Errorf("target side: %v", err)
	}
	if len(src) == 0 && len(tgt) == 0 {
		return l, fmt.Errorf("a link with both sides empty: %q", line)
	}
	l.Source, l.Target, l.Confidence = src, tgt, 1
	rest = strings.TrimSpace(rest)
	if rest != "" {
		score, ok := strings.CutPrefix(rest, ":")
		if !ok {
			return l, fmt.Errorf("unexpected %q after the link", rest)
		}
		c, err := strconv.ParseFloat(strings.TrimSpace(score), 64)
		if err != nil || c != c {
			return l, fmt.Errorf("bad score %q", strings.TrimSpace(score))
		}
		l.Confidence = min(max(c, 0), 1)
	}
	return l, nil
}

// parseIndexList parses "[0, 1]" at the start of s and returns the rest.
func parseIndexList(s string) ([]int, string, error) {
	if !strings.HasPrefix(s, "[") {
		return nil, s, fmt.Errorf("want '[', got %q", s)
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return nil, s, fmt.Errorf("no ']' in %q", s)
	}
	var out []int
	body := strings.TrimSpace(s[1:end])
	if body != "" {
		for _, f := range strings.Split(body, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				return nil, s, fmt.Errorf("bad sentence index %q", strings.TrimSpace(f))
			}
			out = append(out, n)
		}
	}
	return out, s[end+1:], nil
}

func readAlignmentJSON(name string, b []byte) ([]align.Link, error) {
	var links []align.Link
	if b[0] == '[' {
		if err := json.Unmarshal(b, &links); err != nil {
			return nil, jsonError(name, b, err)
		}
	} else {
		var obj struct {
			Links []align.Link `json:"links"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return nil, jsonError(name, b, err)
		}
		if obj.Links == nil {
			return nil, fmt.Errorf("%s: JSON without a \"links\" array", name)
		}
		links = obj.Links
	}
	for i, l := range links {
		if len(l.Source) == 0 && len(l.Target) == 0 {
			return nil, fmt.Errorf("%s: link %d has both sides empty", name, i+1)
		}
		for _, n := range append(append([]int(nil), l.Source...), l.Target...) {
			if n < 0 {
				return nil, fmt.Errorf("%s: link %d: negative sentence index %d", name, i+1, n)
			}
		}
	}
	return links, nil
}

// jsonError names the line of a JSON error where encoding/json gives an
// offset.
func jsonError(name string, b []byte, err error) error {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 || off > int64(len(b)) {
		return fmt.Errorf("%s: %v", name, err)
	}
	return fmt.Errorf("%s:%d: %v", name, 1+bytes.Count(b[:off], []byte("\n")), err)
}

// WriteLinks writes links in vecalign's format with scores, the form
// ReadAlignment reads back.
func WriteLinks(w io.Writer, links []align.Link) error {
	bw := bufio.NewWriter(w)
	for _, l := range links {
		fmt.Fprintf(bw, "%s:%s:%s\n", indexList(l.Source), indexList(l.Target), formatConfidence(l.Confidence))
	}
	return bw.Flush()
}

func indexList(idx []int) string {
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
