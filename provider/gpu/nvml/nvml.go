//go:build cgo && !nonvml

package nvml

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/dl"
	gonvml "github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

// LibraryName is the NVML shared library the driver installs.
const LibraryName = "libnvidia-ml.so.1"

// Inventory reads devices through NVML. It is safe for concurrent use.
type Inventory struct {
	mu     sync.Mutex
	lib    gonvml.Interface
	ready  bool // Init returned SUCCESS and Close has not run: the only state in which lib may be called
	driver string
	cuda   string
	clock  func() time.Time
	log    zerolog.Logger
}

var _ gpu.Inventory = (*Inventory)(nil)

// Open probes for the NVML library and initialises it. Without a driver it returns an error wrapping
// gpu.ErrNoDriver, having made no NVML call.
func Open(log zerolog.Logger) (*Inventory, error) {
	probe := dl.New(LibraryName, dl.RTLD_LAZY|dl.RTLD_LOCAL)
	if err := probe.Open(); err != nil {
		return nil, fmt.Errorf("%w: %v", gpu.ErrNoDriver, err)
	}
	if err := probe.Close(); err != nil {
		return nil, fmt.Errorf("%w: close probe of %s: %v", gpu.ErrNoDriver, LibraryName, err)
	}
	return open(gonvml.New(), time.Now, log)
}

// open initialises lib; tests pass go-nvml's mocks here.
func open(lib gonvml.Interface, clock func() time.Time, log zerolog.Logger) (*Inventory, error) {
	inv := &Inventory{lib: lib, clock: clock, log: log.With().Str("component", "nvml").Logger()}
	if ret := lib.Init(); ret != gonvml.SUCCESS {
		return nil, fmt.Errorf("%w: nvml init: %s", gpu.ErrNoDriver, retName(ret))
	}
	inv.ready = true
	if v, ret := lib.SystemGetDriverVersion(); ret == gonvml.SUCCESS {
		inv.driver = v
	}
	if v, ret := lib.SystemGetCudaDriverVersion(); ret == gonvml.SUCCESS {
		inv.cuda = fmt.Sprintf("%d.%d", v/1000, v%1000/10)
	}
	inv.log.Debug().Str("driver", inv.driver).Str("cuda", inv.cuda).Msg("nvml ready")
	return inv, nil
}

// Devices implements gpu.Inventory.
func (inv *Inventory) Devices(ctx context.Context) ([]gpu.Device, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if !inv.ready {
		return nil, gpu.ErrNoDriver
	}
	count, ret := inv.lib.DeviceGetCount()
	if ret != gonvml.SUCCESS {
		return nil, fmt.Errorf("nvml device count: %s", retName(ret))
	}
	devs := make([]gpu.Device, 0, count)
	for i := 0; i < count; i++ {
		h, ret := inv.lib.DeviceGetHandleByIndex(i)
		if ret != gonvml.SUCCESS {
			return nil, fmt.Errorf("nvml device %d: handle: %s", i, retName(ret))
		}
		d, err := inv.device(i, h)
		if err != nil {
			return nil, fmt.Errorf("nvml device %d: %w", i, err)
		}
		devs = append(devs, d)
	}
	return devs, nil
}

func (inv *Inventory) device(i int, h gonvml.Device) (gpu.Device, error) {
	d := gpu.Device{Index: i, DriverVersion: inv.driver, CUDAVersion: inv.cuda}
	var ret gonvml.Return
	if d.Name, ret = h.GetName(); ret != gonvml.SUCCESS {
		return d, fmt.Errorf("name: %s", retName(ret))
	}
	if d.UUID, ret = h.GetUUID(); ret != gonvml.SUCCESS {
		return d, fmt.Errorf("uuid: %s", retName(ret))
	}
	switch serial, ret := h.GetSerial(); ret {
	case gonvml.SUCCESS:
		d.Serial = serial
	case gonvml.ERROR_NOT_SUPPORTED: // normal on GeForce
	default:
		return d, fmt.Errorf("serial: %s", retName(ret))
	}
	pci, ret := h.GetPciInfo()
	if ret != gonvml.SUCCESS {
		return d, fmt.Errorf("pci info: %s", retName(ret))
	}
	d.PCIVendorID, d.PCIDeviceID = uint16(pci.PciDeviceId), uint16(pci.PciDeviceId>>16)
	d.PCIBusID = cString(pci.BusId[:])
	mem, ret := h.GetMemoryInfo()
	if ret != gonvml.SUCCESS {
		return d, fmt.Errorf("memory info: %s", retName(ret))
	}
	d.MemoryTotal, d.MemoryFree = mem.Total, mem.Free
	if major, minor, ret := h.GetCudaComputeCapability(); ret == gonvml.SUCCESS {
		d.ComputeCapability = gpu.ComputeCapability{Major: major, Minor: minor}
	} else {
		return d, fmt.Errorf("compute capability: %s", retName(ret))
	}
	switch cur, pending, ret := h.GetMigMode(); ret {
	case gonvml.SUCCESS:
		d.MIG = gpu.MIGMode{Supported: true, Current: cur == gonvml.DEVICE_MIG_ENABLE, Pending: pending == gonvml.DEVICE_MIG_ENABLE}
	case gonvml.ERROR_NOT_SUPPORTED:
	default:
		return d, fmt.Errorf("mig mode: %s", retName(ret))
	}
	switch mode, ret := h.GetVirtualizationMode(); ret {
	case gonvml.SUCCESS:
		d.Virtualization = virtualization(mode)
	case gonvml.ERROR_NOT_SUPPORTED:
		d.Virtualization = gpu.VirtNone
	default:
		d.Virtualization = gpu.VirtUnknown
	}
	return d, nil
}

