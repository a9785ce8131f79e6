package main

import (
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	tokenFlag = &cli.StringFlag{
		Name:     "token",
		Usage:    "usd (the stablecoin) or grid",
		Category: "TOKEN",
	}
	spenderFlag = &cli.StringFlag{
		Name:     "spender",
		Usage:    "who may pull the tokens: escrow, staking, rewards or an ADDRESS",
		Category: "TOKEN",
	}
	toFlag = &cli.StringFlag{
		Name:     "to",
		Usage:    "recipient ADDRESS",
		Category: "TOKEN",
	}
	faucetUSDFlag = &cli.StringFlag{
		Name:     "usd",
		Usage:    "USD to mint (MockUSD)",
		Value:    "1000",
		Category: "FAUCET",
	}
	faucetGRIDFlag = &cli.StringFlag{
		Name:     "grid",
		Usage:    "GRID to send",
		Value:    "1000",
		Category: "FAUCET",
	}
	faucetETHFlag = &cli.StringFlag{
		Name:     "eth",
		Usage:    "ETH to send for gas",
		Value:    "1",
		Category: "FAUCET",
	}
)

func tokenCommand() *cli.Command {
	return &cli.Command{
		Name:  "token",
		Usage: "balances, approvals and transfers of GRID and USD; the devnet faucet",
		Subcommands: []*cli.Command{
			{Name: "balance", Usage: "show ETH, USD and GRID balances, and what the escrow holds for the account",
				Flags: withChainFlags(addressFlag), Action: action(tokenBalance)},
			{Name: "approve", Usage: "let a contract pull AMOUNT of your tokens (lease open and stake add approve what they need themselves; 0 revokes)", ArgsUsage: "AMOUNT",
				Flags: withChainFlags(tokenFlag, spenderFlag), Action: action(tokenApprove)},
			{Name: "allowance", Usage: "show what a contract may still pull of your USD and GRID (approvals left standing), and how to revoke it",
				Flags: withChainFlags(spenderFlag, addressFlag), Action: action(tokenAllowance)},
			{Name: "transfer", Usage: "send AMOUNT of your tokens", ArgsUsage: "AMOUNT",
				Flags: withChainFlags(tokenFlag, toFlag), Action: action(tokenTransfer)},
			{Name: "faucet", Usage: "fund an account with ETH, MockUSD and GRID (local dev chains only; on devnet paid by dev account 0)",
				Flags: withChainFlags(toFlag, faucetUSDFlag, faucetGRIDFlag, faucetETHFlag), Action: action(tokenFaucet)},
		},
	}
}

// payTokenOf is the token a command moves: --token, or the symbol written in its AMOUNT ("5 USD").
func payTokenOf(c *cli.Context, args []string) (oracle.PayToken, error) {
	if c.String(tokenFlag.Name) == "" && len(args) == 1 {
		fields := strings.FieldsFunc(args[0], func(r rune) bool { return r == ' ' || (r >= '0' && r <= '9') || r == '.' || r == '_' })
		if len(fields) == 1 {
			p, err := oracle.ParsePayToken(fields[0])
			if err != nil {
				return 0, usageError("amount %q: %v", args[0], err)
			}
			return p, nil
		}
	}
	return payTokenFlag(c)
}

func payTokenFlag(c *cli.Context) (oracle.PayToken, error) {
	t := c.String(tokenFlag.Name)
	if t == "" {
		return 0, usageError("give the token with --token usd or --token grid, or in the amount (\"5 USD\")")
	}
	p, err := oracle.ParsePayToken(t)
	if err != nil {
		return 0, badFlag(tokenFlag.Name, err)
	}
	return p, nil
}

