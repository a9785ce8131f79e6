package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	govThresholdFlag = &cli.UintFlag{
		Name:  "threshold",
		Usage: "K: how many of the signers must sign an attestation (a strict majority of them)",
	}
	govWaitFlag = &cli.DurationFlag{
		Name:  "wait",
		Usage: "wait at most this long for the proposal's delay to pass on the chain's clock (0: do not wait)",
		Value: time.Minute,
	}
)

func govCommand() *cli.Command {
	var settings strings.Builder
	for _, s := range protocol.Settings() {
		fmt.Fprintf(&settings, "   %-28s %-11s %s\n", s.Name, s.Value, s.Usage)
	}
	return &cli.Command{
		Name:  "gov",
		Usage: "governance: the inspector signer set and the protocol's parameters",
		Subcommands: []*cli.Command{
			{
				Name:  "signers",
				Usage: "the inspectors whose k-of-n signatures the contracts accept",
				Subcommands: []*cli.Command{
					{Name: "show", Usage: "show the active signer set and any proposed one", Flags: withChainFlags(), Action: action(govSignersShow)},
					{Name: "propose", Usage: "propose a new signer set (governance; through the timelock where one owns the contracts)",
						ArgsUsage: "ADDRESS...", Flags: withChainFlags(govThresholdFlag), Action: action(govSignersPropose),
						Description: `The addresses may come in any order (the quorum takes them ascending) and must be distinct;
--threshold K must be a strict majority of them. The set applies after the quorum's signer-set delay,
when anyone runs ` + "`idlegrid gov signers apply`" + `, and the proposal expires 7 days after that.
Where a TimelockController owns the contracts, the proposal itself is scheduled first: run
` + "`idlegrid gov params execute OPERATION`" + ` once the timelock's delay has passed.`},
					{Name: "apply", Usage: "apply the proposed signer set once its delay has passed (anyone may)",
						Flags: withChainFlags(govWaitFlag), Action: action(govSignersApply)},
				},
			},
			{
				Name:  "params",
				Usage: "show every governed parameter (and the timelock's scheduled changes)",
				Flags: withChainFlags(),
				Subcommands: []*cli.Command{
					{Name: "set", Usage: "set a parameter: sent directly where governance is an account, scheduled on the timelock where one owns the contracts",
						ArgsUsage: "NAME VALUE", Flags: withChainFlags(), Action: action(govParamsSet),
						Description: "The parameters (DURATION: 90m, 2h, 2d; GRID: 1500, \"0.5 GRID\"; BPS: 100 = 1%):\n" + settings.String()},
					{Name: "execute", Usage: "execute a scheduled change once the timelock's delay has passed (anyone may)",
						ArgsUsage: "OPERATION", Flags: withChainFlags(), Action: action(govParamsExecute)},
					{Name: "apply-inspector-min-stake", Usage: "apply a raise of the inspector minimum stake once its delay has passed (anyone may)",
						Flags: withChainFlags(govWaitFlag), Action: action(govApplyInspectorMin)},
				},
				Action: action(govParamsShow),
			},
		},
	}
}

func govSignersShow(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := protocol.NewGovernance(s.conn).SignerSetStatus(s.ctx)
	if err != nil {
		return err
	}
	out := govSignersJSON{Active: signerSetView(st.Active), EffectiveAt: st.EffectiveAt, ExpiresAt: st.ExpiresAt, DelaySeconds: uint64(st.Delay / time.Second)}
	if st.Pending != nil {
		p := signerSetView(*st.Pending)
		out.Pending = &p
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		printSet := func(label string, set oracle.SignerSet) {
			fmt.Fprintf(tw, "%s\tversion %d, %d of %d\n", label, set.Version, set.Threshold, len(set.Signers))
			for _, a := range set.Signers {
				fmt.Fprintf(tw, "\t  %s\n", a.Hex())
			}
		}
		if len(st.Active.Signers) == 0 {
			fmt.Fprintln(tw, "active\tnone applied yet")
		} else {
			printSet("active", st.Active)
		}
		fmt.Fprintf(tw, "delay\t%s\n", amount.FormatDuration(st.Delay))
		if st.Pending == nil {
			fmt.Fprintln(tw, "proposed\tnone")
			return
		}
		printSet("proposed", *st.Pending)
		fmt.Fprintf(tw, "applies\tfrom %s until %s (then it expires)\n", when(st.EffectiveAt), when(st.ExpiresAt))
	})
}

