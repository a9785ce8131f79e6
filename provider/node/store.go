package node

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/follow"
)

// ErrNotFound is what the Store returns for a lease or workload it does not hold.
var ErrNotFound = errors.New("not found")

// Phase is where a lease's workload stands on this node.
type Phase string

// The phases, in the order a workload goes through them. Every change is recorded before the node acts on
// it, so a restarted node resumes each workload where it stood.
const (
	// PhasePending: the lease is open but the job has not started: not confirmed yet, or waiting for its spec
	// or content.
	PhasePending Phase = "pending"
	// PhaseStarting: the node decided to start the job with the recorded spec and GPUs; a node that restarts
	// here asks the runtime again, which starts the container at most once.
	PhaseStarting Phase = "starting"
	// PhaseRunning: the container runs.
	PhaseRunning Phase = "running"
	// PhaseExited: the job ended by itself; its output was collected. The container stays (for its logs) until
	// the lease is over.
	PhaseExited Phase = "exited"
	// PhaseFailed: the job cannot run (Reason says why); the node ends the lease on chain, refunding the renter.
	PhaseFailed Phase = "failed"
	// PhaseStopping: the lease is over; the node stops the container, collects the output and removes it.
	PhaseStopping Phase = "stopping"
	// PhaseDone: nothing of the lease is left on the node but its record. Final: a lease's job is never started
	// again.
	PhaseDone Phase = "done"
)

// Workload is what the node did and does for one lease.
type Workload struct {
	Lease uint64
	Phase Phase
	// Spec is the job spec's CID; GPUs the device IDs handed to the container (both set when starting).
	Spec string
	GPUs []string
	// Reason says why the workload failed or stopped.
	Reason string
	// ExitCode is the job's exit code once it has exited.
	ExitCode *int
	// Output is the CID of the collected output folder ("" for none).
	Output string
	// StartedAt is when the container started; FinishedAt when it stopped.
	StartedAt, FinishedAt time.Time
	// EndTx is the endLease transaction sent for a failed workload (zero before).
	EndTx common.Hash
	// Attempts counts start attempts that failed for reasons other than the job (the daemon unreachable).
	Attempts int
	// Created is when the node first saw the lease confirmed; Updated the last change.
	Created, Updated time.Time
}

// Live says whether the workload may still hold something on the node.
func (w Workload) Live() bool { return w.Phase != PhaseDone }

// Store is the node's state: the followed chain (the follower's cursor and window, the provider's lease
// events and the leases they fold into) and the node's own decisions (workloads, transactions). The SQLite
// adapter is provider/node/sqlstore.
type Store interface {
	// State, Init, Window and Wipe are the follower's (follow.Store).
	State(ctx context.Context) (follow.State, bool, error)
	Init(ctx context.Context, st follow.State) error
	Window(ctx context.Context) ([]follow.BlockRef, error)
	Wipe(ctx context.Context) error
	// Apply applies a follower batch and the provider's lease events it holds, all or nothing: on a rollback it
	// drops the events above the ancestor first, then adds the new ones and refolds (Fold) every lease they
	// touch, deleting those left with no LeaseOpened.
	Apply(ctx context.Context, b *follow.Batch, events []LeaseEvent) error

	// Lease returns a lease (ErrNotFound when it does not exist, or a reorg removed it).
	Lease(ctx context.Context, id uint64) (Lease, error)
	// Leases returns every lease that is open or has a live workload, by id.
	Leases(ctx context.Context) ([]Lease, error)
	// Workload returns a lease's workload (ErrNotFound before the node took it up).
	Workload(ctx context.Context, lease uint64) (Workload, error)
	// Workloads returns every live workload (not done), and the leases of done ones are not listed.
	Workloads(ctx context.Context) ([]Workload, error)
	// SaveWorkload records w; the write is durable when it returns.
	SaveWorkload(ctx context.Context, w Workload) error

	// RecordSpec notes a job spec CID received before any lease bound it, at time at; PendingSpecs counts those
	// received since; DropSpecs forgets (and returns) those received before a time and still not bound.
	RecordSpec(ctx context.Context, cid string, at time.Time) error
	PendingSpecs(ctx context.Context, since time.Time) (int, error)
	DropSpecs(ctx context.Context, before time.Time) ([]string, error)
	// Specs lists the CIDs of the specs received since a time and still not bound.
	Specs(ctx context.Context, since time.Time) ([]string, error)

	// RecordContent notes a content root lease put in the content store (an upload, the spec it runs, its
	// output), durably, once; LeaseContent lists every root noted; ForgetContent drops the roots of leases whose
	// content was released.
	RecordContent(ctx context.Context, lease uint64, cid string, at time.Time) error
	LeaseContent(ctx context.Context) ([]ContentRoot, error)
	ForgetContent(ctx context.Context, leases []uint64) error

	// NameJob records the job spec digest the renter of lease named through the gateway (protocol v1, whose
	// LeaseOpened binds no job), once: it returns the digest named now, the earlier one when there was one.
	// NamedJob returns it for that renter (ErrNotFound when none). A lease a reorg removes loses its name.
	NameJob(ctx context.Context, lease uint64, renter common.Address, digest common.Hash, at time.Time) (common.Hash, error)
	NamedJob(ctx context.Context, lease uint64, renter common.Address) (common.Hash, error)

	// RecordTx journals a transaction the node sent; Txs lists those of a kind since a time.
	RecordTx(ctx context.Context, tx SentTx) error
	Txs(ctx context.Context, kind string, since time.Time) ([]SentTx, error)

	Close() error
}

// ContentRoot is a content root a lease put in the node's content store, and when it was noted.
type ContentRoot struct {
	Lease uint64
	CID   string
	At    time.Time
}

// SentTx is a transaction the node sent, journaled.
type SentTx struct {
	Kind    string // "settle", "withdraw", "end", "list", "metadata"
	Hash    common.Hash
	Leases  []uint64
	GasUsed uint64
	// Cost is the fee paid, in wei.
	CostWei string
	At      time.Time
}

var _ follow.Store = (*followStore)(nil)
