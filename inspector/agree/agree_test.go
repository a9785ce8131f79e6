package agree_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

func decideAll(t *testing.T, c *cluster, d agree.Decision, who []*member) []error {
	t.Helper()
	errs := make([]error, len(who))
	var wg sync.WaitGroup
	for i, m := range who {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			_, errs[i] = m.node.Decide(ctx, d)
		}()
	}
	wg.Wait()
	return errs
}

// TestAgreementPosts: five observers with different first-failure times; whoever decides, exactly one
// attestation is posted, with k ascending signers over the k-th earliest time.
func TestAgreementPosts(t *testing.T) {
	c := newCluster(t, 5, 3, fastConfig(), false)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(7)}
	for i, m := range c.members {
		m.rule.set(d.Subject, uint64(100+10*i))
	}
	for i, err := range decideAll(t, c, d, c.members) {
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
	}
	posts := c.chain.Posts()
	if len(posts) != 1 || len(c.chain.bad) != 0 {
		t.Fatalf("%d posts, rejected: %v", len(posts), c.chain.bad)
	}
	if got := breachOf(t, posts[0]); got != 120 {
		t.Fatalf("down since %d, want the 3rd earliest (120)", got)
	}
	if len(posts[0].Signers) != 3 || !slices.IsSortedFunc(posts[0].Signers, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }) {
		t.Fatalf("signers %v", posts[0].Signers)
	}
	// Only those who saw the failure by 120 can have signed.
	for _, s := range posts[0].Signers {
		if m := c.member(s); m.rule.since[d.Subject] > 120 {
			t.Fatalf("%s signed a failure it saw only at %d", s, m.rule.since[d.Subject])
		}
	}
}

// TestTooFewObserversNeverPost: with two observers at k = 3, no leader can post, every round ends without
// quorum, and the refusals are counted.
func TestTooFewObserversNeverPost(t *testing.T) {
	c := newCluster(t, 5, 3, fastConfig(), false)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(8)}
	c.members[0].rule.set(d.Subject, 100)
	c.members[1].rule.set(d.Subject, 100)
	for _, err := range decideAll(t, c, d, c.members[:2]) {
		if !errors.Is(err, agree.ErrNotDecided) {
			t.Fatalf("want ErrNotDecided, got %v", err)
		}
	}
	if p := c.chain.Posts(); len(p) != 0 {
		t.Fatalf("posted %+v", p)
	}
	// A leader that proposes anyway (here: member 0 asking everyone directly) meets refusals.
	for _, m := range c.members[2:] {
		_, ref, err := c.members[0].node.Ask(context.Background(), addrOf(m.key), d, enc(100))
		if err != nil || ref == nil || ref.Reason != agree.ReasonNotObserved {
			t.Fatalf("non-observer answered %+v, %v", ref, err)
		}
		if n := testutil.ToFloat64(m.metrics.Refusals.WithLabelValues("breach", agree.ReasonNotObserved)); n < 1 {
			t.Fatalf("refusal not counted: %v", n)
		}
	}
}

func TestSignOnlyWhatWasObserved(t *testing.T) {
	c := newCluster(t, 3, 2, fastConfig(), false)
	m := c.members[0]
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(9)}
	ctx := context.Background()
	if _, err := m.node.Sign(ctx, d, enc(100)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("no observation: %v", err)
	}
	m.rule.set(d.Subject, 100)
	if _, err := m.node.Sign(ctx, d, enc(99)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("a time before its own first failure: %v", err)
	}
	if _, err := m.node.Sign(ctx, d, []byte{1}); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("undecodable value: %v", err)
	}
	if _, err := m.node.Sign(ctx, d, nil); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("empty value: %v", err)
	}
	sig, err := m.node.Sign(ctx, d, enc(150))
	if err != nil {
		t.Fatal(err)
	}
	att, err := oracle.NewAttestation(escrow, d.Key(), 1, oracle.Breach{LeaseID: d.Subject.Big(), DownSince: 150})
	if err != nil {
		t.Fatal(err)
	}
	digest, _ := att.Digest(domain)
	if signer, err := oracle.RecoverSigner(digest, sig); err != nil || signer != addrOf(m.key) {
		t.Fatalf("signature by %s (%v)", signer, err)
	}
}

