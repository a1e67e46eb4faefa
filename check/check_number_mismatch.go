package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

var ruleNumberMismatch = &Rule{
	ID:       "number-mismatch",
	Name:     "NumberMismatch",
	Short:    "The numbers, dates or times of a sentence differ from the original's",
	Help:     "The numbers of each aligned pair of sentences are compared after normalisation: times (8.10 = 8:10 a.m. = 08:10; 20.55 = 8:55 p.m.), dates (3.11.51 = 3 November 1951 = 11/03/51 when the English writes MM/DD/YY with slashes; a dotted date in the English is read D.M.YY), thousands (1 450 = 1,450; 100 тысяч = 100,000), ordinals (84-й = 84th), ranges (25–30, 1-2) and numbers in words on either side (пять-шесть = five-six). Reported: a number in figures on one side only, a date that reads as another date under the English's convention (month and day swapped), a digit fused to a number or a word (8:101 where the original has 8.10; MDGS2: a footnote marker left in the text), and a number repeated by mistake (on 29 September 29). A number the sentence before or after has on the other side is taken as misaligned, not missing. Correct the number in the English.",
	Default:  Error,
	Original: true,
	run:      checkNumberMismatch,
}

// numLink is the numbers of one link: English and Russian, with their
// segments.
type numLink struct {
	en, ru []placedNum
}

type placedNum struct {
	numTok
	seg  *texts.Segment
	used bool
}

func (n placedNum) str() string { return n.seg.Text[n.start:n.end] }

func checkNumberMismatch(x *index) []Finding {
	var out findings
	for _, p := range x.pairs {
		if p.Source == nil || p.Target == nil {
			continue
		}
		links := make([]numLink, len(p.Links))
		for li, l := range p.Links {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			links[li] = numLink{en: placedNumbers(p.Target, l.Target, false), ru: placedNumbers(p.Source, l.Source, true)}
			matchNumbers(links[li].en, links[li].ru)
		}
		// A number left over on one side that the link beside has left
		// over on the other: a sentence boundary the aligner put a
		// little off.
		for li := range links {
			for _, nb := range []int{li - 1, li + 1} {
				if nb >= 0 && nb < len(links) {
					matchExact(links[li].en, links[nb].ru)
				}
			}
		}
		for li := range links {
			reportNumbers(p, links[li], &out)
		}
	}
	return out
}

func placedNumbers(doc *texts.Document, idx []int, russian bool) []placedNum {
	var out []placedNum
	for _, i := range idx {
		if i < 0 || i >= len(doc.Segments) {
			continue
		}
		seg := &doc.Segments[i]
		for _, t := range numbersIn(seg.Text, russian) {
			if inSpan(seg, t.start) {
				continue // a translator's insertion or a gloss: no original
			}
			out = append(out, placedNum{numTok: t, seg: seg})
		}
	}
	return out
}

// matchNumbers pairs the numbers of the two sides of a link: equal ones
// first, then a date's day with a plain number (с 25 по 30 сентября:
// from September 25 to September 30).
func matchNumbers(en, ru []placedNum) {
	matchExact(en, ru)
	for i := range en {
		if en[i].used {
			continue
		}
		for j := range ru {
			if !ru[j].used && dayAnswers(en[i].numTok, ru[j].numTok) {
				en[i].used, ru[j].used = true, true
				break
			}
		}
	}
}

func matchExact(en, ru []placedNum) {
	for i := range en {
		if en[i].used {
			continue
		}
		for j := range ru {
			if !ru[j].used && ru[j].kind == en[i].kind && ru[j].val == en[i].val {
				en[i].used, ru[j].used = true, true
				break
			}
		}
	}
}

// dayAnswers reports a date and a plain number that is its day.
func dayAnswers(a, b numTok) bool {
	if a.kind == numDate && b.kind == numPlain {
		return strconv.Itoa(a.day) == b.val
	}
	if b.kind == numDate && a.kind == numPlain {
		return strconv.Itoa(b.day) == a.val
	}
	return false
}

