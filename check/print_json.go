package check

import (
	"encoding/json"
	"io"

	"github.com/sverka/sverka/texts"
)

// jsonPos is a position in JSON output.
type jsonPos struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
}

type jsonPlace struct {
	jsonPos
	Match   string `json:"match,omitempty"`
	Message string `json:"message,omitempty"`
}

type jsonFinding struct {
	Rule         string      `json:"rule"`
	Severity     Severity    `json:"severity"`
	Message      string      `json:"message"`
	File         string      `json:"file"`
	Line         int         `json:"line"`
	Col          int         `json:"col"`
	EndCol       int         `json:"end_col,omitempty"`
	Match        string      `json:"match"`
	Russian      *jsonPos    `json:"russian,omitempty"`
	RussianMatch string      `json:"russian_match,omitempty"`
	Related      []jsonPlace `json:"related,omitempty"`
	Fix          *Fix        `json:"fix,omitempty"`
	Entry        string      `json:"entry,omitempty"`
	Fingerprint  string      `json:"fingerprint"`
}

func toJSONPos(p texts.Pos) jsonPos { return jsonPos{File: p.File, Line: p.Line, Col: p.Col} }

// WriteJSON writes the findings as a JSON array (empty, not null, when
// there are none). Besides rule, severity, message, file, line, col and
// match, a finding has the Russian position, the related places, the fix,
// the glossary entry and the fingerprint where it has them.
func WriteJSON(w io.Writer, fs []Finding) error {
	out := make([]jsonFinding, 0, len(fs))
	for _, f := range fs {
		j := jsonFinding{
			Rule: f.Rule, Severity: f.Severity, Message: f.Message,
			File: f.Pos.File, Line: f.Pos.Line, Col: f.Pos.Col, EndCol: f.endCol(),
			Match: f.Match, RussianMatch: f.RussianMatch, Fix: f.Fix, Entry: f.Entry,
			Fingerprint: f.Fingerprint,
		}
		if f.Russian != nil {
			p := toJSONPos(*f.Russian)
			j.Russian = &p
		}
		for _, r := range f.Related {
			j.Related = append(j.Related, jsonPlace{jsonPos: toJSONPos(r.Pos), Match: r.Match, Message: r.Message})
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
