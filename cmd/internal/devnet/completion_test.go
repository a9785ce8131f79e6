package devnet_test

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// corrupter flips the last byte of the answers to content requests for the CIDs it is given: a node serving
// content that does not hash to its CID.
type corrupter struct {
	mu   sync.Mutex
	cids map[string]bool
}

func (c *corrupter) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		bad := false
		for id := range c.cids {
			bad = bad || strings.HasPrefix(r.URL.Path, "/ipfs/"+id)
		}
		c.mu.Unlock()
		if !bad {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if len(body) > 0 {
			body[len(body)-1] ^= 0xff
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(body)
	})
}

// TestCompletionOnlyForVerifiedResults: the devnet's three inspector nodes (k = 2) and its sim provider, which
// publishes a signed result CID for each of three ended leases: content it serves (the attested completion
// lands with that CID, superseding the renter's own record), a CID whose content it does not hold, and content
// it serves corrupted. The last two get no completion: every inspector fetched, failed to verify, and so
// signed nothing.
func TestCompletionOnlyForVerifiedResults(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with three inspector nodes and the sim provider for about a minute")
	}
	corrupt := &corrupter{cids: map[string]bool{}}
	cfg := testConfig(t)
	cfg.Chain.Accounts = 6 // 0 deploys, 1 provides, 2 rents, 3-5 inspect
	cfg.InspectorNodes = 3
	cfg.SimProvider.Enabled, cfg.SimProvider.GPUs, cfg.SimProvider.Network = true, 3, corrupt.wrap
	cfg.Challenges = smallSimChallenges
	n, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	info := n.Info()
	ctx = context.Background()
	client, err := ethclient.DialContext(ctx, info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	x := &inspectedDevnet{n: n, info: info, client: client, d: info.Deployment, conn: protocol.NewConn(client, info.Deployment, nil)}
	sim := n.SimProvider()

	served, err := sim.AddContent(ctx, []byte("the output of the lease whose result is served"))
	if err != nil {
		t.Fatal(err)
	}
	missing, err := content.NewMemoryStore().AddBytes(ctx, []byte("an output the node does not hold"))
	if err != nil {
		t.Fatal(err)
	}
	garbled, err := sim.AddContent(ctx, []byte("an output the node serves corrupted"))
	if err != nil {
		t.Fatal(err)
	}
	corrupt.mu.Lock()
	corrupt.cids[garbled] = true
	corrupt.mu.Unlock()

	renter := protocol.NewLeases(x.conn.As(newSubmitter(t, x.client, info.Accounts[2])))
	var ids []*big.Int
	for _, c := range []string{served, missing.String(), garbled} {
		opened := x.openLease(t)
		sim.PublishResult(opened.ID, c)
		ids = append(ids, opened.ID)
	}
	// The renter records a completion of its own for the first lease: the inspectors' attested one supersedes it.
	if _, err := protocol.NewJournal(x.conn.As(newSubmitter(t, x.client, info.Accounts[2]))).RecordCompletion(ctx, ids[0], missing.String()); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, err := renter.Close(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	closed := time.Now()
	journal := protocol.NewJournal(x.conn)
	var rec protocol.JournalRecord
	waitFor(t, 60*time.Second, "the completion of the lease whose result is served lands", func() bool {
		rec, err = journal.Record(ctx, ids[0])
		return err == nil && rec.Attested
	})
	if rec.ResultCID != served {
		t.Fatalf("attested %s, the node published %s", rec.ResultCID, served)
	}
	t.Logf("completion attested %s after the close", time.Since(closed).Round(100*time.Millisecond))
	// The nodes keep asking about the other two (backing off): give them several tries, each a failure.
	waitFor(t, 60*time.Second, "every inspector failed to verify the missing and the corrupted results at least twice", func() bool {
		for _, nd := range n.Inspectors() {
			if counter(t, nd, "idlegrid_inspector_result_failures_total", "content") < 4 {
				return false
			}
		}
		return true
	})
	for _, id := range ids[1:] {
		r, err := journal.Record(ctx, id)
		if err != nil || r.Completed {
			t.Fatalf("lease %s: %+v %v, want no completion", id, r, err)
		}
	}
	posted := 0.0
	for _, nd := range n.Inspectors() {
		posted += counter(t, nd, "idlegrid_inspector_attestations_posted_total", oracle.KindCompletion.String())
	}
	if posted != 1 {
		t.Fatalf("%v completions posted, want 1", posted)
	}
}
