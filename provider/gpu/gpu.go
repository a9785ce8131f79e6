package gpu

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Inventory is what a provider node needs to know about its GPUs. The NVML adapter
// (provider/gpu/nvml) implements it for real hardware and provider/gpu/sim for devnet.
type Inventory interface {
	// Devices lists the GPUs with their identity and static properties.
	Devices(ctx context.Context) ([]Device, error)
	// Telemetry samples one device's live counters.
	Telemetry(ctx context.Context, uuid string) (Telemetry, error)
	// Close releases the driver.
	Close() error
}

// Errors. ErrNoDriver is the normal state of a machine without an NVIDIA driver: callers report it and
// carry on with an empty inventory.
var (
	ErrNoDriver             = errors.New("no NVIDIA driver")
	ErrUnknownDevice        = errors.New("gpu: unknown device")
	ErrUnknownClass         = errors.New("gpu: unknown class")
	ErrInconsistentIdentity = errors.New("gpu: name and PCI id disagree")
	ErrMemoryMismatch       = errors.New("gpu: memory does not match the class")
	ErrClassMismatch        = errors.New("gpu: device is not of the claimed class")
	ErrMIG                  = errors.New("gpu: MIG is enabled (a slice is not a whole GPU)")
	ErrVirtualized          = errors.New("gpu: device is a virtual GPU")
	// ErrSimulated wraps proof.ErrSimulated so either sentinel matches.
	ErrSimulated = fmt.Errorf("gpu: %w", proof.ErrSimulated)
)

// NVIDIAVendorID is the PCI vendor id every real device in the class table has.
const NVIDIAVendorID = 0x10DE

// Device is one GPU as its driver reports it. None of it is proof of anything: a fake libnvidia-ml
// can report any of these fields. It is the claim that the timed challenges then test.
type Device struct {
	Index             int               `json:"index"`
	Name              string            `json:"name"`
	UUID              string            `json:"uuid"`
	Serial            string            `json:"serial,omitempty"` // empty where NVML does not support it (GeForce)
	PCIBusID          string            `json:"pci_bus_id"`
	PCIVendorID       uint16            `json:"pci_vendor_id"`
	PCIDeviceID       uint16            `json:"pci_device_id"`
	MemoryTotal       uint64            `json:"memory_total"`
	MemoryFree        uint64            `json:"memory_free"`
	DriverVersion     string            `json:"driver_version"`
	CUDAVersion       string            `json:"cuda_version"` // highest CUDA version the driver supports
	ComputeCapability ComputeCapability `json:"compute_capability"`
	MIG               MIGMode           `json:"mig"`
	Virtualization    Virtualization    `json:"virtualization"`
	Simulated         bool              `json:"simulated,omitempty"`
}

// ComputeCapability is the CUDA SM version, e.g. 9.0 for Hopper.
type ComputeCapability struct {
	Major int `json:"major"`
	Minor int `json:"minor"`
}

func (c ComputeCapability) String() string { return fmt.Sprintf("%d.%d", c.Major, c.Minor) }

// MIGMode is the current and pending (after reset) multi-instance GPU mode.
type MIGMode struct {
	Supported bool `json:"supported"`
	Current   bool `json:"current"`
	Pending   bool `json:"pending"`
}

// Virtualization is NVML's GPU virtualization mode.
type Virtualization string

// The modes NVML reports. A provider's GPU must be bare metal or passed through whole.
const (
	VirtNone        Virtualization = "none"
	VirtPassthrough Virtualization = "passthrough"
	VirtVGPU        Virtualization = "vgpu"
	VirtHostVGPU    Virtualization = "host-vgpu"
	VirtHostVSGA    Virtualization = "host-vsga"
	VirtUnknown     Virtualization = "unknown"
)

// Telemetry is a sample of a device's live counters.
type Telemetry struct {
	UUID              string          `json:"uuid"`
	Time              time.Time       `json:"time"`
	UtilizationGPU    uint32          `json:"utilization_gpu_percent"`
	UtilizationMemory uint32          `json:"utilization_memory_percent"`
	TemperatureC      uint32          `json:"temperature_c"`
	PowerMilliwatts   uint32          `json:"power_mw"`
	EnergyMillijoules uint64          `json:"energy_mj"` // since the driver loaded
	ClockSMMHz        uint32          `json:"clock_sm_mhz"`
	ClockMemoryMHz    uint32          `json:"clock_memory_mhz"`
	ThrottleReasons   ThrottleReasons `json:"throttle_reasons"`
	Processes         []Process       `json:"processes"`
}

// Process is one compute process holding device memory.
type Process struct {
	PID        uint32 `json:"pid"`
	UsedMemory uint64 `json:"used_memory"`
}

// ThrottleReasons is NVML's clocks-event (throttle) reason bit mask.
type ThrottleReasons uint64

var throttleNames = []struct {
	bit  ThrottleReasons
	name string
}{
	{1, "gpu_idle"}, {2, "applications_clocks"}, {4, "sw_power_cap"}, {8, "hw_slowdown"},
	{16, "sync_boost"}, {32, "sw_thermal"}, {64, "hw_thermal"}, {128, "hw_power_brake"},
	{256, "display_clocks"},
}

// Names lists the set bits by name; unknown bits appear as hex.
func (r ThrottleReasons) Names() []string {
	var out []string
	rest := r
	for _, t := range throttleNames {
		if r&t.bit != 0 {
			out = append(out, t.name)
			rest &^= t.bit
		}
	}
	if rest != 0 {
		out = append(out, fmt.Sprintf("0x%x", uint64(rest)))
	}
	return out
}

// Slowing reports whether any reason other than idling or application clocks holds the clocks down:
// a challenge run now would measure the throttling, not the GPU.
func (r ThrottleReasons) Slowing() bool { return r&^3 != 0 }

func (r ThrottleReasons) String() string {
	if r == 0 {
		return "none"
	}
	return strings.Join(r.Names(), ",")
}
