package main

import (
	"fmt"
	"math/big"
	"strconv"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	roleFlag = &cli.StringFlag{
		Name:     "role",
		Usage:    "stake pool: provider (lists machines) or inspector (signs attestations)",
		Value:    "provider",
		Category: "STAKE",
	}
	inspectorEndpointFlag = &cli.StringFlag{
		Name:     "endpoint",
		Usage:    "with --role inspector: ENDPOINT where your inspector node answers (https://host:port), published on chain so providers and other inspectors find it",
		Category: "STAKE",
	}
	addressFlag = &cli.StringFlag{
		Name:     "address",
		Usage:    "ADDRESS to show (default: your account)",
		Category: "ACCOUNT",
	}
)

func stakeCommand() *cli.Command {
	return &cli.Command{
		Name:  "stake",
		Usage: "stake GRID as a provider or an inspector, unbond and withdraw it",
		Subcommands: []*cli.Command{
			{Name: "add", Usage: "stake AMOUNT GRID (e.g. 500 or \"500 GRID\"); an inspector registers its node's --endpoint with it", ArgsUsage: "AMOUNT",
				Flags: withChainFlags(roleFlag, inspectorEndpointFlag), Action: action(stakeAdd)},
			{Name: "endpoint", Usage: "publish (or change) where your inspector node answers (you must hold the inspector minimum)", ArgsUsage: "ENDPOINT",
				Flags: withChainFlags(), Action: action(stakeEndpoint)},
			{Name: "unbond", Usage: "start unbonding AMOUNT of your free stake; withdraw it after the unbonding period", ArgsUsage: "AMOUNT", Flags: withChainFlags(roleFlag), Action: action(stakeUnbond)},
			{Name: "withdraw", Usage: "withdraw every unbond entry that has matured", Flags: withChainFlags(roleFlag), Action: action(stakeWithdraw)},
			{Name: "cancel-unbond", Usage: "put pending unbond entry INDEX (0 is the oldest; see stake show) back into your active stake", ArgsUsage: "INDEX",
				Flags: withChainFlags(roleFlag), Action: action(stakeCancelUnbond)},
			{Name: "show", Usage: "show a stake: active, locked by listings, free, unbonding", Flags: withChainFlags(roleFlag, addressFlag), Action: action(stakeShow)},
		},
	}
}

func role(c *cli.Context) (oracle.Role, error) { return oracle.ParseRole(c.String(roleFlag.Name)) }

func stakeAdd(c *cli.Context, args []string) error {
	r, err := role(c)
	if err != nil {
		return err
	}
	endpoint := c.String(inspectorEndpointFlag.Name)
	if endpoint != "" {
		if r != oracle.RoleInspector {
			return usageError("--endpoint is an inspector's: give it with --role inspector (a provider's endpoint goes with each machine: idlegrid machine list --endpoint)")
		}
		if endpoint, err = checkEndpoint(endpoint); err != nil {
			return err
		}
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	amt, err := s.parseAmountArg(c, args, oracle.PayGRID)
	if err != nil {
		return err
	}
	txs, err := protocol.NewStaking(s.conn).Stake(s.ctx, r, amt)
	if err != nil {
		return err
	}
	info, err := protocol.NewStaking(s.conn).Info(s.ctx, s.signer.Address(), r)
	if err != nil {
		return err
	}
	if endpoint != "" {
		if !info.ActiveInspector {
			return fmt.Errorf("staked, but the endpoint was not published: the registry takes an inspector's endpoint once it holds the inspector minimum (see `idlegrid stake show --role inspector`); stake the rest, then run `idlegrid stake endpoint %s`", endpoint)
		}
		tx, err := protocol.NewMachines(s.conn).SetInspectorEndpoint(s.ctx, endpoint)
		if err != nil {
			return fmt.Errorf("staked, but publishing the endpoint failed (retry with `idlegrid stake endpoint %s`): %w", endpoint, err)
		}
		txs = append(txs, tx)
	}
	return s.emitStake(info, txs...)
}

func stakeEndpoint(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the ENDPOINT where your inspector node answers: idlegrid stake endpoint https://host:port")
	}
	endpoint, err := checkEndpoint(args[0])
	if err != nil {
		return err
	}
	if endpoint == "" {
		return usageError("give a non-empty ENDPOINT (https://host:port)")
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := protocol.NewMachines(s.conn).SetInspectorEndpoint(s.ctx, endpoint)
	if err != nil {
		return err
	}
	info, err := protocol.NewStaking(s.conn).Info(s.ctx, s.signer.Address(), oracle.RoleInspector)
	if err != nil {
		return err
	}
	return s.emitStake(info, tx)
}

func stakeUnbond(c *cli.Context, args []string) error {
	r, err := role(c)
	if err != nil {
		return err
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	amt, err := s.parseAmountArg(c, args, oracle.PayGRID)
	if err != nil {
		return err
	}
	tx, at, err := protocol.NewStaking(s.conn).Unbond(s.ctx, r, amt)
	if err != nil {
		if chain.IsRevert(err, "InsufficientFreeStake") {
			return fmt.Errorf("%w: only free stake (not locked by listed machines) can unbond; delist machines first or unbond less", err)
		}
		return err
	}
	out := struct {
		Role           string      `json:"role"`
		Amount         jsonAmount  `json:"amount"`
		WithdrawableAt uint64      `json:"withdrawableAt"`
		Tx             protocol.Tx `json:"tx"`
	}{r.String(), gridAmt(amt), at, tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "unbonding\t%s\nwithdrawable\t%s (then: idlegrid stake withdraw --role %s)\n", amount.Format(amt, amount.GRID), when(at), r.String())
		printTxs(tw, tx)
	})
}

