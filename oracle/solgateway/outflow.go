package solgateway

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	bin "github.com/gagliardetto/binary"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/system"
	"github.com/gagliardetto/solana-go/programs/token"

	"github.com/idlegrid/idlegrid/oracle"
)

// OutflowKind says why value leaves a vault.
type OutflowKind string

// Outflow kinds. Unlabelled is only ever parsed, never built: a transfer out of a vault whose memo is not
// the gateway's (the multisig signed something else), recorded so that conservation checks still see it.
const (
	Release    OutflowKind = "release"
	Refund     OutflowKind = "refund"
	Unlabelled OutflowKind = "unlabelled"
)

const memoPrefix = "idlegrid "

// DepositKey is a deposit's replay key: (cluster, transaction signature, instruction index), each consumed
// once on Arbitrum.
type DepositKey struct {
	Cluster   solana.Hash      `json:"cluster"`
	Signature solana.Signature `json:"signature"`
	Index     uint16           `json:"index"`
}

func (k DepositKey) String() string {
	return k.Cluster.String() + ":" + k.Signature.String() + ":" + strconv.Itoa(int(k.Index))
}

// ID is the deposit's id on Arbitrum (SolanaGateway.depositId, the attestation id of its release or refund).
func (k DepositKey) ID() (common.Hash, error) {
	return oracle.SolanaDepositID(k.Cluster, k.Signature, k.Index)
}

// ParseDepositKey reads the form String writes.
func ParseDepositKey(s string) (DepositKey, error) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return DepositKey{}, fmt.Errorf("deposit key %q: want cluster:signature:index", s)
	}
	c, err := solana.HashFromBase58(parts[0])
	if err != nil {
		return DepositKey{}, fmt.Errorf("deposit key %q: cluster: %w", s, err)
	}
	sig, err := solana.SignatureFromBase58(parts[1])
	if err != nil {
		return DepositKey{}, fmt.Errorf("deposit key %q: signature: %w", s, err)
	}
	i, err := strconv.ParseUint(parts[2], 10, 16)
	if err != nil {
		return DepositKey{}, fmt.Errorf("deposit key %q: index: %w", s, err)
	}
	return DepositKey{Cluster: c, Signature: sig, Index: uint16(i)}, nil
}

// Outflow is a transfer out of a vault, signed by Threshold multisig signers.
type Outflow struct {
	Kind  OutflowKind
	Vault Vault
	// Destination token account. With DestinationOwner set instead, the destination is that wallet's
	// associated token account, created in the same transaction if it does not exist (the proposer pays).
	Destination      solana.PublicKey
	DestinationOwner solana.PublicKey
	Amount           uint64
	// Reference says what the outflow answers: for a release, the Arbitrum-side transfer (free text, no
	// spaces, ≤ 160 bytes); for a refund, the refunded deposit's key.
	Reference string
	// Proposer pays the fee and advances its nonce account; Signers are the multisig signers whose signatures
	// the transfer carries (exactly Threshold of them; the proposer may be one).
	Proposer solana.PublicKey
	Signers  []solana.PublicKey
}

// ReleaseReference is the reference a release of outbound transfer id of the SolanaGateway at gateway on chain
// chainID carries in its memo: what the bridge writes and the indexer matches.
func ReleaseReference(chainID uint64, gateway common.Address, id uint64) string {
	return fmt.Sprintf("arbitrum:%d:%s:%d", chainID, strings.ToLower(gateway.Hex()), id)
}

// Memo is the memo the outflow carries: "idlegrid release <ref>" or "idlegrid refund <deposit key>".
func (o Outflow) Memo() string { return memoPrefix + string(o.Kind) + " " + o.Reference }

