package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/sverka/sverka/edition"
)

// writeOutput writes to standard output when path is "" or "-", else to the
// file at path through a temporary file renamed into place, so that a
// failure never leaves a user's file half written.
func writeOutput(sio *IO, path string, write func(w io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(sio.Out)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	return writeFileAtomic(path, write)
}

// checkOutputFolder is an error when the folder a -o FILE goes in does
// not exist or is not a folder: commands that work long before they write
// call it first, so that a mistyped folder fails at once.
func checkOutputFolder(path string) error {
	if path == "" || path == "-" {
		return nil
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: cannot write: the folder %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("%s: cannot write: %v", path, unwrapPathError(err))
	case !fi.IsDir():
		return fmt.Errorf("%s: cannot write: %s is not a folder", path, dir)
	}
	return nil
}

// writeFileAtomic writes a file by renaming a finished temporary file over
// it. The file keeps the mode of the file it replaces. Errors name the file
// the user asked for: the temporary file's name means nothing to them.
func writeFileAtomic(path string, write func(w io.Writer) error) (err error) {
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
		return fmt.Errorf("%s: cannot write: %v", name, unwrapPathError(err))
	}
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

// refuseInputAsOutput is a usage error when output (a -o FILE) is one of
// the inputs: writing there would replace the user's text with the export
// of it. Inputs may be FILE#ID specs; "" and "-" are skipped. Paths are
// compared cleaned and absolute, and as files (a link or another spelling
// of the same file is the same file).
func refuseInputAsOutput(output string, inputs ...string) error {
	if output == "" || output == "-" {
		return nil
	}
	outAbs := mustAbs(output)
	outInfo, outErr := os.Stat(output)
	for _, in := range inputs {
		if in == "" || in == "-" {
			continue
		}
		file, _ := edition.SplitDocSpec(in)
		same := mustAbs(file) == outAbs
		if !same && outErr == nil {
			if fi, err := os.Stat(file); err == nil {
				same = os.SameFile(fi, outInfo)
			}
		}
		if same {
			return usagef("-o %s is the input %s: writing there would replace it; choose another output file", output, file)
		}
	}
	return nil
}

// guardOutput is a PreRunE for a command whose arguments are input files:
// it refuses an output (the -o flag's variable) that is one of them or one
// of the files the flags named by flagInputs point at. Commands install it
// with one line, before their flags are parsed.
func guardOutput(output *string, flagInputs ...*string) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		inputs := append([]string(nil), args...)
		for _, f := range flagInputs {
			inputs = append(inputs, *f)
		}
		return refuseInputAsOutput(*output, inputs...)
	}
}

// writeSpecial writes to a pipe or device in place.
func writeSpecial(name, path string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", name, unwrapPathError(err))
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %v", name, unwrapPathError(err))
	}
	return f.Close()
}
