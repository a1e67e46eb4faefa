package check

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// SARIF 2.1.0, as GitHub code scanning and other viewers read it. Columns
// count Unicode code points (run.columnKind), as texts.Pos does.

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// fingerprintKey names sverka's partial fingerprint; the /v1 changes if
	// the fingerprint's recipe ever does.
	fingerprintKey = "sverka/v1"
	toolURI        = "https://github.com/sverka/sverka"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
	// OriginalURIBaseIDs says where %SRCROOT% was on the machine that
	// ran the check.
	OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifText   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
	Properties           sarifProps  `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifProps struct {
	Tags []string `json:"tags,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
	// Properties say, for a Word, OpenDocument or web page file, that
	// startLine counts paragraphs: {"lineUnit": "paragraph"}.
	Properties map[string]string `json:"properties,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// sarifURI turns a file name into a relative URI reference with forward
// slashes, escaped where it must be.
func sarifURI(name string) string {
	p := slashPath(filepath.ToSlash(name))
	p = strings.TrimPrefix(p, "./")
	return (&url.URL{Path: p}).EscapedPath()
}

func sarifRegionOf(f Finding) sarifRegion {
	r := sarifRegion{StartLine: max(1, f.Pos.Line), StartColumn: max(1, f.Pos.Col)}
	if f.Pos.Unit != "" {
		r.Properties = map[string]string{"lineUnit": f.Pos.Unit}
	}
	if end := f.endCol(); end > r.StartColumn {
		r.EndColumn = end
		r.Snippet = &sarifText{Text: f.Match}
	}
	return r
}

// sarifRuleOf is a rule's metadata; the edition's own rules (custom) are
// tagged "edition".
func sarifRuleOf(r *Rule, custom bool) sarifRule {
	tags := []string{"translation"}
	if custom {
		tags = append(tags, "edition")
	}
	if r.Glossary {
		tags = append(tags, "glossary")
	}
	if r.Original {
		tags = append(tags, "original")
	}
	return sarifRule{
		ID: r.ID, Name: r.Name,
		ShortDescription:     sarifText{r.Short},
		FullDescription:      sarifText{r.Help},
		Help:                 sarifText{r.Help},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Default)},
		Properties:           sarifProps{Tags: tags},
	}
}

// WriteSARIF writes the findings as one SARIF 2.1.0 run. Files are named
// relative to opts.Root (uriBaseId %SRCROOT%, which originalUriBaseIds
// places) when they are in it, as GitHub code scanning requires. Every rule is
// listed, in the fixed order of Rules and then the edition's own rules
// (opts.Custom), so rule ids and indexes are stable;
// each result carries a partial fingerprint (see SetFingerprints) so that
// code scanning recognises an alert it has seen even when lines move.
func WriteSARIF(w io.Writer, fs []Finding, opts PrintOptions) error {
	version := opts.ToolVersion
	if version == "" {
		version = "dev"
	}
	rules := Rules()
	index := make(map[string]int, len(rules)+len(opts.Custom))
	driver := sarifDriver{Name: "sverka", Version: version, InformationURI: toolURI}
	for i, r := range rules {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRuleOf(r, false))
	}
	// The edition's own rules after the built-in ones, whose indexes
	// therefore stay the same.
	for _, r := range opts.Custom {
		if _, ok := index[r.ID]; ok {
			continue
		}
		index[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRuleOf(r, true))
	}
	results := make([]sarifResult, 0, len(fs))
	for _, f := range fs {
		res := sarifResult{
			RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel(f.Severity),
			Message: sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: opts.sarifLocationOf(f.Pos.File),
				Region:           sarifRegionOf(f),
			}}},
			PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint},
		}
		if _, ok := index[f.Rule]; !ok {
			res.RuleIndex = -1
		}
		related := f.Related
		if f.Russian != nil {
			related = append([]RelatedPlace{{Pos: *f.Russian, Match: f.RussianMatch, Message: "in the original"}}, related...)
		}
		for i, r := range related {
			id := i + 1
			loc := sarifLocation{ID: &id, PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: opts.sarifLocationOf(r.Pos.File),
				Region:           sarifRegionOf(Finding{Pos: r.Pos, Match: r.Match}),
			}}
			if msg := r.Message; msg != "" {
				loc.Message = &sarifText{msg}
			}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		if f.Fix != nil && f.endCol() > 0 {
			desc := f.Fix.Description
			if desc == "" {
				desc = "replace with " + f.Fix.Replace
			}
			res.Fixes = []sarifFix{{
				Description: sarifText{desc},
				ArtifactChanges: []sarifArtifactChange{{
					ArtifactLocation: opts.sarifLocationOf(f.Pos.File),
					Replacements: []sarifReplacement{{
						DeletedRegion:   sarifRegion{StartLine: f.Pos.Line, StartColumn: f.Pos.Col, EndColumn: f.endCol()},
						InsertedContent: sarifText{f.Fix.Replace},
					}},
				}},
			}}
		}
		if f.Entry != "" {
			res.Properties = map[string]any{"entry": f.Entry}
		}
		results = append(results, res)
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: results}
	if opts.Root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifact{srcRoot: {URI: strings.TrimSuffix(fileURI(opts.Root), "/") + "/"}}
	}
	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
