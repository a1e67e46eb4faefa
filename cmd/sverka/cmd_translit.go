package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/text/transform"

	"github.com/sverka/sverka/texts"
)

// translitOptions are the flags of `sverka translit`.
type translitOptions struct {
	scheme string
	key    bool
}

func newTranslitCommand(sio *IO) *cobra.Command {
	var opts translitOptions
	cmd := &cobra.Command{
		Use:   "translit [--scheme ala-lc|bgn|iso9|popular] [--key] [TEXT...|-]",
		Short: "Romanise Russian text, or print the matching key of names",
		Long: `Translit romanises the Russian letters of TEXT (several arguments are
joined by spaces), or of standard input when TEXT is "-" or missing, and
leaves everything else as it is.

Schemes: ala-lc (the default: ALA-LC without diacritics, aviaboiazn'),
bgn (BGN/PCGN, Lavrent'yev), iso9 (ISO 9 with diacritics, Ŝuka), popular
(the newspaper style, Lavrentyev, Vasilevsky).

With --key, each line is printed as its matching key instead: the folded
form sverka uses to find one name spelled in different ways (Lavrentyev,
Lavrent'ev and ЛАВРЕНТЬЕВ all give lavrentev).

` + exitStatusHelp,
		Example: `  sverka translit 'Штыков, Василевский'
  sverka translit --scheme popular - < ru/doc1.txt
  sverka translit --key 'PAK HÓN-YÓNG'`,
		Args: anyArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTranslit(sio, opts, args)
		},
	}
	schemeFlag(cmd, &opts.scheme, "ala-lc", "transliteration scheme")
	cmd.Flags().BoolVar(&opts.key, "key", false, "print the matching key of each line instead")
	return cmd
}

func runTranslit(sio *IO, opts translitOptions, args []string) error {
	scheme := texts.Scheme(opts.scheme)
	// Standard input must be UTF-8, as every other command wants it: the
	// transliterator would write U+FFFD for what is not.
	var in io.Reader = &utf8Reader{r: sio.In, name: "<stdin>", line: 1, col: 1}
	if len(args) > 0 && !(len(args) == 1 && args[0] == "-") {
		in = strings.NewReader(strings.Join(args, " ") + "\n")
	}
	return writeOutput(sio, "", func(w io.Writer) error {
		if !opts.key {
			_, err := io.Copy(w, transform.NewReader(in, texts.Transliterator(scheme)))
			return err
		}
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
		for sc.Scan() {
			if _, err := io.WriteString(w, texts.MatchKey(sc.Text())+"\n"); err != nil {
				return err
			}
		}
		return sc.Err()
	})
}

// utf8Reader passes UTF-8 through and fails at the first byte that is
// not, naming its line and column, as texts.ReadSource does for a file.
type utf8Reader struct {
	r         io.Reader
	name      string
	line, col int
	pending   []byte // the start of a character cut by the end of a read
	err       error
}

func (u *utf8Reader) Read(p []byte) (int, error) {
	if u.err != nil {
		return 0, u.err
	}
	if len(p) <= len(u.pending) {
		return 0, io.ErrShortBuffer // no room for the character begun
	}
	n := copy(p, u.pending)
	u.pending = u.pending[:0]
	k, err := u.r.Read(p[n:])
	n += k
	i := 0
	for i < n {
		r, size := utf8.DecodeRune(p[i:n])
		if r == utf8.RuneError && size <= 1 {
			if err == nil && !utf8.FullRune(p[i:n]) {
				// Cut by the read: keep it for the next.
				u.pending = append(u.pending, p[i:n]...)
				return i, nil
			}
			u.err = &texts.Error{File: u.name, Line: u.line, Col: u.col,
				Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02X): translit reads UTF-8", p[i])}
			return i, nil
		}
		if r == '\n' {
			u.line, u.col = u.line+1, 1
		} else {
			u.col++
		}
		i += size
	}
	return n, err
}
