// Package review is the review server of an edition: one more client of
// the library, like the CLI. It serves the edition's facing texts in the
// browser, with actions on the links (confirm and unconfirm, merge, split, move a
// boundary sentence, unpair, undo and redo, confirm all, realign the rest)
// and on the check's findings (accept into the baseline, accept as an
// exception on a glossary entry, add a glossary entry, re-run the check),
// each of which but the re-run is undone and redone as a link's edit is.
//
// Every change is saved when it is made, atomically, to the files the
// edition's sverka.yaml names: the stored alignment (the JSON sverka align
// writes), the glossary, the baseline. A change from a page that has not
// seen the latest version of the file it writes is refused, never merged.
//
// The server reads and writes only the edition's own files, never a path
// taken from a request. Every request must carry the run's random token
// (in the query of the first load, then in a cookie), every change is a
// POST carrying it in a header, and the Host header must name the address
// the server listens on. The package never prints or exits: cmd/sverka's
// review command listens, prints the address and opens the browser.
package review
