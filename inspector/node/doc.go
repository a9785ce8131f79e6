// Package node is the inspector node: it assembles the inspector core (assign, observe, watch, agree, rules,
// price, sqlstore) with the chain into one service.Group that follows the chain into its own SQLite file,
// checks the machines the assignment gives it (liveness echoes, proof-of-compute sessions over
// oracle/proofsession, signed receipts of leased GPUs), keeps its own check log, agrees k-of-n with its peers
// and posts what k signed (v1: breaches to LeaseEscrow, the GRID/USD rate to GridPriceOracle), with /healthz and
// Prometheus /metrics.
//
// It owns the wiring and the duty loops only: what a kind means is inspector/rules', how agreement works
// inspector/agree's. It reaches the chain through oracle/protocol and oracle/follow (never the bindings or an
// RPC client of its own: the command dials), finds providers' nodes through Directory (v1: the listing's
// metadata names a spec document with the endpoint; v2 reads the registry), and never signs anything its own
// log does not support. It never imports provider, indexer (but its API client) or cmd code.
package node
