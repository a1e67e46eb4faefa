package align

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// A sentence left without counterpart that shares words with a sentence
// beside its gap costs its link type's prior and the length model's cost
// of a sentence against nothing, times params.unpaired: the longer the
// sentence, the less likely a translator left it out. One that shares
// nothing beside its gap costs the prior alone; debris keeps its own cost.
func TestUnpairedCostGrowsWithLength(t *testing.T) {
	src := sents(
		"Да.",
		"Погрузка 450 тонн угля закончена.",
		"Вагоны в количестве 12 ушли обратно порожняком на узловую станцию утром после осмотра путей.",
	)
	tgt := sents("Yes.", "450 tons of coal are loaded.", "12 wagons went back empty.")
	for _, unpaired := range []float64{0, 0.2} {
		p := defaultParams()
		p.unpaired = unpaired
		v := newVocab()
		fs, ft := extractBoth(v, src, tgt, p.ev, false)
		sc := newScorer(p, fs, ft, DefaultMaxLink, keyWeights(v, fs, ft, p))
		null := slices.Index(sc.types, [2]int{1, 0})
		prior := p.prior[[2]int{1, 0}]
		if got := sc.cost(0, 1, 0, 0, null); got != p.junkCost {
			t.Errorf("unpaired %g: debris costs %g, want the debris cost %g", unpaired, got, p.junkCost)
		}
		// Source sentence x left out in the gap before target sentence x:
		// beside it are target sentences x-1 and x, the second sharing its
		// number.
		short, long := sc.cost(1, 2, 1, 1, null), sc.cost(2, 3, 2, 2, null)
		for _, c := range []struct {
			name string
			cost float64
			x    int
		}{{"short", short, 1}, {"long", long, 2}} {
			want := prior + unpaired*sc.lengthCost(fs[c.x].length, 0)
			if math.Abs(c.cost-want) > 1e-9 {
				t.Errorf("unpaired %g: the %s sentence left out costs %g, want %g", unpaired, c.name, c.cost, want)
			}
		}
		if unpaired > 0 && !(prior < short && short < long) {
			t.Errorf("unpaired %g: left out, the short sentence costs %g and the long one %g (prior %g): want them dearer with length", unpaired, short, long, prior)
		}
		// In the gap before the first target sentence, with nothing
		// beside it that shares a word, the long sentence costs the prior.
		if got := sc.cost(2, 3, 0, 0, null); got != prior {
			t.Errorf("unpaired %g: the long sentence left out where it shares nothing beside it costs %g, want the prior %g", unpaired, got, prior)
		}
	}
}

// A long sentence the translator split off joins the sentence it renders
// part of (a 1-2 link) instead of standing alone as an addition: the
// lengths fit a 1-1 and a 0-1 better, but a sentence as long as that is
// seldom added. Without the length cost of an unpaired sentence it stands
// alone, so the fixture tests that cost.
func TestLongSentenceJoinsRatherThanStandsAlone(t *testing.T) {
	ru, en := unpairedFixture()
	for _, c := range []struct {
		unpaired float64
		want     string
	}{{defaultParams().unpaired, "[10]:[10, 11]"}, {0, "[10]:[10] []:[11]"}} {
		p := defaultParams()
		p.unpaired = c.unpaired
		links, err := alignWith(ru, en, Options{}, p)
		if err != nil {
			t.Fatal(err)
		}
		checkValid(t, links, len(ru), len(en))
		got := linksString(links)
		if !strings.Contains(got, c.want) {
			t.Errorf("unpaired %g: got %s\nwant it to hold %s", c.unpaired, got, c.want)
		}
	}
}

