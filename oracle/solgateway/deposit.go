package solgateway

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/token"
)

// MaxMemoBytes bounds a memo the gateway writes or accepts as a recipient (a transaction is at most 1232
// bytes; an address memo is 42).
const MaxMemoBytes = 256

// MemoInstruction is an SPL Memo v2 instruction carrying text, signed by signers (the memo program checks
// they signed, which ties the memo to them). Built raw: solana-go's memo builder prefixes a length byte,
// which the memo program would keep as part of the text.
func MemoInstruction(text string, signers ...solana.PublicKey) solana.Instruction {
	metas := make(solana.AccountMetaSlice, 0, len(signers))
	for _, s := range signers {
		metas = append(metas, solana.Meta(s).SIGNER())
	}
	return solana.NewInstruction(MemoProgramID, metas, []byte(text))
}

// DepositMemo is the memo a deposit carries: the Arbitrum recipient, 0x-hex with its EIP-55 checksum.
func DepositMemo(recipient common.Address) string { return recipient.Hex() }

// ParseRecipient reads a deposit memo as an Arbitrum recipient. It accepts 0x and 40 hex digits, all lower
// case, all upper case, or mixed case with a valid EIP-55 checksum (a mixed-case typo is caught rather than
// sent to a wrong address); surrounding white space is ignored. The zero address is refused.
func ParseRecipient(memo string) (common.Address, error) {
	s := strings.TrimSpace(memo)
	switch {
	case s == "":
		return common.Address{}, errors.New("empty memo: want the Arbitrum recipient as 0x-hex")
	case len(s) > MaxMemoBytes:
		return common.Address{}, fmt.Errorf("memo of %d bytes: want the Arbitrum recipient as 0x-hex", len(s))
	case !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X"):
		return common.Address{}, fmt.Errorf("memo %q: want the Arbitrum recipient as 0x-hex", s)
	case !common.IsHexAddress(s) || len(s) != 42:
		return common.Address{}, fmt.Errorf("memo %q: not a 20-byte hex address", s)
	}
	a := common.HexToAddress(s)
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("memo %q: EIP-55 checksum mismatch (did you mean %s?)", s, a.Hex())
	}
	if a == (common.Address{}) {
		return common.Address{}, errors.New("memo names the zero address")
	}
	return a, nil
}

// DepositRequest is a deposit from a Solana wallet into a vault.
type DepositRequest struct {
	Vault Vault
	// Owner owns the source token account, signs, and pays the fee.
	Owner solana.PublicKey
	// Source is the token account debited (default: Owner's associated token account for the vault's mint).
	Source solana.PublicKey
	// Amount in the mint's raw units.
	Amount uint64
	// Recipient on Arbitrum.
	Recipient common.Address
}

// BuildDeposit builds the unsigned deposit transaction on a recent blockhash: a TransferChecked into the vault
// and, in the same transaction, a Memo naming the Arbitrum recipient. Owner signs it.
func BuildDeposit(req DepositRequest, recentBlockhash solana.Hash) (*solana.Transaction, error) {
	switch {
	case req.Vault.Account.IsZero() || req.Vault.Mint.IsZero():
		return nil, errors.New("solgateway: deposit: vault: must be set")
	case req.Owner.IsZero():
		return nil, errors.New("solgateway: deposit: owner: must be set")
	case req.Amount == 0:
		return nil, errors.New("solgateway: deposit: amount: must be positive")
	case req.Recipient == (common.Address{}):
		return nil, errors.New("solgateway: deposit: recipient: must not be the zero address")
	}
	src := req.Source
	if src.IsZero() {
		ata, _, err := solana.FindAssociatedTokenAddress(req.Owner, req.Vault.Mint)
		if err != nil {
			return nil, fmt.Errorf("solgateway: deposit: source: %w", err)
		}
		src = ata
	}
	if src.Equals(req.Vault.Account) {
		return nil, errors.New("solgateway: deposit: source: is the vault itself")
	}
	transfer, err := token.NewTransferCheckedInstruction(req.Amount, req.Vault.Decimals, src, req.Vault.Mint, req.Vault.Account, req.Owner, nil).ValidateAndBuild()
	if err != nil {
		return nil, fmt.Errorf("solgateway: deposit: %w", err)
	}
	return solana.NewTransaction([]solana.Instruction{transfer, MemoInstruction(DepositMemo(req.Recipient), req.Owner)},
		recentBlockhash, solana.TransactionPayer(req.Owner))
}