// TestOneAnswerPerDecisionAcrossRestart: a node that signed one answer refuses another, before and after a
// restart, and re-signing the same answer gives the same signature.
func TestOneAnswerPerDecisionAcrossRestart(t *testing.T) {
	c := newCluster(t, 3, 2, fastConfig(), false)
	m := c.members[0]
	m.rule.set(lease(1), 10)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(1)}
	ctx := context.Background()
	first, err := m.node.Sign(ctx, d, enc(20))
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.node.Sign(ctx, d, enc(30))
	var conflict *agree.ConflictError
	if !errors.As(err, &conflict) || !bytes.Equal(conflict.Signed.Value, enc(20)) {
		t.Fatalf("second answer: %v", err)
	}
	c.stop(m)
	c.start(m)
	if _, err := m.node.Sign(ctx, d, enc(30)); !errors.Is(err, agree.ErrConflict) {
		t.Fatalf("second answer after restart: %v", err)
	}
	again, err := m.node.Sign(ctx, d, enc(20))
	if err != nil || !bytes.Equal(again, first) {
		t.Fatalf("same answer after restart: %x vs %x (%v)", again, first, err)
	}
	// Another window is another decision.
	if _, err := m.node.Sign(ctx, agree.Decision{Kind: d.Kind, Subject: d.Subject, Window: 1}, enc(30)); err != nil {
		t.Fatalf("next window: %v", err)
	}
	if got := testutil.ToFloat64(m.metrics.Refusals.WithLabelValues("breach", agree.ReasonConflict)); got != 1 {
		t.Fatalf("conflicts counted after restart: %v", got)
	}
}

// TestFallbackLeader: the first leader of the ranking is down; after its turn the next leader posts.
func TestFallbackLeader(t *testing.T) {
	cfg := fastConfig()
	c := newCluster(t, 5, 3, cfg, false)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(11)}
	for _, m := range c.members {
		m.rule.set(d.Subject, 100)
	}
	order := agree.Leaders(d, c.chain.set.Signers)
	dead := c.member(order[0])
	c.stop(dead)
	var live []*member
	for _, m := range c.members {
		if m != dead {
			live = append(live, m)
		}
	}
	start := time.Now()
	for _, err := range decideAll(t, c, d, live) {
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(c.chain.Posts()) != 1 {
		t.Fatalf("%d posts", len(c.chain.Posts()))
	}
	if el := time.Since(start); el < cfg.RoundTimeout {
		t.Fatalf("posted after %s, before the first leader's turn ended", el)
	}
	if slices.Contains(c.chain.Posts()[0].Signers, order[0]) {
		t.Fatal("the dead leader signed")
	}
}

// TestLeaderAdoptsSignedAnswer: a leader that crashed after two nodes signed 130 left them bound to it; the
// next leader builds on 130 instead of proposing its own 120, and nobody signs two answers.
func TestLeaderAdoptsSignedAnswer(t *testing.T) {
	c := newCluster(t, 5, 3, fastConfig(), false)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(12)}
	for i, m := range c.members {
		m.rule.set(d.Subject, uint64(100+10*i))
	}
	ctx := context.Background()
	for _, m := range c.members[3:] { // since 130 and 140: both endorse 140
		if _, err := m.node.Sign(ctx, d, enc(140)); err != nil {
			t.Fatal(err)
		}
	}
	for _, err := range decideAll(t, c, d, c.members) {
		if err != nil {
			t.Fatal(err)
		}
	}
	posts := c.chain.Posts()
	if len(posts) != 1 || breachOf(t, posts[0]) != 140 {
		t.Fatalf("posts %+v", posts)
	}
}

