package protocol

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/solanagateway"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/bindings/timelock"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// ErrInvalidSetting means a governed parameter's name or value was not understood; the message names which.
var ErrInvalidSetting = errors.New("invalid setting")

// ErrNotGovernance means the sending account cannot change a parameter: it neither owns the contract nor may
// propose to the TimelockController that does.
var ErrNotGovernance = errors.New("not governance")

// ErrOperation means a timelock operation is unknown, already scheduled, not yet ready or already done.
var ErrOperation = errors.New("timelock operation")

// Governance reads every governed parameter of a deployment and changes them as governance: by a direct call
// where governance is an account (dev chains), by scheduling on the TimelockController where one owns the
// contracts (public chains), to be executed by anyone once the timelock's delay has passed.
type Governance struct{ c *Conn }

// NewGovernance gives governance operations over c.
func NewGovernance(c *Conn) *Governance { return &Governance{c: c} }

// ClassParams are the per-class parameters: the GRID each listed GPU locks, and whether the class is exempt
// from hardware verification.
type ClassParams struct {
	Class              string   `json:"class"`
	MinStakePerGPU     *big.Int `json:"minStakePerGpu"`
	VerificationExempt bool     `json:"verificationExempt"`
}

// GatewayParams are the SolanaGateway's limits.
type GatewayParams struct {
	WindowCap      *big.Int      `json:"windowCap"`
	WindowLength   time.Duration `json:"windowLength"`
	LargeThreshold *big.Int      `json:"largeThreshold"`
	LargeDelay     time.Duration `json:"largeDelay"`
	SwapFeeBps     uint16        `json:"swapFeeBps"`
	MinOutbound    *big.Int      `json:"minOutbound"`
}

// GovParams is every governed parameter of a deployment, as the chain holds it now.
type GovParams struct {
	// Owner is the account or TimelockController that owns the contracts (Staking's owner).
	Owner         common.Address `json:"owner"`
	Timelock      common.Address `json:"timelock,omitempty"`
	TimelockDelay time.Duration  `json:"timelockDelay,omitempty"`

	USDFeeBps  uint16         `json:"usdFeeBps"`
	GRIDFeeBps uint16         `json:"gridFeeBps"`
	Treasury   common.Address `json:"treasury"`

	DisputeWindow     time.Duration `json:"disputeWindow"`
	UnbondingPeriod   time.Duration `json:"unbondingPeriod"`
	MinUnbondingCover time.Duration `json:"minUnbondingCover"`

	InspectorMinStake *big.Int `json:"inspectorMinStake"`
	// PendingInspectorMinStake is a proposed raise (nil: none) that anyone may apply from
	// PendingInspectorMinStakeAt.
	PendingInspectorMinStake   *big.Int `json:"pendingInspectorMinStake,omitempty"`
	PendingInspectorMinStakeAt uint64   `json:"pendingInspectorMinStakeAt,omitempty"`

	SlashCapDowntimeBps uint16        `json:"slashCapDowntimeBps"`
	SlashCapFraudBps    uint16        `json:"slashCapFraudBps"`
	ReporterBps         uint16        `json:"reporterBps"`
	Classes             []ClassParams `json:"classes"`

	SignerSetDelay time.Duration `json:"signerSetDelay"`
	MinSignerStake *big.Int      `json:"minSignerStake"`

	PriceMaxAge            time.Duration `json:"priceMaxAge"`
	PriceMaxMoveBpsPerHour uint32        `json:"priceMaxMoveBpsPerHour"`

	RequireVerification bool          `json:"requireVerification"`
	MaxVerificationTTL  time.Duration `json:"maxVerificationTtl"`

	Gateway GatewayParams `json:"gateway"`
}

func secs(s uint64) time.Duration { return time.Duration(s) * time.Second }

// owner reads an Ownable contract's owner (every governed contract is one).
func (g *Governance) owner(ctx context.Context, at common.Address) (common.Address, error) {
	q := quorum.NewAttestationQuorum() // owner() has the same selector on every Ownable contract
	return call(ctx, g.c, at, q.PackOwner(), q.UnpackOwner)
}

