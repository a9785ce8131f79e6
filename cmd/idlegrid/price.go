package main

import (
	"fmt"
	"math/big"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

func priceCommand() *cli.Command {
	return &cli.Command{
		Name:  "price",
		Usage: "the GRID/USD rate GRID-paid leases convert at",
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "show the rate the oracle serves and when it was observed", Flags: withChainFlags(), Action: action(priceShow)},
			{Name: "post", Usage: "post RATE USD per GRID as the only inspector (governance, local dev chains only: where no inspector runs yet)",
				ArgsUsage: "RATE", Flags: withChainFlags(), Action: action(pricePost),
				Description: `On a dev chain where no inspector runs (anvil after idlegrid deploy), governance (the contracts' owner,
the deployer by default) makes itself the one inspector: it stakes the inspector minimum from its own
GRID, installs itself as a 1-of-1 signer set, then attests and posts the rate, as an inspector node's
price feed does. Refused on chains that are not local dev chains, and where inspectors already form
the signer set (their price feed posts the rate).`},
		},
	}
}

func priceShow(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	price, observedAt, err := protocol.NewPriceOracle(s.conn).Price(s.ctx)
	if err != nil {
		return err
	}
	out := struct {
		USDPerGRID jsonAmount `json:"usdPerGrid"`
		ObservedAt uint64     `json:"observedAt"`
	}{amt(price, amount.Token{Symbol: "USD", Decimals: 18}), observedAt}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "GRID/USD\t%s per GRID\nobserved\t%s\n", out.USDPerGRID.Text, when(observedAt))
	})
}

func pricePost(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the RATE in USD per GRID, e.g. `idlegrid price post 0.5`")
	}
	// The rate has GRID's 18 decimals: USD per whole GRID, as the oracle stores it.
	rate, err := amount.Parse(args[0], amount.Token{Symbol: "USD", Decimals: 18})
	if err != nil || rate.Sign() == 0 {
		return usageError("RATE %q: a positive number of USD per GRID, e.g. 0.5", args[0])
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if !deployment.IsDevChain(s.d.ChainID) {
		return fmt.Errorf("price post is for local dev chains only, and %q is chain id %d: there the inspectors' price feed posts the rate", s.d.Chain, s.d.ChainID)
	}
	gov := s.signer.Address()
	quorum := protocol.NewQuorum(s.conn)
	set, err := quorum.SignerSet(s.ctx)
	if err != nil {
		return err
	}
	var txs []protocol.Tx
	if !set.Contains(gov) || set.Threshold != 1 {
		if len(set.Signers) > 0 {
			return fmt.Errorf("inspectors %v form the signer set (version %d): their price feed posts the rate, not governance", set.Signers, set.Version)
		}
		// No inspector yet: governance becomes the one, staking the minimum from its own GRID.
		staking := protocol.NewStaking(s.conn)
		p, err := staking.Params(s.ctx)
		if err != nil {
			return err
		}
		info, err := staking.Info(s.ctx, gov, oracle.RoleInspector)
		if err != nil {
			return err
		}
		if !info.ActiveInspector {
			more := new(big.Int).Sub(p.InspectorMinStake, info.Active)
			staked, err := staking.Stake(s.ctx, oracle.RoleInspector, more)
			if err != nil {
				return fmt.Errorf("stake %s as the dev inspector: %w", amount.Format(more, amount.GRID), err)
			}
			txs = append(txs, staked...)
		}
		proposed, err := quorum.Propose(s.ctx, []common.Address{gov}, 1)
		if chain.IsRevert(err, "OwnableUnauthorizedAccount") {
			return fmt.Errorf("%w: only governance (the contracts' owner, the deployer unless deployed with --governance) may install the dev inspector; sign with its key", err)
		}
		if err != nil {
			return err
		}
		applied, err := quorum.Apply(s.ctx)
		if chain.IsRevert(err, "SignerSetNotYetEffective") {
			return fmt.Errorf("%w: the deployment has a signer-set delay; wait it out (on anvil: cast rpc evm_increaseTime), then run price post again", err)
		}
		if err != nil {
			return err
		}
		txs = append(txs, proposed, applied)
	}
	// The oracle bounds how fast the rate moves (per hour since its last post): a far target is reached by
	// steps, each post moving as far as the limit allows.
	po := protocol.NewPriceOracle(s.conn)
	posted, err := po.PostToward(s.ctx, rate, []oracle.DigestSigner{s.signer})
	if err != nil {
		return err
	}
	txs = append(txs, posted.Tx)
	lim, err := po.Limit(s.ctx)
	if err != nil {
		return err
	}
	usd18 := amount.Token{Symbol: "USD", Decimals: 18}
	out := struct {
		USDPerGRID jsonAmount    `json:"usdPerGrid"`
		Target     jsonAmount    `json:"target"`
		Reached    bool          `json:"reached"`
		ObservedAt uint64        `json:"observedAt"`
		Inspector  string        `json:"inspector"`
		Txs        []protocol.Tx `json:"txs,omitempty"`
	}{amt(posted.Price, usd18), amt(rate, usd18), posted.Reached, posted.ObservedAt, gov.Hex(), txs}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "posted\t%s per GRID (observed %s), attested by the dev inspector %s\n", out.USDPerGRID.Text, when(posted.ObservedAt), gov.Hex())
		if !posted.Reached {
			fmt.Fprintf(tw, "target\t%s per GRID, not reached: the oracle moves the rate at most %s%% per hour since its last post; post again later to go on\n",
				out.Target.Text, amount.FormatNumber(big.NewInt(int64(lim.MaxMoveBpsPerHour)), 2))
		}
		fmt.Fprintln(tw, "it stays fresh for the oracle's maximum age (1h by default): post again after that")
		printTxs(tw, txs...)
	})
}
