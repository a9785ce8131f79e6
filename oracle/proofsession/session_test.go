package proofsession

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// inspectors is a hand-written Authorizer: a fixed set of active inspectors.
type inspectors map[common.Address]bool

func (s inspectors) ActiveInspector(_ context.Context, a common.Address) (bool, error) {
	return s[a], nil
}

func key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var testParams = proof.Params{Width: 32, Rows: 64, Steps: 6, Group: 2, LeafGroups: 4, Openings: 12}

// capacityParams is a small capacity challenge: a sweep and its chase.
var capacityParams = proof.Params{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
	Chains: 2, Hops: 1 << 12, SegmentHops: 4, ChaseRows: 48, ChaseOpenings: 16}

type fixture struct {
	provider, inspector *keys.Signer
	machine             common.Hash
	uuids               []string
	url                 string
	client              *Client
}

// newFixture serves a two-GPU machine over a real WebSocket on a loopback port.
func newFixture(t *testing.T, backend proof.Backend, active bool) *fixture {
	t.Helper()
	return newFixtureLeased(t, backend, active, nil)
}

// newFixtureLeased is newFixture with the GPUs leased says a lease holds.
func newFixtureLeased(t *testing.T, backend proof.Backend, active bool, leased func(string) bool) *fixture {
	t.Helper()
	f := &fixture{provider: keys.NewSigner(key(t)), inspector: keys.NewSigner(key(t)),
		machine: common.Hash(sha256.Sum256([]byte("rig-1"))), uuids: []string{"GPU-aaaa", "GPU-bbbb"}}
	var gpus []GPU
	for _, u := range f.uuids {
		gpus = append(gpus, GPU{UUID: u, Prover: proof.NewProver(backend, 1, zerolog.Nop())})
	}
	auth := inspectors{}
	if active {
		auth[f.inspector.Address()] = true
	}
	srv, err := NewServer(ServerConfig{Signer: f.provider, Machine: f.machine, GPUs: gpus, Authorizer: auth, Leased: leased}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	f.url = "ws" + strings.TrimPrefix(hs.URL, "http")
	v, err := proof.NewVerifier(proof.DefaultVerifierConfig(), nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if f.client, err = NewClient(ClientConfig{Signer: f.inspector, Verifier: v}, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) targets(deadline time.Duration, expiry time.Time) []Target {
	return f.targetsOf(testParams, deadline, expiry)
}

func (f *fixture) targetsOf(p proof.Params, deadline time.Duration, expiry time.Time) []Target {
	var ts []Target
	for i, u := range f.uuids {
		ch := proof.Challenge{Class: "RTX4090", Subject: u, Provider: Address(f.provider.Address()), Machine: f.machine,
			Inspector: Address(f.inspector.Address()), Expiry: expiry.Unix(), Nonce: uint64(i), Params: p}
		ch.Seed = sha256.Sum256([]byte(u + expiry.String()))
		ts = append(ts, Target{Challenge: ch, Deadlines: proof.DeadlinesFor(deadline)})
	}
	return ts
}

func TestHonestMachinePasses(t *testing.T) {
	for _, p := range []proof.Params{testParams, capacityParams} {
		t.Run(p.String(), func(t *testing.T) {
			f := newFixture(t, proof.CPU{Workers: 1}, true)
			res, err := f.client.Check(context.Background(), f.url, f.targetsOf(p, time.Minute, time.Now().Add(time.Minute)))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				if r.Err != nil || r.Stats.Units == 0 || r.RTT <= 0 || r.AttestationVerified || p.Chains > 0 && (r.Stats.Segments == 0 || r.Stats.ChaseLatency <= 0) {
					t.Fatalf("%s: %+v", r.Subject, r)
				}
				t.Logf("%s passed: rtt %s, commit %s, chase %s, open %s, %d units, %d segments", r.Subject, r.RTT, r.Stats.Latency,
					r.Stats.ChaseLatency, r.Stats.OpenLatency, r.Stats.Units, r.Stats.Segments)
			}
		})
	}
}

func TestServerRefuses(t *testing.T) {
	ctx := context.Background()
	t.Run("inactive inspector", func(t *testing.T) {
		f := newFixture(t, proof.CPU{Workers: 1}, false)
		res, err := f.client.Check(ctx, f.url, f.targets(time.Minute, time.Now().Add(time.Minute)))
		wantAll(t, res, err, ErrProver, "not an active inspector")
	})
	t.Run("expired", func(t *testing.T) {
		f := newFixture(t, proof.CPU{Workers: 1}, true)
		res, err := f.client.Check(ctx, f.url, f.targets(time.Minute, time.Now().Add(-time.Minute)))
		wantAll(t, res, err, ErrProver, "expired")
	})
	t.Run("replayed", func(t *testing.T) {
		f := newFixture(t, proof.CPU{Workers: 1}, true)
		ts := f.targets(time.Minute, time.Now().Add(time.Minute))
		if res, err := f.client.Check(ctx, f.url, ts); err != nil || res[0].Err != nil {
			t.Fatalf("first run: %v %+v", err, res)
		}
		res, err := f.client.Check(ctx, f.url, ts)
		wantAll(t, res, err, ErrProver, "replayed")
	})
	t.Run("another provider's challenge", func(t *testing.T) {
		f := newFixture(t, proof.CPU{Workers: 1}, true)
		ts := f.targets(time.Minute, time.Now().Add(time.Minute))
		other := Address(keys.NewSigner(key(t)).Address())
		for i := range ts {
			ts[i].Challenge.Provider = other
		}
		res, err := f.client.Check(ctx, f.url, ts)
		wantAll(t, res, err, ErrProver, "is for provider")
	})
	t.Run("unknown GPU", func(t *testing.T) {
		f := newFixture(t, proof.CPU{Workers: 1}, true)
		ts := f.targets(time.Minute, time.Now().Add(time.Minute))
		ts[1].Challenge.Subject = "GPU-elsewhere"
		res, err := f.client.Check(ctx, f.url, ts)
		wantAll(t, res, err, ErrProver, "names GPU")
	})
	t.Run("leased GPU", func(t *testing.T) {
		// A lease holds the second GPU: the batch naming it is refused before anything is computed; the idle
		// one alone is answered.
		var asked []string
		var mu sync.Mutex
		f := newFixtureLeased(t, proof.CPU{Workers: 1}, true, func(uuid string) bool {
			mu.Lock()
			asked = append(asked, uuid)
			mu.Unlock()
			return uuid == "GPU-bbbb"
		})
		ts := f.targets(time.Minute, time.Now().Add(time.Minute))
		res, err := f.client.Check(ctx, f.url, ts)
		wantAll(t, res, err, ErrProver, "which a lease holds")
		res, err = f.client.Check(ctx, f.url, f.targets(time.Minute, time.Now().Add(2*time.Minute))[:1])
		if err != nil || len(res) != 1 || res[0].Err != nil {
			t.Fatalf("the idle GPU alone: %v %+v", err, res)
		}
		mu.Lock()
		defer mu.Unlock()
		if len(asked) < 3 {
			t.Fatalf("the server asked about %v", asked)
		}
	})
}

func wantAll(t *testing.T, res []Result, err error, want error, text string) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !errors.Is(r.Err, want) || !strings.Contains(r.Err.Error(), text) {
			t.Fatalf("%s: got %v, want %v mentioning %q", r.Subject, r.Err, want, text)
		}
	}
}

