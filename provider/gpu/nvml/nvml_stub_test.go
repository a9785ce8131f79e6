//go:build !cgo || nonvml

package nvml

import (
	"context"
	"errors"
	"testing"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

func TestStubReportsNoDriver(t *testing.T) {
	inv, err := Open(zerolog.Nop())
	if !errors.Is(err, gpu.ErrNoDriver) || inv != nil {
		t.Fatalf("Open: %v, %v", inv, err)
	}
	var stub Inventory
	if _, err := stub.Devices(context.Background()); !errors.Is(err, gpu.ErrNoDriver) {
		t.Fatalf("Devices: %v", err)
	}
	if _, err := stub.Telemetry(context.Background(), "GPU-x"); !errors.Is(err, gpu.ErrNoDriver) {
		t.Fatalf("Telemetry: %v", err)
	}
}