// TestRetryInNextWindow: two nodes signed "down since 50" in an outage that ended; in a new outage the others
// cannot endorse 50, so the leader asks again in window 1 and the new outage is posted.
func TestRetryInNextWindow(t *testing.T) {
	c := newCluster(t, 5, 3, fastConfig(), true)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(13)}
	ctx := context.Background()
	for _, m := range c.members[:2] {
		m.rule.set(d.Subject, 50)
		if _, err := m.node.Sign(ctx, d, enc(50)); err != nil {
			t.Fatal(err)
		}
	}
	for i, m := range c.members {
		m.rule.set(d.Subject, uint64(200+i))
	}
	for _, err := range decideAll(t, c, d, c.members) {
		if err != nil {
			t.Fatal(err)
		}
	}
	posts := c.chain.Posts()
	if len(posts) != 1 || posts[0].Decision.Window != 1 || breachOf(t, posts[0]) != 202 {
		t.Fatalf("posts %+v", posts)
	}
	// Window 0 still holds only the answer those nodes signed.
	for _, m := range c.members[:2] {
		rec, ok, err := m.db.Signed(ctx, d)
		if err != nil || !ok || !bytes.Equal(rec.Value, enc(50)) {
			t.Fatalf("window 0 record %+v %v", rec, err)
		}
	}
}

// TestCollusionCannotReachK: two colluders endorse anything; the three honest nodes saw nothing. However the
// colluders lead or ask, k = 3 is never reached.
func TestCollusionCannotReachK(t *testing.T) {
	c := newCluster(t, 5, 3, fastConfig(), true)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(14)}
	bad := c.members[:2]
	for _, m := range bad {
		m.rule.lying = true
		m.rule.set(d.Subject, 1)
	}
	for _, err := range decideAll(t, c, d, bad) {
		if !errors.Is(err, agree.ErrNotDecided) {
			t.Fatalf("colluders: %v", err)
		}
	}
	ctx := context.Background()
	for _, honest := range c.members[2:] {
		for _, v := range []uint64{0, 1, 1 << 40} {
			if _, ref, err := bad[0].node.Ask(ctx, addrOf(honest.key), d, enc(v)); err != nil || ref == nil {
				t.Fatalf("honest node signed a breach it never saw: %+v %v", ref, err)
			}
		}
	}
	if p := c.chain.Posts(); len(p) != 0 {
		t.Fatalf("colluders posted %+v", p)
	}
}

