//go:build cgo && !nonvml

package nvml

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/dl"
	gonvml "github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxa100"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

// TestOpenWithoutDriver runs the real loader. On a machine without the NVIDIA driver (CI, this repo's
// reference machine) it must report gpu.ErrNoDriver and the process must survive.
func TestOpenWithoutDriver(t *testing.T) {
	probe := dl.New(LibraryName, dl.RTLD_LAZY|dl.RTLD_LOCAL)
	if probe.Open() == nil {
		probe.Close()
		t.Skip("an NVIDIA driver is installed here")
	}
	inv, err := Open(zerolog.Nop())
	if !errors.Is(err, gpu.ErrNoDriver) || inv != nil {
		t.Fatalf("got %v, %v; want gpu.ErrNoDriver", inv, err)
	}
	// go-nvml's own Init on a missing library must also fail cleanly (this is the call that precedes
	// the fatal ones).
	if ret := gonvml.New().Init(); ret != gonvml.ERROR_LIBRARY_NOT_FOUND {
		t.Fatalf("go-nvml Init without a driver: %s", retName(ret))
	}
}

// refusingLib is an nvml.Interface whose Init fails and whose every other method panics (go-nvml's moq
// mocks panic on unset methods): if the adapter called anything after a failed Init, the test would
// crash, as a real process would.
func refusingLib() *mock.Interface {
	return &mock.Interface{InitFunc: func() gonvml.Return { return gonvml.ERROR_LIBRARY_NOT_FOUND }}
}

