// Package service is the one lifecycle of every long-running part of an idlegrid node (the chain follower, the
// indexer's API server, the dev chain, the devnet, the inspector's price feed, and the provider and inspector
// nodes built from them), in the spirit of chainlink-common's services:
//
//   - a Service is built without touching the network; Start does what starting needs (listen, check the chain
//     is the right one, load state) and leaves its loops running in the background; Close stops them and
//     releases everything; Healthy says whether it is doing its job now; Name says which part it is;
//   - a Group starts services in order, unwinds the started ones in reverse when one fails to start, closes
//     them in reverse, and reports their health by name (what /healthz serves);
//   - a service that can stop by itself on a fatal error (a reorg deeper than the finality window, a listener
//     that died) reports it through Done and Err, like a context, instead of being polled;
//   - a Runner runs a service's loops under a context that Close cancels and turns a loop's error into the
//     service's fatal error.
//
// It owns the lifecycle only: no logging, no metrics, no configuration. It must never import a node package.
package service

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Service is a long-running part of a node.
type Service interface {
	// Name identifies the service in health reports and errors ("follower", "api", "devchain").
	Name() string
	// Start brings the service up and returns once it runs; its loops keep running after Start returns, under
	// their own context (ctx bounds starting only). Starting a started service is an error.
	Start(ctx context.Context) error
	// Close stops the service and waits for its loops. Closing a service that is not running is a no-op.
	Close() error
	// Healthy is nil while the service does its job.
	Healthy() error
}

// Failer is implemented by services that can stop by themselves: Done is closed when the service has failed
// for good, and Err then says why (it is nil until Done is closed).
type Failer interface {
	Done() <-chan struct{}
	Err() error
}

// HealthReporter reports the health of each part of a composite service, by name (slash-separated for nested
// groups: "indexer/follower").
type HealthReporter interface {
	HealthReport() map[string]error
}

// Report is s's health by part: its own report when it has one, otherwise {Name: Healthy()}.
func Report(s Service) map[string]error {
	if r, ok := s.(HealthReporter); ok {
		return r.HealthReport()
	}
	return map[string]error{s.Name(): s.Healthy()}
}

// ErrNotStarted is what Healthy returns before Start and after Close.
var ErrNotStarted = errors.New("not started")

// ErrAlreadyStarted is what Start returns for a running service.
var ErrAlreadyStarted = errors.New("already started")

// Group is a service made of services: started in order, closed in reverse. It fails (Done, Err) as soon as
// one of its members fails, and its health is theirs.
type Group struct {
	name    string
	members []Service

	mu      sync.Mutex
	started []Service
	runner  Runner
}

// NewGroup builds a group of members, started in the order given.
func NewGroup(name string, members ...Service) *Group {
	return &Group{name: name, members: members}
}

// Add appends members to a group that has not started.
func (g *Group) Add(members ...Service) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.members = append(g.members, members...)
}

// Name is the group's name.
func (g *Group) Name() string { return g.name }

// Start starts every member in order. When one fails, the members already started are closed in reverse order
// and the error names the member (and any error closing the others).
func (g *Group) Start(ctx context.Context) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.started != nil {
		return fmt.Errorf("%s: %w", g.name, ErrAlreadyStarted)
	}
	g.started = []Service{}
	for _, m := range g.members {
		if err := ctx.Err(); err != nil {
			return errors.Join(fmt.Errorf("%s: start %s: %w", g.name, m.Name(), err), g.closeLocked())
		}
		if err := m.Start(ctx); err != nil {
			return errors.Join(fmt.Errorf("%s: start %s: %w", g.name, m.Name(), err), g.closeLocked())
		}
		g.started = append(g.started, m)
	}
	for _, m := range g.started {
		f, ok := m.(Failer)
		if !ok {
			continue
		}
		name := m.Name()
		g.runner.Go(func(ctx context.Context) error {
			select {
			case <-ctx.Done():
				return nil
			case <-f.Done():
				return fmt.Errorf("%s: %w", name, f.Err())
			}
		})
	}
	return nil
}

