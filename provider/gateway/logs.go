package gateway

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"sync"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// LogContentType is the media type of a log frame stream.
const LogContentType = "application/vnd.idlegrid.log-frames"

// serveLogs streams the workload's output as log frames. The status line waits for the first output, so a
// lease without a workload still gets a plain 404; a failure after that ends the stream with an error frame.
func (s *Server) serveLogs(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	q := r.URL.Query()
	follow, refusal := boolParam(q.Get(gw.ParamFollow), gw.ParamFollow)
	if refusal != nil {
		return refusal
	}
	tail := 0
	if v := q.Get(gw.ParamTail); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > s.cfg.MaxLogTail {
			return gw.BadParameter(gw.ParamTail, "%q: want a line count from 0 to %d", truncate(v, 40), s.cfg.MaxLogTail)
		}
		tail = n
	}

	ctx, cancel := context.WithCancelCause(r.Context())
	wait := s.supervise(ctx, a, nil, nil, func(e *gw.Error, _ bool) { cancel(e) })
	defer wait()
	defer cancel(nil) // runs before wait: the watchers stop first

	out := &logStream{w: w, rc: http.NewResponseController(w), bytes: s.metrics.bytes.WithLabelValues(gw.RouteLogs, "out")}
	err := s.deps.Workloads.Logs(ctx, a.lease, gw.LogOptions{Follow: follow, Tail: tail},
		out.stream(gw.StreamStdout), out.stream(gw.StreamStderr))

	var ended *gw.Error
	if errors.As(context.Cause(ctx), &ended) { // the lease ended under the stream
		return out.fail(ended)
	}
	if s.baseCtx.Err() != nil {
		return out.fail(gw.Refuse(gw.ReasonShuttingDown, "the node is shutting down"))
	}
	if r.Context().Err() != nil { // the renter left
		return nil
	}
	if err != nil {
		return out.fail(s.refusalOf(err, a.lease, "logs"))
	}
	out.mu.Lock()
	out.start() // no output at all: an empty 200
	out.mu.Unlock()
	return nil
}

// logStream writes frames to the response, starting it on the first output and flushing every write so
// followed logs arrive as they are written.
type logStream struct {
	w     http.ResponseWriter
	rc    *http.ResponseController
	bytes interface{ Add(float64) }

	mu      sync.Mutex
	started bool
}

// start sends the status line; l.mu is held.
func (l *logStream) start() {
	if l.started {
		return
	}
	l.started = true
	h := l.w.Header()
	h.Set("Content-Type", LogContentType)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	l.w.WriteHeader(http.StatusOK)
}

func (l *logStream) stream(id byte) *logWriter { return &logWriter{l: l, id: id} }

// fail ends the stream with e: as the response if nothing was sent yet, as an error frame otherwise.
func (l *logStream) fail(e *gw.Error) *gw.Error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.started {
		return e
	}
	body, _ := json.Marshal(e)
	gw.WriteFrame(l.w, gw.StreamError, body)
	l.rc.Flush()
	return nil
}

type logWriter struct {
	l  *logStream
	id byte
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.l.mu.Lock()
	defer w.l.mu.Unlock()
	w.l.start()
	n, err := gw.NewFrameWriter(w.l.w, w.id).Write(p)
	w.l.bytes.Add(float64(n))
	if err != nil {
		return n, err
	}
	return n, w.l.rc.Flush()
}

// boolParam parses a flag parameter: absent, "", "0", "false" are false; "1", "true" are true.
func boolParam(v, name string) (bool, *gw.Error) {
	switch v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, gw.BadParameter(name, "%q: want 1, true, 0 or false", truncate(v, 40))
}
