package node

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the node's Prometheus metrics: idlegrid_provider_*.
type metrics struct {
	leases       *prometheus.GaugeVec
	containers   prometheus.Gauge
	startLatency prometheus.Histogram
	settleGas    prometheus.Histogram
	errors       *prometheus.CounterVec
	failed       prometheus.Counter
	orphans      prometheus.Counter
	reorgs       prometheus.Counter
	freedBlocks  prometheus.Counter
	freedBytes   prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		leases: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "leases",
			Help: "Leases of this node's machine by workload phase (open on chain, not taken up yet: phase \"new\")."}, []string{"phase"}),
		containers: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "containers",
			Help: "Lease containers on the node (starting, running, exited, stopping)."}),
		startLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "start_latency_seconds",
			Help:    "From the LeaseOpened block's timestamp to the job's container running.",
			Buckets: []float64{0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300, 900}}),
		settleGas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "settle_gas_used",
			Help: "Gas used by each settleMany the node sent.", Buckets: prometheus.ExponentialBuckets(50_000, 2, 8)}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "errors_total",
			Help: "Failed node operations, by operation (step, end_lease, settle, withdraw, quote, machine)."}, []string{"op"}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "jobs_failed_total",
			Help: "Jobs that could not run (their leases were ended and the renters refunded)."}),
		orphans: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "orphans_removed_total",
			Help: "Containers found without a live workload at start and removed."}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "reorgs_total",
			Help: "Reorgs the node's follower rolled back."}),
		freedBlocks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "content_freed_blocks_total",
			Help: "Blocks the content sweep removed (no live root reached them)."}),
		freedBytes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "provider", Name: "content_freed_bytes_total",
			Help: "Bytes of the blocks the content sweep removed."}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.leases, m.containers, m.startLatency, m.settleGas, m.errors, m.failed, m.orphans, m.reorgs, m.freedBlocks, m.freedBytes} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return nil, err
			}
		}
	}
	return m, nil
}

// observe sets the gauges from a reconcile pass.
func (m *metrics) observe(leases []Lease, ws []Workload) {
	counts := map[string]float64{"new": 0}
	for _, p := range []Phase{PhasePending, PhaseStarting, PhaseRunning, PhaseExited, PhaseFailed, PhaseStopping} {
		counts[string(p)] = 0
	}
	has := map[uint64]bool{}
	containers := 0.0
	for _, w := range ws {
		has[w.Lease] = true
		counts[string(w.Phase)]++
		switch w.Phase {
		case PhaseStarting, PhaseRunning, PhaseExited, PhaseStopping:
			containers++
		}
	}
	for _, l := range leases {
		if !has[l.ID] && !l.Closed {
			counts["new"]++
		}
	}
	for p, v := range counts {
		m.leases.WithLabelValues(p).Set(v)
	}
	m.containers.Set(containers)
}
