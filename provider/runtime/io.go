package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"

	"github.com/moby/moby/api/pkg/stdcopy"
	"github.com/moby/moby/client"
)

// LogOptions choose which logs Logs copies.
type LogOptions struct {
	Follow bool   // keep copying until the container stops or ctx ends
	Tail   int    // only the last Tail lines, counted across stdout and stderr together; 0 for all
	Since  string // RFC 3339 time or Unix timestamp; empty for the beginning
	Stdout bool
	Stderr bool
}

// Logs copies the lease container's stdout and stderr to the writers (either may be nil to drop that stream)
// and returns when the logs end: at once without Follow, when the container stops or ctx ends with it.
func (r *Runtime) Logs(ctx context.Context, k LeaseKey, opts LogOptions, stdout, stderr io.Writer) error {
	if err := k.validate(); err != nil {
		return err
	}
	c, err := r.inspect(ctx, k)
	if err != nil {
		return err
	}
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	tail := "all"
	if opts.Tail > 0 {
		tail = strconv.Itoa(opts.Tail)
	}
	rc, err := r.engine.ContainerLogs(ctx, c.ID, client.ContainerLogsOptions{
		ShowStdout: opts.Stdout, ShowStderr: opts.Stderr, Follow: opts.Follow, Tail: tail, Since: opts.Since,
	})
	if err != nil {
		return fmt.Errorf("lease %s: logs: %w", k, err)
	}
	defer rc.Close()
	// The job's container has no TTY, so the daemon multiplexes the two streams.
	if _, err := stdcopy.StdCopy(stdout, stderr, rc); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("lease %s: logs: %w", k, err)
	}
	return nil
}

// TermSize is a terminal's size in characters.
type TermSize struct{ Rows, Cols uint }

// ExecRequest is a command to run in the lease's container.
type ExecRequest struct {
	Cmd []string
	// TTY allocates a terminal: what an interactive shell wants. Output then comes as one stream, on stdout.
	TTY     bool
	Size    TermSize        // the terminal's first size (TTY only)
	Resize  <-chan TermSize // later sizes (TTY only); may be nil
	Env     []string        // extra KEY=VALUE variables
	WorkDir string
	User    string
}

// Exec runs a command in the lease's running container, copying stdin to it (nil for none) and its output
// to stdout and stderr, and returns its exit code once its output ends. Cancelling ctx closes the streams;
// the command itself then gets SIGHUP from its terminal (TTY) or runs on until the container stops.
func (r *Runtime) Exec(ctx context.Context, k LeaseKey, req ExecRequest, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	if err := k.validate(); err != nil {
		return -1, err
	}
	if len(req.Cmd) == 0 {
		return -1, fmt.Errorf("%w: lease %s: exec: empty command", ErrInvalidRequest, k)
	}
	c, err := r.inspect(ctx, k)
	if err != nil {
		return -1, err
	}
	if !c.State.Running {
		return -1, fmt.Errorf("lease %s: exec: %w (%s)", k, ErrNotRunning, c.State.Status)
	}
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	size := client.ConsoleSize{}
	if req.TTY {
		size = client.ConsoleSize{Height: req.Size.Rows, Width: req.Size.Cols}
	}
	ex, err := r.engine.ExecCreate(ctx, c.ID, client.ExecCreateOptions{
		Cmd: req.Cmd, TTY: req.TTY, ConsoleSize: size, Env: req.Env, WorkingDir: req.WorkDir, User: req.User,
		AttachStdin: stdin != nil, AttachStdout: true, AttachStderr: true,
	})
	if err != nil {
		return -1, fmt.Errorf("lease %s: exec: %w", k, err)
	}
	att, err := r.engine.ExecAttach(ctx, ex.ID, client.ExecAttachOptions{TTY: req.TTY, ConsoleSize: size})
	if err != nil {
		return -1, fmt.Errorf("lease %s: exec attach: %w", k, err)
	}
	defer att.Close()
	stop := context.AfterFunc(ctx, func() { att.Close() })
	defer stop()

	if stdin != nil {
		go func() {
			_, _ = io.Copy(att.Conn, stdin)
			_ = att.CloseWrite() // EOF to the command
		}()
	}
	if req.TTY && req.Resize != nil {
		rctx, cancel := context.WithCancel(ctx)
		defer cancel()
		go func() {
			for {
				select {
				case s, ok := <-req.Resize:
					if !ok {
						return
					}
					_, _ = r.engine.ExecResize(rctx, ex.ID, client.ExecResizeOptions{Height: s.Rows, Width: s.Cols})
				case <-rctx.Done():
					return
				}
			}
		}()
	}
	if req.TTY {
		_, err = io.Copy(stdout, att.Reader)
	} else {
		_, err = stdcopy.StdCopy(stdout, stderr, att.Reader)
	}
	if ctx.Err() != nil {
		return -1, ctx.Err()
	}
	if err != nil && !errors.Is(err, net.ErrClosed) {
		return -1, fmt.Errorf("lease %s: exec output: %w", k, err)
	}
	// The output ended, so the command has; its stdin copier may still wait on the caller's reader and is
	// left to end with it (the connection is closed by the deferred Close).
	res, err := r.engine.ExecInspect(ctx, ex.ID, client.ExecInspectOptions{})
	if err != nil {
		return -1, fmt.Errorf("lease %s: exec inspect: %w", k, err)
	}
	for i := 0; res.Running && i < 50; i++ { // the daemon records the exit a moment after the stream ends
		select {
		case <-ctx.Done():
			return -1, ctx.Err()
		case <-timeAfter(20):
		}
		if res, err = r.engine.ExecInspect(ctx, ex.ID, client.ExecInspectOptions{}); err != nil {
			return -1, fmt.Errorf("lease %s: exec inspect: %w", k, err)
		}
	}
	return res.ExitCode, nil
}

// DialPort connects to a published port of the lease's container, as the gateway's forward does. Only ports
// the spec exposes are published, so only those can be dialled.
func (r *Runtime) DialPort(ctx context.Context, k LeaseKey, port uint16, protocol string) (net.Conn, error) {
	st, err := r.Status(ctx, k, false)
	if err != nil {
		return nil, err
	}
	if !st.Running {
		return nil, fmt.Errorf("lease %s: dial %d/%s: %w (%s)", k, port, protocol, ErrNotRunning, st.State)
	}
	for _, p := range st.Ports {
		if p.Port != port || p.Protocol != protocol {
			continue
		}
		host := p.HostIP
		if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
			host = "127.0.0.1"
		}
		var d net.Dialer
		conn, err := d.DialContext(ctx, protocol, net.JoinHostPort(host, strconv.Itoa(int(p.HostPort))))
		if err != nil {
			return nil, fmt.Errorf("lease %s: dial %d/%s: %w", k, port, protocol, err)
		}
		return conn, nil
	}
	return nil, fmt.Errorf("%w: lease %s: port %d/%s is not published", ErrInvalidRequest, k, port, protocol)
}
