package node

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
)

// lyingBackend proves honestly but opens corrupted state: its openings, signed by the provider's key, do not
// match what it committed to.
type lyingBackend struct{ proof.CPU }

func (b lyingBackend) NewEngine(ctx context.Context, s *proof.Schedule) (proof.Engine, error) {
	e, err := b.CPU.NewEngine(ctx, s)
	return lyingEngine{e}, err
}

type lyingEngine struct{ proof.Engine }

func (e lyingEngine) ReadGroup(ctx context.Context, g int, dst []int8) error {
	if err := e.Engine.ReadGroup(ctx, g, dst); err != nil {
		return err
	}
	dst[0] ^= 1
	return nil
}

type fixture struct {
	prov    *simProvider
	dir     *MetadataDirectory
	checker *ComputeChecker
}

func newFixture(t *testing.T, backends ...proof.Backend) *fixture {
	t.Helper()
	prov := newSimProvider(t, t.Name(), backends...)
	dir := NewMetadataDirectory(listingMap{prov.machine: prov.listing()}, []string{prov.srv.URL}, 10*time.Second)
	inspector := mustKey(t, "inspector "+t.Name())
	vcfg := proof.DefaultVerifierConfig()
	vcfg.AllowSimulated = true
	verifier, err := proof.NewVerifier(vcfg, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	pc, err := proofsession.NewClient(proofsession.ClientConfig{Signer: inspector, Verifier: verifier, Dialer: dir.Dialer()}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	lc, err := liveness.NewClient(liveness.ClientConfig{Signer: inspector, HTTP: dir.HTTPClient()})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{prov: prov, dir: dir, checker: &ComputeChecker{Client: pc, Receipts: lc, Directory: dir, Challenges: simChallenges,
		Inspector: inspector.Address(), Log: zerolog.Nop()}}
}

func (f *fixture) check(t *testing.T) []observe.Outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return f.checker.Check(ctx, assign.Task{Kind: assign.Compute, Machine: f.prov.machine, At: time.Now()})
}

// TestComputeCheckPassesAndWritesFacts: a machine of two emulated GPUs (the CPU prover the SIM class proves
// with; no GPU here) answers a compute and a capacity challenge on both GPUs at once, over TLS bound to the
// provider's key, its spec fetched by CID; the passed outcome's Detail is the ComputeFacts the verification
// rule reads.
func TestComputeCheckPassesAndWritesFacts(t *testing.T) {
	f := newFixture(t, proof.CPU{Workers: 1}, proof.CPU{Workers: 1})
	out := f.check(t)
	if len(out) != 1 || out[0].Kind != observe.Compute {
		t.Fatalf("outcomes %+v, want one compute outcome", out)
	}
	o := out[0]
	if !o.OK || o.Forged || o.Machine != f.prov.machine {
		t.Fatalf("outcome %+v, want a pass", o)
	}
	facts, err := observe.ParseComputeFacts(o.Detail)
	if err != nil {
		t.Fatal(err)
	}
	want := observe.ComputeFacts{Class: proof.SimClass, GPUs: 2, Identity: GPUIdentity(f.prov.gpus)}
	if facts != want {
		t.Fatalf("facts %+v, want %+v", facts, want)
	}
	if GPUIdentity([]string{f.prov.gpus[1], f.prov.gpus[0]}) != want.Identity || GPUIdentity(f.prov.gpus[:1]) == want.Identity {
		t.Fatal("GPU identity must not depend on order and must depend on the set")
	}
}

// TestComputeCheckSignedWrongAnswerIsForged: one GPU's openings, signed by the provider, do not match its
// commitment: the outcome is a failure and Forged (evidence of fraud), naming the GPU.
func TestComputeCheckSignedWrongAnswerIsForged(t *testing.T) {
	f := newFixture(t, proof.CPU{Workers: 1}, lyingBackend{proof.CPU{Workers: 1}})
	out := f.check(t)
	if len(out) != 1 {
		t.Fatalf("outcomes %+v", out)
	}
	o := out[0]
	if o.OK || !o.Forged || !strings.Contains(o.Detail, f.prov.gpus[1]) {
		t.Fatalf("outcome %+v, want a forged failure naming %s", o, f.prov.gpus[1])
	}
}

// TestComputeCheckLeasedGPUsAnswerWithReceipts: with one GPU held by a lease (the listing counts it), the node's
// signed receipts name it, it is not challenged, and the other GPU is.
func TestComputeCheckLeasedGPUsAnswerWithReceipts(t *testing.T) {
	f := newFixture(t, proof.CPU{Workers: 1}, proof.CPU{Workers: 1})
	f.prov.leased[f.prov.gpus[1]] = true
	l := f.prov.listing()
	l.Reserved = 1
	f.dir.listings = listingMap{l.ID: l}
	out := f.check(t)
	if len(out) != 2 || out[0].Kind != observe.Receipts || out[1].Kind != observe.Compute {
		t.Fatalf("outcomes %+v, want receipts then compute", out)
	}
	if !out[0].OK || !out[1].OK {
		t.Fatalf("outcomes %+v, want both passed", out)
	}
	facts, err := observe.ParseComputeFacts(out[1].Detail)
	if err != nil || facts.GPUs != 1 || facts.Identity != GPUIdentity(f.prov.gpus[:1]) {
		t.Fatalf("facts %+v (%v), want the idle GPU alone", facts, err)
	}

	// Leases hold two GPUs but the node gives receipts for one: the receipts check fails and nothing is
	// challenged (which GPU is free is unknown).
	l.Reserved = 2
	f.dir.listings = listingMap{l.ID: l}
	out = f.check(t)
	if len(out) != 1 || out[0].Kind != observe.Receipts || out[0].OK {
		t.Fatalf("outcomes %+v, want one failed receipts outcome", out)
	}
}

// TestDirectoryBindsTLSToTheProvider: the directory reaches a machine's node only over TLS whose certificate
// is bound to the listing's provider; a listing whose spec names another provider's node is refused, and so is
// a spec that does not match the listing.
func TestDirectoryBindsTLSToTheProvider(t *testing.T) {
	f := newFixture(t, proof.CPU{Workers: 1})
	ctx := context.Background()
	target, err := f.dir.Target(ctx, f.prov.machine)
	if err != nil {
		t.Fatal(err)
	}
	if target.Node != f.prov.key.Address() || !strings.HasPrefix(target.URL, "https://") {
		t.Fatalf("target %+v", target)
	}
	lc, err := liveness.NewClient(liveness.ClientConfig{Signer: mustKey(t, "someone"), HTTP: f.dir.HTTPClient(), Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res := lc.Echo(ctx, target); !res.OK() {
		t.Fatalf("echo through the bound TLS client: %v", res.Err)
	}

	// Another provider's node at that endpoint: the certificate check fails before any request.
	other := newSimProvider(t, t.Name()+" other", proof.CPU{Workers: 1})
	f.dir.mu.Lock()
	f.dir.provider[strings.TrimPrefix(target.URL, "https://")] = other.key.Address()
	f.dir.mu.Unlock()
	lc, err = liveness.NewClient(liveness.ClientConfig{Signer: mustKey(t, "someone"), HTTP: f.dir.HTTPClient(), Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	res := lc.Echo(ctx, target)
	if res.OK() || !strings.Contains(res.Err.Error(), "bound to") {
		t.Fatalf("echo to a node bound to another key: %v, want a certificate refusal", res.Err)
	}

	for name, mutate := range map[string]func(*Listing){
		"provider": func(l *Listing) { l.Provider = other.key.Address() },
		"gpus":     func(l *Listing) { l.GPUs = 3 },
		"class":    func(l *Listing) { l.Class = "H100" },
		"metadata": func(l *Listing) { l.Metadata = "not a cid" },
		"delisted": func(l *Listing) { l.Listed = false },
	} {
		l := f.prov.listing()
		mutate(&l)
		d := NewMetadataDirectory(listingMap{l.ID: l}, []string{f.prov.srv.URL}, 5*time.Second)
		if _, err := d.Machine(ctx, l.ID); err == nil {
			t.Errorf("%s: a spec that does not match the listing was accepted", name)
		}
	}
	if _, err := f.dir.Machine(ctx, common.Hash{1}); !errors.Is(err, errUnknown) {
		t.Fatalf("unknown machine: %v", err)
	}
}
