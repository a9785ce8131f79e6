package agree_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/oracle"
)

// TestAttestWithoutSubmitting checks Attest: k signatures over the caller's value, each from a node whose own
// rule endorses it, packed and verifiable, and nothing posted; a value fewer than k endorse gets no quorum; and
// signers bound to another answer move the question to the next window once.
func TestAttestWithoutSubmitting(t *testing.T) {
	c := newCluster(t, 4, 3, fastConfig(), true)
	subject := lease(7)
	for _, m := range c.members[:3] {
		m.rule.set(subject, 100)
	}
	d := agree.Decision{Kind: oracle.KindBreach, Subject: subject}
	ctx := context.Background()
	s, err := c.members[0].node.Attest(ctx, d, enc(100))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Signers) != 3 || s.Decision != d {
		t.Fatalf("signed %+v", s)
	}
	if _, err := oracle.VerifyPacked(domain, s.Attestation, c.chain.set, s.Packed); err != nil {
		t.Fatalf("packed signatures: %v", err)
	}
	if posts := c.chain.Posts(); len(posts) != 0 {
		t.Fatalf("Attest posted %d attestations", len(posts))
	}
	// Down since 50: no node saw that, none signs.
	if _, err := c.members[1].node.Attest(ctx, agree.Decision{Kind: oracle.KindBreach, Subject: subject, Window: 5}, enc(50)); !errors.Is(err, agree.ErrNoQuorum) {
		t.Fatalf("a value no node endorses: %v", err)
	}
	// Down since 200: endorsed by all three, but they signed 100 in window 0: window 1 takes it.
	s, err = c.members[2].node.Attest(ctx, d, enc(200))
	if err != nil {
		t.Fatal(err)
	}
	if s.Decision.Window != 1 || breachOf(t, agree.Signed{Value: s.Value}) != 200 {
		t.Fatalf("retried answer %+v", s.Decision)
	}
}

// TestExtraHandlers checks Call and Deps.Handlers: an authenticated peer message of an extra type reaches the
// handler with its sender, the reply comes back sealed, a refusal comes back as an error with its reason, and
// the protocol's own types cannot be called that way.
func TestExtraHandlers(t *testing.T) {
	type echo struct {
		From common.Address `json:"from"`
		Body string         `json:"body"`
	}
	cfg := fastConfig()
	c := newClusterWith(t, 3, 2, cfg, func(m *member) map[string]agree.Handler {
		return map[string]agree.Handler{
			"echo": func(_ context.Context, from common.Address, body []byte) (any, error) {
				var s string
				if err := json.Unmarshal(body, &s); err != nil {
					return nil, err
				}
				return echo{From: from, Body: s}, nil
			},
			"refuse": func(context.Context, common.Address, []byte) (any, error) {
				return nil, errors.New("not on this node's evidence")
			},
		}
	})
	a, b := c.members[0], c.members[1]
	var got echo
	if err := a.node.Call(context.Background(), addrOf(b.key), "echo", "hello", &got); err != nil {
		t.Fatal(err)
	}
	if got.From != addrOf(a.key) || got.Body != "hello" {
		t.Fatalf("echo %+v", got)
	}
	err := a.node.Call(context.Background(), addrOf(b.key), "refuse", "x", &got)
	if err == nil || !strings.Contains(err.Error(), "not on this node's evidence") {
		t.Fatalf("refusal: %v", err)
	}
	if err := a.node.Call(context.Background(), addrOf(b.key), agree.TypeSign, "x", &got); err == nil {
		t.Fatal("Call of the protocol's own sign type was allowed")
	}
	if err := a.node.Call(context.Background(), addrOf(b.key), "unknown", "x", &got); err == nil {
		t.Fatal("a type the peer does not serve was answered")
	}
}
