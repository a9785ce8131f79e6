package indexer_test

// The spec fetcher against a provider's real TLS listener (provider/gateway.Server with the node's content
// gateway as its Public handler, as provider/node's daemon wires it): fetched by CID, TLS bound to the
// provider's key, every block checked against the CID; malformed specs recorded with the field named. Only
// tests import provider code; the indexer does not (layout_test.go).

import (
	"context"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/keys"
	provgw "github.com/idlegrid/idlegrid/provider/gateway"
)

// noLeases is a hand-written provgw.Leases and provgw.Workloads: a node with no lease (the spec test needs
// only its content routes).
type noLeases struct{}

func (noLeases) Lease(context.Context, uint64) (provgw.Lease, error) {
	return provgw.Lease{}, provgw.ErrLeaseNotFound
}
func (noLeases) Logs(context.Context, uint64, gw.LogOptions, io.Writer, io.Writer) error {
	return provgw.ErrNoWorkload
}
func (noLeases) Exec(context.Context, uint64, provgw.ExecRequest, provgw.ExecIO) (int, error) {
	return 0, provgw.ErrNoWorkload
}
func (noLeases) DialPort(context.Context, uint64, uint16) (net.Conn, error) {
	return nil, provgw.ErrNoWorkload
}
func (noLeases) Status(context.Context, uint64) (gw.Status, error) {
	return gw.Status{}, provgw.ErrNoWorkload
}

// specNode is a provider node's TLS listener serving store's content under /ipfs/; swap maps a requested
// CID to another one (a node serving other bytes than the CID names).
type specNode struct {
	addr     string
	provider common.Address
	store    *content.Store
	mu       sync.Mutex
	swap     map[string]string
	// forged maps a CID to bytes the node answers it with, in a CAR that names the CID as its root and block.
	forged map[string][]byte
}

