package gateway

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// access is an authorised request: a valid token of the renter of an open lease on this node.
type access struct {
	lease uint64
	token gw.Token
}

// bearer takes the token from the Authorization header, or from the access_token query parameter where a
// browser cannot set headers.
func bearer(r *http.Request) (string, *gw.Error) {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || tok == "" {
			return "", gw.Refuse(gw.ReasonMalformedToken, "Authorization header: want \"Bearer TOKEN\"")
		}
		return strings.TrimSpace(tok), nil
	}
	if q := r.URL.Query()[gw.ParamToken]; len(q) > 0 {
		if len(q) > 1 {
			return "", gw.Refuse(gw.ReasonMalformedToken, "%s given %d times", gw.ParamToken, len(q))
		}
		return q[0], nil
	}
	return "", gw.Refuse(gw.ReasonMissingToken, "send the renter's token as \"Authorization: Bearer TOKEN\" (or the %s query parameter)", gw.ParamToken)
}

// authorize checks the request's token and the lease it names; a refusal is counted by reason.
func (s *Server) authorize(r *http.Request) (access, *gw.Error) {
	a, err := s.authorizeUncounted(r)
	if err != nil && err.Code != gw.ReasonInvalidParameter && err.Code != gw.ReasonUnavailable && err.Code != gw.ReasonInternal {
		s.metrics.authFailures.WithLabelValues(string(err.Code)).Inc()
		s.deps.Log.Debug().Str("reason", string(err.Code)).Str("remote", r.RemoteAddr).Str("path", r.URL.Path).
			Msg(err.Message)
	}
	return a, err
}

func (s *Server) authorizeUncounted(r *http.Request) (access, *gw.Error) {
	lease, err := strconv.ParseUint(r.PathValue("lease"), 10, 64)
	if err != nil || lease == 0 {
		return access{}, gw.BadParameter("lease", "%q is not a lease id", truncate(r.PathValue("lease"), 40))
	}
	raw, refusal := bearer(r)
	if refusal != nil {
		return access{}, refusal
	}
	tok, err := gw.ParseToken(raw)
	if err != nil {
		return access{}, gw.Refuse(gw.ReasonMalformedToken, "%v", err)
	}
	if err := tok.Verify(s.policy, s.deps.Clock.Now()); err != nil {
		var e *gw.Error
		if errors.As(err, &e) {
			return access{}, e
		}
		return access{}, gw.Refuse(gw.ReasonInternal, "verify token: %v", err)
	}
	if tok.Access.LeaseID != lease {
		return access{}, gw.Refuse(gw.ReasonWrongLease, "token is for lease %d, not %d", tok.Access.LeaseID, lease)
	}
	a := access{lease: lease, token: tok}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
	defer cancel()
	return a, s.checkLease(ctx, a)
}

// checkLease reads the lease from chain state and checks the token's renter may reach it now.
func (s *Server) checkLease(ctx context.Context, a access) *gw.Error {
	l, err := s.deps.Leases.Lease(ctx, a.lease)
	switch {
	case errors.Is(err, ErrLeaseNotFound):
		return gw.Refuse(gw.ReasonLeaseNotFound, "lease %d does not exist on chain %v", a.lease, s.policy.Domain.ChainID)
	case err != nil:
		s.deps.Log.Warn().Err(err).Uint64("lease", a.lease).Msg("gateway: read lease")
		return gw.Refuse(gw.ReasonUnavailable, "cannot read lease %d from chain state now; retry", a.lease)
	case l.Provider != s.policy.Provider:
		return gw.Refuse(gw.ReasonNotOnNode, "lease %d is provider %s's, this node is %s", a.lease, l.Provider, s.policy.Provider)
	case l.Renter != a.token.Access.Renter:
		return gw.Refuse(gw.ReasonNotRenter, "token is signed by %s, lease %d's renter is %s", a.token.Access.Renter, a.lease, l.Renter)
	case !l.Open:
		return gw.Refuse(gw.ReasonLeaseClosed, "lease %d is closed", a.lease)
	case !s.deps.Clock.Now().Before(l.EndsAt):
		return gw.Refuse(gw.ReasonLeaseEnded, "lease %d ran out of prepaid time at %s", a.lease, l.EndsAt.UTC().Format("2006-01-02T15:04:05Z"))
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