// unpairedFixture is a report of a railway station, sentence by sentence,
// whose English renders one Russian sentence in two: the second, as long
// as the first and without a number, holds the rest of the Russian
// sentence's words.
func unpairedFixture() (ru, en []Sentence) {
	pairs := [][2]string{
		{"Станция приняла 14 составов за сутки.", "The station took in 14 trains in a day."},
		{"Из них 9 составов шли с углём.", "Of these, 9 trains carried coal."},
		{"Разгрузка заняла 16 часов.", "Unloading took 16 hours."},
		{"На путях осталось 38 вагонов.", "38 wagons were left on the tracks."},
		{"Депо выпустило 6 паровозов после ремонта.", "The depot released 6 locomotives after repair."},
		{"Бригада из 25 человек работала ночью.", "A crew of 25 men worked at night."},
		{"Отправлено 11 составов на юг.", "11 trains were sent south."},
		{"Задержка 2 составов вызвана снегом.", "The delay of 2 trains was caused by snow."},
		{"Ремонт 3 стрелок закончен 5 декабря.", "Repair of 3 switches was finished on 5 December."},
		{"Запас топлива составляет 420 тонн.", "The fuel stock is 420 tons."},
		{"Противник в районе 38 параллели сосредоточил до трёх дивизий и ведёт разведку боем по всему фронту днём и ночью.",
			"The enemy has concentrated up to three divisions near the 38th parallel, and keeps them there."},
		{"", "He is conducting reconnaissance in force along the whole front, by day and by night alike."},
		{"Пассажирских поездов прошло 7.", "7 passenger trains passed."},
		{"Опоздание поезда 12 составило 40 минут.", "Train 12 was 40 minutes late."},
		{"Водокачка работала 18 часов.", "The water tower ran for 18 hours."},
		{"Выдано 230 пропусков.", "230 passes were issued."},
		{"Больных среди рабочих 4.", "There are 4 sick among the workers."},
		{"На складе 15 тонн зерна.", "There are 15 tons of grain in the store."},
		{"Погрузка 8 вагонов леса закончена.", "Loading of 8 wagons of timber is finished."},
		{"Ожидается прибытие 10 составов.", "10 trains are expected to arrive."},
		{"Связь с узлом 21 восстановлена.", "The line to junction 21 is restored."},
		{"Охрана усилена на 30 человек.", "The guard is reinforced by 30 men."},
		{"Следующий доклад в 6 часов.", "Next report at 6 o'clock."},
	}
	for _, p := range pairs {
		if p[0] != "" {
			ru = append(ru, Sentence{Text: p[0]})
		}
		en = append(en, Sentence{Text: p[1]})
	}
	return ru, en
}

// Whether a pair shares a key is read from the band's pair matches where
// the band holds the pair and from the keys elsewhere: the same answer
// either way, so that a null link's cost does not depend on the band.
func TestSharesSameInAndOutOfBand(t *testing.T) {
	ru, en := unpairedFixture()
	p := defaultParams()
	v := newVocab()
	fs, ft := extractBoth(v, ru, en, p.ev, false)
	sc := newScorer(p, fs, ft, DefaultMaxLink, keyWeights(v, fs, ft, p))
	sc.setBand(newBand(len(fs), len(ft), [][2]int{{0, 0}, {len(fs), len(ft)}}, 2), DefaultMaxLink)
	inBand, shared := 0, 0
	for x := range fs {
		for y := range ft {
			if int32(y) >= sc.mmLo[x] && int32(y) <= sc.mmHi[x] {
				inBand++
			}
			want := sc.match(fs[x].keys, ft[y].keys) > 0
			if want {
				shared++
			}
			if got := sc.shares(x, y); got != want {
				t.Errorf("shares(%d, %d) = %v, want %v", x, y, got, want)
			}
		}
	}
	if inBand == 0 || inBand == len(fs)*len(ft) || shared == 0 {
		t.Fatalf("%d of %d pairs in the band, %d sharing a key: the test needs some of each", inBand, len(fs)*len(ft), shared)
	}
}

