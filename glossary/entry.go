package glossary

import "github.com/sverka/sverka/texts"

// Kind is what an entry names.
type Kind string

const (
	Term         Kind = "term"
	Person       Kind = "person"
	Place        Kind = "place"
	Organisation Kind = "organisation"
	CodeName     Kind = "code-name"
	Abbreviation Kind = "abbreviation"
)

// Status is the standing of an English rendering.
type Status string

const (
	Preferred Status = "preferred"
	Admitted  Status = "admitted"
	Forbidden Status = "forbidden"
)

// Rendering is one English rendering of an entry.
type Rendering struct {
	Text          string `yaml:"text"`
	Status        Status `yaml:"status"`
	CaseSensitive bool   `yaml:"case-sensitive,omitempty"`
}

// GlossPolicy says how the original word is glossed in the English.
type GlossPolicy struct {
	Form string `yaml:"form"` // "translit": the transliteration in brackets
	When string `yaml:"when"` // "first-in-document" or "always"
}

// Entry is one concept of the glossary.
type Entry struct {
	ID         string       `yaml:"id"`
	Kind       Kind         `yaml:"kind"`
	Russian    []string     `yaml:"russian"`            // lemma forms
	Forms      []string     `yaml:"forms,omitempty"`    // explicit inflected forms that do not share a stem
	Translit   string       `yaml:"translit,omitempty"` // generated with the glossary's scheme when empty
	Renderings []Rendering  `yaml:"renderings"`
	Gloss      *GlossPolicy `yaml:"gloss,omitempty"`
	Note       string       `yaml:"note,omitempty"`
	Definition string       `yaml:"definition,omitempty"`
	Exceptions []string     `yaml:"exceptions,omitempty"` // findings accepted by the editors

	Pos texts.Pos `yaml:"-"` // where the entry starts in the glossary file
}

// Glossary is a set of entries.
type Glossary struct {
	File    string       `yaml:"-"`
	Scheme  texts.Scheme `yaml:"scheme,omitempty"`
	Entries []*Entry     `yaml:"entries"`
}

// Match is one occurrence of an entry in a text. Start and End are byte
// offsets in the text searched.
type Match struct {
	Entry      *Entry
	Start, End int
	Text       string
	Rendering  *Rendering // for matches in English
}

// MatchRussian finds the entries whose Russian terms occur in s, in any
// inflected form.
//
// SKELETON: not implemented.
func (g *Glossary) MatchRussian(s string) []Match { return nil }

// MatchEnglish finds the renderings of entries that occur in s.
//
// SKELETON: not implemented.
func (g *Glossary) MatchEnglish(s string) []Match { return nil }
