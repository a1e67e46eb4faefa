package atomicfile

import (
	"os"
	"os/signal"
	"syscall"
)

// removeOnSignal removes the temporary file tmp when the process is told
// to stop (SIGINT, SIGTERM) before the write ends, then lets the signal do
// what it would have done: end the process, or reach whoever else listens
// for it (the review server shuts down on it). Without it, ^C during an
// -o write left a .NAME.tmpNNN file beside the user's. The returned
// function ends the watch.
func removeOnSignal(tmp string) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			os.Remove(tmp)
			signal.Stop(ch)
			if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
				return
			}
			// The signal cannot be raised again (Windows): stop as it
			// would have stopped us.
			os.Exit(130)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