func TestConfigAndDeps(t *testing.T) {
	db, err := sqlstore.Open(context.Background(), t.TempDir()+"/x.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ch := &chain{}
	deps := agree.Deps{Signer: keys.NewSigner(keysFor(t, 1, 3)[0]), Store: db, Chain: ch, Peers: &peers{}, Submitter: ch,
		Rules: []agree.Rule{newSinceRule(false)}}
	if _, err := agree.New(agree.Config{}, deps); err == nil {
		t.Error("no domain accepted")
	}
	two := deps
	two.Rules = []agree.Rule{newSinceRule(false), newSinceRule(false)}
	if _, err := agree.New(agree.DefaultConfig(domain), two); err == nil {
		t.Error("two rules for one kind accepted")
	}
	none := deps
	none.Store = nil
	if _, err := agree.New(agree.DefaultConfig(domain), none); err == nil {
		t.Error("no store accepted")
	}
}

// --------------------------------------------------------------------------- hostile peers

// envelope builds a signed envelope the way a node does, with mutations applied before signing.
func envelope(t testing.TB, signer *keys.Signer, typ string, to common.Address, sentAt time.Time, body any) agree.Envelope {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	env := agree.Envelope{Type: typ, From: signer.Address(), To: to, SentAtMs: sentAt.UnixMilli(), Body: b}
	sep, _ := domain.Separator()
	env.Signature, err = signer.SignDigest(context.Background(), env.Digest(sep))
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func post(t testing.TB, url string, body []byte) (int, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestHostilePeerInput(t *testing.T) {
	c := newCluster(t, 3, 2, fastConfig(), false)
	victim := c.members[0]
	to := addrOf(victim.key)
	insider := keys.NewSigner(c.members[1].key)
	outsider := keys.NewSigner(keysFor(t, 1, 99)[0])
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(1)}
	now := time.Now()
	mustJSON := func(v any) []byte { b, _ := json.Marshal(v); return b }
	good := envelope(t, insider, agree.TypeObserve, to, now, d)
	forged := good
	forged.From = addrOf(c.members[2].key)
	for _, tc := range []struct {
		name, path string
		body       []byte
		status     int
		reason     string
	}{
		{"not json", "observe", []byte("{"), 400, "envelope"},
		{"unknown field", "observe", []byte(`{"type":"observe","bogus":1}`), 400, "envelope"},
		{"trailing data", "observe", append(mustJSON(good), []byte(`{}`)...), 400, "envelope"},
		{"type on the wrong path", "sign", mustJSON(good), 400, "envelope"},
		{"unknown path", "gossip", mustJSON(good), 404, "path"},
		{"misaddressed", "observe", mustJSON(envelope(t, insider, agree.TypeObserve, addrOf(c.members[2].key), now, d)), 400, "address"},
		{"stale", "observe", mustJSON(envelope(t, insider, agree.TypeObserve, to, now.Add(-time.Hour), d)), 400, "stale"},
		{"from the future", "observe", mustJSON(envelope(t, insider, agree.TypeObserve, to, now.Add(time.Hour), d)), 400, "stale"},
		{"claims another sender", "observe", mustJSON(forged), 401, "envelope"},
		{"not a signer", "observe", mustJSON(envelope(t, outsider, agree.TypeObserve, to, now, d)), 403, "signer"},
		{"too big", "observe", bytes.Repeat([]byte(" "), 70<<10), 413, "size"},
		{"unknown kind", "observe", mustJSON(envelope(t, insider, agree.TypeObserve, to, now, agree.Decision{Kind: 9, Subject: lease(1)})), 400, "body"},
		{"zero subject", "observe", mustJSON(envelope(t, insider, agree.TypeObserve, to, now, agree.Decision{Kind: oracle.KindBreach})), 400, "body"},
		{"body of the wrong shape", "sign", mustJSON(envelope(t, insider, agree.TypeSign, to, now, []int{1, 2})), 400, "body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := testutil.ToFloat64(victim.metrics.PeerRejected.WithLabelValues(tc.reason))
			status, body := post(t, victim.srv.URL+agree.Path+tc.path, tc.body)
			if status != tc.status || !strings.Contains(body, "error") {
				t.Fatalf("got %d %s, want %d", status, body, tc.status)
			}
			if after := testutil.ToFloat64(victim.metrics.PeerRejected.WithLabelValues(tc.reason)); after != before+1 {
				t.Fatalf("rejection %q counted %v → %v", tc.reason, before, after)
			}
		})
	}
	// After all that, the node still answers its peers.
	status, body := post(t, victim.srv.URL+agree.Path+"observe", mustJSON(envelope(t, insider, agree.TypeObserve, to, time.Now(), d)))
	if status != 200 || !strings.Contains(body, `"type":"observation"`) {
		t.Fatalf("good request after bad ones: %d %s", status, body)
	}
	if p := testutil.ToFloat64(victim.metrics.PeerRejected.WithLabelValues("panic")); p != 0 {
		t.Fatalf("%v panics", p)
	}
}

func TestPeerRateLimit(t *testing.T) {
	cfg := fastConfig()
	cfg.PeerRate, cfg.PeerBurst = 0.001, 3
	c := newCluster(t, 3, 2, cfg, false)
	victim := c.members[0]
	insider := keys.NewSigner(c.members[1].key)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(1)}
	codes := []int{}
	for i := 0; i < 5; i++ {
		b, _ := json.Marshal(envelope(t, insider, agree.TypeObserve, addrOf(victim.key), time.Now(), d))
		s, _ := post(t, victim.srv.URL+agree.Path+"observe", b)
		codes = append(codes, s)
	}
	if !slices.Equal(codes, []int{200, 200, 200, 429, 429}) {
		t.Fatalf("statuses %v", codes)
	}
	// Another peer is not starved by the first.
	other := keys.NewSigner(c.members[2].key)
	b, _ := json.Marshal(envelope(t, other, agree.TypeObserve, addrOf(victim.key), time.Now(), d))
	if s, _ := post(t, victim.srv.URL+agree.Path+"observe", b); s != 200 {
		t.Fatalf("second peer: %d", s)
	}
}

