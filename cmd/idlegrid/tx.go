package main

import (
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"
)

func txCommand() *cli.Command {
	return &cli.Command{
		Name:  "tx",
		Usage: "look up a transaction this CLI sent (the hash it printed)",
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "say whether transaction HASH is pending, mined and succeeded, or reverted", ArgsUsage: "HASH",
				Flags: withChainFlags(), Action: action(txShow)},
		},
	}
}

func txShow(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the transaction HASH (0x and 64 hex digits)")
	}
	raw, err := hexutil.Decode(args[0])
	if err != nil || len(raw) != common.HashLength {
		return usageError("transaction hash %q: give 0x and 64 hex digits", args[0])
	}
	hash := common.BytesToHash(raw)
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	out := struct {
		Hash    common.Hash `json:"hash"`
		Status  string      `json:"status"` // pending, succeeded, reverted, unknown
		Block   uint64      `json:"block,omitempty"`
		GasUsed uint64      `json:"gasUsed,omitempty"`
	}{Hash: hash}
	r, err := s.client.TransactionReceipt(s.ctx, hash)
	switch {
	case err == nil && r != nil:
		out.Block, out.GasUsed, out.Status = r.BlockNumber.Uint64(), r.GasUsed, "succeeded"
		if r.Status == 0 {
			out.Status = "reverted"
		}
	case err == nil, errors.Is(err, ethereum.NotFound):
		_, pending, terr := s.client.TransactionByHash(s.ctx, hash)
		switch {
		case terr == nil && pending:
			out.Status = "pending"
		case terr == nil:
			out.Status = "pending" // known, receipt not indexed yet
		case errors.Is(terr, ethereum.NotFound):
			out.Status = "unknown"
		default:
			return terr
		}
	default:
		return err
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "transaction\t%s\n", hash.Hex())
		switch out.Status {
		case "unknown":
			fmt.Fprintln(tw, "status\tunknown to this node (dropped, never sent, or sent to another chain)")
		case "pending":
			fmt.Fprintln(tw, "status\tpending (not in a block yet)")
		default:
			fmt.Fprintf(tw, "status\t%s in block %d (gas %d)\n", out.Status, out.Block, out.GasUsed)
		}
	})
}