// TestRelayedAnswerFails puts a relay between the inspector and the provider: it passes the challenge
// on and returns the provider's answers signed with its own key (the relay's operator listed the
// machine; someone else's GPUs compute). The signatures do not match the challenged provider.
func TestRelayedAnswerFails(t *testing.T) {
	honest := newFixture(t, proof.CPU{Workers: 1}, true)
	relayKey := keys.NewSigner(key(t))
	relay := httptest.NewServer(relayHandler(t, honest.url, relayKey, 0))
	defer relay.Close()
	res, err := honest.client.Check(context.Background(), "ws"+strings.TrimPrefix(relay.URL, "http"), honest.targets(time.Minute, time.Now().Add(time.Minute)))
	wantAll(t, res, err, ErrBadSignature, "commitment signed by")
}

// TestRelayDelayCostsTheSlack relays unchanged frames but adds a delay before the commitment: the
// inspector's pings are answered by the relay at once, so the relay's latency is never forgiven and a
// delay beyond the deadline's slack fails the challenge.
func TestRelayDelayCostsTheSlack(t *testing.T) {
	honest := newFixture(t, proof.CPU{Workers: 1}, true)
	for _, tt := range []struct {
		delay time.Duration
		want  error
	}{{0, nil}, {1500 * time.Millisecond, proof.ErrLate}} {
		relay := httptest.NewServer(relayHandler(t, honest.url, nil, tt.delay))
		res, err := honest.client.Check(context.Background(), "ws"+strings.TrimPrefix(relay.URL, "http"), honest.targets(time.Second, time.Now().Add(time.Minute)))
		relay.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if !errors.Is(r.Err, tt.want) && !(tt.want == nil && r.Err == nil) {
				t.Fatalf("delay %s: %s got %v, want %v", tt.delay, r.Subject, r.Err, tt.want)
			}
			t.Logf("delay %s: %s commit latency %s (rtt %s): %v", tt.delay, r.Subject, r.Stats.Latency, r.RTT, r.Err)
		}
	}
}

