package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sverka/sverka/internal/input"
)

// DictdDir is where Debian installs dictd dictionaries
// (apt-get install dict-freedict-deu-fra mueller7-dict).
const DictdDir = "/usr/share/dictd"

// ReadDictionary reads the bilingual dictionary spec names, as --dict and
// sverka.yaml's dictionary: name it:
//
//   - a dictd dictionary by its name, freedict-deu-fra or mueller7, read
//     from DictdDir (NAME.index and NAME.dict.dz);
//   - a dictd dictionary by the path of its .index, .dict.dz or .dict file
//     (a .dict file is dictd only when its .index is beside it);
//   - any other file: word pairs, one a line (ReadWordPairs).
//
// Which way a dictionary runs does not matter: Align turns its pairs round
// when they fit the texts better that way. This is the one function of the
// package that opens files; errors name the file.
func ReadDictionary(spec string) ([]WordPair, error) {
	return readDictionary(spec, DictdDir)
}

func readDictionary(spec, dictdDir string) ([]WordPair, error) {
	switch {
	case strings.HasSuffix(spec, ".index"):
		return readDictdFiles(spec, dataBeside(strings.TrimSuffix(spec, ".index")))
	case strings.HasSuffix(spec, ".dict.dz"):
		return readDictdFiles(strings.TrimSuffix(spec, ".dict.dz")+".index", spec)
	case strings.HasSuffix(spec, ".dict") && isFile(strings.TrimSuffix(spec, ".dict")+".index"):
		return readDictdFiles(strings.TrimSuffix(spec, ".dict")+".index", spec)
	}
	if _, err := os.Stat(spec); err == nil || strings.ContainsRune(spec, filepath.Separator) {
		f, err := input.Open(spec)
		if err != nil {
			return nil, fmt.Errorf("dictionary %w", err)
		}
		defer f.Close()
		return ReadWordPairs(spec, f)
	}
	base := filepath.Join(dictdDir, spec)
	if !isFile(base + ".index") {
		return nil, fmt.Errorf("dictionary %s: no such file, and no %s.index (Debian: apt-get install dict-%s, or mueller7-dict)",
			spec, base, strings.TrimPrefix(spec, "dict-"))
	}
	return readDictdFiles(base+".index", dataBeside(base))
}

// dataBeside is the data file of the dictd dictionary at base: base.dict.dz,
// or base.dict when only that exists.
func dataBeside(base string) string {
	if !isFile(base+".dict.dz") && isFile(base+".dict") {
		return base + ".dict"
	}
	return base + ".dict.dz"
}

func readDictdFiles(indexPath, dataPath string) ([]WordPair, error) {
	ix, err := input.Open(indexPath)
	if err != nil {
		return nil, fmt.Errorf("dictionary %w", err)
	}
	defer ix.Close()
	data, err := input.Open(dataPath)
	if err != nil {
		return nil, fmt.Errorf("dictionary %w", err)
	}
	defer data.Close()
	return ReadDictd(indexPath, ix, dataPath, data)
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
