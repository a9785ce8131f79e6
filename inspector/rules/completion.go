package rules

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
)

// Completion is the rule of KIND_COMPLETION: "lease L's job left its result at CID C". Value: C's text.
//
// A node observes C when its own result store holds C for L: the provider node's signed statement named C and
// this node fetched the whole DAG at C, every block re-hashed (the wiring does that before it records). A
// leader proposes the CID at least k nodes observed; a node endorses only the CID it recorded itself. The
// attestation goes to the LeaseJournal, where it supersedes the renter's own record.
type Completion struct {
	journal common.Address
	results observe.ResultStore
}

// NewCompletion builds the rule; journal is the LeaseJournal, the attestation's target.
func NewCompletion(journal common.Address, results observe.ResultStore) (*Completion, error) {
	switch {
	case journal == (common.Address{}):
		return nil, errors.New("rules: completion: journal: zero address")
	case results == nil:
		return nil, errors.New("rules: completion: a result store is required")
	}
	return &Completion{journal: journal, results: results}, nil
}

// CompletionDecision is the completion question about lease id (window 0: a lease has one result).
func CompletionDecision(id *big.Int) agree.Decision {
	return agree.Decision{Kind: oracle.KindCompletion, Subject: LeaseSubject(id)}
}

// Kind implements agree.Rule.
func (*Completion) Kind() oracle.Kind { return oracle.KindCompletion }

// Retry implements agree.Rule: a lease's result does not change, so there is no later window to ask.
func (*Completion) Retry() bool { return false }

func (c *Completion) own(ctx context.Context, d agree.Decision) (observe.VerifiedResult, bool, error) {
	id := d.Subject.Big()
	if !id.IsUint64() || id.Sign() == 0 {
		return observe.VerifiedResult{}, false, nil
	}
	return c.results.Result(ctx, id.Uint64())
}

// Observe implements agree.Rule.
func (c *Completion) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	r, ok, err := c.own(ctx, d)
	if err != nil || !ok {
		return nil, false, err
	}
	return []byte(r.CID), true, nil
}

// Combine implements agree.Rule.
func (*Completion) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return plurality(obs, k)
}

// Endorse implements agree.Rule.
func (c *Completion) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	if len(value) == 0 || len(value) > observe.MaxResultCID {
		return fmt.Errorf("%w: result CID: %d bytes, want 1..%d", agree.ErrInvalidValue, len(value), observe.MaxResultCID)
	}
	r, ok, err := c.own(ctx, d)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: this node verified no result of lease %s", notObserved, d.Subject.Big())
	}
	if r.CID != string(value) {
		return fmt.Errorf("%w: this node verified %s as lease %s's result, not %q", notObserved, r.CID, d.Subject.Big(), value)
	}
	return nil
}

// Attestation implements agree.Rule.
func (c *Completion) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	if len(value) == 0 || len(value) > observe.MaxResultCID {
		return common.Address{}, nil, fmt.Errorf("%w: result CID: %d bytes, want 1..%d", agree.ErrInvalidValue, len(value), observe.MaxResultCID)
	}
	return c.journal, oracle.Completion{LeaseID: d.Subject.Big(), ResultCID: string(value)}, nil
}
