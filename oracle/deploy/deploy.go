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
	"github.com/idlegrid/idlegrid/bindings/leasejournal"
	"github.com/idlegrid/idlegrid/bindings/mockusd"
	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
	"github.com/idlegrid/idlegrid/bindings/solanagateway"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/bindings/timelock"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// Bounds the contracts enforce, checked here first so a bad parameter fails before any gas is spent.
const (
	MinUnbondingPeriod = 24 * time.Hour      // Staking.MIN_UNBONDING_PERIOD
	MaxUnbondingPeriod = 90 * 24 * time.Hour // Staking.MAX_UNBONDING_PERIOD
	MinDisputeWindow   = time.Hour           // Staking.MIN_DISPUTE_WINDOW
	MaxDisputeWindow   = 30 * 24 * time.Hour // Staking.MAX_DISPUTE_WINDOW
	MaxFeeBps          = 1_000               // LeaseEscrow.MAX_FEE_BPS

	MinGatewayWindow   = time.Hour           // SolanaGateway.MIN_WINDOW_LENGTH
	MaxGatewayWindow   = 30 * 24 * time.Hour // SolanaGateway.MAX_WINDOW_LENGTH
	MaxGatewayDelay    = 30 * 24 * time.Hour // SolanaGateway.MAX_LARGE_DELAY
	MaxGatewaySwapFee  = 1_000               // SolanaGateway.MAX_SWAP_FEE_BPS
	MaxSolanaDecimals  = 18                  // SolanaGateway's UnsupportedDecimals bound
	devGatewayReserveG = 10_000_000          // GATEWAY_RESERVE's dev-chain default, in GRID
)

// MaxRewardsSupply is Rewards.MAX_SUPPLY_LIMIT (2^96 - 1), also the largest uint96 the gateway's limits take.
var MaxRewardsSupply = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// ErrInvalidParams is wrapped by every Params.Validate error.
var ErrInvalidParams = errors.New("invalid deployment parameters")

// ClassStake is the GRID a provider locks per listed GPU of Class.
type ClassStake struct {
	Class  string
	PerGPU *big.Int
}

// GatewayParams configure the SolanaGateway (Deploy.s.sol's SOLANA_* and GATEWAY_* variables).
type GatewayParams struct {
	// The Solana mints' decimals: GRID (9) and USDC (6).
	SolanaGridDecimals, SolanaUSDDecimals uint8
	// Window is the cap window (1 hour to 30 days); WindowCap the GRID released per window, and the largest
	// single release.
	Window    time.Duration
	WindowCap *big.Int
	// Releases above LargeThreshold GRID wait LargeDelay (at most 30 days).
	LargeThreshold *big.Int
	LargeDelay     time.Duration
	// SwapFeeBps is the USDC <-> GRID fee (at most 1,000).
	SwapFeeBps uint16
	// MinOutbound is the smallest transfer to Solana, in GRID wei.
	MinOutbound *big.Int
	// Guardian may pause the gateway at once. Zero: the governance account.
	Guardian common.Address
	// Reserve is moved from the treasury into the swap reserve when the treasury is the deployer. Nil: 10,000,000
	// GRID on dev chains, none elsewhere.
	Reserve *big.Int
}

