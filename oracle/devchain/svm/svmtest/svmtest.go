// Package svmtest starts the local Solana node (oracle/devchain/svm) for tests. Where Node.js or the npm
// packages are missing it skips, saying what to install, unless IDLEGRID_REQUIRE_SVM=1 (scripts/test sets it),
// where it fails instead.
package svmtest

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/oracle/devchain/svm"
)

// Config is the node tests get: slots every 10 ms, confirmed 1 and finalized 32 slots deep (0.3 s), so waits
// for finality are real but short.
func Config() svm.Config {
	c := svm.DefaultConfig()
	c.SlotInterval = 10 * time.Millisecond
	return c
}

// Start runs a node with cfg for the test and stops it at cleanup.
func Start(tb testing.TB, cfg svm.Config) (*svm.Node, *rpc.Client) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := svm.Start(ctx, cfg)
	if errors.Is(err, svm.ErrNoNode) || errors.Is(err, svm.ErrNoLiteSVM) {
		if os.Getenv("IDLEGRID_REQUIRE_SVM") == "1" {
			tb.Fatalf("svmtest: %v", err)
		}
		tb.Skipf("svmtest: the local Solana node cannot run here: %v", err)
	}
	if err != nil {
		tb.Fatalf("svmtest: start: %v", err)
	}
	tb.Cleanup(func() { n.Close() })
	return n, rpc.New(n.URL)
}

// Fund airdrops lamports to a new key and waits until the airdrop is finalized.
func Fund(tb testing.TB, c *rpc.Client, lamports uint64) solana.PrivateKey {
	tb.Helper()
	k, err := solana.NewRandomPrivateKey()
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sig, err := c.RequestAirdrop(ctx, k.PublicKey(), lamports, rpc.CommitmentFinalized)
	if err != nil {
		tb.Fatalf("svmtest: airdrop: %v", err)
	}
	for {
		st, err := c.GetSignatureStatuses(ctx, true, sig)
		if err != nil {
			tb.Fatalf("svmtest: airdrop status: %v", err)
		}
		if st.Value[0] != nil && st.Value[0].ConfirmationStatus == rpc.ConfirmationStatusFinalized {
			return k
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("svmtest: airdrop %s not finalized: %v", sig, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
