package agree

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the agreement's Prometheus counters.
type Metrics struct {
	// Rounds led by this node, by kind and outcome (submitted, no-quorum, error).
	Rounds *prometheus.CounterVec
	// Signatures this node released, by kind.
	Signatures *prometheus.CounterVec
	// Refusals by this node to sign, by kind and reason (not-observed, conflict, invalid).
	Refusals *prometheus.CounterVec
	// Disagreements seen by a leader: a peer refused, or observed another value than the one proposed, by
	// kind and reason.
	Disagreements *prometheus.CounterVec
	// Submitted attestations, by kind.
	Submitted *prometheus.CounterVec
	// PeerRejected counts peer messages refused before any work, by reason (size, rate, envelope, signer,
	// address, stale, panic).
	PeerRejected *prometheus.CounterVec
}

// NewMetrics registers the counters with reg (nil: not registered, still counted).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Rounds: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "agree",
			Name: "rounds_total", Help: "Agreement rounds this node led, by kind and outcome."}, []string{"kind", "outcome"}),
		Signatures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "agree",
			Name: "signatures_total", Help: "Attestation signatures this node released, by kind."}, []string{"kind"}),
		Refusals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "agree",
			Name: "refusals_total", Help: "Requests to sign this node refused, by kind and reason."}, []string{"kind", "reason"}),
		Disagreements: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "agree",
			Name: "disagreements_total", Help: "Peers that refused or observed another value in rounds this node led, by kind and reason."}, []string{"kind", "reason"}),
		Submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "agree",
			Name: "submitted_total", Help: "Aggregated attestations this node submitted, by kind."}, []string{"kind"}),
		PeerRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "agree",
			Name: "peer_rejected_total", Help: "Peer messages refused before any work, by reason."}, []string{"reason"}),
	}
	if reg != nil {
		reg.MustRegister(m.Rounds, m.Signatures, m.Refusals, m.Disagreements, m.Submitted, m.PeerRejected)
	}
	return m
}
