package node_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/node"
)

// TestRenterNamesJob: on protocol v1 LeaseOpened binds no job, so the lease's renter names it through the
// gateway with its token (the node decodes the chain as it is, no test binding): a spec that does not fit the
// lease is refused naming the field and nothing starts; another renter cannot name it; a bad CID is refused
// naming "cid"; once named it cannot be renamed; the spec uploaded afterwards with the lease's token starts
// the job, and the renter gets a shell in it.
func TestRenterNamesJob(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	ctx := w.ctx
	lease := pn.open(renterAcct, 2, time.Hour, nil)
	pn.waitPhase(lease, node.PhasePending, 30*time.Second)
	rc := pn.renterClient(renterAcct)

	// A spec for one GPU, on the node already: refused at naming, naming the field.
	small := w.workloadSpec(1, "sleep", "60")
	if _, err := rc.PushJob(ctx, small.Encode()); err != nil {
		t.Fatal(err)
	}
	if _, err := rc.NameJob(ctx, lease, small.CID().String()); !gw.HasReason(err, gw.ReasonUploadRefused) ||
		!strings.Contains(err.Error(), "spec.resources.gpus") {
		t.Fatalf("a spec for 1 GPU named for a 2-GPU lease: %v", err)
	}
	for _, bad := range []string{"not-a-cid", "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"} { // the second: dag-pb, not raw
		if _, err := rc.NameJob(ctx, lease, bad); !gw.HasReason(err, gw.ReasonUploadRefused) || !strings.Contains(err.Error(), "cid:") {
			t.Fatalf("job name %q: %v", bad, err)
		}
	}
	spec := w.workloadSpec(2, "print", "named-by-renter", "sleep", "600")
	if _, err := pn.renterClient(otherAcct).NameJob(ctx, lease, spec.CID().String()); !gw.HasReason(err, gw.ReasonNotRenter) {
		t.Fatalf("another account names the job: %v", err)
	}
	if wl, err := pn.store.Workload(ctx, lease); err != nil || wl.Phase != node.PhasePending || !strings.Contains(wl.Reason, "not named") {
		t.Fatalf("before the job is named: %+v %v", wl, err)
	}

	// Named before its spec is here: the node waits for it.
	got, err := rc.NameJob(ctx, lease, spec.CID().String())
	if err != nil || got != spec.CID().String() {
		t.Fatalf("name job: %q %v", got, err)
	}
	if _, err := rc.NameJob(ctx, lease, small.CID().String()); !gw.HasReason(err, gw.ReasonUploadRefused) || !strings.Contains(err.Error(), "named already") {
		t.Fatalf("rename: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		wl, err := pn.store.Workload(ctx, lease)
		if err == nil && strings.Contains(wl.Reason, "has not been uploaded") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for the spec: %+v %v", wl, err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// The spec as a CAR with the lease's token: the job starts.
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
	var sh bytes.Buffer
	if code, err := rc.Shell(ctx, lease, gw.ShellRequest{Cmd: []string{"/workload", "print", "inside"}, Stdout: &sh}); err != nil || code != 0 ||
		!strings.Contains(sh.String(), "inside") {
		t.Fatalf("shell: %d %q %v", code, sh.String(), err)
	}
}
