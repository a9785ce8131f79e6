package oracle

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The Solana gateway's payloads (contracts/src/SolanaGateway.sol, Attestations.sol). Amounts are in the Solana
// mint's raw units (what the TransferChecked moved). A deposit's release and refund share KindSolanaDeposit
// and its id, SolanaDepositID, so the quorum consumes one decision per deposit, whichever comes first.

// SolanaMint is a Solana mint the gateway knows (Attestations.SOLANA_MINT_*).
type SolanaMint uint8

// The gateway's mints.
const (
	SolanaMintGRID SolanaMint = 1
	SolanaMintUSDC SolanaMint = 2
)

// Valid reports whether m is a mint the gateway knows.
func (m SolanaMint) Valid() bool { return m == SolanaMintGRID || m == SolanaMintUSDC }

// RefundReason is why a Solana deposit is refunded instead of released (SolanaDepositRefund.reason).
type RefundReason uint8

// The refund reasons; 0 and anything above RefundTooSmall revert InvalidReason.
const (
	// RefundMalformedMemo: the memo is missing, repeated or not an address.
	RefundMalformedMemo RefundReason = 1
	// RefundRecipientUnusable: the memo names address(0) or the gateway itself.
	RefundRecipientUnusable RefundReason = 2
	// RefundAboveCap: the GRID value exceeds the gateway's window cap (its largest single release).
	RefundAboveCap RefundReason = 3
	// RefundReserveShort: the swap reserve (USDC) or the locked GRID (GRID) cannot cover it.
	RefundReserveShort RefundReason = 4
	// RefundNoPrice: no fresh GRID/USD rate for a USDC deposit.
	RefundNoPrice RefundReason = 5
	// RefundTooSmall: a USDC deposit worth less than 1 GRID wei after the fee.
	RefundTooSmall RefundReason = 6
)

// Valid reports whether r is a reason the gateway accepts.
func (r RefundReason) Valid() bool { return r >= RefundMalformedMemo && r <= RefundTooSmall }

// ReturnReason is why an outbound transfer goes back to its sender (SolanaOutboundReturn.reason).
type ReturnReason uint8

// The return reasons; 0 and anything above ReturnVaultShort revert InvalidReason.
const (
	// ReturnRecipientUnusable: the recipient's token account cannot receive (frozen, not creatable).
	ReturnRecipientUnusable ReturnReason = 1
	// ReturnVaultShort: the Solana vault cannot pay it.
	ReturnVaultShort ReturnReason = 2
)

// Valid reports whether r is a reason the gateway accepts.
func (r ReturnReason) Valid() bool { return r == ReturnRecipientUnusable || r == ReturnVaultShort }

// Payload type strings of the gateway's kinds.
const (
	SolanaDepositReleaseType = "SolanaDepositRelease(bytes32 depositId,uint8 mint,uint64 amount,address recipient)"
	SolanaDepositRefundType  = "SolanaDepositRefund(bytes32 depositId,uint8 mint,uint64 amount,bytes32 refundAccount,uint8 reason)"
	SolanaOutboundReturnType = "SolanaOutboundReturn(uint64 outboundId,uint8 reason)"
)

var (
	SolanaDepositReleaseTypeHash = crypto.Keccak256Hash([]byte(SolanaDepositReleaseType))
	SolanaDepositRefundTypeHash  = crypto.Keccak256Hash([]byte(SolanaDepositRefundType))
	SolanaOutboundReturnTypeHash = crypto.Keccak256Hash([]byte(SolanaOutboundReturnType))

	solanaDepositIDArgs      = args(tBytes32, tBytes32, tBytes32, tUint16)
	solanaDepositReleaseArgs = args(tBytes32, tBytes32, tUint8, tUint64, tAddress)
	solanaDepositRefundArgs  = args(tBytes32, tBytes32, tUint8, tUint64, tBytes32, tUint8)
	solanaOutboundReturnArgs = args(tBytes32, tUint64, tUint8)
)

// SolanaDepositID is a Solana deposit's replay key as one word, Attestations.solanaDepositId: keccak256 of the
// cluster's genesis hash, the transaction's first signature (its two 32-byte halves) and the top-level
// instruction index of the transfer. A zero cluster or signature is an error (the gateway reverts
// ZeroDepositKey).
func SolanaDepositID(cluster [32]byte, signature [64]byte, index uint16) (common.Hash, error) {
	switch {
	case cluster == [32]byte{}:
		return common.Hash{}, fmt.Errorf("solana deposit cluster: %w: zero", ErrInvalidValue)
	case signature == [64]byte{}:
		return common.Hash{}, fmt.Errorf("solana deposit signature: %w: zero", ErrInvalidValue)
	}
	return hashEncoded(solanaDepositIDArgs, cluster, [32]byte(signature[:32]), [32]byte(signature[32:]), index)
}

