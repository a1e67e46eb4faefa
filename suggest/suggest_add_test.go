package suggest

import (
	"testing"

	"github.com/sverka/sverka/glossary"
)

// TestNewEntries: only complete suggestions the glossary has no term or
// rendering of are added, with ids it does not use.
func TestNewEntries(t *testing.T) {
	g := &glossary.Glossary{Entries: []*glossary.Entry{
		{ID: "smirnov", Russian: []string{"Смирнов"}, Renderings: []glossary.Rendering{{Text: "Smirnov", Status: glossary.Preferred}}},
		{ID: "kola", Russian: []string{"Кольский"}, Renderings: []glossary.Rendering{{Text: "Kola Peninsula", Status: glossary.Preferred}}},
	}}
	sugs := []Suggestion{
		{Kind: glossary.Person, Russian: "Смирнов", English: "Smirnoff"},      // the glossary has the term
		{Kind: glossary.Person, Russian: "Смирнова", English: "Smirnov"},      // and the rendering
		{Kind: glossary.Term, Russian: "Кола", English: "Kola"},               // id kola is taken
		{Kind: glossary.Term, English: "Onega"},                               // no Russian
		{Kind: glossary.Term, Russian: "Онега"},                               // no rendering
		{Kind: glossary.Person, Russian: "Орлова", English: "Orlova"},         // new
		{Kind: glossary.Person, Russian: "орлова", English: "Orlova (again)"}, // just added
	}
	entries, incomplete := NewEntries(g, sugs)
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	if len(ids) != 2 || ids[0] != "kola-2" || ids[1] != "orlova" || incomplete != 2 {
		t.Errorf("added %q, %d incomplete; want [kola-2 orlova], 2", ids, incomplete)
	}
}