func govSignersPropose(c *cli.Context, args []string) error {
	if len(args) == 0 {
		return usageError("give the signers' ADDRESSes, e.g. `idlegrid gov signers propose --threshold 2 0xA… 0xB… 0xC…`")
	}
	signers := make([]common.Address, 0, len(args))
	for i, a := range args {
		if !common.IsHexAddress(a) {
			return usageError("ADDRESS %d %q: not a 0x address", i+1, a)
		}
		signers = append(signers, common.HexToAddress(a))
	}
	k := c.Uint(govThresholdFlag.Name)
	if !c.IsSet(govThresholdFlag.Name) || k == 0 || k > 255 {
		return usageError("--threshold K: give how many of the %d signers must sign (a strict majority, e.g. %d)", len(signers), len(signers)/2+1)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	call, err := protocol.ProposeSignerSetCall(s.conn, signers, uint8(k))
	if errors.Is(err, oracle.ErrInvalidSignerSet) {
		return usageError("%v", err)
	}
	if err != nil {
		return err
	}
	return govSubmit(s, call)
}

// govSubmit sends or schedules call as governance and reports what happened.
func govSubmit(s *session, call protocol.Call) error {
	g := protocol.NewGovernance(s.conn)
	ch, err := g.Submit(s.ctx, call)
	if chain.IsRevert(err, "OwnableUnauthorizedAccount") || errors.Is(err, protocol.ErrNotGovernance) {
		return fmt.Errorf("%w: only governance (the contracts' owner on dev chains, the timelock's proposer elsewhere) may do this; sign with its key", err)
	}
	if err != nil {
		return err
	}
	return s.emit(ch, func(tw *tabwriter.Writer) {
		if ch.Scheduled {
			fmt.Fprintf(tw, "scheduled\t%s on the timelock\noperation\t%s\nexecutable\tfrom %s: then run `idlegrid gov params execute %s` (anyone may)\n",
				ch.Call.Label, ch.Operation.Hex(), when(ch.ExecutableAt), ch.Operation.Hex())
		} else {
			fmt.Fprintf(tw, "done\t%s\n", ch.Call.Label)
			if p, err := g.Params(s.ctx); err == nil && p.PendingInspectorMinStake != nil && strings.HasPrefix(ch.Call.Label, "set inspector-min-stake") {
				fmt.Fprintf(tw, "pending\ta raise waits the signer-set delay: run `idlegrid gov params apply-inspector-min-stake` from %s\n", when(p.PendingInspectorMinStakeAt))
			}
		}
		printTxs(tw, ch.Tx)
	})
}

func govSignersApply(c *cli.Context, args []string) error {
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := protocol.NewQuorum(s.conn).ApplyWhenEffective(s.ctx, c.Duration(govWaitFlag.Name))
	if err != nil {
		return err
	}
	set, err := protocol.NewQuorum(s.conn).SignerSet(s.ctx)
	if err != nil {
		return err
	}
	out := struct {
		Active signerSetJSON `json:"active"`
		Tx     protocol.Tx   `json:"tx"`
	}{signerSetView(set), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "applied\tsigner set version %d, %d of %d\n", set.Version, set.Threshold, len(set.Signers))
		printTxs(tw, tx)
	})
}

