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
	"github.com/sverka/sverka/internal/atomicfile"
	"github.com/sverka/sverka/internal/input"
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
		return fmt.Errorf("%s: cannot write: %v", path, input.UnwrapPath(err))
	case !fi.IsDir():
		return fmt.Errorf("%s: cannot write: %s is not a folder", path, dir)
	}
	return nil
}

// writeFileAtomic writes a file through a temporary file renamed into
// place (see atomicfile.Write).
func writeFileAtomic(path string, write func(w io.Writer) error) error {
	return atomicfile.Write(path, write)
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