func TestNoCallsAfterFailedInit(t *testing.T) {
	_, err := open(refusingLib(), time.Now, zerolog.Nop())
	if !errors.Is(err, gpu.ErrNoDriver) {
		t.Fatalf("got %v, want gpu.ErrNoDriver", err)
	}
	// An inventory that never initialised refuses everything without touching the library.
	inv := &Inventory{lib: refusingLib(), clock: time.Now}
	ctx := context.Background()
	if _, err := inv.Devices(ctx); !errors.Is(err, gpu.ErrNoDriver) {
		t.Fatalf("Devices: %v", err)
	}
	if _, err := inv.Telemetry(ctx, "GPU-x"); !errors.Is(err, gpu.ErrNoDriver) {
		t.Fatalf("Telemetry: %v", err)
	}
	if err := inv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

// dgx returns go-nvml's DGX A100 mock with the methods it leaves unset filled in, and with each
// device's name fixed to what a real A100 reports (the mock prefixes "Mock ").
func dgx(t *testing.T) *dgxa100.Server {
	t.Helper()
	s := dgxa100.New()
	for i, d := range s.Devices {
		dev := d.(*dgxa100.Device)
		dev.Name = "NVIDIA A100-SXM4-40GB"
		dev.GetSerialFunc = func() (string, gonvml.Return) { return "serial-" + dev.UUID[4:12], gonvml.SUCCESS }
		dev.GetVirtualizationModeFunc = func() (gonvml.GpuVirtualizationMode, gonvml.Return) {
			return gonvml.GPU_VIRTUALIZATION_MODE_NONE, gonvml.SUCCESS
		}
		dev.GetUtilizationRatesFunc = func() (gonvml.Utilization, gonvml.Return) {
			return gonvml.Utilization{Gpu: uint32(10 * i), Memory: 5}, gonvml.SUCCESS
		}
		dev.GetTemperatureFunc = func(gonvml.TemperatureSensors) (uint32, gonvml.Return) { return 41, gonvml.SUCCESS }
		dev.GetPowerUsageFunc = func() (uint32, gonvml.Return) { return 61000, gonvml.SUCCESS }
		dev.GetTotalEnergyConsumptionFunc = func() (uint64, gonvml.Return) { return 123456, gonvml.SUCCESS }
		dev.GetClockInfoFunc = func(c gonvml.ClockType) (uint32, gonvml.Return) {
			if c == gonvml.CLOCK_SM {
				return 1410, gonvml.SUCCESS
			}
			return 1215, gonvml.SUCCESS
		}
		dev.GetCurrentClocksEventReasonsFunc = func() (uint64, gonvml.Return) { return 0, gonvml.ERROR_NOT_SUPPORTED }
		dev.GetComputeRunningProcessesFunc = func() ([]gonvml.ProcessInfo, gonvml.Return) {
			return []gonvml.ProcessInfo{{Pid: 4242, UsedGpuMemory: 1 << 30}}, gonvml.SUCCESS
		}
	}
	return s
}

func TestDevicesFromDGXA100(t *testing.T) {
	s := dgx(t)
	shutdowns := 0
	s.ShutdownFunc = func() gonvml.Return { shutdowns++; return gonvml.SUCCESS }
	now := time.Unix(1700000000, 0)
	inv, err := open(s, func() time.Time { return now }, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	devs, err := inv.Devices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(devs) != 8 {
		t.Fatalf("%d devices, want 8", len(devs))
	}
	for i, d := range devs {
		if d.Index != i || d.DriverVersion != "550.54.15" || d.CUDAVersion != "12.4" || d.PCIDeviceID != 0x20B0 ||
			d.PCIVendorID != gpu.NVIDIAVendorID || d.ComputeCapability != (gpu.ComputeCapability{Major: 8}) || d.Serial == "" {
			t.Fatalf("device %d: %+v", i, d)
		}
		if _, err := gpu.CheckClaim(gpu.A100_40, d, false); err != nil {
			t.Fatalf("device %d: %v", i, err)
		}
	}
	tel, err := inv.Telemetry(ctx, devs[3].UUID)
	if err != nil {
		t.Fatal(err)
	}
	want := gpu.Telemetry{UUID: devs[3].UUID, Time: now, UtilizationGPU: 30, UtilizationMemory: 5, TemperatureC: 41,
		PowerMilliwatts: 61000, EnergyMillijoules: 123456, ClockSMMHz: 1410, ClockMemoryMHz: 1215,
		Processes: []gpu.Process{{PID: 4242, UsedMemory: 1 << 30}}}
	if tel.UUID != want.UUID || !tel.Time.Equal(now) || tel.UtilizationGPU != 30 || tel.TemperatureC != 41 ||
		tel.PowerMilliwatts != 61000 || tel.EnergyMillijoules != 123456 || tel.ClockSMMHz != 1410 ||
		tel.ClockMemoryMHz != 1215 || len(tel.Processes) != 1 || tel.Processes[0] != want.Processes[0] {
		t.Fatalf("telemetry %+v, want %+v", tel, want)
	}
	if _, err := inv.Telemetry(ctx, "GPU-unknown"); !errors.Is(err, gpu.ErrUnknownDevice) {
		t.Fatalf("unknown uuid: %v", err)
	}
	if err := inv.Close(); err != nil || shutdowns != 1 {
		t.Fatalf("close: %v, %d shutdowns", err, shutdowns)
	}
	if err := inv.Close(); err != nil || shutdowns != 1 {
		t.Fatalf("second close: %v, %d shutdowns", err, shutdowns)
	}
	if _, err := inv.Devices(ctx); !errors.Is(err, gpu.ErrNoDriver) {
		t.Fatalf("Devices after Close: %v", err)
	}
}

// TestMockNVMLIsCaught: a fake NVML (like NVIDIA's mocknvml) that makes software "see" A100s is caught
// by the identity check when its story is inconsistent, here the mock's own "Mock " name prefix with a
// real A100 PCI id, and a MIG-enabled device.
func TestMockNVMLIsCaught(t *testing.T) {
	s := dgx(t)
	s.Devices[0].(*dgxa100.Device).Name = "Mock NVIDIA A100-SXM4-40GB"
	s.Devices[1].(*dgxa100.Device).MigMode = gonvml.DEVICE_MIG_ENABLE
	s.Devices[2].(*dgxa100.Device).GetVirtualizationModeFunc = func() (gonvml.GpuVirtualizationMode, gonvml.Return) {
		return gonvml.GPU_VIRTUALIZATION_MODE_VGPU, gonvml.SUCCESS
	}
	s.Devices[3].(*dgxa100.Device).GetSerialFunc = func() (string, gonvml.Return) { return "", gonvml.ERROR_NOT_SUPPORTED }
	inv, err := open(s, time.Now, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	devs, err := inv.Devices(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []error{gpu.ErrInconsistentIdentity, gpu.ErrMIG, gpu.ErrVirtualized, nil} {
		if _, err := gpu.CheckClaim(gpu.A100_40, devs[i], false); want == nil && err != nil || want != nil && !errors.Is(err, want) {
			t.Errorf("device %d: got %v, want %v", i, err, want)
		}
	}
	if devs[3].Serial != "" {
		t.Errorf("unsupported serial read as %q", devs[3].Serial)
	}
	// A required field failing is an error, not a silently incomplete device.
	s.Devices[4].(*dgxa100.Device).GetPciInfoFunc = func() (gonvml.PciInfo, gonvml.Return) { return gonvml.PciInfo{}, gonvml.ERROR_GPU_IS_LOST }
	if _, err := inv.Devices(context.Background()); err == nil {
		t.Fatal("a lost GPU was listed")
	}
}
