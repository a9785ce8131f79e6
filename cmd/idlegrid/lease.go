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
	jobFlag = &cli.StringFlag{
		Name:     "job",
		Usage:    "the job spec's CID (bafy…, Qm…, or its sha2-256 digest as 0x…): recorded with the lease so the provider runs that job and nothing else; leave it out to name it later with `idlegrid lease set-job`",
		Category: "LEASE",
	}
	resultFlag = &cli.StringFlag{
		Name:     "result",
		Usage:    "the job result's CID",
		Category: "LEASE",
	}
	earningsProviderFlag = &cli.StringFlag{
		Name:     "provider",
		Usage:    "show provider ADDRESS's earnings (default: your account)",
		Category: "LEASE",
	}
)

func leaseCommand() *cli.Command {
	return &cli.Command{
		Name:  "lease",
		Usage: "rent GPUs from a provider's quote, extend, settle and close leases, withdraw what the escrow owes you",
		Subcommands: append([]*cli.Command{
			{Name: "open", Usage: "open a lease from a signed quote, prepaying it (fee included) into the escrow (by EIP-2612 permit where the token allows, so no approval stands)",
				Flags: withChainFlags(quoteFileFlag, fromBookFlag, marketAPIFlag, hoursFlag, payFlag, maxDepositFlag, jobFlag), Action: action(leaseOpen)},
			{Name: "extend", Usage: "prepay more time on your lease (a GRID lease pays the extension at today's rate)", ArgsUsage: "ID",
				Flags: withChainFlags(hoursFlag, maxDepositFlag), Action: action(leaseExtend)},
			{Name: "set-job", Usage: "name the job of your open lease, opened without --job (once)", ArgsUsage: "ID",
				Flags: withChainFlags(jobFlag), Action: action(leaseSetJob)},
			{Name: "complete", Usage: "record the CID of your lease's job result (renter; an inspectors' attested record supersedes it)", ArgsUsage: "ID",
				Flags: withChainFlags(resultFlag), Action: action(leaseComplete)},
			{Name: "settle", Usage: "move a lease along (anyone): close it once its time is up, pay the provider once its dispute window is over", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseSettle)},
			{Name: "close", Usage: "end your lease now (renter): it is billed to now (at least its minimum), the unused prepayment comes back", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseClose)},
			{Name: "end", Usage: "end a lease on your machine now (provider): the renter's unused prepayment is credited back", ArgsUsage: "ID",
				Flags: withChainFlags(), Action: action(leaseEnd)},
			{Name: "show", Usage: "show a lease, its job and its amounts now, how it closed, and when its dispute window ends", ArgsUsage: "ID",
				Flags: withChainFlags(waitClosedFlag), Action: action(leaseShow)},
			{Name: "ls", Usage: "list leases (default: those you rent and those on your machines)",
				Flags: withChainFlags(renterFlag, leaseProviderFlag), Action: action(leaseLs)},
			{Name: "earnings", Usage: "a provider's pay: withdrawable now, and held in leases' dispute windows (and until when)",
				Flags: withChainFlags(payFlag, earningsProviderFlag), Action: action(leaseEarnings)},
			{Name: "withdraw", Usage: "withdraw what the escrow holds for you (provider earnings past their dispute window, settled first; credited refunds)",
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
		return 0, badFlag(hoursFlag.Name, err)
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
		return nil, badFlag(maxDepositFlag.Name, err)
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
		return badFlag(payFlag.Name, err)
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
	var job common.Hash
	if j := c.String(jobFlag.Name); j != "" {
		if job, err = protocol.JobDigest(j); err != nil {
			return usageError("--job: %v", err)
		}
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
	opened, err := leases.Open(s.ctx, protocol.OpenRequest{Quote: sq, Duration: d, Pay: pay, MaxDeposit: max, Job: job, Permit: s.signer})
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
	res := &leaseResult{Permit: opened.Permitted, text: paidHow(opened.Permitted)}
	if err := s.emitLeases([]protocol.Lease{l}, res, opened.Txs...); err != nil {
		return err
	}
	s.noteApprovalLeft(c, pay)
	return nil
}

// paidHow says how a deposit was paid.
func paidHow(permitted bool) string {
	if permitted {
		return "deposit paid by a signed permit for exactly its amount: no approval stands"
	}
	return "deposit paid through an approval of the escrow"
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
	ext, err := leases.Extend(s.ctx, protocol.ExtendRequest{ID: id, Extra: d, MaxDeposit: max, Permit: s.signer})
	if chain.IsRevert(err, "DepositAboveMax") {
		err = fmt.Errorf("%w: the GRID price moved since the preview; retry, or allow more with --max-deposit", err)
	}
	if err != nil {
		return s.approvalStands(err, l.Pay, ext.Txs)
	}
	if l, err = leases.Get(s.ctx, id); err != nil {
		return err
	}
	u, err := s.unit(l.Pay)
	if err != nil {
		return err
	}
	res := &leaseResult{Permit: ext.Permitted, text: fmt.Sprintf("extended to %s for %s; %s", when(ext.EndsAt), amount.Format(ext.Deposit, u), paidHow(ext.Permitted))}
	if err := s.emitLeases([]protocol.Lease{l}, res, ext.Txs...); err != nil {
		return err
	}
	s.noteApprovalLeft(c, l.Pay)
	return nil
}

func leaseSetJob(c *cli.Context, args []string) error {
	id, err := leaseID(c, args)
	if err != nil {
		return err
	}
	j := c.String(jobFlag.Name)
	if j == "" {
		return usageError("give the job spec's CID with --job CID")
	}
	job, err := protocol.JobDigest(j)
	if err != nil {
		return usageError("--job: %v", err)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := protocol.NewJournal(s.conn).SetJob(s.ctx, id, job)
	if err != nil {
		return err
	}
	l, err := protocol.NewLeases(s.conn).Get(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emitLeases([]protocol.Lease{l}, &leaseResult{text: "job named: " + protocol.JobCID(job)}, tx)
}

func leaseComplete(c *cli.Context, args []string) error {
	id, err := leaseID(c, args)
	if err != nil {
		return err
	}
	result := strings.TrimSpace(c.String(resultFlag.Name))
	if result == "" {
		return usageError("give the job result's CID with --result CID")
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := protocol.NewJournal(s.conn).RecordCompletion(s.ctx, id, result)
	if err != nil {
		return err
	}
	l, err := protocol.NewLeases(s.conn).Get(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emitLeases([]protocol.Lease{l}, &leaseResult{text: "completion recorded: " + result}, tx)
}

func leaseSettle(c *cli.Context, args []string) error {
	return leaseAction(c, args, func(s *session, l *protocol.Leases, id *big.Int, u amount.Token) (protocol.Tx, *leaseResult, error) {
		before, err := l.Get(s.ctx, id)
		if err != nil {
			return protocol.Tx{}, nil, err
		}
		now, err := s.conn.Now(s.ctx)
		if err != nil {
			return protocol.Tx{}, nil, err
		}
		if !before.SettleDue(now + 1) {
			return protocol.Tx{}, nil, notDue(before, now)
		}
		st, err := l.Settle(s.ctx, id)
		if err != nil {
			return protocol.Tx{}, nil, err
		}
		r := &leaseResult{}
		if st.Closed != nil {
			r.add(st.Closed, u)
		}
		if st.Paid != nil {
			r.Paid, r.Fee = ptr(amt(st.Paid.Amount, u)), ptr(amt(st.Paid.Fee, u))
			if r.text != "" {
				r.text += "; "
			}
			r.text += fmt.Sprintf("settled: %s credited to the provider's escrow balance (idlegrid lease withdraw), fee %s", amount.Format(st.Paid.Amount, u), amount.Format(st.Paid.Fee, u))
		}
		if r.text == "" {
			r.text = "nothing was due yet"
		}
		return st.Tx, r, nil
	})
}

// notDue says why settling a lease now would do nothing, and when it will not.
func notDue(l protocol.Lease, now uint64) error {
	switch l.Status {
	case oracle.LeaseOpen:
		return fmt.Errorf("lease %s runs until %s: a settle closes it from then on (the renter may close it sooner with `idlegrid lease close %s`)", l.ID, when(l.EndsAt), l.ID)
	case oracle.LeaseClosed:
		return fmt.Errorf("lease %s is in its dispute window until %s (a breach may still bill it less): its pay is held until then, and a settle after that credits it", l.ID, when(l.DisputeEndsAt))
	}
	return fmt.Errorf("lease %s is %s: nothing is left to settle", l.ID, l.Status)
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
	Paid        *jsonAmount `json:"paidToProvider,omitempty"`
	Closed      string      `json:"closed,omitempty"`
	BilledUntil uint64      `json:"billedUntil,omitempty"`
	Refund      *jsonAmount `json:"refund,omitempty"`
	Held        *jsonAmount `json:"heldForProvider,omitempty"`
	Fee         *jsonAmount `json:"fee,omitempty"`
	Credited    bool        `json:"refundCredited,omitempty"`
	Permit      bool        `json:"paidByPermit,omitempty"`
	text        string
}

func (r *leaseResult) add(cl *protocol.Closed, u amount.Token) {
	r.Closed, r.BilledUntil, r.Refund, r.Held, r.Fee, r.Credited = cl.Reason.String(), cl.BilledUntil, ptr(amt(cl.Refund, u)), ptr(amt(cl.Payout, u)), ptr(amt(cl.Fee, u)), cl.Credited
	where := "returned to the renter"
	if cl.Credited {
		where = "credited to the renter's escrow balance (idlegrid lease withdraw)"
	}
	if r.text != "" {
		r.text += "; "
	}
	r.text += fmt.Sprintf("closed (%s), billed until %s: %s %s; %s held for the provider and fee %s until the dispute window ends",
		cl.Reason.Describe(), when(cl.BilledUntil), amount.Format(cl.Refund, u), where, amount.Format(cl.Payout, u), amount.Format(cl.Fee, u))
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
	leases := protocol.NewLeases(s.conn)
	l, err := leases.Get(s.ctx, id)
	if err != nil {
		return err
	}
	if wait := c.Duration(waitClosedFlag.Name); wait > 0 && l.Status == oracle.LeaseOpen {
		if l, err = waitLease(s, leases, id, wait); err != nil {
			return err
		}
	}
	if l.Status != oracle.LeaseClosed {
		return s.emitLeases([]protocol.Lease{l}, nil)
	}
	// Closed, in its dispute window: how it closed and where the refund went.
	cl, ok, err := leases.Closing(s.ctx, id)
	if err != nil || !ok {
		return s.emitLeases([]protocol.Lease{l}, nil)
	}
	u, err := s.unit(l.Pay)
	if err != nil {
		return err
	}
	res := &leaseResult{}
	res.add(&cl, u)
	return s.emitLeases([]protocol.Lease{l}, res)
}

var waitClosedFlag = &cli.DurationFlag{
	Name:  "wait-closed",
	Usage: "wait at most this long for an open lease to close (a breach the inspectors attest, the renter's close), then show it",
}

// waitLease polls lease id until it is no longer open, for at most wait.
func waitLease(s *session, leases *protocol.Leases, id *big.Int, wait time.Duration) (protocol.Lease, error) {
	ctx, cancel := context.WithTimeout(s.ctx, wait)
	defer cancel()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		l, err := leases.Get(ctx, id)
		switch {
		case err == nil && l.Status != oracle.LeaseOpen:
			return l, nil
		case ctx.Err() != nil:
			return protocol.Lease{}, fmt.Errorf("lease %s is still open after %s", id, wait)
		case err != nil:
			return protocol.Lease{}, err
		}
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
	}
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

func leaseEarnings(c *cli.Context, args []string) error {
	pay, err := oracle.ParsePayToken(c.String(payFlag.Name))
	if err != nil {
		return usageError("--pay: %v", err)
	}
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	who, err := self(c, s.d, earningsProviderFlag)
	if err != nil {
		return err
	}
	u, err := s.unit(pay)
	if err != nil {
		return err
	}
	e, err := protocol.NewLeases(s.conn).Earnings(s.ctx, who, pay)
	if err != nil {
		return err
	}
	return s.emitEarnings(who, e, u)
}

type earningsJSON struct {
	Provider     common.Address `json:"provider"`
	Pay          string         `json:"pay"`
	Withdrawable jsonAmount     `json:"withdrawable"`
	Held         jsonAmount     `json:"held"`
	HeldUntil    uint64         `json:"heldUntil,omitempty"`
	Due          jsonAmount     `json:"dueOnSettle"`
	DueLeases    []string       `json:"dueLeases,omitempty"`
	Running      int            `json:"runningLeases"`
}

func (s *session) emitEarnings(who common.Address, e protocol.Earnings, u amount.Token) error {
	out := earningsJSON{Provider: who, Pay: e.Pay.String(), Withdrawable: amt(e.Withdrawable, u), Held: amt(e.Held, u), HeldUntil: e.HeldUntil,
		Due: amt(e.Due, u), Running: e.Running}
	for _, id := range e.DueIDs {
		out.DueLeases = append(out.DueLeases, id.String())
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "provider\t%s\n", who.Hex())
		fmt.Fprintf(tw, "withdrawable\t%s\n", amount.Format(e.Withdrawable, u))
		if e.Due.Sign() > 0 {
			fmt.Fprintf(tw, "due\t%s from %d lease%s past the dispute window: `idlegrid lease withdraw` settles them first\n",
				amount.Format(e.Due, u), len(e.DueIDs), plural(len(e.DueIDs), "", "s"))
		}
		held := amount.Format(e.Held, u)
		if e.Held.Sign() > 0 {
			held += fmt.Sprintf(" in dispute windows (a breach may still bill it less), the last until %s", when(e.HeldUntil))
		}
		fmt.Fprintf(tw, "held\t%s\n", held)
		fmt.Fprintf(tw, "running\t%d lease%s (paid once closed and past the dispute window)\n", e.Running, plural(e.Running, "", "s"))
	})
}

func leaseWithdraw(c *cli.Context, args []string) error {
	pay, err := oracle.ParsePayToken(c.String(payFlag.Name))
	if err != nil {
		return usageError("--pay: %v", err)
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
	leases := protocol.NewLeases(s.conn)
	w, err := leases.Withdraw(s.ctx, pay)
	if chain.IsRevert(err, "NothingToWithdraw") {
		msg := fmt.Sprintf("the escrow holds no %s for you to withdraw", pay)
		if e, eerr := leases.Earnings(context.WithoutCancel(s.ctx), s.signer.Address(), pay); eerr == nil && e.Held.Sign() > 0 {
			msg += fmt.Sprintf(": %s of your pay is held in leases' dispute windows, the last until %s; withdraw after that", amount.Format(e.Held, u), when(e.HeldUntil))
		} else if eerr == nil && e.Running > 0 {
			msg += fmt.Sprintf(": %d of your leases still run; their pay is withdrawable once they close and their dispute window passes", e.Running)
		}
		return fmt.Errorf("%w: %s", err, msg)
	}
	if err != nil {
		return err
	}
	var txs []protocol.Tx
	out := struct {
		Amount  jsonAmount    `json:"amount"`
		Settled []string      `json:"settledFirst,omitempty"`
		Txs     []protocol.Tx `json:"txs"`
	}{Amount: amt(w.Amount, u)}
	if w.Settle != nil {
		txs = append(txs, *w.Settle)
		for _, id := range w.Settled {
			out.Settled = append(out.Settled, id.String())
		}
	}
	out.Txs = append(txs, w.Tx)
	return s.emit(out, func(tw *tabwriter.Writer) {
		if len(out.Settled) > 0 {
			fmt.Fprintf(tw, "settled first\tlease%s %s (past their dispute window)\n", plural(len(out.Settled), "", "s"), strings.Join(out.Settled, ", "))
		}
		fmt.Fprintf(tw, "withdrawn\t%s\n", amount.Format(w.Amount, u))
		printTxs(tw, out.Txs...)
	})
}

type leaseJSON struct {
	ID            string         `json:"id"`
	Status        string         `json:"status"`
	Renter        common.Address `json:"renter"`
	Provider      common.Address `json:"provider"`
	Machine       common.Hash    `json:"machine"`
	GPUs          uint32         `json:"gpus"`
	GPUMask       uint32         `json:"gpuMask"`
	Pay           string         `json:"pay"`
	FeeBps        uint16         `json:"feeBps"`
	Rate          string         `json:"rateScaled"`
	RatePerHour   jsonAmount     `json:"ratePerHour"`
	StartedAt     uint64         `json:"startedAt"`
	EndsAt        uint64         `json:"endsAt"`
	MinEndsAt     uint64         `json:"minEndsAt,omitempty"`
	MaxEndsAt     uint64         `json:"maxEndsAt"`
	ClosedAt      uint64         `json:"closedAt,omitempty"`
	DisputeEndsAt uint64         `json:"disputeEndsAt,omitempty"`
	Job           string         `json:"job,omitempty"`
	JobDigest     *common.Hash   `json:"jobDigest,omitempty"`
	Completed     bool           `json:"completed"`
	Attested      bool           `json:"completionAttested,omitempty"`
	ResultCID     string         `json:"resultCid,omitempty"`
	Held          jsonAmount     `json:"held"`
	Payout        jsonAmount     `json:"payout"`
	Fee           jsonAmount     `json:"fee"`
	Refundable    jsonAmount     `json:"refundable"`
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
	now, err := s.conn.Now(s.ctx)
	if err != nil {
		return err
	}
	ids := make([]*big.Int, len(ls))
	for i, l := range ls {
		ids[i] = l.ID
	}
	byID, err := protocol.NewJournal(s.conn).Records(s.ctx, ids)
	if err != nil {
		return err
	}
	records := make([]protocol.JournalRecord, len(ls))
	for i, l := range ls {
		records[i] = byID[l.ID.String()]
	}
	out := struct {
		Leases []leaseJSON   `json:"leases"`
		Result *leaseResult  `json:"result,omitempty"`
		Txs    []protocol.Tx `json:"txs,omitempty"`
	}{Leases: []leaseJSON{}, Result: res, Txs: txs}
	for i, l := range ls {
		u, rec := units[l.Pay], records[i]
		j := leaseJSON{
			ID: l.ID.String(), Status: l.Status.String(), Renter: l.Renter, Provider: l.Provider, Machine: l.MachineID,
			GPUs: l.GPUs, GPUMask: l.GPUMask, Pay: l.Pay.String(), FeeBps: l.FeeBps, Rate: l.Rate.String(), RatePerHour: amt(l.RatePerHour(), u),
			StartedAt: l.StartedAt, EndsAt: l.EndsAt, MinEndsAt: l.MinEndsAt, MaxEndsAt: l.MaxEndsAt, ClosedAt: l.ClosedAt, DisputeEndsAt: l.DisputeEndsAt,
			Completed: rec.Completed, Attested: rec.Attested, ResultCID: rec.ResultCID,
			Held: amt(l.Held, u), Payout: amt(l.Payout, u), Fee: amt(l.Fee, u), Refundable: amt(l.Refundable, u),
		}
		if rec.Job != (common.Hash{}) {
			j.Job, j.JobDigest = protocol.JobCID(rec.Job), &rec.Job
		}
		out.Leases = append(out.Leases, j)
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		if len(ls) == 0 {
			fmt.Fprintln(tw, "no leases")
		}
		for i, l := range ls {
			u, rec := units[l.Pay], records[i]
			if i > 0 {
				fmt.Fprintln(tw)
			}
			fmt.Fprintf(tw, "lease\t%s (%s)\n", l.ID, l.Status)
			fmt.Fprintf(tw, "machine\t%s, %d GPU%s\n", l.MachineID.Hex(), l.GPUs, plural(int(l.GPUs), "", "s"))
			fmt.Fprintf(tw, "renter\t%s\nprovider\t%s\n", l.Renter.Hex(), l.Provider.Hex())
			fmt.Fprintf(tw, "price\t%s/h, paid in %s (fee %s%%)\n", amount.Format(l.RatePerHour(), u), l.Pay, amount.FormatNumber(big.NewInt(int64(l.FeeBps)), 2))
			switch {
			case rec.Job == (common.Hash{}) && l.Status == oracle.LeaseOpen:
				fmt.Fprintf(tw, "job\tnot named yet (idlegrid lease set-job %s --job CID)\n", l.ID)
			case rec.Job != (common.Hash{}):
				fmt.Fprintf(tw, "job\t%s\n", protocol.JobCID(rec.Job))
			}
			if rec.Completed {
				by := "by the renter"
				if rec.Attested {
					by = "attested by the inspectors"
				}
				fmt.Fprintf(tw, "job result\t%s (%s)\n", rec.ResultCID, by)
			}
			fmt.Fprintf(tw, "started\t%s\n", when(l.StartedAt))
			switch l.Status {
			case oracle.LeaseOpen:
				fmt.Fprintf(tw, "ends\t%s (extensible to %s)\n", when(l.EndsAt), when(l.MaxEndsAt))
				if l.MinEndsAt > now {
					fmt.Fprintf(tw, "billed at least until\t%s\n", when(l.MinEndsAt))
				}
				fmt.Fprintf(tw, "held\t%s: %s to the provider and %s fee if closed now, %s refundable\n",
					amount.Format(l.Held, u), amount.Format(l.Payout, u), amount.Format(l.Fee, u), amount.Format(l.Refundable, u))
				if now >= l.EndsAt {
					fmt.Fprintf(tw, "note\tits time is up: a settle closes it (idlegrid lease settle %s)\n", l.ID)
				}
			case oracle.LeaseClosed:
				fmt.Fprintf(tw, "closed\t%s, billed until %s\n", when(l.ClosedAt), when(l.EndsAt))
				window := "open: a breach may still bill it less"
				if now > l.DisputeEndsAt {
					window = fmt.Sprintf("over: settle to credit the provider (idlegrid lease settle %s)", l.ID)
				}
				fmt.Fprintf(tw, "dispute window\tuntil %s (%s)\n", when(l.DisputeEndsAt), window)
				fmt.Fprintf(tw, "held\t%s: %s for the provider, %s fee, until the window ends\n", amount.Format(l.Held, u), amount.Format(l.Payout, u), amount.Format(l.Fee, u))
			case oracle.LeaseSettled:
				fmt.Fprintf(tw, "closed\t%s, billed until %s\n", when(l.ClosedAt), when(l.EndsAt))
				fmt.Fprintf(tw, "settled\tthe dispute window ended %s; the provider's pay is in its escrow balance\n", when(l.DisputeEndsAt))
			}
		}
		if res != nil && res.text != "" {
			fmt.Fprintf(tw, "result\t%s\n", res.text)
		}
		printTxs(tw, txs...)
	})
}
