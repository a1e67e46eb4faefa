package align

// evidence is a set of kinds of evidence the scorer uses; the ablation in
// the tests switches them off one by one.
type evidence uint8

const (
	evNumbers   evidence = 1 << iota // numbers and dates
	evIdentical                      // identical words, codes, ? and !
	evCognates                       // stems compared through the coarse key
	evLearned                        // a word table learned from a first pass
	evPairs                          // word pairs from the caller

	evAll = evNumbers | evIdentical | evCognates | evLearned | evPairs
)

func (e evidence) has(k evidence) bool { return e&k != 0 }

// params are the weights of the scoring model, tuned on the Text+Berg
// development set only (TestTune), so that the test set's figures are
// blind.
type params struct {
	ev evidence
	// prior is the cost of a link type by its sizes, -log of its relative
	// frequency.
	prior         map[[2]int]float64
	lexWeight     float64 // weight of the lexical similarity
	variance      float64 // Gale–Church variance before it is estimated
	paraCost      float64 // a link across a paragraph break
	headCost      float64 // a heading paired without lexical support
	deadCost      float64 // a sentence merged into a link it shares no word with
	lineMergeCost float64 // a header line merged into a link it shares no word with
	bandWidth     int     // half-width of the search band
	learnConf     float64 // posterior a link needs to teach the word table
	learnDice     float64 // Dice a word pair needs to enter the table
	learnMin      int     // co-occurrences a pair needs
	unpaired      float64 // weight of the length cost of a sentence left without counterpart that shares words beside it
	lowConf       float64 // confidence under which a link is flagged
	longLetter    int     // letters from which an unpaired sentence is flagged (not a stray mark)
	junkCost      float64 // a sentence of debris left without counterpart
	paragraphs    bool    // align paragraphs first where both sides have them
	idfFloor      float64 // the least weight of a key, however common
	numberBoost   float64 // how much more a number weighs than a word as rare
	skipDebris    bool    // leave OCR debris out of the search (debris.go)
}

// clone copies p, its map included, so that a tuner can change the copy.
func (p params) clone() params {
	q := p
	q.prior = make(map[[2]int]float64, len(p.prior))
	for k, v := range p.prior {
		q.prior[k] = v
	}
	return q
}

func defaultParams() params {
	return params{
		ev: evAll,
		prior: map[[2]int]float64{
			{1, 1}: 0, {1, 0}: 4, {0, 1}: 4,
			{1, 2}: 2, {2, 1}: 2, {2, 2}: 3,
			{1, 3}: 4, {3, 1}: 4, {2, 3}: 5, {3, 2}: 5, {3, 3}: 7,
			{1, 4}: 5, {4, 1}: 5, {1, 5}: 12, {5, 1}: 12,
		},
		lexWeight:     34,
		variance:      20,
		paraCost:      1,
		headCost:      3,
		deadCost:      0.2,
		lineMergeCost: 4,
		bandWidth:     40,
		learnConf:     0.9,
		learnDice:     0.5,
		learnMin:      2,
		unpaired:      0.2,
		lowConf:       0.75,
		longLetter:    3,
		junkCost:      2,
		paragraphs:    true,
		idfFloor:      0.3,
		numberBoost:   1.5,
		skipDebris:    true,
	}
}
