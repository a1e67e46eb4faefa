package lex

import "strings"

// Set makes a set of the white-space separated words of s: word lists are
// written as one string.
func Set(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// FunctionWords are English function words, in lower case: they say
// little about what a sentence is about, so the revision diff hardly
// weighs them and the checks never take one for a term's rendering.
var FunctionWords = Set(`a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on once
only or other our ours out over own same she should so some such than that the their theirs them then there these they
this those through to too under until up very was we were what when where which while who whom why will with would you
your yours shall must may might upon within without among along across per via thus therefore however already still
yet since whether either neither every many much s`)
