package node

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// TestResultFetcherVerifiesBeforeRecording: the inspector records a lease's result only after it fetched the
// whole DAG at the CID the provider node signed, from the node's own gateway over TLS bound to its key, every
// block re-hashed. A lease without a published result, a CID the node cannot serve, and content that does not
// hash to its CID each leave nothing recorded (so the completion rule has nothing to sign).
func TestResultFetcherVerifiesBeforeRecording(t *testing.T) {
	ctx := context.Background()
	prov := newSimProvider(t, t.Name(), proof.CPU{Workers: 1})
	dir := NewMetadataDirectory(listingMap{prov.machine: prov.listing()}, []string{prov.srv.URL}, 10*time.Second)
	if _, err := dir.Target(ctx, prov.machine); err != nil { // the spec, fetched before the gateway lies
		t.Fatal(err)
	}
	lc, err := liveness.NewClient(liveness.ClientConfig{Signer: mustKey(t, "inspector"), HTTP: dir.HTTPClient()})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sqlstore.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	tmp := filepath.Join(t.TempDir(), "results")
	f := newResultFetcher(lc, dir, db, tmp)

	// An output folder of two files, one over a chunk (a DAG of several blocks).
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "small.txt"), []byte("done\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 3<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	if err := os.WriteFile(filepath.Join(out, "big.bin"), big, 0o600); err != nil {
		t.Fatal(err)
	}
	good, err := prov.store.AddPath(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	elsewhere, err := content.NewMemoryStore().AddBytes(ctx, []byte("content the provider node does not hold"))
	if err != nil {
		t.Fatal(err)
	}
	prov.mu.Lock()
	prov.results[1] = good.String()
	prov.results[2] = elsewhere.String()
	prov.results[3] = good.String()
	prov.mu.Unlock()

	lease := func(id uint64) LeaseRecord {
		return LeaseRecord{ID: id, Machine: prov.machine, Provider: prov.key.Address(), Closed: time.Now()}
	}
	recorded := func(id uint64) bool {
		_, ok, err := db.Result(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}

	if _, err := f.fetch(ctx, lease(4)); !errors.Is(err, liveness.ErrNoResult) || recorded(4) {
		t.Fatalf("lease without a result: %v, recorded %v", err, recorded(4))
	}
	if _, err := f.fetch(ctx, lease(2)); !errors.Is(err, content.ErrNotFound) || recorded(2) {
		t.Fatalf("a CID the node cannot serve: %v, recorded %v", err, recorded(2))
	}
	prov.mu.Lock()
	prov.corrupt = true
	prov.mu.Unlock()
	if _, err := f.fetch(ctx, lease(3)); !errors.Is(err, content.ErrHashMismatch) || recorded(3) {
		t.Fatalf("content that does not hash: %v, recorded %v", err, recorded(3))
	}
	prov.mu.Lock()
	prov.corrupt = false
	prov.mu.Unlock()
	r, err := f.fetch(ctx, lease(1))
	if err != nil || r.CID != good.String() || r.Lease != 1 || r.Machine != prov.machine || !recorded(1) {
		t.Fatalf("the genuine result: %+v %v", r, err)
	}
	if fs := f.Failures(); fs["none"] != 1 || fs["content"] != 2 {
		t.Fatalf("failures %v", fs)
	}
	// A failed lease is not asked again at once; the blocks fetched are not kept.
	if f.due(3, time.Now()) {
		t.Fatal("lease 3 due again right after its failure")
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("%d folders left in %s", len(left), tmp)
	}
}
