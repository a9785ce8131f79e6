// Package solgateway is the Solana side of the GRID gateway between Solana and Arbitrum: no custom program,
// only the SPL Token program's own parts.
//
//   - GRID on Solana is an SPL mint whose whole supply is minted once into a vault token account, in the same
//     transaction that removes the mint authority: GRID held outside the vault always equals GRID released
//     from it (and so locked in the Arbitrum gateway).
//   - Each vault (GRID, and USDC) is owned by an SPL Token native multisig (m of n) of the inspectors' Solana
//     keys. A release or refund is a TransferChecked out of a vault signed by m inspectors, built on a durable
//     nonce because a recent blockhash expires before m signatures arrive.
//   - A deposit is a TransferChecked into a vault with a Memo instruction naming the Arbitrum recipient.
//
// It owns: set-up and its invariants (Setup, CheckDeployment), the deposit builder, the release and refund
// builders with offline co-signing (Proposal, Sign, Assemble), the decoding of a proposal a co-signer is
// asked to sign (DecodeOutflow), and the parser of finalized transactions into deposits and outflows (Parse).
// It talks to a node only through the narrow Reader and Sender interfaces (satisfied by solana-go's
// *rpc.Client). It never holds an inspector's key beyond a call, never decides whether a deposit should be
// served (the inspectors' agreement does), and never acts on a transaction that is not finalized.
package solgateway

import (
	"context"
	"errors"
	"fmt"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
)

// MemoProgramID is SPL Memo v2, the memo program litesvm and every cluster load. (@solana-program/memo 0.15
// defaults to another id, which litesvm does not load.)
var MemoProgramID = solana.MustPublicKeyFromBase58("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr")

// MaxSigners is the SPL Token multisig's limit on n.
const MaxSigners = 11

// Sizes of the accounts the gateway creates.
const (
	mintSize     = 82
	accountSize  = 165
	multisigSize = 355
	nonceSize    = 80
)

// Sentinel errors.
var (
	ErrNotFound      = errors.New("solgateway: account not found")
	ErrInvariant     = errors.New("solgateway: deployment invariant broken")
	ErrTxFailed      = errors.New("solgateway: transaction failed")
	ErrNotSigner     = errors.New("solgateway: key is not a required signer of the proposal")
	ErrBadSignature  = errors.New("solgateway: signature does not verify")
	ErrMissingSigner = errors.New("solgateway: required signature missing")
	ErrNotOutflow    = errors.New("solgateway: not a gateway release or refund")
)

// Reader is what the gateway reads from a node. *rpc.Client satisfies it.
type Reader interface {
	GetAccountInfoWithOpts(ctx context.Context, account solana.PublicKey, opts *rpc.GetAccountInfoOpts) (*rpc.GetAccountInfoResult, error)
	GetLatestBlockhash(ctx context.Context, commitment rpc.CommitmentType) (*rpc.GetLatestBlockhashResult, error)
	GetMinimumBalanceForRentExemption(ctx context.Context, dataSize uint64, commitment rpc.CommitmentType) (uint64, error)
	GetSignatureStatuses(ctx context.Context, searchTransactionHistory bool, sigs ...solana.Signature) (*rpc.GetSignatureStatusesResult, error)
}

// Sender submits transactions. *rpc.Client satisfies it.
type Sender interface {
	SendTransactionWithOpts(ctx context.Context, tx *solana.Transaction, opts rpc.TransactionOpts) (solana.Signature, error)
}

// Client reads and sends.
type Client interface {
	Reader
	Sender
}

// Vault is one mint's vault: a token account owned by the gateway multisig.
type Vault struct {
	Symbol   string           `json:"symbol"`
	Mint     solana.PublicKey `json:"mint"`
	Decimals uint8            `json:"decimals"`
	Account  solana.PublicKey `json:"account"`
}

// NonceAccount is a durable nonce account that one proposer (its authority) advances in the releases it
// proposes. One per inspector, so any of them can propose without waiting on another's nonce.
type NonceAccount struct {
	Address   solana.PublicKey `json:"address"`
	Authority solana.PublicKey `json:"authority"`
}

// Deployment names the gateway's accounts on one cluster.
type Deployment struct {
	// Cluster is the cluster's genesis hash: the first part of every deposit's replay key.
	Cluster    solana.Hash        `json:"cluster"`
	Multisig   solana.PublicKey   `json:"multisig"`
	Threshold  uint8              `json:"threshold"`
	Signers    []solana.PublicKey `json:"signers"`
	GRID       Vault              `json:"grid"`
	GRIDSupply uint64             `json:"gridSupply"`
	USDC       Vault              `json:"usdc"`
	Nonces     []NonceAccount     `json:"nonces"`
}

// Vaults lists the deployment's vaults.
func (d Deployment) Vaults() []Vault { return []Vault{d.GRID, d.USDC} }

// VaultByAccount finds the vault whose token account is a.
func (d Deployment) VaultByAccount(a solana.PublicKey) (Vault, bool) {
	for _, v := range d.Vaults() {
		if v.Account.Equals(a) {
			return v, true
		}
	}
	return Vault{}, false
}

// VaultByMint finds the vault of mint m.
func (d Deployment) VaultByMint(m solana.PublicKey) (Vault, bool) {
	for _, v := range d.Vaults() {
		if v.Mint.Equals(m) {
			return v, true
		}
	}
	return Vault{}, false
}

// NonceOf is the nonce account whose authority is proposer.
func (d Deployment) NonceOf(proposer solana.PublicKey) (NonceAccount, bool) {
	for _, n := range d.Nonces {
		if n.Authority.Equals(proposer) {
			return n, true
		}
	}
	return NonceAccount{}, false
}

// IsSigner reports whether k is one of the multisig's signers.
func (d Deployment) IsSigner(k solana.PublicKey) bool {
	for _, s := range d.Signers {
		if s.Equals(k) {
			return true
		}
	}
	return false
}

// Validate checks the deployment is self-consistent (not that the chain agrees: CheckDeployment does).
func (d Deployment) Validate() error {
	switch {
	case d.Cluster.IsZero():
		return errors.New("solgateway: deployment: cluster: must be the cluster's genesis hash")
	case d.Multisig.IsZero():
		return errors.New("solgateway: deployment: multisig: must be set")
	case len(d.Signers) == 0 || len(d.Signers) > MaxSigners:
		return fmt.Errorf("solgateway: deployment: signers: want 1..%d, got %d", MaxSigners, len(d.Signers))
	case d.Threshold == 0 || int(d.Threshold) > len(d.Signers):
		return fmt.Errorf("solgateway: deployment: threshold %d: want 1..%d", d.Threshold, len(d.Signers))
	}
	seen := map[solana.PublicKey]bool{}
	for _, s := range d.Signers {
		if seen[s] {
			return fmt.Errorf("solgateway: deployment: signers: %s listed twice", s)
		}
		seen[s] = true
	}
	for _, v := range d.Vaults() {
		if v.Mint.IsZero() || v.Account.IsZero() {
			return fmt.Errorf("solgateway: deployment: vault %q: mint and account must be set", v.Symbol)
		}
	}
	for _, n := range d.Nonces {
		if !d.IsSigner(n.Authority) {
			return fmt.Errorf("solgateway: deployment: nonce %s: authority %s is not a multisig signer", n.Address, n.Authority)
		}
	}
	return nil
}
