// Package atomicfile writes a user's file without ever leaving it half
// written: through a temporary file in the same folder, renamed into
// place. The CLI's outputs and the review server's saves go through it.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sverka/sverka/internal/input"
)

// Write writes a file by renaming a finished temporary file over
// it. The file keeps the mode of the file it replaces. Errors name the file
// the user asked for: the temporary file's name means nothing to them.
func Write(path string, write func(w io.Writer) error) (err error) {
	name := path
	// Renaming over a symbolic link would replace the link with a plain
	// file: write where the link points instead.
	if target, evalErr := filepath.EvalSymlinks(path); evalErr == nil {
		path = target
	}
	if fi, statErr := os.Stat(path); statErr == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("%s: cannot write: it is a folder", name)
		case !fi.Mode().IsRegular():
			// A pipe or a device (-o /dev/stdout) is written to as it is:
			// renaming a file over it would replace it.
			return writeSpecial(name, path, write)
		}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: cannot write: the folder %s does not exist", name, dir)
		}
		return fmt.Errorf("%s: cannot write: %v", name, input.UnwrapPath(err))
	}
	stop := removeOnSignal(tmp.Name())
	defer stop()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = nameUserFile(err, tmp.Name(), name)
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, statErr := os.Stat(path); statErr == nil {
		mode = fi.Mode().Perm()
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// nameUserFile rewrites an error on the temporary file tmp (writing,
// syncing, renaming it) to name the user's file instead; other errors, such
// as a writer's own about another file, pass unchanged.
func nameUserFile(err error, tmp, name string) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) && pathErr.Path == tmp {
		return fmt.Errorf("%s: cannot write: %w", name, pathErr.Err)
	}
	var linkErr *os.LinkError
	if errors.As(err, &linkErr) && linkErr.Old == tmp {
		return fmt.Errorf("%s: cannot write: %w", name, linkErr.Err)
	}
	return err
}

// writeSpecial writes to a pipe or device in place.
func writeSpecial(name, path string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", name, input.UnwrapPath(err))
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %v", name, input.UnwrapPath(err))
	}
	return f.Close()
}
