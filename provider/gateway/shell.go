package gateway

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/coder/websocket"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// maxCmdWords bounds a shell command's argv length.
const maxCmdWords = 1024

// errRenterLeft ends an exec whose renter went away.
var errRenterLeft = errors.New("the renter's connection ended")

// shellRequest parses the shell route's parameters.
func (s *Server) shellRequest(r *http.Request) (ExecRequest, *gw.Error) {
	q := r.URL.Query()
	req := ExecRequest{Cmd: q[gw.ParamCmd]}
	if len(req.Cmd) > maxCmdWords {
		return req, gw.BadParameter(gw.ParamCmd, "%d words, at most %d", len(req.Cmd), maxCmdWords)
	}
	total := 0
	for i, w := range req.Cmd {
		total += len(w)
		if strings.IndexByte(w, 0) >= 0 {
			return req, gw.BadParameter(gw.ParamCmd, "word %d contains a NUL byte", i)
		}
	}
	if total > s.cfg.MaxCmdBytes {
		return req, gw.BadParameter(gw.ParamCmd, "%d bytes, at most %d", total, s.cfg.MaxCmdBytes)
	}
	if len(req.Cmd) > 0 && req.Cmd[0] == "" {
		return req, gw.BadParameter(gw.ParamCmd, "empty program name")
	}
	var refusal *gw.Error
	if req.TTY, refusal = boolParam(q.Get(gw.ParamTTY), gw.ParamTTY); refusal != nil {
		return req, refusal
	}
	cols, rows := q.Get(gw.ParamCols), q.Get(gw.ParamRows)
	if (cols == "") != (rows == "") {
		return req, gw.BadParameter(gw.ParamCols, "give both cols and rows, or neither")
	}
	if cols != "" {
		if !req.TTY {
			return req, gw.BadParameter(gw.ParamCols, "a terminal size needs tty=1")
		}
		var err *gw.Error
		if req.Size.Cols, err = termDim(cols, gw.ParamCols); err != nil {
			return req, err
		}
		if req.Size.Rows, err = termDim(rows, gw.ParamRows); err != nil {
			return req, err
		}
	}
	return req, nil
}

func termDim(v, name string) (uint16, *gw.Error) {
	n, err := strconv.ParseUint(v, 10, 16)
	if err != nil || n == 0 {
		return 0, gw.BadParameter(name, "%q: want 1 to 65535", truncate(v, 40))
	}
	return uint16(n), nil
}

// serveShell runs a command (or the interactive shell) in the workload over a WebSocket; see oracle/gateway
// for the message protocol.
func (s *Server) serveShell(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	req, refusal := s.shellRequest(r)
	if refusal != nil {
		return refusal
	}
	ws, err := websocket.Accept(w, r, &websocket.AcceptOptions{
		OriginPatterns: s.cfg.AllowedOrigins, CompressionMode: websocket.CompressionDisabled,
	})
	if err != nil { // Accept has answered (not a WebSocket request, a foreign origin)
		s.deps.Log.Debug().Err(err).Uint64("lease", a.lease).Msg("gateway: shell: websocket accept")
		return nil
	}
	defer ws.CloseNow()
	ws.SetReadLimit(s.cfg.MaxMessageBytes)

	// connCtx lives as long as the connection (it ends when the node closes); execCtx ends the command
	// early, with the reason as its cause.
	connCtx := r.Context()
	execCtx, cancelExec := context.WithCancelCause(connCtx)
	defer cancelExec(nil)
	act := newActivity()
	bytesIn := s.metrics.bytes.WithLabelValues(gw.RouteShell, "in")
	bytesOut := s.metrics.bytes.WithLabelValues(gw.RouteShell, "out")

	stdinR, stdinW := io.Pipe()
	resize := make(chan gw.TermSize, 1)
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		defer stdinW.Close() // whatever ends the reading, the command's stdin ends with it
		for {
			typ, rd, err := ws.Reader(connCtx)
			if err != nil {
				cancelExec(errRenterLeft)
				return
			}
			if typ == websocket.MessageBinary {
				n, err := io.Copy(stdinW, rd)
				bytesIn.Add(float64(n))
				act.touch()
				if err != nil && !errors.Is(err, io.ErrClosedPipe) {
					cancelExec(errRenterLeft) // too big a message, or the connection broke mid-message
					return
				}
				continue
			}
			p, err := io.ReadAll(io.LimitReader(rd, gw.MaxControlBytes+1))
			if err != nil {
				cancelExec(errRenterLeft)
				return
			}
			act.touch()
			m, err := gw.ParseShellMessage(p)
			if err == nil && m.Type != gw.ShellResize && m.Type != gw.ShellEOF {
				err = fmt.Errorf("type %q is the server's", m.Type)
			}
			if err != nil {
				cancelExec(gw.BadParameter("message", "%v", err))
				return
			}
			switch m.Type {
			case gw.ShellEOF:
				stdinW.Close()
			case gw.ShellResize:
				select { // keep only the latest size
				case <-resize:
				default:
				}
				resize <- *m.Size
			}
		}
	}()

	wait := s.supervise(execCtx, a, act, ws, func(e *gw.Error, peerGone bool) {
		if peerGone {
			ws.CloseNow()
			cancelExec(errRenterLeft)
			return
		}
		cancelExec(e)
	})
	stdout := &shellOutput{ctx: connCtx, ws: ws, stream: gw.StreamStdout, act: act, bytes: bytesOut}
	stderr := &shellOutput{ctx: connCtx, ws: ws, stream: gw.StreamStderr, act: act, bytes: bytesOut}
	code, err := s.deps.Workloads.Exec(execCtx, a.lease, req, ExecIO{Stdin: stdinR, Stdout: stdout, Stderr: stderr, Resize: resize})
	cause := context.Cause(execCtx)
	cancelExec(nil)
	wait()
	stdinR.Close() // unblocks the reader if it is writing stdin nobody reads

	var end *gw.Error
	switch {
	case errors.As(cause, &end):
	case errors.Is(cause, errRenterLeft):
		return nil
	case connCtx.Err() != nil:
		end = gw.Refuse(gw.ReasonShuttingDown, "the node is shutting down")
	case err != nil:
		end = s.refusalOf(err, a.lease, "exec")
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(connCtx), s.cfg.PingInterval)
	defer cancel()
	if end != nil {
		msg, _ := json.Marshal(gw.ShellMessage{Type: gw.ShellError, Error: end})
		ws.Write(ctx, websocket.MessageText, msg)
		ws.Close(websocket.StatusPolicyViolation, closeReason(end))
	} else {
		msg, _ := json.Marshal(gw.ShellMessage{Type: gw.ShellExit, Code: &code})
		ws.Write(ctx, websocket.MessageText, msg)
		ws.Close(websocket.StatusNormalClosure, "")
	}
	<-readerDone
	return nil
}

// shellOutput sends what the command writes to one stream as binary messages.
type shellOutput struct {
	ctx    context.Context
	ws     *websocket.Conn
	stream byte
	act    *activity
	bytes  interface{ Add(float64) }
}

func (o *shellOutput) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		chunk := p[:min(len(p), gw.MaxFramePayload)]
		msg := make([]byte, 1+len(chunk))
		msg[0] = o.stream
		copy(msg[1:], chunk)
		if err := o.ws.Write(o.ctx, websocket.MessageBinary, msg); err != nil {
			return n, err
		}
		n += len(chunk)
		p = p[len(chunk):]
		o.bytes.Add(float64(len(chunk)))
		o.act.touch()
	}
	return n, nil
}
