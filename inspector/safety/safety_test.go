package safety_test

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/rules"
)

// TestHonestProviderUnderJitterNeverBreached: three honest providers behind a network that drops 20% of
// requests and delays 30% by 300 ms. Over the run no honest inspector ever holds a negative observation, and no
// breach is posted.
func TestHonestProviderUnderJitterNeverBreached(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 5-inspector network for 25 s; skipped in -short")
	}
	t.Parallel()
	w := newWorld(t, 3, 0.2, 0.3, 0)
	end := time.Now().Add(25 * time.Second)
	negative := 0
	for time.Now().Before(end) {
		for _, in := range w.inspectors {
			for _, p := range w.providers {
				if _, down, err := in.log.Down(context.Background(), p.machine, time.Now()); err != nil {
					t.Fatal(err)
				} else if down {
					negative++
					t.Errorf("%s holds a negative observation of an honest provider", in.addr)
				}
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if b := w.chain.Breaches(); len(b) != 0 {
		t.Fatalf("honest providers breached: %+v", b)
	}
	var dropped, spiked, checks int64
	for _, in := range w.inspectors {
		dropped += in.net.dropped.Load()
		spiked += in.net.spiked.Load()
		for _, p := range w.providers {
			runs, _ := in.db.Runs(context.Background(), p.machine, 1, time.Time{}, 0)
			for _, r := range runs {
				checks += int64(r.Checks)
			}
		}
	}
	t.Logf("%d checks, %d requests dropped, %d delayed 300 ms, %d negative observations", checks, dropped, spiked, negative)
	if dropped == 0 || spiked == 0 || checks < 100 {
		t.Fatalf("the run did not exercise jitter: %d checks, %d drops, %d spikes", checks, dropped, spiked)
	}
}

// TestStoppedProviderBreachedFromFirstFailure: a provider node stops; a breach is posted with downSince the
// first failed check after the last good one — the k-th earliest such time among the observers, each signer's
// own first failure at or before it — and the healthy provider beside it is left alone.
func TestStoppedProviderBreachedFromFirstFailure(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 5-inspector network for up to 30 s; skipped in -short")
	}
	t.Parallel()
	w := newWorld(t, 2, 0.05, 0.1, 0)
	time.Sleep(5 * time.Second) // every observer has good checks
	victim := w.providers[0]
	victim.stop()
	stoppedAt := time.UnixMilli(victim.stopped.Load())
	b := w.waitBreach(1, 30*time.Second)
	if len(b.signers) != k {
		t.Fatalf("breach with %d signers", len(b.signers))
	}
	var firsts []uint64
	for _, in := range w.observers(victim) {
		first, ok := firstFailure(t, in, victim.machine)
		if !ok {
			continue
		}
		firsts = append(firsts, ceilSec(first))
		if slices.Contains(b.signers, in.addr) && ceilSec(first) > b.downSince {
			t.Fatalf("signer %s first failed at %d, after the posted downSince %d", in.addr, ceilSec(first), b.downSince)
		}
	}
	slices.Sort(firsts)
	if len(firsts) < k || !slices.Contains(firsts, b.downSince) {
		t.Fatalf("downSince %d is not an observer's first failure %v", b.downSince, firsts)
	}
	// Every first failure is after the last good check, so no earlier than the moment of the stop less one check.
	lo := uint64(stoppedAt.Add(-4 * attemptTimeout).Unix())
	hi := ceilSec(stoppedAt.Add(2*livenessEvery + time.Second))
	if b.downSince < lo || b.downSince > hi {
		t.Fatalf("downSince %d outside [%d, %d] around the stop at %s", b.downSince, lo, hi, stoppedAt)
	}
	t.Logf("stopped at %.3f; observers' first failures %v; posted downSince %d, window %d, signers %d", float64(stoppedAt.UnixMilli())/1000, firsts, b.downSince, b.window, len(b.signers))
	time.Sleep(2 * time.Second)
	for _, x := range w.chain.Breaches() {
		if x.lease == 2 {
			t.Fatal("the healthy provider was breached")
		}
	}
}

// TestColludersCannotBreach: two of five inspectors lie — they report every lease down and sign anything — and
// drive breaches of an honest provider for 12 s. k = 3 is never reached; the honest nodes' refusals are counted.
func TestColludersCannotBreach(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 5-inspector network for 12 s; skipped in -short")
	}
	t.Parallel()
	w := newWorld(t, 1, 0, 0, 2)
	// Besides leading rounds (which stop at two observations), the colluders ask the honest nodes directly to
	// sign breaches at any time they like.
	d := rules.BreachDecision(big.NewInt(1))
	end := time.Now().Add(12 * time.Second)
	for time.Now().Before(end) {
		for _, liar := range w.inspectors[:2] {
			for _, honest := range w.inspectors[2:] {
				for _, ago := range []time.Duration{time.Second, time.Minute} {
					v := new(big.Int).SetUint64(uint64(time.Now().Add(-ago).Unix())).FillBytes(make([]byte, 8))
					sig, ref, err := liar.node.Ask(context.Background(), honest.addr, d, v)
					if err == nil && ref == nil {
						t.Fatalf("honest %s signed a breach it never observed: %x", honest.addr, sig)
					}
				}
			}
		}
		time.Sleep(time.Second)
	}
	if b := w.chain.Breaches(); len(b) != 0 {
		t.Fatalf("colluders breached an honest provider: %+v", b)
	}
	var tried, refused float64
	for _, in := range w.inspectors {
		if in.lying {
			tried += testutil.ToFloat64(in.metrics.Rounds.WithLabelValues("breach", "no-quorum"))
			tried += testutil.ToFloat64(in.metrics.Disagreements.WithLabelValues("breach", agree.ReasonNotObserved))
		} else {
			refused += testutil.ToFloat64(in.metrics.Refusals.WithLabelValues("breach", agree.ReasonNotObserved))
		}
	}
	t.Logf("colluders' failed rounds and refusals met: %.0f; honest refusals: %.0f", tried, refused)
	if tried == 0 || refused == 0 {
		t.Fatalf("the colluders never tried (%v) or nobody refused (%v)", tried, refused)
	}
}

