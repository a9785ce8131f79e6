package gateway

import "sync"

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
