// Package deploy deploys and wires the whole idlegrid suite from the Go bindings' bytecode, on any chain, and
// returns the deployment record oracle/deployment saves. It mirrors contracts/script/Deploy.s.sol: the same
// contracts, constructor arguments, wiring order and defaults, so a suite deployed from Go and one deployed with
// forge behave alike.
//
// It only sends transactions through a Sender (oracle/chain's Submitter) and reads one header; it never
// stores keys, writes files or decides where the record goes.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/mockusd"
	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// Bounds the contracts enforce, checked here first so a bad parameter fails before any gas is spent.
const (
	MinUnbondingPeriod = 24 * time.Hour      // Staking.MIN_UNBONDING_PERIOD
	MaxUnbondingPeriod = 90 * 24 * time.Hour // Staking.MAX_UNBONDING_PERIOD
	MaxFeeBps          = 1_000               // LeaseEscrow.MAX_FEE_BPS
)

// MaxRewardsSupply is Rewards.MAX_SUPPLY_LIMIT (2^96 - 1).
var MaxRewardsSupply = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// ErrInvalidParams is wrapped by every Params.Validate error.
var ErrInvalidParams = errors.New("invalid deployment parameters")

// ClassStake is the GRID a provider locks per listed GPU of Class.
type ClassStake struct {
	Class  string
	PerGPU *big.Int
}

// Params are the deployment's parameters; the names follow Deploy.s.sol's environment variables.
type Params struct {
	// Chain names the deployment file (deployments/<Chain>.json): "devnet", "anvil", "arbitrum-sepolia".
	Chain string
	// Governance owns every contract after deployment (Staking through Ownable2Step: it must accept). Zero: the
	// deployer.
	Governance common.Address
	// Treasury receives the GRID supply and the protocol fees. Zero: the deployer.
	Treasury common.Address
	// USDToken is the stablecoin. Zero deploys MockUSD, which anyone can mint: dev chains only (deployment.DevChainIDs),
	// unless AllowMockUSD.
	USDToken     common.Address
	AllowMockUSD bool

	GridSupply        *big.Int
	UnbondingPeriod   time.Duration
	InspectorMinStake *big.Int
	SignerSetDelay    time.Duration
	PriceMaxAge       time.Duration
	USDFeeBps         uint16
	GridFeeBps        uint16

	// Rewards: epoch 0 starts at RewardsGenesis (zero: the latest block's time).
	RewardsGenesis  time.Time
	EpochLength     time.Duration
	InitialEmission *big.Int
	HalvingEpochs   uint64
	RewardsCap      *big.Int
	// RewardsFunding is moved from the treasury into the reward reserve when the treasury is the deployer
	// (nil: RewardsCap; zero: none).
	RewardsFunding *big.Int

	// MinStakePerGPU sets Staking.minStakePerGpu for each GPU class, in this order.
	MinStakePerGPU []ClassStake
}

