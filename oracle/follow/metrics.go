package follow

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the follower's Prometheus series, one per failure mode the reference indexers' users hit: head
// lag, batches, reorgs (and too-deep ones), resets, RPC errors, log-range splits and stalls.
type Metrics struct {
	HeadBlock      prometheus.Gauge
	CursorBlock    prometheus.Gauge
	HeadLag        prometheus.Gauge
	Batches        prometheus.Counter
	BatchSeconds   prometheus.Histogram
	Reorgs         prometheus.Counter
	ReorgDepth     prometheus.Histogram
	ReorgsTooDeep  prometheus.Counter
	ChainResets    prometheus.Counter
	RPCErrors      *prometheus.CounterVec
	LogRange       prometheus.Gauge
	LogRangeSplits prometheus.Counter
	Stalled        prometheus.Gauge
}

// NewMetrics creates the series as idlegrid_<subsystem>_* ("indexer", "provider", "inspector") and registers
// them with reg (nil: not registered, for tests).
func NewMetrics(reg prometheus.Registerer, subsystem string) *Metrics {
	ns, sub := "idlegrid", subsystem
	m := &Metrics{
		HeadBlock:   prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "head_block", Help: "Latest chain head seen."}),
		CursorBlock: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "cursor_block", Help: "Last block applied."}),
		HeadLag:     prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "head_lag_blocks", Help: "Head minus the last block applied."}),
		Batches:     prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "batches_total", Help: "Batches committed."}),
		BatchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "batch_seconds",
			Help: "Time to apply one batch.", Buckets: prometheus.ExponentialBuckets(0.001, 4, 8)}),
		Reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "reorgs_total", Help: "Reorgs rolled back."}),
		ReorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "reorg_depth_blocks",
			Help: "Blocks rolled back per reorg.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256}}),
		ReorgsTooDeep: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "reorgs_too_deep_total",
			Help: "Reorgs deeper than the finality window (fatal)."}),
		ChainResets: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "chain_resets_total",
			Help: "Chain resets or deployment changes detected."}),
		RPCErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rpc_errors_total",
			Help: "Failed RPC calls by kind (range: split and retried; transient: backed off; unauthorized: fatal)."}, []string{"kind"}),
		LogRange:       prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "getlogs_range_blocks", Help: "Current eth_getLogs block range."}),
		LogRangeSplits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "getlogs_splits_total", Help: "eth_getLogs ranges split after a range error or timeout."}),
		Stalled:        prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "stalled", Help: "1 while no sync step has succeeded within the stall timeout."}),
	}
	if reg != nil {
		reg.MustRegister(m.HeadBlock, m.CursorBlock, m.HeadLag, m.Batches, m.BatchSeconds, m.Reorgs, m.ReorgDepth,
			m.ReorgsTooDeep, m.ChainResets, m.RPCErrors, m.LogRange, m.LogRangeSplits, m.Stalled)
	}
	return m
}
