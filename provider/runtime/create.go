package runtime

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/network"
	"github.com/moby/moby/client"

	"github.com/idlegrid/idlegrid/provider/job"
)

// Labels on everything the runtime creates.
const (
	LabelOwner     = "io.idlegrid.owner"
	LabelLease     = "io.idlegrid.lease"
	LabelSpec      = "io.idlegrid.spec"       // CID of the job spec's canonical encoding
	LabelGPUs      = "io.idlegrid.gpus"       // comma-separated leased device IDs
	LabelDiskQuota = "io.idlegrid.disk-quota" // "true" when the daemon enforces the disk limit
)

// Container logs are kept by the daemon in rotated files of this size, so a chatty job cannot fill the
// provider's disk.
const (
	logMaxSize  = "64m"
	logMaxFiles = "2"
)

// LeaseKey names a lease on this node: lowercase letters, digits and '-', at most 40 (the node builds it from
// the chain id and the lease id, e.g. "31337-7").
type LeaseKey string

func (k LeaseKey) validate() error {
	if len(k) > 40 || !namePart.MatchString(string(k)) {
		return fmt.Errorf("%w: lease key %q: want 1-40 lowercase letters, digits and '-'", ErrInvalidRequest, string(k))
	}
	return nil
}

// Opener opens an archive: an image tarball or an input's tar stream, read once per call.
type Opener func(ctx context.Context) (io.ReadCloser, error)

// StartRequest is everything Start needs for one lease.
type StartRequest struct {
	Lease LeaseKey
	// Spec is the job, already decoded (job.Decode) and checked against the lease by the node.
	Spec *job.Spec
	// GPUs are the device IDs of the leased GPUs (NVML UUIDs), exactly Spec.Resources.GPUs of them.
	GPUs []string
	// ImageArchive opens the image tarball when the spec names its image by CID.
	ImageArchive Opener
	// Inputs open one tar stream per Spec.Inputs entry, in order; entry names are relative to the input's path.
	Inputs []Opener
}

func (r *Runtime) name(k LeaseKey) string { return "idlegrid-" + r.cfg.Owner + "-" + string(k) }

// imageTag is the per-lease tag of an imported image: removing the lease removes the tag, and the image
// with it once no other lease's tag holds it.
func (r *Runtime) imageTag(k LeaseKey) string { return r.name(k) + ":job" }

func (r *Runtime) labels(req StartRequest, quota bool) map[string]string {
	return map[string]string{
		LabelOwner:     r.cfg.Owner,
		LabelLease:     string(req.Lease),
		LabelSpec:      req.Spec.CID().String(),
		LabelGPUs:      strings.Join(req.GPUs, ","),
		LabelDiskQuota: strconv.FormatBool(quota),
		LabelOutput:    req.Spec.Output,
	}
}

// checkRequest refuses requests the runtime must not run: a bad key, an invalid spec, GPUs that do not match
// the spec, a missing archive opener.
func checkRequest(req StartRequest) error {
	if err := req.Lease.validate(); err != nil {
		return err
	}
	if req.Spec == nil {
		return fmt.Errorf("%w: lease %s: no spec", ErrInvalidRequest, req.Lease)
	}
	if err := req.Spec.Validate(); err != nil {
		return fmt.Errorf("lease %s: %w", req.Lease, err)
	}
	if len(req.GPUs) != req.Spec.Resources.GPUs {
		return fmt.Errorf("%w: lease %s: %d GPU device IDs for a spec asking %d", ErrInvalidRequest, req.Lease, len(req.GPUs), req.Spec.Resources.GPUs)
	}
	seen := map[string]bool{}
	for _, id := range req.GPUs {
		if id == "" || strings.ContainsAny(id, ", \t\n=") {
			return fmt.Errorf("%w: lease %s: GPU device ID %q", ErrInvalidRequest, req.Lease, id)
		}
		if seen[id] {
			return fmt.Errorf("%w: lease %s: GPU %s listed twice", ErrInvalidRequest, req.Lease, id)
		}
		seen[id] = true
	}
	if req.Spec.Image.CID != "" && req.ImageArchive == nil {
		return fmt.Errorf("%w: lease %s: image %s is by CID but no archive opener was given", ErrInvalidRequest, req.Lease, req.Spec.Image.CID)
	}
	if len(req.Inputs) != len(req.Spec.Inputs) {
		return fmt.Errorf("%w: lease %s: %d input openers for %d inputs", ErrInvalidRequest, req.Lease, len(req.Inputs), len(req.Spec.Inputs))
	}
	for i, o := range req.Inputs {
		if o == nil {
			return fmt.Errorf("%w: lease %s: no opener for input %d", ErrInvalidRequest, req.Lease, i)
		}
	}
	return nil
}

