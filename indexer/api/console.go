package api

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// Deployment is GET /v1/deployment: the chain and contracts this indexer follows, what a browser console needs
// to talk to them through a wallet.
type Deployment struct {
	ChainID   uint64 `json:"chainId"`
	ChainName string `json:"chainName"`
	// DevChain is set on a local dev chain (its faucet and dev accounts exist).
	DevChain   bool                      `json:"devChain"`
	StartBlock uint64                    `json:"startBlock"`
	Contracts  map[string]common.Address `json:"contracts"`
}

// DeploymentInfoOf is d as GET /v1/deployment answers it.
func DeploymentInfoOf(d deployment.Deployment) *Deployment {
	out := &Deployment{ChainID: d.ChainID, ChainName: d.Chain, DevChain: deployment.IsDevChain(d.ChainID), StartBlock: d.Block,
		Contracts: map[string]common.Address{}}
	for _, c := range d.Contracts.All() {
		out.Contracts[c.Name] = c.Address
	}
	return out
}

// GatewayAccess is GET /v1/gateway/leases/{id}/access: an unsigned LeaseAccess for the lease's renter and
// provider, and the eth_signTypedData_v4 request that signs it (oracle/gateway.TypedData). The console has the
// wallet sign TypedData and posts Access with the signature to /token.
type GatewayAccess struct {
	TypedData json.RawMessage `json:"typedData"`
	Access    AccessFields    `json:"access"`
}

// AccessFields is a LeaseAccess on the wire: ids as decimal strings, times as unix seconds.
type AccessFields struct {
	LeaseID  string         `json:"leaseId"`
	Renter   common.Address `json:"renter"`
	Provider common.Address `json:"provider"`
	IssuedAt uint64         `json:"issuedAt"`
	Expiry   uint64         `json:"expiry"`
	Nonce    common.Hash    `json:"nonce"`
}

// GatewayToken is the answer to POST /v1/gateway/leases/{id}/token: the encoded token to send as
// "Authorization: Bearer" to the proxied gateway routes, and when it expires.
type GatewayToken struct {
	Token     string `json:"token"`
	ExpiresAt uint64 `json:"expiresAt"`
}

// GatewayJob is the answer to POST /v1/gateway/leases/{id}/job (the body: the job spec's canonical JSON): the
// CID under which the provider's node holds the spec and runs it as the lease's job, the CID the lease binds.
type GatewayJob struct {
	CID string `json:"cid"`
}

// GatewayExec is the body of POST /v1/gateway/leases/{id}/exec: one command to run in the lease's container
// (argv, no shell unless the command is one), without a terminal or input.
type GatewayExec struct {
	Cmd []string `json:"cmd"`
}

// GatewayExecResult is what the command printed (each stream cut at GatewayExecOutputMax bytes, Truncated
// then set) and its exit code.
type GatewayExecResult struct {
	ExitCode  int    `json:"exitCode"`
	Stdout    string `json:"stdout"`
	Stderr    string `json:"stderr"`
	Truncated bool   `json:"truncated"`
}

// GatewayExecOutputMax bounds each output stream of an exec's answer.
const GatewayExecOutputMax = 256 << 10
