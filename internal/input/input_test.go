package input

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRefusesNonRegular: a device, a folder and a named pipe are
// refused by name, at once, and nothing of them is read.
func TestReadFileRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	names := []string{dir}
	if _, err := os.Stat("/dev/zero"); err == nil {
		names = append(names, "/dev/zero")
	}
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		names = append(names, fifo)
	}
	link := filepath.Join(dir, "glossary.yaml")
	if os.Symlink("/dev/zero", link) == nil {
		names = append(names, link)
	}
	for _, name := range names {
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(name, MaxData)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) || !strings.HasPrefix(err.Error(), name+": ") {
				t.Errorf("%s: err = %v, want the name and %v", name, err, ErrNotRegular)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still reading after 10 s", name)
		}
	}
}

func TestReadFileBound(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(p, []byte(strings.Repeat("ж", 600)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, 1200); err != nil {
		t.Fatalf("at the bound: %v", err)
	}
	_, err := ReadFile(p, 1199)
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("past the bound: err = %v", err)
	}
}

// endless is a stream that never ends and has no NUL bytes: only the bound
// stops it.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadAllStreamBound(t *testing.T) {
	_, err := ReadAll(endless{}, 1<<20)
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("err = %v, want a TooLargeError", err)
	}
	if _, err := ReadAll(io.LimitReader(endless{}, 1000), 1000); err != nil {
		t.Fatalf("at the bound: %v", err)
	}
}

func TestLimit(t *testing.T) {
	b, err := io.ReadAll(Limit(strings.NewReader("телеграмма"), 20))
	if err != nil || string(b) != "телеграмма" {
		t.Fatalf("at the bound: %q, %v", b, err)
	}
	_, err = io.ReadAll(Limit(endless{}, 1<<16))
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("err = %v, want a TooLargeError", err)
	}
}

// UnwrapPath keeps the cause of a path error, whose file the message
// names already, and passes other errors as they are.
func TestUnwrapPath(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "нет.txt"))
	if got := UnwrapPath(err); !errors.Is(got, os.ErrNotExist) || strings.Contains(got.Error(), "нет.txt") {
		t.Errorf("UnwrapPath(%v) = %v, want the cause without the path", err, got)
	}
	other := errors.New("disk on fire")
	if got := UnwrapPath(other); got != other {
		t.Errorf("UnwrapPath(%v) = %v", other, got)
	}
}
