package review

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUndoFindingActions: each action on the findings (accepting one into
// the baseline or as an exception, adding an entry or a rendering) is
// undone as a link's edit is: the file as it was (the baseline that did
// not exist removed), the finding back; redo makes it again.
func TestUndoFindingActions(t *testing.T) {
	for _, tc := range []struct {
		name, action, rule string
		fields             map[string]any
		file, label        string
	}{
		{"into the baseline", "baseline", "gloss-mismatch", nil, DefaultBaseline, "accept gloss-mismatch “[shtormoboyazn]” into " + DefaultBaseline},
		{"as an exception", "exception", "term-forbidden", nil, "glossary.yaml", "accept term-forbidden:Lavrentiev as an exception on lavrentev"},
		{"a new entry", "entry", "", map[string]any{"russian": "маяк", "english": "lighthouse", "kind": "place"}, "glossary.yaml", "add the glossary entry maiak (маяк → lighthouse)"},
		{"a rendering to an entry", "entry", "", map[string]any{"russian": "Козлову", "english": "Kozloff"}, "glossary.yaml", "add the rendering Kozloff to kozlov"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, dir := testServer(t)
			h := s.Handler()
			path := filepath.Join(dir, tc.file)
			before, beforeErr := os.ReadFile(path)
			st := getState(t, h)
			fields := tc.fields
			if tc.rule != "" {
				fields = map[string]any{"finding": findingOf(t, st, tc.rule).Fingerprint}
			}
			post := func(path string, st state, fields map[string]any) answer {
				t.Helper()
				w := call(t, h, "POST", path, body(t, st, fields), nil)
				if w.Code != 200 {
					t.Fatalf("%s: %d %s", path, w.Code, w.Body)
				}
				var a answer
				if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
					t.Fatal(err)
				}
				return a
			}
			done := post("/api/findings/"+tc.action, st, fields)
			after, _ := os.ReadFile(path)
			if string(after) == string(before) {
				t.Fatalf("%s did not change %s", tc.action, tc.file)
			}
			if done.State.Undo != tc.label {
				t.Errorf("undo offers %q, want %q", done.State.Undo, tc.label)
			}
			undone := post("/api/links/undo", done.State, nil)
			if undone.Message != "Undone: "+tc.label+"." {
				t.Errorf("undo says %q", undone.Message)
			}
			now, err := os.ReadFile(path)
			switch {
			case beforeErr != nil && !os.IsNotExist(err):
				t.Errorf("%s, which the action made, is still there after undo: %s", tc.file, now)
			case beforeErr == nil && string(now) != string(before):
				t.Errorf("%s after undo:\n%s\nwant as it was:\n%s", tc.file, now, before)
			}
			if len(undone.State.Findings) != len(st.Findings) {
				t.Errorf("%d findings after undo, want the %d there were", len(undone.State.Findings), len(st.Findings))
			}
			if tc.rule != "" && !strings.Contains(findingOf(t, undone.State, tc.rule).Fingerprint, fields["finding"].(string)) {
				t.Errorf("the %s finding is not back", tc.rule)
			}
			redone := post("/api/links/redo", undone.State, nil)
			if again, _ := os.ReadFile(path); string(again) != string(after) || redone.Message != "Redone: "+tc.label+"." {
				t.Errorf("redo (%q) left %s:\n%s\nwant:\n%s", redone.Message, tc.file, again, after)
			}
			if len(redone.State.Findings) != len(done.State.Findings) {
				t.Errorf("%d findings after redo, want %d", len(redone.State.Findings), len(done.State.Findings))
			}
		})
	}
}

// TestUndoFindingActionRefusedAfterEdit: a file edited on disk since the
// action is not written over by undoing it.
func TestUndoFindingActionRefusedAfterEdit(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	w := call(t, h, "POST", "/api/findings/entry", body(t, st, map[string]any{"russian": "маяк", "english": "lighthouse"}), nil)
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	path := filepath.Join(dir, "glossary.yaml")
	data, _ := os.ReadFile(path)
	edited := string(data) + "# the editor's note\n"
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	var a answer
	_ = json.Unmarshal(w.Body.Bytes(), &a)
	if w := call(t, h, "POST", "/api/links/undo", body(t, a.State, nil), nil); w.Code != 409 {
		t.Errorf("undo over a glossary edited on disk: %d %s", w.Code, w.Body)
	}
	if now, _ := os.ReadFile(path); string(now) != edited {
		t.Errorf("the glossary edited on disk was written over:\n%s", now)
	}
}
