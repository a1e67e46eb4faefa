// Package xmlattr reads attributes of XML start elements by their local
// name, as the readers of documents, alignments and memories written by
// other tools must: they prefix their namespaces as they like.
package xmlattr

import "encoding/xml"

// Get returns the value of the attribute of e with the local name, or "".
func Get(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
