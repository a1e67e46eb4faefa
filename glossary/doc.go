// Package glossary keeps the terms and rendering choices of an edition and
// checks a translation against them.
//
// A glossary is a YAML file next to the texts; entries match Russian terms in
// any inflected form and English renderings marked preferred, admitted or
// forbidden. Glossaries are exchanged as TBX and CSV. The checks report
// findings with positions in the English and the Russian.
package glossary
