package texts

import (
	"strings"
	"testing"
	"time"
)

// nestedBrackets returns n brackets opened, a signed insertion, and the n
// brackets closed: a line an attacker can put in a pull request.
func nestedBrackets(n int) string {
	return strings.Repeat("[", n) + "экипажи - NO" + strings.Repeat("]", n)
}

// withinDeadline fails the test when fn has not returned after d: a bound
// far above what the work should take, not a timing.
func withinDeadline(t *testing.T, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s still running after %v", what, d)
	}
}

// TestFindSpansDeepNesting: brackets nested past MaxSpanDepth are one
// suspicion, not a span each, and finding them takes linear time: 16,000
// pairs took over a minute when every level was a span.
func TestFindSpansDeepNesting(t *testing.T) {
	const n = 16000
	s := nestedBrackets(n)
	var spans []Span
	withinDeadline(t, 10*time.Second, "FindSpans on 16,000 nested brackets", func() {
		spans = FindSpans(s, 0, nil)
	})
	deep := 0
	for _, sp := range spans {
		if sp.Class == TooDeep {
			deep++
			if sp.Depth != MaxSpanDepth || s[sp.Start:sp.End] != sp.Text {
				t.Errorf("too-deep span %+v: want depth %d and its own text", sp, MaxSpanDepth)
			}
			continue
		}
		if sp.Depth >= MaxSpanDepth {
			t.Errorf("span at depth %d, past the bound %d", sp.Depth, MaxSpanDepth)
		}
	}
	if deep != 1 || len(spans) != MaxSpanDepth+1 {
		t.Fatalf("%d spans, %d too deep; want %d spans and one too-deep suspicion", len(spans), deep, MaxSpanDepth+1)
	}
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].Start {
			t.Fatalf("spans out of order at %d", i)
		}
	}
}

// TestFindSpansDeepUnclosed: thousands of brackets never closed are
// reported up to the bound, not one restOfLine each.
func TestFindSpansDeepUnclosed(t *testing.T) {
	s := strings.Repeat("[", 5000) + "экипажи\n\nдалее"
	spans := FindSpans(s, 0, nil)
	if len(spans) != MaxSpanDepth+1 {
		t.Fatalf("%d spans, want %d unbalanced and one too-deep", len(spans), MaxSpanDepth)
	}
}

// TestFindSpansAtBound: nesting up to the bound is read as before.
func TestFindSpansAtBound(t *testing.T) {
	spans := FindSpans(nestedBrackets(MaxSpanDepth), 0, nil)
	if len(spans) != MaxSpanDepth {
		t.Fatalf("%d spans, want %d", len(spans), MaxSpanDepth)
	}
	for _, sp := range spans {
		if sp.Class.Suspicion() {
			t.Fatalf("suspicion %+v at the bound", sp)
		}
	}
}

func BenchmarkFindSpansNested(b *testing.B) {
	s := nestedBrackets(16000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		FindSpans(s, 0, nil)
	}
}