// Params are the deployment's parameters; the names follow Deploy.s.sol's environment variables.
type Params struct {
	// Chain names the deployment file (deployments/<Chain>.json): "devnet", "anvil", "arbitrum-sepolia".
	Chain string
	// Governance: on a dev chain it owns every contract (Staking, the oracle and the registry through
	// Ownable2Step: another account than the deployer must accept); elsewhere it is the proposer and canceller
	// of the TimelockController that owns them. Zero: the deployer.
	Governance common.Address
	// Treasury receives the GRID supply and the protocol fees. Zero: the deployer.
	Treasury common.Address
	// USDToken is the stablecoin. Zero deploys MockUSD, which anyone can mint: dev chains only (deployment.DevChainIDs),
	// unless AllowMockUSD.
	USDToken     common.Address
	AllowMockUSD bool

	GridSupply      *big.Int
	UnbondingPeriod time.Duration
	// InspectorMinStake is also the stake each counted quorum signature needs behind it.
	InspectorMinStake *big.Int
	// SignerSetDelay is the wait before a new inspector set (or a raised inspector minimum) applies; nonzero.
	SignerSetDelay time.Duration
	// DisputeWindow is how long after a lease closes a breach is still accepted (and the provider's pay held).
	// DisputeWindow + SignerSetDelay must fit in UnbondingPeriod.
	DisputeWindow time.Duration
	// TimelockDelay is the governance delay outside dev chains.
	TimelockDelay time.Duration
	PriceMaxAge   time.Duration
	// PriceMaxMoveBpsPerHour is the GRID/USD speed limit (0 turns the breaker off).
	PriceMaxMoveBpsPerHour uint32
	// RequireVerification makes every class but the exempt ones (SIM on dev chains) rentable only while its
	// machine holds an unexpired hardware verification.
	RequireVerification bool
	USDFeeBps           uint16
	GridFeeBps          uint16

	// Rewards: epoch 0 starts at RewardsGenesis (zero: the latest block's time).
	RewardsGenesis  time.Time
	EpochLength     time.Duration
	InitialEmission *big.Int
	HalvingEpochs   uint64
	RewardsCap      *big.Int
	// RewardsFunding is moved from the treasury into the reward reserve when the treasury is the deployer
	// (nil: RewardsCap; zero: none).
	RewardsFunding *big.Int

	// MinStakePerGPU sets Staking.minStakePerGpu for each GPU class, in this order. SIM, the simulated class, is
	// configured on dev chains only (and exempt from hardware verification there).
	MinStakePerGPU []ClassStake

	Gateway GatewayParams
}