// Close closes the started members in reverse order and returns their errors joined, each naming its member.
func (g *Group) Close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.closeLocked()
}

func (g *Group) closeLocked() error {
	g.runner.Stop()
	var errs []error
	for i := len(g.started) - 1; i >= 0; i-- {
		if err := g.started[i].Close(); err != nil {
			errs = append(errs, fmt.Errorf("%s: close %s: %w", g.name, g.started[i].Name(), err))
		}
	}
	g.started = nil
	return errors.Join(errs...)
}

// Healthy is nil when every member is; otherwise the members' errors joined, sorted by name.
func (g *Group) Healthy() error {
	report := g.HealthReport()
	names := make([]string, 0, len(report))
	for n := range report {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		if report[n] != nil {
			errs = append(errs, fmt.Errorf("%s: %w", n, report[n]))
		}
	}
	return errors.Join(errs...)
}

// HealthReport is every member's health under "<group>/<member>" (nested groups add their own level). Before
// Start and after Close, the group itself reports ErrNotStarted.
func (g *Group) HealthReport() map[string]error {
	g.mu.Lock()
	started := g.started
	g.mu.Unlock()
	if started == nil {
		return map[string]error{g.name: ErrNotStarted}
	}
	out := map[string]error{}
	if err := g.runner.Err(); err != nil {
		out[g.name] = err
	}
	for _, m := range started {
		for n, err := range Report(m) {
			out[g.name+"/"+n] = err
		}
	}
	return out
}

// Done is closed when a member has failed.
func (g *Group) Done() <-chan struct{} { return g.runner.Done() }

// Err names the member that failed and why (nil until Done is closed).
func (g *Group) Err() error { return g.runner.Err() }

// Wait blocks until ctx ends (nil: an interrupted node stops cleanly) or s fails by itself (its error). It
// does not close s.
func Wait(ctx context.Context, s Service) error {
	f, ok := s.(Failer)
	if !ok {
		<-ctx.Done()
		return nil
	}
	select {
	case <-ctx.Done():
		return nil
	case <-f.Done():
		return f.Err()
	}
}

// Run starts s, waits for ctx to end or s to fail, and closes it: the whole life of a node's main service.
func Run(ctx context.Context, s Service) error {
	if err := s.Start(ctx); err != nil {
		return err
	}
	return errors.Join(Wait(ctx, s), s.Close())
}

// Build is a service made when it starts, from what the services started before it set up (a price feed needs
// the deployment its node deployed first). build may return nil: nothing to run. Its health, close and fatal
// error are those of the service built.
func Build(name string, build func(ctx context.Context) (Service, error)) Service {
	return &built{name: name, build: build, never: make(chan struct{})}
}

type built struct {
	name  string
	build func(ctx context.Context) (Service, error)
	never chan struct{}

	mu  sync.Mutex
	svc Service
}

func (b *built) Name() string { return b.name }

func (b *built) Start(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.svc != nil {
		return fmt.Errorf("%s: %w", b.name, ErrAlreadyStarted)
	}
	svc, err := b.build(ctx)
	if err != nil || svc == nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	b.svc = svc
	return nil
}

func (b *built) current() Service {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.svc
}

func (b *built) Close() error {
	b.mu.Lock()
	svc := b.svc
	b.svc = nil
	b.mu.Unlock()
	if svc == nil {
		return nil
	}
	return svc.Close()
}

func (b *built) Healthy() error {
	if svc := b.current(); svc != nil {
		return svc.Healthy()
	}
	return nil
}

func (b *built) Done() <-chan struct{} {
	if f, ok := b.current().(Failer); ok {
		return f.Done()
	}
	return b.never
}

func (b *built) Err() error {
	if f, ok := b.current().(Failer); ok {
		return f.Err()
	}
	return nil
}