// A merge with a sentence whose words match nothing on the other side of
// the link costs params.deadCost more for it: such a sentence is more
// likely left out than merged. A member that shares a word costs nothing
// more.
func TestDeadMemberCost(t *testing.T) {
	src := sents(
		"Погрузка 450 тонн угля закончена.",
		"Вагонов 450 ушло обратно.",
		"Бригада Сидорова перевыполнила план на 120 процентов.",
	)
	tgt := sents("450 tons of coal are loaded and 450 wagons went back.", "The crew of Sidorov overfulfilled the plan by 120 percent.")
	cost := func(dead float64, pi, i int) float64 {
		p := defaultParams()
		p.deadCost = dead
		v := newVocab()
		fs, ft := extractBoth(v, src, tgt, p.ev, false)
		sc := newScorer(p, fs, ft, DefaultMaxLink, keyWeights(v, fs, ft, p))
		sc.setBand(newBand(len(fs), len(ft), [][2]int{{0, 0}, {len(fs), len(ft)}}, len(fs)), DefaultMaxLink)
		return sc.cost(pi, i, 0, 1, slices.Index(sc.types, [2]int{i - pi, 1}))
	}
	const dead = 0.2
	if got := cost(dead, 0, 2) - cost(0, 0, 2); got != 0 {
		t.Errorf("a 2-1 whose sentences both match costs %g more with deadCost %g, want nothing more", got, dead)
	}
	if got := cost(dead, 0, 3) - cost(0, 0, 3); math.Abs(got-dead) > 1e-9 {
		t.Errorf("a 3-1 holding one sentence that matches nothing costs %g more with deadCost %g, want %g", got, dead, dead)
	}
	if got := defaultParams().deadCost; got != dead {
		t.Errorf("deadCost %g, want the tuned %g", got, dead)
	}
}

// The length cost of an unpaired sentence and the dead-member cost hold
// for a target sentence as for a source one: the texts of the tests above
// turned round, the Russian as the target.
func TestUnpairedAndDeadTargetSide(t *testing.T) {
	src := sents("Yes.", "450 tons of coal are loaded.", "12 wagons went back empty.")
	tgt := sents(
		"Да.",
		"Погрузка 450 тонн угля закончена.",
		"Вагоны в количестве 12 ушли обратно порожняком на узловую станцию утром после осмотра путей.",
	)
	p := defaultParams()
	v := newVocab()
	fs, ft := extractBoth(v, src, tgt, p.ev, false)
	sc := newScorer(p, fs, ft, DefaultMaxLink, keyWeights(v, fs, ft, p))
	null := slices.Index(sc.types, [2]int{0, 1})
	prior := p.prior[[2]int{0, 1}]
	// Target sentence x left out in the gap before source sentence x,
	// which shares its number.
	for x := 1; x <= 2; x++ {
		want := prior + p.unpaired*sc.lengthCost(0, ft[x].length)
		if got := sc.cost(x, x, x, x+1, null); math.Abs(got-want) > 1e-9 || got <= prior {
			t.Errorf("target sentence %d left out costs %g, want %g (prior %g)", x, got, want, prior)
		}
	}
	if got := sc.cost(0, 0, 2, 3, null); got != prior {
		t.Errorf("the long target sentence left out where it shares nothing beside it costs %g, want the prior %g", got, prior)
	}

	ru := sents(
		"Погрузка 450 тонн угля закончена.",
		"Вагонов 450 ушло обратно.",
		"Бригада Сидорова перевыполнила план на 120 процентов.",
	)
	en := sents("450 tons of coal are loaded and 450 wagons went back.", "The crew of Sidorov overfulfilled the plan by 120 percent.")
	cost := func(dead float64, j int) float64 {
		q := defaultParams()
		q.deadCost = dead
		v := newVocab()
		fs, ft := extractBoth(v, en, ru, q.ev, false)
		sc := newScorer(q, fs, ft, DefaultMaxLink, keyWeights(v, fs, ft, q))
		sc.setBand(newBand(len(fs), len(ft), [][2]int{{0, 0}, {len(fs), len(ft)}}, len(ft)), DefaultMaxLink)
		return sc.cost(0, 1, 0, j, slices.Index(sc.types, [2]int{1, j}))
	}
	if got := cost(p.deadCost, 2) - cost(0, 2); got != 0 {
		t.Errorf("a 1-2 whose target sentences both match costs %g more, want nothing more", got)
	}
	if got := cost(p.deadCost, 3) - cost(0, 3); math.Abs(got-p.deadCost) > 1e-9 {
		t.Errorf("a 1-3 holding one target sentence that matches nothing costs %g more, want %g", got, p.deadCost)
	}
}
