package runtime

import (
	"errors"
	"fmt"
)

// Sentinel errors; match them with errors.Is.
var (
	// ErrCannotStart: the job itself cannot start (image, command, limits it asks for). Returned as a
	// *StartError; the node ends the lease and refunds the renter from that moment.
	ErrCannotStart = errors.New("runtime: job cannot start")
	// ErrNotFound: this node has no container for the lease.
	ErrNotFound = errors.New("runtime: no container for the lease")
	// ErrConflict: the lease already has a container, started from another spec.
	ErrConflict = errors.New("runtime: lease already has a container for another spec")
	// ErrLimitUnsupported: the daemon cannot enforce a limit the job needs (it warned it dropped one, or has no
	// disk quota while Config.RequireDiskQuota is set).
	ErrLimitUnsupported = errors.New("runtime: the daemon cannot enforce a limit")
	// ErrInvalidRequest: a request the node built is wrong (a bad lease key, GPUs not matching the spec, a
	// missing image archive). A node bug, not the job's fault.
	ErrInvalidRequest = errors.New("runtime: invalid request")
	// ErrNotRunning: the operation needs a running container.
	ErrNotRunning = errors.New("runtime: container not running")
	// ErrTooLarge: an image or output archive passed its size limit.
	ErrTooLarge = errors.New("runtime: archive over its size limit")
	// ErrNoInit: Config.Init is set and the daemon has no init binary to run in front of jobs.
	ErrNoInit = errors.New("runtime: init: the daemon has no init binary")
)

// Stages of Start a StartError names.
const (
	StageImage  = "image"  // pulling, importing or loading the image
	StageInput  = "input"  // copying inputs into the container
	StageCreate = "create" // creating the container
	StageStart  = "start"  // starting it
)

// StartError says why a job cannot start: at which stage and the daemon's reason.
type StartError struct {
	Lease  LeaseKey
	Stage  string
	Reason string
	Err    error // the underlying error, when there is one
}

func (e *StartError) Error() string {
	return fmt.Sprintf("lease %s: job cannot start (%s): %s", e.Lease, e.Stage, e.Reason)
}

// Is makes errors.Is(err, ErrCannotStart) true.
func (e *StartError) Is(target error) bool { return target == ErrCannotStart }

func (e *StartError) Unwrap() error { return e.Err }
