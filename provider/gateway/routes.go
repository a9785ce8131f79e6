package gateway

import (
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// handler serves one authorised request. It returns a refusal only if it has not answered yet.
type handler func(w http.ResponseWriter, r *http.Request, a access) *gw.Error

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	for route, h := range map[string]handler{
		gw.RouteStatus: s.serveStatus, gw.RouteLogs: s.serveLogs, gw.RouteShell: s.serveShell, gw.RouteForward: s.serveForward,
	} {
		mux.HandleFunc("GET "+gw.PathPrefix+"{lease}/"+route, s.wrap(route, h))
	}
	mux.HandleFunc("POST "+gw.PathPrefix+"{lease}/"+gw.RouteContent, s.wrap(gw.RouteContent, s.serveUpload))
	mux.HandleFunc("POST "+gw.PathPrefix+"{lease}/"+gw.RouteJob, s.wrap(gw.RouteJob, s.serveNameJob))
	mux.HandleFunc("GET "+gw.PathPrefix+"{lease}/"+gw.RouteOutput, s.wrap(gw.RouteOutput, s.serveOutput))
	mux.HandleFunc(gw.JobsPath, s.serveJob)
	mux.HandleFunc(gw.PathPrefix+"{lease}/{route}", func(w http.ResponseWriter, r *http.Request) {
		method := http.MethodGet
		switch r.PathValue("route") {
		case gw.RouteContent, gw.RouteJob:
			method = http.MethodPost
			fallthrough
		case gw.RouteStatus, gw.RouteLogs, gw.RouteShell, gw.RouteForward, gw.RouteOutput: // a known route, another method
			s.metrics.requests.WithLabelValues("unknown", strconv.Itoa(http.StatusMethodNotAllowed)).Inc()
			w.Header().Set("Allow", method)
			writeError(w, gw.Refuse(gw.ReasonMethodNotAllowed, "%s takes %s, not %s", r.PathValue("route"), method, truncate(r.Method, 20)))
		default:
			s.notFound(w, r)
		}
	})
	mux.HandleFunc("/v1/", s.notFound)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if s.deps.Public != nil {
			s.deps.Public.ServeHTTP(w, r)
			return
		}
		s.notFound(w, r)
	})
	return mux
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.metrics.requests.WithLabelValues("unknown", strconv.Itoa(http.StatusNotFound)).Inc()
	writeError(w, gw.Refuse(gw.ReasonNotFound, "no route %s %s; the routes are GET %s{lease}/status|logs|shell|forward|output, POST %s{lease}/content|job and POST %s",
		truncate(r.Method, 20), truncate(r.URL.Path, 100), gw.PathPrefix, gw.PathPrefix, gw.JobsPath))
}

// wrap applies what every route goes through: the node-wide limit, authorisation, the per-lease limit,
// session tracking for Close, and metrics.
func (s *Server) wrap(route string, h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			if rec.code != 0 {
				s.metrics.requests.WithLabelValues(route, strconv.Itoa(rec.code)).Inc()
			}
		}()
		if !s.tracker.enter() {
			writeError(rec, gw.Refuse(gw.ReasonShuttingDown, "the node is shutting down"))
			return
		}
		defer s.tracker.leave()
		if !s.limits.acquireTotal() {
			writeError(rec, gw.Refuse(gw.ReasonTooMany, "this node serves %d connections already", s.cfg.MaxConns))
			return
		}
		defer s.limits.releaseTotal()
		ip := clientIP(r)
		if blocked, retry := s.failures.blocked(ip); blocked {
			s.metrics.authFailures.WithLabelValues(string(gw.ReasonRateLimited)).Inc()
			w.Header().Set("Retry-After", strconv.Itoa(int(retry.Seconds())+1))
			writeError(rec, gw.Refuse(gw.ReasonRateLimited, "too many failed attempts from %s; retry in %s", ip, retry.Round(time.Millisecond)))
			return
		}
		a, refusal := s.authorize(r)
		if refusal != nil {
			if refusal.Status == http.StatusUnauthorized || refusal.Status == http.StatusForbidden || refusal.Status == http.StatusNotFound {
				s.failures.record(ip)
			}
			writeError(rec, refusal)
			return
		}
		if !s.limits.acquireLease(a.lease) {
			writeError(rec, gw.Refuse(gw.ReasonTooMany, "lease %d has %d connections open, the most this node allows", a.lease, s.cfg.MaxConnsPerLease))
			return
		}
		defer s.limits.releaseLease(a.lease)
		g := s.metrics.sessions.WithLabelValues(route)
		g.Inc()
		defer g.Dec()
		defer func() { // a bug in a handler or a Workloads implementation must not take the node down
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.deps.Log.Error().Str("route", route).Uint64("lease", a.lease).Interface("panic", p).Msg("gateway: handler panicked")
				if rec.code == 0 {
					writeError(rec, gw.Refuse(gw.ReasonInternal, "internal error"))
				}
			}
		}()
		if refusal := h(rec, r, a); refusal != nil {
			if rec.code != 0 {
				s.deps.Log.Error().Str("route", route).Str("reason", string(refusal.Code)).Msg("gateway: refusal after the response started: " + refusal.Message)
				return
			}
			writeError(rec, refusal)
		}
	}
}

// writeError answers with a JSON refusal.
func writeError(w http.ResponseWriter, e *gw.Error) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(gw.ErrorBody{Error: e})
}

// refusalOf maps a Workloads error to what the renter is told; anything unexpected is logged, not shown.
func (s *Server) refusalOf(err error, lease uint64, what string) *gw.Error {
	switch {
	case errors.Is(err, ErrNoWorkload):
		return gw.Refuse(gw.ReasonNoWorkload, "nothing runs for lease %d on this node", lease)
	case errors.Is(err, ErrPortNotPublished):
		return gw.Refuse(gw.ReasonPortNotPublished, "%v", err)
	}
	s.deps.Log.Error().Err(err).Uint64("lease", lease).Msg("gateway: " + what)
	return gw.Refuse(gw.ReasonUnavailable, "%s failed on the node; retry, or see the node's logs", what)
}

// statusRecorder remembers the status code for metrics, and lets WebSocket Accept and Flush reach the
// connection underneath.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(p []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(p)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// tracker counts handlers in progress so Close can wait for them (hijacked WebSockets are invisible to
// http.Server.Shutdown), and refuses new ones once closing.
type tracker struct {
	mu     sync.Mutex
	n      int
	closed bool
	idle   chan struct{}
}

func (t *tracker) enter() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return false
	}
	t.n++
	return true
}

func (t *tracker) leave() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.n == 0 && t.idle != nil {
		close(t.idle)
		t.idle = nil
	}
}

// closeAndWait refuses new handlers and waits up to timeout for those in progress.
func (t *tracker) closeAndWait(timeout time.Duration) bool {
	t.mu.Lock()
	t.closed = true
	if t.n == 0 {
		t.mu.Unlock()
		return true
	}
	if t.idle == nil {
		t.idle = make(chan struct{})
	}
	idle := t.idle
	t.mu.Unlock()
	select {
	case <-idle:
		return true
	case <-time.After(timeout):
		return false
	}
}

// clientIP is the peer's address: the gateway faces the renters directly, with no proxy in front to trust.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
