// Package gateway is the provider node's renter gateway: the HTTPS and WebSocket server through which a
// lease's renter reads its workload's logs, opens a shell in it, forwards TCP ports to it and reads its
// status (the protocol, token and client are oracle/gateway).
//
// It owns authorisation: every request carries a token the lease's renter signed; the server checks the
// signature, the audience (this node), the deployment and the expiry, then through Leases (chain state, as
// the node's chain follower sees it) that the signer is the lease's renter and the lease is open, and it
// keeps checking while a session lasts. It owns the limits (connections per lease and in all, message sizes,
// idle timeouts) and the node's TLS identity (a certificate bound to the node key, rotated before it
// expires). It serves what Workloads gives and never touches a container itself: the runtime implements
// Workloads. It never imports bindings, an RPC client, the indexer or the runtime, and never writes to the
// chain.
package gateway