func govParamsShow(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	g := protocol.NewGovernance(s.conn)
	p, err := g.Params(s.ctx)
	if err != nil {
		return err
	}
	var ops []protocol.Operation
	if p.Timelock != (common.Address{}) {
		if ops, err = g.Scheduled(s.ctx); err != nil {
			return err
		}
	}
	out := govParamsView(p, ops)
	dur := amount.FormatDuration
	return s.emit(out, func(tw *tabwriter.Writer) {
		if p.Timelock != (common.Address{}) {
			fmt.Fprintf(tw, "governance\tTimelockController %s, delay %s: changes are scheduled, then executed\n", p.Timelock.Hex(), dur(p.TimelockDelay))
		} else {
			fmt.Fprintf(tw, "governance\t%s (an account: changes apply at once)\n", p.Owner.Hex())
		}
		fmt.Fprintf(tw, "usd-fee-bps\t%d\ngrid-fee-bps\t%d\ntreasury\t%s\n", p.USDFeeBps, p.GRIDFeeBps, p.Treasury.Hex())
		fmt.Fprintf(tw, "dispute-window\t%s\nunbonding-period\t%s (at least dispute window + signer-set delay = %s)\n", dur(p.DisputeWindow), dur(p.UnbondingPeriod), dur(p.MinUnbondingCover))
		fmt.Fprintf(tw, "inspector-min-stake\t%s\n", amount.Format(p.InspectorMinStake, amount.GRID))
		if p.PendingInspectorMinStake != nil {
			fmt.Fprintf(tw, "  pending raise\t%s, applicable from %s (`idlegrid gov params apply-inspector-min-stake`)\n", amount.Format(p.PendingInspectorMinStake, amount.GRID), when(p.PendingInspectorMinStakeAt))
		}
		fmt.Fprintf(tw, "slash-cap-downtime-bps\t%d\nslash-cap-fraud-bps\t%d\nreporter-bps\t%d\n", p.SlashCapDowntimeBps, p.SlashCapFraudBps, p.ReporterBps)
		for _, cl := range p.Classes {
			if cl.MinStakePerGPU.Sign() == 0 && !cl.VerificationExempt {
				continue
			}
			exempt := ""
			if cl.VerificationExempt {
				exempt = ", exempt from verification"
			}
			fmt.Fprintf(tw, "min-stake-per-gpu:%s\t%s%s\n", cl.Class, amount.Format(cl.MinStakePerGPU, amount.GRID), exempt)
		}
		fmt.Fprintf(tw, "signer-set delay\t%s (fixed at deployment)\nmin signer stake\t%s\n", dur(p.SignerSetDelay), amount.Format(p.MinSignerStake, amount.GRID))
		fmt.Fprintf(tw, "price-max-age\t%s\nprice-max-move-bps-per-hour\t%d\n", dur(p.PriceMaxAge), p.PriceMaxMoveBpsPerHour)
		fmt.Fprintf(tw, "require-verification\t%t\nmax-verification-ttl\t%s\n", p.RequireVerification, dur(p.MaxVerificationTTL))
		gw := p.Gateway
		fmt.Fprintf(tw, "gateway-window-cap\t%s per %s\ngateway-large-threshold\t%s\ngateway-large-delay\t%s\ngateway-swap-fee-bps\t%d\ngateway-min-outbound\t%s\n",
			amount.Format(gw.WindowCap, amount.GRID), dur(gw.WindowLength), amount.Format(gw.LargeThreshold, amount.GRID), dur(gw.LargeDelay), gw.SwapFeeBps, amount.Format(gw.MinOutbound, amount.GRID))
		for _, op := range ops {
			fmt.Fprintf(tw, "scheduled\t%s %s: call to %s, executable from %s\n", op.ID.Hex(), op.State, op.Target.Hex(), when(op.ExecutableAt))
		}
	})
}

