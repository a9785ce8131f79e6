package proofsession_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
)

// activeInspectors is the provider node's Authorizer; a real node asks the staking contract.
type activeInspectors map[common.Address]bool

func (a activeInspectors) ActiveInspector(_ context.Context, who common.Address) (bool, error) {
	return a[who], nil
}

func mustSigner(hexKey string) *keys.Signer {
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		panic(err)
	}
	return keys.NewSigner(k)
}

// Example mounts a provider's session server for a two-GPU machine and checks it from an inspector:
// one compute challenge and one capacity challenge (with its chase), both GPUs at once. Simulated GPUs
// (class SIM, the CPU backend) stand in for real ones, so the verifier is told it serves a dev chain.
func Example() {
	ctx := context.Background()
	providerKey := mustSigner(strings.Repeat("11", 32))
	inspectorKey := mustSigner(strings.Repeat("22", 32))
	machine := common.Hash(sha256.Sum256([]byte("rig-1")))

	// Provider node (#11): one prover per GPU, the server mounted on its HTTP mux.
	srv, err := proofsession.NewServer(proofsession.ServerConfig{
		Signer:  providerKey,
		Machine: machine,
		GPUs: []proofsession.GPU{
			{UUID: "GPU-0", Prover: proof.NewProver(proof.CPU{Workers: 1}, 1, zerolog.Nop())},
			{UUID: "GPU-1", Prover: proof.NewProver(proof.CPU{Workers: 1}, 1, zerolog.Nop())},
		},
		Authorizer: activeInspectors{inspectorKey.Address(): true},
	}, zerolog.Nop())
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/proof/v2/session", srv)
	hs := httptest.NewServer(mux)
	defer hs.Close()

	// Inspector node (#12): a verifier, a client, one target per GPU of the machine.
	vcfg := proof.DefaultVerifierConfig()
	vcfg.AllowSimulated = true // simulated GPUs: a dev chain only
	verifier, err := proof.NewVerifier(vcfg, nil, zerolog.Nop())
	if err != nil {
		panic(err)
	}
	client, err := proofsession.NewClient(proofsession.ClientConfig{Signer: inspectorKey, Verifier: verifier}, zerolog.Nop())
	if err != nil {
		panic(err)
	}
	compute := proof.Params{Width: 64, Rows: 64, Steps: 4, Group: 1, LeafGroups: 8, Openings: 16}
	capacity := proof.Params{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
		Chains: 2, Hops: 1 << 12, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 16}
	var targets []proofsession.Target
	for i, p := range []proof.Params{compute, capacity} {
		ch := proof.Challenge{Class: proof.SimClass, Subject: fmt.Sprintf("GPU-%d", i),
			Provider: proofsession.Address(providerKey.Address()), Machine: machine,
			Inspector: proofsession.Address(inspectorKey.Address()), Expiry: time.Now().Add(time.Minute).Unix(),
			Seed: sha256.Sum256([]byte(fmt.Sprint("fresh randomness ", i))), Nonce: uint64(i), Params: p}
		targets = append(targets, proofsession.Target{Challenge: ch, Deadlines: proof.DeadlinesFor(30 * time.Second)})
	}
	results, err := client.Check(ctx, "ws"+strings.TrimPrefix(hs.URL, "http")+"/proof/v2/session", targets)
	if err != nil {
		panic(err)
	}
	for _, r := range results {
		fmt.Printf("%s: passed %t, chase segments opened %t\n", r.Subject, r.Err == nil, r.Stats.Segments > 0)
	}
	// Output:
	// GPU-0: passed true, chase segments opened false
	// GPU-1: passed true, chase segments opened true
}