func (o Outflow) validate(d Deployment) error {
	switch {
	case o.Kind != Release && o.Kind != Refund:
		return fmt.Errorf("solgateway: outflow: kind %q: want release or refund", o.Kind)
	case o.Amount == 0:
		return errors.New("solgateway: outflow: amount: must be positive")
	case o.Reference == "" || len(o.Reference) > 160 || strings.ContainsAny(o.Reference, " \t\n"):
		return fmt.Errorf("solgateway: outflow: reference %q: want 1..160 bytes without white space", o.Reference)
	case o.Destination.IsZero() == o.DestinationOwner.IsZero():
		return errors.New("solgateway: outflow: destination: set exactly one of Destination and DestinationOwner")
	case len(o.Signers) != int(d.Threshold):
		return fmt.Errorf("solgateway: outflow: signers: want exactly %d (the threshold), got %d", d.Threshold, len(o.Signers))
	}
	if o.Kind == Refund {
		if _, err := ParseDepositKey(o.Reference); err != nil {
			return fmt.Errorf("solgateway: outflow: refund reference: %w", err)
		}
	}
	if v, ok := d.VaultByAccount(o.Vault.Account); !ok || v != o.Vault {
		return fmt.Errorf("solgateway: outflow: vault %s: not one of the deployment's", o.Vault.Account)
	}
	if o.Destination.Equals(o.Vault.Account) {
		return errors.New("solgateway: outflow: destination: is the vault itself")
	}
	seen := map[solana.PublicKey]bool{}
	for _, s := range o.Signers {
		if !d.IsSigner(s) {
			return fmt.Errorf("solgateway: outflow: signer %s: not a multisig signer", s)
		}
		if seen[s] {
			return fmt.Errorf("solgateway: outflow: signer %s: listed twice", s)
		}
		seen[s] = true
	}
	if _, ok := d.NonceOf(o.Proposer); !ok {
		return fmt.Errorf("solgateway: outflow: proposer %s: has no nonce account in the deployment", o.Proposer)
	}
	return nil
}

var ataProgramID = solana.SPLAssociatedTokenAccountProgramID

// createATAIdempotent is the Associated Token Account program's CreateIdempotent (instruction 1): solana-go
// only builds Create, which fails when the account exists.
func createATAIdempotent(payer, ata, owner, mint solana.PublicKey) solana.Instruction {
	return solana.NewInstruction(ataProgramID, solana.AccountMetaSlice{
		solana.Meta(payer).WRITE().SIGNER(), solana.Meta(ata).WRITE(), solana.Meta(owner), solana.Meta(mint),
		solana.Meta(solana.SystemProgramID), solana.Meta(token.ProgramID),
	}, []byte{1})
}

// Proposal is an outflow transaction waiting for its signatures: every signer signs Message, the same bytes.
type Proposal struct {
	Outflow Outflow
	// Message is the serialized transaction message the signatures cover.
	Message []byte
	// Signers are the keys whose signatures the transaction needs, in order (the proposer first).
	Signers []solana.PublicKey
}

// BuildOutflow builds a release or refund on the proposer's durable nonce (nonceValue: its current value, from
// FetchNonce). The transaction stays valid until the nonce advances, however long the signatures take.
func BuildOutflow(d Deployment, o Outflow, nonceValue solana.Hash) (*Proposal, error) {
	if err := o.validate(d); err != nil {
		return nil, err
	}
	nonce, _ := d.NonceOf(o.Proposer)
	ixs := []solana.Instruction{
		system.NewAdvanceNonceAccountInstruction(nonce.Address, solana.SysVarRecentBlockHashesPubkey, o.Proposer).Build(),
	}
	dest := o.Destination
	if dest.IsZero() {
		ata, _, err := solana.FindAssociatedTokenAddress(o.DestinationOwner, o.Vault.Mint)
		if err != nil {
			return nil, fmt.Errorf("solgateway: outflow: destination owner: %w", err)
		}
		dest = ata
		ixs = append(ixs, createATAIdempotent(o.Proposer, ata, o.DestinationOwner, o.Vault.Mint))
	}
	transfer, err := token.NewTransferCheckedInstruction(o.Amount, o.Vault.Decimals, o.Vault.Account, o.Vault.Mint, dest, d.Multisig, o.Signers).ValidateAndBuild()
	if err != nil {
		return nil, fmt.Errorf("solgateway: outflow: %w", err)
	}
	ixs = append(ixs, transfer, MemoInstruction(o.Memo()))
	tx, err := solana.NewTransaction(ixs, nonceValue, solana.TransactionPayer(o.Proposer))
	if err != nil {
		return nil, fmt.Errorf("solgateway: outflow: %w", err)
	}
	msg, err := tx.Message.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("solgateway: outflow: encode message: %w", err)
	}
	return &Proposal{Outflow: o, Message: msg, Signers: tx.Message.Signers()}, nil
}

// PartialSignature is one signer's signature over a proposal's message.
type PartialSignature struct {
	Signer    solana.PublicKey `json:"signer"`
	Signature solana.Signature `json:"signature"`
}

