package oracle

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// QuoteType is the EIP-712 type LeaseEscrow hashes quotes with.
const QuoteType = "Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecond,uint64 maxDuration,uint64 expiry,uint256 nonce)"

// QuoteTypeHash is keccak256(QuoteType).
var QuoteTypeHash = crypto.Keccak256Hash([]byte(QuoteType))

var quoteArgs = args(tBytes32, tAddress, tBytes32, tUint32, tUint256, tUint64, tUint64, tUint256)

// Quote is a provider's signed offer to rent gpuCount GPUs of one machine. A renter opens a lease with it on
// LeaseEscrow, which checks the provider's signature over Digest(QuoteDomain(chainID, escrow)).
type Quote struct {
	Provider  common.Address `json:"provider"`
	MachineID common.Hash    `json:"machineId"`
	GPUCount  uint32         `json:"gpuCount"`
	// USDPerSecond is in MockUSD units (6 decimals) per second for all GPUCount GPUs together.
	USDPerSecond *big.Int `json:"usdPerSecond"`
	// MaxDuration is the longest lease the quote allows, in seconds.
	MaxDuration uint64 `json:"maxDuration"`
	// Expiry is the unix time (seconds) after which the quote can no longer open a lease.
	Expiry uint64   `json:"expiry"`
	Nonce  *big.Int `json:"nonce"`
}

// StructHash is the EIP-712 hashStruct of q.
func (q Quote) StructHash() (common.Hash, error) {
	if err := checkUint256("quote usdPerSecond", q.USDPerSecond); err != nil {
		return common.Hash{}, err
	}
	if err := checkUint256("quote nonce", q.Nonce); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(quoteArgs,
		[32]byte(QuoteTypeHash), q.Provider, [32]byte(q.MachineID), q.GPUCount, q.USDPerSecond,
		q.MaxDuration, q.Expiry, q.Nonce)
}

// Digest is what the provider signs: the EIP-712 digest of q under d (see QuoteDomain).
func (q Quote) Digest(d Domain) (common.Hash, error) {
	h, err := q.StructHash()
	if err != nil {
		return common.Hash{}, err
	}
	return d.TypedDataDigest(h)
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
