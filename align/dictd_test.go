package align

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// dictdEntries builds a dictd dictionary from entries (each its text, the
// headword first): the index and the data, gzip-compressed when gz.
func dictdEntries(t testing.TB, gz bool, entries ...string) (index, data []byte) {
	t.Helper()
	var body, ix bytes.Buffer
	for _, e := range entries {
		head := strings.SplitN(e, "\n", 2)[0]
		head = cleanHeadword(head)
		ix.WriteString(strings.ToLower(head) + "\t" + dictdBase64(body.Len()) + "\t" + dictdBase64(len(e)) + "\n")
		body.WriteString(e)
	}
	if !gz {
		return ix.Bytes(), body.Bytes()
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(body.Bytes())
	w.Close()
	return ix.Bytes(), z.Bytes()
}

func dictdBase64(n int) string {
	if n == 0 {
		return "A"
	}
	var out []byte
	for n > 0 {
		out = append([]byte{dictdDigits[n%64]}, out...)
		n /= 64
	}
	return string(out)
}

// Entries in the layouts of the dictionaries Debian packages, written for
// these tests.
var (
	freedictNumbered = "Brücke /ˈbʁʏkə/ <n, fem>\n1. pont, passerelle 2.\nBauwerk, das über einen Fluss führt\n 2.\nschmaler Steg\n2. bridge (Kartenspiel)\nein Kartenspiel\n"
	freedictPlain    = "Hafen /ˈhaːfn̩/ <n, masc>\nport, havre\nOrt, an dem Schiffe anlegen\n"
	freedictRussian  = "harbour /hɑːbə/\nгавань, порт\n"
	muellerEntry     = "telegram\n   [↗tɛlɪgræm] _n.\n   1) телеграмма (срочная); to send a telegram послать\n   телеграмму\n   2) _разг. депеша; тж. донесение\n   3) = wire 2\n"
	muellerNumbered  = "urgent\n   [↗ɜ:dʒɜnt] _a.\n   1. срочный, неотложный\n   2. настойчивый\n      а) упорный;\n      б) назойливый, что-л.\n"
	dictdMeta        = "00-database-info\nThis file was written for the tests.\n"
)

func TestReadDictd(t *testing.T) {
	for _, c := range []struct {
		name  string
		entry string
		want  []string // translations of the entry's headword
	}{
		{"freedict numbered senses", freedictNumbered, []string{"pont", "passerelle", "bridge"}},
		{"freedict one sense", freedictPlain, []string{"port", "havre"}},
		{"freedict english-russian", freedictRussian, []string{"гавань", "порт"}},
		{"mueller examples and labels", muellerEntry, []string{"телеграмма", "депеша", "донесение"}},
		{"mueller numbered senses", muellerNumbered, []string{"срочный", "неотложный", "настойчивый", "упорный", "назойливый"}},
	} {
		for _, gz := range []bool{true, false} {
			ix, data := dictdEntries(t, gz, dictdMeta, c.entry)
			pairs, err := ReadDictd("t.index", bytes.NewReader(ix), "t.dict.dz", bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var got []string
			head := cleanHeadword(strings.SplitN(c.entry, "\n", 2)[0])
			for _, p := range pairs {
				if p.Source != head {
					t.Errorf("%s: pair %q from another headword than %q", c.name, p, head)
				}
				got = append(got, p.Target)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("%s (gzip %v): translations %q, want %q", c.name, gz, got, c.want)
			}
		}
	}
}

func TestReadDictdErrors(t *testing.T) {
	ix, data := dictdEntries(t, true, freedictPlain, freedictRussian)
	plainIx, plain := dictdEntries(t, false, freedictPlain)
	lines := strings.SplitAfter(string(ix), "\n")
	corrupt := slices.Clone(data)
	corrupt[len(corrupt)-6] ^= 0xff // the CRC
	for _, c := range []struct {
		name        string
		index, data []byte
		want        string
	}{
		{"no tabs", []byte(lines[0] + "hafen port\n"), data, "t.index:2: want headword<TAB>offset<TAB>length"},
		{"past the end", []byte(lines[0] + "harbour\tB\tZZZ\n"), data, "t.index:2: entry \"harbour\" at offset 1, length 104025, runs past the end of t.dict.dz"},
		{"offset past the end", []byte("hafen\tZZZZ\tB\n"), plain, "t.index:1: entry \"hafen\" at offset 6657625"},
		{"bad digit", []byte("hafen\tA-\tB\n"), plain, "t.index:1: offset \"A-\": '-' is not a dictd base64 digit"},
		{"empty length", []byte("hafen\tA\t\n"), plain, "t.index:1: length \"\": empty number"},
		{"corrupt dz", ix, corrupt, "t.dict.dz: corrupt dictzip data"},
		{"truncated dz", ix, data[:len(data)/2], "t.dict.dz: corrupt dictzip data"},
		{"not utf-8", plainIx, append([]byte{0xff, 0xfe}, plain[2:]...), "t.index:1: entry \"hafen\" in t.dict.dz is not valid UTF-8"},
	} {
		_, err := ReadDictd("t.index", bytes.NewReader(c.index), "t.dict.dz", bytes.NewReader(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

func TestReadDictionary(t *testing.T) {
	dir := t.TempDir()
	ix, data := dictdEntries(t, true, freedictRussian)
	pix, pdata := dictdEntries(t, false, freedictPlain)
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("eng-rus.index", ix)
	write("eng-rus.dict.dz", data)
	write("deu-fra.index", pix)
	plainData := write("deu-fra.dict", pdata)
	tsv := write("pairs.dict", []byte("Hafen\tport\n"))
	write("lonely.index", ix)
	for _, c := range []struct {
		spec string
		want string // the first pair's target, or an error
	}{
		{"eng-rus", "гавань"},
		{filepath.Join(dir, "eng-rus.index"), "гавань"},
		{filepath.Join(dir, "eng-rus.dict.dz"), "гавань"},
		{filepath.Join(dir, "deu-fra.index"), "port"},
		{plainData, "port"},
		{tsv, "port"},
		{"no-such-dict", "dictionary no-such-dict: no such file, and no " + filepath.Join(dir, "no-such-dict.index")},
		{filepath.Join(dir, "none.tsv"), "none.tsv: no such file or directory"},
		{filepath.Join(dir, "lonely.index"), "lonely.dict.dz: no such file or directory"},
		{dir + string(filepath.Separator), "not a regular file"},
	} {
		pairs, err := readDictionary(c.spec, dir)
		got := ""
		switch {
		case err != nil:
			got = err.Error()
		case len(pairs) > 0:
			got = pairs[0].Target
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.spec, got, c.want)
		}
	}
}

// A dictionary of the other direction is turned round: English–Russian
// pairs help a Russian original as Russian–English ones do.
func TestDictionaryEitherDirection(t *testing.T) {
	src := []Sentence{{Text: "Гавань замёрзла."}, {Text: "Судно стоит на рейде."}, {Text: "Лёд толщиной в метр."}}
	tgt := []Sentence{{Text: "The harbour froze."}, {Text: "The vessel lies in the roads, waiting."}, {Text: "The ice is a metre thick."}}
	ruEn := []WordPair{{"гавань", "harbour"}, {"судно", "vessel"}, {"лёд", "ice"}}
	var enRu []WordPair
	for _, p := range ruEn {
		enRu = append(enRu, WordPair{Source: p.Target, Target: p.Source})
	}
	for _, pairs := range [][]WordPair{ruEn, enRu} {
		v := newVocab()
		x := &extractor{v: v, ev: evAll}
		var fs, ft []features
		for _, s := range src {
			fs = append(fs, x.extract(s))
		}
		for _, s := range tgt {
			ft = append(ft, x.extract(s))
		}
		addPairs(v, fs, ft, pairs)
		for k := range fs {
			shared := false
			for _, key := range fs[k].keys {
				if v.kind[key] == kindDict && slices.Contains(ft[k].keys, key) {
					shared = true
				}
			}
			if !shared {
				t.Errorf("pairs %v: sentence %d shares no pair key with its translation", pairs[0], k)
			}
		}
	}
}

// The dictionaries Debian installs, read where they are (GPL: never
// copied into the project).
func TestDebianDictionaries(t *testing.T) {
	for _, c := range []struct {
		name, pkg    string
		source, want string
		least        int
	}{
		{"freedict-deu-fra", "dict-freedict-deu-fra", "Haus", "maison", 40000},
		{"freedict-eng-rus", "dict-freedict-eng-rus", "house", "дом", 1500},
		{"mueller7", "mueller7-dict", "ministry", "министерство", 100000},
	} {
		if !isFile(filepath.Join(DictdDir, c.name+".index")) {
			t.Logf("%s not installed (apt-get install %s): skipped", c.name, c.pkg)
			continue
		}
		pairs, err := ReadDictionary(c.name)
		if err != nil {
			t.Fatal(err)
		}
		if len(pairs) < c.least {
			t.Errorf("%s: %d pairs, want at least %d", c.name, len(pairs), c.least)
		}
		if !slices.Contains(pairs, WordPair{Source: c.source, Target: c.want}) {
			t.Errorf("%s: no pair %s → %s", c.name, c.source, c.want)
		}
		for _, p := range pairs {
			if strings.TrimSpace(p.Source) == "" || strings.TrimSpace(p.Target) == "" || strings.ContainsAny(p.Target, "[]()") ||
				strings.HasPrefix(p.Target, "_") || strings.Contains(p.Target, " _") {
				t.Errorf("%s: pair %q has an empty side or markup left in it", c.name, p)
				break
			}
		}
	}
}

func FuzzReadDictd(f *testing.F) {
	ix, data := dictdEntries(f, true, dictdMeta, freedictNumbered, muellerEntry)
	f.Add(ix, data)
	pix, pdata := dictdEntries(f, false, freedictPlain, muellerNumbered)
	f.Add(pix, pdata)
	f.Add([]byte("a\tB\tC\n"), []byte("xyz"))
	f.Fuzz(func(t *testing.T, index, data []byte) {
		pairs, err := ReadDictd("f.index", bytes.NewReader(index), "f.dict", bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.index:") && !strings.HasPrefix(err.Error(), "f.dict:") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, p := range pairs {
			if strings.TrimSpace(p.Source) == "" || strings.TrimSpace(p.Target) == "" {
				t.Errorf("pair %q has an empty side", p)
			}
		}
	})
}

func ExampleReadDictd() {
	// Two entries in the layout of Mueller's English–Russian dictionary,
	// as mueller7.index and mueller7.dict.dz hold them (the data may be
	// gzip-compressed or plain).
	data := "pier\n   [pɪɜ] _n.\n   1) причал; to moor at the pier стать у причала\n   2) _стр. бык, устой\n" +
		"cement\n   [sɪ↗mɛnt] _n. цемент\n"
	index := "pier\tA\tB7\ncement\tB7\tp\n"
	pairs, err := ReadDictd("mueller7.index", strings.NewReader(index), "mueller7.dict", strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pairs {
		fmt.Println(p.Source, "→", p.Target)
	}
	// Output:
	// pier → причал
	// pier → бык
	// pier → устой
	// cement → цемент
}
