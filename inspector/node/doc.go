// Package node is the inspector node: it assembles the inspector core (assign, observe, watch, agree, rules,
// price, sqlstore) with the chain into one service.Group that follows the chain into its own SQLite file,
// checks the machines the assignment gives it (liveness echoes, proof-of-compute sessions over
// oracle/proofsession, signed receipts of leased GPUs), keeps its own check log, agrees k-of-n with its peers
// and posts what k signed (breaches to LeaseEscrow, the GRID/USD rate to GridPriceOracle, hardware
// verifications to the NodeRegistry, downtime and fraud slashes to Staking, completions of ended leases whose
// result content it fetched and re-hashed itself to the LeaseJournal, reward roots to Rewards), with /healthz
// and Prometheus /metrics. With a Solana duty it also follows the gateway's vaults and runs the Solana bridge
// (inspector/bridge), agreeing on its decisions and co-signing the multisig's payouts with its peers.
//
// It owns the wiring and the duty loops only: what a kind means is inspector/rules', how agreement works
// inspector/agree's. It reaches the chain through oracle/protocol and oracle/follow (never the bindings or an
// RPC client of its own: the command dials), finds providers' nodes through Directory (the registry's endpoint;
// the listing's metadata names the spec document with the GPUs) and its peers through the registry's inspector
// endpoints, and never signs anything its own log does not support. It never imports provider, indexer (but its API client) or cmd code.
package node