// reportNumbers reports what is left over in a link.
func reportNumbers(p *edition.Pair, l numLink, out *findings) {
	en, ru := targetOf(p), *sourceOf(p)
	var ruLeft []*placedNum
	for j := range l.ru {
		if !l.ru[j].used && l.ru[j].digits {
			ruLeft = append(ruLeft, &l.ru[j])
		}
	}
	take := func(pred func(*placedNum) bool) *placedNum {
		for _, r := range ruLeft {
			if !r.used && pred(r) {
				r.used = true
				return r
			}
		}
		return nil
	}
	for i := range l.en {
		e := &l.en[i]
		if e.used || !e.digits {
			continue
		}
		f := Finding{Pos: en.pos(e.seg, e.start), Match: e.str()}
		withRussian := func(r *placedNum) {
			rp := ru.pos(r.seg, r.start)
			f.Russian, f.RussianMatch = &rp, r.str()
		}
		switch {
		case e.kind == numDate && e.sep != ' ':
			if r := take(func(r *placedNum) bool { return r.kind == numDate && r.day == e.month && r.month == e.day }); r != nil {
				withRussian(r)
				conv := "D.M.YY"
				if e.sep == '/' {
					conv = "MM/DD/YY"
				}
				f.Message = fmt.Sprintf("%s reads as %d %s in the English's %s dates; the original has %s (%s): day and month swapped?", e.str(), e.day, monthName(e.month), conv, r.str(), rp(f))
				break
			}
			fallthrough
		default:
			if r := take(func(r *placedNum) bool { return fusedTo(e.str(), r.numTok, r.str()) }); r != nil {
				withRussian(r)
				f.Message = fmt.Sprintf("%s where the original has %s (%s): a digit fused to the number (a footnote marker left in the text?)", e.str(), r.str(), rp(f))
				break
			}
			if e.glued {
				w := e.seg.Text[wordStart(e.seg.Text, e.start):e.end]
				f.Message = fmt.Sprintf("the %s of %q is stuck to the word and not in the original: a footnote marker left in the text?", e.str(), w)
				break
			}
			if again := repeatedNumber(l.en, i); again != nil {
				f.Message = fmt.Sprintf("%s repeats the %s just before it; the original has it once", e.str(), again.str())
				break
			}
			if r := take(func(r *placedNum) bool { return r.kind == e.kind }); r != nil {
				withRussian(r)
				f.Message = fmt.Sprintf("%s here, %s in the original (%s)", e.str(), r.str(), rp(f))
				break
			}
			f.Message = fmt.Sprintf("%s is not in the original", e.str())
		}
		out.add(f)
	}
	for _, r := range ruLeft {
		if r.used {
			continue
		}
		var eseg *texts.Segment
		if len(l.en) > 0 {
			eseg = l.en[0].seg
		}
		rp := ru.pos(r.seg, r.start)
		pos := rp
		if eseg != nil {
			pos = en.pos(eseg, 0)
		} else if seg := firstSegment(p, l); seg != nil {
			pos = en.pos(seg, 0)
		}
		out.add(Finding{Pos: pos, Russian: &rp, RussianMatch: r.str(),
			Message: fmt.Sprintf("the original's %s (%s) is not in the English", r.str(), rp)})
	}
}

// firstSegment is the first English segment of the link the numbers of l
// come from.
func firstSegment(p *edition.Pair, l numLink) *texts.Segment {
	if len(l.ru) == 0 {
		return nil
	}
	seg := l.ru[0].seg
	for _, lk := range p.Links {
		for _, s := range lk.Source {
			if s >= 0 && s < len(p.Source.Segments) && &p.Source.Segments[s] == seg && len(lk.Target) > 0 {
				if t := lk.Target[0]; t >= 0 && t < len(p.Target.Segments) {
					return &p.Target.Segments[t]
				}
			}
		}
	}
	return nil
}

func rp(f Finding) string { return f.Russian.String() }

// fusedTo reports English figures that are the original's with a digit
// more at the end: 8:101 for 8.10, 19502 for 1950.
func fusedTo(en string, r numTok, rtext string) bool {
	en = strings.TrimRight(en, " .apmAPM")
	if len(en) < 2 || !isDigit(en[len(en)-1]) {
		return false
	}
	cut := en[:len(en)-1]
	for _, t := range numbersIn(cut, false) {
		if t.kind == r.kind && t.val == r.val || t.kind == numPlain && r.kind == numTime && strings.ReplaceAll(cut, ".", ":") == strings.ReplaceAll(rtext, ".", ":") {
			return true
		}
	}
	// 8:101: a time with a minute of three figures.
	if i := strings.IndexAny(cut, ":."); i > 0 && r.kind == numTime {
		h, err1 := strconv.Atoi(cut[:i])
		m, err2 := strconv.Atoi(cut[i+1:])
		if err1 == nil && err2 == nil && strconv.Itoa(h)+":"+pad2(m) == r.val {
			return true
		}
	}
	return false
}

// repeatedNumber returns the number just before en[i] that has its value
// (a day repeated after its date: on 29 September 29), or nil.
func repeatedNumber(en []placedNum, i int) *placedNum {
	e := en[i]
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		o := en[k]
		if o.seg != e.seg || e.start-o.end > 24 {
			continue
		}
		if o.val == e.val || o.kind == numDate && strconv.Itoa(o.day) == e.val {
			return &en[k]
		}
	}
	return nil
}

func monthName(m int) string {
	if m < 1 || m > 12 {
		return "?"
	}
	return strings.ToUpper(monthNames[m-1][:1]) + monthNames[m-1][1:]
}

// inSpan reports whether byte i of a segment is inside a bracketed
// span the translator wrote: an insertion, a gloss, a note, a date put in
// the English's form (26.9.50 [26 September 1950]). A citation is the
// original's, and a footnote marker is what the rule looks for.
func inSpan(seg *texts.Segment, i int) bool {
	for k := range seg.Spans {
		sp := &seg.Spans[k]
		switch sp.Class {
		case texts.Insertion, texts.Gloss, texts.Translation, texts.DateNorm, texts.Variant, texts.Note, texts.Sic, texts.Query:
		default:
			continue
		}
		if at := spanOffset(seg, sp); at >= 0 && at <= i && i < at+len(sp.Text) {
			return true
		}
	}
	return false
}
