package bindings_test

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// TestRegistryMatchesDeployments: the generated registry binds exactly the contracts a deployment file names
// (with a timelock, as outside dev chains), in the same order, every ABI parses, and only MockUSD and the
// TimelockController are outside the protocol.
func TestRegistryMatchesDeployments(t *testing.T) {
	var want []string
	for _, c := range (deployment.Contracts{TimelockController: common.Address{1}}).All() {
		want = append(want, c.Name)
	}
	if got := bindings.Names(false); !reflect.DeepEqual(got, want) {
		t.Fatalf("registry %v, deployment %v", got, want)
	}
	for _, c := range bindings.Contracts() {
		a, err := bindings.ABI(c.Name)
		if err != nil || len(a.Methods) == 0 {
			t.Errorf("%s: %v", c.Name, err)
		}
		if c.Protocol != (c.Name != deployment.MockUSD && c.Name != deployment.TimelockController) {
			t.Errorf("%s: protocol %v", c.Name, c.Protocol)
		}
	}
	if _, err := bindings.ABI("Nope"); err == nil {
		t.Error("an unknown contract has an ABI")
	}
}