// Params reads every governed parameter.
func (g *Governance) Params(ctx context.Context) (GovParams, error) {
	ct := g.c.d.Contracts
	stk, esc, reg := staking.NewStaking(), leaseescrow.NewLeaseEscrow(), noderegistry.NewNodeRegistry()
	po, q, gw, tl := priceoracle.NewGridPriceOracle(), quorum.NewAttestationQuorum(), solanagateway.NewSolanaGateway(), timelock.NewTimelockController()
	var p GovParams
	var err error
	// One error variable through a list of reads: the first failure names what it was reading.
	read := func(what string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("read %s: %w", what, e)
			}
		}
	}
	read("owner", func() (e error) { p.Owner, e = g.owner(ctx, ct.Staking); return })
	if ct.TimelockController != (common.Address{}) {
		p.Timelock = ct.TimelockController
		read("timelock delay", func() error {
			d, e := call(ctx, g.c, ct.TimelockController, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
			if e == nil {
				p.TimelockDelay = secs(d.Uint64())
			}
			return e
		})
	}
	read("USD fee", func() (e error) {
		p.USDFeeBps, e = call(ctx, g.c, ct.LeaseEscrow, esc.PackUsdFeeBps(), esc.UnpackUsdFeeBps)
		return
	})
	read("GRID fee", func() (e error) {
		p.GRIDFeeBps, e = call(ctx, g.c, ct.LeaseEscrow, esc.PackGridFeeBps(), esc.UnpackGridFeeBps)
		return
	})
	read("treasury", func() (e error) {
		p.Treasury, e = call(ctx, g.c, ct.LeaseEscrow, esc.PackTreasury(), esc.UnpackTreasury)
		return
	})
	read("dispute window", func() error {
		v, e := call(ctx, g.c, ct.LeaseEscrow, esc.PackDisputeWindow(), esc.UnpackDisputeWindow)
		p.DisputeWindow = secs(v)
		return e
	})
	read("unbonding period", func() error {
		v, e := call(ctx, g.c, ct.Staking, stk.PackUnbondingPeriod(), stk.UnpackUnbondingPeriod)
		p.UnbondingPeriod = secs(v)
		return e
	})
	read("unbonding cover", func() error {
		v, e := call(ctx, g.c, ct.Staking, stk.PackMinUnbondingCover(), stk.UnpackMinUnbondingCover)
		p.MinUnbondingCover = secs(v)
		return e
	})
	read("inspector minimum stake", func() (e error) {
		p.InspectorMinStake, e = call(ctx, g.c, ct.Staking, stk.PackInspectorMinStake(), stk.UnpackInspectorMinStake)
		return
	})
	read("pending inspector minimum", func() error {
		v, e := call(ctx, g.c, ct.Staking, stk.PackPendingInspectorMinStake(), stk.UnpackPendingInspectorMinStake)
		if e == nil && v.EffectiveAt != 0 {
			p.PendingInspectorMinStake, p.PendingInspectorMinStakeAt = v.Amount, v.EffectiveAt
		}
		return e
	})
	read("downtime slash cap", func() (e error) {
		p.SlashCapDowntimeBps, e = call(ctx, g.c, ct.Staking, stk.PackSlashCapBps(big.NewInt(int64(oracle.SlashDowntime))), stk.UnpackSlashCapBps)
		return
	})
	read("fraud slash cap", func() (e error) {
		p.SlashCapFraudBps, e = call(ctx, g.c, ct.Staking, stk.PackSlashCapBps(big.NewInt(int64(oracle.SlashFraud))), stk.UnpackSlashCapBps)
		return
	})
	read("reporter share", func() (e error) {
		p.ReporterBps, e = call(ctx, g.c, ct.Staking, stk.PackReporterBps(), stk.UnpackReporterBps)
		return
	})
	for _, name := range gpuclass.Names() {
		id, _ := gpuclass.ID(name) // a listed name: cannot fail
		cp := ClassParams{Class: name}
		read("stake per "+name, func() (e error) {
			cp.MinStakePerGPU, e = call(ctx, g.c, ct.Staking, stk.PackMinStakePerGpu(id), stk.UnpackMinStakePerGpu)
			return
		})
		read("verification exemption of "+name, func() (e error) {
			cp.VerificationExempt, e = call(ctx, g.c, ct.NodeRegistry, reg.PackVerificationExempt(id), reg.UnpackVerificationExempt)
			return
		})
		p.Classes = append(p.Classes, cp)
	}
	read("signer-set delay", func() error {
		v, e := call(ctx, g.c, ct.AttestationQuorum, q.PackSignerSetDelay(), q.UnpackSignerSetDelay)
		p.SignerSetDelay = secs(v)
		return e
	})
	read("minimum signer stake", func() (e error) {
		p.MinSignerStake, e = call(ctx, g.c, ct.AttestationQuorum, q.PackMinSignerStake(), q.UnpackMinSignerStake)
		return
	})
	read("price maximum age", func() error {
		v, e := call(ctx, g.c, ct.GridPriceOracle, po.PackMaxAge(), po.UnpackMaxAge)
		p.PriceMaxAge = secs(v)
		return e
	})
	read("price speed limit", func() (e error) {
		p.PriceMaxMoveBpsPerHour, e = call(ctx, g.c, ct.GridPriceOracle, po.PackMaxMoveBpsPerHour(), po.UnpackMaxMoveBpsPerHour)
		return
	})
	read("verification switch", func() (e error) {
		p.RequireVerification, e = call(ctx, g.c, ct.NodeRegistry, reg.PackRequireVerification(), reg.UnpackRequireVerification)
		return
	})
	read("verification TTL", func() error {
		v, e := call(ctx, g.c, ct.NodeRegistry, reg.PackMaxVerificationTtl(), reg.UnpackMaxVerificationTtl)
		p.MaxVerificationTTL = secs(v)
		return e
	})
	read("gateway limits", func() error {
		v, e := call(ctx, g.c, ct.SolanaGateway, gw.PackLimits(), gw.UnpackLimits)
		p.Gateway.WindowCap, p.Gateway.LargeThreshold, p.Gateway.LargeDelay, p.Gateway.SwapFeeBps = v.WindowCap, v.LargeThreshold, secs(uint64(v.LargeDelay)), v.SwapFeeBps
		return e
	})
	read("gateway window", func() error {
		v, e := call(ctx, g.c, ct.SolanaGateway, gw.PackWindowLength(), gw.UnpackWindowLength)
		p.Gateway.WindowLength = secs(uint64(v))
		return e
	})
	read("gateway minimum outbound", func() (e error) {
		p.Gateway.MinOutbound, e = call(ctx, g.c, ct.SolanaGateway, gw.PackMinOutbound(), gw.UnpackMinOutbound)
		return
	})
	return p, err
}

