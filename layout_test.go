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
	moby     = "github.com/moby/moby"
	bindings = mod + "bindings"
)

// upward are the packages the shared oracle layer must never depend on.
var upward = []string{mod + "cmd", mod + "provider", mod + "inspector", mod + "indexer"}

func with(extra []string, base ...string) []string {
	return append(append([]string{}, base...), extra...)
}

// forbidden maps a package to the import paths (and their sub-packages) it must not depend on, directly or not.
var forbidden = map[string][]string{
	// Shared chain layer: talks to nodes through narrow interfaces, never ethclient, never up.
	mod + "oracle":            with(upward, bindings, ethc),
	mod + "oracle/chain":      with(upward, bindings, ethc),
	mod + "oracle/protocol":   with(upward, ethc),
	mod + "oracle/deploy":     with(upward, ethc),
	mod + "oracle/deployment": with(upward, bindings, ethc),
	mod + "oracle/keys":       with(upward, bindings),
	mod + "oracle/amount":     with(upward, bindings, geth),
	mod + "oracle/rewardtree": with(upward, bindings, ethc, mod+"oracle/chain"),
	mod + "oracle/devchain":   with(upward, bindings),
	// Proof of compute: shared by provider and inspector, pure.
	mod + "oracle/proof": with(upward, bindings, geth, nvml),
	// Content (IPFS blocks, CARs, the trustless gateway): shared by every role, knows no chain.
	mod + "oracle/content": with(upward, bindings, geth, nvml),
	// The job spec is pure; the runtime drives containers and never fetches content or touches the chain;
	// neither knows the GPU adapters.
	mod + "provider/job":                {bindings, geth, nvml, moby, mod + "provider/runtime", mod + "provider/gpu", mod + "indexer", mod + "inspector", mod + "cmd"},
	mod + "provider/runtime":            {bindings, geth, nvml, mod + "oracle/content", mod + "provider/gpu", mod + "indexer", mod + "inspector", mod + "cmd"},
	mod + "provider/runtime/dockertest": {bindings, geth, nvml, mod + "indexer", mod + "inspector", mod + "cmd"},
	// GPU domain types depend on no adapter; adapters not on each other.
	mod + "provider/gpu":      {mod + "provider/gpu/nvml", mod + "provider/gpu/cuda", mod + "provider/gpu/sim", bindings, geth, nvml, mod + "indexer", mod + "inspector"},
	mod + "provider/gpu/sim":  {bindings, geth, nvml},
	mod + "provider/gpu/nvml": {bindings, geth, mod + "provider/gpu/cuda"},
	mod + "provider/gpu/cuda": {bindings, geth, nvml, mod + "provider/gpu/nvml"},
	// The indexer mirrors the chain for every role: it depends on none of them, nor on the CLI; its domain
	// package reads no ABI (indexer/decode does) and no adapter.
	mod + "indexer/...": {mod + "provider", mod + "inspector", mod + "cmd"},
	mod + "indexer":     {bindings, mod + "indexer/sqlstore", mod + "indexer/api", mod + "indexer/decode"},
	// The devnet wiring is a library of the CLI, not the other way round.
	mod + "cmd/internal/devnet": {mod + "cmd/idlegrid"},
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
					if dep == b || strings.HasPrefix(dep, b+"/") {
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