func govParamsSet(c *cli.Context, args []string) error {
	if len(args) != 2 {
		return usageError("give NAME VALUE, e.g. `idlegrid gov params set dispute-window 2d` (see `idlegrid gov params set --help` for the names)")
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	g := protocol.NewGovernance(s.conn)
	cur, err := g.Params(s.ctx)
	if err != nil {
		return err
	}
	call, err := protocol.SetCall(s.conn, cur, args[0], args[1])
	if errors.Is(err, protocol.ErrInvalidSetting) {
		return usageError("%v", err)
	}
	if err != nil {
		return err
	}
	return govSubmit(s, call)
}

func govParamsExecute(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the OPERATION id that `idlegrid gov params set` printed, e.g. `idlegrid gov params execute 0x…`")
	}
	b, err := hexutil.Decode(args[0])
	if err != nil || len(b) != common.HashLength {
		return usageError("OPERATION %q: a 0x-prefixed 32-byte hex id, as `idlegrid gov params set` printed it", args[0])
	}
	id := common.BytesToHash(b)
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	op, tx, err := protocol.NewGovernance(s.conn).Execute(s.ctx, id)
	if err != nil {
		return err
	}
	out := struct {
		Operation protocol.Operation `json:"operation"`
		Tx        protocol.Tx        `json:"tx"`
	}{op, tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "executed\t%s (call to %s)\n", op.ID.Hex(), op.Target.Hex())
		printTxs(tw, tx)
	})
}

func govApplyInspectorMin(c *cli.Context, args []string) error {
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := protocol.NewGovernance(s.conn).ApplyInspectorMinStake(s.ctx, c.Duration(govWaitFlag.Name))
	if err != nil {
		return err
	}
	return s.emit(struct {
		Tx protocol.Tx `json:"tx"`
	}{tx}, func(tw *tabwriter.Writer) { printTxs(tw, tx) })
}

// govClassJSON is one GPU class's parameters in JSON output.
type govClassJSON struct {
	Class              string     `json:"class"`
	MinStakePerGPU     jsonAmount `json:"minStakePerGpu"`
	VerificationExempt bool       `json:"verificationExempt"`
}

// govParamsJSON is `gov params --json`: durations in seconds, amounts exact and formatted, as the CLI's
// other outputs.
type govParamsJSON struct {
	Owner                      common.Address       `json:"owner"`
	Timelock                   *common.Address      `json:"timelock,omitempty"`
	TimelockDelaySeconds       uint64               `json:"timelockDelaySeconds,omitempty"`
	USDFeeBps                  uint16               `json:"usdFeeBps"`
	GRIDFeeBps                 uint16               `json:"gridFeeBps"`
	Treasury                   common.Address       `json:"treasury"`
	DisputeWindowSeconds       uint64               `json:"disputeWindowSeconds"`
	UnbondingPeriodSeconds     uint64               `json:"unbondingPeriodSeconds"`
	MinUnbondingCoverSeconds   uint64               `json:"minUnbondingCoverSeconds"`
	InspectorMinStake          jsonAmount           `json:"inspectorMinStake"`
	PendingInspectorMinStake   *jsonAmount          `json:"pendingInspectorMinStake,omitempty"`
	PendingInspectorMinStakeAt uint64               `json:"pendingInspectorMinStakeAt,omitempty"`
	SlashCapDowntimeBps        uint16               `json:"slashCapDowntimeBps"`
	SlashCapFraudBps           uint16               `json:"slashCapFraudBps"`
	ReporterBps                uint16               `json:"reporterBps"`
	Classes                    []govClassJSON       `json:"classes"`
	SignerSetDelaySeconds      uint64               `json:"signerSetDelaySeconds"`
	MinSignerStake             jsonAmount           `json:"minSignerStake"`
	PriceMaxAgeSeconds         uint64               `json:"priceMaxAgeSeconds"`
	PriceMaxMoveBpsPerHour     uint32               `json:"priceMaxMoveBpsPerHour"`
	RequireVerification        bool                 `json:"requireVerification"`
	MaxVerificationTTLSeconds  uint64               `json:"maxVerificationTtlSeconds"`
	Gateway                    govGatewayJSON       `json:"gateway"`
	Scheduled                  []protocol.Operation `json:"scheduled"`
}

