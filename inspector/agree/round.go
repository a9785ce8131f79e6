package agree

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
)

const leaderTag = "idlegrid/agree/v1/leader"

// Leaders is the leader order of d's question among signers: ranked by keccak256(kind, subject, signer), the
// same for every window so that a retried question keeps its leaders.
func Leaders(d Decision, signers []common.Address) []common.Address {
	type scored struct {
		s common.Hash
		a common.Address
	}
	s := make([]scored, 0, len(signers))
	for _, a := range signers {
		s = append(s, scored{crypto.Keccak256Hash([]byte(leaderTag), []byte{byte(d.Kind)}, d.Subject[:], a[:]), a})
	}
	slices.SortFunc(s, func(x, y scored) int { return bytes.Compare(x.s[:], y.s[:]) })
	out := make([]common.Address, len(s))
	for i, x := range s {
		out[i] = x.a
	}
	return out
}

// ErrNotDecided means every leader in the ranking had its turn and the question is still open; the caller asks
// again while its evidence stands.
var ErrNotDecided = errors.New("agree: no leader got the decision posted")

// Decide drives d to a posted attestation from this node's side: while the question is open, it nudges the
// leader of the current turn (the first in Leaders, then the next after each RoundTimeout) with its own
// observation, and leads the round itself when its turn comes. It returns submitted true when this node
// posted, false when the chain shows the question decided by anyone.
func (n *Node) Decide(ctx context.Context, d Decision) (submitted bool, err error) {
	if err := d.validate(n.rules); err != nil {
		return false, err
	}
	set, err := n.signerSet(ctx, true)
	if err != nil {
		return false, err
	}
	order := Leaders(d, set.Signers)
	start := n.clock.Now()
	acted := make([]bool, len(order))
	poll := max(n.cfg.RoundTimeout/5, 10*time.Millisecond)
	for {
		if decided, err := n.chain.Decided(ctx, d); err != nil {
			n.log.Warn().Err(err).Stringer("decision", d).Msg("read decision state")
		} else if decided {
			return false, nil
		}
		turn := int(n.clock.Now().Sub(start) / n.cfg.RoundTimeout)
		if turn >= len(order) {
			return false, fmt.Errorf("%w: %s after %d turns", ErrNotDecided, d, len(order))
		}
		if !acted[turn] {
			acted[turn] = true
			if leader := order[turn]; leader == n.me {
				if err := n.lead(ctx, d); err == nil {
					return true, nil
				} else if ctx.Err() != nil {
					return false, ctx.Err()
				} else {
					n.log.Info().Err(err).Stringer("decision", d).Int("turn", turn).Msg("round led by this node did not post")
				}
			} else if obs, err := n.observation(ctx, d); err != nil {
				n.log.Warn().Err(err).Stringer("decision", d).Msg("own observation")
			} else if _, err := n.call(ctx, leader, TypeNudge, obs); err != nil {
				n.log.Info().Err(err).Stringer("decision", d).Str("leader", leader.Hex()).Int("turn", turn).Msg("leader unreachable")
			}
		}
		next := start.Add(time.Duration(turn+1) * n.cfg.RoundTimeout).Sub(n.clock.Now())
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(min(poll, max(next, time.Millisecond))):
		}
	}
}

// nudged records that peer has evidence on d, and leads a round once k nodes may have some.
func (n *Node) nudged(d Decision, peer common.Address) {
	set, err := n.signerSet(n.ctx, false)
	if err != nil {
		return
	}
	now := n.clock.Now()
	key := d.Key()
	n.pendMu.Lock()
	p, ok := n.pending[key]
	if !ok {
		if len(n.pending) >= n.cfg.MaxPending {
			for k, q := range n.pending {
				if !q.running && now.Sub(q.lastSeen) > 10*n.cfg.RoundTimeout {
					delete(n.pending, k)
				}
			}
		}
		if len(n.pending) >= n.cfg.MaxPending {
			n.pendMu.Unlock()
			n.metrics.PeerRejected.WithLabelValues("pending").Inc()
			return
		}
		p = &pending{d: d, nudgers: map[common.Address]bool{}}
		n.pending[key] = p
	}
	p.nudgers[peer] = true
	p.lastSeen = now
	// This node counts as one more possible observer: the round asks everyone anyway.
	if p.running || now.Sub(p.lastRun) < n.cfg.MinRoundGap || len(p.nudgers)+1 < int(set.Threshold) {
		n.pendMu.Unlock()
		return
	}
	p.running = true
	n.pendMu.Unlock()
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		err := n.lead(n.ctx, d)
		n.pendMu.Lock()
		p.running, p.lastRun = false, n.clock.Now()
		if err == nil {
			delete(n.pending, key)
		}
		n.pendMu.Unlock()
		if err != nil && n.ctx.Err() == nil {
			n.log.Info().Err(err).Stringer("decision", d).Msg("nudged round did not post")
		}
	}()
}

