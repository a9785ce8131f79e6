package service_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/service"
)

// part is a hand-written service that records its calls into a shared log and can fail to start, fail to
// close, be unhealthy, or fail by itself through its Runner.
type part struct {
	name      string
	log       *calls
	startErr  error
	closeErr  error
	unhealthy error
	service.Runner
	running bool
}

type calls struct {
	mu sync.Mutex
	l  []string
}

func (c *calls) add(s string) {
	c.mu.Lock()
	c.l = append(c.l, s)
	c.mu.Unlock()
}

func (c *calls) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.l, ", ")
}

func (p *part) Name() string { return p.name }

func (p *part) Start(context.Context) error {
	p.log.add("start " + p.name)
	if p.startErr != nil {
		return p.startErr
	}
	p.running = true
	p.Go(func(ctx context.Context) error { <-ctx.Done(); return nil })
	return nil
}

func (p *part) Close() error {
	p.log.add("close " + p.name)
	p.Stop()
	p.running = false
	return p.closeErr
}

func (p *part) Healthy() error {
	if !p.running {
		return service.ErrNotStarted
	}
	if err := p.Err(); err != nil {
		return err
	}
	return p.unhealthy
}

func TestGroupStartsInOrderAndClosesInReverse(t *testing.T) {
	log := &calls{}
	a, b, c := &part{name: "a", log: log}, &part{name: "b", log: log}, &part{name: "c", log: log}
	g := service.NewGroup("node", a, b, c)
	if err := g.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy before start: %v", err)
	}
	if err := g.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := g.Start(context.Background()); !errors.Is(err, service.ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}
	if err := g.Healthy(); err != nil {
		t.Fatalf("healthy: %v", err)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	if err := g.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if got, want := log.String(), "start a, start b, start c, close c, close b, close a"; got != want {
		t.Fatalf("calls %q, want %q", got, want)
	}
}

func TestGroupUnwindsOnStartFailure(t *testing.T) {
	log := &calls{}
	boom := errors.New("port taken")
	closeErr := errors.New("flush failed")
	g := service.NewGroup("node", &part{name: "a", log: log}, &part{name: "b", log: log, closeErr: closeErr},
		&part{name: "c", log: log, startErr: boom}, &part{name: "d", log: log})
	err := g.Start(context.Background())
	if !errors.Is(err, boom) || !errors.Is(err, closeErr) {
		t.Fatalf("start error %v: want both the start failure and the close failure", err)
	}
	if !strings.Contains(err.Error(), "start c") || !strings.Contains(err.Error(), "close b") {
		t.Fatalf("error %q does not name the members", err)
	}
	if got, want := log.String(), "start a, start b, start c, close b, close a"; got != want {
		t.Fatalf("calls %q, want %q", got, want)
	}
	// A failed start leaves the group closed: it can be started again.
	log.l = nil
	g2 := service.NewGroup("node", &part{name: "a", log: log})
	if err := g2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	g2.Close()
}

func TestGroupStopsStartingWhenContextEnds(t *testing.T) {
	log := &calls{}
	ctx, cancel := context.WithCancel(context.Background())
	a := &part{name: "a", log: log}
	b := &cancelOnStart{part: part{name: "b", log: log}, cancel: cancel}
	g := service.NewGroup("node", a, b, &part{name: "c", log: log})
	if err := g.Start(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("start: %v", err)
	}
	if got, want := log.String(), "start a, start b, close b, close a"; got != want {
		t.Fatalf("calls %q, want %q", got, want)
	}
}

type cancelOnStart struct {
	part
	cancel context.CancelFunc
}

func (c *cancelOnStart) Start(ctx context.Context) error {
	err := c.part.Start(ctx)
	c.cancel()
	return err
}

func TestGroupReportsFatalErrorOfAMember(t *testing.T) {
	log := &calls{}
	a, b := &part{name: "a", log: log}, &part{name: "b", log: log}
	inner := service.NewGroup("inner", b)
	g := service.NewGroup("node", a, inner)
	if err := g.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	select {
	case <-g.Done():
		t.Fatal("done before any failure")
	default:
	}
	deep := errors.New("reorg deeper than the finality window")
	b.Fail(deep)
	select {
	case <-g.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the group did not report its member's failure")
	}
	if err := g.Err(); !errors.Is(err, deep) || !strings.Contains(err.Error(), "inner: b:") {
		t.Fatalf("group error %v: want the member's error, naming it", err)
	}
	report := g.HealthReport()
	if !errors.Is(report["node/inner/b"], deep) || report["node/a"] != nil {
		t.Fatalf("health report %v", report)
	}
	if err := service.Wait(context.Background(), g); !errors.Is(err, deep) {
		t.Fatalf("wait: %v", err)
	}
}

