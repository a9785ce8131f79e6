package protocol

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// Unbond is a pending unbond entry: Amount leaves the pool at WithdrawableAt (unix seconds).
type Unbond struct {
	Amount         *big.Int
	WithdrawableAt uint64
}

// StakeInfo is one account's stake in one pool.
type StakeInfo struct {
	Account common.Address
	Role    oracle.Role
	// Active counts toward listings and inspector status; Locked is the part machine listings hold; Free is
	// Active minus Locked (what can be unbonded or locked by a new listing).
	Active, Locked, Free *big.Int
	// Unbonding is the sum of Unbonds; Withdrawable the part of it that has matured.
	Unbonding, Withdrawable *big.Int
	Unbonds                 []Unbond
	// ActiveInspector: the inspector pool holds at least the inspector minimum (inspector role only).
	ActiveInspector bool
}

// StakingParams are Staking's governed parameters.
type StakingParams struct {
	UnbondingPeriod   time.Duration
	InspectorMinStake *big.Int
}

// Staking stakes and unbonds GRID in the provider and inspector pools.
type Staking struct{ c *Conn }

// NewStaking gives staking operations over c.
func NewStaking(c *Conn) *Staking { return &Staking{c: c} }

func (s *Staking) addr() common.Address { return s.c.d.Contracts.Staking }

// Stake moves amt GRID from the account into its role pool, approving Staking first if needed.
func (s *Staking) Stake(ctx context.Context, role oracle.Role, amt *big.Int) ([]Tx, error) {
	acc, err := s.c.Account()
	if err != nil {
		return nil, err
	}
	return s.StakeFor(ctx, acc, role, amt)
}

// StakeFor stakes amt GRID from the account into account's role pool (devnet funds its inspectors this way).
func (s *Staking) StakeFor(ctx context.Context, account common.Address, role oracle.Role, amt *big.Int) ([]Tx, error) {
	txs, err := s.c.ensureAllowance(ctx, s.c.d.Contracts.GridToken, s.addr(), "Staking", amt)
	if err != nil {
		return txs, err
	}
	stk := staking.NewStaking()
	data := stk.PackStakeFor(account, uint8(role), amt)
	if me, _ := s.c.Account(); me == account {
		data = stk.PackStake(uint8(role), amt)
	}
	tx, _, err := s.c.send(ctx, "stake "+role.String(), s.addr(), data)
	if err != nil {
		return txs, err
	}
	return append(txs, tx), nil
}

// Unbond starts unbonding amt of the account's free stake; it returns when the amount can be withdrawn.
func (s *Staking) Unbond(ctx context.Context, role oracle.Role, amt *big.Int) (Tx, uint64, error) {
	stk := staking.NewStaking()
	tx, r, err := s.c.send(ctx, "unbond "+role.String(), s.addr(), stk.PackUnbond(uint8(role), amt))
	if err != nil {
		return Tx{}, 0, err
	}
	ev, ok := event(r, s.addr(), stk.UnpackUnbondStartedEvent)
	if !ok {
		return tx, 0, fmt.Errorf("unbond: no UnbondStarted event in %s", tx.Hash)
	}
	return tx, ev.WithdrawableAt, nil
}

// CancelUnbond returns pending unbond entry index to the active stake.
func (s *Staking) CancelUnbond(ctx context.Context, role oracle.Role, index uint64) (Tx, error) {
	stk := staking.NewStaking()
	tx, _, err := s.c.send(ctx, "cancel unbond", s.addr(), stk.PackCancelUnbond(uint8(role), new(big.Int).SetUint64(index)))
	return tx, err
}

// Withdraw pays out every matured unbond entry and returns the amount.
func (s *Staking) Withdraw(ctx context.Context, role oracle.Role) (Tx, *big.Int, error) {
	stk := staking.NewStaking()
	tx, r, err := s.c.send(ctx, "withdraw "+role.String()+" stake", s.addr(), stk.PackWithdraw(uint8(role)))
	if err != nil {
		return Tx{}, nil, err
	}
	ev, ok := event(r, s.addr(), stk.UnpackWithdrawnEvent)
	if !ok {
		return tx, nil, fmt.Errorf("withdraw: no Withdrawn event in %s", tx.Hash)
	}
	return tx, ev.Amount, nil
}

// Info is account's stake in role's pool.
func (s *Staking) Info(ctx context.Context, account common.Address, role oracle.Role) (StakeInfo, error) {
	stk := staking.NewStaking()
	raw, err := call(ctx, s.c, s.addr(), stk.PackStakeInfo(account, uint8(role)), stk.UnpackStakeInfo)
	if err != nil {
		return StakeInfo{}, fmt.Errorf("stake of %s: %w", account, err)
	}
	free, err := call(ctx, s.c, s.addr(), stk.PackFreeStake(account, uint8(role)), stk.UnpackFreeStake)
	if err != nil {
		return StakeInfo{}, fmt.Errorf("free stake of %s: %w", account, err)
	}
	withdrawable, err := call(ctx, s.c, s.addr(), stk.PackWithdrawable(account, uint8(role)), stk.UnpackWithdrawable)
	if err != nil {
		return StakeInfo{}, fmt.Errorf("withdrawable stake of %s: %w", account, err)
	}
	info := StakeInfo{Account: account, Role: role, Active: raw.Active, Locked: raw.Locked, Free: free,
		Unbonding: raw.Unbonding, Withdrawable: withdrawable}
	for _, u := range raw.Unbonds {
		info.Unbonds = append(info.Unbonds, Unbond{Amount: u.Amount, WithdrawableAt: u.WithdrawableAt})
	}
	if role == oracle.RoleInspector {
		if info.ActiveInspector, err = call(ctx, s.c, s.addr(), stk.PackIsActiveInspector(account), stk.UnpackIsActiveInspector); err != nil {
			return StakeInfo{}, err
		}
	}
	return info, nil
}

