package texts

import (
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Normalizer returns the streaming form of the normalisation ReadSource
// applies to decoded UTF-8: line endings to LF, fixed-width spaces to a
// space, invisible characters dropped, NFC. It keeps no positions; use it
// to normalise text that needs none (a glossary term, a query), so that it
// compares equal with Source.Text.
//
// ReadSource does not use the chain itself: it must know where every rune
// came from, which a transform.Transformer does not say.
func Normalizer() transform.Transformer {
	return transform.Chain(
		lineEndings{},
		runes.Remove(runes.Predicate(func(r rune) bool { return clean(r) < 0 })),
		runes.Map(func(r rune) rune { return clean(r) }),
		norm.NFC,
	)
}

// Normalize applies Normalizer to a string.
func Normalize(s string) string {
	out, _, err := transform.String(Normalizer(), s)
	if err != nil {
		return s
	}
	return out
}

// lineEndings turns CRLF and lone CR into LF.
type lineEndings struct{ transform.NopResetter }

func (lineEndings) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c != '\r' {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if nSrc+1 >= len(src) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = '\n'
		nDst++
		nSrc++
		if nSrc < len(src) && src[nSrc] == '\n' {
			nSrc++
		}
	}
	return nDst, nSrc, nil
}