func grid(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// DefaultClassStakes are Deploy.s.sol's per-GPU stakes: consumer cards 200 GRID, A100 600-800, H100/H200
// 1,500, simulated GPUs (devnet) 100.
func DefaultClassStakes() []ClassStake {
	return []ClassStake{
		{gpuclass.RTX3090, grid(200)}, {gpuclass.RTX4090, grid(200)}, {gpuclass.A100_40, grid(600)}, {gpuclass.A100_80, grid(800)},
		{gpuclass.H100, grid(1_500)}, {gpuclass.H200, grid(1_500)}, {gpuclass.SIM, grid(100)},
	}
}

// DefaultParams are Deploy.s.sol's defaults, for a public network (set USDToken, Chain, Governance).
func DefaultParams() Params {
	return Params{
		GridSupply:        grid(1_000_000_000),
		UnbondingPeriod:   7 * 24 * time.Hour,
		InspectorMinStake: grid(10_000),
		SignerSetDelay:    2 * 24 * time.Hour,
		PriceMaxAge:       time.Hour,
		USDFeeBps:         500,
		GridFeeBps:        250,
		EpochLength:       24 * time.Hour,
		InitialEmission:   grid(1_000_000),
		HalvingEpochs:     365,
		RewardsCap:        grid(300_000_000),
		MinStakePerGPU:    DefaultClassStakes(),
	}
}

// DevnetParams are the defaults with the waiting taken out where the contracts allow it: a new inspector set
// applies at once, unbonding takes Staking's minimum (a day; devnet tests move time forward), and reward epochs
// last an hour. MockUSD stands in for the stablecoin.
func DevnetParams() Params {
	p := DefaultParams()
	p.Chain = "devnet"
	p.UnbondingPeriod = MinUnbondingPeriod
	p.SignerSetDelay = 0
	p.EpochLength = time.Hour
	return p
}

var chainName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// Validate reports the first parameter the contracts would refuse, or that makes no sense, with its name.
func (p Params) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidParams, fmt.Sprintf(format, args...))
	}
	positive := func(v *big.Int) bool { return v != nil && v.Sign() > 0 }
	whole := func(d time.Duration) bool { return d%time.Second == 0 }
	switch {
	case !chainName.MatchString(p.Chain):
		return bad("chain name %q: use lower-case letters, digits and dashes (e.g. anvil, arbitrum-sepolia)", p.Chain)
	case !positive(p.GridSupply):
		return bad("GRID supply must be positive")
	case p.UnbondingPeriod < MinUnbondingPeriod || p.UnbondingPeriod > MaxUnbondingPeriod || !whole(p.UnbondingPeriod):
		return bad("unbonding period %s: must be whole seconds within [%s, %s] (Staking's bounds)", p.UnbondingPeriod, MinUnbondingPeriod, MaxUnbondingPeriod)
	case !positive(p.InspectorMinStake):
		return bad("inspector minimum stake must be positive")
	case p.SignerSetDelay < 0 || !whole(p.SignerSetDelay):
		return bad("signer set delay %s: must be whole seconds, not negative", p.SignerSetDelay)
	case p.PriceMaxAge < time.Second || !whole(p.PriceMaxAge):
		return bad("price max age %s: must be at least a second, in whole seconds", p.PriceMaxAge)
	case p.USDFeeBps > MaxFeeBps:
		return bad("USD fee %d bps: at most %d", p.USDFeeBps, MaxFeeBps)
	case p.GridFeeBps > p.USDFeeBps:
		return bad("GRID fee %d bps: at most the USD fee (%d bps)", p.GridFeeBps, p.USDFeeBps)
	case p.EpochLength < time.Second || !whole(p.EpochLength):
		return bad("epoch length %s: must be at least a second, in whole seconds", p.EpochLength)
	case p.HalvingEpochs == 0:
		return bad("halving epochs must be positive")
	case !positive(p.RewardsCap) || p.RewardsCap.Cmp(MaxRewardsSupply) > 0:
		return bad("rewards cap must be positive and at most 2^96-1 wei")
	case !positive(p.InitialEmission) || p.InitialEmission.Cmp(p.RewardsCap) > 0:
		return bad("initial emission must be positive and at most the rewards cap")
	case p.RewardsFunding != nil && p.RewardsFunding.Sign() < 0:
		return bad("rewards funding is negative")
	case p.funding().Cmp(p.RewardsCap) > 0:
		return bad("rewards funding %s is above the rewards cap %s", p.funding(), p.RewardsCap)
	case p.funding().Cmp(p.GridSupply) > 0:
		return bad("rewards funding %s is above the GRID supply %s", p.funding(), p.GridSupply)
	case len(p.MinStakePerGPU) == 0:
		return bad("no GPU classes: providers could list nothing")
	}
	seen := map[string]bool{}
	for _, c := range p.MinStakePerGPU {
		if _, err := gpuclass.ID(c.Class); err != nil {
			return bad("%v", err)
		}
		if seen[c.Class] {
			return bad("GPU class %s given twice", c.Class)
		}
		seen[c.Class] = true
		if !positive(c.PerGPU) {
			return bad("GPU class %s: stake per GPU must be positive", c.Class)
		}
	}
	return nil
}

func (p Params) funding() *big.Int {
	if p.RewardsFunding == nil {
		return p.RewardsCap
	}
	return p.RewardsFunding
}

// Sender sends transactions from the deployer account. *chain.Submitter is one.
type Sender interface {
	Address() common.Address
	Send(ctx context.Context, req chain.TxRequest) (*chain.PendingTx, error)
	Wait(ctx context.Context, p *chain.PendingTx) (*types.Receipt, error)
}

