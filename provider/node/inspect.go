package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// Leased says whether a lease holds GPU uuid now (a live workload has it): the challenge session refuses
// such a GPU, and its receipt answers for it instead.
func (n *Node) Leased(uuid string) bool {
	ws, err := n.deps.Store.Workloads(context.Background())
	if err != nil {
		return true // cannot tell: do not let a challenge take a GPU a renter may be using
	}
	for _, w := range ws {
		for _, g := range w.GPUs {
			if g == uuid && w.Phase != PhasePending {
				return true
			}
		}
	}
	return false
}

// Receipts implements liveness.ReceiptSource: one signed-over receipt per leased GPU of the machine, with
// whether its container runs and the GPU's utilisation and energy counter from the inventory (NVML).
func (n *Node) Receipts(ctx context.Context, machine common.Hash) ([]liveness.GPUReceipt, error) {
	if machine != n.cfg.Machine {
		return nil, nil
	}
	ws, err := n.deps.Store.Workloads(ctx)
	if err != nil {
		return nil, err
	}
	var out []liveness.GPUReceipt
	for _, w := range ws {
		if w.Phase == PhasePending || len(w.GPUs) == 0 {
			continue
		}
		running := false
		if w.Phase == PhaseRunning {
			if st, err := n.deps.Runtime.Status(ctx, n.Key(w.Lease), false); err == nil {
				running = st.Running
			}
		}
		for _, u := range w.GPUs {
			r := liveness.GPUReceipt{UUID: u, LeaseID: new(big.Int).SetUint64(w.Lease), ContainerRunning: running}
			if t, err := n.deps.GPUs.Telemetry(ctx, u); err == nil {
				r.UtilizationPct = uint8(min(t.UtilizationGPU, liveness.MaxUtilization))
				r.EnergyMJ = t.EnergyMillijoules
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// Result implements liveness.ResultSource: the CID of the output folder lease's job left, once the job has
// ended (exited by itself, or stopped with its lease) and its output was collected. The inspectors fetch the
// content at that CID from this node's content gateway before they attest the completion.
func (n *Node) Result(ctx context.Context, machine common.Hash, lease *big.Int) (string, error) {
	if machine != n.cfg.Machine || !lease.IsUint64() {
		return "", liveness.ErrNoResult
	}
	w, err := n.deps.Store.Workload(ctx, lease.Uint64())
	switch {
	case errors.Is(err, ErrNotFound):
		return "", liveness.ErrNoResult
	case err != nil:
		return "", fmt.Errorf("result of lease %s: %w", lease, err)
	}
	switch w.Phase {
	case PhaseExited, PhaseStopping, PhaseDone:
		if w.Output != "" {
			return w.Output, nil
		}
	}
	return "", liveness.ErrNoResult
}

var (
	_ liveness.ReceiptSource = (*Node)(nil)
	_ liveness.ResultSource  = (*Node)(nil)
)