func grid(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// DefaultClassStakes are Deploy.s.sol's per-GPU stakes: consumer cards 200 GRID, A100 600-800, H100/H200
// 1,500, simulated GPUs (dev chains only) 100.
func DefaultClassStakes() []ClassStake {
	return []ClassStake{
		{gpuclass.RTX3090, grid(200)}, {gpuclass.RTX4090, grid(200)}, {gpuclass.A100_40, grid(600)}, {gpuclass.A100_80, grid(800)},
		{gpuclass.H100, grid(1_500)}, {gpuclass.H200, grid(1_500)}, {gpuclass.SIM, grid(100)},
	}
}

// DefaultGatewayParams are Deploy.s.sol's gateway defaults.
func DefaultGatewayParams() GatewayParams {
	return GatewayParams{
		SolanaGridDecimals: 9,
		SolanaUSDDecimals:  6,
		Window:             24 * time.Hour,
		WindowCap:          grid(5_000_000),
		LargeThreshold:     grid(500_000),
		LargeDelay:         24 * time.Hour,
		SwapFeeBps:         50,
		MinOutbound:        grid(10),
	}
}

// DefaultParams are Deploy.s.sol's defaults, for a public network (set USDToken, Chain, Governance).
func DefaultParams() Params {
	return Params{
		GridSupply:             grid(1_000_000_000),
		UnbondingPeriod:        7 * 24 * time.Hour,
		InspectorMinStake:      grid(10_000),
		SignerSetDelay:         2 * 24 * time.Hour,
		DisputeWindow:          2 * 24 * time.Hour,
		TimelockDelay:          2 * 24 * time.Hour,
		PriceMaxAge:            time.Hour,
		PriceMaxMoveBpsPerHour: 1_000,
		RequireVerification:    true,
		USDFeeBps:              500,
		GridFeeBps:             250,
		EpochLength:            24 * time.Hour,
		InitialEmission:        grid(1_000_000),
		HalvingEpochs:          365,
		RewardsCap:             grid(300_000_000),
		MinStakePerGPU:         DefaultClassStakes(),
		Gateway:                DefaultGatewayParams(),
	}
}

// DevnetParams are the defaults with the waiting cut to what the contracts allow: a new inspector set applies
// a second after it is proposed (the delay cannot be zero), the dispute window is Staking's minimum (an hour),
// unbonding takes Staking's minimum (a day; devnet tests move time forward), and reward epochs last an hour.
// MockUSD stands in for the stablecoin.
func DevnetParams() Params {
	p := DefaultParams()
	p.Chain = "devnet"
	p.UnbondingPeriod = MinUnbondingPeriod
	p.SignerSetDelay = time.Second
	p.DisputeWindow = MinDisputeWindow
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
	case p.SignerSetDelay < time.Second || !whole(p.SignerSetDelay):
		return bad("signer set delay %s: must be at least a second, in whole seconds (AttestationQuorum refuses zero)", p.SignerSetDelay)
	case p.DisputeWindow < MinDisputeWindow || p.DisputeWindow > MaxDisputeWindow || !whole(p.DisputeWindow):
		return bad("dispute window %s: must be whole seconds within [%s, %s] (Staking's bounds)", p.DisputeWindow, MinDisputeWindow, MaxDisputeWindow)
	case p.DisputeWindow+p.SignerSetDelay > p.UnbondingPeriod:
		return bad("unbonding period %s: must cover the dispute window %s plus the signer set delay %s (stake stays slashable until a breach can land)",
			p.UnbondingPeriod, p.DisputeWindow, p.SignerSetDelay)
	case p.TimelockDelay < 0 || !whole(p.TimelockDelay):
		return bad("timelock delay %s: must be whole seconds, not negative", p.TimelockDelay)
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
	if err := p.Gateway.validate(); err != nil {
		return bad("%v", err)
	}
	// The dev-chain default reserve is checked against the supply at deployment, when the chain is known.
	if r := p.Gateway.Reserve; r != nil && new(big.Int).Add(r, p.funding()).Cmp(p.GridSupply) > 0 {
		return bad("gateway reserve %s plus rewards funding %s is above the GRID supply %s", r, p.funding(), p.GridSupply)
	}
	return nil
}

func (g GatewayParams) validate() error {
	uint96 := func(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.Cmp(MaxRewardsSupply) <= 0 }
	whole := func(d time.Duration) bool { return d%time.Second == 0 }
	switch {
	case g.SolanaGridDecimals > MaxSolanaDecimals:
		return fmt.Errorf("gateway Solana GRID decimals %d: at most %d", g.SolanaGridDecimals, MaxSolanaDecimals)
	case g.SolanaUSDDecimals > MaxSolanaDecimals:
		return fmt.Errorf("gateway Solana USD decimals %d: at most %d", g.SolanaUSDDecimals, MaxSolanaDecimals)
	case g.Window < MinGatewayWindow || g.Window > MaxGatewayWindow || !whole(g.Window):
		return fmt.Errorf("gateway window %s: must be whole seconds within [%s, %s]", g.Window, MinGatewayWindow, MaxGatewayWindow)
	case !uint96(g.WindowCap) || g.WindowCap.Sign() == 0:
		return fmt.Errorf("gateway window cap must be positive and at most 2^96-1 wei")
	case !uint96(g.LargeThreshold) || g.LargeThreshold.Sign() == 0:
		return fmt.Errorf("gateway large threshold must be positive and at most 2^96-1 wei")
	case g.LargeDelay < 0 || g.LargeDelay > MaxGatewayDelay || !whole(g.LargeDelay):
		return fmt.Errorf("gateway large delay %s: must be whole seconds within [0, %s]", g.LargeDelay, MaxGatewayDelay)
	case g.SwapFeeBps > MaxGatewaySwapFee:
		return fmt.Errorf("gateway swap fee %d bps: at most %d", g.SwapFeeBps, MaxGatewaySwapFee)
	case !uint96(g.MinOutbound):
		return fmt.Errorf("gateway min outbound must be set, not negative, at most 2^96-1 wei")
	case g.Reserve != nil && g.Reserve.Sign() < 0:
		return fmt.Errorf("gateway reserve is negative")
	}
	return nil
}

func (p Params) funding() *big.Int {
	if p.RewardsFunding == nil {
		return p.RewardsCap
	}
	return p.RewardsFunding
}

// ReserveFunding is the GRID moved into the gateway's swap reserve on a dev chain (dev) or another, when the
// treasury is the deployer.
func (g GatewayParams) ReserveFunding(dev bool) *big.Int {
	switch {
	case g.Reserve != nil:
		return g.Reserve
	case dev:
		return grid(devGatewayReserveG)
	}
	return new(big.Int)
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

// The TimelockController's roles (OpenZeppelin: keccak256 of the name; the admin role is zero).
var (
	proposerRole  = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	executorRole  = crypto.Keccak256Hash([]byte("EXECUTOR_ROLE"))
	cancellerRole = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	adminRole     = common.Hash{}
)

// Deploy deploys and wires the suite from sub's account on chain chainID exactly as Deploy.s.sol does:
//
//   - GridToken, MockUSD (unless p.USDToken) and, outside dev chains, a TimelockController that starts with no
//     delay and the deployer as its only proposer, executor and admin;
//   - Staking (owned by the deployer) → AttestationQuorum → GridPriceOracle and NodeRegistry (deployer) →
//     Staking.setQuorum → Staking.setNodeRegistry → LeaseEscrow → Staking.setLeaseEscrow →
//     NodeRegistry.setLeaseEscrow → LeaseJournal → Rewards; every contract the deployer does not configure is
//     owned from its constructor by the owner (governance on dev chains, the timelock elsewhere);
//   - the per-class stakes (SIM on dev chains only), NodeRegistry.setRequireVerification, SIM exempt from
//     verification on dev chains, GridPriceOracle.setMaxMoveBpsPerHour;
//   - the hand-over: Staking, the oracle and the registry transferOwnership to the owner; outside dev chains the
//     timelock accepts them in one zero-delay batch with updateDelay(TimelockDelay), then governance gets the
//     proposer and canceller roles, anyone the executor role, and the deployer gives up every role;
//   - the SolanaGateway, owned by the owner from its constructor, guardian p.Gateway.Guardian (governance);
//   - with the deployer as treasury: the reward reserve's funding and the gateway's swap reserve.
//
// Transactions that do not depend on each other are sent together (consecutive nonces) and waited for as a
// batch (a transaction's gas estimate needs the state it reads mined), so a deployment takes a handful of
// rounds of blocks, not forty.
func Deploy(ctx context.Context, headers HeaderReader, sub Sender, chainID *big.Int, p Params, log zerolog.Logger) (deployment.Deployment, error) {
	if err := p.Validate(); err != nil {
		return deployment.Deployment{}, err
	}
	if chainID == nil || !chainID.IsUint64() || chainID.Sign() == 0 {
		return deployment.Deployment{}, fmt.Errorf("deploy: chain id must be positive, got %v", chainID)
	}
	dev := deployment.IsDevChain(chainID.Uint64())
	if p.USDToken == (common.Address{}) && !p.AllowMockUSD && !dev {
		return deployment.Deployment{}, fmt.Errorf("%w: chain id %s is not a dev chain: give the stablecoin's address (MockUSD, which anyone can mint, is only deployed on dev chains unless explicitly allowed)", ErrInvalidParams, chainID)
	}
	log = log.With().Str("component", "deploy").Str("chain", p.Chain).Logger()
	deployer := sub.Address()
	governance, treasury := orDefault(p.Governance, deployer), orDefault(p.Treasury, deployer)
	guardian := orDefault(p.Gateway.Guardian, governance)
	reserve := p.Gateway.ReserveFunding(dev)
	if treasury == deployer && new(big.Int).Add(reserve, p.funding()).Cmp(p.GridSupply) > 0 {
		return deployment.Deployment{}, fmt.Errorf("%w: gateway reserve %s plus rewards funding %s is above the GRID supply %s", ErrInvalidParams, reserve, p.funding(), p.GridSupply)
	}
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
	gridBind, stakingBind, quorumBind := gridtoken.NewGridToken(), staking.NewStaking(), quorum.NewAttestationQuorum()
	oracleBind, registryBind, escrowBind := priceoracle.NewGridPriceOracle(), noderegistry.NewNodeRegistry(), leaseescrow.NewLeaseEscrow()
	journalBind, rewardsBind, gatewayBind, tl := leasejournal.NewLeaseJournal(), rewards.NewRewards(), solanagateway.NewSolanaGateway(), timelock.NewTimelockController()

	// Round 1: the tokens (LeaseEscrow's constructor reads the stablecoin's decimals, so it must exist first),
	// the timelock, which owns the suite outside dev chains, and Staking (its constructor only stores GRID's
	// address; the quorum's reads Staking's inspector minimum).
	var c deployment.Contracts
	c.GridToken = b.create(&gridtoken.GridTokenMetaData, gridBind.PackConstructor(treasury, p.GridSupply))
	c.MockUSD = p.USDToken
	if c.MockUSD == (common.Address{}) {
		c.MockUSD = b.create(&mockusd.MockUSDMetaData, nil)
	}
	owner := governance
	if !dev {
		self := []common.Address{deployer}
		c.TimelockController = b.create(&timelock.TimelockControllerMetaData, tl.PackConstructor(new(big.Int), self, self, deployer))
		owner = c.TimelockController
	}
	c.Staking = b.create(&staking.StakingMetaData, stakingBind.PackConstructor(c.GridToken, deployer, seconds(p.UnbondingPeriod), p.InspectorMinStake))
	first, err := b.wait()
	if err != nil {
		return deployment.Deployment{}, err
	}

	// Round 2: the quorum, the oracle and the registry (constructors that read at most Staking).
	c.AttestationQuorum = b.create(&quorum.AttestationQuorumMetaData, quorumBind.PackConstructor(owner, c.Staking, seconds(p.SignerSetDelay)))
	c.GridPriceOracle = b.create(&priceoracle.GridPriceOracleMetaData, oracleBind.PackConstructor(deployer, c.AttestationQuorum, seconds(p.PriceMaxAge)))
	c.NodeRegistry = b.create(&noderegistry.NodeRegistryMetaData, registryBind.PackConstructor(deployer, c.Staking, c.AttestationQuorum))
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 3: Staking's quorum (which syncs the quorum's minimum stake) and registry.
	b.call("Staking.setQuorum", c.Staking, stakingBind.PackSetQuorum(c.AttestationQuorum))
	b.call("Staking.setNodeRegistry", c.Staking, stakingBind.PackSetNodeRegistry(c.NodeRegistry))
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 4: the escrow (its constructor checks the dispute window against Staking, with the quorum's delay),
	// the journal, Rewards and the gateway (constructors that only store addresses and check their own config).
	c.LeaseEscrow = b.create(&leaseescrow.LeaseEscrowMetaData, escrowBind.PackConstructor(owner, c.Staking, c.NodeRegistry, c.AttestationQuorum, c.GridPriceOracle, c.MockUSD, c.GridToken, treasury, p.USDFeeBps, p.GridFeeBps, seconds(p.DisputeWindow)))
	c.LeaseJournal = b.create(&leasejournal.LeaseJournalMetaData, journalBind.PackConstructor(c.LeaseEscrow, c.AttestationQuorum))
	c.Rewards = b.create(&rewards.RewardsMetaData, rewardsBind.PackConstructor(c.GridToken, c.AttestationQuorum, owner, uint64(genesis.Unix()), seconds(p.EpochLength), p.InitialEmission, p.HalvingEpochs, p.RewardsCap))
	g := p.Gateway
	c.SolanaGateway = b.create(&solanagateway.SolanaGatewayMetaData, gatewayBind.PackConstructor(owner, c.AttestationQuorum, c.GridPriceOracle, c.GridToken, solanagateway.SolanaGatewayConfig{
		SolanaGridDecimals: g.SolanaGridDecimals, SolanaUsdDecimals: g.SolanaUSDDecimals, WindowLength: uint32(seconds(g.Window)),
		WindowCap: g.WindowCap, LargeThreshold: g.LargeThreshold, LargeDelay: uint32(seconds(g.LargeDelay)),
		SwapFeeBps: g.SwapFeeBps, MinOutbound: g.MinOutbound, Guardian: guardian,
	}))
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 5: the escrow's wiring, the configuration, the hand-over and the allowances for the reserves. Nonce
	// order runs transferOwnership after the owner-only calls before it.
	b.call("Staking.setLeaseEscrow", c.Staking, stakingBind.PackSetLeaseEscrow(c.LeaseEscrow))
	b.call("NodeRegistry.setLeaseEscrow", c.NodeRegistry, registryBind.PackSetLeaseEscrow(c.LeaseEscrow))
	sim, _ := gpuclass.ID(gpuclass.SIM)
	for _, cs := range p.MinStakePerGPU {
		id, _ := gpuclass.ID(cs.Class) // validated
		if id == sim && !dev {
			log.Info().Msg("GPU class SIM is for dev chains only: not configured")
			continue
		}
		b.call("Staking.setMinStakePerGpu "+cs.Class, c.Staking, stakingBind.PackSetMinStakePerGpu(id, cs.PerGPU))
	}
	b.call("NodeRegistry.setRequireVerification", c.NodeRegistry, registryBind.PackSetRequireVerification(p.RequireVerification))
	if dev {
		b.call("NodeRegistry.setVerificationExempt SIM", c.NodeRegistry, registryBind.PackSetVerificationExempt(sim, true))
	}
	b.call("GridPriceOracle.setMaxMoveBpsPerHour", c.GridPriceOracle, oracleBind.PackSetMaxMoveBpsPerHour(p.PriceMaxMoveBpsPerHour))
	handOver := []struct {
		name string
		at   common.Address
		data []byte
	}{
		{deployment.Staking, c.Staking, stakingBind.PackTransferOwnership(owner)},
		{deployment.GridPriceOracle, c.GridPriceOracle, oracleBind.PackTransferOwnership(owner)},
		{deployment.NodeRegistry, c.NodeRegistry, registryBind.PackTransferOwnership(owner)},
	}
	if owner != deployer {
		for _, h := range handOver {
			b.call(h.name+".transferOwnership", h.at, h.data)
		}
	}
	funding := p.funding()
	fundRewards := treasury == deployer && funding.Sign() > 0
	fundReserve := treasury == deployer && reserve.Sign() > 0
	if fundRewards {
		b.call("GridToken.approve Rewards", c.GridToken, gridBind.PackApprove(c.Rewards, funding))
	}
	if fundReserve {
		b.call("GridToken.approve SolanaGateway", c.GridToken, gridBind.PackApprove(c.SolanaGateway, reserve))
	}
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 6: the reserves (their estimates need the allowances mined) and the timelock's schedule of the
	// acceptance (its execution's estimate needs the schedule mined).
	if fundRewards {
		b.call("Rewards.fund", c.Rewards, rewardsBind.PackFund(funding))
	}
	if fundReserve {
		b.call("SolanaGateway.fundReserve", c.SolanaGateway, gatewayBind.PackFundReserve(reserve))
	}
	var targets []common.Address
	var values []*big.Int
	var calls [][]byte
	if !dev {
		for _, h := range handOver {
			targets, values = append(targets, h.at), append(values, new(big.Int))
		}
		calls = [][]byte{stakingBind.PackAcceptOwnership(), oracleBind.PackAcceptOwnership(), registryBind.PackAcceptOwnership()}
		targets, values = append(targets, c.TimelockController), append(values, new(big.Int))
		calls = append(calls, tl.PackUpdateDelay(new(big.Int).SetUint64(seconds(p.TimelockDelay))))
		b.call("TimelockController.scheduleBatch", c.TimelockController, tl.PackScheduleBatch(targets, values, calls, [32]byte{}, [32]byte{}, new(big.Int)))
	}
	if _, err := b.wait(); err != nil {
		return deployment.Deployment{}, err
	}

	// Round 7 (outside dev chains): the timelock accepts, takes its delay and its proposers; the deployer gives
	// up every role, the admin role last.
	if !dev {
		b.call("TimelockController.executeBatch", c.TimelockController, tl.PackExecuteBatch(targets, values, calls, [32]byte{}, [32]byte{}))
		roles := []struct {
			label string
			data  []byte
		}{
			{"grant proposer to governance", tl.PackGrantRole(proposerRole, governance)},
			{"grant canceller to governance", tl.PackGrantRole(cancellerRole, governance)},
			{"grant executor to anyone", tl.PackGrantRole(executorRole, common.Address{})},
			{"revoke the deployer's proposer role", tl.PackRevokeRole(proposerRole, deployer)},
			{"revoke the deployer's canceller role", tl.PackRevokeRole(cancellerRole, deployer)},
			{"revoke the deployer's executor role", tl.PackRevokeRole(executorRole, deployer)},
			{"the deployer renounces the admin role", tl.PackRenounceRole(adminRole, deployer)},
		}
		for _, r := range roles {
			b.call("TimelockController: "+r.label, c.TimelockController, r.data)
		}
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
	log.Info().Uint64("block", d.Block).Str("owner", owner.Hex()).Str("governance", governance.Hex()).
		Str("treasury", treasury.Hex()).Bool("devChain", dev).Msg("suite deployed")
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
	case &noderegistry.NodeRegistryMetaData:
		return "NodeRegistry"
	case &leasejournal.LeaseJournalMetaData:
		return "LeaseJournal"
	case &solanagateway.SolanaGatewayMetaData:
		return "SolanaGateway"
	case &timelock.TimelockControllerMetaData:
		return "TimelockController"
	}
	return "contract"
}