// reply is one peer's answer in a round.
type reply struct {
	peer common.Address
	obs  ObservationMsg
	err  error
}

// gather asks every signer (this node included) for its observation on d.
func (n *Node) gather(ctx context.Context, d Decision, set oracle.SignerSet) []reply {
	out := make([]reply, len(set.Signers))
	var wg sync.WaitGroup
	for i, peer := range set.Signers {
		out[i].peer = peer
		if peer == n.me {
			out[i].obs, out[i].err = n.observation(ctx, d)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			env, err := n.call(ctx, peer, TypeObserve, d)
			if err == nil && env.Type != TypeObservation {
				err = fmt.Errorf("%w: %s answered %q to observe", ErrEnvelope, peer, env.Type)
			}
			if err == nil {
				err = decodeStrict(env.Body, &out[i].obs)
			}
			if err == nil && out[i].obs.Decision != d {
				err = fmt.Errorf("%w: %s answered about %s", ErrEnvelope, peer, out[i].obs.Decision)
			}
			out[i].err = err
		}()
	}
	wg.Wait()
	return out
}

// lead runs one leader round for d: gather, choose a value, collect k signatures over it, submit.
func (n *Node) lead(ctx context.Context, d Decision) error {
	err := n.leadOnce(ctx, d, true)
	outcome := "submitted"
	switch {
	case err == nil:
	case errors.Is(err, ErrNoQuorum):
		outcome = "no-quorum"
	case errors.Is(err, errDecided):
		outcome, err = "decided", nil
	default:
		outcome = "error"
	}
	n.metrics.Rounds.WithLabelValues(d.Kind.String(), outcome).Inc()
	if outcome == "decided" {
		return errDecided
	}
	return err
}

var errDecided = errors.New("agree: already decided")

func (n *Node) leadOnce(ctx context.Context, d Decision, mayRetry bool) error {
	if decided, err := n.chain.Decided(ctx, d); err == nil && decided {
		return errDecided
	}
	rule := n.rules[d.Kind]
	set, err := n.signerSet(ctx, true)
	if err != nil {
		return err
	}
	k := int(set.Threshold)
	if rule.Retry() {
		if w, ok, err := n.store.LatestWindow(ctx, d.Kind, d.Subject); err == nil && ok && w > d.Window {
			d.Window = w
		}
	}
	replies := n.gather(ctx, d, set)
	if rule.Retry() {
		// A peer signed in a later window than we asked about: the question moved on; ask there.
		latest := d.Window
		for _, r := range replies {
			if r.err == nil {
				latest = max(latest, r.obs.LatestWindow)
			}
		}
		if latest > d.Window {
			d.Window = latest
			replies = n.gather(ctx, d, set)
		}
	}

	// Answers already signed, verified against the signer's address under the current set.
	type group struct {
		value []byte
		sigs  map[common.Address][]byte
	}
	var groups []*group
	var observations []Observation
	for _, r := range replies {
		if r.err != nil {
			n.log.Info().Err(r.err).Stringer("decision", d).Str("peer", r.peer.Hex()).Msg("no observation from peer")
			continue
		}
		if r.obs.Has {
			observations = append(observations, Observation{Inspector: r.peer, Has: true, Value: r.obs.Value})
		}
		if r.obs.Prior == nil {
			continue
		}
		_, digest, err := n.attestation(ctx, d, r.obs.Prior.Value, set.Version)
		if err != nil {
			continue
		}
		if signer, err := oracle.RecoverSigner(digest, r.obs.Prior.Signature); err != nil || signer != r.peer {
			continue // signed under an older set, or not what it claims: it will be asked again
		}
		i := slices.IndexFunc(groups, func(g *group) bool { return bytes.Equal(g.value, r.obs.Prior.Value) })
		if i < 0 {
			groups = append(groups, &group{value: r.obs.Prior.Value, sigs: map[common.Address][]byte{}})
			i = len(groups) - 1
		}
		groups[i].sigs[r.peer] = r.obs.Prior.Signature
	}

	var value []byte
	prior := map[common.Address][]byte{}
	if len(groups) > 0 {
		// Signers are bound to what they signed: build on the answer most of them hold.
		slices.SortFunc(groups, func(a, b *group) int {
			if len(a.sigs) != len(b.sigs) {
				return len(b.sigs) - len(a.sigs)
			}
			return bytes.Compare(a.value, b.value)
		})
		value, prior = groups[0].value, groups[0].sigs
	} else {
		if value, err = rule.Combine(d, observations, k); err != nil {
			return fmt.Errorf("%s: %w (%d observations with evidence, k = %d)", d, err, len(observations), k)
		}
	}
	for _, o := range observations {
		if !bytes.Equal(o.Value, value) {
			n.metrics.Disagreements.WithLabelValues(d.Kind.String(), "value").Inc()
		}
	}

	// Ask those who have evidence or signed something; others would refuse.
	var ask []common.Address
	for _, r := range replies {
		if r.err == nil && (r.obs.Has || r.obs.Prior != nil) {
			ask = append(ask, r.peer)
		}
	}
	signed, conflicts, err := n.collect(ctx, d, value, set, prior, ask)
	if err == nil {
		return n.submit(ctx, d, value, set, signed)
	}
	if errors.Is(err, ErrNoQuorum) && (conflicts > 0 || len(groups) > 0) && mayRetry && rule.Retry() {
		// Some signers are bound to an answer that cannot gather k any more: ask the question afresh.
		d.Window++
		n.log.Info().Stringer("decision", d).Msg("signers bound to an answer that cannot reach k: next window")
		return n.leadOnce(ctx, d, false)
	}
	return err
}