// Setting is one parameter `gov params set` changes.
type Setting struct {
	Name  string // e.g. "dispute-window", "min-stake-per-gpu:H100"
	Value string // the form the value takes, e.g. "DURATION (1h-30d)"
	Usage string
}

// Settings lists the parameters Set changes, class-specific ones as NAME:CLASS.
func Settings() []Setting {
	return []Setting{
		{"usd-fee-bps", "BPS", "protocol fee on USD leases (LeaseEscrow.setFees, keeps the GRID fee)"},
		{"grid-fee-bps", "BPS", "protocol fee on GRID leases (LeaseEscrow.setFees, keeps the USD fee)"},
		{"treasury", "ADDRESS", "where the fees go (LeaseEscrow.setTreasury)"},
		{"dispute-window", "DURATION", "how long after a lease closes a breach is accepted (Staking.setDisputeWindow, 1h-30d)"},
		{"unbonding-period", "DURATION", "how long unbonding stake stays slashable (Staking.setUnbondingPeriod)"},
		{"inspector-min-stake", "GRID", "stake an inspector needs; a raise waits the signer-set delay (Staking.setInspectorMinStake)"},
		{"slash-cap-downtime-bps", "BPS", "share of a stake one downtime slash may take (Staking.setSlashCap)"},
		{"slash-cap-fraud-bps", "BPS", "share of a stake one fraud slash may take (Staking.setSlashCap)"},
		{"reporter-bps", "BPS", "share of a slash paid to the reporting inspectors (Staking.setReporterBps)"},
		{"min-stake-per-gpu:CLASS", "GRID", "GRID each listed GPU of CLASS locks; 0 retires the class (Staking.setMinStakePerGpu)"},
		{"price-max-age", "DURATION", "age after which the GRID/USD rate is stale (GridPriceOracle.setMaxAge)"},
		{"price-max-move-bps-per-hour", "BPS", "speed limit of the GRID/USD rate, 0 = none (GridPriceOracle.setMaxMoveBpsPerHour)"},
		{"require-verification", "true|false", "machines need a live hardware verification to be rented (NodeRegistry.setRequireVerification)"},
		{"verification-exempt:CLASS", "true|false", "CLASS is exempt from hardware verification (NodeRegistry.setVerificationExempt)"},
		{"max-verification-ttl", "DURATION", "longest a hardware verification may last (NodeRegistry.setMaxVerificationTtl)"},
		{"gateway-window-cap", "GRID", "GRID the Solana gateway releases per window (SolanaGateway.setWindowCap)"},
		{"gateway-large-threshold", "GRID", "releases above this wait the large delay (SolanaGateway.setLargeTransfer, keeps the delay)"},
		{"gateway-large-delay", "DURATION", "wait of large releases, at most 30d (SolanaGateway.setLargeTransfer, keeps the threshold)"},
		{"gateway-swap-fee-bps", "BPS", "fee of the gateway's swaps (SolanaGateway.setSwapFee)"},
		{"gateway-min-outbound", "GRID", "smallest bridge to Solana (SolanaGateway.setMinOutbound)"},
	}
}

