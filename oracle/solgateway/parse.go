package solgateway

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"
)

// Deposit is a transfer into a vault, read from a finalized transaction.
type Deposit struct {
	Key       DepositKey
	Slot      uint64
	BlockTime int64
	Vault     Vault
	// Source is the token account debited (a refund goes back to it); Sender is its owner or delegate, the
	// authority that signed the transfer.
	Source solana.PublicKey
	Sender solana.PublicKey
	Amount uint64
	// Memo is the transaction's memo text; Recipient the Arbitrum address it names, or zero with Malformed
	// saying why not. A malformed deposit is never lost: it is recorded and refunded.
	Memo      string
	Recipient common.Address
	Malformed string
}

// OutflowRecord is a transfer out of a vault, read from a finalized transaction.
type OutflowRecord struct {
	// Key is (cluster, signature, instruction index) of the transfer out.
	Key         DepositKey
	Slot        uint64
	BlockTime   int64
	Kind        OutflowKind
	Vault       Vault
	Destination solana.PublicKey
	Amount      uint64
	// Reference from the gateway memo (empty when Unlabelled); Refunds is the refunded deposit's key.
	Reference string
	Refunds   *DepositKey
}

// Unattributed is a change of a vault's balance in a transaction that no top-level transfer explains (a
// program moving tokens by CPI). The watcher records it so no value moves unseen.
type Unattributed struct {
	Key   DepositKey // Index is 0: the whole transaction
	Slot  uint64
	Vault Vault
	Delta int64
}

// Parsed is what one transaction did to the vaults.
type Parsed struct {
	Deposits     []Deposit
	Outflows     []OutflowRecord
	Unattributed []Unattributed
}

// Parse reads a finalized transaction (wire form decoded by solana-go, with the node's metadata) into the
// deposits and outflows it made. A failed transaction moved nothing and parses to nothing. Only top-level
// Transfer and TransferChecked instructions are attributed (a plain Transfer into a vault is a deposit too:
// its value is in the vault and must not be lost); vault balance changes they do not explain are reported
// in Unattributed.
func Parse(d Deployment, slot uint64, blockTime int64, tx *solana.Transaction, meta *rpc.TransactionMeta) (Parsed, error) {
	var out Parsed
	if meta == nil {
		return out, fmt.Errorf("solgateway: parse: transaction %s has no metadata", firstSig(tx))
	}
	if meta.Err != nil {
		return out, nil
	}
	if len(tx.Signatures) == 0 {
		return out, fmt.Errorf("solgateway: parse: transaction has no signature")
	}
	sig := tx.Signatures[0]
	msg := tx.Message
	if msg.IsVersioned() && len(msg.AddressTableLookups) > 0 && !msg.IsResolved() {
		if err := msg.ResolveLookupsWith(meta.LoadedAddresses.Writable, meta.LoadedAddresses.ReadOnly); err != nil {
			return out, fmt.Errorf("solgateway: parse %s: resolve lookups: %w", sig, err)
		}
	}
	ixs, err := resolve(&msg)
	if err != nil {
		return out, fmt.Errorf("solgateway: parse %s: %w", sig, err)
	}
	var memos []string
	for _, ix := range ixs {
		if ix.program.Equals(MemoProgramID) || ix.program.Equals(solana.MemoProgramID) {
			memos = append(memos, string(ix.data))
		}
	}
	explained := map[solana.PublicKey]int64{}
	for i, ix := range ixs {
		if !ix.program.Equals(token.ProgramID) {
			continue
		}
		inst, err := token.DecodeInstruction(ix.accounts, ix.data)
		if err != nil {
			continue // not ours to judge: the token program ran it successfully
		}
		var src, dst, authority solana.PublicKey
		var amount uint64
		switch t := inst.Impl.(type) {
		case *token.TransferChecked:
			src, dst, authority, amount = t.GetSourceAccount().PublicKey, t.GetDestinationAccount().PublicKey, t.GetOwnerAccount().PublicKey, *t.Amount
		case *token.Transfer:
			src, dst, authority, amount = t.GetSourceAccount().PublicKey, t.GetDestinationAccount().PublicKey, t.GetOwnerAccount().PublicKey, *t.Amount
		default:
			continue
		}
		key := DepositKey{Cluster: d.Cluster, Signature: sig, Index: uint16(i)}
		if v, ok := d.VaultByAccount(dst); ok && !src.Equals(dst) {
			dep := Deposit{Key: key, Slot: slot, BlockTime: blockTime, Vault: v, Source: src, Sender: authority, Amount: amount}
			switch len(memos) {
			case 0:
				dep.Malformed = "no memo: want the Arbitrum recipient as 0x-hex"
			case 1:
				dep.Memo = memos[0]
				if dep.Recipient, err = ParseRecipient(memos[0]); err != nil {
					dep.Malformed = err.Error()
				}
			default:
				dep.Memo = memos[0]
				dep.Malformed = strconv.Itoa(len(memos)) + " memos: want exactly one, the Arbitrum recipient"
			}
			out.Deposits = append(out.Deposits, dep)
			explained[dst] += int64(amount)
		}
		if v, ok := d.VaultByAccount(src); ok && !src.Equals(dst) {
			rec := OutflowRecord{Key: key, Slot: slot, BlockTime: blockTime, Kind: Unlabelled, Vault: v, Destination: dst, Amount: amount}
			for _, m := range memos {
				if kind, ref, ok := parseOutflowMemo(m); ok {
					rec.Kind, rec.Reference = kind, ref
					if kind == Refund {
						if k, err := ParseDepositKey(ref); err == nil {
							rec.Refunds = &k
						}
					}
					break
				}
			}
			out.Outflows = append(out.Outflows, rec)
			explained[src] -= int64(amount)
		}
	}
	keys := msg.AccountKeys
	delta := map[solana.PublicKey]int64{}
	for _, b := range meta.PreTokenBalances {
		if int(b.AccountIndex) < len(keys) && b.UiTokenAmount != nil {
			n, _ := strconv.ParseInt(b.UiTokenAmount.Amount, 10, 64)
			delta[keys[b.AccountIndex]] -= n
		}
	}
	for _, b := range meta.PostTokenBalances {
		if int(b.AccountIndex) < len(keys) && b.UiTokenAmount != nil {
			n, _ := strconv.ParseInt(b.UiTokenAmount.Amount, 10, 64)
			delta[keys[b.AccountIndex]] += n
		}
	}
	for _, v := range d.Vaults() {
		if dlt := delta[v.Account]; dlt != explained[v.Account] {
			out.Unattributed = append(out.Unattributed, Unattributed{Key: DepositKey{Cluster: d.Cluster, Signature: sig}, Slot: slot, Vault: v, Delta: dlt - explained[v.Account]})
		}
	}
	return out, nil
}

func firstSig(tx *solana.Transaction) string {
	if tx == nil || len(tx.Signatures) == 0 {
		return "?"
	}
	return tx.Signatures[0].String()
}
