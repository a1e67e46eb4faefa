package texts

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/sverka/sverka/internal/input"
)

// A boilerplate file lists the patterns of junk lines a user adds to (or
// puts in place of) the defaults, one Go regular expression a line:
//
//	# lines the archive's web site adds
//	advert: ^(Реклама|Advertisement)(\s|$|[[:punct:]])
//	^Printed from .* on \d+
//
// Blank lines and lines that begin with '#' are skipped. "name: pattern"
// names the rule (the name is what --show-dropped reports); a pattern that
// should itself begin with words, a colon and a space starts with ^ or
// gets a name. Go's \b is a boundary of ASCII words only: after a
// Cyrillic word write (\s|$|[[:punct:]]) instead.

// reRuleName is the "name: " before a pattern: letters, digits, spaces,
// hyphens and underscores, then a colon and a space.
var reRuleName = regexp.MustCompile(`^([\p{L}\p{N}][\p{L}\p{N} _'-]{0,40}?):\s+(\S.*)$`)

// ParseBoilerplateRule parses one pattern: "regexp" or "name: regexp". A
// rule without a name is named by its pattern. A pattern that matches an
// empty line would drop every line, and is an error.
func ParseBoilerplateRule(s string) (BoilerplateRule, error) {
	s = strings.TrimSpace(s)
	name, pattern := "", s
	if m := reRuleName.FindStringSubmatch(s); m != nil {
		name, pattern = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	}
	if pattern == "" {
		return BoilerplateRule{}, fmt.Errorf("empty pattern")
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return BoilerplateRule{}, fmt.Errorf("pattern %q: %v", pattern, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	}
	if re.MatchString("") {
		return BoilerplateRule{}, fmt.Errorf("pattern %q matches an empty line, so it would drop every line", pattern)
	}
	if name == "" {
		name = pattern
	}
	return BoilerplateRule{Name: name, Pattern: re}, nil
}

// maxBoilerplateFileLine bounds a line of a boilerplate file: a pattern
// longer than this is not one a person wrote.
const maxBoilerplateFileLine = 64 << 10

// ReadBoilerplate reads a boilerplate file (see ParseBoilerplateRule for a
// line). Errors name the file and the line.
func ReadBoilerplate(name string, r io.Reader) ([]BoilerplateRule, error) {
	sc := bufio.NewScanner(input.Limit(r, input.MaxConfig))
	sc.Buffer(make([]byte, 0, 4096), maxBoilerplateFileLine)
	rules := []BoilerplateRule{}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\uFEFF"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rule, err := ParseBoilerplateRule(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		rules = append(rules, rule)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, fmt.Errorf("%s:%d: a line longer than %d bytes: not a file of patterns", name, n+1, maxBoilerplateFileLine)
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return rules, nil
}
