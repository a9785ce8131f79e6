package node_test

import (
	"bytes"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/node"
)

// TestJobSetLater: a lease opened without a job waits; the gateway will not take the renter's word for the job
// (only the chain names it) and says how to bind it; another account cannot bind it; the renter's
// LeaseJournal.setJob does, the node follows the JobSet, waits for the spec, and starts it once the renter
// uploads it with the lease's token; the gateway then confirms that job and refuses any other.
func TestJobSetLater(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	ctx := w.ctx
	lease := pn.open(renterAcct, 2, time.Hour, nil)
	pn.waitPhase(lease, node.PhasePending, 30*time.Second)
	rc := pn.renterClient(renterAcct)
	spec := w.workloadSpec(2, "print", "named-on-chain", "sleep", "600")
	if _, err := rc.NameJob(ctx, lease, spec.CID().String()); !gw.HasReason(err, gw.ReasonUploadRefused) ||
		!strings.Contains(err.Error(), "lease set-job") {
		t.Fatalf("naming the job off chain: %v", err)
	}
	id := new(big.Int).SetUint64(lease)
	if _, err := protocol.NewJournal(w.conn(otherAcct)).SetJob(ctx, id, common.Hash(spec.Digest())); err == nil {
		t.Fatal("another account bound the lease's job")
	}
	if _, err := protocol.NewJournal(w.conn(renterAcct)).SetJob(ctx, id, common.Hash(spec.Digest())); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, func() bool {
		wl, err := pn.store.Workload(ctx, lease)
		return err == nil && strings.Contains(wl.Reason, "has not been uploaded")
	}, "the node waiting for the spec the chain names")

	store := content.NewMemoryStore()
	c, err := store.AddBytes(ctx, spec.Encode())
	if err != nil || c != spec.CID() {
		t.Fatalf("spec block %s (want %s): %v", c, spec.CID(), err)
	}
	var car bytes.Buffer
	if err := store.ExportCAR(ctx, c, content.ScopeAll, &car); err != nil {
		t.Fatal(err)
	}
	if root, err := rc.Upload(ctx, lease, &car); err != nil || root != c.String() {
		t.Fatalf("upload: %q %v", root, err)
	}
	wl := pn.waitPhase(lease, node.PhaseRunning, time.Minute)
	if wl.Spec != spec.CID().String() || len(wl.GPUs) != 2 {
		t.Fatalf("workload %+v", wl)
	}
	if got, err := rc.NameJob(ctx, lease, spec.CID().String()); err != nil || got != spec.CID().String() {
		t.Fatalf("the job the chain names: %q %v", got, err)
	}
	other := w.workloadSpec(2, "print", "other")
	if _, err := rc.NameJob(ctx, lease, other.CID().String()); !gw.HasReason(err, gw.ReasonUploadRefused) || !strings.Contains(err.Error(), "binds job") {
		t.Fatalf("another job: %v", err)
	}
	var sh bytes.Buffer
	if code, err := rc.Shell(ctx, lease, gw.ShellRequest{Cmd: []string{"/workload", "print", "inside"}, Stdout: &sh}); err != nil || code != 0 ||
		!strings.Contains(sh.String(), "inside") {
		t.Fatalf("shell: %d %q %v", code, sh.String(), err)
	}
}
