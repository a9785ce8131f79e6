package gateway

import (
	"fmt"
	"log"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// metrics are the gateway's Prometheus series.
type metrics struct {
	requests     *prometheus.CounterVec // route, code
	sessions     *prometheus.GaugeVec   // route
	bytes        *prometheus.CounterVec // route, direction (in: renter to workload; out: workload to renter)
	authFailures *prometheus.CounterVec // reason
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	ns, sub := "idlegrid", "gateway"
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "requests_total",
			Help: "Gateway requests by route and HTTP status (101 for WebSockets accepted)."}, []string{"route", "code"}),
		sessions: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "connections",
			Help: "Authorised requests and sessions in progress, by route."}, []string{"route"}),
		bytes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "bytes_total",
			Help: "Payload bytes by route and direction (in: renter to workload, out: workload to renter)."}, []string{"route", "direction"}),
		authFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "auth_failures_total",
			Help: "Requests refused for their token or lease, by reason."}, []string{"reason"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.requests, m.sessions, m.bytes, m.authFailures} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("gateway: register metrics: %w", err)
			}
		}
	}
	return m, nil
}

// newServerErrorLog routes net/http's own messages (TLS handshake failures: a client that rejected our
// certificate, a scanner) to the component logger at debug level.
func newServerErrorLog(l zerolog.Logger) *log.Logger {
	return log.New(zerologWriter{l}, "", 0)
}

type zerologWriter struct{ l zerolog.Logger }

func (w zerologWriter) Write(p []byte) (int, error) {
	w.l.Debug().Msg(strings.TrimSpace(string(p)))
	return len(p), nil
}
