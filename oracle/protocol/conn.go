// Package protocol is the Go API of the idlegrid protocol for people and nodes that use it: stake and slash,
// list machines and verify their hardware, publish endpoints, sign and cancel quotes, open (paying by EIP-2612
// permit where the token allows), extend, settle and close leases, name their jobs and record completions,
// withdraw earnings once their dispute window is over, claim rewards, move tokens, and the quorum's signer set
// and GRID/USD price. It is several small types (Staking, Machines, Quotes, Leases, Journal, Rewards, Tokens,
// Quorum, PriceOracle) over one Conn; the CLI's commands are thin layers over them and the tests call them
// directly.
//
// It speaks to the contracts only through the generated bindings and oracle/chain (so every revert comes back
// as the contract's custom error by name), and only to contracts of a deployment the caller has verified
// against the chain. It never loads keys, prints or reads files: callers hand it a Sender and a DigestSigner.
package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// ErrNoAccount means a write was attempted on a read-only Conn.
var ErrNoAccount = errors.New("no account to send transactions from")

// Chain is what the protocol types read from a node: contract calls, event logs (for listings by account),
// headers (the chain's clock) and ETH balances. ethclient, the simulated backend's client and anvil's satisfy it.
type Chain interface {
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Sender sends transactions from one account and waits for them. *chain.Submitter is one.
type Sender interface {
	Address() common.Address
	Submit(ctx context.Context, req chain.TxRequest) (*types.Receipt, error)
}

// Tx is a mined transaction, as commands report it.
type Tx struct {
	Label   string      `json:"label"`
	Hash    common.Hash `json:"hash"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gasUsed"`
}

func txOf(label string, r *types.Receipt) Tx {
	return Tx{Label: label, Hash: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
}

// Conn is a connection to one verified deployment: the node, the contracts' addresses, the revert decoder and,
// for writes, the account that sends.
type Conn struct {
	chain   Chain
	d       deployment.Deployment
	chainID *big.Int
	errs    *chain.ErrorDecoder
	tx      Sender
}

// NewConn connects to deployment d on c, sending with tx (nil: read-only). It makes no network call: check the
// deployment against the node first with deployment.Verify.
func NewConn(c Chain, d deployment.Deployment, tx Sender) *Conn {
	return &Conn{chain: c, d: d, chainID: new(big.Int).SetUint64(d.ChainID), errs: Errors(), tx: tx}
}

// As is a copy of c that sends from another account.
func (c *Conn) As(tx Sender) *Conn {
	cp := *c
	cp.tx = tx
	return &cp
}

// Deployment is the deployment c talks to.
func (c *Conn) Deployment() deployment.Deployment { return c.d }

// ChainID is the deployment's chain id.
func (c *Conn) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Account is the address transactions are sent from.
func (c *Conn) Account() (common.Address, error) {
	if c.tx == nil {
		return common.Address{}, ErrNoAccount
	}
	return c.tx.Address(), nil
}

// Now is the latest block's timestamp: the time the contracts will see (close to it: the next block's).
func (c *Conn) Now(ctx context.Context) (uint64, error) {
	h, err := c.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("latest block: %w", err)
	}
	return h.Time, nil
}

// call runs a view function and unpacks its result.
func call[T any](ctx context.Context, c *Conn, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, c.chain, c.errs, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decode result from %s: %w", to, err)
	}
	return v, nil
}

// send submits one transaction from c's account.
func (c *Conn) send(ctx context.Context, label string, to common.Address, data []byte) (Tx, *types.Receipt, error) {
	if c.tx == nil {
		return Tx{}, nil, fmt.Errorf("%s: %w", label, ErrNoAccount)
	}
	r, err := c.tx.Submit(ctx, chain.TxRequest{Label: label, To: &to, Data: data})
	if err != nil {
		return Tx{}, r, err
	}
	return txOf(label, r), r, nil
}

// sendTimed submits a transaction whose cost depends on the time of the block that includes it, with a gas
// limit of at least floor. A settle estimated in the same second as the previous settle is a cheap no-op, but
// mined a second later it pays the provider and may close the lease: the estimate alone would run out of gas.
// The estimate still runs first, so a call that would revert fails with its decoded error before anything is
// sent.
func (c *Conn) sendTimed(ctx context.Context, label string, to common.Address, data []byte, floor uint64) (Tx, *types.Receipt, error) {
	if c.tx == nil {
		return Tx{}, nil, fmt.Errorf("%s: %w", label, ErrNoAccount)
	}
	est, err := c.chain.EstimateGas(ctx, ethereum.CallMsg{From: c.tx.Address(), To: &to, Data: data})
	if err != nil {
		return Tx{}, nil, fmt.Errorf("%s: estimate gas: %w", label, c.errs.Wrap(err))
	}
	r, err := c.tx.Submit(ctx, chain.TxRequest{Label: label, To: &to, Data: data, GasLimit: max(est+est/2, floor)})
	if err != nil {
		return Tx{}, r, err
	}
	return txOf(label, r), r, nil
}

// sendValue submits a plain ETH transfer.
func (c *Conn) sendValue(ctx context.Context, label string, to common.Address, value *big.Int) (Tx, error) {
	if c.tx == nil {
		return Tx{}, fmt.Errorf("%s: %w", label, ErrNoAccount)
	}
	r, err := c.tx.Submit(ctx, chain.TxRequest{Label: label, To: &to, Value: value})
	if err != nil {
		return Tx{}, err
	}
	return txOf(label, r), nil
}

// ensureAllowance approves spender for exactly amount of token when the current allowance is short, so the
// transaction that pulls the tokens can follow. It returns the approval, if one was needed.
func (c *Conn) ensureAllowance(ctx context.Context, token common.Address, spender common.Address, spenderName string, amount *big.Int) ([]Tx, error) {
	owner, err := c.Account()
	if err != nil {
		return nil, err
	}
	erc20 := gridtoken.NewGridToken() // any ERC-20's allowance/approve
	have, err := call(ctx, c, token, erc20.PackAllowance(owner, spender), erc20.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("allowance of %s: %w", spenderName, err)
	}
	if have.Cmp(amount) >= 0 {
		return nil, nil
	}
	tx, _, err := c.send(ctx, "approve "+spenderName, token, erc20.PackApprove(spender, amount))
	if err != nil {
		return nil, err
	}
	return []Tx{tx}, nil
}

// Errors decodes the custom errors of every contract of the suite. Pass it to chain.NewSubmitter so reverts
// read `InsufficientFreeStake(account=…, role=0, free=…, required=…)`, not "execution reverted".
func Errors() *chain.ErrorDecoder {
	// The protocol contracts first: where two declare the same error signature, the first is kept, and the
	// protocol's own errors should win over OpenZeppelin's copies.
	var abis []*abi.ABI
	for _, name := range []string{deployment.LeaseEscrow, deployment.NodeRegistry, deployment.LeaseJournal, deployment.Staking,
		deployment.AttestationQuorum, deployment.Rewards, deployment.GridPriceOracle, deployment.SolanaGateway, deployment.GridToken, deployment.MockUSD, deployment.TimelockController} {
		a, err := bindings.ABI(name)
		if err != nil {
			panic(err) // generated code: cannot fail at run time
		}
		abis = append(abis, a)
	}
	return chain.NewErrorDecoder(abis...)
}

// event finds the first log of event name emitted by addr in r.
func event[T any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (T, error)) (T, bool) {
	var zero T
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if v, err := unpack(l); err == nil {
			return v, true
		}
	}
	return zero, false
}

// topic is the hash of an indexed address argument.
func topic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }
