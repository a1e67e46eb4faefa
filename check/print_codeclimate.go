package check

import (
	"encoding/json"
	"io"
)

// Code Climate's issue format, which GitLab shows as Code Quality in merge
// requests (artifacts:reports:codequality): a JSON array of issues, each
// with its rule (check_name), a severity, a fingerprint GitLab tells
// issues apart by, and the file (from the repository root) and line.

type codeClimateIssue struct {
	Type        string              `json:"type"`
	CheckName   string              `json:"check_name"`
	Description string              `json:"description"`
	Categories  []string            `json:"categories"`
	Severity    string              `json:"severity"`
	Fingerprint string              `json:"fingerprint"`
	Location    codeClimateLocation `json:"location"`
}

type codeClimateLocation struct {
	Path      string               `json:"path"`
	Positions codeClimatePositions `json:"positions"`
}

type codeClimatePositions struct {
	Begin codeClimatePos `json:"begin"`
	End   codeClimatePos `json:"end"`
}

type codeClimatePos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// codeClimateSeverity maps sverka's severities on Code Climate's scale
// (info, minor, major, critical, blocker).
func codeClimateSeverity(s Severity) string {
	switch s {
	case Error:
		return "major"
	case Warning:
		return "minor"
	}
	return "info"
}

// WriteCodeClimate writes the findings as a Code Climate report for
// GitLab: files named from opts.Root, columns in characters; the
// fingerprint is the finding's (see SetFingerprints), so that an issue
// keeps its identity when lines move.
func WriteCodeClimate(w io.Writer, fs []Finding, opts PrintOptions) error {
	issues := make([]codeClimateIssue, 0, len(fs))
	for _, f := range fs {
		begin := codeClimatePos{Line: max(1, f.Pos.Line), Column: max(1, f.Pos.Col)}
		end := begin
		if c := f.endCol(); c > begin.Column {
			end.Column = c
		}
		fp := f.Fingerprint
		if fp == "" {
			fp = f.Rule + ":" + f.Pos.String()
		}
		issues = append(issues, codeClimateIssue{
			Type: "issue", CheckName: f.Rule, Description: f.Message, Categories: []string{"Style"},
			Severity: codeClimateSeverity(f.Severity), Fingerprint: fp,
			Location: codeClimateLocation{Path: opts.hostPath(f.Pos.File), Positions: codeClimatePositions{Begin: begin, End: end}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}