func stakeWithdraw(c *cli.Context, args []string) error {
	r, err := role(c)
	if err != nil {
		return err
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	st := protocol.NewStaking(s.conn)
	tx, got, err := st.Withdraw(s.ctx, r)
	if chain.IsRevert(err, "NothingToWithdraw") {
		info, ierr := st.Info(s.ctx, s.signer.Address(), r)
		if ierr == nil && len(info.Unbonds) > 0 {
			return fmt.Errorf("%w: the next unbond (%s) matures at %s", err, amount.Format(info.Unbonds[0].Amount, amount.GRID), when(info.Unbonds[0].WithdrawableAt))
		}
		return fmt.Errorf("%w: start with `idlegrid stake unbond AMOUNT`", err)
	}
	if err != nil {
		return err
	}
	out := struct {
		Role   string      `json:"role"`
		Amount jsonAmount  `json:"amount"`
		Tx     protocol.Tx `json:"tx"`
	}{r.String(), gridAmt(got), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "withdrawn\t%s\n", amount.Format(got, amount.GRID))
		printTxs(tw, tx)
	})
}

func stakeCancelUnbond(c *cli.Context, args []string) error {
	r, err := role(c)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageError("give the unbond entry's INDEX (0 is the oldest; see idlegrid stake show)")
	}
	index, err := strconv.ParseUint(args[0], 10, 32)
	if err != nil {
		return usageError("unbond INDEX %q: a whole number (0 is the oldest entry)", args[0])
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	st := protocol.NewStaking(s.conn)
	tx, err := st.CancelUnbond(s.ctx, r, index)
	if err != nil {
		if chain.IsRevert(err, "UnbondIndexOutOfRange") {
			info, ierr := st.Info(s.ctx, s.signer.Address(), r)
			if ierr == nil {
				return fmt.Errorf("%w: you have %d pending unbond entries (indexes 0-%d; see idlegrid stake show)", err, len(info.Unbonds), max(len(info.Unbonds), 1)-1)
			}
		}
		return err
	}
	info, err := st.Info(s.ctx, s.signer.Address(), r)
	if err != nil {
		return err
	}
	return s.emitStake(info, tx)
}

func stakeShow(c *cli.Context, args []string) error {
	r, err := role(c)
	if err != nil {
		return err
	}
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	who, err := self(c, s.d, addressFlag)
	if err != nil {
		return err
	}
	info, err := protocol.NewStaking(s.conn).Info(s.ctx, who, r)
	if err != nil {
		return err
	}
	return s.emitStake(info)
}

