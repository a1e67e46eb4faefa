package glossary

import (
	"strings"
	"sync/atomic"

	"github.com/sverka/sverka/texts"
)

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

// Kinds lists the kinds in the order the YAML documentation gives them.
func Kinds() []Kind {
	return []Kind{Term, Person, Place, Organisation, CodeName, Abbreviation}
}

func (k Kind) valid() bool {
	for _, v := range Kinds() {
		if k == v {
			return true
		}
	}
	return false
}

// Status is the standing of an English rendering.
type Status string

const (
	Preferred Status = "preferred"
	Admitted  Status = "admitted"
	Forbidden Status = "forbidden"
)

func (s Status) valid() bool { return s == Preferred || s == Admitted || s == Forbidden }

// Rendering is one English rendering of an entry.
type Rendering struct {
	Text          string `yaml:"text" json:"text"`
	Status        Status `yaml:"status" json:"status"`
	CaseSensitive bool   `yaml:"case-sensitive,omitempty" json:"case_sensitive,omitempty"`
}

// Accepted reports whether the rendering may be used: preferred or admitted.
func (r *Rendering) Accepted() bool { return r.Status == Preferred || r.Status == Admitted }

// The forms and moments of a gloss policy.
const (
	GlossTranslit    = "translit"    // the transliteration in brackets: storm-fright [shtormoboiazn']
	GlossTranslation = "translation" // a translation in brackets after the rendering: Instantsia [Highest Authority]

	GlossFirstInDocument = "first-in-document"
	GlossAlways          = "always"
)

// GlossPolicy says how the original word is glossed in the English.
type GlossPolicy struct {
	Form string `yaml:"form" json:"form"` // GlossTranslit or GlossTranslation
	When string `yaml:"when" json:"when"` // GlossFirstInDocument (the default) or GlossAlways
	// Text is the gloss itself when Form is GlossTranslation ("Highest
	// Authority"); for GlossTranslit it is the entry's transliteration.
	Text string `yaml:"text,omitempty" json:"text,omitempty"`
}

// Entry is one concept of the glossary.
type Entry struct {
	ID      string   `yaml:"id" json:"id"`
	Kind    Kind     `yaml:"kind" json:"kind"`
	Russian []string `yaml:"russian" json:"russian"` // lemma forms, matched in any inflected form
	// Forms are explicit forms, matched as written (case and ё aside), for
	// words whose forms do not share a stem. A word ending in "*" matches any
	// word it begins: "Штыков*".
	Forms      []string     `yaml:"forms,omitempty" json:"forms,omitempty"`
	Translit   string       `yaml:"translit,omitempty" json:"translit,omitempty"` // generated with the glossary's scheme when empty
	Renderings []Rendering  `yaml:"renderings" json:"renderings"`
	Gloss      *GlossPolicy `yaml:"gloss,omitempty" json:"gloss,omitempty"`
	Note       string       `yaml:"note,omitempty" json:"note,omitempty"`
	Definition string       `yaml:"definition,omitempty" json:"definition,omitempty"`
	Exceptions []string     `yaml:"exceptions,omitempty" json:"exceptions,omitempty"` // findings accepted by the editors
	// ExceptionsPos is where each exception is written in the glossary
	// file, when it was read from one: the check says there when an
	// exception names no rule.
	ExceptionsPos []texts.Pos `yaml:"-" json:"-"`

	// CaseSensitive makes the Russian terms match only with the case they
	// are written in: the code name Инстанция, not the word инстанция.
	CaseSensitive bool `yaml:"case-sensitive,omitempty" json:"case_sensitive,omitempty"`

	Pos texts.Pos `yaml:"-" json:"pos"` // where the entry starts in the glossary file
}

// RenderingsWith returns the renderings with one of the statuses, in order.
func (e *Entry) RenderingsWith(statuses ...Status) []*Rendering {
	var out []*Rendering
	for i := range e.Renderings {
		for _, s := range statuses {
			if e.Renderings[i].Status == s {
				out = append(out, &e.Renderings[i])
				break
			}
		}
	}
	return out
}

// Preferred returns the first preferred rendering, or the first admitted
// one, or nil.
func (e *Entry) Preferred() *Rendering {
	if rs := e.RenderingsWith(Preferred); len(rs) > 0 {
		return rs[0]
	}
	if rs := e.RenderingsWith(Admitted); len(rs) > 0 {
		return rs[0]
	}
	return nil
}

// Glossary is a set of entries.
type Glossary struct {
	File   string       `yaml:"-"`
	Scheme texts.Scheme `yaml:"scheme,omitempty"`
	// SourceLang and TargetLang are the languages of the terms (Entry.Russian)
	// and of the renderings, as BCP 47 tags; empty means ru and en. A
	// glossary imported from another pair of languages keeps them, and
	// every export writes them.
	SourceLang string   `yaml:"-"`
	TargetLang string   `yaml:"-"`
	Entries    []*Entry `yaml:"entries"`
	// Dropped counts what an import (ReadTBX) left out, by data category
	// ("partOfSpeech", "subjectField", "terms in de"); nil after Load.
	Dropped map[string]int `yaml:"-"`

	// index is built at the first match; Reindex drops it.
	index atomic.Pointer[matchIndex]
}

// Langs returns the languages of the terms and of the renderings: ru and
// en unless the glossary says otherwise.
func (g *Glossary) Langs() (source, target string) {
	source, target = g.SourceLang, g.TargetLang
	if source == "" {
		source = "ru"
	}
	if target == "" {
		target = "en"
	}
	return source, target
}

// Reindex makes the next match rebuild the index: call it after changing
// entries of a glossary that has already matched.
func (g *Glossary) Reindex() { g.index.Store(nil) }

// Entry returns the entry with the id, or nil.
func (g *Glossary) Entry(id string) *Entry {
	for _, e := range g.Entries {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// Translit returns the entry's transliteration: as given, or generated from
// its first Russian term with the glossary's scheme (ALA-LC when none), in
// the case the term is written in.
func (g *Glossary) Translit(e *Entry) string {
	scheme := texts.ALALC
	if g != nil && g.Scheme != "" {
		scheme = g.Scheme
	}
	return e.TranslitIn(scheme, false)
}

// TranslitIn is the transliteration of an entry in a scheme: the one the
// glossary gives, else its first Russian term transliterated. asGloss
// writes a term (a common noun, capitalised or not in the glossary) in
// lower case, as a gloss in the text shows it.
func (e *Entry) TranslitIn(scheme texts.Scheme, asGloss bool) string {
	if e.Translit != "" {
		return e.Translit
	}
	if len(e.Russian) == 0 {
		return ""
	}
	ru := e.Russian[0]
	if asGloss && (e.Kind == Term || e.Kind == "") {
		ru = strings.ToLower(ru)
	}
	return texts.Transliterate(ru, scheme)
}

// Match is one occurrence of an entry in a text. Start and End are byte
// offsets in the text searched.
type Match struct {
	Entry      *Entry
	Start, End int
	Text       string
	Rendering  *Rendering // for matches in English
}

// DefaultID makes an id from a Russian term: its ALA-LC transliteration in
// lower case, words joined by hyphens, apostrophes left out.
func DefaultID(russian string) string {
	s := strings.ToLower(texts.Transliterate(russian, texts.ALALC))
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '"':
		default:
			dash = true
		}
	}
	return b.String()
}
