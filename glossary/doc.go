// Package glossary keeps the terms and rendering choices of an edition.
//
// A glossary is a YAML file next to the texts; entries match Russian terms in
// any inflected form and English renderings marked preferred, admitted or
// forbidden. Glossaries are exchanged as TBX and CSV. Checking a
// translation against a glossary is package check's work; proposing
// entries is package suggest's.
package glossary