// SolanaOutboundID is the attestation id of outbound transfer id: bytes32(uint256(id)).
func SolanaOutboundID(id uint64) common.Hash {
	var h common.Hash
	binary.BigEndian.PutUint64(h[24:], id)
	return h
}

// SolanaDepositRelease: release deposit DepositID (Amount raw units of Mint) to Recipient on Arbitrum, as GRID
// (a USDC deposit is swapped at the oracle's rate when the release is submitted).
type SolanaDepositRelease struct {
	DepositID common.Hash
	Mint      SolanaMint
	Amount    uint64
	Recipient common.Address
}

func (SolanaDepositRelease) Kind() Kind { return KindSolanaDeposit }

// Validate rejects what SolanaGateway.releaseDeposit rejects whatever the chain's state, naming the field.
func (p SolanaDepositRelease) Validate() error {
	switch {
	case p.DepositID == (common.Hash{}):
		return fmt.Errorf("solana deposit release depositId: %w: zero", ErrInvalidValue)
	case !p.Mint.Valid():
		return fmt.Errorf("solana deposit release mint: %w: unknown mint %d", ErrInvalidValue, p.Mint)
	case p.Amount == 0:
		return fmt.Errorf("solana deposit release amount: %w: zero", ErrInvalidValue)
	case p.Recipient == (common.Address{}):
		return fmt.Errorf("solana deposit release recipient: %w: zero address", ErrInvalidValue)
	}
	return nil
}

// Hash mirrors Attestations.solanaDepositReleaseHash.
func (p SolanaDepositRelease) Hash() (common.Hash, error) {
	return hashEncoded(solanaDepositReleaseArgs,
		[32]byte(SolanaDepositReleaseTypeHash), [32]byte(p.DepositID), uint8(p.Mint), p.Amount, p.Recipient)
}

// SolanaDepositRefund: deposit DepositID is refunded from the vault to RefundAccount (the deposit's own source
// token account) for Reason; recorded on Arbitrum before the Solana refund is co-signed.
type SolanaDepositRefund struct {
	DepositID     common.Hash
	Mint          SolanaMint
	Amount        uint64
	RefundAccount [32]byte
	Reason        RefundReason
}

func (SolanaDepositRefund) Kind() Kind { return KindSolanaDeposit }

// Validate rejects what SolanaGateway.recordRefund rejects whatever the chain's state, naming the field.
func (p SolanaDepositRefund) Validate() error {
	switch {
	case p.DepositID == (common.Hash{}):
		return fmt.Errorf("solana deposit refund depositId: %w: zero", ErrInvalidValue)
	case !p.Mint.Valid():
		return fmt.Errorf("solana deposit refund mint: %w: unknown mint %d", ErrInvalidValue, p.Mint)
	case p.Amount == 0:
		return fmt.Errorf("solana deposit refund amount: %w: zero", ErrInvalidValue)
	case p.RefundAccount == [32]byte{}:
		return fmt.Errorf("solana deposit refund refundAccount: %w: zero", ErrInvalidValue)
	case !p.Reason.Valid():
		return fmt.Errorf("solana deposit refund reason: %w: %d, want %d to %d", ErrInvalidValue, p.Reason,
			RefundMalformedMemo, RefundTooSmall)
	}
	return nil
}

// Hash mirrors Attestations.solanaDepositRefundHash.
func (p SolanaDepositRefund) Hash() (common.Hash, error) {
	return hashEncoded(solanaDepositRefundArgs,
		[32]byte(SolanaDepositRefundTypeHash), [32]byte(p.DepositID), uint8(p.Mint), p.Amount, p.RefundAccount,
		uint8(p.Reason))
}

// SolanaOutboundReturn: outbound transfer OutboundID will never be executed on Solana, for Reason; its GRID
// goes back to the sender. Attested under id SolanaOutboundID(OutboundID).
type SolanaOutboundReturn struct {
	OutboundID uint64
	Reason     ReturnReason
}

func (SolanaOutboundReturn) Kind() Kind { return KindSolanaOutboundReturn }

// Validate rejects what SolanaGateway.returnOutbound rejects whatever the chain's state, naming the field.
func (p SolanaOutboundReturn) Validate() error {
	switch {
	case p.OutboundID == 0:
		return fmt.Errorf("solana outbound return outboundId: %w: zero (ids start at 1)", ErrInvalidValue)
	case !p.Reason.Valid():
		return fmt.Errorf("solana outbound return reason: %w: %d, want %d or %d", ErrInvalidValue, p.Reason,
			ReturnRecipientUnusable, ReturnVaultShort)
	}
	return nil
}

// Hash mirrors Attestations.solanaOutboundReturnHash.
func (p SolanaOutboundReturn) Hash() (common.Hash, error) {
	return hashEncoded(solanaOutboundReturnArgs, [32]byte(SolanaOutboundReturnTypeHash), p.OutboundID, uint8(p.Reason))
}
