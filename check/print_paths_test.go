package check

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// rootFindings are findings about files named as a check run from
// elsewhere names them: absolute, relative to the working directory, and
// outside the repository.
func rootFindings(root string) []Finding {
	return []Finding{
		{Rule: "name-variant", Severity: Warning, Message: "Lavrentiev is also spelled Lavrentyev", Match: "Lavrentiev",
			Pos: texts.Pos{File: filepath.Join(root, "editions", "korea", "en.txt"), Line: 12, Col: 9}, Fingerprint: "f1",
			Russian: &texts.Pos{File: filepath.Join("korea", "ru", "doc1.txt"), Line: 3, Col: 1}},
		{Rule: "term-forbidden", Severity: Error, Message: "«пурга» is rendered \"snowstorm\" | forbidden", Match: "snowstorm",
			Pos: texts.Pos{File: filepath.Join(root, "..", "elsewhere", "en.txt"), Line: 2, Col: 1}, Fingerprint: "f2"},
	}
}

// From any working directory, code hosts get files named from the root of
// the repository: SARIF with uriBaseId %SRCROOT% placed by
// originalUriBaseIds, GitHub annotations and Code Climate with repository
// paths; a file outside the repository is a file URI, never a bare
// absolute path.
func TestPrintersNameFilesFromRoot(t *testing.T) {
	root := filepath.Join(t.TempDir(), "repo")
	opts := PrintOptions{Root: root, WorkDir: filepath.Join(root, "editions")}
	fs := rootFindings(root)

	var sarif bytes.Buffer
	if err := WriteSARIF(&sarif, fs, opts); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(sarif.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file://"+filepath.ToSlash(root)+"/" {
		t.Errorf("originalUriBaseIds = %q", got)
	}
	loc := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if loc.URI != "editions/korea/en.txt" || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("location %+v", loc)
	}
	if rel := run.Results[0].RelatedLocations[0].PhysicalLocation.ArtifactLocation; rel.URI != "editions/korea/ru/doc1.txt" || rel.URIBaseID != "%SRCROOT%" {
		t.Errorf("related location %+v", rel)
	}
	if out := run.Results[1].Locations[0].PhysicalLocation.ArtifactLocation; !strings.HasPrefix(out.URI, "file:///") || out.URIBaseID != "" {
		t.Errorf("a file outside the repository: %+v", out)
	}

	var gh bytes.Buffer
	if err := WriteGitHub(&gh, fs, opts); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(gh.String(), "::warning file=editions/korea/en.txt,line=12,col=9,") {
		t.Errorf("github:\n%s", gh.String())
	}

	var cc bytes.Buffer
	if err := WriteCodeClimate(&cc, fs, opts); err != nil {
		t.Fatal(err)
	}
	var issues []struct {
		CheckName, Severity, Fingerprint string `json:",omitempty"`
		Location                         struct {
			Path      string
			Positions struct{ Begin struct{ Line, Column int } }
		}
	}
	if err := json.Unmarshal(cc.Bytes(), &issues); err != nil {
		t.Fatal(err)
	}
	if len(issues) != 2 || issues[0].Location.Path != "editions/korea/en.txt" || issues[0].Location.Positions.Begin.Line != 12 || issues[0].Fingerprint != "f1" {
		t.Errorf("codeclimate:\n%s", cc.String())
	}
	if !strings.Contains(cc.String(), `"check_name": "name-variant"`) || !strings.Contains(cc.String(), `"severity": "major"`) {
		t.Errorf("codeclimate:\n%s", cc.String())
	}
}

func TestWriteSummary(t *testing.T) {
	root := filepath.Join(t.TempDir(), "repo")
	opts := PrintOptions{Root: root, WorkDir: filepath.Join(root, "editions")}
	fs := rootFindings(root)
	for i := 0; i < 25; i++ {
		fs = append(fs, fs[0])
	}
	var b bytes.Buffer
	if err := WriteSummary(&b, fs, opts, "the check's SARIF upload"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"### sverka check\n",
		"**27 findings**: 1 error, 26 warnings.",
		"| `term-forbidden` | error | 1 |\n| `name-variant` | warning | 26 |",
		"- `editions/korea/en.txt:12:9` warning **name-variant**: Lavrentiev is also spelled Lavrentyev\n",
		`«пурга» is rendered "snowstorm" \| forbidden`,
		"\n7 more: see the check's SARIF upload.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	WriteSummary(&b, nil, opts, "")
	if b.String() != "### sverka check\n\nNo findings.\n" {
		t.Errorf("summary of none: %q", b.String())
	}
}

// In a Word file, SARIF says that the line is a paragraph.
func TestSARIFParagraphUnit(t *testing.T) {
	f := Finding{Rule: "term-forbidden", Severity: Error, Message: "m", Pos: texts.Pos{File: "en.docx", Line: 4, Col: 2, Unit: texts.UnitParagraph}}
	var b bytes.Buffer
	if err := WriteSARIF(&b, []Finding{f}, PrintOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"lineUnit": "paragraph"`) {
		t.Errorf("SARIF:\n%s", b.String())
	}
}
