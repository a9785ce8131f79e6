package gateway_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

// routeQueries are a valid query for each route: only the token may be wrong.
var routeQueries = map[string]url.Values{
	gw.RouteStatus:  {},
	gw.RouteLogs:    {gw.ParamFollow: {"1"}},
	gw.RouteShell:   {gw.ParamCmd: {"echo", "secret"}},
	gw.RouteForward: {gw.ParamPort: {"8888"}},
	gw.RouteContent: {}, // POST
	gw.RouteJob:     {}, // POST
	gw.RouteOutput:  {},
}

type authCase struct {
	name   string
	lease  uint64
	header func(e *env) http.Header
	setup  func(e *env) (undo func())
	want   gw.Reason
	status int
}

func authCases() []authCase {
	tok := func(signer func(*env) *keys.Signer, lease uint64, mutate func(*env, *gw.Token)) func(*env) http.Header {
		return func(e *env) http.Header {
			return bearer(e.token(signer(e), lease, func(t *gw.Token) {
				if mutate != nil {
					mutate(e, t)
				}
			}))
		}
	}
	renter := func(e *env) *keys.Signer { return e.renter }
	other := func(e *env) *keys.Signer { return e.other }
	resigned := func(mutate func(*env, *gw.Token)) func(*env, *gw.Token) {
		return func(e *env, t *gw.Token) {
			mutate(e, t)
			resign(e.t, e.renter, t)
		}
	}
	leaseChange := func(mutate func(*env, *gateway.Lease)) func(*env) func() {
		return func(e *env) func() {
			l, _ := e.leases.Lease(context.Background(), leaseOpen)
			e.leases.update(leaseOpen, func(x *gateway.Lease) { mutate(e, x) })
			return func() { e.leases.set(leaseOpen, l) }
		}
	}
	return []authCase{
		{name: "no token", lease: leaseOpen, header: func(*env) http.Header { return nil }, want: gw.ReasonMissingToken, status: 401},
		{name: "not a token", lease: leaseOpen, header: func(*env) http.Header { return bearer("garbage") }, want: gw.ReasonMalformedToken, status: 401},
		{name: "not bearer", lease: leaseOpen, header: func(*env) http.Header { return http.Header{"Authorization": {"Basic cmVudGVyOnB3"}} },
			want: gw.ReasonMalformedToken, status: 401},
		{name: "another renter's token", lease: leaseOpen, header: tok(other, leaseOpen, nil), want: gw.ReasonNotRenter, status: 403},
		{name: "own token on another's lease", lease: leaseOther, header: tok(renter, leaseOther, nil), want: gw.ReasonNotRenter, status: 403},
		{name: "token for another lease", lease: leaseOpen, header: tok(renter, leaseIdle, nil), want: gw.ReasonWrongLease, status: 403},
		{name: "lease ran out of time", lease: leaseOpen, header: tok(renter, leaseOpen, nil),
			setup: leaseChange(func(e *env, l *gateway.Lease) { l.EndsAt = e.clock.Now().Add(-time.Second) }), want: gw.ReasonLeaseEnded, status: 403},
		{name: "lease closed", lease: leaseOpen, header: tok(renter, leaseOpen, nil),
			setup: leaseChange(func(_ *env, l *gateway.Lease) { l.Open = false }), want: gw.ReasonLeaseClosed, status: 403},
		{name: "lease gone after a reorg", lease: leaseOpen, header: tok(renter, leaseOpen, nil),
			setup: func(e *env) func() {
				l, _ := e.leases.Lease(context.Background(), leaseOpen)
				e.leases.mu.Lock()
				delete(e.leases.leases, leaseOpen)
				e.leases.mu.Unlock()
				return func() { e.leases.set(leaseOpen, l) }
			}, want: gw.ReasonLeaseNotFound, status: 404},
		{name: "no such lease", lease: leaseMissing, header: tok(renter, leaseMissing, nil), want: gw.ReasonLeaseNotFound, status: 404},
		{name: "another provider's lease", lease: leaseForeign, header: tok(renter, leaseForeign, nil), want: gw.ReasonNotOnNode, status: 403},
		{name: "expired token", lease: leaseOpen, header: tok(renter, leaseOpen, resigned(func(e *env, t *gw.Token) {
			t.Access.IssuedAt = uint64(e.clock.Now().Add(-6 * time.Minute).Unix())
			t.Access.Expiry = uint64(e.clock.Now().Add(-time.Minute).Unix())
		})), want: gw.ReasonTokenExpired, status: 401},
		{name: "token from the future", lease: leaseOpen, header: tok(renter, leaseOpen, resigned(func(e *env, t *gw.Token) {
			t.Access.IssuedAt = uint64(e.clock.Now().Add(5 * time.Minute).Unix())
			t.Access.Expiry = t.Access.IssuedAt + 60
		})), want: gw.ReasonTokenNotYetValid, status: 401},
		{name: "token valid too long", lease: leaseOpen, header: tok(renter, leaseOpen, resigned(func(_ *env, t *gw.Token) {
			t.Access.Expiry = t.Access.IssuedAt + uint64((16 * time.Minute).Seconds())
		})), want: gw.ReasonTokenLifetime, status: 401},
		{name: "tampered expiry", lease: leaseOpen, header: tok(renter, leaseOpen, func(_ *env, t *gw.Token) { t.Access.Expiry += 60 }),
			want: gw.ReasonBadSignature, status: 401},
		{name: "tampered lease id", lease: leaseOther, header: tok(renter, leaseOpen, func(_ *env, t *gw.Token) { t.Access.LeaseID = leaseOther }),
			want: gw.ReasonBadSignature, status: 401},
		{name: "tampered renter", lease: leaseOther, header: tok(renter, leaseOther, func(e *env, t *gw.Token) { t.Access.Renter = e.other.Address() }),
			want: gw.ReasonBadSignature, status: 401},
		{name: "tampered signature", lease: leaseOpen, header: tok(renter, leaseOpen, func(_ *env, t *gw.Token) { t.Signature[3] ^= 0x40 }),
			want: gw.ReasonBadSignature, status: 401},
		{name: "another node's token", lease: leaseOpen, header: tok(renter, leaseOpen, resigned(func(e *env, t *gw.Token) {
			t.Access.Provider = e.third.Address()
		})), want: gw.ReasonWrongAudience, status: 401},
		{name: "another chain", lease: leaseOpen, header: tok(renter, leaseOpen, resigned(func(_ *env, t *gw.Token) { t.ChainID = big.NewInt(42161) })),
			want: gw.ReasonWrongChain, status: 401},
		{name: "another escrow", lease: leaseOpen, header: tok(renter, leaseOpen, resigned(func(_ *env, t *gw.Token) {
			t.Escrow = common.HexToAddress("0x000000000000000000000000000000000000e5c0")
		})), want: gw.ReasonWrongContract, status: 401},
	}
}

