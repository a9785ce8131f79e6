package oracle

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// QuoteType is the EIP-712 type LeaseEscrow hashes quotes with (domain version "2").
const QuoteType = "Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecondWad,uint64 minDuration,uint64 maxDuration,uint64 expiry,uint256 nonce,address renter,bool singleUse)"

// QuoteTypeHash is keccak256(QuoteType).
var QuoteTypeHash = crypto.Keccak256Hash([]byte(QuoteType))

var quoteArgs = args(tBytes32, tAddress, tBytes32, tUint32, tUint256, tUint64, tUint64, tUint64, tUint256, tAddress, tBool)

// WadPerUSD is one USD in a quote's price unit: quotes price in USD with 18 decimals.
var WadPerUSD = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Quote is a provider's signed offer to rent GPUCount GPUs of one machine. A renter opens a lease with it on
// LeaseEscrow, which checks the provider's signature over Digest(QuoteDomain(chainID, escrow)).
//
// A quote can open any number of leases (each needs free GPUs) until Expiry or until the provider cancels its
// nonce, unless SingleUse, which makes the first lease use the nonce. Renter, when set, is the only account
// that may open it. Every lease bills at least MinDuration seconds, even one the renter closes at once.
type Quote struct {
	Provider  common.Address `json:"provider"`
	MachineID common.Hash    `json:"machineId"`
	GPUCount  uint32         `json:"gpuCount"`
	// USDPerSecondWad is USD per second for all GPUCount GPUs together, with 18 decimals (WadPerUSD = 1 USD):
	// 0.01 USD per GPU-hour for one GPU is 1e16/3600 = 2,777,777,777,777. Nonzero, below 2^128.
	USDPerSecondWad *big.Int `json:"usdPerSecondWad"`
	// MinDuration is the least a lease bills, in seconds (0: none); at most MaxDuration.
	MinDuration uint64 `json:"minDuration"`
	// MaxDuration is the longest a lease of the quote may run in total (with extensions), in seconds.
	MaxDuration uint64 `json:"maxDuration"`
	// Expiry is the unix time (seconds) after which the quote can no longer open a lease.
	Expiry uint64   `json:"expiry"`
	Nonce  *big.Int `json:"nonce"`
	// Renter is the only account that may open the quote; zero: anyone.
	Renter common.Address `json:"renter"`
	// SingleUse makes the quote's first lease use its nonce.
	SingleUse bool `json:"singleUse"`
}

// StructHash is the EIP-712 hashStruct of q.
func (q Quote) StructHash() (common.Hash, error) {
	if err := checkUint256("quote usdPerSecondWad", q.USDPerSecondWad); err != nil {
		return common.Hash{}, err
	}
	if err := checkUint256("quote nonce", q.Nonce); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(quoteArgs,
		[32]byte(QuoteTypeHash), q.Provider, [32]byte(q.MachineID), q.GPUCount, q.USDPerSecondWad,
		q.MinDuration, q.MaxDuration, q.Expiry, q.Nonce, q.Renter, q.SingleUse)
}

// Digest is what the provider signs: the EIP-712 digest of q under d (see QuoteDomain).
func (q Quote) Digest(d Domain) (common.Hash, error) {
	h, err := q.StructHash()
	if err != nil {
		return common.Hash{}, err
	}
	return d.TypedDataDigest(h)
}

// OpenableBy reports whether renter may open q (a quote bound to another renter is not).
func (q Quote) OpenableBy(renter common.Address) bool {
	return q.Renter == (common.Address{}) || q.Renter == renter
}

// SignedQuote is a quote with the provider's 65-byte signature, the form a provider hands a renter.
type SignedQuote struct {
	Quote     Quote         `json:"quote"`
	Signature hexutil.Bytes `json:"signature"`
}

// Verify checks that the signature over the quote under d recovers to the quote's provider.
func (s SignedQuote) Verify(d Domain) error {
	digest, err := s.Quote.Digest(d)
	if err != nil {
		return err
	}
	signer, err := RecoverSigner(digest, s.Signature)
	if err != nil {
		return fmt.Errorf("quote signature: %w", err)
	}
	if signer != s.Quote.Provider {
		return fmt.Errorf("quote signature: %w: signed by %s, provider is %s", ErrWrongSigner, signer, s.Quote.Provider)
	}
	return nil
}
