package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TxBackend is what a Submitter needs from a node. *ethclient.Client, the simulated backend's client and any
// client of anvil or an Arbitrum RPC satisfy it.
type TxBackend interface {
	ethereum.ContractCaller    // replay failed transactions to read their revert data
	ethereum.GasEstimator      // gas limits
	ethereum.GasPricer1559     // priority fee suggestion
	ethereum.TransactionSender // broadcast
	// HeaderByNumber gives the base fee and the head (nil number = latest).
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	// PendingNonceAt (re)synchronizes the local nonce.
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	// NonceAt tells a nonce consumed by a transaction this process did not send.
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// TxSigner signs transactions for one account. oracle/keys provides one backed by a keystore file; a remote
// signer would take the context.
type TxSigner interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}
