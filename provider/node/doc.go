// Package node is the provider node: it turns the leases of its provider's machines into running, isolated
// containers the renter reaches, and keeps the provider's side of the protocol going.
//
//   - It follows the escrow itself (oracle/follow, the shared reorg-safe follower) into its own SQLite store
//     (provider/node/sqlstore): the lease events of its provider, folded into leases, rolled back with a reorg.
//   - It acts on a LeaseOpened only once it is Confirmations blocks deep; it fetches the job spec the lease binds
//     (by CID, from its own content store or configured trustless gateways), checks it against the lease and
//     its machine, and starts the job through provider/runtime with only the leased GPUs. A spec that cannot
//     run, or an image that cannot start, ends the lease on chain, which refunds the renter from that moment.
//   - It stops the container at the first block where the lease is closed, breached or past its end, or no
//     longer exists (a reorg removed it), collects the output folder as content (its CID is the completion the
//     renter acknowledges, or the inspectors attest) and removes the container, its network and imported image.
//   - It serves the renter gateway (provider/gateway) over its Workloads, the job upload and the output, the
//     trustless content gateway, the liveness echo, leased-GPU receipts and ended leases' signed result CIDs
//     (oracle/liveness) and the challenge session on idle GPUs (oracle/proofsession), all on one TLS listener
//     bound to the node key.
//   - It settles its leases in batches when what they accrued is worth the gas, withdraws on a policy, keeps
//     its machines listed with a content-addressed machine spec, and posts quotes for its free GPUs.
//   - It keeps each lease's content (uploads, spec, output) while the lease lives and for the retention after
//     it, then sweeps the blocks no live root reaches; it never removes a block a live root reaches.
//
// Every decision is recorded in the store before it is acted on, and every action is idempotent (the runtime
// starts one container per lease, settles pay deltas), so a node killed at any moment and restarted starts no
// container twice, leaves none running that should not be, and forgets no lease.
//
// It reaches the chain only through its own narrow interfaces (Escrow, Machines, Inspectors, the follower's
// chain) that provider/node/onchain implements over oracle/protocol; it never imports bindings, an RPC client,
// the indexer (except its API client) or the inspector, and never talks to dockerd except through its Runtime.
package node
