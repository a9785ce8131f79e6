package main

import (
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

var proofFlag = &cli.StringFlag{
	Name:     "proof",
	Usage:    "claim FILE: {\"account\", \"cumulativeAmount\", \"proof\"} for the latest rewards root (default: the indexer's proof for --address, or your account)",
	Category: "REWARDS",
}

var claimAddressFlag = &cli.StringFlag{
	Name:     "address",
	Usage:    "the ACCOUNT to claim for with the indexer's proof (default: your account; the GRID goes to it, you pay the gas)",
	Category: "REWARDS",
}

func rewardsCommand() *cli.Command {
	return &cli.Command{
		Name:  "rewards",
		Usage: "see the GRID reward schedule and claim your rewards",
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "show the current epoch, its emission, the latest root and what you claimed",
				Flags: withChainFlags(addressFlag), Action: action(rewardsShow)},
			{Name: "claim", Usage: "claim the GRID the latest attested root grants an account (anyone can submit; the GRID goes to the account)",
				Flags: withChainFlags(proofFlag, claimAddressFlag, marketAPIFlag), Action: action(rewardsClaim)},
		},
	}
}

func rewardsShow(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	who, err := self(c, s.d, addressFlag)
	if err != nil {
		who = common.Address{} // the schedule alone
	}
	st, err := protocol.NewRewards(s.conn).Status(s.ctx, who)
	if err != nil {
		return err
	}
	out := struct {
		CurrentEpoch uint64          `json:"currentEpoch"`
		EpochEndsAt  uint64          `json:"epochEndsAt"`
		Emission     jsonAmount      `json:"emission"`
		LatestEpoch  *uint64         `json:"latestEpoch"`
		LatestRoot   common.Hash     `json:"latestRoot"`
		Funded       jsonAmount      `json:"funded"`
		Allocated    jsonAmount      `json:"allocated"`
		TotalClaimed jsonAmount      `json:"totalClaimed"`
		Account      *common.Address `json:"account,omitempty"`
		Claimed      *jsonAmount     `json:"claimed,omitempty"`
	}{CurrentEpoch: st.CurrentEpoch, EpochEndsAt: st.EpochEndsAt, Emission: gridAmt(st.Emission), LatestRoot: st.LatestRoot,
		Funded: gridAmt(st.Funded), Allocated: gridAmt(st.Allocated), TotalClaimed: gridAmt(st.TotalClaimed)}
	if st.Posted {
		out.LatestEpoch = &st.LatestEpoch
	}
	if who != (common.Address{}) {
		claimed := gridAmt(st.Claimed)
		out.Account, out.Claimed = &who, &claimed
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "epoch\t%d, ends %s\n", st.CurrentEpoch, when(st.EpochEndsAt))
		fmt.Fprintf(tw, "emission\t%s this epoch\n", amount.Format(st.Emission, amount.GRID))
		if st.Posted {
			fmt.Fprintf(tw, "latest root\tepoch %d: %s\n", st.LatestEpoch, st.LatestRoot.Hex())
		} else {
			fmt.Fprintf(tw, "latest root\tnone posted yet (the inspectors post one per ended epoch)\n")
		}
		fmt.Fprintf(tw, "reserve\t%s funded, %s allocated, %s claimed\n", amount.Format(st.Funded, amount.GRID),
			amount.Format(st.Allocated, amount.GRID), amount.Format(st.TotalClaimed, amount.GRID))
		if who != (common.Address{}) {
			fmt.Fprintf(tw, "claimed\t%s by %s\n", amount.Format(st.Claimed, amount.GRID), who.Hex())
		}
	})
}

func rewardsClaim(c *cli.Context, args []string) error {
	var claim rewardtree.Claim
	if path := c.String(proofFlag.Name); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read claim: %w", err)
		}
		if err := json.Unmarshal(raw, &claim); err != nil || claim.CumulativeAmount == nil || claim.Account == (common.Address{}) {
			return fmt.Errorf("claim file %s: want {\"account\": \"0x…\", \"cumulativeAmount\": N, \"proof\": [\"0x…\", …]} (%v)", path, err)
		}
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if claim.Account == (common.Address{}) {
		// No file: the indexer's proof for the account against the latest root (the tree the inspectors posted).
		who := s.signer.Address()
		if a := c.String(claimAddressFlag.Name); a != "" {
			if !common.IsHexAddress(a) {
				return usageError("--%s %q is not an address", claimAddressFlag.Name, a)
			}
			who = common.HexToAddress(a)
		}
		ix, err := indexerClient(c)
		if err != nil {
			return err
		}
		if claim, err = ix.RewardClaim(s.ctx, who); err != nil {
			return fmt.Errorf("the indexer's proof for %s: %w", who.Hex(), indexerError(err))
		}
	}
	tx, paid, err := protocol.NewRewards(s.conn).Claim(s.ctx, claim)
	if err != nil {
		return err
	}
	out := struct {
		Account common.Address `json:"account"`
		Paid    jsonAmount     `json:"paid"`
		Tx      protocol.Tx    `json:"tx"`
	}{claim.Account, gridAmt(paid), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "claimed\t%s to %s\n", amount.Format(paid, amount.GRID), claim.Account.Hex())
		printTxs(tw, tx)
	})
}
