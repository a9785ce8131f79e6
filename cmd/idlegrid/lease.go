package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	hoursFlag = &cli.StringFlag{
		Name:     "hours",
		Aliases:  []string{"duration"},
		Usage:    "lease length: HOURS (2, 1.5) or a duration (2h30m, 45m, 1d)",
		Category: "LEASE",
	}
	payFlag = &cli.StringFlag{
		Name:     "pay",
		Usage:    "pay in usd (the stablecoin) or grid (converted at the attested GRID/USD rate, lower fee)",
		Value:    "usd",
		Category: "LEASE",
	}
	maxDepositFlag = &cli.StringFlag{
		Name:     "max-deposit",
		Usage:    "the most you accept to prepay (AMOUNT in the pay token); default: the previewed prepayment",
		Category: "LEASE",
	}
	renterFlag = &cli.StringFlag{
		Name:     "renter",
		Usage:    "list the leases of renter ADDRESS",
		Category: "LEASE",
	}
	leaseProviderFlag = &cli.StringFlag{
		Name:     "provider",
		Usage:    "list the leases on provider ADDRESS's machines",
		Category: "LEASE",
	}
)

func leaseCommand() *cli.Command {
	return &cli.Command{
		Name:  "lease",
		Usage: "rent GPUs from a provider's quote, extend, settle and close leases, withdraw what the escrow owes you",
		Subcommands: append([]*cli.Command{
			{Name: "open", Usage: "open a lease from a signed quote, prepaying it (fee included) into the escrow",
				Flags: withChainFlags(quoteFileFlag, fromBookFlag, marketAPIFlag, hoursFlag, payFlag, maxDepositFlag), Action: action(leaseOpen)},
			{Name: "extend", Usage: "prepay more time on your lease", ArgsUsage: "ID",
				Flags: withChainFlags(hoursFlag, maxDepositFlag), Action: action(leaseExtend)},
			{Name: "settle", Usage: "pay the provider for the time used so far (anyone); closes a lease that has ended", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseSettle)},
			{Name: "close", Usage: "end your lease now (renter): the provider is paid to now, the unused prepayment comes back", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseClose)},
			{Name: "end", Usage: "end a lease on your machine now (provider): the renter's unused prepayment is credited back", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseEnd)},
			{Name: "show", Usage: "show a lease and its amounts now", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseShow)},
			{Name: "ls", Usage: "list leases (default: those you rent and those on your machines)",
				Flags: withChainFlags(renterFlag, leaseProviderFlag), Action: action(leaseLs)},
			{Name: "withdraw", Usage: "withdraw what the escrow holds for you (provider earnings, credited refunds)",
				Flags: withChainFlags(payFlag), Action: action(leaseWithdraw)},
		}, gatewayCommands()...),
	}
}

func leaseID(c *cli.Context, args []string) (*big.Int, error) {
	if len(args) != 1 {
		return nil, usageError("give the lease ID: idlegrid %s ID", commandPath(c))
	}
	id, ok := new(big.Int).SetString(args[0], 10)
	if !ok || id.Sign() <= 0 {
		return nil, usageError("lease ID %q: give a positive integer (see `idlegrid lease ls`)", args[0])
	}
	return id, nil
}

func leaseDuration(c *cli.Context) (time.Duration, error) {
	h := c.String(hoursFlag.Name)
	if h == "" {
		return 0, usageError("give the lease length with --hours (2, 1.5, or 2h30m)")
	}
	d, err := amount.ParseHours(h)
	if err != nil {
		return 0, fmt.Errorf("--hours: %w", err)
	}
	return d, nil
}

func (s *session) maxDeposit(c *cli.Context, pay oracle.PayToken) (*big.Int, error) {
	v := c.String(maxDepositFlag.Name)
	if v == "" {
		return nil, nil
	}
	u, err := s.unit(pay)
	if err != nil {
		return nil, err
	}
	max, err := amount.Parse(v, u)
	if err != nil {
		return nil, fmt.Errorf("--max-deposit: %w", err)
	}
	return max, nil
}

