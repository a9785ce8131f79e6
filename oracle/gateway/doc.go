// Package gateway is the renter's side of the provider gateway, and the protocol both sides speak: the access
// token (a LeaseAccess the renter signs, see oracle.LeaseAccess, plus its string encoding and the checks a
// gateway makes), the node's TLS identity (a self-signed certificate bound to the provider's key by an
// extension, checked by the client against the provider address from chain state), the wire formats (log
// frames, the shell and port-forward WebSocket protocols, the status document, JSON refusals) and the Client
// the CLI and a console use: Status, Logs, Shell, Forward.
//
// It lives under oracle/ so that the CLI and a browser-facing console can use it without importing provider
// internals; the server is provider/gateway. It never imports provider/, inspector/, indexer/, bindings or an
// RPC client, and it reads no chain state: callers pass the provider address, the deployment's domain and
// the endpoint they got from the chain. The client never sends a token before the TLS handshake has proved
// the peer holds the provider's key.
//
// # Token
//
// A token is base64url (no padding) of a JSON object: v (1), chainId and leaseId (decimal strings), escrow,
// renter, provider (0x addresses), issuedAt and expiry (unix seconds, numbers), nonce (0x bytes32) and
// signature (0x, 65 bytes, v = 27/28 or 0/1). The signature is the renter's EIP-712 signature of
// LeaseAccess under GatewayDomain(chainId, escrow): what a wallet's eth_signTypedData_v4 returns for
// TypedData. A gateway accepts it for at most MaxTokenLifetime, for one lease, on one node (the provider
// named), on one deployment; within that window a token may be used for any number of requests.
//
// # Routes
//
// GET /v1/leases/{id}/status (JSON Status), /logs (log frames: follow, tail), /shell (WebSocket: cmd, tty,
// cols, rows) and /forward (WebSocket: port). Refusals are {"error": {"code", "message", "parameter"}} with
// the HTTP status of their Reason.
package gateway