// TestLeaderKilledMidRoundOthersPost: the decision's first leader is killed after it gathered k signatures and
// before it submitted; the next leader builds on the same answer and posts it; no node ever recorded a
// different answer for the decision, the killed one included (its database is read after the kill).
func TestLeaderKilledMidRoundOthersPost(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 5-inspector network for up to 45 s; skipped in -short")
	}
	t.Parallel()
	w := newWorld(t, 1, 0, 0, 0)
	d := rules.BreachDecision(big.NewInt(1))
	leader := w.inspector(agree.Leaders(d, w.chain.set.Signers)[0])
	reached := make(chan struct{}, 1)
	leader.sub.hook = func(ctx context.Context) error {
		select {
		case reached <- struct{}{}:
		default:
		}
		<-ctx.Done() // the leader hangs at the submission until it is killed
		return ctx.Err()
	}
	time.Sleep(4 * time.Second)
	w.providers[0].stop()
	select {
	case <-reached:
	case <-time.After(30 * time.Second):
		t.Fatal("the first leader never reached its submission")
	}
	w.kill(leader)
	killedAt := time.Now()
	b := w.waitBreach(1, 30*time.Second)
	if slices.Contains(b.signers, leader.addr) {
		t.Logf("the killed leader's own signature, released before the kill, was reused")
	}
	t.Logf("posted %s after the leader was killed, window %d, downSince %d", time.Since(killedAt).Round(time.Millisecond), b.window, b.downSince)
	for _, in := range w.inspectors {
		db := in.db
		if in == leader {
			continue // closed; checked below from its file
		}
		rec, ok, err := db.Signed(context.Background(), agree.Decision{Kind: d.Kind, Subject: d.Subject, Window: b.window})
		if err != nil {
			t.Fatal(err)
		}
		if ok && !bytes.Equal(rec.Value, new(big.Int).SetUint64(b.downSince).FillBytes(make([]byte, 8))) {
			t.Fatalf("%s recorded %x for the decision, posted %d", in.addr, rec.Value, b.downSince)
		}
	}
}
