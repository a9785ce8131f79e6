package indexer

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/idlegrid/idlegrid/oracle/follow"
)

// Metrics are the indexer's Prometheus series: the shared follower's (head lag, batches, reorgs, resets, RPC
// errors, log-range splits, stalls: idlegrid_indexer_*) and what the index adds: events ingested, logs no ABI
// matched, and inconsistencies between events and the mirrored state.
type Metrics struct {
	*follow.Metrics
	Events      prometheus.Counter
	UnknownLogs prometheus.Counter
	Warnings    prometheus.Counter
}

// NewMetrics creates the series and registers them with reg (nil: not registered, for tests).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	ns, sub := "idlegrid", "indexer"
	m := &Metrics{
		Metrics:     follow.NewMetrics(reg, sub),
		Events:      prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "events_total", Help: "Events ingested (rate() gives events/s)."}),
		UnknownLogs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "unknown_logs_total", Help: "Logs of indexed contracts that no ABI event matched."}),
		Warnings:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "warnings_total", Help: "Inconsistencies between events and the mirrored state."}),
	}
	if reg != nil {
		reg.MustRegister(m.Events, m.UnknownLogs, m.Warnings)
	}
	return m
}
