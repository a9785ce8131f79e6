package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
)

// RewardEventKind names an event a reward tree is computed from.
type RewardEventKind string

// The quorum's and the Rewards contract's events an inspector's reward tree depends on.
const (
	SignerSetAppliedEvent    RewardEventKind = "signer-set-applied"
	AttestationConsumedEvent RewardEventKind = "attestation-consumed"
	RootPostedEvent          RewardEventKind = "root-posted"
	RewardsFundedEvent       RewardEventKind = "funded"
)

// RewardEvent is one of those events, decoded. Fields a kind does not carry are zero.
type RewardEvent struct {
	Kind RewardEventKind
	// Version and Signers: an applied signer set (signer-set-applied); Version is also the set an attestation
	// was verified against (attestation-consumed).
	Version uint64
	Signers []common.Address
	// ID is the consumed attestation's id and SignerBitmap its counted signers (bit i: the set's i-th signer).
	ID           common.Hash
	SignerBitmap uint32
	// Epoch, Root and Cumulative: a posted root (root-posted).
	Epoch      uint64
	Root       common.Hash
	Cumulative *big.Int
	// Funded is the reserve's lifetime funding after a Funded event.
	Funded *big.Int
}

// ErrNotRewardEvent is what DecodeRewardEvent returns for a log that is none of the reward events.
var ErrNotRewardEvent = errors.New("not a reward event")

var (
	quorumABI  = quorum.NewAttestationQuorum()
	rewardsABI = rewards.NewRewards()
)

// DecodeRewardEvent decodes a SignerSetApplied or AttestationConsumed log of the quorum, or a RootPosted or
// Funded log of the Rewards contract (the caller checks the log comes from the deployment's contracts).
func DecodeRewardEvent(l types.Log) (RewardEvent, error) {
	if len(l.Topics) == 0 {
		return RewardEvent{}, ErrNotRewardEvent
	}
	qe, re := quorumABI.GetABI().Events, rewardsABI.GetABI().Events
	switch l.Topics[0] {
	case qe["SignerSetApplied"].ID:
		ev, err := quorumABI.UnpackSignerSetAppliedEvent(&l)
		if err != nil {
			return RewardEvent{}, fmt.Errorf("decode SignerSetApplied: %w", err)
		}
		return RewardEvent{Kind: SignerSetAppliedEvent, Version: ev.Version, Signers: ev.Signers}, nil
	case qe["AttestationConsumed"].ID:
		ev, err := quorumABI.UnpackAttestationConsumedEvent(&l)
		if err != nil {
			return RewardEvent{}, fmt.Errorf("decode AttestationConsumed: %w", err)
		}
		return RewardEvent{Kind: AttestationConsumedEvent, ID: ev.Id, Version: ev.SignerSetVersion, SignerBitmap: ev.Signers}, nil
	case re["RootPosted"].ID:
		ev, err := rewardsABI.UnpackRootPostedEvent(&l)
		if err != nil {
			return RewardEvent{}, fmt.Errorf("decode RootPosted: %w", err)
		}
		return RewardEvent{Kind: RootPostedEvent, Epoch: ev.Epoch, Root: ev.Root, Cumulative: ev.CumulativeTotal}, nil
	case re["Funded"].ID:
		ev, err := rewardsABI.UnpackFundedEvent(&l)
		if err != nil {
			return RewardEvent{}, fmt.Errorf("decode Funded: %w", err)
		}
		return RewardEvent{Kind: RewardsFundedEvent, Funded: ev.Funded}, nil
	}
	return RewardEvent{}, ErrNotRewardEvent
}

// RewardSchedule reads the Rewards contract at target: its first epoch's start, the epoch length and each
// epoch's emission.
type RewardSchedule struct {
	Chain  ethereum.ContractCaller
	Target common.Address
}

func (r RewardSchedule) call(ctx context.Context, data []byte) ([]byte, error) {
	return r.Chain.CallContract(ctx, ethereum.CallMsg{To: &r.Target, Data: data}, nil)
}

// Timing is the schedule's genesis (the first epoch's start, unix seconds) and its epoch length in seconds.
func (r RewardSchedule) Timing(ctx context.Context) (genesis, length uint64, err error) {
	out, err := r.call(ctx, rewardsABI.PackGenesis())
	if err != nil {
		return 0, 0, fmt.Errorf("rewards genesis: %w", err)
	}
	if genesis, err = rewardsABI.UnpackGenesis(out); err != nil {
		return 0, 0, fmt.Errorf("rewards genesis: %w", err)
	}
	if out, err = r.call(ctx, rewardsABI.PackEpochLength()); err != nil {
		return 0, 0, fmt.Errorf("rewards epoch length: %w", err)
	}
	if length, err = rewardsABI.UnpackEpochLength(out); err != nil {
		return 0, 0, fmt.Errorf("rewards epoch length: %w", err)
	}
	return genesis, length, nil
}

// Emission is epoch's emission (GRID wei).
func (r RewardSchedule) Emission(ctx context.Context, epoch uint64) (*big.Int, error) {
	out, err := r.call(ctx, rewardsABI.PackEmission(epoch))
	if err != nil {
		return nil, fmt.Errorf("rewards emission of epoch %d: %w", epoch, err)
	}
	e, err := rewardsABI.UnpackEmission(out)
	if err != nil {
		return nil, fmt.Errorf("rewards emission of epoch %d: %w", epoch, err)
	}
	return e, nil
}