func tokenBalance(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	who, err := self(c, s.d, addressFlag)
	if err != nil {
		return err
	}
	tokens, leases := protocol.NewTokens(s.conn), protocol.NewLeases(s.conn)
	eth, err := tokens.ETHBalance(s.ctx, who)
	if err != nil {
		return err
	}
	type holding struct {
		Wallet jsonAmount `json:"wallet"`
		// Escrow is withdrawable now (after a settle of the due leases, which withdraw does first); Held is a
		// provider's pay still in leases' dispute windows, until HeldUntil.
		Escrow    jsonAmount `json:"escrow"`
		Held      jsonAmount `json:"held"`
		HeldUntil uint64     `json:"heldUntil,omitempty"`
	}
	out := struct {
		Account common.Address `json:"account"`
		ETH     jsonAmount     `json:"eth"`
		USD     holding        `json:"usd"`
		GRID    holding        `json:"grid"`
	}{Account: who, ETH: amt(eth, amount.ETH)}
	var lines []string
	for _, p := range []oracle.PayToken{oracle.PayUSD, oracle.PayGRID} {
		u, err := s.unit(p)
		if err != nil {
			return err
		}
		bal, err := tokens.Balance(s.ctx, p, who)
		if err != nil {
			return err
		}
		e, err := leases.Earnings(s.ctx, who, p)
		if err != nil {
			return err
		}
		esc := new(big.Int).Add(e.Withdrawable, e.Due)
		h := holding{amt(bal, u), amt(esc, u), amt(e.Held, u), e.HeldUntil}
		if p == oracle.PayUSD {
			out.USD = h
		} else {
			out.GRID = h
		}
		line := fmt.Sprintf("%s\t%s", p, amount.Format(bal, u))
		if esc.Sign() > 0 {
			line += fmt.Sprintf(" (+ %s in the escrow: idlegrid lease withdraw --pay %s)", amount.Format(esc, u), lowercase(p))
		}
		if e.Held.Sign() > 0 {
			line += fmt.Sprintf(" (+ %s held in leases' dispute windows until %s)", amount.Format(e.Held, u), when(e.HeldUntil))
		}
		lines = append(lines, line)
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "account\t%s\n", who.Hex())
		fmt.Fprintf(tw, "ETH\t%s\n", amount.Format(eth, amount.ETH))
		for _, l := range lines {
			fmt.Fprintln(tw, l)
		}
	})
}

func lowercase(p oracle.PayToken) string {
	if p == oracle.PayGRID {
		return "grid"
	}
	return "usd"
}

func tokenApprove(c *cli.Context, args []string) error {
	p, err := payTokenOf(c, args)
	if err != nil {
		return err
	}
	if c.String(spenderFlag.Name) == "" {
		return usageError("give the --spender: escrow, staking, rewards or an address")
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	tokens := protocol.NewTokens(s.conn)
	spender, err := tokens.Spender(c.String(spenderFlag.Name))
	if err != nil {
		return err
	}
	v, err := s.parseAmountOrZero(c, args, p)
	if err != nil {
		return err
	}
	tx, err := tokens.Approve(s.ctx, p, spender, v)
	if err != nil {
		return err
	}
	u, _ := s.unit(p)
	out := struct {
		Spender common.Address `json:"spender"`
		Amount  jsonAmount     `json:"amount"`
		Tx      protocol.Tx    `json:"tx"`
	}{spender, amt(v, u), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "approved\t%s to %s\n", amount.Format(v, u), spender.Hex())
		printTxs(tw, tx)
	})
}

func tokenAllowance(c *cli.Context, args []string) error {
	if c.String(spenderFlag.Name) == "" {
		return usageError("give the --spender: escrow, staking, rewards or an address")
	}
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	owner, err := self(c, s.d, addressFlag)
	if err != nil {
		return err
	}
	tokens := protocol.NewTokens(s.conn)
	spender, err := tokens.Spender(c.String(spenderFlag.Name))
	if err != nil {
		return err
	}
	type allowanceJSON struct {
		Token  string     `json:"token"`
		Amount jsonAmount `json:"amount"`
		Revoke string     `json:"revoke,omitempty"`
	}
	out := struct {
		Owner      common.Address  `json:"owner"`
		Spender    common.Address  `json:"spender"`
		Allowances []allowanceJSON `json:"allowances"`
	}{Owner: owner, Spender: spender}
	for _, p := range oracle.PayTokens() {
		v, err := tokens.Allowance(s.ctx, p, owner, spender)
		if err != nil {
			return err
		}
		u, err := s.unit(p)
		if err != nil {
			return err
		}
		a := allowanceJSON{Token: p.String(), Amount: amt(v, u)}
		if v.Sign() > 0 {
			a.Revoke = revokeCommand(p, c.String(spenderFlag.Name))
		}
		out.Allowances = append(out.Allowances, a)
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		for _, a := range out.Allowances {
			fmt.Fprintf(tw, "%s\t%s may pull %s", a.Token, spender.Hex(), a.Amount.Text)
			if a.Revoke != "" {
				fmt.Fprintf(tw, " (revoke: %s)", a.Revoke)
			}
			fmt.Fprintln(tw)
		}
	})
}

