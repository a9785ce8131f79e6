package runtime

import (
	"errors"
	"fmt"
	"net/netip"
	"regexp"
	"time"
)

// GPU drivers: how leased GPUs are handed to a container.
const (
	// GPUDriverNVIDIA uses the daemon's nvidia device driver (the NVIDIA Container Toolkit) with the leased
	// device IDs (UUIDs or indices, as NVML reports them).
	GPUDriverNVIDIA = "nvidia"
	// GPUDriverCDI uses Container Device Interface names (nvidia.com/gpu=<UUID>); needs dockerd ≥ 25 or podman.
	GPUDriverCDI = "cdi"
	// GPUDriverSim is for simulated GPUs (provider/gpu/sim, dev chains only): the leased device IDs are
	// recorded on the container and given to the job as IDLEGRID_SIM_GPUS, and no device is passed.
	GPUDriverSim = "sim"
)

// Config is the runtime's configuration, built by the node from its own.
type Config struct {
	// Owner names this node's containers, networks and images (and labels them): two nodes sharing a daemon
	// must use different owners. Lowercase letters, digits and '-', at most 24.
	Owner string
	// HostIP is the address container ports are published on: the node's address renters reach.
	HostIP netip.Addr
	// GPUDriver is GPUDriverNVIDIA or GPUDriverCDI.
	GPUDriver string
	// CDIVendorClass prefixes CDI device names (nvidia.com/gpu).
	CDIVendorClass string
	// OCIRuntime, when set, names the daemon's OCI runtime for containers (e.g. "nvidia" on hosts that do not
	// make it the default); empty uses the daemon's default.
	OCIRuntime string
	// StopGrace is how long a container gets between SIGTERM and SIGKILL when stopped.
	StopGrace time.Duration
	// Init runs the daemon's init (docker-init, which is tini) as each container's PID 1 in front of the job:
	// it passes the stop signal on to the job, which then gets the default action of a signal it does not
	// handle (a job as PID 1 ignores it and waits out the grace), and it reaps orphaned processes, whose
	// zombies would otherwise count against the pids limit. Start refuses a daemon that has no init binary.
	// False runs the job itself as PID 1.
	Init bool
	// RequireDiskQuota refuses to start containers when the storage driver cannot enforce the spec's disk
	// limit; when false such containers run and Status reports the writable layer's size for the node to act.
	RequireDiskQuota bool
	// MaxImageBytes bounds an image tarball imported for an image-by-CID job.
	MaxImageBytes int64
}

// DefaultConfig is a configuration for a single node on loopback; the node sets Owner and HostIP.
func DefaultConfig() Config {
	return Config{
		Owner:          "node",
		HostIP:         netip.MustParseAddr("127.0.0.1"),
		GPUDriver:      GPUDriverNVIDIA,
		CDIVendorClass: "nvidia.com/gpu",
		StopGrace:      10 * time.Second,
		Init:           true,
		MaxImageBytes:  64 << 30,
	}
}

var namePart = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`)

// Validate checks c, naming the field at fault.
func (c Config) Validate() error {
	var errs []error
	if len(c.Owner) > 24 || !namePart.MatchString(c.Owner) {
		errs = append(errs, fmt.Errorf("runtime config: owner %q: want 1-24 lowercase letters, digits and '-'", c.Owner))
	}
	if !c.HostIP.IsValid() {
		errs = append(errs, errors.New("runtime config: host_ip: required"))
	}
	switch c.GPUDriver {
	case GPUDriverNVIDIA, GPUDriverSim:
	case GPUDriverCDI:
		if c.CDIVendorClass == "" {
			errs = append(errs, errors.New("runtime config: cdi_vendor_class: required with the cdi driver"))
		}
	default:
		errs = append(errs, fmt.Errorf("runtime config: gpu_driver %q: want %q, %q or %q", c.GPUDriver, GPUDriverNVIDIA, GPUDriverCDI, GPUDriverSim))
	}
	if c.StopGrace < 0 || c.StopGrace > 10*time.Minute {
		errs = append(errs, fmt.Errorf("runtime config: stop_grace %s: want 0 to 10m", c.StopGrace))
	}
	if c.MaxImageBytes <= 0 {
		errs = append(errs, fmt.Errorf("runtime config: max_image_bytes %d: must be positive", c.MaxImageBytes))
	}
	return errors.Join(errs...)
}
