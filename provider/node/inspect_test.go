package node_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/gpu"
	"github.com/idlegrid/idlegrid/provider/gpu/sim"
	"github.com/idlegrid/idlegrid/provider/node"
)

// TestInspectorsSurface: through the node's one TLS listener, an active inspector gets the node-signed
// liveness echo and the leased GPUs' signed receipts (container running); a challenge naming a leased GPU is
// refused, one on an idle GPU is answered and verifies; an address that is not an active inspector gets
// nothing.
func TestInspectorsSurface(t *testing.T) {
	w := newWorld(t)
	// Dev account 3 becomes an active inspector.
	p, err := protocol.NewStaking(w.conn(deployerAcct)).Params(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := protocol.NewStaking(w.conn(deployerAcct)).StakeFor(w.ctx, w.keys[otherAcct].Address(), oracle.RoleInspector, p.InspectorMinStake); err != nil {
		t.Fatal(err)
	}
	inv, _ := sim.New("rig-1", 2, nil, zerolog.Nop())
	devs, _ := inv.Devices(w.ctx)
	var provers []proofsession.GPU
	for _, d := range devs {
		provers = append(provers, proofsession.GPU{UUID: d.UUID, Prover: proof.NewProver(proof.CPU{Workers: 1}, 1, zerolog.Nop())})
	}
	pn := w.startNode(nodeOpts{gpus: 2, provers: provers})
	lease := pn.open(renterAcct, 1, time.Hour, w.workloadSpec(1, "sleep", "600"))
	wl := pn.waitPhase(lease, node.PhaseRunning, time.Minute)
	leased := wl.GPUs[0]
	idle := devs[0].UUID
	if idle == leased {
		idle = devs[1].UUID
	}
	if !pn.daemon.Node.Leased(leased) || pn.daemon.Node.Leased(idle) {
		t.Fatalf("leased %v, idle %v", pn.daemon.Node.Leased(leased), pn.daemon.Node.Leased(idle))
	}

	tlsHTTP := &http.Client{Transport: &http.Transport{TLSClientConfig: gw.ClientTLSConfig(w.provider(), nil)}}
	base := "https://" + pn.daemon.Gateway.Addr()
	target := liveness.Target{URL: base, Machine: pn.machine, Node: w.provider()}
	check := func(acct int) *liveness.Client {
		c, err := liveness.NewClient(liveness.ClientConfig{Signer: w.keys[acct], HTTP: tlsHTTP, Attempts: 1})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if r := check(otherAcct).Echo(w.ctx, target); !r.OK() {
		t.Fatalf("echo: %v", r.Err)
	}
	r := check(otherAcct).Receipts(w.ctx, target)
	if !r.OK() || len(r.Receipts.GPUs) != 1 || r.Receipts.GPUs[0].UUID != leased || !r.Receipts.GPUs[0].ContainerRunning ||
		r.Receipts.GPUs[0].LeaseID.Uint64() != lease {
		t.Fatalf("receipts %+v: %v", r.Receipts, r.Err)
	}
	if r := check(renterAcct).Receipts(w.ctx, target); !errors.Is(r.Err, liveness.ErrUnauthorized) && (r.Err == nil || !strings.Contains(r.Err.Error(), "403")) {
		t.Fatalf("receipts for a non-inspector: %v", r.Err)
	}
	// A running job has no result yet, and neither has a lease the node never ran.
	for _, id := range []uint64{lease, lease + 100} {
		if _, err := check(otherAcct).Result(w.ctx, target, new(big.Int).SetUint64(id)); !errors.Is(err, liveness.ErrNoResult) {
			t.Fatalf("result of lease %d: %v, want ErrNoResult", id, err)
		}
	}

	// Challenges: the SIM class's compute challenge, on the leased GPU (refused) and on the idle one.
	class, err := gpu.ClassByName(gpu.SIM)
	if err != nil {
		t.Fatal(err)
	}
	ch := class.Challenges()[0]
	vc := proof.DefaultVerifierConfig()
	vc.AllowSimulated = true // a dev chain
	v, err := proof.NewVerifier(vc, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	pc, err := proofsession.NewClient(proofsession.ClientConfig{Signer: w.keys[otherAcct], Verifier: v,
		Dialer: &websocket.Dialer{TLSClientConfig: gw.ClientTLSConfig(w.provider(), nil), HandshakeTimeout: 10 * time.Second}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	url := "wss://" + pn.daemon.Gateway.Addr() + node.ProofPath
	target2 := func(uuid string, nonce uint64) proofsession.Target {
		c := proof.Challenge{Class: class.Name, Subject: uuid, Provider: proofsession.Address(w.provider()), Machine: pn.machine,
			Inspector: proofsession.Address(w.keys[otherAcct].Address()), Expiry: time.Now().Add(time.Minute).Unix(), Nonce: nonce, Params: ch.Params}
		c.Seed = sha256.Sum256([]byte(uuid))
		return proofsession.Target{Challenge: c, Deadlines: proof.DeadlinesFor(time.Minute)}
	}
	ctx, cancel := context.WithTimeout(w.ctx, 2*time.Minute)
	defer cancel()
	res, err := pc.Check(ctx, url, []proofsession.Target{target2(leased, 1)})
	if err != nil || len(res) != 1 || res[0].Err == nil || !strings.Contains(res[0].Err.Error(), "lease holds") {
		t.Fatalf("challenge on the leased GPU: %v %+v", err, res)
	}
	res, err = pc.Check(ctx, url, []proofsession.Target{target2(idle, 2)})
	if err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("challenge on the idle GPU: %v %+v", err, res)
	}
}