// Call is one governance call: a contract and its calldata, with what it does in words.
type Call struct {
	Label  string         `json:"label"`
	Target common.Address `json:"target"`
	Data   hexutil.Bytes  `json:"data"`
}

func invalid(name, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalidSetting, name, fmt.Sprintf(format, args...))
}

func parseBps(name, v string) (uint16, error) {
	n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 16)
	if err != nil || n > 10_000 {
		return 0, invalid(name, "%q is not basis points: a whole number 0-10000 (100 = 1%%)", v)
	}
	return uint16(n), nil
}

func parseSeconds(name, v string) (uint64, error) {
	d, err := amount.ParseDuration(v)
	if err != nil {
		return 0, invalid(name, "%v", err)
	}
	return uint64(d / time.Second), nil
}

func parseGRID(name, v string) (*big.Int, error) {
	x, err := amount.Parse(v, amount.GRID)
	if err != nil {
		return nil, invalid(name, "%v", err)
	}
	return x, nil
}

func parseBool(name, v string) (bool, error) {
	b, err := strconv.ParseBool(strings.TrimSpace(v))
	if err != nil {
		return false, invalid(name, "%q is not true or false", v)
	}
	return b, nil
}

func parseClass(name, class string) ([32]byte, error) {
	if !gpuclass.Known(class) {
		return [32]byte{}, invalid(name, "unknown GPU class %q (known: %s)", class, strings.Join(gpuclass.Names(), ", "))
	}
	return gpuclass.ID(class)
}

