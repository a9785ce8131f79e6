package protocol_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection keeps the layers apart: the shared oracle packages never reach up into the nodes or the
// CLI, the protocol API and the deployer talk to nodes only through narrow interfaces (never ethclient), and
// the pure packages touch no chain at all.
func TestImportDirection(t *testing.T) {
	const mod = "github.com/idlegrid/idlegrid/"
	upward := []string{mod + "cmd", mod + "provider", mod + "inspector", mod + "indexer"}
	noClient := append([]string{"github.com/ethereum/go-ethereum/ethclient"}, upward...)
	forbidden := map[string][]string{
		mod + "oracle/protocol":     noClient,
		mod + "oracle/deploy":       noClient,
		mod + "oracle/amount":       append([]string{mod + "bindings", "github.com/ethereum/go-ethereum"}, upward...),
		mod + "oracle/rewardtree":   append([]string{mod + "bindings", "github.com/ethereum/go-ethereum/ethclient", mod + "oracle/chain"}, upward...),
		mod + "cmd/internal/devnet": {mod + "cmd/idlegrid"},
	}
	for pkg, bad := range forbidden {
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
	}
}