// TestUnauthorised tries every way in without the right to, on every route: each gets its status and reason
// in a JSON body, no Workloads method is ever called, and each refusal is counted by reason.
func TestUnauthorised(t *testing.T) {
	e := newEnv(t, nil)
	counts := map[gw.Reason]float64{}
	for route, q := range routeQueries {
		for _, c := range authCases() {
			t.Run(route+"/"+c.name, func(t *testing.T) {
				e.t = t
				if c.setup != nil {
					defer c.setup(e)()
				}
				before := e.work.calls.Load()
				status, refusal := e.raw(gw.Path(c.lease, route), q, c.header(e))
				if status != c.status || refusal == nil || refusal.Code != c.want {
					t.Fatalf("got %d %+v, want %d %s", status, refusal, c.status, c.want)
				}
				if refusal.Message == "" {
					t.Fatal("refusal without a message")
				}
				if n := e.work.calls.Load() - before; n != 0 {
					t.Fatalf("%d Workloads calls for a refused request", n)
				}
				counts[c.want]++
			})
		}
	}
	for reason, n := range counts {
		if got := metricValue(t, e, "idlegrid_gateway_auth_failures_total", "reason", string(reason)); got != n {
			t.Errorf("auth_failures_total{reason=%s} = %v, want %v", reason, got, n)
		}
	}
}

