package xmlattr

import (
	"encoding/xml"
	"testing"
)

func TestGet(t *testing.T) {
	e := xml.StartElement{Attr: []xml.Attr{
		{Name: xml.Name{Space: "http://www.w3.org/XML/1998/namespace", Local: "lang"}, Value: "ru"},
		{Name: xml.Name{Local: "id"}, Value: "s1"},
	}}
	if Get(e, "lang") != "ru" || Get(e, "id") != "s1" || Get(e, "xtargets") != "" {
		t.Errorf("Get: %q %q %q", Get(e, "lang"), Get(e, "id"), Get(e, "xtargets"))
	}
}
