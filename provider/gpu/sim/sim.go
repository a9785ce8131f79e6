// Package sim is a simulated GPU inventory for devnet and tests. Its devices are explicitly class SIM:
// flagged Simulated, named "idlegrid simulated GPU", with "SIM-" UUIDs (NVML's are "GPU-" or "MIG-"),
// no PCI identity and 8 MiB of "memory", so nothing can mistake one for real hardware. They prove
// their work with the CPU backend, and verifiers refuse them unless told they serve a dev chain.
package sim

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

// DeviceName is the name every simulated device reports.
const DeviceName = "idlegrid simulated GPU"

// Inventory is a fixed set of simulated devices.
type Inventory struct {
	devices []gpu.Device
	clock   func() time.Time
	log     zerolog.Logger
}

// New returns count simulated devices. Their UUIDs derive from host (a devnet node's name), so each
// node's simulated GPUs are distinct and stable across restarts.
func New(host string, count int, clock func() time.Time, log zerolog.Logger) (*Inventory, error) {
	if count < 0 || count > 128 {
		return nil, fmt.Errorf("sim: %d devices, want 0 to 128", count)
	}
	if clock == nil {
		clock = time.Now
	}
	class, err := gpu.ClassByName(gpu.SIM)
	if err != nil {
		return nil, err
	}
	inv := &Inventory{clock: clock, log: log.With().Str("component", "gpu-sim").Logger()}
	for i := 0; i < count; i++ {
		h := sha256.Sum256([]byte("idlegrid/sim-gpu/" + host + "/" + strconv.Itoa(i)))
		inv.devices = append(inv.devices, gpu.Device{
			Index:          i,
			Name:           DeviceName,
			UUID:           "SIM-" + hex.EncodeToString(h[:16]),
			PCIBusID:       "sim:" + strconv.Itoa(i),
			MemoryTotal:    class.MemoryBytes(),
			MemoryFree:     class.MemoryBytes(),
			DriverVersion:  "sim",
			Virtualization: gpu.VirtNone,
			Simulated:      true,
		})
	}
	return inv, nil
}

// Devices implements gpu.Inventory.
func (inv *Inventory) Devices(ctx context.Context) ([]gpu.Device, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return append([]gpu.Device(nil), inv.devices...), nil
}

// Telemetry implements gpu.Inventory. A simulated device has no sensors: it reports an idle device at
// the current time, never made-up temperatures or power.
func (inv *Inventory) Telemetry(ctx context.Context, uuid string) (gpu.Telemetry, error) {
	if err := ctx.Err(); err != nil {
		return gpu.Telemetry{}, err
	}
	for _, d := range inv.devices {
		if d.UUID == uuid {
			return gpu.Telemetry{UUID: uuid, Time: inv.clock(), ThrottleReasons: 1, Processes: []gpu.Process{}}, nil
		}
	}
	return gpu.Telemetry{}, fmt.Errorf("%w: %s", gpu.ErrUnknownDevice, uuid)
}

// Close implements gpu.Inventory.
func (inv *Inventory) Close() error { return nil }

var _ gpu.Inventory = (*Inventory)(nil)