func leaseOpen(c *cli.Context, args []string) error {
	d, err := leaseDuration(c)
	if err != nil {
		return err
	}
	pay, err := oracle.ParsePayToken(c.String(payFlag.Name))
	if err != nil {
		return fmt.Errorf("--pay: %w", err)
	}
	var sq oracle.SignedQuote
	switch digest := c.String(fromBookFlag.Name); {
	case digest != "" && c.String(quoteFileFlag.Name) != "":
		return usageError("give either --quote FILE or --from-book DIGEST, not both")
	case digest != "":
		sq, err = bookQuote(c, digest, "--from-book")
	default:
		sq, err = readQuote(c.String(quoteFileFlag.Name))
	}
	if err != nil {
		return err
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	max, err := s.maxDeposit(c, pay)
	if err != nil {
		return err
	}
	leases := protocol.NewLeases(s.conn)
	opened, err := leases.Open(s.ctx, sq, d, pay, max)
	switch {
	case chain.IsRevert(err, "NoPrice") || chain.IsRevert(err, "StalePrice"):
		err = fmt.Errorf("%w: paying in GRID needs a fresh GRID/USD rate attested by the inspectors; pay in USD (--pay usd) meanwhile", err)
	case chain.IsRevert(err, "DepositAboveMax"):
		err = fmt.Errorf("%w: the GRID price moved since the preview; retry, or allow more with --max-deposit", err)
	}
	if err != nil {
		// The lease did not open, but an approval sent for it did: say that it stands and how to revoke it.
		return s.approvalStands(err, pay, opened.Txs)
	}
	l, err := leases.Get(s.ctx, opened.ID)
	if err != nil {
		return err
	}
	if err := s.emitLeases([]protocol.Lease{l}, nil, opened.Txs...); err != nil {
		return err
	}
	s.noteApprovalLeft(c, pay)
	return nil
}

// approvalStands adds to err, when txs hold the escrow approval sent for a lease that then did not open, that
// the approval still lets the escrow pull the tokens, and how to revoke it.
func (s *session) approvalStands(err error, pay oracle.PayToken, txs []protocol.Tx) error {
	for _, tx := range txs {
		if !strings.HasPrefix(tx.Label, "approve") {
			continue
		}
		left, aerr := protocol.NewTokens(s.conn).Allowance(context.WithoutCancel(s.ctx), pay, s.signer.Address(), s.d.Contracts.LeaseEscrow)
		if aerr != nil || left.Sign() == 0 {
			return err
		}
		u, uerr := s.unit(pay)
		if uerr != nil {
			u = pay.Unit()
		}
		return &noteErr{err: err, note: fmt.Sprintf("the approval sent for it (tx %s) stands: the escrow may still pull %s of yours; revoke it with `%s`, or leave it for your next lease",
			tx.Hash.Hex(), amount.Format(left, u), revokeCommand(pay, "escrow"))}
	}
	return err
}

// noteApprovalLeft says, after a lease opened, when the escrow may still pull more of the renter's tokens (an
// earlier approval larger than this deposit, which the open used without asking).
func (s *session) noteApprovalLeft(c *cli.Context, pay oracle.PayToken) {
	left, err := protocol.NewTokens(s.conn).Allowance(s.ctx, pay, s.signer.Address(), s.d.Contracts.LeaseEscrow)
	if err != nil || left.Sign() == 0 {
		return
	}
	u, _ := s.unit(pay)
	fmt.Fprintf(c.App.ErrWriter, "note: an earlier approval paid this deposit, and the escrow may still pull %s of yours; revoke it with `%s`\n",
		amount.Format(left, u), revokeCommand(pay, "escrow"))
}

func leaseExtend(c *cli.Context, args []string) error {
	id, err := leaseID(c, args)
	if err != nil {
		return err
	}
	d, err := leaseDuration(c)
	if err != nil {
		return err
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	leases := protocol.NewLeases(s.conn)
	l, err := leases.Get(s.ctx, id)
	if err != nil {
		return err
	}
	max, err := s.maxDeposit(c, l.Pay)
	if err != nil {
		return err
	}
	txs, _, _, err := leases.Extend(s.ctx, id, d, max)
	if err != nil {
		return err
	}
	if l, err = leases.Get(s.ctx, id); err != nil {
		return err
	}
	return s.emitLeases([]protocol.Lease{l}, nil, txs...)
}

func leaseSettle(c *cli.Context, args []string) error {
	return leaseAction(c, args, func(s *session, l *protocol.Leases, id *big.Int, u amount.Token) (protocol.Tx, *leaseResult, error) {
		st, err := l.Settle(s.ctx, id)
		if err != nil {
			return protocol.Tx{}, nil, err
		}
		r := &leaseResult{Paid: ptr(amt(st.Amount, u)), text: fmt.Sprintf("paid %s to the provider's escrow balance", amount.Format(st.Amount, u))}
		if st.Closed != nil {
			r.add(st.Closed, u)
		}
		return st.Tx, r, nil
	})
}

func leaseClose(c *cli.Context, args []string) error {
	return leaseAction(c, args, func(s *session, l *protocol.Leases, id *big.Int, u amount.Token) (protocol.Tx, *leaseResult, error) {
		cl, err := l.Close(s.ctx, id)
		if chain.IsRevert(err, "NotRenter") {
			return protocol.Tx{}, nil, fmt.Errorf("%w: only the renter closes a lease (a provider ends it with `idlegrid lease end`)", err)
		}
		if err != nil {
			return protocol.Tx{}, nil, err
		}
		r := &leaseResult{}
		r.add(&cl, u)
		return cl.Tx, r, nil
	})
}

func leaseEnd(c *cli.Context, args []string) error {
	return leaseAction(c, args, func(s *session, l *protocol.Leases, id *big.Int, u amount.Token) (protocol.Tx, *leaseResult, error) {
		cl, err := l.End(s.ctx, id)
		if err != nil {
			return protocol.Tx{}, nil, err
		}
		r := &leaseResult{}
		r.add(&cl, u)
		return cl.Tx, r, nil
	})
}

// leaseResult is what a settle or close moved.
type leaseResult struct {
	Paid     *jsonAmount `json:"paidToProvider,omitempty"`
	Closed   string      `json:"closed,omitempty"`
	Refund   *jsonAmount `json:"refund,omitempty"`
	Fee      *jsonAmount `json:"fee,omitempty"`
	Credited bool        `json:"refundCredited,omitempty"`
	text     string
}

func (r *leaseResult) add(cl *protocol.Closed, u amount.Token) {
	r.Closed, r.Refund, r.Fee, r.Credited = cl.Reason.String(), ptr(amt(cl.Refund, u)), ptr(amt(cl.Fee, u)), cl.Credited
	where := "returned to the renter"
	if cl.Credited {
		where = "credited to the renter's escrow balance (idlegrid lease withdraw)"
	}
	if r.text != "" {
		r.text += "; "
	}
	r.text += fmt.Sprintf("closed (%s): %s %s, fee %s", cl.Reason.Describe(), amount.Format(cl.Refund, u), where, amount.Format(cl.Fee, u))
}

// leaseAction runs a write on one lease and shows the lease after it.
func leaseAction(c *cli.Context, args []string, act func(*session, *protocol.Leases, *big.Int, amount.Token) (protocol.Tx, *leaseResult, error)) error {
	id, err := leaseID(c, args)
	if err != nil {
		return err
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	leases := protocol.NewLeases(s.conn)
	before, err := leases.Get(s.ctx, id)
	if err != nil {
		return err
	}
	u, err := s.unit(before.Pay)
	if err != nil {
		return err
	}
	tx, res, err := act(s, leases, id, u)
	if chain.IsRevert(err, "LeaseNotOpen") {
		return fmt.Errorf("%w: it is closed already (see `idlegrid lease show %s`)", err, id)
	}
	if err != nil {
		return err
	}
	l, err := leases.Get(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emitLeases([]protocol.Lease{l}, res, tx)
}

func leaseShow(c *cli.Context, args []string) error {
	id, err := leaseID(c, args)
	if err != nil {
		return err
	}
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := protocol.NewLeases(s.conn).Get(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emitLeases([]protocol.Lease{l}, nil)
}

func leaseLs(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	var filters []protocol.LeaseFilter
	renter, provider := c.String(renterFlag.Name), c.String(leaseProviderFlag.Name)
	for _, a := range []string{renter, provider} {
		if a != "" && !common.IsHexAddress(a) {
			return usageError("%q is not an address", a)
		}
	}
	switch {
	case renter != "" || provider != "":
		filters = append(filters, protocol.LeaseFilter{Renter: common.HexToAddress(renter), Provider: common.HexToAddress(provider)})
	default:
		me, err := self(c, s.d, nil)
		if err != nil {
			return fmt.Errorf("%w (or give --renter or --provider)", err)
		}
		filters = append(filters, protocol.LeaseFilter{Renter: me}, protocol.LeaseFilter{Provider: me})
	}
	leases := protocol.NewLeases(s.conn)
	var all []protocol.Lease
	seen := map[string]bool{}
	for _, f := range filters {
		ls, err := leases.List(s.ctx, f)
		if err != nil {
			return err
		}
		for _, l := range ls {
			if !seen[l.ID.String()] {
				seen[l.ID.String()] = true
				all = append(all, l)
			}
		}
	}
	return s.emitLeases(all, nil)
}

func leaseWithdraw(c *cli.Context, args []string) error {
	pay, err := oracle.ParsePayToken(c.String(payFlag.Name))
	if err != nil {
		return fmt.Errorf("--pay: %w", err)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	u, err := s.unit(pay)
	if err != nil {
		return err
	}
	tx, got, err := protocol.NewLeases(s.conn).Withdraw(s.ctx, pay)
	if chain.IsRevert(err, "NothingToWithdraw") {
		return fmt.Errorf("%w: the escrow holds no %s for you (settle your leases first: `idlegrid lease settle ID`)", err, pay)
	}
	if err != nil {
		return err
	}
	out := struct {
		Amount jsonAmount  `json:"amount"`
		Tx     protocol.Tx `json:"tx"`
	}{amt(got, u), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "withdrawn\t%s\n", amount.Format(got, u))
		printTxs(tw, tx)
	})
}

type leaseJSON struct {
	ID          string         `json:"id"`
	Status      string         `json:"status"`
	Renter      common.Address `json:"renter"`
	Provider    common.Address `json:"provider"`
	Machine     common.Hash    `json:"machine"`
	GPUs        uint32         `json:"gpus"`
	Pay         string         `json:"pay"`
	FeeBps      uint16         `json:"feeBps"`
	Rate        jsonAmount     `json:"ratePerSecond"`
	RatePerHour string         `json:"ratePerHour"`
	StartedAt   uint64         `json:"startedAt"`
	SettledAt   uint64         `json:"settledAt"`
	EndsAt      uint64         `json:"endsAt"`
	Completed   bool           `json:"completed"`
	Balance     jsonAmount     `json:"balance"`
	Accrued     jsonAmount     `json:"accrued"`
	Fee         jsonAmount     `json:"fee"`
	Refundable  jsonAmount     `json:"refundable"`
}

func (s *session) emitLeases(ls []protocol.Lease, res *leaseResult, txs ...protocol.Tx) error {
	units := map[oracle.PayToken]amount.Token{}
	for _, p := range []oracle.PayToken{oracle.PayUSD, oracle.PayGRID} {
		u, err := s.unit(p)
		if err != nil {
			return err
		}
		units[p] = u
	}
	out := struct {
		Leases []leaseJSON   `json:"leases"`
		Result *leaseResult  `json:"result,omitempty"`
		Txs    []protocol.Tx `json:"txs,omitempty"`
	}{Leases: []leaseJSON{}, Result: res, Txs: txs}
	for _, l := range ls {
		u := units[l.Pay]
		out.Leases = append(out.Leases, leaseJSON{
			ID: l.ID.String(), Status: l.Status.String(), Renter: l.Renter, Provider: l.Provider, Machine: l.MachineID,
			GPUs: l.GPUs, Pay: l.Pay.String(), FeeBps: l.FeeBps, Rate: amt(l.Rate, u), RatePerHour: amount.FormatRate(l.Rate, u),
			StartedAt: l.StartedAt, SettledAt: l.SettledAt, EndsAt: l.EndsAt, Completed: l.Completed,
			Balance: amt(l.Balance, u), Accrued: amt(l.Accrued, u), Fee: amt(l.Fee, u), Refundable: amt(l.Refundable, u),
		})
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		if len(ls) == 0 {
			fmt.Fprintln(tw, "no leases")
		}
		for i, l := range ls {
			u := units[l.Pay]
			if i > 0 {
				fmt.Fprintln(tw)
			}
			fmt.Fprintf(tw, "lease\t%s (%s)\n", l.ID, l.Status)
			fmt.Fprintf(tw, "machine\t%s, %d GPU%s\n", l.MachineID.Hex(), l.GPUs, plural(int(l.GPUs), "", "s"))
			fmt.Fprintf(tw, "renter\t%s\nprovider\t%s\n", l.Renter.Hex(), l.Provider.Hex())
			fmt.Fprintf(tw, "price\t%s, paid in %s (fee %s%%)\n", amount.FormatRate(l.Rate, u), l.Pay, amount.FormatNumber(big.NewInt(int64(l.FeeBps)), 2))
			fmt.Fprintf(tw, "started\t%s\n", when(l.StartedAt))
			if l.Status == oracle.LeaseClosed {
				fmt.Fprintf(tw, "closed\t%s\n", when(l.EndsAt))
				continue
			}
			fmt.Fprintf(tw, "ends\t%s\n", when(l.EndsAt))
			fmt.Fprintf(tw, "settled to\t%s\n", when(l.SettledAt))
			fmt.Fprintf(tw, "held\t%s: %s owed to the provider, %s fee, %s refundable if closed now\n",
				amount.Format(l.Balance, u), amount.Format(l.Accrued, u), amount.Format(l.Fee, u), amount.Format(l.Refundable, u))
		}
		if res != nil && res.text != "" {
			fmt.Fprintf(tw, "result\t%s\n", res.text)
		}
		printTxs(tw, txs...)
	})
}