// collect gathers k signatures over value's attestation: the prior ones, this node's own, then the peers'.
func (n *Node) collect(ctx context.Context, d Decision, value []byte, set oracle.SignerSet, prior map[common.Address][]byte,
	peers []common.Address) (*oracle.Collector, int, error) {
	att, _, err := n.attestation(ctx, d, value, set.Version)
	if err != nil {
		return nil, 0, err
	}
	coll, err := oracle.NewCollector(n.cfg.Domain, att, set)
	if err != nil {
		return nil, 0, err
	}
	for _, sig := range prior {
		_, _, _ = coll.Add(sig)
	}
	conflicts := 0
	if !slices.Contains(coll.Signers(), n.me) {
		if sig, err := n.Sign(ctx, d, value); err == nil {
			_, _, _ = coll.Add(sig)
		} else {
			if errors.Is(err, ErrConflict) {
				conflicts++
			}
			n.log.Info().Err(err).Stringer("decision", d).Msg("leader does not sign the proposed answer itself")
		}
	}
	if coll.Ready() {
		return coll, conflicts, nil
	}
	var ask []common.Address
	for _, p := range peers {
		if p != n.me && !slices.Contains(coll.Signers(), p) {
			ask = append(ask, p)
		}
	}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type answer struct {
		peer    common.Address
		sig     []byte
		refusal *RefusalMsg
		err     error
	}
	answers := make(chan answer, len(ask))
	for _, peer := range ask {
		go func() {
			sig, refusal, err := n.Ask(rctx, peer, d, value)
			answers <- answer{peer, sig, refusal, err}
		}()
	}
	for range ask {
		a := <-answers
		switch {
		case a.err != nil:
			if rctx.Err() == nil {
				n.log.Info().Err(a.err).Stringer("decision", d).Str("peer", a.peer.Hex()).Msg("no signature from peer")
			}
		case a.refusal != nil:
			if a.refusal.Reason == ReasonConflict {
				conflicts++
			}
			n.metrics.Disagreements.WithLabelValues(d.Kind.String(), a.refusal.Reason).Inc()
			n.log.Warn().Stringer("decision", d).Str("peer", a.peer.Hex()).Str("reason", a.refusal.Reason).
				Str("why", a.refusal.Message).Msg("peer disagrees")
		default:
			if signer, _, err := coll.Add(a.sig); err != nil || signer != a.peer {
				n.metrics.Disagreements.WithLabelValues(d.Kind.String(), "bad-signature").Inc()
				n.log.Warn().Err(err).Str("peer", a.peer.Hex()).Stringer("decision", d).Msg("peer's signature does not verify")
			}
		}
		if coll.Ready() {
			cancel() // enough: the rest need not answer
			break
		}
	}
	if !coll.Ready() {
		return nil, conflicts, fmt.Errorf("%s: %w: %d of %d signatures", d, ErrNoQuorum, coll.Have(), coll.Need())
	}
	return coll, conflicts, nil
}

