package atomicfile

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalRemovesTemporary: a SIGINT or SIGTERM during a write leaves no
// .NAME.tmpNNN file behind. The write runs in a child process (this test
// binary again), which the signal ends.
func TestSignalRemovesTemporary(t *testing.T) {
	if dir := os.Getenv("ATOMICFILE_SIGNAL_CHILD"); dir != "" {
		Write(filepath.Join(dir, "out.txt"), func(w io.Writer) error {
			io.WriteString(w, "половина\n")
			os.Stdout.WriteString("writing\n")
			time.Sleep(time.Minute) // until the signal
			return nil
		})
		os.Exit(0)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		dir := t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestSignalRemovesTemporary$")
		cmd.Env = append(os.Environ(), "ATOMICFILE_SIGNAL_CHILD="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "writing\n" {
			cmd.Process.Kill()
			t.Fatalf("child said %q", line)
		}
		cmd.Process.Signal(sig)
		done := make(chan error)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v: the child did not stop", sig)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp") {
				t.Errorf("%v: %s left behind", sig, e.Name())
			}
		}
	}
}