// SetCall is the call that sets parameter name to value (see Settings), built against the current parameters
// cur for the settings that change two values in one call (the fees, the gateway's large transfers).
func SetCall(d *Conn, cur GovParams, name, value string) (Call, error) {
	ct := d.d.Contracts
	stk, esc, reg := staking.NewStaking(), leaseescrow.NewLeaseEscrow(), noderegistry.NewNodeRegistry()
	po, gw := priceoracle.NewGridPriceOracle(), solanagateway.NewSolanaGateway()
	base, class, hasClass := strings.Cut(name, ":")
	if hasClass != slices.Contains([]string{"min-stake-per-gpu", "verification-exempt"}, base) {
		if hasClass {
			return Call{}, invalid(name, "only min-stake-per-gpu and verification-exempt take a :CLASS")
		}
		return Call{}, invalid(name, "name the class, e.g. %s:H100", base)
	}
	label := fmt.Sprintf("set %s to %s", name, value)
	mk := func(to common.Address, data []byte) (Call, error) {
		return Call{Label: label, Target: to, Data: data}, nil
	}
	switch base {
	case "usd-fee-bps", "grid-fee-bps":
		bps, err := parseBps(name, value)
		if err != nil {
			return Call{}, err
		}
		usd, grid := cur.USDFeeBps, cur.GRIDFeeBps
		if base == "usd-fee-bps" {
			usd = bps
		} else {
			grid = bps
		}
		return mk(ct.LeaseEscrow, esc.PackSetFees(usd, grid))
	case "treasury":
		if !common.IsHexAddress(value) || common.HexToAddress(value) == (common.Address{}) {
			return Call{}, invalid(name, "%q is not a nonzero 0x address", value)
		}
		return mk(ct.LeaseEscrow, esc.PackSetTreasury(common.HexToAddress(value)))
	case "dispute-window":
		s, err := parseSeconds(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.Staking, stk.PackSetDisputeWindow(s))
	case "unbonding-period":
		s, err := parseSeconds(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.Staking, stk.PackSetUnbondingPeriod(s))
	case "inspector-min-stake":
		x, err := parseGRID(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.Staking, stk.PackSetInspectorMinStake(x))
	case "slash-cap-downtime-bps", "slash-cap-fraud-bps":
		bps, err := parseBps(name, value)
		if err != nil {
			return Call{}, err
		}
		kind := oracle.SlashDowntime
		if base == "slash-cap-fraud-bps" {
			kind = oracle.SlashFraud
		}
		return mk(ct.Staking, stk.PackSetSlashCap(uint8(kind), bps))
	case "reporter-bps":
		bps, err := parseBps(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.Staking, stk.PackSetReporterBps(bps))
	case "min-stake-per-gpu":
		id, err := parseClass(name, class)
		if err != nil {
			return Call{}, err
		}
		x, err := parseGRID(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.Staking, stk.PackSetMinStakePerGpu(id, x))
	case "price-max-age":
		s, err := parseSeconds(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.GridPriceOracle, po.PackSetMaxAge(s))
	case "price-max-move-bps-per-hour":
		n, err := strconv.ParseUint(strings.TrimSpace(value), 10, 32)
		if err != nil {
			return Call{}, invalid(name, "%q is not a whole number of basis points per hour (0 = no limit)", value)
		}
		return mk(ct.GridPriceOracle, po.PackSetMaxMoveBpsPerHour(uint32(n)))
	case "require-verification":
		b, err := parseBool(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.NodeRegistry, reg.PackSetRequireVerification(b))
	case "verification-exempt":
		id, err := parseClass(name, class)
		if err != nil {
			return Call{}, err
		}
		b, err := parseBool(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.NodeRegistry, reg.PackSetVerificationExempt(id, b))
	case "max-verification-ttl":
		s, err := parseSeconds(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.NodeRegistry, reg.PackSetMaxVerificationTtl(s))
	case "gateway-window-cap", "gateway-large-threshold", "gateway-min-outbound":
		x, err := parseGRID(name, value)
		if err != nil {
			return Call{}, err
		}
		switch base {
		case "gateway-window-cap":
			return mk(ct.SolanaGateway, gw.PackSetWindowCap(x))
		case "gateway-min-outbound":
			return mk(ct.SolanaGateway, gw.PackSetMinOutbound(x))
		}
		return mk(ct.SolanaGateway, gw.PackSetLargeTransfer(x, uint32(cur.Gateway.LargeDelay/time.Second)))
	case "gateway-large-delay":
		s, err := parseSeconds(name, value)
		if err != nil {
			return Call{}, err
		}
		if s > 1<<32-1 {
			return Call{}, invalid(name, "%s is too long", value)
		}
		return mk(ct.SolanaGateway, gw.PackSetLargeTransfer(cur.Gateway.LargeThreshold, uint32(s)))
	case "gateway-swap-fee-bps":
		bps, err := parseBps(name, value)
		if err != nil {
			return Call{}, err
		}
		return mk(ct.SolanaGateway, gw.PackSetSwapFee(bps))
	}
	var names []string
	for _, s := range Settings() {
		names = append(names, s.Name)
	}
	return Call{}, invalid(name, "not a governed parameter (one of: %s)", strings.Join(names, ", "))
}

// Change is what Submit did: a mined direct call, or an operation scheduled on the timelock.
type Change struct {
	Call Call `json:"call"`
	// Tx is the transaction sent: the call itself, or the timelock's schedule.
	Tx Tx `json:"tx"`
	// Scheduled: the call waits in the timelock as Operation, executable by anyone from ExecutableAt.
	Scheduled    bool        `json:"scheduled"`
	Operation    common.Hash `json:"operation,omitempty"`
	ExecutableAt uint64      `json:"executableAt,omitempty"`
}

