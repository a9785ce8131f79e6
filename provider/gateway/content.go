package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// Errors a Content implementation wraps so the renter is told what went wrong.
var (
	// ErrUploadRefused: the node will not take the content (malformed, not a job it could run, ...); the
	// error's text says why and is shown to the renter.
	ErrUploadRefused = errors.New("upload refused")
	// ErrUploadTooLarge: the upload passed the node's limits.
	ErrUploadTooLarge = errors.New("upload too large")
	// ErrNoOutput: the lease's job has no output (yet).
	ErrNoOutput = errors.New("no output")
)

// Content is the node's side of job uploads and outputs. Optional: without it the content routes answer 404.
type Content interface {
	// AcceptJob takes a job spec uploaded before its lease is open and returns its CID.
	AcceptJob(ctx context.Context, spec []byte) (string, error)
	// Upload takes a CAR of an open lease's job content and returns its root.
	Upload(ctx context.Context, lease uint64, car io.Reader) (string, error)
	// NameJob names the lease's job by its spec's CID (protocol v1, whose chain binds none) and returns the CID
	// the lease's job is now; the renter's right to the lease is checked before.
	NameJob(ctx context.Context, lease uint64, spec string) (string, error)
	// Output writes the lease's output folder as a CAR.
	Output(ctx context.Context, lease uint64, w io.Writer) error
}

// maxJobName bounds a RouteJob body: a CID in JSON.
const maxJobName = 1 << 10

// maxJobBody bounds a job spec pushed before its lease (the spec's own limit is lower; see provider/job).
const maxJobBody = 128 << 10

// serveJob takes a job spec before its lease is open: no token (there is no lease yet), so it is rate-limited
// per client address and the node keeps only specs it could run.
func (s *Server) serveJob(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w}
	defer func() {
		if rec.code != 0 {
			s.metrics.requests.WithLabelValues("jobs", strconv.Itoa(rec.code)).Inc()
		}
	}()
	if s.deps.Content == nil {
		s.notFound(rec, r)
		return
	}
	if r.Method != http.MethodPost {
		rec.Header().Set("Allow", http.MethodPost)
		writeError(rec, gw.Refuse(gw.ReasonMethodNotAllowed, "%s takes POST, not %s", gw.JobsPath, truncate(r.Method, 20)))
		return
	}
	if !s.tracker.enter() {
		writeError(rec, gw.Refuse(gw.ReasonShuttingDown, "the node is shutting down"))
		return
	}
	defer s.tracker.leave()
	ip := clientIP(r)
	if !s.jobs.allow(ip) {
		rec.Header().Set("Retry-After", "1")
		writeError(rec, gw.Refuse(gw.ReasonRateLimited, "too many job specs from %s; retry in a second", ip))
		return
	}
	body, refusal := readSmallBody(rec, r, maxJobBody, s.cfg.RequestTimeout)
	if refusal != nil {
		writeError(rec, refusal)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
	defer cancel()
	c, err := s.deps.Content.AcceptJob(ctx, body)
	if err != nil {
		writeError(rec, s.uploadRefusal(err, 0))
		return
	}
	writeUploaded(rec, c)
}

// readSmallBody reads a body of at most max bytes that must arrive within timeout: a client trickling or
// withholding it would otherwise hold the handler and its connection for as long as it likes.
func readSmallBody(w http.ResponseWriter, r *http.Request, max int64, timeout time.Duration) ([]byte, *gw.Error) {
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(timeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, gw.Refuse(gw.ReasonTooLarge, "the body is at most %d bytes", max)
	case err != nil:
		return nil, gw.BadParameter("body", "not received whole within %s: %v", timeout, err)
	}
	return body, nil
}

// serveUpload takes a CAR of the lease's job content from its renter.
func (s *Server) serveUpload(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	if s.deps.Content == nil {
		return gw.Refuse(gw.ReasonNotFound, "this node takes no uploads")
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/vnd.ipld.car" {
		return gw.BadParameter("Content-Type", "upload a CAR (application/vnd.ipld.car), not %q", truncate(ct, 60))
	}
	c, err := s.deps.Content.Upload(r.Context(), a.lease, r.Body)
	if err != nil {
		return s.uploadRefusal(err, a.lease)
	}
	s.metrics.bytes.WithLabelValues(gw.RouteContent, "in").Add(float64(max(r.ContentLength, 0)))
	writeUploaded(w, c)
	return nil
}

// serveNameJob names the lease's job for its renter.
func (s *Server) serveNameJob(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	if s.deps.Content == nil {
		return gw.Refuse(gw.ReasonNotFound, "this node takes no jobs")
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		return gw.BadParameter("Content-Type", "send JSON (application/json), not %q", truncate(ct, 60))
	}
	body, refusal := readSmallBody(w, r, maxJobName, s.cfg.RequestTimeout)
	if refusal != nil {
		return refusal
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var req gw.JobName
	if err := dec.Decode(&req); err != nil {
		return gw.BadParameter("body", "want {\"cid\": \"CID\"}: %v", err)
	}
	if dec.More() {
		return gw.BadParameter("body", "want one JSON object, not more")
	}
	if req.CID == "" {
		return gw.BadParameter("cid", "the job spec's CID is missing")
	}
	c, err := s.deps.Content.NameJob(r.Context(), a.lease, req.CID)
	if err != nil {
		return s.uploadRefusal(err, a.lease)
	}
	writeUploaded(w, c)
	return nil
}

// serveOutput streams the job's output folder as a CAR.
func (s *Server) serveOutput(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	if s.deps.Content == nil {
		return gw.Refuse(gw.ReasonNotFound, "this node serves no outputs")
	}
	cw := &countingWriter{w: w, header: func() {
		w.Header().Set("Content-Type", "application/vnd.ipld.car")
		w.Header().Set("Cache-Control", "no-store")
	}}
	err := s.deps.Content.Output(r.Context(), a.lease, cw)
	s.metrics.bytes.WithLabelValues(gw.RouteOutput, "out").Add(float64(cw.n))
	if err != nil {
		if errors.Is(err, ErrNoOutput) {
			return gw.Refuse(gw.ReasonNoOutput, "lease %d's job has no output (yet)", a.lease)
		}
		return s.refusalOf(err, a.lease, "output")
	}
	return nil
}

func (s *Server) uploadRefusal(err error, lease uint64) *gw.Error {
	switch {
	case errors.Is(err, ErrUploadTooLarge):
		return gw.Refuse(gw.ReasonTooLarge, "%v", err)
	case errors.Is(err, ErrUploadRefused):
		return gw.Refuse(gw.ReasonUploadRefused, "%v", err)
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return gw.Refuse(gw.ReasonTooLarge, "%v", err)
	}
	return s.refusalOf(err, lease, "upload")
}

func writeUploaded(w http.ResponseWriter, c string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(gw.Uploaded{CID: c})
}

// countingWriter sets the headers before the first byte and counts what went out.
type countingWriter struct {
	w      http.ResponseWriter
	header func()
	n      int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.n == 0 && c.header != nil {
		c.header()
		c.header = nil
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// jobLimiter bounds unauthenticated job pushes per client address.
type jobLimiter struct {
	lim *failureLimiter
}

func newJobLimiter(perSecond float64, burst int) *jobLimiter {
	return &jobLimiter{lim: newFailureLimiter(perSecond, burst)}
}

// allow counts one push from ip and says whether it is within the rate.
func (j *jobLimiter) allow(ip string) bool {
	if blocked, _ := j.lim.blocked(ip); blocked {
		return false
	}
	j.lim.record(ip)
	return true
}
