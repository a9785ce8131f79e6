// Package runtime owns a lease's container on the provider's machine: it turns a validated job spec into one
// container with hard limits and nothing more, and gives the node and the renter gateway what they need to
// reach it (logs, exec with or without a TTY, a connection to a published port, status with resource use),
// then stops it within a deadline, collects its output folder and removes everything it created.
//
// It talks to dockerd, or podman's Docker-compatible socket, through the Docker Engine API
// (github.com/moby/moby/client), behind the Engine interface. What it guarantees:
//
//   - No container without limits: memory (swap disabled), CPU quota and pids limit are set on every
//     container, and a daemon that warns it dropped one of them gets the container removed and
//     ErrLimitUnsupported back. The disk limit is applied as a storage quota where the storage driver
//     supports one (overlay2 on xfs with pquota, btrfs, zfs); elsewhere the writable layer's size is reported
//     in Status and the node enforces it, unless Config.RequireDiskQuota refuses to run.
//   - Only the leased GPUs: the device request names the leased device IDs (the nvidia driver) or their CDI
//     names, and NVIDIA_VISIBLE_DEVICES is pinned to them ("void" with none), so an image or a default nvidia
//     runtime cannot widen it.
//   - One container per lease: the container, its network and any imported image are named after the node
//     (Config.Owner) and the lease and labelled with both and the spec's CID. Start is idempotent per lease: a
//     second Start with the same spec returns the existing container, never a second one; a restarted node
//     finds its containers with List.
//   - Nothing half-started: a Start that fails removes what it created. A failure the job causes (an image
//     that cannot be pulled, imported or started, a command that does not exist) is a *StartError wrapping
//     ErrCannotStart, with the daemon's reason; the node ends the lease with a refund. Other errors (the
//     daemon unreachable, a cancelled context) are returned as they are, for the node to retry.
//   - Its own network per lease (a bridge named after the lease), ports published on Config.HostIP on host
//     ports the daemon picks free.
//   - A stop that ends the job: with Config.Init (the default) the daemon's init (docker-init, tini) is PID 1
//     in front of the job, so a job that never set up SIGTERM dies of it instead of waiting out the grace for
//     SIGKILL, and orphaned processes are reaped instead of holding pids under the limit. Start refuses a
//     daemon without an init binary (ErrNoInit) rather than run jobs as PID 1 unasked.
//
// What it must never do: decode or fetch specs or content (the node hands it a validated job.Spec and openers
// for image and input archives, from oracle/content), touch the chain, or act on containers, networks or
// images that do not carry its owner's labels.
package runtime
