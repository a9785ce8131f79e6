package gpu

import (
	"errors"
	"testing"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

func h100SXM() Device {
	return Device{Name: "NVIDIA H100 80GB HBM3", UUID: "GPU-h100", PCIVendorID: NVIDIAVendorID, PCIDeviceID: 0x2330,
		MemoryTotal: 81559 << 20, Virtualization: VirtNone, ComputeCapability: ComputeCapability{9, 0}}
}

func TestClassifyKnownDevices(t *testing.T) {
	tests := []struct {
		name string
		pci  uint16
		mib  uint64
		want string
	}{
		{"NVIDIA GeForce RTX 3090", 0x2204, 24576, RTX3090},
		{"NVIDIA GeForce RTX 4090", 0x2684, 24564, RTX4090},
		{"NVIDIA A100-SXM4-40GB", 0x20B0, 40536, A100_40},
		{"NVIDIA A100-PCIE-40GB", 0x20F1, 40960, A100_40},
		{"NVIDIA A100-SXM4-80GB", 0x20B2, 81920, A100_80},
		{"NVIDIA A100 80GB PCIe", 0x20B5, 81920, A100_80},
		{"NVIDIA H100 PCIe", 0x2331, 81559, H100},
		{"NVIDIA H100 80GB HBM3", 0x2330, 81559, H100},
		{"NVIDIA H200", 0x2335, 143771, H200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Device{Name: tt.name, UUID: "GPU-x", PCIVendorID: NVIDIAVendorID, PCIDeviceID: tt.pci, MemoryTotal: tt.mib << 20, Virtualization: VirtNone}
			c, err := CheckClaim(tt.want, d, false)
			if err != nil || c.Name != tt.want {
				t.Fatalf("got %q, %v; want %s", c.Name, err, tt.want)
			}
		})
	}
}

// TestLyingNVMLReportsRejected: a spoofed libnvidia-ml can say anything; these are the lies that the
// identity check itself catches (consistent lies are left to the timed challenges).
func TestLyingNVMLReportsRejected(t *testing.T) {
	tests := []struct {
		name    string
		claimed string
		mod     func(*Device)
		devNet  bool
		want    error
	}{
		{"honest", H100, func(*Device) {}, false, nil},
		{"name of an H100, PCI id of a 4090", H100, func(d *Device) { d.PCIDeviceID = 0x2684 }, false, ErrInconsistentIdentity},
		{"PCI id of an H100, name of a 4090", H100, func(d *Device) { d.Name = "NVIDIA GeForce RTX 4090" }, false, ErrInconsistentIdentity},
		{"right ids, other vendor", H100, func(d *Device) { d.PCIVendorID = 0x1002 }, false, ErrInconsistentIdentity},
		{"unknown name and id", H100, func(d *Device) { d.Name, d.PCIDeviceID = "NVIDIA GeForce GTX 1080", 0x1B80 }, false, ErrUnknownDevice},
		{"24 GB card claiming 80 GB", H100, func(d *Device) { d.MemoryTotal = 24 << 30 }, false, ErrMemoryMismatch},
		{"more memory than the class has", H100, func(d *Device) { d.MemoryTotal = 141 << 30 }, false, ErrMemoryMismatch},
		{"MIG slice", H100, func(d *Device) { d.MIG = MIGMode{Supported: true, Current: true} }, false, ErrMIG},
		{"MIG pending", H100, func(d *Device) { d.MIG = MIGMode{Supported: true, Pending: true} }, false, ErrMIG},
		{"vGPU guest", H100, func(d *Device) { d.Virtualization = VirtVGPU }, false, ErrVirtualized},
		{"unknown virtualization", H100, func(d *Device) { d.Virtualization = VirtUnknown }, false, ErrVirtualized},
		{"passthrough is fine", H100, func(d *Device) { d.Virtualization = VirtPassthrough }, false, nil},
		{"simulated device claiming an H100", H100, func(d *Device) { d.Simulated = true }, true, ErrClassMismatch},
		{"simulated device on a real chain", SIM, func(d *Device) { d.Simulated = true }, false, ErrSimulated},
		{"simulated device on a dev chain", SIM, func(d *Device) { d.Simulated = true }, true, nil},
		{"real device claiming SIM", SIM, func(*Device) {}, true, ErrClassMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := h100SXM()
			tt.mod(&d)
			_, err := CheckClaim(tt.claimed, d, tt.devNet)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if !errors.Is(ErrSimulated, proof.ErrSimulated) {
		t.Fatal("gpu.ErrSimulated must match proof.ErrSimulated")
	}
}

func TestThrottleReasons(t *testing.T) {
	r := ThrottleReasons(1 | 64 | 1<<20)
	if got := r.String(); got != "gpu_idle,hw_thermal,0x100000" {
		t.Fatalf("String() = %q", got)
	}
	if !r.Slowing() || ThrottleReasons(1|2).Slowing() || ThrottleReasons(0).String() != "none" {
		t.Fatal("Slowing/none wrong")
	}
}