// HeaderReader gives the latest block, for Rewards' genesis.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Deploy deploys and wires the suite from sub's account on chain chainID, as Deploy.s.sol does: GridToken,
// MockUSD (unless p.USDToken), Staking, AttestationQuorum, GridPriceOracle, LeaseEscrow, Rewards; then Staking's
// quorum, escrow and per-class stakes, Staking's ownership to governance and the reward reserve's funding.
//
// Transactions that do not depend on each other are sent together (consecutive nonces) and waited for as a
// batch, so a deployment takes four rounds of blocks, not twenty.
func Deploy(ctx context.Context, headers HeaderReader, sub Sender, chainID *big.Int, p Params, log zerolog.Logger) (deployment.Deployment, error) {
	if err := p.Validate(); err != nil {
		return deployment.Deployment{}, err
	}
	if chainID == nil || !chainID.IsUint64() || chainID.Sign() == 0 {
		return deployment.Deployment{}, fmt.Errorf("deploy: chain id must be positive, got %v", chainID)
	}
	if p.USDToken == (common.Address{}) && !p.AllowMockUSD && !deployment.IsDevChain(chainID.Uint64()) {
		return deployment.Deployment{}, fmt.Errorf("%w: chain id %s is not a dev chain: give the stablecoin's address (MockUSD, which anyone can mint, is only deployed on dev chains unless explicitly allowed)", ErrInvalidParams, chainID)
	}
	log = log.With().Str("component", "deploy").Str("chain", p.Chain).Logger()
	deployer := sub.Address()
	governance, treasury := orDefault(p.Governance, deployer), orDefault(p.Treasury, deployer)
	genesis := p.RewardsGenesis
	if genesis.IsZero() {
		head, err := headers.HeaderByNumber(ctx, nil)
		if err != nil {
			return deployment.Deployment{}, fmt.Errorf("deploy: latest block: %w", err)
		}
		genesis = time.Unix(int64(head.Time), 0)
		if head.Time == 0 {
			// A chain still at a genesis block without a timestamp (simulated, hardhat): its next block takes
			// the wall clock.
			genesis = time.Now()
		}
	}

	b := &batch{ctx: ctx, sub: sub}
	gridBind, stakingBind := gridtoken.NewGridToken(), staking.NewStaking()
	quorumBind, oracleBind, escrowBind, rewardsBind := quorum.NewAttestationQuorum(), priceoracle.NewGridPriceOracle(), leaseescrow.NewLeaseEscrow(), rewards.NewRewards()

	// Round 1: the tokens (LeaseEscrow's constructor reads the stablecoin's decimals, so it must exist first).
	var c deployment.Contracts
	c.GridToken = b.create(&gridtoken.GridTokenMetaData, gridBind.PackConstructor(treasury, p.GridSupply))
	c.MockUSD = p.USDToken
	if c.MockUSD == (common.Address{}) {
		c.MockUSD = b.create(&mockusd.MockUSDMetaData, nil)
	}
	first, err := b.wait()
	if err != nil {
		return deployment.Deployment{}, err
	}

	// Round 2: the protocol contracts. None of their constructors calls another of them.
	c.Staking = b.create(&staking.StakingMetaData, stakingBind.PackConstructor(c.GridToken, deployer, seconds(p.UnbondingPeriod), p.InspectorMinStake))
	c.AttestationQuorum = b.create(&quorum.AttestationQuorumMetaData, quorumBind.PackConstructor(governance, c.Staking, seconds(p.SignerSetDelay)))
	c.GridPriceOracle = b.create(&priceoracle.GridPriceOracleMetaData, oracleBind.PackConstructor(governance, c.AttestationQuorum, seconds(p.PriceMaxAge)))
	c.LeaseEscrow = b.create(&leaseescrow.LeaseEscrowMetaData, escrowBind.PackConstructor(governance, c.Staking, c.AttestationQuorum, c.GridPriceOracle, c.MockUSD, c.GridToken, treasury, p.USDFeeBps, p.GridFeeBps))
	c.Rewards = b.create(&rewards.RewardsMetaData, rewardsBind.PackConstructor(c.GridToken, c.AttestationQuorum, governance, uint64(genesis.Unix()), seconds(p.EpochLength), p.InitialEmission, p.HalvingEpochs, p.RewardsCap))
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 3: wiring. Nonce order runs transferOwnership after the owner-only calls before it.
	b.call("Staking.setQuorum", c.Staking, stakingBind.PackSetQuorum(c.AttestationQuorum))
	b.call("Staking.setLeaseEscrow", c.Staking, stakingBind.PackSetLeaseEscrow(c.LeaseEscrow))
	for _, cs := range p.MinStakePerGPU {
		id, _ := gpuclass.ID(cs.Class) // validated
		b.call("Staking.setMinStakePerGpu "+cs.Class, c.Staking, stakingBind.PackSetMinStakePerGpu(id, cs.PerGPU))
	}
	if governance != deployer {
		b.call("Staking.transferOwnership", c.Staking, stakingBind.PackTransferOwnership(governance))
	}
	funding := p.funding()
	fund := treasury == deployer && funding.Sign() > 0
	if fund {
		b.call("GridToken.approve Rewards", c.GridToken, gridBind.PackApprove(c.Rewards, funding))
	}
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 4: the reward reserve (its estimate needs the allowance mined).
	if fund {
		b.call("Rewards.fund", c.Rewards, rewardsBind.PackFund(funding))
		if _, err := b.wait(); err != nil {
			return deployment.Deployment{}, err
		}
	}

	d := deployment.Deployment{
		Format:    deployment.Format,
		Chain:     p.Chain,
		ChainID:   chainID.Uint64(),
		Block:     first.BlockNumber.Uint64(),
		Contracts: c,
	}
	if err := d.Validate(); err != nil {
		return deployment.Deployment{}, fmt.Errorf("deploy: %w", err)
	}
	log.Info().Uint64("block", d.Block).Str("governance", governance.Hex()).Str("treasury", treasury.Hex()).Msg("suite deployed")
	return d, nil
}