// TestReplayPastExpiry: a token that worked keeps working until its expiry and never after, on every route.
func TestReplayPastExpiry(t *testing.T) {
	e := newEnv(t, nil)
	tok := e.token(e.renter, leaseOpen, nil) // valid 5 minutes
	c := e.clientWith(gw.StaticToken(tok), e.node.Address(), e.srv.Addr())
	use := func() map[string]error {
		errs := map[string]error{}
		_, errs[gw.RouteStatus] = c.Status(ctxT(t), leaseOpen)
		errs[gw.RouteLogs] = c.Logs(ctxT(t), leaseOpen, gw.LogOptions{}, io.Discard, io.Discard)
		_, errs[gw.RouteShell] = c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"echo"}, Stdout: io.Discard})
		ws, _, err := e.wsDial(ctxT(t), leaseOpen, gw.RouteForward, url.Values{gw.ParamPort: {"8888"}}, tok)
		if err == nil {
			ws.CloseNow()
		}
		errs[gw.RouteForward] = err
		return errs
	}
	for route, err := range use() {
		if err != nil {
			t.Fatalf("%s with a fresh token: %v", route, err)
		}
	}
	e.clock.Advance(4*time.Minute + 59*time.Second)
	for route, err := range use() {
		if err != nil {
			t.Fatalf("%s a second before expiry: %v", route, err)
		}
	}
	e.clock.Advance(time.Second)
	for route, err := range use() {
		if route == gw.RouteForward {
			if err == nil {
				t.Fatal("forward accepted an expired token")
			}
			continue
		}
		if !gw.HasReason(err, gw.ReasonTokenExpired) {
			t.Fatalf("%s replayed at expiry: %v, want token_expired", route, err)
		}
	}
	status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteForward), routeQueries[gw.RouteForward], bearer(tok))
	if status != 401 || refusal.Code != gw.ReasonTokenExpired {
		t.Fatalf("forward replayed at expiry: %d %+v", status, refusal)
	}
}

// TestClientRefusals: the client hands refusals back as *gw.Error with the status and reason.
func TestClientRefusals(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client(e.other) // signs its own, valid tokens; not the renter of leaseOpen
	var out bytes.Buffer
	_, errStatus := c.Status(ctxT(t), leaseOpen)
	errLogs := c.Logs(ctxT(t), leaseOpen, gw.LogOptions{}, &out, &out)
	_, errShell := c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"echo"}, Stdout: &out})
	errForward := c.Forward(ctxT(t), leaseOpen, "127.0.0.1:0", 8888)
	for name, err := range map[string]error{"status": errStatus, "logs": errLogs, "shell": errShell, "forward": errForward} {
		var ge *gw.Error
		if !errors.As(err, &ge) || ge.Code != gw.ReasonNotRenter || ge.Status != 403 {
			t.Errorf("%s: %v, want a 403 not_renter *gw.Error", name, err)
		}
		if !errors.Is(err, &gw.Error{Code: gw.ReasonNotRenter}) {
			t.Errorf("%s: errors.Is by reason fails", name)
		}
	}
	if out.Len() != 0 {
		t.Fatalf("another renter got output: %q", out.String())
	}
}

// TestTokenInQuery: browsers cannot set headers on a WebSocket; the token may come as access_token.
func TestTokenInQuery(t *testing.T) {
	e := newEnv(t, nil)
	tok := e.token(e.renter, leaseOpen, nil)
	if status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), url.Values{gw.ParamToken: {tok}}, nil); status != 200 {
		t.Fatalf("status with access_token: %d %+v", status, refusal)
	}
	q := url.Values{gw.ParamToken: {tok, tok}}
	if status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), q, nil); status != 401 || refusal.Code != gw.ReasonMalformedToken {
		t.Fatalf("two access_tokens: %d %+v", status, refusal)
	}
	// The header wins over the query: a bad header is not rescued by a good query token.
	if status, _ := e.raw(gw.Path(leaseOpen, gw.RouteStatus), url.Values{gw.ParamToken: {tok}}, bearer("garbage")); status != 401 {
		t.Fatalf("bad header with a good query token: %d", status)
	}
}

// TestChainStateUnavailable: when the node cannot read chain state it says so (503), it does not refuse.
func TestChainStateUnavailable(t *testing.T) {
	e := newEnv(t, nil)
	e.leases.setErr(errors.New("follower behind"))
	_, err := e.client(e.renter).Status(ctxT(t), leaseOpen)
	if !gw.HasReason(err, gw.ReasonUnavailable) {
		t.Fatalf("err = %v, want unavailable", err)
	}
	e.leases.setErr(nil)
	if _, err := e.client(e.renter).Status(ctxT(t), leaseOpen); err != nil {
		t.Fatalf("after recovery: %v", err)
	}
	if got := metricValue(t, e, "idlegrid_gateway_auth_failures_total", "reason", string(gw.ReasonUnavailable)); got != 0 {
		t.Fatalf("an unavailable chain counted as an auth failure (%v)", got)
	}
}
