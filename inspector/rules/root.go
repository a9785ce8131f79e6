package rules

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
)

var notObserved = observe.ErrNotObserved

// Roots computes an epoch's reward root from chain state alone (inspector/rewards builds it; the wiring feeds
// it chain-derived inputs). Total is what the Rewards contract takes with the root (cumulative under protocol
// v2). Root runs when a peer asks for this node's observation, so it must refuse at once the epochs it will not
// compute (not ended, already posted, older than the next one to post): an authenticated peer must not be able
// to make the node build trees for arbitrary epochs.
type Roots interface {
	Root(ctx context.Context, epoch uint64) (root common.Hash, total *big.Int, err error)
}

// Root is the rule of KIND_REWARD_ROOT. Value: root (32 bytes) ‖ total (32 bytes), for window = epoch. Every
// node computes it itself; a leader proposes the value at least k observed identically; a node endorses only
// exactly its own result.
type Root struct {
	target common.Address
	roots  Roots

	mu    sync.Mutex
	cache map[uint64][]byte
}

// NewRoot builds the rule for the Rewards contract at target.
func NewRoot(target common.Address, roots Roots) (*Root, error) {
	if target == (common.Address{}) || roots == nil {
		return nil, errors.New("rules: root: a target and a root source are required")
	}
	return &Root{target: target, roots: roots, cache: map[uint64][]byte{}}, nil
}

// RootDecision is the question of epoch's root.
func RootDecision(epoch uint64) agree.Decision {
	return agree.Decision{Kind: oracle.KindRewardRoot, Subject: RootSubject, Window: epoch}
}

// Kind implements agree.Rule.
func (*Root) Kind() oracle.Kind { return oracle.KindRewardRoot }

// Retry implements agree.Rule: an epoch has one right answer.
func (*Root) Retry() bool { return false }

func (r *Root) own(ctx context.Context, epoch uint64) ([]byte, error) {
	r.mu.Lock()
	if v, ok := r.cache[epoch]; ok {
		r.mu.Unlock()
		return v, nil
	}
	r.mu.Unlock()
	root, total, err := r.roots.Root(ctx, epoch)
	if err != nil {
		return nil, fmt.Errorf("rules: root of epoch %d: %w", epoch, err)
	}
	if root == (common.Hash{}) || total == nil || total.Sign() < 0 || total.BitLen() > 256 {
		return nil, fmt.Errorf("rules: root of epoch %d: root %s total %v is not postable", epoch, root, total)
	}
	v := make([]byte, 64)
	copy(v, root[:])
	total.FillBytes(v[32:])
	r.mu.Lock()
	if len(r.cache) >= 8 {
		clear(r.cache)
	}
	r.cache[epoch] = v
	r.mu.Unlock()
	return v, nil
}

// Observe implements agree.Rule.
func (r *Root) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	v, err := r.own(ctx, d.Window)
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// Combine implements agree.Rule.
func (*Root) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return plurality(obs, k)
}

// Endorse implements agree.Rule.
func (r *Root) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	if len(value) != 64 {
		return fmt.Errorf("%w: root value: %d bytes, want 64", agree.ErrInvalidValue, len(value))
	}
	own, err := r.own(ctx, d.Window)
	if err != nil {
		return err
	}
	if !bytes.Equal(own, value) {
		return fmt.Errorf("%w: epoch %d: proposed root %x total %s, computed %x total %s", notObserved, d.Window,
			value[:32], new(big.Int).SetBytes(value[32:]), own[:32], new(big.Int).SetBytes(own[32:]))
	}
	return nil
}

// Attestation implements agree.Rule.
func (r *Root) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	if len(value) != 64 {
		return common.Address{}, nil, fmt.Errorf("%w: root value: %d bytes, want 64", agree.ErrInvalidValue, len(value))
	}
	return r.target, oracle.RewardRoot{Epoch: d.Window, Root: common.BytesToHash(value[:32]), CumulativeTotal: new(big.Int).SetBytes(value[32:])}, nil
}
