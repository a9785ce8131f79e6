package gpu

import (
	"reflect"
	"testing"

	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// TestClassTableCoversTheProtocolsClasses: the class table has exactly one row per class oracle/gpuclass
// names, in its order, and the proof of compute's simulated class is the same name.
func TestClassTableCoversTheProtocolsClasses(t *testing.T) {
	var names []string
	for _, c := range Classes() {
		names = append(names, c.Name)
	}
	if !reflect.DeepEqual(names, gpuclass.Names()) {
		t.Fatalf("class table %v, protocol classes %v", names, gpuclass.Names())
	}
	if proof.SimClass != gpuclass.SIM {
		t.Fatalf("proof.SimClass %q, gpuclass.SIM %q", proof.SimClass, gpuclass.SIM)
	}
}
