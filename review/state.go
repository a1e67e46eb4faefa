package review

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// Options tune the server.
type Options struct {
	// Addr is the address the server listens on (host:port, as the
	// listener reports it): the Host header of every request must name it.
	Addr string
	// AllowRemote accepts a Host header naming any host at the port, for
	// a server listening on another address than loopback.
	AllowRemote bool
	// Token is the secret every request must carry; empty for a random
	// one.
	Token string
	// Baseline is the edition's baseline file, relative to its folder;
	// empty for .sverka-baseline.json.
	Baseline string
}

// DefaultBaseline is the baseline file the findings are accepted into
// when Options.Baseline is empty, as the docs name it for sverka check.
const DefaultBaseline = ".sverka-baseline.json"

// Server serves one edition for review. Its handler is safe for
// concurrent use: one change is made at a time.
type Server struct {
	mu         sync.Mutex
	configPath string
	opts       Options
	token      string

	ed        *edition.Edition
	checkOpts check.Options
	findings  []located
	specs     []*specState
	pairSpec  []*specState // by pair
	config    *file
	glossary  *file // nil when sverka.yaml names none
	baseline  *file
	inputs    []*file // the texts: read only, watched for changes
	history   []change
	future    []change    // undone changes, for redo
	sides     [][2][]byte // each pair's sides as JSON, for saving (see encodedSides)
	notice    string      // said with the next state: why the edition was read again
}

// specState is one pair declaration of sverka.yaml and the stored
// alignment its pairs are saved to.
type specState struct {
	spec  *edition.PairSpec
	pairs []int
	file  *file
	named bool   // sverka.yaml names the file
	add   string // else the alignment line to add to the declaration
}

// change is one saved edit, for undo and redo: of a pair's links, or,
// where edit is set, of a file a finding's action wrote (the baseline, the
// glossary).
type change struct {
	pair          int
	label         string
	before, after []align.Link
	edit          *fileEdit
}

// located is a finding with the row it is on (pair and link, -1 when it
// is on none).
type located struct {
	check.Finding
	pair, link int
}

// New opens the edition whose sverka.yaml is at configPath for review.
func New(configPath string, opts Options) (*Server, error) {
	s := &Server{configPath: configPath, opts: opts, token: opts.Token}
	if s.opts.Baseline == "" {
		s.opts.Baseline = DefaultBaseline
	}
	if rel := s.opts.Baseline; filepath.IsAbs(rel) || strings.HasPrefix(path.Clean(filepath.ToSlash(rel)), "../") {
		return nil, fmt.Errorf("baseline %s: must be a file name relative to the edition's folder", rel)
	}
	if s.token == "" {
		b := make([]byte, 24)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		s.token = hex.EncodeToString(b)
	}
	if err := s.open(); err != nil {
		return nil, err
	}
	return s, nil
}

// Token is the secret every request must carry.
func (s *Server) Token() string { return s.token }

// Documents is the number of document pairs under review.
func (s *Server) Documents() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.ed.Pairs)
}

// Warnings are what opening the edition left out, for the caller to show.
func (s *Server) Warnings() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ed.Warnings
}

// open reads the edition (again), with every file's version.
func (s *Server) open() error {
	ed, err := edition.Open(s.configPath, edition.OpenOptions{CheckGlossary: check.ValidateExceptions})
	if err != nil {
		return err
	}
	for _, p := range ed.Pairs {
		if err := p.Validate(); err != nil {
			return err
		}
	}
	copts, err := check.OptionsFrom(ed.Config, ed.Dir)
	if err != nil {
		return err
	}
	copts.BaseDir = ed.Dir
	cfgFile, err := newFile(ed.Dir, filepath.Base(s.configPath))
	if err != nil {
		return err
	}
	var gloss *file
	if ed.Config.Glossary != "" {
		if gloss, err = newFile(ed.Dir, ed.Config.Glossary); err != nil {
			return err
		}
	}
	base, err := newFile(ed.Dir, path.Clean(filepath.ToSlash(s.opts.Baseline)))
	if err != nil {
		return err
	}
	var inputs []*file
	seen := map[string]bool{}
	for _, p := range ed.Pairs {
		for _, name := range []string{p.SourceFile, p.TargetFile} {
			rel, err := filepath.Rel(ed.Dir, name)
			if err != nil || seen[rel] {
				continue
			}
			seen[rel] = true
			f, err := newFile(ed.Dir, filepath.ToSlash(rel))
			if err != nil {
				return err
			}
			inputs = append(inputs, f)
		}
	}
	specs, pairSpec, err := specStates(ed)
	if err != nil {
		return err
	}
	s.ed, s.checkOpts, s.config, s.glossary, s.baseline, s.inputs = ed, copts, cfgFile, gloss, base, inputs
	s.specs, s.pairSpec = specs, pairSpec
	s.history, s.future, s.sides = nil, nil, nil
	return s.runCheck()
}