type unbondJSON struct {
	Amount         jsonAmount `json:"amount"`
	WithdrawableAt uint64     `json:"withdrawableAt"`
}

func (s *session) emitStake(info protocol.StakeInfo, txs ...protocol.Tx) error {
	out := struct {
		Account         common.Address `json:"account"`
		Role            string         `json:"role"`
		Active          jsonAmount     `json:"active"`
		Locked          jsonAmount     `json:"locked"`
		Free            jsonAmount     `json:"free"`
		Unbonding       jsonAmount     `json:"unbonding"`
		Withdrawable    jsonAmount     `json:"withdrawable"`
		Unbonds         []unbondJSON   `json:"unbonds"`
		ActiveInspector *bool          `json:"activeInspector,omitempty"`
		InspectorMin    *jsonAmount    `json:"inspectorMinStake,omitempty"`
		Endpoint        string         `json:"endpoint,omitempty"`
		Why             string         `json:"why,omitempty"`
		Txs             []protocol.Tx  `json:"txs,omitempty"`
	}{Account: info.Account, Role: info.Role.String(), Active: gridAmt(info.Active), Locked: gridAmt(info.Locked),
		Free: gridAmt(info.Free), Unbonding: gridAmt(info.Unbonding), Withdrawable: gridAmt(info.Withdrawable), Unbonds: []unbondJSON{}, Txs: txs}
	for _, u := range info.Unbonds {
		out.Unbonds = append(out.Unbonds, unbondJSON{gridAmt(u.Amount), u.WithdrawableAt})
	}
	if info.Role == oracle.RoleInspector {
		out.ActiveInspector = &info.ActiveInspector
		if e, err := protocol.NewMachines(s.conn).InspectorEndpoint(s.ctx, info.Account); err == nil {
			out.Endpoint = e
		}
		// Say why an inspector is not active: below the minimum, and by how much.
		if p, err := protocol.NewStaking(s.conn).Params(s.ctx); err == nil {
			min := gridAmt(p.InspectorMinStake)
			out.InspectorMin = &min
			if !info.ActiveInspector && info.Active.Cmp(p.InspectorMinStake) < 0 {
				more := new(big.Int).Sub(p.InspectorMinStake, info.Active)
				out.Why = fmt.Sprintf("an inspector needs at least %s active to sign attestations: stake %s more (idlegrid stake add %s --role inspector)",
					amount.Format(p.InspectorMinStake, amount.GRID), amount.Format(more, amount.GRID), amount.FormatNumber(more, amount.GRID.Decimals))
			}
		}
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "account\t%s (%s stake)\n", info.Account.Hex(), info.Role.String())
		fmt.Fprintf(tw, "active\t%s\n", amount.Format(info.Active, amount.GRID))
		if info.Role == oracle.RoleProvider {
			fmt.Fprintf(tw, "locked by listings\t%s\n", amount.Format(info.Locked, amount.GRID))
		}
		fmt.Fprintf(tw, "free\t%s\n", amount.Format(info.Free, amount.GRID))
		fmt.Fprintf(tw, "unbonding\t%s\n", amount.Format(info.Unbonding, amount.GRID))
		for i, u := range info.Unbonds {
			fmt.Fprintf(tw, "  entry %d\t%s, withdrawable %s\n", i, amount.Format(u.Amount, amount.GRID), when(u.WithdrawableAt))
		}
		if info.Withdrawable.Sign() > 0 {
			fmt.Fprintf(tw, "withdrawable now\t%s\n", amount.Format(info.Withdrawable, amount.GRID))
		}
		if info.Role == oracle.RoleInspector {
			fmt.Fprintf(tw, "active inspector\t%v\n", info.ActiveInspector)
			endpoint := out.Endpoint
			if endpoint == "" {
				endpoint = "none published (idlegrid stake endpoint URL)"
			}
			fmt.Fprintf(tw, "endpoint\t%s\n", endpoint)
			if out.Why != "" {
				fmt.Fprintf(tw, "why not\t%s\n", out.Why)
			}
		}
		printTxs(tw, txs...)
	})
}

// gridAmt is a GRID amount for JSON.
func gridAmt(v *big.Int) jsonAmount { return amt(v, amount.GRID) }
