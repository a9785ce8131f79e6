package indexer_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection: the indexer mirrors the chain for everyone and depends on no node role and not on the
// CLI; its domain package stays free of the contract bindings (only indexer/decode and the test harness
// indexer/testchain read them).
func TestImportDirection(t *testing.T) {
	const mod = "github.com/idlegrid/idlegrid/"
	rules := map[string][]string{
		"./...":      {mod + "provider", mod + "inspector", mod + "cmd"},
		".":          {mod + "bindings", mod + "indexer/sqlstore", mod + "indexer/api"},
		"./api":      {mod + "bindings", mod + "indexer/sqlstore"},
		"./sqlstore": {mod + "bindings", mod + "indexer/api"},
	}
	for pattern, bad := range rules {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pattern).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pattern, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range bad {
				if dep == b || strings.HasPrefix(dep, b+"/") {
					t.Errorf("indexer %s depends on %s", pattern, dep)
				}
			}
		}
	}
}