// specStates groups the pairs by the declaration they come from, with the
// file each declaration's alignment is saved to, as sverka align names it
// (edition.AlignmentFiles).
func specStates(ed *edition.Edition) ([]*specState, []*specState, error) {
	var specs []*specState
	by := map[*edition.PairSpec]*specState{}
	pairSpec := make([]*specState, len(ed.Pairs))
	files := ed.AlignmentFiles()
	for i, p := range ed.Pairs {
		st := by[p.Spec]
		if st == nil {
			if p.Spec == nil {
				return nil, nil, fmt.Errorf("document pair %d has no declaration in %s", i+1, ed.Config.File)
			}
			st = &specState{spec: p.Spec, named: p.Spec.Alignment != "", add: files[i].Add}
			f, err := newFile(ed.Dir, files[i].Name)
			if err != nil {
				return nil, nil, err
			}
			st.file = f
			by[p.Spec] = st
			specs = append(specs, st)
		}
		st.pairs = append(st.pairs, i)
		pairSpec[i] = st
	}
	return specs, pairSpec, nil
}

// runCheck runs the check, leaves out what the baseline records, and
// marks the rows.
func (s *Server) runCheck() error {
	fs := check.Run(s.ed, s.checkOpts)
	if s.baseline.version != noVersion {
		data, err := s.baseline.read()
		if err != nil {
			return err
		}
		b, err := check.ReadBaseline(s.baseline.rel, strings.NewReader(string(data)))
		if err != nil {
			return err
		}
		fs, _ = b.Filter(fs)
	}
	s.ed.Marks = check.Marks(fs)
	s.findings = s.locate(fs)
	return nil
}

// locate finds the row of each finding: the link holding the sentence
// its first place (check.Finding.Places: the English, but the Russian for
// an omission) falls in, else its other.
func (s *Server) locate(fs []check.Finding) []located {
	out := make([]located, len(fs))
	for i, f := range fs {
		out[i] = located{Finding: f, pair: -1, link: -1}
		places, _ := f.Places()
	search:
		for _, at := range places {
			for pi, p := range s.ed.Pairs {
				for side, doc := range []*texts.Document{p.Target, p.Source} {
					src := p.TargetText
					if side == 1 {
						src = p.SourceText
					}
					if k, _ := edition.SegmentAt(doc, src, at); k >= 0 {
						out[i].pair, out[i].link = pi, linkOf(p.Links, side == 1, k)
						break search
					}
				}
			}
		}
	}
	return out
}

// linkOf is the link holding segment k of the source (or target) side.
func linkOf(links []align.Link, source bool, k int) int {
	for i, l := range links {
		ids := l.Target
		if source {
			ids = l.Source
		}
		for _, x := range ids {
			if x == k {
				return i
			}
		}
	}
	return -1
}

// stale reports an edition whose files changed on disk since the server
// read or wrote them.
func (s *Server) stale() bool {
	all := append([]*file{s.config, s.baseline}, s.inputs...)
	if s.glossary != nil {
		all = append(all, s.glossary)
	}
	for _, sp := range s.specs {
		all = append(all, sp.file)
	}
	for _, f := range all {
		if f.changedOnDisk() {
			return true
		}
	}
	return false
}

// versions are the versions of the files a page may change.
func (s *Server) versions() map[string]string {
	v := map[string]string{s.config.rel: s.config.version, s.baseline.rel: s.baseline.version}
	if s.glossary != nil {
		v[s.glossary.rel] = s.glossary.version
	}
	for _, sp := range s.specs {
		v[sp.file.rel] = sp.file.version
	}
	return v
}

// seen refuses a change to files whose version the page has not seen, or
// that changed on disk since the server read or wrote them.
func (s *Server) seen(versions map[string]string, fs ...*file) error {
	for _, f := range fs {
		if v, ok := versions[f.rel]; !ok || v != f.version {
			return &conflictError{msg: f.rel + " was changed from another page since this one was loaded: nothing saved; reload to see the latest version"}
		}
		if f.changedOnDisk() {
			return &conflictError{msg: f.rel + " changed on disk since it was read: nothing saved; reload to see the latest version"}
		}
	}
	return nil
}