// Params reads the unbonding period and the inspector minimum.
func (s *Staking) Params(ctx context.Context) (StakingParams, error) {
	stk := staking.NewStaking()
	period, err := call(ctx, s.c, s.addr(), stk.PackUnbondingPeriod(), stk.UnpackUnbondingPeriod)
	if err != nil {
		return StakingParams{}, err
	}
	min, err := call(ctx, s.c, s.addr(), stk.PackInspectorMinStake(), stk.UnpackInspectorMinStake)
	if err != nil {
		return StakingParams{}, err
	}
	return StakingParams{UnbondingPeriod: time.Duration(period) * time.Second, InspectorMinStake: min}, nil
}

// MinStakePerGPU is the GRID locked per listed GPU of class (zero: not a class providers can list).
func (s *Staking) MinStakePerGPU(ctx context.Context, class string) (*big.Int, error) {
	id, err := gpuclass.ID(class)
	if err != nil {
		return nil, err
	}
	stk := staking.NewStaking()
	return call(ctx, s.c, s.addr(), stk.PackMinStakePerGpu(id), stk.UnpackMinStakePerGpu)
}

// SlashResult is what a slash took: Slashed of Requested (capped by the kind's share of the stake), split into
// Burned, ToRenter and ToReporters.
type SlashResult struct {
	Tx                                                Tx
	Requested, Slashed, Burned, ToRenter, ToReporters *big.Int
}

// Slash submits a quorum-attested slash order (kind Slash, target Staking; the evidence id is the attestation
// id). Anyone may submit it. The order's reporters must be strictly ascending; Staking caps the amount at the
// offence's share of the offender's stake.
func (s *Staking) Slash(ctx context.Context, order oracle.Slash, evidenceID common.Hash, signatures []byte) (SlashResult, error) {
	if err := order.Validate(); err != nil {
		return SlashResult{}, fmt.Errorf("slash: %w", err)
	}
	stk := staking.NewStaking()
	o := staking.IStakingSlashOrder{Offender: order.Offender, Role: uint8(order.Role), Kind: uint8(order.Offence), Amount: order.Amount,
		Renter: order.Renter, RenterBps: order.RenterBps, Reporters: order.Reporters}
	if o.Reporters == nil {
		o.Reporters = []common.Address{}
	}
	tx, r, err := s.c.send(ctx, "slash "+order.Offender.Hex(), s.addr(), stk.PackSlash(o, evidenceID, signatures))
	if err != nil {
		return SlashResult{}, err
	}
	ev, ok := event(r, s.addr(), stk.UnpackSlashedEvent)
	if !ok {
		return SlashResult{Tx: tx}, fmt.Errorf("slash: no Slashed event in %s", tx.Hash)
	}
	return SlashResult{Tx: tx, Requested: ev.Requested, Slashed: ev.Slashed, Burned: ev.Burned, ToRenter: ev.ToRenter, ToReporters: ev.ToReporters}, nil
}

// SlashCap is the largest share (basis points of active + unbonding stake) one slash of kind may take.
func (s *Staking) SlashCap(ctx context.Context, kind oracle.SlashKind) (uint16, error) {
	stk := staking.NewStaking()
	return call(ctx, s.c, s.addr(), stk.PackSlashCapBps(big.NewInt(int64(kind))), stk.UnpackSlashCapBps)
}

// SlashEvent is one Slashed event: the offence, what was asked and what was taken (capped by the offence's
// share of the stake), the attestation that ordered it, and the block it landed in.
type SlashEvent struct {
	Offender                                          common.Address
	Role                                              oracle.Role
	Offence                                           oracle.SlashKind
	EvidenceID                                        common.Hash
	Requested, Slashed, Burned, ToRenter, ToReporters *big.Int
	Block                                             uint64
}

// Slashes reads the Slashed events of offender since the deployment, oldest first.
func (s *Staking) Slashes(ctx context.Context, offender common.Address) ([]SlashEvent, error) {
	stk := staking.NewStaking()
	logs, err := s.c.chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(s.c.d.Block), Addresses: []common.Address{s.addr()},
		Topics: [][]common.Hash{{stk.GetABI().Events["Slashed"].ID}, {topic(offender)}}})
	if err != nil {
		return nil, fmt.Errorf("slashes of %s: %w", offender, err)
	}
	var out []SlashEvent
	for i := range logs {
		ev, err := stk.UnpackSlashedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("slashes of %s: %w", offender, err)
		}
		out = append(out, SlashEvent{Offender: ev.Offender, Role: oracle.Role(ev.Role), Offence: oracle.SlashKind(ev.Kind), EvidenceID: ev.EvidenceId,
			Requested: ev.Requested, Slashed: ev.Slashed, Burned: ev.Burned, ToRenter: ev.ToRenter, ToReporters: ev.ToReporters, Block: logs[i].BlockNumber})
	}
	return out, nil
}