// deviceRequests hands exactly the leased GPUs to the container.
func (r *Runtime) deviceRequests(gpus []string) []container.DeviceRequest {
	if len(gpus) == 0 || r.cfg.GPUDriver == GPUDriverSim {
		return nil
	}
	ids := append([]string(nil), gpus...)
	switch r.cfg.GPUDriver {
	case GPUDriverCDI:
		for i, id := range ids {
			ids[i] = r.cfg.CDIVendorClass + "=" + id
		}
		return []container.DeviceRequest{{Driver: GPUDriverCDI, DeviceIDs: ids}}
	default:
		return []container.DeviceRequest{{Driver: GPUDriverNVIDIA, DeviceIDs: ids, Capabilities: [][]string{{"gpu"}}}}
	}
}

// createOptions builds the container for req from image, on the lease's network. It refuses to build one
// without memory, CPU and pids limits, whatever the spec says.
func (r *Runtime) createOptions(req StartRequest, image, netName string, quota bool) (client.ContainerCreateOptions, error) {
	s := req.Spec
	res := s.Resources
	if res.Memory < job.MinMemory || res.MilliCPUs < job.MinMilliCPUs || res.Pids < job.MinPids || res.Disk < job.MinDisk {
		return client.ContainerCreateOptions{}, fmt.Errorf("%w: lease %s: no container without memory, CPU, pids and disk limits (%+v)", ErrInvalidRequest, req.Lease, res)
	}
	env := make([]string, 0, len(s.Env)+1)
	for k, v := range s.Env {
		if job.ReservedEnv(k) {
			continue // Validate refuses these; never let one through
		}
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	visible := "void" // the NVIDIA runtime's "no GPU", even when it is the daemon's default runtime
	if len(req.GPUs) > 0 && r.cfg.GPUDriver != GPUDriverSim {
		visible = strings.Join(req.GPUs, ",")
	}
	env = append(env, "NVIDIA_VISIBLE_DEVICES="+visible)
	if r.cfg.GPUDriver == GPUDriverSim {
		env = append(env, "IDLEGRID_SIM_GPUS="+strings.Join(req.GPUs, ","))
	}

	exposed := network.PortSet{}
	bindings := network.PortMap{}
	for _, p := range s.Ports {
		port, err := network.ParsePort(fmt.Sprintf("%d/%s", p.Port, p.Protocol))
		if err != nil {
			return client.ContainerCreateOptions{}, fmt.Errorf("%w: lease %s: port %d/%s: %v", ErrInvalidRequest, req.Lease, p.Port, p.Protocol, err)
		}
		exposed[port] = struct{}{}
		// An empty host port lets the daemon pick a free one and hold it: no race with other listeners.
		bindings[port] = []network.PortBinding{{HostIP: r.cfg.HostIP, HostPort: ""}}
	}
	grace := int(r.cfg.StopGrace.Seconds())
	withInit := r.cfg.Init
	pids := res.Pids
	hc := &container.HostConfig{
		NetworkMode:   container.NetworkMode(netName),
		PortBindings:  bindings,
		RestartPolicy: container.RestartPolicy{Name: container.RestartPolicyDisabled},
		Init:          &withInit, // set either way: a daemon configured with init on by default does not decide
		LogConfig:     container.LogConfig{Type: "json-file", Config: map[string]string{"max-size": logMaxSize, "max-file": logMaxFiles}},
		Runtime:       r.cfg.OCIRuntime,
		// /dev/shm is a tmpfs charged to the memory limit; deep-learning data loaders want more than
		// Docker's 64 MiB default.
		ShmSize: res.Memory / 4,
		Resources: container.Resources{
			Memory:         res.Memory,
			MemorySwap:     res.Memory, // no swap: the limit is the limit
			NanoCPUs:       res.MilliCPUs * 1_000_000,
			PidsLimit:      &pids,
			DeviceRequests: r.deviceRequests(req.GPUs),
		},
	}
	if quota {
		hc.StorageOpt = map[string]string{"size": strconv.FormatInt(res.Disk, 10)}
	}
	return client.ContainerCreateOptions{
		Name: r.name(req.Lease),
		Config: &container.Config{
			Image:        image,
			Entrypoint:   s.Entrypoint,
			Cmd:          s.Command,
			Env:          env,
			WorkingDir:   s.WorkDir,
			ExposedPorts: exposed,
			Labels:       r.labels(req, quota),
			StopTimeout:  &grace,
		},
		HostConfig: hc,
		NetworkingConfig: &network.NetworkingConfig{
			EndpointsConfig: map[string]*network.EndpointSettings{netName: {}},
		},
	}, nil
}
