// Command sverka checks translations of archival documents against their
// originals: it reads and segments texts, aligns sentences, checks the
// glossary and exports bilingual editions.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], newSystemIO()))
}