func TestRunStopsOnContextOrFailure(t *testing.T) {
	t.Run("context ends", func(t *testing.T) {
		log := &calls{}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- service.Run(ctx, service.NewGroup("node", &part{name: "a", log: log})) }()
		time.Sleep(10 * time.Millisecond)
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("run: %v", err)
		}
		if got, want := log.String(), "start a, close a"; got != want {
			t.Fatalf("calls %q, want %q", got, want)
		}
	})
	t.Run("member fails", func(t *testing.T) {
		log := &calls{}
		a := &part{name: "a", log: log}
		boom := errors.New("listener died")
		a.Go(func(context.Context) error { return nil }) // a finished loop is not a failure
		go func() {
			time.Sleep(10 * time.Millisecond)
			a.Fail(boom)
		}()
		if err := service.Run(context.Background(), service.NewGroup("node", a)); !errors.Is(err, boom) {
			t.Fatalf("run: %v", err)
		}
		if got, want := log.String(), "start a, close a"; got != want {
			t.Fatalf("calls %q, want %q", got, want)
		}
	})
}

func TestRunnerLoopErrorIsFatalUnlessStopping(t *testing.T) {
	var r service.Runner
	boom := errors.New("boom")
	r.Go(func(ctx context.Context) error { <-ctx.Done(); return errors.New("stopping is not a failure") })
	r.Go(func(context.Context) error { return boom })
	select {
	case <-r.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("loop error not reported")
	}
	if !errors.Is(r.Err(), boom) {
		t.Fatalf("err %v", r.Err())
	}
	r.Stop()
	// A new run starts with a clean slate.
	r.Go(func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() })
	if r.Err() != nil {
		t.Fatalf("err after restart: %v", r.Err())
	}
	select {
	case <-r.Done():
		t.Fatal("done after restart")
	default:
	}
	r.Stop()
	if r.Err() != nil {
		t.Fatalf("a loop ending with its context is not a failure: %v", r.Err())
	}
}

func TestReportOfALeafService(t *testing.T) {
	sick := errors.New("no block for 3s")
	p := &part{name: "devchain", log: &calls{}, unhealthy: sick}
	if r := service.Report(p); len(r) != 1 || !errors.Is(r["devchain"], service.ErrNotStarted) {
		t.Fatalf("report before start %v", r)
	}
	p.Start(context.Background())
	defer p.Close()
	if r := service.Report(p); !errors.Is(r["devchain"], sick) {
		t.Fatalf("report %v", r)
	}
}

func TestBuildMakesTheServiceWhenItStarts(t *testing.T) {
	log := &calls{}
	var made *part
	deployed := false
	setup := &part{name: "setup", log: log}
	feed := service.Build("feed", func(context.Context) (service.Service, error) {
		if !deployed {
			return nil, errors.New("built before the service it needs started")
		}
		made = &part{name: "feed", log: log}
		return made, nil
	})
	nothing := service.Build("nothing", func(context.Context) (service.Service, error) { return nil, nil })
	g := service.NewGroup("node", &hook{part: setup, after: func() { deployed = true }}, feed, nothing)
	if err := g.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := g.Healthy(); err != nil {
		t.Fatal(err)
	}
	made.Fail(errors.New("post failed for good"))
	select {
	case <-g.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the built service's failure did not reach the group")
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := log.String(), "start setup, start feed, close feed, close setup"; got != want {
		t.Fatalf("calls %q, want %q", got, want)
	}
	broken := service.Build("broken", func(context.Context) (service.Service, error) { return nil, errors.New("no keys") })
	if err := service.NewGroup("node", broken).Start(context.Background()); err == nil || !strings.Contains(err.Error(), "start broken: no keys") {
		t.Fatalf("start: %v", err)
	}
}

type hook struct {
	*part
	after func()
}

func (h *hook) Start(ctx context.Context) error {
	err := h.part.Start(ctx)
	h.after()
	return err
}
