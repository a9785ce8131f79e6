package service

import (
	"context"
	"sync"
)

// Runner runs a service's background loops and records its fatal error. Embed one (or keep one in a field) and
// call Go from Start, Stop from Close; Done and Err then implement Failer. The zero value is ready; after Stop
// the next Go begins afresh, so a closed service can be started again.
type Runner struct {
	mu     sync.Mutex
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	done   chan struct{}
	err    error
}

// Go runs loop in a goroutine under a context that Stop cancels. A loop that returns an error while the
// context is live has failed for good: the first such error becomes Err and closes Done. A loop that returns
// because its context ended, or returns nil, is simply finished.
func (r *Runner) Go(loop func(ctx context.Context) error) {
	r.mu.Lock()
	if r.ctx == nil {
		r.ctx, r.cancel = context.WithCancel(context.Background())
		if r.done == nil || r.err != nil {
			r.done, r.err = make(chan struct{}), nil
		}
	}
	ctx := r.ctx
	r.wg.Add(1)
	r.mu.Unlock()
	go func() {
		defer r.wg.Done()
		if err := loop(ctx); err != nil && ctx.Err() == nil {
			r.Fail(err)
		}
	}()
}

// Fail records err as the fatal error (the first one wins) and closes Done.
func (r *Runner) Fail(err error) {
	if err == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.done == nil {
		r.done = make(chan struct{})
	}
	if r.err != nil {
		return
	}
	r.err = err
	close(r.done)
}

// Stop cancels the loops' context and waits for every loop to return. The fatal error, if any, stays readable
// until the next Go.
func (r *Runner) Stop() {
	r.mu.Lock()
	cancel := r.cancel
	r.ctx, r.cancel = nil, nil
	r.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	r.wg.Wait()
}

// Done is closed once a loop has failed (or Fail was called).
func (r *Runner) Done() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.done == nil {
		r.done = make(chan struct{})
	}
	return r.done
}

// Err is the fatal error, nil until Done is closed.
func (r *Runner) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}