// revokeCommand is the command that sets owner's allowance of p for spender back to zero.
func revokeCommand(p oracle.PayToken, spender string) string {
	return fmt.Sprintf("idlegrid token approve 0 --token %s --spender %s", strings.ToLower(p.String()), spender)
}

func tokenTransfer(c *cli.Context, args []string) error {
	p, err := payTokenOf(c, args)
	if err != nil {
		return err
	}
	to := c.String(toFlag.Name)
	if !common.IsHexAddress(to) {
		return usageError("give the recipient with --to ADDRESS")
	}
	if common.HexToAddress(to) == (common.Address{}) {
		return usageError("--to %s: the zero address: give the recipient's address", to)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	v, err := s.parseAmountArg(c, args, p)
	if err != nil {
		return err
	}
	tx, err := protocol.NewTokens(s.conn).Transfer(s.ctx, p, common.HexToAddress(to), v)
	if err != nil {
		return err
	}
	u, _ := s.unit(p)
	out := struct {
		To     common.Address `json:"to"`
		Amount jsonAmount     `json:"amount"`
		Tx     protocol.Tx    `json:"tx"`
	}{common.HexToAddress(to), amt(v, u), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "sent\t%s to %s\n", amount.Format(v, u), to)
		printTxs(tw, tx)
	})
}

// tokenFaucet funds an account on a local dev chain. On devnet it pays from dev account 0 (the treasury, which
// holds the GRID supply), so a brand-new keystore account without ETH can fund itself; on another dev chain
// (anvil) it pays from the account the key flags give, and the recipient is --to.
func tokenFaucet(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if !deployment.IsDevChain(s.d.ChainID) {
		return fmt.Errorf("the faucet only runs on local dev chains (chain ids %v); %q is chain id %d", deployment.DevChainIDs, s.d.Chain, s.d.ChainID)
	}
	var to common.Address
	if t := c.String(toFlag.Name); t != "" {
		if !common.IsHexAddress(t) {
			return usageError("--to %q is not an address", t)
		}
		to = common.HexToAddress(t)
		if to == (common.Address{}) { // not "no --to": that funds the caller, which it did for this too
			return usageError("--to %s: the zero address: give the recipient's address", t)
		}
	}
	if s.d.Chain == "devnet" {
		if to == (common.Address{}) {
			if to, err = self(c, s.d, nil); err != nil {
				return fmt.Errorf("faucet: %w (or give --to)", err)
			}
		}
		err = s.sendAs(keys.NewSigner(devchain.DevAccounts(1)[0].Key))
	} else {
		if to == (common.Address{}) {
			return usageError("give the recipient with --to (the faucet pays from your --dev-key account)")
		}
		var signer *keys.Signer
		if signer, err = openSigner(c, s.d); err == nil {
			err = s.sendAs(signer)
		}
	}
	if err != nil {
		return err
	}
	var a protocol.FaucetAmounts
	for _, f := range []struct {
		flag *cli.StringFlag
		p    *oracle.PayToken
		dst  **big.Int
	}{{faucetUSDFlag, ptr(oracle.PayUSD), &a.USD}, {faucetGRIDFlag, ptr(oracle.PayGRID), &a.GRID}, {faucetETHFlag, nil, &a.ETH}} {
		u := amount.ETH
		if f.p != nil {
			if u, err = s.unit(*f.p); err != nil {
				return err
			}
		}
		if *f.dst, err = amount.Parse(c.String(f.flag.Name), u); err != nil {
			return badFlag(f.flag.Name, err)
		}
	}
	txs, err := protocol.NewTokens(s.conn).Faucet(s.ctx, to, a)
	if err != nil {
		return err
	}
	usd, _ := s.unit(oracle.PayUSD)
	out := struct {
		To   common.Address `json:"to"`
		ETH  jsonAmount     `json:"eth"`
		USD  jsonAmount     `json:"usd"`
		GRID jsonAmount     `json:"grid"`
		Txs  []protocol.Tx  `json:"txs"`
	}{to, amt(a.ETH, amount.ETH), amt(a.USD, usd), gridAmt(a.GRID), txs}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "funded\t%s with %s, %s and %s\n", to.Hex(), amount.Format(a.ETH, amount.ETH), amount.Format(a.USD, usd), amount.Format(a.GRID, amount.GRID))
		printTxs(tw, txs...)
	})
}

func ptr[T any](v T) *T { return &v }