// FuzzPeerHandler: no input makes the handler panic or sign.
func FuzzPeerHandler(f *testing.F) {
	c := newCluster(f, 3, 2, fastConfig(), false)
	victim := c.members[0]
	victim.rule.lying = true // would sign anything that reached it authenticated: nothing fuzzed is
	insider := keys.NewSigner(c.members[1].key)
	good, _ := json.Marshal(envelope(f, insider, agree.TypeSign, addrOf(victim.key), time.Now(),
		agree.SignMsg{Decision: agree.Decision{Kind: oracle.KindBreach, Subject: lease(1)}, Value: enc(5)}))
	f.Add("sign", good)
	f.Add("observe", []byte(`{"type":"observe","from":"0x00","to":"0x00","sentAtMs":0,"body":null,"signature":"0x"}`))
	f.Add("nudge", []byte(`[]`))
	h := victim.node.Handler()
	f.Fuzz(func(t *testing.T, path string, body []byte) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, agree.Path+path, bytes.NewReader(body)))
		if rec.Code == 200 && strings.Contains(rec.Body.String(), `"type":"signature"`) {
			// Only an envelope the insider really signed, addressed to the victim, may get this far.
			var env agree.Envelope
			sep, _ := domain.Separator()
			if err := json.Unmarshal(body, &env); err != nil {
				t.Fatalf("signed for undecodable input %q", body)
			}
			if signer, err := oracle.RecoverSigner(env.Digest(sep), env.Signature); err != nil || signer != insider.Address() ||
				env.To != addrOf(victim.key) {
				t.Fatalf("signed for fuzzed input %q", body)
			}
		}
		if p := testutil.ToFloat64(victim.metrics.PeerRejected.WithLabelValues("panic")); p != 0 {
			t.Fatalf("panicked on %q", body)
		}
	})
}

// BenchmarkAgreementRound measures agreement rounds of a 5-node, k = 3 network in one process: each round is
// led by its decision's first leader (observations from four peers, three signatures recorded with
// synchronous=FULL, aggregation, submission). Rounds for different decisions run concurrently (8 at once).
func BenchmarkAgreementRound(b *testing.B) {
	cfg := fastConfig()
	cfg.RoundTimeout, cfg.RequestTimeout = 10*time.Second, 5*time.Second
	cfg.PeerRate, cfg.PeerBurst, cfg.GlobalRate, cfg.GlobalBurst = 1e6, 1e6, 1e6, 1e6
	c := newCluster(b, 5, 3, cfg, false)
	var next atomic.Int64
	b.SetParallelism(4)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(1000 + next.Add(1))}
			for _, m := range c.members {
				m.rule.set(d.Subject, 100)
			}
			leader := c.member(agree.Leaders(d, c.chain.set.Signers)[0])
			if posted, err := leader.node.Decide(context.Background(), d); err != nil || !posted {
				b.Errorf("round %s: posted %v, %v", d, posted, err)
			}
		}
	})
	el := time.Since(start)
	b.StopTimer()
	if got := len(c.chain.Posts()); got != b.N {
		b.Fatalf("%d posts for %d rounds", got, b.N)
	}
	b.ReportMetric(float64(b.N)/el.Seconds(), "rounds/s")
}
