package node_test

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

// TestJobThatCannotStart: an image that does not exist (and no registry to pull it from), a command the image
// does not have, a spec asking more GPUs than the lease holds: each ends the lease on chain, the renter is
// refunded from that moment, the reason is recorded, and nothing is left on the daemon.
func TestJobThatCannotStart(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	missing := w.workloadSpec(1, "print", "x")
	missing.Image.Ref = "idlegrid-test/no-such-image:1"
	noCmd := w.workloadSpec(1)
	noCmd.Entrypoint = []string{"/no/such/binary"}
	for _, tc := range []struct {
		name string
		spec *job.Spec
		gpus uint32
		want string
	}{
		{"missing image", missing, 1, "image"},
		{"missing command", noCmd, 1, "no/such/binary"},
		{"more GPUs than leased", w.workloadSpec(2, "print", "x"), 1, "spec.resources.gpus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lease := pn.open(renterAcct, tc.gpus, time.Hour, tc.spec)
			wl := pn.waitPhase(lease, node.PhaseDone, time.Minute)
			if !strings.Contains(wl.Reason, tc.want) || wl.EndTx == (common.Hash{}) {
				t.Fatalf("workload %+v: want a reason naming %q and an endLease transaction", wl, tc.want)
			}
			l, err := protocol.NewLeases(w.conn(deployerAcct)).Get(w.ctx, new(big.Int).SetUint64(lease))
			if err != nil || l.Status != oracle.LeaseClosed {
				t.Fatalf("lease on chain %+v: %v", l, err)
			}
			credited, err := protocol.NewLeases(w.conn(deployerAcct)).Withdrawable(w.ctx, w.keys[renterAcct].Address(), oracle.PayUSD)
			if err != nil || credited.Sign() <= 0 {
				t.Fatalf("renter's refund credit %v: %v", credited, err)
			}
			if _, err := pn.rt.Status(w.ctx, pn.daemon.Node.Key(lease), false); !errors.Is(err, runtime.ErrNotFound) {
				t.Fatalf("container left: %v", err)
			}
		})
	}
}

// TestBadJobInput: malformed specs, unknown fields and huge specs are refused at the upload with an error
// naming the field; a lease bound to a spec the node never receives (its bytes differ from the CID: a CID
// mismatch is content that does not hash to the bound digest) waits, then is ended and refunded with the
// reason; nothing is half-started.
func TestBadJobInput(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{edit: func(c *node.DaemonConfig) { c.Node.JobWait = 2 * time.Second }})
	rc := pn.renterClient(renterAcct)
	good := w.workloadSpec(1, "print", "x").Encode()
	for _, tc := range []struct {
		name, body, field string
	}{
		{"not JSON", `{"version":1,`, "spec"},
		{"unknown field", strings.Replace(string(good), `"version":1`, `"version":1,"privileged":true`, 1), "spec.privileged"},
		{"missing limits", `{"version":1,"image":{"ref":"x"},"resources":{"gpus":1}}`, "spec.resources.memory"},
		{"too much memory for the machine", strings.Replace(string(good), `"memory":134217728`, `"memory":68719476736`, 1), "spec.resources.memory"},
		{"not canonical", strings.Replace(string(good), `{"version":1`, `{ "version":1`, 1), "canonical"},
		{"huge", `{"version":1,"image":{"ref":"` + strings.Repeat("a", 200<<10) + `"}}`, "bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := rc.PushJob(w.ctx, []byte(tc.body))
			var ge *gw.Error
			if !errors.As(err, &ge) || (ge.Code != gw.ReasonUploadRefused && ge.Code != gw.ReasonTooLarge) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("push: %v; want a refusal naming %q", err, tc.field)
			}
		})
	}

	// A lease bound to a spec digest whose bytes the node never gets: what a renter uploads under that name
	// must hash to it, so another spec's bytes cannot stand in.
	bound := w.workloadSpec(1, "print", "bound")
	other := w.workloadSpec(1, "print", "other")
	if _, err := rc.PushJob(w.ctx, other.Encode()); err != nil {
		t.Fatal(err)
	}
	lease := pn.open(renterAcct, 1, time.Hour, nil) // names no job
	lease2 := pn.openBound(renterAcct, 1, time.Hour, common.Hash(bound.Digest()))
	// Upload the wrong bytes under the lease's own token: accepted as content, but not the bound spec.
	store := content.NewMemoryStore()
	root, err := store.AddBytes(w.ctx, other.Encode())
	if err != nil {
		t.Fatal(err)
	}
	var car bytes.Buffer
	if err := store.ExportCAR(w.ctx, root, content.ScopeAll, &car); err != nil {
		t.Fatal(err)
	}
	if _, err := rc.Upload(w.ctx, lease2, &car); err != nil {
		t.Fatal(err)
	}
	wl := pn.waitPhase(lease2, node.PhaseDone, time.Minute)
	if !strings.Contains(wl.Reason, bound.CID().String()) || wl.EndTx == (common.Hash{}) || wl.StartedAt != (time.Time{}) {
		t.Fatalf("workload %+v: want it ended, naming the missing spec %s, never started", wl, bound.CID())
	}
	// The lease with no job named at all is ended too, with its reason.
	wl = pn.waitPhase(lease, node.PhaseDone, time.Minute)
	if !strings.Contains(wl.Reason, "has not named the job") {
		t.Fatalf("workload %+v", wl)
	}
}
