package review

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/atomicfile"
)

// file is one of the edition's files the server reads or writes, with the
// version of it the server last read or wrote. A page sends the versions
// it has seen with every change; a change to a file whose version the page
// has not seen, or that changed on disk since, is refused.
type file struct {
	dir     string // the edition's folder
	rel     string // as sverka.yaml names it, relative to the edition's folder
	path    string
	version string // noVersion when the file does not exist
	size    int64
	mtime   time.Time
}

// noVersion is the version of a file that does not exist yet.
const noVersion = "none"

func newFile(dir, rel string) (*file, error) {
	f := &file{dir: dir, rel: rel, path: filepath.Join(dir, filepath.FromSlash(rel))}
	if err := edition.InFolder(dir, f.path); err != nil {
		return nil, err
	}
	if fi, err := os.Stat(f.path); err == nil {
		f.size, f.mtime = fi.Size(), fi.ModTime()
	}
	v, err := f.onDisk()
	if err != nil {
		return nil, err
	}
	f.version = v
	return f, nil
}

// onDisk is the version of the file on disk now: the last one known when
// its size and time have not changed, else a hash of its content.
func (f *file) onDisk() (string, error) {
	fi, err := os.Stat(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return noVersion, nil
	}
	if err != nil {
		return "", err
	}
	if f.version != "" && f.version != noVersion && fi.Size() == f.size && fi.ModTime().Equal(f.mtime) {
		return f.version, nil
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		return "", err
	}
	return hashOf(data), nil
}

// changedOnDisk reports a file someone else changed since the server last
// read or wrote it.
func (f *file) changedOnDisk() bool {
	v, err := f.onDisk()
	return err != nil || v != f.version
}

// read returns the file's content, refusing one changed on disk since.
func (f *file) read() ([]byte, error) {
	data, err := os.ReadFile(f.path)
	if err != nil {
		return nil, err
	}
	if hashOf(data) != f.version {
		return nil, &conflictError{msg: f.rel + " changed on disk since the page was loaded"}
	}
	return data, nil
}

// write replaces the file atomically with data and records its version.
func (f *file) write(data []byte) error {
	if dir := filepath.Dir(f.path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	// Checked again now that its folder exists: a link put there since the
	// server started must not take the write outside the edition.
	if err := edition.InFolder(f.dir, f.path); err != nil {
		return err
	}
	if err := atomicfile.Write(f.path, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	}); err != nil {
		return err
	}
	f.version = hashOf(data)
	if fi, err := os.Stat(f.path); err == nil {
		f.size, f.mtime = fi.Size(), fi.ModTime()
	}
	return nil
}

// remove deletes the file, which undoing the change that wrote it first
// needs (an accepted finding the baseline was made for).
func (f *file) remove() error {
	if err := edition.InFolder(f.dir, f.path); err != nil {
		return err
	}
	if err := os.Remove(f.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	f.version, f.size, f.mtime = noVersion, 0, time.Time{}
	return nil
}

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

// conflictError is a change refused because the page or the server has
// not seen the latest version of a file: the page must reload.
type conflictError struct{ msg string }

func (e *conflictError) Error() string { return e.msg }

// requestError is a request the server cannot act on: a bad body, a link
// that does not exist. Nothing was written.
type requestError struct{ msg string }

func (e *requestError) Error() string { return e.msg }
