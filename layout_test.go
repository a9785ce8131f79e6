package idlegrid_test

import (
	"os/exec"
	"strings"
	"testing"
)

const mod = "github.com/idlegrid/idlegrid/"

const (
	geth     = "github.com/ethereum/go-ethereum"
	ethc     = "github.com/ethereum/go-ethereum/ethclient"
	nvml     = "github.com/NVIDIA/go-nvml"
	bindings = mod + "bindings"
)

// docker are the container clients: only the runtime may talk to dockerd.
var docker = []string{"github.com/moby/moby", "github.com/docker/docker"}

// upward are the packages the shared oracle layer must never depend on.
var upward = []string{mod + "cmd", mod + "provider", mod + "inspector", mod + "indexer"}

func with(extra []string, base ...string) []string {
	return append(append([]string{}, base...), extra...)
}

// indexerExceptAPI is every indexer package a node may not import: all but indexer/api, the API's wire types
// and client.
var indexerExceptAPI = []string{mod + "indexer$", mod + "indexer/sqlstore", mod + "indexer/server", mod + "indexer/decode",
	mod + "indexer/node", mod + "indexer/testchain"}

// inspectorCore is what no core package of the inspector may depend on.
var inspectorCore = append([]string{mod + "provider", mod + "cmd", bindings, ethc, nvml}, indexerExceptAPI...)

