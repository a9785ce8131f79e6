package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
)

// Status is a lease container's state, as the gateway's status route and the node's bookkeeping see it.
type Status struct {
	Lease       LeaseKey
	ContainerID string
	SpecCID     string
	GPUs        []string
	// State is the daemon's: created, running, paused, restarting, removing, exited or dead.
	State      string
	Running    bool
	ExitCode   int
	OOMKilled  bool
	Error      string // the daemon's error for the last start, if any
	StartedAt  time.Time
	FinishedAt time.Time // zero while running
	Ports      []PublishedPort
	// DiskQuota is true when the daemon enforces the spec's disk limit; when false the node compares
	// Usage.WritableBytes against it.
	DiskQuota bool
	// Usage is filled by Status(ctx, k, true).
	Usage *Usage
}

// PublishedPort is a container port and where the node publishes it.
type PublishedPort struct {
	Port     uint16
	Protocol string // tcp or udp
	HostIP   string
	HostPort uint16
}

// Usage is one sample of a container's resource use.
type Usage struct {
	At      time.Time
	CPUTime time.Duration // cumulative CPU time of the container's processes
	// ThrottledPeriods counts the scheduler periods in which the CPU quota stopped the container, and
	// ThrottledTime how long it was held: a job using its whole quota shows both rising.
	ThrottledPeriods uint64
	ThrottledTime    time.Duration
	MemoryBytes      uint64 // resident, without the reclaimable page cache (what `docker stats` shows)
	MemoryLimit      uint64
	Pids             uint64
	PidsLimit        uint64
	// WritableBytes is the size of the container's writable layer (its disk use outside volumes).
	WritableBytes int64
}

// Status returns the lease container's status; with usage it also samples resource use (the stats API for a
// running container, and the writable layer's size, which the daemon computes by walking it).
func (r *Runtime) Status(ctx context.Context, k LeaseKey, usage bool) (*Status, error) {
	if err := k.validate(); err != nil {
		return nil, err
	}
	c, err := r.inspect(ctx, k)
	if err != nil {
		return nil, err
	}
	return r.status(ctx, k, c, usage)
}

func (r *Runtime) status(ctx context.Context, k LeaseKey, c container.InspectResponse, usage bool) (*Status, error) {
	st := &Status{
		Lease:       k,
		ContainerID: c.ID,
		SpecCID:     c.Config.Labels[LabelSpec],
		State:       string(c.State.Status),
		Running:     c.State.Running,
		ExitCode:    c.State.ExitCode,
		OOMKilled:   c.State.OOMKilled,
		Error:       c.State.Error,
		StartedAt:   parseTime(c.State.StartedAt),
		FinishedAt:  parseTime(c.State.FinishedAt),
		DiskQuota:   c.Config.Labels[LabelDiskQuota] == "true",
	}
	if g := c.Config.Labels[LabelGPUs]; g != "" {
		st.GPUs = strings.Split(g, ",")
	}
	if c.NetworkSettings != nil {
		for p, bs := range c.NetworkSettings.Ports {
			for _, b := range bs {
				hp, err := strconv.ParseUint(b.HostPort, 10, 16)
				if err != nil {
					continue
				}
				st.Ports = append(st.Ports, PublishedPort{Port: p.Num(), Protocol: string(p.Proto()), HostIP: b.HostIP.String(), HostPort: uint16(hp)})
			}
		}
		sort.Slice(st.Ports, func(i, j int) bool {
			a, b := st.Ports[i], st.Ports[j]
			return a.Port < b.Port || a.Port == b.Port && (a.Protocol < b.Protocol || a.Protocol == b.Protocol && a.HostIP < b.HostIP)
		})
	}
	if !usage {
		return st, nil
	}
	u := &Usage{At: time.Now()}
	sized, err := r.engine.ContainerInspect(ctx, c.ID, client.ContainerInspectOptions{Size: true})
	if err != nil {
		return nil, fmt.Errorf("lease %s: inspect size: %w", k, err)
	}
	if sized.Container.SizeRw != nil {
		u.WritableBytes = *sized.Container.SizeRw
	}
	if c.State.Running {
		if err := r.sample(ctx, c.ID, u); err != nil {
			return nil, fmt.Errorf("lease %s: %w", k, err)
		}
	}
	st.Usage = u
	return st, nil
}

// sample reads one stats record.
func (r *Runtime) sample(ctx context.Context, id string, u *Usage) error {
	res, err := r.engine.ContainerStats(ctx, id, client.ContainerStatsOptions{Stream: false})
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer res.Body.Close()
	var s container.StatsResponse
	if err := json.NewDecoder(res.Body).Decode(&s); err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if !s.Read.IsZero() {
		u.At = s.Read
	}
	u.CPUTime = time.Duration(s.CPUStats.CPUUsage.TotalUsage)
	u.ThrottledPeriods = s.CPUStats.ThrottlingData.ThrottledPeriods
	u.ThrottledTime = time.Duration(s.CPUStats.ThrottlingData.ThrottledTime)
	u.MemoryBytes = s.MemoryStats.Usage
	for _, key := range []string{"total_inactive_file", "inactive_file"} { // cgroup v1, v2
		if v, ok := s.MemoryStats.Stats[key]; ok && v <= u.MemoryBytes {
			u.MemoryBytes -= v
			break
		}
	}
	u.MemoryLimit = s.MemoryStats.Limit
	u.Pids = s.PidsStats.Current
	u.PidsLimit = s.PidsStats.Limit
	return nil
}

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil || t.Year() < 2000 { // the daemon writes 0001-01-01 for "never"
		return time.Time{}
	}
	return t
}

func timeAfter(ms int) <-chan time.Time { return time.After(time.Duration(ms) * time.Millisecond) }
