package gateway

import (
	"context"
	"encoding/json"
	"net/http"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// serveStatus answers the workload's Status as JSON.
func (s *Server) serveStatus(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
	defer cancel()
	st, err := s.deps.Workloads.Status(ctx, a.lease)
	if err != nil {
		return s.refusalOf(err, a.lease, "status")
	}
	st.Lease = a.lease
	st.UptimeSeconds = 0
	if now := s.deps.Clock.Now(); st.State == gw.StateRunning && !st.StartedAt.IsZero() && now.After(st.StartedAt) {
		st.UptimeSeconds = uint64(now.Sub(st.StartedAt).Seconds())
	}
	if st.Ports == nil {
		st.Ports = []gw.Port{}
	}
	if st.GPUs == nil {
		st.GPUs = []gw.GPUUsage{}
	}
	body, err := json.Marshal(st)
	if err != nil {
		return s.refusalOf(err, a.lease, "status")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(append(body, '\n'))
	s.metrics.bytes.WithLabelValues(gw.RouteStatus, "out").Add(float64(len(body) + 1))
	return nil
}