// forbidden maps a package to the import paths (and their sub-packages) it must not depend on, directly or not.
// A path ending in "$" forbids that package alone, not its sub-packages.
var forbidden = map[string][]string{
	// Shared chain layer: talks to nodes through narrow interfaces, never ethclient, never up.
	mod + "oracle":            with(upward, bindings, ethc),
	mod + "oracle/chain":      with(upward, bindings, ethc),
	mod + "oracle/protocol":   with(upward, ethc),
	mod + "oracle/deploy":     with(upward, ethc),
	mod + "oracle/deployment": with(upward, bindings, ethc),
	mod + "oracle/keys":       with(upward, bindings),
	mod + "oracle/amount":     with(upward, bindings, geth),
	// The GPU class names: a leaf every layer may import.
	mod + "oracle/gpuclass":   with(upward, bindings, geth),
	mod + "oracle/rewardtree": with(upward, bindings, ethc, mod+"oracle/chain"),
	mod + "oracle/devchain":   with(upward, bindings),
	// RPC failure classification and retry: one implementation, below every chain reader.
	mod + "oracle/retry": with(upward, bindings, ethc, mod+"oracle/chain"),
	// How the nodes' stores open SQLite and migrate it: storage only, no chain, no node package.
	mod + "oracle/sqlitedb": with(upward, bindings, geth, nvml),
	// The block follower every node shares: chain reads through narrow interfaces, no ABI, no node package.
	mod + "oracle/follow": with(upward, bindings, ethc),
	// The one lifecycle: pure, so every node and adapter may build on it.
	mod + "oracle/service": with(upward, bindings, geth),
	// The local Solana node's launcher and the Solana side of the gateway: no EVM bindings or client.
	mod + "oracle/devchain/svm": with(upward, bindings, ethc),
	mod + "oracle/solgateway":   with(upward, bindings, ethc, mod+"oracle/devchain"),
	// Proof of compute: shared by provider and inspector, pure.
	mod + "oracle/proof": with(upward, bindings, geth, nvml),
	// Liveness echo and receipts: shared by provider and inspector nodes, no chain.
	mod + "oracle/liveness": with(upward, bindings, ethc, nvml),
	// The inspector's core packages reach the chain only through interfaces the node wiring satisfies: no ABI,
	// no RPC client, no provider, indexer or CLI code; the domain packages depend on no storage adapter.
	mod + "inspector/assign":   with(inspectorCore, mod+"inspector/sqlstore", mod+"inspector/agree", mod+"inspector/observe"),
	mod + "inspector/observe":  with(inspectorCore, mod+"inspector/sqlstore", mod+"inspector/agree", mod+"inspector/rules", mod+"inspector/assign", mod+"oracle/liveness"),
	mod + "inspector/watch":    with(inspectorCore, mod+"inspector/sqlstore", mod+"inspector/agree", mod+"inspector/rules"),
	mod + "inspector/agree":    with(inspectorCore, mod+"inspector/sqlstore", mod+"inspector/rules", mod+"inspector/assign", mod+"inspector/watch"),
	mod + "inspector/rules":    with(inspectorCore, mod+"inspector/sqlstore"),
	mod + "inspector/rewards":  with(inspectorCore, mod+"inspector/sqlstore", mod+"inspector/agree", mod+"inspector/observe"),
	mod + "inspector/price":    with(inspectorCore, mod+"inspector/sqlstore", mod+"inspector/agree", mod+"inspector/observe"),
	mod + "inspector/sqlstore": with(inspectorCore, mod+"inspector/rules", mod+"inspector/watch"),
	mod + "inspector/safety":   inspectorCore,
	// The Solana bridge reaches Arbitrum through protocol.Gateway behind its own interface and Solana through
	// solgateway, and takes part in agreement through inspector/agree and inspector/rules (kinds 7 and 8); its
	// domain depends on no storage (bridgestore adapts SQLite and the watcher's store).
	mod + "inspector/bridge": with(indexerExceptAPI, mod+"provider", mod+"cmd", ethc, nvml, "modernc.org/sqlite",
		mod+"indexer/solwatch", mod+"inspector/bridge/bridgestore"),
	mod + "inspector/bridge/bridgestore": with(indexerExceptAPI, mod+"provider", mod+"cmd", ethc, nvml),
	// The inspector node wires the core to the chain through oracle/protocol and oracle/follow: no RPC client
	// of its own (the command dials), no provider, indexer or CLI code.
	mod + "inspector/node": with(indexerExceptAPI, mod+"provider", mod+"cmd", ethc, nvml),
	// Content (IPFS blocks, CARs, the trustless gateway): shared by every role, knows no chain.
	mod + "oracle/content": with(upward, bindings, geth, nvml),
	// The job spec is pure; the runtime drives containers and never fetches content or touches the chain;
	// neither knows the GPU adapters.
	mod + "provider/job": with(docker, bindings, geth, nvml, mod+"provider/runtime", mod+"provider/gpu", mod+"indexer",
		mod+"inspector", mod+"cmd"),
	mod + "provider/runtime":            {bindings, geth, nvml, mod + "oracle/content", mod + "provider/gpu", mod + "indexer", mod + "inspector", mod + "cmd"},
	mod + "provider/runtime/dockertest": {bindings, geth, nvml, mod + "indexer", mod + "inspector", mod + "cmd"},
	// The renter gateway's protocol and client: under oracle/ so the CLI and a browser-facing console reach a
	// provider without importing provider internals; it reads no chain state (callers pass the provider).
	mod + "oracle/gateway": with(upward, bindings, ethc, nvml),
	// The gateway server: authorises against chain state and serves workloads only through its own narrow
	// interfaces (Leases, Workloads), so it depends on no chain adapter, container client or runtime.
	mod + "provider/gateway": with(docker, bindings, ethc, nvml, mod+"provider/runtime", mod+"provider/gpu", mod+"indexer",
		mod+"inspector", mod+"cmd"),
	// The challenge session binds proofs to keys and carries them over a WebSocket: chain-free too.
	mod + "oracle/proofsession": with(upward, bindings, ethc, nvml),
	// GPU domain types depend on no adapter; adapters not on each other.
	mod + "provider/gpu":      {mod + "provider/gpu/nvml", mod + "provider/gpu/cuda", mod + "provider/gpu/sim", bindings, geth, nvml, mod + "indexer", mod + "inspector"},
	mod + "provider/gpu/sim":  {bindings, geth, nvml},
	mod + "provider/gpu/nvml": {bindings, geth, mod + "provider/gpu/cuda"},
	mod + "provider/gpu/cuda": {bindings, geth, nvml, mod + "provider/gpu/nvml"},
	// The bench runs a challenge locally on a backend: provider side, no chain.
	mod + "provider/gpu/bench": {bindings, geth, mod + "indexer", mod + "inspector", mod + "cmd"},
	// The indexer mirrors the chain for every role: it depends on none of them, nor on the CLI; its domain
	// package reads no ABI (indexer/decode does) and no adapter; it follows the chain with the shared follower.
	mod + "indexer/...": {mod + "provider", mod + "inspector", mod + "cmd"},
	mod + "indexer":     {bindings, mod + "indexer/sqlstore", mod + "indexer/server", mod + "indexer/decode", mod + "indexer/node"},
	// The API's wire types and client: what provider and inspector nodes may import of the indexer, so it
	// reaches nothing else of it, no ABI and no chain client.
	mod + "indexer/api": with(indexerExceptAPI, bindings, ethc, mod+"oracle/chain", mod+"oracle/protocol"),
	// The nodes: provider and inspector share oracle/ (the follower, the lifecycle), talk to an indexer only
	// through its API client, and never to each other.
	mod + "inspector/...": with(indexerExceptAPI, mod+"provider", mod+"cmd"),
	mod + "provider/...":  with(indexerExceptAPI, mod+"inspector", mod+"cmd"),
	// The swap book joins the watcher's mirror with the gateway's events through oracle/protocol (the only way
	// to the ABI): no EVM index, no chain client, no server.
	mod + "indexer/swaps": {ethc, mod + "indexer/sqlstore", mod + "indexer/decode", mod + "indexer/node",
		mod + "indexer/server", mod + "provider", mod + "inspector", mod + "cmd"},
	// The Solana watcher is additive: its domain depends on no adapter and on nothing of the EVM indexer.
	mod + "indexer/solwatch": {bindings, ethc, mod + "indexer/solwatch/solstore", mod + "indexer/sqlstore", mod + "indexer/decode",
		mod + "indexer/api", mod + "indexer/server", mod + "indexer/node"},
	mod + "indexer/solwatch/solstore": {bindings, ethc, mod + "indexer/sqlstore", mod + "indexer/decode", mod + "indexer/api",
		mod + "indexer/server", mod + "indexer/node"},
	// The web console's server side serves embedded files: no chain, no keys, nothing of the index. (Its
	// generator, indexer/console/gen, reads the ABIs from bindings to write the console's TypeScript.)
	mod + "indexer/console": {bindings, ethc, mod + "oracle/chain", mod + "oracle/keys", mod + "oracle/protocol", mod + "indexer$",
		mod + "indexer/sqlstore", mod + "indexer/server", mod + "provider", mod + "inspector", mod + "cmd"},
	// The revert sentences: a table every surface reads, depending on nothing.
	mod + "oracle/explain": with(upward, bindings, ethc, mod+"oracle/chain"),
	// The inspector node's wiring from its config file: a library of the CLI too.
	mod + "cmd/internal/inspectord": {mod + "cmd/idlegrid"},
	// The provider node decides; it reaches the chain only through its own interfaces (provider/node/onchain
	// implements them over oracle/protocol), Docker only through provider/runtime, storage only through its Store.
	mod + "provider/node": with(indexerExceptAPI, bindings, ethc, mod+"oracle/protocol", mod+"provider/node/onchain",
		mod+"provider/node/sqlstore", mod+"indexer/api", mod+"inspector", mod+"cmd"),
	// Its SQLite store stores: no chain, no adapter of another kind.
	mod + "provider/node/sqlstore": with(indexerExceptAPI, bindings, ethc, mod+"oracle/protocol", mod+"provider/node/onchain",
		mod+"inspector", mod+"cmd"),
	// Its chain adapter translates for oracle/protocol: no RPC client of its own, no store.
	mod + "provider/node/onchain": with(indexerExceptAPI, ethc, mod+"provider/node/sqlstore", mod+"inspector", mod+"cmd"),
	// The devnet wiring is a library of the CLI, not the other way round; so is the provider node's wiring.
	mod + "cmd/internal/devnet":    {mod + "cmd/idlegrid"},
	mod + "cmd/internal/providerd": {mod + "cmd/idlegrid", mod + "cmd/internal/devnet"},
	// The daemons' config file format: the format only, no node, chain or CLI code.
	mod + "cmd/internal/configfile": with([]string{mod + "provider", mod + "inspector", mod + "indexer"}, mod+"cmd/idlegrid", mod+"cmd/internal/providerd", mod+"cmd/internal/inspectord",
		mod+"cmd/internal/devnet", mod+"oracle", bindings, geth),
}