// CoSign is what a signer runs on a proposal it received as bytes: it decodes the message strictly
// (DecodeOutflow), lets approve check the outflow against the signer's own view (an attested transfer on
// Arbitrum, a refundable deposit), and only then signs. It never signs a message it cannot decode.
func CoSign(d Deployment, message []byte, key solana.PrivateKey, approve func(Outflow) error) (PartialSignature, error) {
	o, signers, err := DecodeOutflow(d, message)
	if err != nil {
		return PartialSignature{}, err
	}
	me := key.PublicKey()
	required := false
	for _, s := range signers {
		required = required || s.Equals(me)
	}
	if !required {
		return PartialSignature{}, fmt.Errorf("%w: %s", ErrNotSigner, me)
	}
	if approve == nil {
		return PartialSignature{}, errors.New("solgateway: co-sign: approve: must be set (a signer checks what it signs)")
	}
	if err := approve(o); err != nil {
		return PartialSignature{}, fmt.Errorf("solgateway: co-sign refused: %w", err)
	}
	sig, err := key.Sign(message)
	if err != nil {
		return PartialSignature{}, err
	}
	return PartialSignature{Signer: me, Signature: sig}, nil
}

// Assemble puts the partial signatures in place and returns the signed transaction. Every signature must
// verify over message; every required signer must be present (ErrMissingSigner names those missing).
func Assemble(message []byte, parts []PartialSignature) (*solana.Transaction, error) {
	var msg solana.Message
	if err := msg.UnmarshalWithDecoder(bin.NewBinDecoder(message)); err != nil {
		return nil, fmt.Errorf("solgateway: assemble: decode message: %w", err)
	}
	signers := msg.Signers()
	tx := &solana.Transaction{Message: msg, Signatures: make([]solana.Signature, len(signers))}
	have := make([]bool, len(signers))
	for _, p := range parts {
		i := -1
		for j, s := range signers {
			if s.Equals(p.Signer) {
				i = j
			}
		}
		if i < 0 {
			return nil, fmt.Errorf("%w: %s", ErrNotSigner, p.Signer)
		}
		if !p.Signature.Verify(p.Signer, message) {
			return nil, fmt.Errorf("%w: from %s", ErrBadSignature, p.Signer)
		}
		tx.Signatures[i], have[i] = p.Signature, true
	}
	var missing []string
	for i, ok := range have {
		if !ok {
			missing = append(missing, signers[i].String())
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrMissingSigner, strings.Join(missing, ", "))
	}
	// The transaction must re-encode to the very bytes that were signed.
	again, err := tx.Message.MarshalBinary()
	if err != nil || !bytes.Equal(again, message) {
		return nil, fmt.Errorf("solgateway: assemble: message does not re-encode to the signed bytes: %v", err)
	}
	return tx, nil
}

