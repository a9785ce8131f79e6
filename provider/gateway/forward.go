package gateway

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strconv"

	"github.com/coder/websocket"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// serveForward carries one TCP connection to a published container port over a WebSocket (see
// oracle/gateway.Splice). The port is checked against the workload's published ports and dialled before
// the upgrade, so a refusal is a plain HTTP answer.
func (s *Server) serveForward(w http.ResponseWriter, r *http.Request, a access) *gw.Error {
	v := r.URL.Query().Get(gw.ParamPort)
	p, err := strconv.ParseUint(v, 10, 16)
	if err != nil || p == 0 {
		return gw.BadParameter(gw.ParamPort, "%q: want a port from 1 to 65535", truncate(v, 40))
	}
	port := uint16(p)

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
	defer cancel()
	st, err := s.deps.Workloads.Status(ctx, a.lease)
	if err != nil {
		return s.refusalOf(err, a.lease, "status")
	}
	if !slices.ContainsFunc(st.Ports, func(pp gw.Port) bool { return pp.Port == port && pp.Protocol == "tcp" }) {
		return gw.Refuse(gw.ReasonPortNotPublished, "lease %d's job publishes %s, not tcp port %d", a.lease, portList(st.Ports), port)
	}
	conn, err := s.deps.Workloads.DialPort(ctx, a.lease, port)
	if err != nil {
		if errors.Is(err, ErrNoWorkload) || errors.Is(err, ErrPortNotPublished) {
			return s.refusalOf(err, a.lease, "dial port")
		}
		s.deps.Log.Info().Err(err).Uint64("lease", a.lease).Uint16("port", port).Msg("gateway: dial container port")
		return gw.Refuse(gw.ReasonUnavailable, "container port %d did not accept the connection (is the service up yet?)", port)
	}
	defer conn.Close()

	ws, err := websocket.Accept(w, r, &websocket.AcceptOptions{
		OriginPatterns: s.cfg.AllowedOrigins, CompressionMode: websocket.CompressionDisabled,
	})
	if err != nil {
		s.deps.Log.Debug().Err(err).Uint64("lease", a.lease).Msg("gateway: forward: websocket accept")
		return nil
	}
	defer ws.CloseNow()
	ws.SetReadLimit(s.cfg.MaxMessageBytes)

	sctx, stop := context.WithCancel(r.Context())
	defer stop()
	act := newActivity()
	wait := s.supervise(sctx, a, act, ws, func(e *gw.Error, peerGone bool) {
		if peerGone {
			ws.CloseNow()
		} else {
			ws.Close(websocket.StatusPolicyViolation, closeReason(e))
		}
		stop()
	})
	defer wait()
	in := s.metrics.bytes.WithLabelValues(gw.RouteForward, "in")
	out := s.metrics.bytes.WithLabelValues(gw.RouteForward, "out")
	if err := gw.Splice(sctx, ws, conn, func(fromConn, toConn int) {
		act.touch()
		out.Add(float64(fromConn))
		in.Add(float64(toConn))
	}); err != nil {
		s.deps.Log.Debug().Err(err).Uint64("lease", a.lease).Uint16("port", port).Msg("gateway: forward ended")
	}
	stop()
	return nil
}

func portList(ports []gw.Port) string {
	if len(ports) == 0 {
		return "no port"
	}
	s := ""
	for i, p := range ports {
		if i > 0 {
			s += ", "
		}
		s += p.Protocol + " " + strconv.Itoa(int(p.Port))
	}
	return s
}
