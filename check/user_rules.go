package check

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// A rule of the edition's own, from sverka.yaml's rules: (as Vale's
// existence and substitution rules):
//
//	rules:
//	  - {id: comrade-abbrev, pattern: '\bCmrds?\b', message: write Comrade in full, fix: Comrade}
//	  - {id: moscow-cyrillic, pattern: 'Москва', on: russian, severity: info}
//	  - {swap: {Frontline: front line, airdromes?: airfields}}
//
// A pattern is a Go regular expression on each sentence of the English
// (on: english, the default), of the Russian (on: russian) or both; a
// swap reports each key (a regular expression too, matched as whole
// words) and suggests its value.

// compileUserRule compiles and validates a rule of the edition's own: a
// broken pattern, a pattern that matches the empty string, an unknown
// side or severity are errors at their place in sverka.yaml.
func compileUserRule(s edition.RuleSetting) (*Rule, error) {
	sev := Warning
	if s.Severity != "" {
		var err error
		if sev, err = ParseSeverity(s.Severity); err != nil {
			return nil, posErrorf(s.SeverityPos, "%s: %v", s.ID, err)
		}
	}
	on := s.On
	switch on {
	case "":
		on = "english"
	case "english", "russian", "both":
	default:
		return nil, posErrorf(s.OnPos, "%s: on: %q is not english, russian or both", s.ID, s.On)
	}
	u := &userRule{id: s.ID, message: s.Message, fix: s.Fix, english: on != "russian", russian: on != "english"}
	if s.Swap != nil {
		if s.Pattern != "" {
			return nil, posErrorf(s.PatternPos, "%s: a rule has a pattern or a swap, not both", s.ID)
		}
		if len(s.Swap) == 0 {
			return nil, posErrorf(s.Pos, "%s: swap lists nothing", s.ID)
		}
		for _, sw := range s.Swap {
			re, err := compilePattern(`(?:^|[^\p{L}\p{N}])(`+sw.From+`)(?:$|[^\p{L}\p{N}])`, sw.From, sw.Pos, s.ID)
			if err != nil {
				return nil, err
			}
			u.swaps = append(u.swaps, swapRule{re: re, to: sw.To, from: sw.From})
		}
	} else {
		re, err := compilePattern(s.Pattern, s.Pattern, s.PatternPos, s.ID)
		if err != nil {
			return nil, err
		}
		u.re = re
	}
	short := s.Message
	if short == "" {
		short = "The edition's own rule " + s.ID
	}
	return &Rule{ID: s.ID, Name: s.ID, Short: short, Help: short + " (a rule of the edition's sverka.yaml)", Default: sev, run: u.run}, nil
}

// compilePattern compiles expr (pattern as the user wrote it) and refuses
// one that matches the empty string: it would match everywhere.
func compilePattern(expr, pattern string, pos texts.Pos, id string) (*regexp.Regexp, error) {
	if pattern == "" {
		return nil, posErrorf(pos, "%s: the pattern is empty", id)
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		msg := err.Error()
		msg = strings.TrimPrefix(msg, "error parsing regexp: ")
		return nil, posErrorf(pos, "%s: bad pattern: %s", id, msg)
	}
	if plain, err := regexp.Compile(pattern); err == nil && plain.MatchString("") {
		return nil, posErrorf(pos, "%s: the pattern %q matches the empty string", id, pattern)
	}
	return re, nil
}

type swapRule struct {
	re       *regexp.Regexp
	from, to string
}

type userRule struct {
	id, message, fix string
	english, russian bool
	re               *regexp.Regexp
	swaps            []swapRule
}

func (u *userRule) run(x *index) []Finding {
	var out findings
	for i, p := range x.pairs {
		if u.english && p.Target != nil {
			u.scan(targetOf(p), x.english[i], &out)
		}
		if u.russian && p.Source != nil {
			u.scan(*sourceOf(p), p.Source.Segments, &out)
		}
	}
	return out
}

func (u *userRule) scan(t text, segs []texts.Segment, out *findings) {
	for k := range segs {
		seg := &segs[k]
		s := seg.Text
		if u.re != nil {
			for _, m := range u.re.FindAllStringSubmatchIndex(s, -1) {
				if m[1] == m[0] {
					continue
				}
				match := s[m[0]:m[1]]
				f := Finding{Pos: t.pos(seg, m[0]), Match: match, Message: u.messageFor(match)}
				if u.fix != "" {
					f.Fix = &Fix{Replace: string(u.re.ExpandString(nil, u.fix, s, m)), Description: "the edition's rule " + u.id}
				}
				out.add(f)
			}
		}
		for _, sw := range u.swaps {
			for _, m := range sw.re.FindAllStringSubmatchIndex(s, -1) {
				match := s[m[2]:m[3]]
				msg := fmt.Sprintf("use %q rather than %q", sw.to, match)
				if u.message != "" {
					msg = u.messageFor(match) + ": " + msg
				}
				out.add(Finding{Pos: t.pos(seg, m[2]), Match: match, Message: msg,
					Fix: &Fix{Replace: sw.to, Description: "the edition's rule " + u.id}})
			}
		}
	}
}

// messageFor is the rule's message for a match: {match} stands for it.
func (u *userRule) messageFor(match string) string {
	if u.message == "" {
		return fmt.Sprintf("%q: the edition's rule %s", match, u.id)
	}
	return strings.ReplaceAll(u.message, "{match}", match)
}