func startSpecNode(t *testing.T) *specNode {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	n := &specNode{provider: crypto.PubkeyToAddress(key.PublicKey), store: content.NewMemoryStore(), swap: map[string]string{}, forged: map[string][]byte{}}
	cg := content.NewGateway(n.store, content.GatewayConfig{}, zerolog.Nop())
	public := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.mu.Lock()
		for from, to := range n.swap {
			r.URL.Path = strings.Replace(r.URL.Path, from, to, 1)
		}
		for id, data := range n.forged {
			if r.URL.Path == "/ipfs/"+id {
				n.mu.Unlock()
				root, _ := cid.Decode(id)
				w.Header().Set("Content-Type", content.MediaCAR)
				car, err := carstorage.NewWritable(w, []cid.Cid{root}, carv2.WriteAsCarV1(true))
				if err == nil {
					err = car.Put(r.Context(), root.KeyString(), data)
				}
				if err == nil {
					err = car.Finalize()
				}
				if err != nil {
					t.Errorf("forging a CAR: %v", err)
				}
				return
			}
		}
		n.mu.Unlock()
		cg.ServeHTTP(w, r)
	})
	cfg := provgw.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	srv, err := provgw.New(cfg, provgw.Deps{Node: keys.NewSigner(key), Domain: oracle.GatewayDomain(big.NewInt(31337), common.HexToAddress("0xe5")),
		Leases: noLeases{}, Workloads: noLeases{}, Public: public, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	n.addr = srv.Addr()
	return n
}

func (n *specNode) add(t *testing.T, doc []byte) cid.Cid {
	t.Helper()
	c, err := n.store.AddBytes(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func testSpec(provider common.Address) oracle.MachineSpec {
	return oracle.MachineSpec{Version: oracle.MachineSpecVersion, Provider: provider, Name: "box-1", Class: "H100",
		GPUs: []oracle.MachineGPU{{Index: 0, Name: "NVIDIA H100 80GB HBM3", UUID: "GPU-1", MemoryBytes: 80 << 30}},
		CPU:  oracle.MachineCPU{Model: "AMD EPYC 9454", Cores: 48, Arch: "amd64"}, MemoryBytes: 512 << 30, DiskBytes: 2 << 40,
		Driver: "550.54.15", CUDA: "12.4", Region: "eu-west", BandwidthMbps: 10_000, Endpoint: "node.example:8443",
		Capacity: oracle.MachineCapacity{MemoryBytes: 64 << 30, MilliCPUs: 16_000, DiskBytes: 500 << 30}}
}

func TestFetchSpecFromProviderNode(t *testing.T) {
	n := startSpecNode(t)
	spec := testSpec(n.provider)
	id := n.add(t, spec.Encode())
	ctx := context.Background()

	raw, err := indexer.FetchSpec(ctx, n.provider, n.addr, id.String(), 5*time.Second)
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	got, err := indexer.ParseSpec(raw, n.provider)
	if err != nil || got.CPU != "AMD EPYC 9454" || got.CPUCores != 48 || got.MemoryBytes != 512<<30 || got.DiskBytes != 2<<40 ||
		got.Driver != "550.54.15" || got.CUDA != "12.4" || got.Region != "eu-west" || got.BandwidthMbps != 10_000 {
		t.Fatalf("spec %+v, %v", got, err)
	}
	// ipfs:// and https:// prefixes are what listings carry too.
	if _, err := indexer.FetchSpec(ctx, n.provider, "https://"+n.addr, "ipfs://"+id.String(), 5*time.Second); err != nil {
		t.Errorf("prefixed metadata and endpoint: %v", err)
	}

	// Another provider's key: the node's certificate is refused before anything is asked.
	if _, err := indexer.FetchSpec(ctx, common.HexToAddress("0xbad"), n.addr, id.String(), 5*time.Second); err == nil {
		t.Error("a certificate bound to another key was accepted")
	}

	// The node answers the CID with other bytes (another spec's): refused, nothing returned.
	other := spec
	other.Region = "us-east"
	otherID := n.add(t, other.Encode())
	tampered := testSpec(n.provider)
	tampered.Region = "ap-south"
	tamperedID, err := cid.V1Builder{Codec: cid.Raw, MhType: id.Prefix().MhType}.Sum(tampered.Encode())
	if err != nil {
		t.Fatal(err)
	}
	n.mu.Lock()
	n.swap[tamperedID.String()] = otherID.String()
	n.mu.Unlock()
	if raw, err := indexer.FetchSpec(ctx, n.provider, n.addr, tamperedID.String(), 5*time.Second); err == nil {
		t.Errorf("content not matching its CID accepted: %s", raw)
	} else if !strings.Contains(err.Error(), tamperedID.String()) {
		t.Errorf("other content refused, but unclear: %v", err)
	} else {
		t.Logf("tampered: %v", err)
	}

	// The node answers the CID with a CAR naming it, its one block other bytes: refused (the block is re-hashed).
	forgedID, _ := cid.V1Builder{Codec: cid.Raw, MhType: id.Prefix().MhType}.Sum([]byte(`{"version":1,"region":"real"}`))
	n.mu.Lock()
	n.forged[forgedID.String()] = other.Encode()
	n.mu.Unlock()
	if raw, err := indexer.FetchSpec(ctx, n.provider, n.addr, forgedID.String(), 5*time.Second); err == nil {
		t.Errorf("a block not matching its CID accepted: %s", raw)
	} else if !strings.Contains(err.Error(), "does not hash to its CID") {
		t.Errorf("forged block refused, but unclear: %v", err)
	} else {
		t.Logf("forged block: %v", err)
	}

	// Not served at all, bad metadata, bad endpoint: errors, no panic.
	missing, _ := cid.V1Builder{Codec: cid.Raw, MhType: id.Prefix().MhType}.Sum([]byte("nothing"))
	for _, c := range []struct{ endpoint, metadata, want string }{
		{n.addr, missing.String(), "not found"},
		{n.addr, "not-a-cid", "metadata"},
		{"no-port", id.String(), "endpoint"},
		{"host:1/path", id.String(), "endpoint"},
	} {
		if _, err := indexer.FetchSpec(ctx, n.provider, c.endpoint, c.metadata, 2*time.Second); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s: %v, want an error naming %q", c.endpoint, c.metadata, err, c.want)
		}
	}
}

func TestParseSpecNamesTheField(t *testing.T) {
	p := common.HexToAddress("0x0a")
	good := string(testSpec(p).Encode())
	for _, c := range []struct{ name, doc, want string }{
		{"unknown field", strings.Replace(good, `"name":`, `"nmae":`, 1), `"nmae"`},
		{"wrong type", strings.Replace(good, `"cores":48`, `"cores":"many"`, 1), "cpu.cores"},
		{"version", strings.Replace(good, `"version":1`, `"version":7`, 1), "version 7"},
		{"other provider", strings.Replace(good, strings.ToLower(p.Hex()[2:]), strings.Repeat("b", 40), 1), "provider"},
		{"long region", strings.Replace(good, `"region":"eu-west"`, `"region":"`+strings.Repeat("r", 300)+`"`, 1), "region"},
		{"control chars", strings.Replace(good, `"cuda":"12.4"`, `"cuda":"12\n4"`, 1), "cuda"},
		{"negative cores", strings.Replace(good, `"cores":48`, `"cores":-1`, 1), "cpu.cores"},
		{"not json", "{", "machine spec"},
		{"oversized", `{"version":1,"name":"` + strings.Repeat("x", oracle.MaxMachineSpecBytes) + `"}`, "at most"},
	} {
		_, err := indexer.ParseSpec([]byte(c.doc), p)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
	if _, err := indexer.ParseSpec([]byte(good), p); err != nil {
		t.Errorf("good spec: %v", err)
	}
}

// fixedClock is a settable clock.
type fixedClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fixedClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fixedClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func specEvent(name string, block uint64, li uint, args map[string]any) indexer.Event {
	return indexer.Event{Contract: indexer.NodeRegistry, Name: name, Block: block, LogIndex: li, Time: 1_000 + block*2,
		TxHash: common.BigToHash(big.NewInt(int64(block*1000 + uint64(li)))), Args: indexer.NewArgs(args)}
}

func ingestEvents(t *testing.T, db *sqlstore.DB, block uint64, events ...indexer.Event) {
	t.Helper()
	ctx := context.Background()
	ref := indexer.BlockRef{Number: block, Hash: common.BigToHash(big.NewInt(int64(block) + 7_000)), ParentHash: common.BigToHash(big.NewInt(int64(block) + 6_999)), Time: 1_000 + block*2}
	err := db.Ingest(ctx, &indexer.Batch{Blocks: []indexer.BlockRef{ref}, Next: block + 1, LastHash: ref.Hash, Final: block, Head: block}, func(r indexer.RowReader) (*indexer.Changes, error) {
		p := indexer.NewProjection(ctx, r, block+1, nil)
		for i := range events {
			if err := p.Apply(&events[i]); err != nil {
				return nil, err
			}
		}
		return p.Changes()
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSpecFetcherStoresSpecs: a listed machine's spec is fetched from its node and shown in its row; a metadata
// update to another CID replaces it; a malformed spec is recorded with the field named and not fetched again;
// an unreachable node is retried with a growing backoff.
func TestSpecFetcherStoresSpecs(t *testing.T) {
	n := startSpecNode(t)
	good := n.add(t, testSpec(n.provider).Encode())
	second := testSpec(n.provider)
	second.Region, second.CUDA = "us-east", "12.6"
	secondID := n.add(t, second.Encode())
	bad := n.add(t, []byte(strings.Replace(string(testSpec(n.provider).Encode()), `"cores":48`, `"cores":"many"`, 1)))
	machine := common.HexToHash("0x01")
	h100, err := gpuclass.ID("H100")
	if err != nil {
		t.Fatal(err)
	}
	clock := &fixedClock{t: time.Unix(1_700_000_000, 0)}

	storetest.Each(t, clock, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		if err := db.Init(ctx, indexer.SyncState{ChainID: 31337, Deployment: "test", StartBlock: 10, Next: 10}); err != nil {
			t.Fatal(err)
		}
		cfg := indexer.DefaultSpecFetcherConfig()
		cfg.Timeout = 3 * time.Second
		f, err := indexer.NewSpecFetcher(cfg, db, clock, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		view := func() indexer.MachineView {
			t.Helper()
			v, ok, err := db.Machine(ctx, machine)
			if err != nil || !ok {
				t.Fatalf("machine: %v %v", ok, err)
			}
			return v
		}
		round := func(want int) {
			t.Helper()
			if got, err := f.Round(ctx); err != nil || got != want {
				t.Fatalf("round: %d recorded, %v; want %d", got, err, want)
			}
		}

		ingestEvents(t, db, 10, specEvent("MachineListed", 10, 0, map[string]any{
			"machineId": [32]byte(machine), "provider": n.provider, "index": uint32(1), "gpuClass": h100,
			"gpuCount": uint32(1), "lockedStake": big.NewInt(50), "metadataCID": good.String(), "endpoint": n.addr,
		}))
		if v := view(); v.Spec != nil || v.SpecError != "" {
			t.Fatalf("spec before any fetch: %+v %q", v.Spec, v.SpecError)
		}
		round(1)
		v := view()
		if v.Spec == nil || v.Spec.Region != "eu-west" || v.Spec.CPU != "AMD EPYC 9454" || v.Spec.CPUCores != 48 || v.Spec.MemoryBytes != 512<<30 ||
			v.Spec.CUDA != "12.4" || v.Spec.Driver != "550.54.15" || v.Spec.BandwidthMbps != 10_000 || v.Spec.DiskBytes != 2<<40 {
			t.Fatalf("spec after fetch: %+v %q", v.Spec, v.SpecError)
		}
		if s := v.Summary(); s.Spec == nil || s.Spec.Region != "eu-west" {
			t.Errorf("API row lacks the spec: %+v", s)
		}
		if list, _, err := db.Machines(ctx, indexer.MachineQuery{}); err != nil || len(list) != 1 || list[0].Spec == nil || list[0].Spec.CUDA != "12.4" {
			t.Errorf("machine list lacks the spec: %v", err)
		}
		round(0) // fetched: nothing due

		// Another CID: the old spec is no longer shown, the new one replaces it.
		ingestEvents(t, db, 11, specEvent("MachineMetadataUpdated", 11, 0, map[string]any{
			"machineId": [32]byte(machine), "metadataCID": secondID.String(), "endpoint": n.addr}))
		if v := view(); v.Spec != nil {
			t.Errorf("the old CID's spec shown for the new CID: %+v", v.Spec)
		}
		round(1)
		if v := view(); v.Spec == nil || v.Spec.Region != "us-east" || v.Spec.CUDA != "12.6" {
			t.Fatalf("spec after relist: %+v %q", v.Spec, v.SpecError)
		}

		// A malformed spec: recorded, naming the field, never fetched again (its CID always names those bytes).
		ingestEvents(t, db, 12, specEvent("MachineMetadataUpdated", 12, 0, map[string]any{
			"machineId": [32]byte(machine), "metadataCID": bad.String(), "endpoint": n.addr}))
		round(1)
		if v := view(); v.Spec != nil || !strings.Contains(v.SpecError, "cpu.cores") || v.Summary().SpecError != v.SpecError {
			t.Fatalf("malformed spec: %+v %q", v.Spec, v.SpecError)
		}
		clock.add(48 * time.Hour)
		round(0)

		// A node that does not answer: an error, retried after the backoff, which doubles.
		dead, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		deadAddr := dead.Addr().String()
		dead.Close()
		ingestEvents(t, db, 13, specEvent("MachineMetadataUpdated", 13, 0, map[string]any{
			"machineId": [32]byte(machine), "metadataCID": good.String(), "endpoint": deadAddr}))
		round(1)
		if v := view(); v.Spec != nil || v.SpecError == "" {
			t.Fatalf("unreachable node: %+v %q", v.Spec, v.SpecError)
		}
		round(0) // not before the backoff
		clock.add(cfg.MinBackoff)
		round(1)
		clock.add(cfg.MinBackoff)
		round(0) // the second backoff is twice the first
		clock.add(cfg.MinBackoff)
		round(1)
		// The node comes back at its listed endpoint: the spec is read.
		ingestEvents(t, db, 14, specEvent("MachineMetadataUpdated", 14, 0, map[string]any{
			"machineId": [32]byte(machine), "metadataCID": good.String(), "endpoint": n.addr}))
		clock.add(cfg.MaxBackoff)
		round(1)
		if v := view(); v.Spec == nil || v.Spec.Region != "eu-west" || v.SpecError != "" {
			t.Fatalf("after the node came back: %+v %q", v.Spec, v.SpecError)
		}
	})
}