func orDefault(a, def common.Address) common.Address {
	if a == (common.Address{}) {
		return def
	}
	return a
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

// batch sends transactions back to back and waits for all of them; the first error sticks.
type batch struct {
	ctx     context.Context
	sub     Sender
	pending []*chain.PendingTx
	err     error
}

// create sends a deployment and returns the address it will have: CREATE's address from the deployer and the
// transaction's nonce.
func (b *batch) create(meta *bind.MetaData, args []byte) common.Address {
	if b.err != nil {
		return common.Address{}
	}
	name := metaName(meta)
	p, err := b.sub.Send(b.ctx, chain.TxRequest{Label: "deploy " + name, Data: append(common.FromHex(meta.Bin), args...)})
	if err != nil {
		b.err = fmt.Errorf("deploy %s: %w", name, err)
		return common.Address{}
	}
	b.pending = append(b.pending, p)
	return crypto.CreateAddress(p.From, p.Nonce)
}

func (b *batch) call(label string, to common.Address, data []byte) {
	if b.err != nil {
		return
	}
	p, err := b.sub.Send(b.ctx, chain.TxRequest{Label: label, To: &to, Data: data})
	if err != nil {
		b.err = fmt.Errorf("deploy: %s: %w", label, err)
		return
	}
	b.pending = append(b.pending, p)
}

// wait waits for every pending transaction and returns the first one's receipt.
func (b *batch) wait() (*types.Receipt, error) {
	pending := b.pending
	b.pending = nil
	var first *types.Receipt
	for _, p := range pending {
		rcpt, err := b.sub.Wait(b.ctx, p)
		if err != nil && b.err == nil {
			b.err = fmt.Errorf("deploy: %w", err)
		}
		if err == nil && p.Tx().To() == nil && rcpt.ContractAddress != crypto.CreateAddress(p.From, p.Nonce) {
			b.err = fmt.Errorf("deploy: %s landed at %s, expected %s", p.Label, rcpt.ContractAddress, crypto.CreateAddress(p.From, p.Nonce))
		}
		if first == nil {
			first = rcpt
		}
	}
	return first, b.err
}

// metaName is the contract name of a binding's metadata, for labels.
func metaName(meta *bind.MetaData) string {
	switch meta {
	case &gridtoken.GridTokenMetaData:
		return "GridToken"
	case &mockusd.MockUSDMetaData:
		return "MockUSD"
	case &staking.StakingMetaData:
		return "Staking"
	case &quorum.AttestationQuorumMetaData:
		return "AttestationQuorum"
	case &priceoracle.GridPriceOracleMetaData:
		return "GridPriceOracle"
	case &leaseescrow.LeaseEscrowMetaData:
		return "LeaseEscrow"
	case &rewards.RewardsMetaData:
		return "Rewards"
	}
	return "contract"
}
