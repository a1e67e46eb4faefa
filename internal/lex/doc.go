// Package lex holds the one definition of a word that sverka's packages
// share: which runes make a word, the apostrophes and hyphens that stay
// inside one, the Cyrillic test, fast lower-casing for Latin and Russian,
// and the English function words. Packages that mean something else by a
// word (a bracket's head word, a letter-only alignment key) name theirs
// differently.
package lex
