//go:build !cgo || nonvml

package nvml

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

// LibraryName is the NVML shared library the driver installs.
const LibraryName = "libnvidia-ml.so.1"

// Inventory is the NVML inventory; in this build (no cgo, or the nonvml tag) it has no devices.
type Inventory struct{}

var _ gpu.Inventory = (*Inventory)(nil)

// Open always fails: this binary was built without NVML support.
func Open(zerolog.Logger) (*Inventory, error) {
	return nil, fmt.Errorf("%w: built without NVML support (cgo disabled or the nonvml tag)", gpu.ErrNoDriver)
}

// Devices implements gpu.Inventory.
func (*Inventory) Devices(context.Context) ([]gpu.Device, error) { return nil, gpu.ErrNoDriver }

// Telemetry implements gpu.Inventory.
func (*Inventory) Telemetry(context.Context, string) (gpu.Telemetry, error) {
	return gpu.Telemetry{}, gpu.ErrNoDriver
}

// Close implements gpu.Inventory.
func (*Inventory) Close() error { return nil }
