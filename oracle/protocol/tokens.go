package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/bindings/mockusd"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// ErrNotDevChain means a dev-only operation (the faucet) on a chain that is not a local dev chain.
var ErrNotDevChain = errors.New("not a local dev chain")

// Tokens reads and moves GRID, the stablecoin and ETH.
type Tokens struct{ c *Conn }

// NewTokens gives token operations over c.
func NewTokens(c *Conn) *Tokens { return &Tokens{c: c} }

// Address is the contract of token p.
func (t *Tokens) Address(p oracle.PayToken) common.Address {
	if p == oracle.PayGRID {
		return t.c.d.Contracts.GridToken
	}
	return t.c.d.Contracts.MockUSD
}

// Unit is token p with the decimals its contract reports, for parsing and printing amounts.
func (t *Tokens) Unit(ctx context.Context, p oracle.PayToken) (amount.Token, error) {
	erc20 := gridtoken.NewGridToken()
	dec, err := call(ctx, t.c, t.Address(p), erc20.PackDecimals(), erc20.UnpackDecimals)
	if err != nil {
		return amount.Token{}, fmt.Errorf("%s decimals: %w", p, err)
	}
	u := p.Unit()
	u.Decimals = dec
	return u, nil
}

// Balance is account's balance of p.
func (t *Tokens) Balance(ctx context.Context, p oracle.PayToken, account common.Address) (*big.Int, error) {
	erc20 := gridtoken.NewGridToken()
	v, err := call(ctx, t.c, t.Address(p), erc20.PackBalanceOf(account), erc20.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("%s balance of %s: %w", p, account, err)
	}
	return v, nil
}

// ETHBalance is account's ETH balance (gas money).
func (t *Tokens) ETHBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := t.c.chain.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, fmt.Errorf("ETH balance of %s: %w", account, err)
	}
	return v, nil
}

// Allowance is what spender may pull of owner's p.
func (t *Tokens) Allowance(ctx context.Context, p oracle.PayToken, owner, spender common.Address) (*big.Int, error) {
	erc20 := gridtoken.NewGridToken()
	return call(ctx, t.c, t.Address(p), erc20.PackAllowance(owner, spender), erc20.UnpackAllowance)
}

// Spender resolves a contract of the suite that pulls tokens by name: staking, escrow (or lease-escrow) or
// rewards.
func (t *Tokens) Spender(name string) (common.Address, error) {
	switch strings.ToLower(name) {
	case "staking":
		return t.c.d.Contracts.Staking, nil
	case "escrow", "lease-escrow", "leaseescrow":
		return t.c.d.Contracts.LeaseEscrow, nil
	case "rewards":
		return t.c.d.Contracts.Rewards, nil
	}
	if common.IsHexAddress(name) {
		return common.HexToAddress(name), nil
	}
	return common.Address{}, fmt.Errorf("unknown spender %q: use staking, escrow, rewards or an address", name)
}

// Approve lets spender pull amount of p from the account (replacing the previous allowance).
func (t *Tokens) Approve(ctx context.Context, p oracle.PayToken, spender common.Address, amt *big.Int) (Tx, error) {
	erc20 := gridtoken.NewGridToken()
	tx, _, err := t.c.send(ctx, "approve "+p.String(), t.Address(p), erc20.PackApprove(spender, amt))
	return tx, err
}

// Transfer sends amt of p to to.
func (t *Tokens) Transfer(ctx context.Context, p oracle.PayToken, to common.Address, amt *big.Int) (Tx, error) {
	erc20 := gridtoken.NewGridToken()
	tx, _, err := t.c.send(ctx, "transfer "+p.String(), t.Address(p), erc20.PackTransfer(to, amt))
	return tx, err
}

// SendETH sends amt wei to to.
func (t *Tokens) SendETH(ctx context.Context, to common.Address, amt *big.Int) (Tx, error) {
	return t.c.sendValue(ctx, "send ETH", to, amt)
}

// FaucetAmounts is what the faucet hands out; a nil or zero amount is skipped.
type FaucetAmounts struct {
	ETH, USD, GRID *big.Int
}

// Faucet funds to on a local dev chain: ETH and GRID from the sending account (devnet's treasury holds the
// GRID supply) and freshly minted MockUSD. It refuses any other chain: MockUSD's open mint is a dev-only
// convenience and a real stablecoin would not have it.
func (t *Tokens) Faucet(ctx context.Context, to common.Address, a FaucetAmounts) ([]Tx, error) {
	if !deployment.IsDevChain(t.c.d.ChainID) {
		return nil, fmt.Errorf("faucet on chain id %d: %w (the faucet only runs on devnet/anvil, chain ids %v)", t.c.d.ChainID, ErrNotDevChain, deployment.DevChainIDs)
	}
	if to == (common.Address{}) {
		return nil, errors.New("faucet: no recipient")
	}
	var txs []Tx
	positive := func(v *big.Int) bool { return v != nil && v.Sign() > 0 }
	if positive(a.ETH) {
		tx, err := t.SendETH(ctx, to, a.ETH)
		if err != nil {
			return txs, fmt.Errorf("faucet: %w", err)
		}
		txs = append(txs, tx)
	}
	if positive(a.USD) {
		usd := mockusd.NewMockUSD()
		tx, _, err := t.c.send(ctx, "mint MockUSD", t.c.d.Contracts.MockUSD, usd.PackMint(to, a.USD))
		if err != nil {
			return txs, fmt.Errorf("faucet: %w (is the deployment's stablecoin MockUSD?)", err)
		}
		txs = append(txs, tx)
	}
	if positive(a.GRID) {
		tx, err := t.Transfer(ctx, oracle.PayGRID, to, a.GRID)
		if err != nil {
			return txs, fmt.Errorf("faucet: %w (the faucet account must hold GRID: on devnet it is the treasury)", err)
		}
		txs = append(txs, tx)
	}
	return txs, nil
}