func (n *Node) submit(ctx context.Context, d Decision, value []byte, set oracle.SignerSet, coll *oracle.Collector) error {
	packed, err := coll.Pack()
	if err != nil {
		return err
	}
	att, _, err := n.attestation(ctx, d, value, set.Version)
	if err != nil {
		return err
	}
	signers := coll.Signers()[:coll.Need()]
	if n.submitter == nil {
		return fmt.Errorf("agree: submit %s: this node has no submitter (its callers post through Attest)", d)
	}
	if err := n.submitter.Submit(ctx, Signed{Decision: d, Value: value, Attestation: att, Packed: packed, Signers: signers}); err != nil {
		return fmt.Errorf("agree: submit %s: %w", d, err)
	}
	n.metrics.Submitted.WithLabelValues(d.Kind.String()).Inc()
	n.log.Info().Stringer("decision", d).Int("signers", len(signers)).Msg("attestation submitted")
	return nil
}

// Attest gathers k signatures over value's attestation for d without posting it: for a caller that proposes
// its own answer and sends the transaction itself (the Solana bridge, whose leader records each send before
// it makes it). This node signs first, subject to its own rule like any signer; then every other signer is
// asked, and each signs only what its own rule endorses. When signers are bound to another answer in d's
// window and the rule allows retries, the question is asked once more in the next window (the rule's
// attestation id is the same, so the chain still takes at most one answer).
func (n *Node) Attest(ctx context.Context, d Decision, value []byte) (Signed, error) {
	if err := d.validate(n.rules); err != nil {
		return Signed{}, err
	}
	rule := n.rules[d.Kind]
	set, err := n.signerSet(ctx, true)
	if err != nil {
		return Signed{}, err
	}
	if rule.Retry() {
		if w, ok, err := n.store.LatestWindow(ctx, d.Kind, d.Subject); err != nil {
			return Signed{}, fmt.Errorf("agree: read signed answers: %w", err)
		} else if ok && w > d.Window {
			d.Window = w
		}
	}
	for attempt := 0; ; attempt++ {
		coll, conflicts, err := n.collect(ctx, d, value, set, nil, set.Signers)
		if err == nil {
			packed, err := coll.Pack()
			if err != nil {
				return Signed{}, err
			}
			att, _, err := n.attestation(ctx, d, value, set.Version)
			if err != nil {
				return Signed{}, err
			}
			n.metrics.Rounds.WithLabelValues(d.Kind.String(), "attested").Inc()
			return Signed{Decision: d, Value: value, Attestation: att, Packed: packed, Signers: coll.Signers()[:coll.Need()]}, nil
		}
		if !errors.Is(err, ErrNoQuorum) || conflicts == 0 || attempt > 0 || !rule.Retry() {
			n.metrics.Rounds.WithLabelValues(d.Kind.String(), "no-quorum").Inc()
			return Signed{}, err
		}
		d.Window++
		n.log.Info().Stringer("decision", d).Msg("signers bound to another answer: next window")
	}
}

// Ask asks peer to sign value's attestation for d (what a leader does in a round). It returns the signature
// or the peer's refusal; err is for a peer that could not be asked or answered out of protocol. The signature
// is not verified here (a Collector does that).
func (n *Node) Ask(ctx context.Context, peer common.Address, d Decision, value []byte) (sig []byte, refusal *RefusalMsg, err error) {
	env, err := n.call(ctx, peer, TypeSign, SignMsg{Decision: d, Value: value})
	if err != nil {
		return nil, nil, err
	}
	switch env.Type {
	case TypeSignature:
		var m SignatureMsg
		if err := decodeStrict(env.Body, &m); err != nil || m.Decision != d {
			return nil, nil, fmt.Errorf("%w: malformed signature answer from %s", ErrEnvelope, peer)
		}
		return m.Signature, nil, nil
	case TypeRefusal:
		var m RefusalMsg
		if err := decodeStrict(env.Body, &m); err != nil || m.Decision != d {
			return nil, nil, fmt.Errorf("%w: malformed refusal from %s", ErrEnvelope, peer)
		}
		return nil, &m, nil
	}
	return nil, nil, fmt.Errorf("%w: %s answered %q to sign", ErrEnvelope, peer, env.Type)
}

// Leads reports whether this node leads d now, for a caller that runs its own rounds (Attest) from the moment
// it saw the question (since): the first in Leaders leads, the next after each RoundTimeout, and around the
// ranking again after the last, so that a question outlives leaders that are down.
func (n *Node) Leads(ctx context.Context, d Decision, since time.Time) (bool, error) {
	set, err := n.signerSet(ctx, false)
	if err != nil {
		return false, err
	}
	order := Leaders(d, set.Signers)
	if len(order) == 0 {
		return false, nil
	}
	turn := max(int(n.clock.Now().Sub(since)/n.cfg.RoundTimeout), 0) % len(order)
	return order[turn] == n.me, nil
}
