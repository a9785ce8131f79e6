package runtime

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/service"
)

// cleanupTimeout bounds the removal of a half-started container, which runs after the caller's context
// may have ended.
const cleanupTimeout = 30 * time.Second

// Runtime runs leases' containers on one daemon. It is safe for concurrent use; operations on one lease are
// serialised.
type Runtime struct {
	engine Engine
	cfg    Config
	log    zerolog.Logger

	locks     sync.Map    // LeaseKey → *sync.Mutex
	noQuota   atomic.Bool // the daemon refused a storage quota once: do not ask again
	healthy   atomic.Pointer[error]
	started   atomic.Bool
	since     atomic.Int64 // when this runtime started (Unix ns): containers created before are a predecessor's
	closeOnce sync.Once
	closeErr  error
}

var _ service.Service = (*Runtime)(nil)

// Name is the runtime's name in the node's health reports.
func (r *Runtime) Name() string { return "runtime" }

// New returns a Runtime over engine. It does no I/O; Start checks the daemon.
func New(engine Engine, cfg Config, log zerolog.Logger) (*Runtime, error) {
	if engine == nil {
		return nil, errors.New("runtime: nil engine")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	r := &Runtime{engine: engine, cfg: cfg, log: log.With().Str("component", "runtime").Logger()}
	r.since.Store(time.Now().UnixNano())
	notStarted := errors.New("runtime: not started")
	r.healthy.Store(&notStarted)
	return r, nil
}

// Start checks the daemon answers and logs what it is. The runtime has no loops of its own: it acts when
// called. Starting it twice is an error.
func (r *Runtime) Start(ctx context.Context) error {
	if !r.started.CompareAndSwap(false, true) {
		return errors.New("runtime: already started")
	}
	r.since.Store(time.Now().UnixNano())
	if _, err := r.engine.Ping(ctx, client.PingOptions{NegotiateAPIVersion: true}); err != nil {
		err = fmt.Errorf("runtime: daemon: %w", err)
		r.healthy.Store(&err)
		return err
	}
	info, err := r.engine.Info(ctx, client.InfoOptions{})
	if err != nil {
		err = fmt.Errorf("runtime: daemon info: %w", err)
		r.healthy.Store(&err)
		return err
	}
	// Docker reports N/A when it finds no init binary to run (its lookup failed or the binary would not run);
	// a container asking for one would fail to start, lease after lease.
	if r.cfg.Init && info.Info.InitCommit.ID == "N/A" {
		err := fmt.Errorf("%w: the daemon (%s) finds no init binary %q: install it (docker-init is tini: Debian's docker.io "+
			"depends on the tini package), point the daemon's init-path at tini, or run jobs as PID 1 without it (the provider's node.init = false)",
			ErrNoInit, info.Info.ServerVersion, info.Info.InitBinary)
		r.healthy.Store(&err)
		return err
	}
	r.log.Info().Str("server", info.Info.ServerVersion).Str("storage", info.Info.Driver).
		Str("cgroup", info.Info.CgroupVersion).Bool("init", r.cfg.Init).Msg("container daemon")
	var ok error
	r.healthy.Store(&ok)
	return nil
}

// Healthy reports the last daemon error seen by Start or Ping (nil when the daemon answered).
func (r *Runtime) Healthy() error { return *r.healthy.Load() }

// Ping checks the daemon answers now and updates Healthy.
func (r *Runtime) Ping(ctx context.Context) error {
	_, err := r.engine.Ping(ctx, client.PingOptions{})
	if err != nil {
		err = fmt.Errorf("runtime: daemon: %w", err)
	}
	r.healthy.Store(&err)
	return err
}

// Close releases the engine's connections; a second Close is a no-op. Containers keep running: the node's
// restart finds them.
func (r *Runtime) Close() error {
	r.closeOnce.Do(func() { r.closeErr = r.engine.Close() })
	return r.closeErr
}

func (r *Runtime) lock(k LeaseKey) func() {
	m, _ := r.locks.LoadOrStore(k, &sync.Mutex{})
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// inspect returns the lease's container, ErrNotFound when there is none, and refuses one that is not ours.
func (r *Runtime) inspect(ctx context.Context, k LeaseKey) (container.InspectResponse, error) {
	res, err := r.engine.ContainerInspect(ctx, r.name(k), client.ContainerInspectOptions{})
	if err != nil {
		if cerrdefs.IsNotFound(err) {
			return container.InspectResponse{}, fmt.Errorf("lease %s: %w", k, ErrNotFound)
		}
		return container.InspectResponse{}, fmt.Errorf("lease %s: inspect: %w", k, err)
	}
	c := res.Container
	if c.Config == nil || c.Config.Labels[LabelOwner] != r.cfg.Owner || c.Config.Labels[LabelLease] != string(k) || c.State == nil {
		return container.InspectResponse{}, fmt.Errorf("lease %s: container %s is not this node's (labels %v)", k, r.name(k), labelsOf(c))
	}
	return c, nil
}

func labelsOf(c container.InspectResponse) map[string]string {
	if c.Config == nil {
		return nil
	}
	return c.Config.Labels
}

// Run starts the lease's job and returns its status. It is idempotent: when the lease already has a container
// from the same spec, Run returns its status (starting it if a crash left it created but not started) and
// creates nothing; from another spec it returns ErrConflict. A container that has exited is not restarted.
//
// On failure nothing is left behind. A failure the job causes is a *StartError (errors.Is ErrCannotStart).
func (r *Runtime) Run(ctx context.Context, req StartRequest) (*Status, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	defer r.lock(req.Lease)()
	log := r.log.With().Str("lease", string(req.Lease)).Logger()
	specCID := req.Spec.CID().String()

	for conflicts := 0; ; {
		c, err := r.inspect(ctx, req.Lease)
		switch {
		case err == nil:
			if got := c.Config.Labels[LabelSpec]; got != specCID {
				return nil, fmt.Errorf("lease %s: %w (has %s, asked %s)", req.Lease, ErrConflict, got, specCID)
			}
			if c.State.Status == container.StateCreated {
				created, perr := time.Parse(time.RFC3339Nano, c.Created)
				if perr == nil && created.Before(time.Unix(0, r.since.Load())) {
					// Created but never started, by a predecessor killed between the two. Its inputs may be
					// partly copied, so start over rather than start it.
					log.Warn().Time("created", created).Msg("container left created by a previous run: recreating")
					if err := r.remove(ctx, req.Lease); err != nil {
						return nil, err
					}
					continue
				}
				// Created since this runtime started, so by another runtime of this node still starting it:
				// wait for that start rather than start the job twice.
				if err := r.waitCreated(ctx, req.Lease); err != nil {
					return nil, err
				}
				continue
			}
			return r.status(ctx, req.Lease, c, false)
		case !errors.Is(err, ErrNotFound):
			return nil, err
		}
		st, err := r.create(ctx, req, log)
		if cerrdefs.IsConflict(err) && conflicts < 100 {
			// Another runtime of this node is creating the container: the daemon holds the name a moment
			// before the container can be inspected. Look again shortly.
			conflicts++
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("lease %s: waiting for another start of the job: %w", req.Lease, ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
			continue
		}
		return st, err
	}
}

// waitCreated waits until the lease's container leaves the created state (started, or removed by a failed
// start) or ctx ends.
func (r *Runtime) waitCreated(ctx context.Context, k LeaseKey) error {
	for {
		c, err := r.inspect(ctx, k)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if c.State.Status != container.StateCreated {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("lease %s: waiting for another start of the job: %w", k, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// create makes and starts the container; on any failure it removes what it made.
func (r *Runtime) create(ctx context.Context, req StartRequest, log zerolog.Logger) (st *Status, err error) {
	began := time.Now()
	defer func() {
		if err != nil && !cerrdefs.IsConflict(err) {
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
			defer cancel()
			if rerr := r.remove(cctx, req.Lease); rerr != nil {
				log.Error().Err(rerr).Msg("cleanup after a failed start")
				err = errors.Join(err, rerr)
			}
		}
	}()
	image, err := r.prepareImage(ctx, req)
	if err != nil {
		return nil, err
	}
	netID, netCreated, err := r.ensureNetwork(ctx, req.Lease)
	if err != nil {
		return nil, err
	}
	quota := !r.noQuota.Load()
	var id string
	for {
		opts, err := r.createOptions(req, image, netID, quota)
		if err != nil {
			return nil, err
		}
		res, err := r.engine.ContainerCreate(ctx, opts)
		if err != nil && quota && quotaUnsupported(err) {
			r.noQuota.Store(true)
			if r.cfg.RequireDiskQuota {
				return nil, fmt.Errorf("lease %s: %w: disk quota: %v", req.Lease, ErrLimitUnsupported, err)
			}
			log.Warn().Err(err).Msg("storage driver has no disk quota: the node watches the writable layer's size instead")
			quota = false
			continue
		}
		if err != nil {
			if cerrdefs.IsConflict(err) {
				// Another runtime of this node won the race to create the container. Drop the network this
				// call made, unless the winner is attached to it (the daemon refuses then).
				if netCreated {
					_, _ = r.engine.NetworkRemove(ctx, netID, client.NetworkRemoveOptions{})
				}
				return nil, err
			}
			if jobCaused(ctx, err) && (cerrdefs.IsInvalidArgument(err) || cerrdefs.IsNotFound(err)) {
				return nil, &StartError{Lease: req.Lease, Stage: StageCreate, Reason: err.Error(), Err: err}
			}
			return nil, fmt.Errorf("lease %s: create: %w", req.Lease, err)
		}
		id = res.ID
		if w := droppedLimit(res.Warnings); w != "" {
			return nil, fmt.Errorf("lease %s: %w: %s", req.Lease, ErrLimitUnsupported, w)
		}
		break
	}
	if !quota && r.cfg.RequireDiskQuota {
		return nil, fmt.Errorf("lease %s: %w: the storage driver has no disk quota", req.Lease, ErrLimitUnsupported)
	}
	if err := r.copyIn(ctx, req, id); err != nil {
		return nil, err
	}
	if r.cfg.Init {
		if err := r.checkCommand(ctx, req.Lease, id); err != nil {
			return nil, err
		}
	}
	if _, err := r.engine.ContainerStart(ctx, id, client.ContainerStartOptions{}); err != nil {
		if jobCaused(ctx, err) {
			return nil, &StartError{Lease: req.Lease, Stage: StageStart, Reason: err.Error(), Err: err}
		}
		return nil, fmt.Errorf("lease %s: start: %w", req.Lease, err)
	}
	log.Info().Str("container", shortID(id)).Str("image", image).Dur("took", time.Since(began)).Msg("job started")
	c, err := r.inspect(ctx, req.Lease)
	if err != nil {
		return nil, err
	}
	return r.status(ctx, req.Lease, c, false)
}

// jobCaused says whether err came from the daemon judging the job, rather than from reaching the daemon.
func jobCaused(ctx context.Context, err error) bool {
	if ctx.Err() != nil || client.IsErrConnectionFailed(err) {
		return false
	}
	return !(cerrdefs.IsUnavailable(err) || cerrdefs.IsCanceled(err) || cerrdefs.IsDeadlineExceeded(err) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded))
}

// quotaUnsupported recognises the daemon refusing a storage size option (overlay2 off xfs-pquota, vfs, …).
func quotaUnsupported(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "storage-opt") || strings.Contains(m, "storage opt") || strings.Contains(m, "quota")
}

// droppedLimit returns the daemon's warning when it says it discarded a limit we set (a kernel or cgroup
// set-up without the memory or pids controller). A missing swap controller ("memory limited without swap")
// is not one: the memory limit still holds.
func droppedLimit(warnings []string) string {
	for _, w := range warnings {
		if strings.Contains(strings.ToLower(w), "discarded") {
			return w
		}
	}
	return ""
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// ensureNetwork returns the ID of the lease's own bridge network (found by its labels), creating it if
// needed; created says it was made by this call.
func (r *Runtime) ensureNetwork(ctx context.Context, k LeaseKey) (id string, created bool, err error) {
	nets, err := r.ownNetworks(ctx, k)
	if err != nil {
		return "", false, err
	}
	if len(nets) > 0 {
		return nets[0], false, nil
	}
	// A unique name: two runtimes racing may each create one, and a daemon that allows duplicate names
	// (API < 1.44) would then refuse to start a container on an ambiguous one.
	var suffix [4]byte
	_, _ = rand.Read(suffix[:])
	res, err := r.engine.NetworkCreate(ctx, r.name(k)+"-"+hex.EncodeToString(suffix[:]), client.NetworkCreateOptions{
		Driver: "bridge",
		Labels: map[string]string{LabelOwner: r.cfg.Owner, LabelLease: string(k)},
	})
	if err != nil {
		return "", false, fmt.Errorf("lease %s: create network: %w", k, err)
	}
	return res.ID, true, nil
}

// ownNetworks lists the networks named and labelled for lease k.
func (r *Runtime) ownNetworks(ctx context.Context, k LeaseKey) ([]string, error) {
	f := make(client.Filters).Add("label", LabelOwner+"="+r.cfg.Owner)
	if k != "" {
		f.Add("label", LabelLease+"="+string(k))
	}
	res, err := r.engine.NetworkList(ctx, client.NetworkListOptions{Filters: f})
	if err != nil {
		return nil, fmt.Errorf("list networks: %w", err)
	}
	var ids []string
	for _, n := range res.Items {
		ids = append(ids, n.ID)
	}
	return ids, nil
}

// Stop stops the lease's container: SIGTERM, then SIGKILL after Config.StopGrace or before ctx's deadline,
// whichever is sooner. Stopping a stopped container is a no-op.
func (r *Runtime) Stop(ctx context.Context, k LeaseKey) error {
	if err := k.validate(); err != nil {
		return err
	}
	defer r.lock(k)()
	c, err := r.inspect(ctx, k)
	if err != nil {
		return err
	}
	if !c.State.Running && !c.State.Paused && !c.State.Restarting {
		return nil
	}
	grace := r.cfg.StopGrace
	if dl, ok := ctx.Deadline(); ok {
		// Leave a second for the kill itself.
		if left := time.Until(dl) - time.Second; left < grace {
			grace = max(left, 0)
		}
	}
	secs := int(grace / time.Second)
	if _, err := r.engine.ContainerStop(ctx, c.ID, client.ContainerStopOptions{Timeout: &secs}); err != nil {
		kctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, kerr := r.engine.ContainerKill(kctx, c.ID, client.ContainerKillOptions{Signal: "KILL"}); kerr != nil && !cerrdefs.IsConflict(kerr) && !cerrdefs.IsNotFound(kerr) {
			return fmt.Errorf("lease %s: stop: %w (kill: %v)", k, err, kerr)
		}
	}
	return nil
}

// Remove removes the lease's container (killing it if running) with its anonymous volumes, its network and
// its imported image tag. Removing what is not there is a no-op.
func (r *Runtime) Remove(ctx context.Context, k LeaseKey) error {
	if err := k.validate(); err != nil {
		return err
	}
	defer r.lock(k)()
	return r.remove(ctx, k)
}

func (r *Runtime) remove(ctx context.Context, k LeaseKey) error {
	var errs []error
	c, err := r.inspect(ctx, k)
	switch {
	case err == nil:
		if _, err := r.engine.ContainerRemove(ctx, c.ID, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); err != nil && !cerrdefs.IsNotFound(err) {
			errs = append(errs, fmt.Errorf("lease %s: remove container: %w", k, err))
		}
	case !errors.Is(err, ErrNotFound):
		errs = append(errs, err)
	}
	nets, err := r.ownNetworks(ctx, k)
	if err != nil {
		errs = append(errs, err)
	}
	for _, id := range nets {
		if _, err := r.engine.NetworkRemove(ctx, id, client.NetworkRemoveOptions{}); err != nil && !cerrdefs.IsNotFound(err) {
			errs = append(errs, fmt.Errorf("lease %s: remove network: %w", k, err))
		}
	}
	if _, err := r.engine.ImageRemove(ctx, r.imageTag(k), client.ImageRemoveOptions{PruneChildren: true}); err != nil && !cerrdefs.IsNotFound(err) {
		errs = append(errs, fmt.Errorf("lease %s: remove image: %w", k, err))
	}
	return errors.Join(errs...)
}

// Wait blocks until the lease's container is not running and returns its exit code.
func (r *Runtime) Wait(ctx context.Context, k LeaseKey) (int64, error) {
	if err := k.validate(); err != nil {
		return 0, err
	}
	c, err := r.inspect(ctx, k)
	if err != nil {
		return 0, err
	}
	w := r.engine.ContainerWait(ctx, c.ID, client.ContainerWaitOptions{Condition: container.WaitConditionNotRunning})
	select {
	case res := <-w.Result:
		if res.Error != nil && res.Error.Message != "" {
			return res.StatusCode, fmt.Errorf("lease %s: wait: %s", k, res.Error.Message)
		}
		return res.StatusCode, nil
	case err := <-w.Error:
		return 0, fmt.Errorf("lease %s: wait: %w", k, err)
	}
}

// List returns the status of every container of this node (Config.Owner): what a restarted node resumes.
func (r *Runtime) List(ctx context.Context) ([]*Status, error) {
	res, err := r.engine.ContainerList(ctx, client.ContainerListOptions{
		All:     true,
		Filters: make(client.Filters).Add("label", LabelOwner+"="+r.cfg.Owner),
	})
	if err != nil {
		return nil, fmt.Errorf("list containers: %w", err)
	}
	var out []*Status
	for _, s := range res.Items {
		k := LeaseKey(s.Labels[LabelLease])
		if k.validate() != nil {
			continue
		}
		c, err := r.inspect(ctx, k)
		if errors.Is(err, ErrNotFound) {
			continue // removed since the list
		}
		if err != nil {
			return nil, err
		}
		st, err := r.status(ctx, k, c, false)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}