// Submit makes call as governance: sent directly where the sender owns the target, scheduled on the
// TimelockController where the timelock owns it. A call scheduled before and not yet executed is refused
// (with its operation id), so a retried command never schedules it twice; one executed before is scheduled
// again under the next salt.
func (g *Governance) Submit(ctx context.Context, c Call) (Change, error) {
	sender, err := g.c.Account()
	if err != nil {
		return Change{}, err
	}
	owner, err := g.owner(ctx, c.Target)
	if err != nil {
		return Change{}, fmt.Errorf("owner of %s: %w", c.Target, err)
	}
	tlAddr := g.c.d.Contracts.TimelockController
	switch {
	case owner == sender:
		tx, _, err := g.c.send(ctx, c.Label, c.Target, c.Data)
		return Change{Call: c, Tx: tx}, err
	case tlAddr == (common.Address{}) || owner != tlAddr:
		return Change{}, fmt.Errorf("%w: %s is owned by %s, not by %s: sign with governance's key", ErrNotGovernance, c.Target, owner, sender)
	}
	tl := timelock.NewTimelockController()
	proposer := crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	may, err := call(ctx, g.c, tlAddr, tl.PackHasRole(proposer, sender), tl.UnpackHasRole)
	if err != nil {
		return Change{}, err
	}
	if !may {
		return Change{}, fmt.Errorf("%w: %s may not propose to the timelock %s (only governance holds PROPOSER_ROLE)", ErrNotGovernance, sender, tlAddr)
	}
	delay, err := call(ctx, g.c, tlAddr, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil {
		return Change{}, err
	}
	var salt, id [32]byte
	for n := uint64(0); ; n++ {
		salt = common.BigToHash(new(big.Int).SetUint64(n))
		if id, err = call(ctx, g.c, tlAddr, tl.PackHashOperation(c.Target, new(big.Int), c.Data, [32]byte{}, salt), tl.UnpackHashOperation); err != nil {
			return Change{}, err
		}
		op, err := g.Operation(ctx, id)
		if err != nil {
			return Change{}, err
		}
		if op.State == OpUnset {
			break
		}
		if op.State != OpDone {
			return Change{}, fmt.Errorf("%w: %q is already scheduled as %s (%s, executable from %s)", ErrOperation, c.Label, common.Hash(id).Hex(), op.State, time.Unix(int64(op.ExecutableAt), 0).UTC().Format(time.RFC3339))
		}
	}
	tx, _, err := g.c.send(ctx, "schedule: "+c.Label, tlAddr, tl.PackSchedule(c.Target, new(big.Int), c.Data, [32]byte{}, salt, delay))
	if err != nil {
		return Change{}, err
	}
	op, err := g.Operation(ctx, id)
	if err != nil {
		return Change{}, err
	}
	return Change{Call: c, Tx: tx, Scheduled: true, Operation: id, ExecutableAt: op.ExecutableAt}, nil
}

// OpState is a timelock operation's state (OpenZeppelin's TimelockController.OperationState).
type OpState uint8

// The operation states.
const (
	OpUnset OpState = iota
	OpWaiting
	OpReady
	OpDone
)

func (s OpState) String() string {
	switch s {
	case OpUnset:
		return "unknown"
	case OpWaiting:
		return "waiting"
	case OpReady:
		return "ready"
	case OpDone:
		return "done"
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// MarshalText writes the state's name.
func (s OpState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Operation is a scheduled timelock call.
type Operation struct {
	ID           common.Hash `json:"id"`
	State        OpState     `json:"state"`
	ExecutableAt uint64      `json:"executableAt,omitempty"`
	// The call, from its CallScheduled event (zero before Find).
	Target      common.Address `json:"target"`
	Data        hexutil.Bytes  `json:"data,omitempty"`
	Predecessor common.Hash    `json:"predecessor"`
	Salt        common.Hash    `json:"salt"`
}

func (g *Governance) timelock() (common.Address, error) {
	if g.c.d.Contracts.TimelockController == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: this deployment has no TimelockController: governance calls the contracts directly", ErrOperation)
	}
	return g.c.d.Contracts.TimelockController, nil
}

// Operation reads operation id's state and when it becomes executable.
func (g *Governance) Operation(ctx context.Context, id common.Hash) (Operation, error) {
	at, err := g.timelock()
	if err != nil {
		return Operation{}, err
	}
	tl := timelock.NewTimelockController()
	st, err := call(ctx, g.c, at, tl.PackGetOperationState(id), tl.UnpackGetOperationState)
	if err != nil {
		return Operation{}, err
	}
	ts, err := call(ctx, g.c, at, tl.PackGetTimestamp(id), tl.UnpackGetTimestamp)
	if err != nil {
		return Operation{}, err
	}
	op := Operation{ID: id, State: OpState(st)}
	if OpState(st) != OpDone && ts.IsUint64() {
		op.ExecutableAt = ts.Uint64()
	}
	return op, nil
}

// Scheduled lists the operations scheduled on the timelock since the deployment that are not yet executed
// (nor cancelled), with their calls.
func (g *Governance) Scheduled(ctx context.Context) ([]Operation, error) {
	return g.find(ctx, nil)
}

// find reads the CallScheduled (and CallSalt) events of the timelock, of operation id only if id is not nil,
// and keeps the operations still waiting or ready.
func (g *Governance) find(ctx context.Context, id *common.Hash) ([]Operation, error) {
	at, err := g.timelock()
	if err != nil {
		return nil, err
	}
	tl := timelock.NewTimelockController()
	a, _ := timelockABI()
	topics := [][]common.Hash{{a.Events["CallScheduled"].ID, a.Events["CallSalt"].ID}}
	if id != nil {
		topics = append(topics, []common.Hash{*id})
	}
	logs, err := g.c.chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(g.c.d.Block), Addresses: []common.Address{at}, Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("timelock events: %w", err)
	}
	salts := map[common.Hash]common.Hash{}
	batches := map[common.Hash]bool{}
	var ops []Operation
	for i := range logs {
		l := &logs[i]
		if l.Topics[0] == a.Events["CallSalt"].ID {
			if s, err := tl.UnpackCallSaltEvent(l); err == nil {
				salts[s.Id] = s.Salt
			}
			continue
		}
		s, err := tl.UnpackCallScheduledEvent(l)
		if err != nil {
			continue
		}
		if s.Index.Sign() != 0 {
			batches[s.Id] = true // a batch (the deployment's hand-over): idlegrid schedules single calls only
			continue
		}
		ops = append(ops, Operation{ID: s.Id, Target: s.Target, Data: s.Data, Predecessor: s.Predecessor})
	}
	var live []Operation
	for _, op := range ops {
		if batches[op.ID] {
			continue
		}
		cur, err := g.Operation(ctx, op.ID)
		if err != nil {
			return nil, err
		}
		if cur.State != OpWaiting && cur.State != OpReady {
			continue
		}
		op.State, op.ExecutableAt, op.Salt = cur.State, cur.ExecutableAt, salts[op.ID]
		// A re-scheduled call after a cancel repeats the id: keep one.
		if !slices.ContainsFunc(live, func(o Operation) bool { return o.ID == op.ID }) {
			live = append(live, op)
		}
	}
	return live, nil
}

// Execute executes scheduled operation id once its delay has passed (anyone may: the timelock's executor role
// is open), finding its call in the timelock's events.
func (g *Governance) Execute(ctx context.Context, id common.Hash) (Operation, Tx, error) {
	ops, err := g.find(ctx, &id)
	if err != nil {
		return Operation{}, Tx{}, err
	}
	if len(ops) == 0 {
		op, err := g.Operation(ctx, id)
		if err != nil {
			return Operation{}, Tx{}, err
		}
		if op.State == OpDone {
			return op, Tx{}, fmt.Errorf("%w: %s was already executed", ErrOperation, id.Hex())
		}
		return op, Tx{}, fmt.Errorf("%w: no operation %s is scheduled on the timelock (never, or cancelled)", ErrOperation, id.Hex())
	}
	op := ops[0]
	if op.State == OpWaiting {
		return op, Tx{}, fmt.Errorf("%w: %s is not executable before %s", ErrOperation, id.Hex(), time.Unix(int64(op.ExecutableAt), 0).UTC().Format(time.RFC3339))
	}
	tl := timelock.NewTimelockController()
	tx, _, err := g.c.send(ctx, "execute timelock operation", g.c.d.Contracts.TimelockController, tl.PackExecute(op.Target, new(big.Int), op.Data, op.Predecessor, op.Salt))
	if err != nil {
		return op, Tx{}, err
	}
	op.State, op.ExecutableAt = OpDone, 0
	return op, tx, nil
}

// SignerSetStatus is the quorum's active signer set and any proposed one.
type SignerSetStatus struct {
	Active oracle.SignerSet `json:"active"`
	// Pending is the proposed set (nil: none); it may be applied by anyone from EffectiveAt until ExpiresAt.
	Pending     *oracle.SignerSet `json:"pending,omitempty"`
	EffectiveAt uint64            `json:"effectiveAt,omitempty"`
	ExpiresAt   uint64            `json:"expiresAt,omitempty"`
	Delay       time.Duration     `json:"-"`
}

// SignerSetStatus reads the active and the proposed signer sets.
func (g *Governance) SignerSetStatus(ctx context.Context) (SignerSetStatus, error) {
	qr := NewQuorum(g.c)
	active, err := qr.SignerSet(ctx)
	if err != nil {
		return SignerSetStatus{}, err
	}
	q := quorum.NewAttestationQuorum()
	st := SignerSetStatus{Active: active}
	delay, err := call(ctx, g.c, qr.addr(), q.PackSignerSetDelay(), q.UnpackSignerSetDelay)
	if err != nil {
		return SignerSetStatus{}, fmt.Errorf("signer-set delay: %w", err)
	}
	st.Delay = secs(delay)
	pending, err := call(ctx, g.c, qr.addr(), q.PackPendingSignerSet(), q.UnpackPendingSignerSet)
	if err != nil {
		return SignerSetStatus{}, fmt.Errorf("pending signer set: %w", err)
	}
	if pending.EffectiveAt == 0 {
		return st, nil
	}
	life, err := call(ctx, g.c, qr.addr(), q.PackPROPOSALLIFETIME(), q.UnpackPROPOSALLIFETIME)
	if err != nil {
		return SignerSetStatus{}, fmt.Errorf("proposal lifetime: %w", err)
	}
	st.Pending = &oracle.SignerSet{Version: active.Version + 1, Threshold: pending.Threshold, Signers: pending.Signers}
	st.EffectiveAt, st.ExpiresAt = pending.EffectiveAt, pending.EffectiveAt+life
	return st, nil
}

// ProposeSignerSetCall is the call proposing signers (any order; sorted ascending here, duplicates refused)
// with threshold k.
func ProposeSignerSetCall(c *Conn, signers []common.Address, k uint8) (Call, error) {
	sorted := slices.Clone(signers)
	slices.SortFunc(sorted, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] {
			return Call{}, fmt.Errorf("%w: signer %s is named twice", oracle.ErrInvalidSignerSet, sorted[i])
		}
	}
	if err := (oracle.SignerSet{Threshold: k, Signers: sorted}).Validate(); err != nil {
		return Call{}, err
	}
	q := quorum.NewAttestationQuorum()
	return Call{Label: fmt.Sprintf("propose signer set %d of %d", k, len(sorted)), Target: c.d.Contracts.AttestationQuorum, Data: q.PackProposeSignerSet(sorted, k)}, nil
}

// ApplyInspectorMinStake applies a proposed raise of the inspector minimum (anyone may), waiting at most
// maxWait (and ctx) for it to become effective on the chain's clock; a longer wait is refused with the time it
// applies from.
func (g *Governance) ApplyInspectorMinStake(ctx context.Context, maxWait time.Duration) (Tx, error) {
	stk := staking.NewStaking()
	at := g.c.d.Contracts.Staking
	pending, err := call(ctx, g.c, at, stk.PackPendingInspectorMinStake(), stk.UnpackPendingInspectorMinStake)
	if err != nil {
		return Tx{}, fmt.Errorf("pending inspector minimum: %w", err)
	}
	if pending.EffectiveAt == 0 {
		return Tx{}, errors.New("apply inspector minimum stake: no raise is pending")
	}
	deadline := time.Now().Add(maxWait)
	for {
		tx, _, err := g.c.send(ctx, "apply inspector minimum stake", at, stk.PackApplyInspectorMinStake())
		if !chain.IsRevert(err, "InspectorMinStakeNotYetEffective") {
			return tx, err
		}
		now, nerr := g.c.Now(ctx)
		if nerr != nil {
			return Tx{}, nerr
		}
		wait := time.Second
		if pending.EffectiveAt > now {
			wait = time.Duration(pending.EffectiveAt-now) * time.Second
		}
		if time.Now().Add(wait).After(deadline) {
			return Tx{}, err
		}
		select {
		case <-ctx.Done():
			return Tx{}, ctx.Err()
		case <-time.After(wait):
		}
	}
}

func timelockABI() (*abi.ABI, error) { return bindings.ABI(deployment.TimelockController) }