// relayHandler answers pings itself, forwards everything else to upstream and back; commitments and
// openings are held for delay and, with resign set, signed again with resign's key.
func relayHandler(t *testing.T, upstream string, resign *keys.Signer, delay time.Duration) *relay {
	return &relay{t: t, upstream: upstream, resign: resign, delay: delay, delayed: map[string]bool{typeCommitment: true, typeOpening: true}}
}

type relay struct {
	t        *testing.T
	upstream string
	resign   *keys.Signer
	delay    time.Duration
	delayed  map[string]bool // the answer frames held for delay
}

func (rl *relay) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	down, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer down.Close()
	conn, _, err := websocket.DefaultDialer.Dial(rl.upstream, nil)
	if err != nil {
		rl.t.Error(err)
		return
	}
	defer conn.Close()
	var wmu sync.Mutex
	go func() {
		for {
			var f frame
			if err := conn.ReadJSON(&f); err != nil {
				return
			}
			if rl.delayed[f.Type] {
				time.Sleep(rl.delay)
			}
			if rl.resign != nil && (f.Type == typeCommitment || f.Type == typeOpening || f.Type == typeChaseCm) {
				var d common.Hash
				switch f.Type {
				case typeCommitment:
					d = CommitmentDigest(proof.Hash(*f.Challenge), proof.Hash(*f.Root), f.Attest)
				case typeChaseCm:
					d = ChaseCommitmentDigest(proof.Hash(*f.Challenge), proof.Hash(*f.Root))
				default:
					d = OpeningDigest(proof.Hash(*f.Challenge), proof.Hash(*f.Root), *f.Body)
				}
				f.Signature, _ = rl.resign.SignDigest(context.Background(), d)
			}
			wmu.Lock()
			down.WriteJSON(f)
			wmu.Unlock()
		}
	}()
	for {
		var f frame
		if err := down.ReadJSON(&f); err != nil {
			return
		}
		if f.Type == typePing {
			wmu.Lock()
			down.WriteJSON(frame{Type: typePong, Seq: f.Seq})
			wmu.Unlock()
			continue
		}
		if err := conn.WriteJSON(f); err != nil {
			return
		}
	}
}

// TestChaseHasItsOwnDeadline relays a capacity challenge and holds only the chase commitment back:
// the sweep's commitment is on time, the chase's is late, and the GPU fails on the chase alone (time
// saved on the sweep does not pay for a slow chase).
func TestChaseHasItsOwnDeadline(t *testing.T) {
	honest := newFixture(t, proof.CPU{Workers: 1}, true)
	rl := relayHandler(t, honest.url, nil, 1500*time.Millisecond)
	rl.delayed = map[string]bool{typeChaseCm: true}
	relay := httptest.NewServer(rl)
	defer relay.Close()
	ts := honest.targetsOf(capacityParams, time.Minute, time.Now().Add(time.Minute))
	for i := range ts {
		ts[i].Deadlines.Chase = time.Second
	}
	res, err := honest.client.Check(context.Background(), "ws"+strings.TrimPrefix(relay.URL, "http"), ts)
	wantAll(t, res, err, proof.ErrLate, "chase commitment")
	for _, r := range res {
		if r.Stats.Latency <= 0 || r.Stats.Latency > time.Minute {
			t.Fatalf("%s: the sweep's commitment was not accepted on time: %+v", r.Subject, r.Stats)
		}
	}
}

