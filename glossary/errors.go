package glossary

import "github.com/sverka/sverka/texts"

// PosError is a problem at a place in a glossary file.
type PosError = texts.PosError

// ErrorList is every problem found in a glossary file, in file order, like
// go/scanner.ErrorList. Its Error method prints one per line.
type ErrorList = texts.ErrorList
