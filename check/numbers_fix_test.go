package check

import (
	"testing"

	"github.com/sverka/sverka/texts"
)

// A month word after a quotation mark or a dash (several bytes in UTF-8)
// still makes a date.
func TestNumbersMonthAfterPunctuation(t *testing.T) {
	for _, s := range []string{"on «November 3 we", "on —November 3 we", "(November 3"} {
		toks := numbersIn(s, false)
		if len(toks) != 1 || toks[0].kind != numDate || toks[0].month != 11 || toks[0].day != 3 {
			t.Errorf("numbersIn(%q) = %+v, want the date 3 November", s, toks)
		}
	}
	if toks := numbersIn("0 000 men", true); len(toks) != 1 || toks[0].val != "0" {
		t.Errorf("numbersIn(0 000) = %+v, want 0", toks)
	}
}

// A header line dated without a year follows the year of the line before:
// 4 November after 3 November 1951 is later, not years earlier.
func TestReadStampYearGoesOn(t *testing.T) {
	first := &texts.Segment{Text: "Sent on 3 November 1951 at 10:00."}
	s1, ok := readStamp(first, false, -1)
	if !ok {
		t.Fatal("no stamp in the first line")
	}
	second := &texts.Segment{Text: "Received in Moscow on 4 November at 09:00."}
	s2, ok := readStamp(second, false, s1.minutes/1440)
	if !ok {
		t.Fatal("no stamp in the second line")
	}
	if s2.minutes <= s1.minutes {
		t.Errorf("4 November 09:00 (%d) is not after 3 November 1951 10:00 (%d)", s2.minutes, s1.minutes)
	}
}