// TestChaseFromAnotherKeyRefused sends the server a chase for a committed capacity challenge signed
// by someone other than the challenging inspector: the server refuses it and runs nothing.
func TestChaseFromAnotherKeyRefused(t *testing.T) {
	f := newFixture(t, proof.CPU{Workers: 1}, true)
	conn, _, err := websocket.DefaultDialer.Dial(f.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ts := f.targetsOf(capacityParams, time.Minute, time.Now().Add(time.Minute))[:1]
	raw, err := encodeChallenge(ts[0].Challenge)
	if err != nil {
		t.Fatal(err)
	}
	id := ts[0].Challenge.ID()
	sig, err := f.inspector.SignDigest(context.Background(), ChallengeDigest([]proof.Hash{id}))
	if err != nil {
		t.Fatal(err)
	}
	if err := conn.WriteJSON(frame{Type: typeChallenge, Challenges: []json.RawMessage{raw}, Signature: sig}); err != nil {
		t.Fatal(err)
	}
	var cm frame
	if err := conn.ReadJSON(&cm); err != nil || cm.Type != typeCommitment {
		t.Fatalf("want a commitment, got %+v, %v", cm, err)
	}
	seed := common.Hash{7}
	other := keys.NewSigner(key(t))
	bad, err := other.SignDigest(context.Background(), ChaseDigest(id, proof.Hash(*cm.Root), seed))
	if err != nil {
		t.Fatal(err)
	}
	if err := conn.WriteJSON(frame{Type: typeChase, Challenge: cm.Challenge, Root: cm.Root, Seed: &seed, Signature: bad}); err != nil {
		t.Fatal(err)
	}
	var reply frame
	if err := conn.ReadJSON(&reply); err != nil {
		t.Fatal(err)
	}
	if reply.Type != typeError || !strings.Contains(reply.Message, "unauthorized") {
		t.Fatalf("a chase signed by %s was answered with %+v", other.Address(), reply)
	}
}

// TestUnchasedGPUIsReleased commits a capacity challenge and never sends its chase: after ChaseWait
// the server releases the GPU (a chase sent later is refused), and the next challenge on the same
// GPU runs.
func TestUnchasedGPUIsReleased(t *testing.T) {
	f := &fixture{provider: keys.NewSigner(key(t)), inspector: keys.NewSigner(key(t)),
		machine: common.Hash(sha256.Sum256([]byte("rig-2"))), uuids: []string{"GPU-cccc"}}
	srv, err := NewServer(ServerConfig{Signer: f.provider, Machine: f.machine, ChaseWait: 100 * time.Millisecond,
		GPUs:       []GPU{{UUID: "GPU-cccc", Prover: proof.NewProver(exclusive{proof.CPU{Workers: 1}, make(chan struct{}, 1)}, 1, zerolog.Nop())}},
		Authorizer: inspectors{f.inspector.Address(): true}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	url := "ws" + strings.TrimPrefix(hs.URL, "http")
	conn, _, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ts := f.targetsOf(capacityParams, time.Minute, time.Now().Add(time.Minute))
	raw, _ := encodeChallenge(ts[0].Challenge)
	id := ts[0].Challenge.ID()
	sig, _ := f.inspector.SignDigest(context.Background(), ChallengeDigest([]proof.Hash{id}))
	if err := conn.WriteJSON(frame{Type: typeChallenge, Challenges: []json.RawMessage{raw}, Signature: sig}); err != nil {
		t.Fatal(err)
	}
	var cm frame
	if err := conn.ReadJSON(&cm); err != nil || cm.Type != typeCommitment {
		t.Fatalf("want a commitment, got %+v, %v", cm, err)
	}
	time.Sleep(300 * time.Millisecond)
	seed := common.Hash{9}
	csig, _ := f.inspector.SignDigest(context.Background(), ChaseDigest(id, proof.Hash(*cm.Root), seed))
	if err := conn.WriteJSON(frame{Type: typeChase, Challenge: cm.Challenge, Root: cm.Root, Seed: &seed, Signature: csig}); err != nil {
		t.Fatal(err)
	}
	var reply frame
	if err := conn.ReadJSON(&reply); err != nil || reply.Type != typeError || !strings.Contains(reply.Message, "no chase pending") {
		t.Fatalf("a chase after the wait was answered with %+v, %v", reply, err)
	}
	// The GPU is free: a new challenge on it commits (the exclusive backend would block otherwise).
	f.url = url
	v, _ := proof.NewVerifier(proof.DefaultVerifierConfig(), nil, zerolog.Nop())
	client, _ := NewClient(ClientConfig{Signer: f.inspector, Verifier: v}, zerolog.Nop())
	res, err := client.Check(context.Background(), url, f.targetsOf(capacityParams, 5*time.Second, time.Now().Add(time.Minute)))
	if err != nil || res[0].Err != nil {
		t.Fatalf("the released GPU's next challenge: %v %+v", err, res)
	}
}

// exclusive is a backend that runs one engine at a time, as a GPU does: NewEngine waits for the
// previous engine's Close.
type exclusive struct {
	proof.Backend
	slot chan struct{}
}

func (x exclusive) NewEngine(ctx context.Context, s *proof.Schedule) (proof.Engine, error) {
	select {
	case x.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	e, err := x.Backend.NewEngine(ctx, s)
	if err != nil {
		<-x.slot
		return nil, err
	}
	return releasing{Engine: e, slot: x.slot}, nil
}

type releasing struct {
	proof.Engine
	slot chan struct{}
}

func (r releasing) Close() error {
	err := r.Engine.Close()
	<-r.slot
	return err
}