// Telemetry implements gpu.Inventory. Counters a device does not support read as zero.
func (inv *Inventory) Telemetry(ctx context.Context, uuid string) (gpu.Telemetry, error) {
	if err := ctx.Err(); err != nil {
		return gpu.Telemetry{}, err
	}
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if !inv.ready {
		return gpu.Telemetry{}, gpu.ErrNoDriver
	}
	h, ret := inv.lib.DeviceGetHandleByUUID(uuid)
	if ret != gonvml.SUCCESS {
		return gpu.Telemetry{}, fmt.Errorf("%w: %s: %s", gpu.ErrUnknownDevice, uuid, retName(ret))
	}
	t := gpu.Telemetry{UUID: uuid, Time: inv.clock(), Processes: []gpu.Process{}}
	var errs []string
	optional := func(what string, ret gonvml.Return) {
		if ret != gonvml.SUCCESS && ret != gonvml.ERROR_NOT_SUPPORTED {
			errs = append(errs, what+": "+retName(ret))
		}
	}
	util, ret := h.GetUtilizationRates()
	optional("utilization", ret)
	t.UtilizationGPU, t.UtilizationMemory = util.Gpu, util.Memory
	t.TemperatureC, ret = h.GetTemperature(gonvml.TEMPERATURE_GPU)
	optional("temperature", ret)
	t.PowerMilliwatts, ret = h.GetPowerUsage()
	optional("power", ret)
	t.EnergyMillijoules, ret = h.GetTotalEnergyConsumption()
	optional("energy", ret)
	t.ClockSMMHz, ret = h.GetClockInfo(gonvml.CLOCK_SM)
	optional("sm clock", ret)
	t.ClockMemoryMHz, ret = h.GetClockInfo(gonvml.CLOCK_MEM)
	optional("memory clock", ret)
	reasons, ret := h.GetCurrentClocksEventReasons()
	optional("clock event reasons", ret)
	t.ThrottleReasons = gpu.ThrottleReasons(reasons)
	procs, ret := h.GetComputeRunningProcesses()
	optional("processes", ret)
	for _, p := range procs {
		t.Processes = append(t.Processes, gpu.Process{PID: p.Pid, UsedMemory: p.UsedGpuMemory})
	}
	if len(errs) > 0 {
		return t, fmt.Errorf("nvml telemetry %s: %s", uuid, strings.Join(errs, "; "))
	}
	return t, nil
}

// Close shuts NVML down; every later call returns gpu.ErrNoDriver.
func (inv *Inventory) Close() error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if !inv.ready {
		return nil
	}
	inv.ready = false
	if ret := inv.lib.Shutdown(); ret != gonvml.SUCCESS {
		return fmt.Errorf("nvml shutdown: %s", retName(ret))
	}
	return nil
}

func virtualization(m gonvml.GpuVirtualizationMode) gpu.Virtualization {
	switch m {
	case gonvml.GPU_VIRTUALIZATION_MODE_NONE:
		return gpu.VirtNone
	case gonvml.GPU_VIRTUALIZATION_MODE_PASSTHROUGH:
		return gpu.VirtPassthrough
	case gonvml.GPU_VIRTUALIZATION_MODE_VGPU:
		return gpu.VirtVGPU
	case gonvml.GPU_VIRTUALIZATION_MODE_HOST_VGPU:
		return gpu.VirtHostVGPU
	case gonvml.GPU_VIRTUALIZATION_MODE_HOST_VSGA:
		return gpu.VirtHostVSGA
	}
	return gpu.VirtUnknown
}

// retName names an NVML return code without calling into the library (nvmlErrorString is itself an
// NVML call, unsafe when the library is absent).
func retName(r gonvml.Return) string {
	names := map[gonvml.Return]string{
		gonvml.SUCCESS: "SUCCESS", gonvml.ERROR_UNINITIALIZED: "ERROR_UNINITIALIZED",
		gonvml.ERROR_INVALID_ARGUMENT: "ERROR_INVALID_ARGUMENT", gonvml.ERROR_NOT_SUPPORTED: "ERROR_NOT_SUPPORTED",
		gonvml.ERROR_NO_PERMISSION: "ERROR_NO_PERMISSION", gonvml.ERROR_NOT_FOUND: "ERROR_NOT_FOUND",
		gonvml.ERROR_DRIVER_NOT_LOADED: "ERROR_DRIVER_NOT_LOADED", gonvml.ERROR_GPU_IS_LOST: "ERROR_GPU_IS_LOST",
		gonvml.ERROR_LIBRARY_NOT_FOUND: "ERROR_LIBRARY_NOT_FOUND", gonvml.ERROR_FUNCTION_NOT_FOUND: "ERROR_FUNCTION_NOT_FOUND",
		gonvml.ERROR_UNKNOWN: "ERROR_UNKNOWN",
	}
	if n, ok := names[r]; ok {
		return n
	}
	return fmt.Sprintf("NVML return %d", int32(r))
}

func cString(b []uint8) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}