// TestImportDirection enforces the layout with `go list -deps`.
func TestImportDirection(t *testing.T) {
	for pkg, bad := range forbidden {
		t.Run(strings.TrimPrefix(pkg, mod), func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg).CombinedOutput()
			if err != nil {
				t.Fatalf("go list %s: %v\n%s", pkg, err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				for _, b := range bad {
					exact, ok := strings.CutSuffix(b, "$")
					if dep == exact || (!ok && strings.HasPrefix(dep, b+"/")) {
						t.Errorf("%s imports %s", pkg, dep)
					}
				}
			}
		})
	}
}

// TestOnlyOracleImportsBindings: contract artifacts reach Go through bindings/, and only the chain adapters
// in oracle/ (and the CLI that wires them) import the bindings.
func TestOnlyOracleImportsBindings(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	allowed := []string{mod + "oracle/", mod + "bindings", mod + "cmd/", mod + "indexer"}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pkg := fields[0]
		for _, imp := range fields[1:] {
			if !strings.HasPrefix(imp, bindings+"/") {
				continue
			}
			ok := false
			for _, a := range allowed {
				if strings.HasPrefix(pkg, a) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s imports %s: go through the chain adapters in oracle/", pkg, imp)
			}
		}
	}
}

// TestOneSQLiteOpener: every store opens its SQLite file through oracle/sqlitedb (pragmas, single writer,
// migrations in one place): no other package imports the driver.
func TestOneSQLiteOpener(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}} {{join .TestImports " "}} {{join .XTestImports " "}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || fields[0] == mod+"oracle/sqlitedb" {
			continue
		}
		for _, imp := range fields[1:] {
			if imp == "modernc.org/sqlite" || strings.HasPrefix(imp, "modernc.org/sqlite/") {
				t.Errorf("%s imports %s: open SQLite through oracle/sqlitedb", fields[0], imp)
			}
		}
	}
}
