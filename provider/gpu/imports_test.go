package gpu

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection enforces the layout: the proof protocol is shared and depends on no provider
// code; the domain package depends on no adapter; nothing here touches a chain.
func TestImportDirection(t *testing.T) {
	const mod = "github.com/idlegrid/idlegrid/"
	forbidden := map[string][]string{
		mod + "oracle/proof":      {mod + "provider", mod + "inspector", mod + "bindings", "github.com/ethereum/go-ethereum", "github.com/NVIDIA/go-nvml"},
		mod + "provider/gpu":      {mod + "provider/gpu/nvml", mod + "provider/gpu/cuda", mod + "provider/gpu/sim", mod + "bindings", "github.com/ethereum/go-ethereum", "github.com/NVIDIA/go-nvml"},
		mod + "provider/gpu/sim":  {mod + "bindings", "github.com/ethereum/go-ethereum", "github.com/NVIDIA/go-nvml"},
		mod + "provider/gpu/nvml": {mod + "bindings", "github.com/ethereum/go-ethereum", mod + "provider/gpu/cuda"},
		mod + "provider/gpu/cuda": {mod + "bindings", "github.com/ethereum/go-ethereum", "github.com/NVIDIA/go-nvml", mod + "provider/gpu/nvml"},
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
