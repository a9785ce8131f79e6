package gateway_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

// fakeContent is a hand-written Content: it keeps uploads in memory, takes job specs starting with "{", and
// serves an output only for leaseOpen once one is set.
type fakeContent struct {
	mu      sync.Mutex
	uploads map[uint64][]byte
	jobs    [][]byte
	named   map[uint64]string
	output  []byte
}

func (f *fakeContent) AcceptJob(_ context.Context, spec []byte) (string, error) {
	if !bytes.HasPrefix(spec, []byte("{")) {
		return "", fmt.Errorf("%w: spec: not a JSON object", gateway.ErrUploadRefused)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.jobs = append(f.jobs, spec)
	return fmt.Sprintf("job-%d", len(f.jobs)), nil
}

func (f *fakeContent) Upload(_ context.Context, lease uint64, car io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(car, 1<<20+1))
	if err != nil {
		return "", err
	}
	if len(b) > 1<<20 {
		return "", fmt.Errorf("%w: over 1 MiB", gateway.ErrUploadTooLarge)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.uploads[lease] = b
	return fmt.Sprintf("root-%d-%d", lease, len(b)), nil
}

// NameJob takes CIDs starting with "bafk", once per lease.
func (f *fakeContent) NameJob(_ context.Context, lease uint64, spec string) (string, error) {
	if !strings.HasPrefix(spec, "bafk") {
		return "", fmt.Errorf("%w: cid: %q is not a raw CID", gateway.ErrUploadRefused, spec)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.named == nil {
		f.named = map[uint64]string{}
	}
	if held, ok := f.named[lease]; ok && held != spec {
		return "", fmt.Errorf("%w: cid: named already: %s", gateway.ErrUploadRefused, held)
	}
	f.named[lease] = spec
	return spec, nil
}

func (f *fakeContent) Output(_ context.Context, lease uint64, w io.Writer) error {
	f.mu.Lock()
	out := f.output
	f.mu.Unlock()
	if lease != leaseOpen || out == nil {
		return fmt.Errorf("lease %d: %w", lease, gateway.ErrNoOutput)
	}
	_, err := w.Write(out)
	return err
}

// TestContentRoutes: the renter uploads its lease's content and downloads the output through the client;
// refusals carry their reason; another renter's upload never reaches the node; a job spec is taken before
// any lease with no token, rate-limited per address; paths outside the gateway go to the public handler.
func TestContentRoutes(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.JobsPerSecond, c.JobBurst = 0.001, 3 })
	ctx := context.Background()
	c := e.client(e.renter)

	root, err := c.Upload(ctx, leaseOpen, strings.NewReader("car bytes"))
	if err != nil || root != "root-1-9" {
		t.Fatalf("upload: %q %v", root, err)
	}
	if _, err := c.Upload(ctx, leaseOpen, bytes.NewReader(make([]byte, 2<<20))); !gw.HasReason(err, gw.ReasonTooLarge) {
		t.Fatalf("large upload: %v", err)
	}
	if _, err := e.client(e.other).Upload(ctx, leaseOpen, strings.NewReader("x")); !gw.HasReason(err, gw.ReasonNotRenter) {
		t.Fatalf("another renter's upload: %v", err)
	}
	if err := c.Output(ctx, leaseOpen, io.Discard); !gw.HasReason(err, gw.ReasonNoOutput) {
		t.Fatalf("output before the job exited: %v", err)
	}
	e.content.mu.Lock()
	e.content.output = []byte("the output CAR")
	e.content.mu.Unlock()
	var out bytes.Buffer
	if err := c.Output(ctx, leaseOpen, &out); err != nil || out.String() != "the output CAR" {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if err := e.client(e.other).Output(ctx, leaseOpen, io.Discard); !gw.HasReason(err, gw.ReasonNotRenter) {
		t.Fatalf("another renter's output: %v", err)
	}

	// Before a lease: no token needed, junk refused with the reason, then the per-address rate.
	if cid, err := c.PushJob(ctx, []byte(`{"version":1}`)); err != nil || cid != "job-1" {
		t.Fatalf("push: %q %v", cid, err)
	}
	if _, err := c.PushJob(ctx, []byte("not json")); !gw.HasReason(err, gw.ReasonUploadRefused) || !strings.Contains(err.Error(), "spec: not a JSON object") {
		t.Fatalf("junk push: %v", err)
	}
	if _, err := c.PushJob(ctx, []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PushJob(ctx, []byte(`{}`)); !gw.HasReason(err, gw.ReasonRateLimited) {
		t.Fatalf("fourth push within the burst of 3: %v", err)
	}
	if status, refusal := e.rawMethod(http.MethodGet, gw.JobsPath, nil, nil, nil); status != 405 || refusal.Code != gw.ReasonMethodNotAllowed {
		t.Fatalf("GET jobs: %d %+v", status, refusal)
	}
	if status, refusal := e.rawMethod(http.MethodGet, gw.Path(leaseOpen, gw.RouteContent), nil, bearer(e.token(e.renter, leaseOpen, nil)), nil); status != 405 ||
		refusal.Code != gw.ReasonMethodNotAllowed {
		t.Fatalf("GET content: %d %+v", status, refusal)
	}

	// The renter names its lease's job: once; another renter never reaches the node; the body is checked
	// before the node sees it, naming the field.
	if got, err := c.NameJob(ctx, leaseOpen, "bafkjob1"); err != nil || got != "bafkjob1" {
		t.Fatalf("name job: %q %v", got, err)
	}
	if got, err := c.NameJob(ctx, leaseOpen, "bafkjob1"); err != nil || got != "bafkjob1" {
		t.Fatalf("name the same job again: %q %v", got, err)
	}
	if _, err := c.NameJob(ctx, leaseOpen, "bafkjob2"); !gw.HasReason(err, gw.ReasonUploadRefused) || !strings.Contains(err.Error(), "named already: bafkjob1") {
		t.Fatalf("name another job: %v", err)
	}
	if _, err := e.client(e.other).NameJob(ctx, leaseOpen, "bafkjob3"); !gw.HasReason(err, gw.ReasonNotRenter) {
		t.Fatalf("another renter names the job: %v", err)
	}
	auth := bearer(e.token(e.renter, leaseOpen, nil))
	auth.Set("Content-Type", "application/json")
	for _, tc := range []struct{ body, param string }{
		{`{"cid":"bafkjob1","extra":1}`, "body"},
		{`{"cid":`, "body"},
		{`{"cid":"bafkjob1"} {}`, "body"},
		{`{}`, "cid"},
		{`{"cid":"` + strings.Repeat("b", 2<<10) + `"}`, ""},
	} {
		status, refusal := e.rawMethod(http.MethodPost, gw.Path(leaseOpen, gw.RouteJob), nil, auth, strings.NewReader(tc.body))
		if tc.param == "" {
			if status != 413 || refusal.Code != gw.ReasonTooLarge {
				t.Fatalf("huge job name: %d %+v", status, refusal)
			}
			continue
		}
		if status != 400 || refusal.Code != gw.ReasonInvalidParameter || refusal.Parameter != tc.param {
			t.Fatalf("job name %.40q: %d %+v, want 400 naming %s", tc.body, status, refusal, tc.param)
		}
	}
	if status, refusal := e.rawMethod(http.MethodPost, gw.Path(leaseOpen, gw.RouteJob), nil, bearer(e.token(e.renter, leaseOpen, nil)),
		strings.NewReader(`{"cid":"bafkjob1"}`)); status != 400 || refusal.Parameter != "Content-Type" {
		t.Fatalf("job name without a content type: %d %+v", status, refusal)
	}
	if status, refusal := e.rawMethod(http.MethodGet, gw.Path(leaseOpen, gw.RouteJob), nil, auth, nil); status != 405 ||
		refusal.Code != gw.ReasonMethodNotAllowed {
		t.Fatalf("GET job: %d %+v", status, refusal)
	}

	// The public handler answers outside /v1/; /v1/ stays the gateway's.
	resp, err := e.httpClient().Get("https://" + e.srv.Addr() + "/ipfs/bafy")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "public /ipfs/bafy" {
		t.Fatalf("public path: %q", body)
	}
	if status, refusal := e.raw("/v1/nothing", nil, nil); status != 404 || refusal.Code != gw.ReasonNotFound {
		t.Fatalf("unknown /v1 path: %d %+v", status, refusal)
	}
}
