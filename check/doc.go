// Package check reviews a translation as an expert reviewer would: against
// its glossary (terms, forbidden renderings, glosses), for names spelled
// several ways, translator insertions out of the house style and brackets
// without their pair.
//
// Check runs every rule over the aligned document pairs of an edition and
// returns findings with positions in the English and the Russian, sorted
// by position. Findings are data: the printers write them for people
// (WriteText), for programs (WriteJSON), as GitHub workflow annotations
// (WriteGitHub) and as SARIF 2.1.0 (WriteSARIF). A baseline records the
// findings an edition already has, so that CI reports only new ones.
package check
