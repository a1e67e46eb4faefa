package texts

import "testing"

// TestFindSpansNested: a span inside a span is reported too, with its own
// class, signer and offsets, and its depth.
func TestFindSpansNested(t *testing.T) {
	text := "Они [ответ [экипажи [летчики - AM] - NO] - AM] ушли."
	type want struct {
		text, signer string
		depth        int
	}
	wants := []want{
		{"[ответ [экипажи [летчики - AM] - NO] - AM]", "AM", 0},
		{"[экипажи [летчики - AM] - NO]", "NO", 1},
		{"[летчики - AM]", "AM", 2},
	}
	spans := FindSpans(text, 7, nil)
	if len(spans) != len(wants) {
		t.Fatalf("got %d spans, want %d: %+v", len(spans), len(wants), spans)
	}
	for i, w := range wants {
		sp := spans[i]
		if sp.Text != w.text || sp.Class != Insertion || sp.Signer != w.signer || sp.Depth != w.depth {
			t.Errorf("span %d: %q %s signer %q depth %d, want %q insertion signer %q depth %d",
				i, sp.Text, sp.Class, sp.Signer, sp.Depth, w.text, w.signer, w.depth)
		}
		if got := text[sp.Start-7 : sp.End-7]; got != sp.Text {
			t.Errorf("span %d: offsets [%d,%d) hold %q, not %q", i, sp.Start, sp.End, got, sp.Text)
		}
	}
}

// TestFindSpansSignForm: the form of a signature is reported as written,
// so a check can flag a variant: dots in the initials, a dash without
// spaces.
func TestFindSpansSignForm(t *testing.T) {
	for _, tc := range []struct {
		text, signer, mark string
		dots               bool
	}{
		{"the [crews - AM] left", "AM", " - ", false},
		{"the [crews - A.M.] left", "AM", " - ", true},
		{"the [crews-AM] left", "AM", "-", false},
		{"the [crews-A.M.] left", "AM", "-", true},
		{"они [экипажи – А.М.] ушли", "АМ", " – ", true},
		{"они [экипажи-АМ] ушли", "АМ", "-", false},
		{"они [т.е. корейцы. – Ред.] не", "Ред.", " – ", false},
	} {
		spans := FindSpans(tc.text, 0, nil)
		if len(spans) != 1 || spans[0].Class != Insertion {
			t.Errorf("%q: spans %+v, want one insertion", tc.text, spans)
			continue
		}
		sp := spans[0]
		if sp.Signer != tc.signer || sp.SignMark != tc.mark || sp.SignDots != tc.dots {
			t.Errorf("%q: signer %q mark %q dots %v, want %q %q %v", tc.text, sp.Signer, sp.SignMark, sp.SignDots, tc.signer, tc.mark, tc.dots)
		}
	}
}