type govGatewayJSON struct {
	WindowCap           jsonAmount `json:"windowCap"`
	WindowLengthSeconds uint64     `json:"windowLengthSeconds"`
	LargeThreshold      jsonAmount `json:"largeThreshold"`
	LargeDelaySeconds   uint64     `json:"largeDelaySeconds"`
	SwapFeeBps          uint16     `json:"swapFeeBps"`
	MinOutbound         jsonAmount `json:"minOutbound"`
}

func govParamsView(p protocol.GovParams, ops []protocol.Operation) govParamsJSON {
	sec := func(d time.Duration) uint64 { return uint64(d / time.Second) }
	v := govParamsJSON{
		Owner: p.Owner, USDFeeBps: p.USDFeeBps, GRIDFeeBps: p.GRIDFeeBps, Treasury: p.Treasury,
		DisputeWindowSeconds: sec(p.DisputeWindow), UnbondingPeriodSeconds: sec(p.UnbondingPeriod), MinUnbondingCoverSeconds: sec(p.MinUnbondingCover),
		InspectorMinStake:   amt(p.InspectorMinStake, amount.GRID),
		SlashCapDowntimeBps: p.SlashCapDowntimeBps, SlashCapFraudBps: p.SlashCapFraudBps, ReporterBps: p.ReporterBps,
		SignerSetDelaySeconds: sec(p.SignerSetDelay), MinSignerStake: amt(p.MinSignerStake, amount.GRID),
		PriceMaxAgeSeconds: sec(p.PriceMaxAge), PriceMaxMoveBpsPerHour: p.PriceMaxMoveBpsPerHour,
		RequireVerification: p.RequireVerification, MaxVerificationTTLSeconds: sec(p.MaxVerificationTTL),
		Gateway: govGatewayJSON{
			WindowCap: amt(p.Gateway.WindowCap, amount.GRID), WindowLengthSeconds: sec(p.Gateway.WindowLength),
			LargeThreshold: amt(p.Gateway.LargeThreshold, amount.GRID), LargeDelaySeconds: sec(p.Gateway.LargeDelay),
			SwapFeeBps: p.Gateway.SwapFeeBps, MinOutbound: amt(p.Gateway.MinOutbound, amount.GRID),
		},
		Scheduled: ops,
	}
	if v.Scheduled == nil {
		v.Scheduled = []protocol.Operation{}
	}
	if p.Timelock != (common.Address{}) {
		tl := p.Timelock
		v.Timelock, v.TimelockDelaySeconds = &tl, sec(p.TimelockDelay)
	}
	if p.PendingInspectorMinStake != nil {
		a := amt(p.PendingInspectorMinStake, amount.GRID)
		v.PendingInspectorMinStake, v.PendingInspectorMinStakeAt = &a, p.PendingInspectorMinStakeAt
	}
	for _, c := range p.Classes {
		v.Classes = append(v.Classes, govClassJSON{Class: c.Class, MinStakePerGPU: amt(c.MinStakePerGPU, amount.GRID), VerificationExempt: c.VerificationExempt})
	}
	return v
}

// signerSetJSON is a signer set in JSON output.
type signerSetJSON struct {
	Version   uint64           `json:"version"`
	Threshold uint8            `json:"threshold"`
	Signers   []common.Address `json:"signers"`
}

func signerSetView(s oracle.SignerSet) signerSetJSON {
	out := signerSetJSON{Version: s.Version, Threshold: s.Threshold, Signers: s.Signers}
	if out.Signers == nil {
		out.Signers = []common.Address{}
	}
	return out
}

// govSignersJSON is `gov signers show --json`: the active set and any proposal, applicable by anyone from
// effectiveAt until expiresAt.
type govSignersJSON struct {
	Active       signerSetJSON  `json:"active"`
	Pending      *signerSetJSON `json:"pending,omitempty"`
	EffectiveAt  uint64         `json:"effectiveAt,omitempty"`
	ExpiresAt    uint64         `json:"expiresAt,omitempty"`
	DelaySeconds uint64         `json:"delaySeconds"`
}
