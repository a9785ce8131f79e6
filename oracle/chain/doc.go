// Package chain is how idlegrid's off-chain nodes (provider, inspector, indexer, CLI) write to an EVM chain:
// narrow backend interfaces built from go-ethereum's ethereum.* interfaces, a transaction Submitter (nonces for
// concurrent senders from one account, EIP-1559 fees, bumping stuck transactions, confirmations, retries on
// transient RPC errors) and the decoding of reverts into the contract's custom error by name and arguments.
//
// The same code runs against go-ethereum's in-process simulated backend, anvil and an Arbitrum RPC: it only
// sees the interfaces declared here, never *ethclient.Client. It knows nothing about idlegrid's contracts: the
// bindings hand it calldata and ABIs. It never stores a context and makes no network call in a constructor.
package chain
