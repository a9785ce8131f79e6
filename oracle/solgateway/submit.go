package solgateway

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
)

// SendAndWait builds a transaction of ixs paid by payer on a recent blockhash, signs it with payer and
// signers, sends it (with preflight) and waits until it reaches commitment.
func SendAndWait(ctx context.Context, c Client, ixs []solana.Instruction, payer solana.PrivateKey, signers []solana.PrivateKey, commitment rpc.CommitmentType) (solana.Signature, error) {
	bh, err := c.GetLatestBlockhash(ctx, rpc.CommitmentConfirmed)
	if err != nil {
		return solana.Signature{}, fmt.Errorf("latest blockhash: %w", err)
	}
	tx, err := solana.NewTransaction(ixs, bh.Value.Blockhash, solana.TransactionPayer(payer.PublicKey()))
	if err != nil {
		return solana.Signature{}, fmt.Errorf("build transaction: %w", err)
	}
	keys := append([]solana.PrivateKey{payer}, signers...)
	if _, err := tx.Sign(func(k solana.PublicKey) *solana.PrivateKey {
		for i := range keys {
			if keys[i].PublicKey().Equals(k) {
				return &keys[i]
			}
		}
		return nil
	}); err != nil {
		return solana.Signature{}, fmt.Errorf("sign: %w", err)
	}
	return SubmitAndWait(ctx, c, tx, commitment)
}

// SubmitAndWait sends a signed transaction (with preflight) and waits until it reaches commitment.
func SubmitAndWait(ctx context.Context, c Client, tx *solana.Transaction, commitment rpc.CommitmentType) (solana.Signature, error) {
	sig, err := c.SendTransactionWithOpts(ctx, tx, rpc.TransactionOpts{PreflightCommitment: rpc.CommitmentProcessed})
	if err != nil {
		return solana.Signature{}, fmt.Errorf("send: %w", err)
	}
	return sig, Wait(ctx, c, sig, commitment)
}

// Wait polls getSignatureStatuses (there is no websocket on the dev node, and polling is what survives a
// dropped connection anyway) until sig reaches commitment, fails, or ctx ends. A transaction that is
// dropped (its blockhash expired before it landed) never gets a status: ctx bounds that wait.
func Wait(ctx context.Context, r Reader, sig solana.Signature, commitment rpc.CommitmentType) error {
	want := map[rpc.CommitmentType]int{rpc.CommitmentProcessed: 0, rpc.CommitmentConfirmed: 1, rpc.CommitmentFinalized: 2}[commitment]
	level := map[rpc.ConfirmationStatusType]int{rpc.ConfirmationStatusProcessed: 0, rpc.ConfirmationStatusConfirmed: 1, rpc.ConfirmationStatusFinalized: 2}
	delay := 20 * time.Millisecond
	for {
		res, err := r.GetSignatureStatuses(ctx, true, sig)
		if err != nil {
			return fmt.Errorf("status of %s: %w", sig, err)
		}
		if len(res.Value) == 1 && res.Value[0] != nil {
			st := res.Value[0]
			if st.Err != nil {
				msg, _ := json.Marshal(st.Err)
				return fmt.Errorf("%w: %s: %s", ErrTxFailed, sig, msg)
			}
			if level[st.ConfirmationStatus] >= want {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %s to be %s: %w", sig, commitment, ctx.Err())
		case <-time.After(delay):
		}
		delay = min(delay*2, 500*time.Millisecond)
	}
}
