package gateway

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// connLimits counts requests and sessions in progress, in all and per lease.
type connLimits struct {
	max, perLease int

	mu      sync.Mutex
	total   int
	byLease map[uint64]int
}

func newConnLimits(max, perLease int) *connLimits {
	return &connLimits{max: max, perLease: perLease, byLease: map[uint64]int{}}
}

// acquireTotal takes one of the node-wide slots.
func (l *connLimits) acquireTotal() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.total >= l.max {
		return false
	}
	l.total++
	return true
}

func (l *connLimits) releaseTotal() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total--
}

// acquireLease takes one of lease's slots.
func (l *connLimits) acquireLease(lease uint64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.byLease[lease] >= l.perLease {
		return false
	}
	l.byLease[lease]++
	return true
}

func (l *connLimits) releaseLease(lease uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.byLease[lease]--; l.byLease[lease] <= 0 {
		delete(l.byLease, lease)
	}
}

// failureLimiter is a token bucket per client IP that only failed authorisations drain: checking a token's
// signature costs the node a signature recovery, so one address that keeps failing is refused before that
// work, while renters that open many good connections (a notebook's forward) are never slowed. It forgets
// addresses idle for ten minutes.
type failureLimiter struct {
	limit rate.Limit
	burst int

	mu    sync.Mutex
	byIP  map[string]*failureBucket
	swept time.Time
}

type failureBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newFailureLimiter(perSecond float64, burst int) *failureLimiter {
	return &failureLimiter{limit: rate.Limit(perSecond), burst: burst, byIP: map[string]*failureBucket{}}
}

// blocked reports whether ip has no failure left to spend now, and when it will have one.
func (f *failureLimiter) blocked(ip string) (bool, time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	b, ok := f.byIP[ip]
	if !ok {
		return false, 0
	}
	now := time.Now()
	if tokens := b.lim.TokensAt(now); tokens < 1 {
		return true, time.Duration((1 - tokens) / float64(f.limit) * float64(time.Second))
	}
	return false, 0
}

// record spends one of ip's failures.
func (f *failureLimiter) record(ip string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	now := time.Now()
	if now.Sub(f.swept) > time.Minute {
		for k, b := range f.byIP {
			if now.Sub(b.seen) > 10*time.Minute {
				delete(f.byIP, k)
			}
		}
		f.swept = now
	}
	b, ok := f.byIP[ip]
	if !ok {
		b = &failureBucket{lim: rate.NewLimiter(f.limit, f.burst)}
		f.byIP[ip] = b
	}
	b.seen = now
	b.lim.AllowN(now, 1)
}