// DecodeOutflow reads a proposal's message back and accepts only the exact shape BuildOutflow makes: advance
// a deployment nonce whose authority is the fee payer; optionally create the destination's associated token
// account; one TransferChecked out of a vault by the multisig with Threshold multisig signers; the gateway
// memo. Anything else is ErrNotOutflow. It returns the outflow and the transaction's required signers.
func DecodeOutflow(d Deployment, message []byte) (Outflow, []solana.PublicKey, error) {
	var msg solana.Message
	if err := msg.UnmarshalWithDecoder(bin.NewBinDecoder(message)); err != nil {
		return Outflow{}, nil, fmt.Errorf("%w: decode message: %v", ErrNotOutflow, err)
	}
	if msg.IsVersioned() && len(msg.AddressTableLookups) > 0 {
		return Outflow{}, nil, fmt.Errorf("%w: address lookup tables", ErrNotOutflow)
	}
	fail := func(f string, a ...any) (Outflow, []solana.PublicKey, error) {
		return Outflow{}, nil, fmt.Errorf("%w: %s", ErrNotOutflow, fmt.Sprintf(f, a...))
	}
	signers := msg.Signers()
	if len(signers) == 0 {
		return fail("no signers")
	}
	payer := signers[0]
	ixs, err := resolve(&msg)
	if err != nil {
		return fail("%v", err)
	}
	if len(ixs) != 3 && len(ixs) != 4 {
		return fail("%d instructions, want 3 or 4", len(ixs))
	}
	// 0: advance the proposer's nonce.
	if !ixs[0].program.Equals(solana.SystemProgramID) {
		return fail("instruction 0 is not the system program")
	}
	adv, err := system.DecodeInstruction(ixs[0].accounts, ixs[0].data)
	if err != nil {
		return fail("instruction 0: %v", err)
	}
	a, ok := adv.Impl.(*system.AdvanceNonceAccount)
	if !ok {
		return fail("instruction 0 is not AdvanceNonceAccount")
	}
	nonce, ok := d.NonceOf(payer)
	if !ok || !a.GetNonceAccount().PublicKey.Equals(nonce.Address) || !a.GetNonceAuthorityAccount().PublicKey.Equals(payer) {
		return fail("instruction 0 advances %s, not the fee payer's nonce account", a.GetNonceAccount().PublicKey)
	}
	o := Outflow{Proposer: payer}
	next := 1
	if len(ixs) == 4 {
		c := ixs[1]
		if !c.program.Equals(ataProgramID) || !bytes.Equal(c.data, []byte{1}) || len(c.accounts) != 6 ||
			!c.accounts[0].PublicKey.Equals(payer) || !c.accounts[4].PublicKey.Equals(solana.SystemProgramID) || !c.accounts[5].PublicKey.Equals(token.ProgramID) {
			return fail("instruction 1 is not the associated token account's CreateIdempotent paid by the proposer")
		}
		o.DestinationOwner = c.accounts[2].PublicKey
		next = 2
	}
	t := ixs[next]
	if !t.program.Equals(token.ProgramID) {
		return fail("instruction %d is not the token program", next)
	}
	ti, err := token.DecodeInstruction(t.accounts, t.data)
	if err != nil {
		return fail("instruction %d: %v", next, err)
	}
	tc, ok := ti.Impl.(*token.TransferChecked)
	if !ok {
		return fail("instruction %d is not TransferChecked", next)
	}
	v, ok := d.VaultByAccount(tc.GetSourceAccount().PublicKey)
	switch {
	case !ok:
		return fail("transfer from %s, not a vault", tc.GetSourceAccount().PublicKey)
	case !tc.GetMintAccount().PublicKey.Equals(v.Mint) || *tc.Decimals != v.Decimals:
		return fail("transfer of mint %s with %d decimals from the %s vault", tc.GetMintAccount().PublicKey, *tc.Decimals, v.Symbol)
	case !tc.GetOwnerAccount().PublicKey.Equals(d.Multisig):
		return fail("transfer authority %s is not the multisig", tc.GetOwnerAccount().PublicKey)
	}
	o.Vault, o.Amount = v, *tc.Amount
	dest := tc.GetDestinationAccount().PublicKey
	if o.DestinationOwner.IsZero() {
		o.Destination = dest
	} else {
		ata, _, err := solana.FindAssociatedTokenAddress(o.DestinationOwner, v.Mint)
		if err != nil || !ata.Equals(dest) || !ixs[1].accounts[1].PublicKey.Equals(dest) || !ixs[1].accounts[3].PublicKey.Equals(v.Mint) {
			return fail("the created account is not the transfer's destination")
		}
	}
	for _, s := range tc.Signers {
		o.Signers = append(o.Signers, s.PublicKey)
	}
	m := ixs[next+1]
	if !m.program.Equals(MemoProgramID) {
		return fail("last instruction is not a memo")
	}
	kind, ref, ok := parseOutflowMemo(string(m.data))
	if !ok {
		return fail("memo %q is not a gateway memo", m.data)
	}
	o.Kind, o.Reference = kind, ref
	if err := o.validate(d); err != nil {
		return fail("%v", err)
	}
	return o, signers, nil
}

func parseOutflowMemo(memo string) (OutflowKind, string, bool) {
	rest, ok := strings.CutPrefix(memo, memoPrefix)
	if !ok {
		return "", "", false
	}
	kind, ref, ok := strings.Cut(rest, " ")
	if !ok || ref == "" || (kind != string(Release) && kind != string(Refund)) {
		return "", "", false
	}
	return OutflowKind(kind), ref, true
}

type resolvedIx struct {
	program  solana.PublicKey
	accounts []*solana.AccountMeta
	data     []byte
}

func resolve(msg *solana.Message) ([]resolvedIx, error) {
	keys, err := msg.GetAllKeys()
	if err != nil {
		return nil, err
	}
	out := make([]resolvedIx, 0, len(msg.Instructions))
	for i, ci := range msg.Instructions {
		if int(ci.ProgramIDIndex) >= len(keys) {
			return nil, fmt.Errorf("instruction %d: program index %d out of range", i, ci.ProgramIDIndex)
		}
		metas := make([]*solana.AccountMeta, 0, len(ci.Accounts))
		for _, ai := range ci.Accounts {
			if int(ai) >= len(keys) {
				return nil, fmt.Errorf("instruction %d: account index %d out of range", i, ai)
			}
			w, _ := msg.IsWritable(keys[ai])
			metas = append(metas, &solana.AccountMeta{PublicKey: keys[ai], IsSigner: msg.IsSigner(keys[ai]), IsWritable: w})
		}
		out = append(out, resolvedIx{program: keys[ci.ProgramIDIndex], accounts: metas, data: ci.Data})
	}
	return out, nil
}
