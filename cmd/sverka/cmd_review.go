package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/review"
)

// reviewOptions are the flags of sverka review.
type reviewOptions struct {
	config      string
	addr        string
	noOpen      bool
	allowRemote bool
	baseline    string
}

func newReviewCommand(io *IO) *cobra.Command {
	opts := &reviewOptions{}
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Correct the alignment and act on the findings in the browser, saved as you go",
		Long: `Review serves the edition that sverka.yaml describes (found here or in a
parent directory, or named with --config) in the browser: its facing texts
with the documents in a side list, filters and "next problem", buttons and
keys to confirm (c), merge (m), split (s), unpair (x) links and move their
boundary sentences, undo (u) and redo (r), confirm all and realign the rest
keeping the confirmed links; and the check's findings, to accept into the
baseline (--baseline) or as an exception on their glossary entry, with a
form to add a glossary entry.

Every change is saved at once to the stored alignment sverka.yaml names
(when it names none, the file sverka align would write, align/doc{id}.json,
then named in sverka.yaml), the glossary
or the baseline: check, export and build read them. A change from a page
that has not seen the latest version of a file is refused.

Review prints the address to open, with its token, and opens the browser
unless --no-open; it runs until interrupted. It listens on loopback only:
another --addr needs --allow-remote.

Exit status: 0 when stopped, 2 for a usage error or an edition that cannot
be read.`,
		Example: `  cd examples/telegrams && sverka review
  sverka review --config edition/sverka.yaml --no-open --addr 127.0.0.1:8750`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReview(cmd.Context(), io, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.config, "config", "", "the edition's `sverka.yaml` (default: found here or above)")
	f.StringVar(&opts.addr, "addr", "127.0.0.1:0", "listen on `HOST:PORT` (port 0: any free one)")
	f.BoolVar(&opts.noOpen, "no-open", false, "do not open the browser")
	f.BoolVar(&opts.allowRemote, "allow-remote", false, "allow an --addr other than loopback (anyone who has the token can then edit)")
	f.StringVar(&opts.baseline, "baseline", review.DefaultBaseline, "the baseline `FILE` findings are accepted into, in the edition's folder")
	return cmd
}

// runReview serves the edition until ctx is done or the process is
// interrupted.
func runReview(ctx context.Context, sio *IO, opts *reviewOptions) error {
	host, _, err := net.SplitHostPort(opts.addr)
	if err != nil {
		return usagef("review: --addr %s: %v", opts.addr, err)
	}
	if !opts.allowRemote && !isLoopback(host) {
		return usagef("review: --addr %s is not a loopback address: anyone who can reach it could edit the edition; add --allow-remote if that is meant", opts.addr)
	}
	config, err := findConfig("review", opts.config, "or name one with --config")
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("review: %v", err)
	}
	defer ln.Close()
	srv, err := review.New(config, review.Options{Addr: ln.Addr().String(), AllowRemote: opts.allowRemote, Baseline: opts.baseline})
	if err != nil {
		return err
	}
	for _, w := range srv.Warnings() {
		fmt.Fprintf(sio.Err, "sverka: review: %s\n", w)
	}
	url := fmt.Sprintf("http://%s/?token=%s", ln.Addr(), srv.Token())
	fmt.Fprintf(sio.Out, "sverka: reviewing %d documents at %s\n", srv.Documents(), url)
	if !opts.noOpen {
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(sio.Err, "sverka: review: could not open the browser (%v): open the address above\n", err)
		}
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("review: %v", err)
		}
	case <-ctx.Done():
		// Every change was saved when it was made: a change in flight
		// finishes before the server stops.
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shutdown)
	}
	return nil
}

// isLoopback reports a host that only this machine reaches.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// openBrowser opens url in the default browser, without waiting for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
