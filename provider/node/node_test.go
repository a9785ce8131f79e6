package node_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/node"
)

// TestFold: events in any order fold into the same lease; an extension moves the end, settles add up, a
// breach after a close wins, and no LeaseOpened means no lease.
func TestFold(t *testing.T) {
	open := node.LeaseEvent{Block: 5, Kind: node.EventOpened, Lease: 3, GPUs: 2, Rate: big.NewInt(10), EndsAt: 100, Time: 40,
		Job: common.HexToHash("0x01")}
	ext := node.LeaseEvent{Block: 6, Kind: node.EventExtended, Lease: 3, EndsAt: 200}
	s1 := node.LeaseEvent{Block: 7, Kind: node.EventSettled, Lease: 3, Amount: big.NewInt(100), At: 50}
	s2 := node.LeaseEvent{Block: 8, Kind: node.EventSettled, Lease: 3, Amount: big.NewInt(200), At: 70}
	set := node.LeaseEvent{Block: 8, Index: 1, Kind: node.EventJobSet, Lease: 3, Job: common.HexToHash("0x02")}
	cl := node.LeaseEvent{Block: 9, Kind: node.EventClosed, Lease: 3, Reason: oracle.CloseRenterClosed, At: 80}
	br := node.LeaseEvent{Block: 9, Index: 1, Kind: node.EventBreached, Lease: 3, Reason: oracle.CloseBreached, At: 60}
	l, ok := node.Fold([]node.LeaseEvent{br, s2, ext, open, cl, s1, set})
	if !ok || l.EndsAt != 200 || l.Settled.Int64() != 300 || l.SettledAt != 70 || !l.Closed || l.Reason != oracle.CloseBreached ||
		l.ClosedAt != 60 || l.Job != common.HexToHash("0x01") || l.OpenedBlock != 5 {
		t.Fatalf("%+v %v", l, ok)
	}
	if _, ok := node.Fold([]node.LeaseEvent{ext, s1, cl}); ok {
		t.Fatal("a lease without LeaseOpened")
	}
	// A job named after an open without one.
	open.Job = common.Hash{}
	if l, _ := node.Fold([]node.LeaseEvent{open, set}); l.Job != set.Job {
		t.Fatalf("job %s", l.Job)
	}
}

// TestJobCIDs: the lease's digest names the spec's CID and back; other CIDs are refused.
func TestJobCIDs(t *testing.T) {
	spec := &job.Spec{Version: job.Version, Image: job.Image{Ref: "x"}, Resources: job.Resources{Memory: 64 << 20, MilliCPUs: 100, Pids: 16, Disk: 64 << 20}}
	d := common.Hash(spec.Digest())
	if c := node.JobCIDOf(d); c != spec.CID() {
		t.Fatalf("CID %s, want %s", c, spec.CID())
	}
	back, err := node.DigestOf(spec.CID())
	if err != nil || back != d {
		t.Fatalf("digest %s: %v", back, err)
	}
	l := node.Lease{Job: d}
	if c, ok := l.JobCID(); !ok || c != spec.CID() {
		t.Fatalf("lease job %s %v", c, ok)
	}
	if _, ok := (node.Lease{}).JobCID(); ok {
		t.Fatal("a zero digest names a job")
	}
}

// TestPlanSettle: an open lease is never settled before its end (protocol v2 holds its pay until it closes);
// an ended one always is; closed ones are skipped; the batch is capped.
func TestPlanSettle(t *testing.T) {
	p := node.DefaultSettlePolicy()
	p.MaxBatch = 2
	cost := func(wei int64) func(int) (*big.Int, error) {
		return func(int) (*big.Int, error) { return big.NewInt(wei), nil }
	}
	usdLease := func(id uint64, rate int64, settledAt, endsAt uint64) node.Lease {
		return node.Lease{ID: id, Pay: oracle.PayUSD, Rate: big.NewInt(rate), SettledAt: settledAt, EndsAt: endsAt, Settled: new(big.Int)}
	}
	const now = 200_000
	gas := int64(1e14) // 0.0001 ETH = 0.30 USD at 3000
	for _, tc := range []struct {
		name   string
		leases []node.Lease
		want   []uint64
	}{
		{"nothing accrued", []node.Lease{usdLease(1, 1000, now, now+100)}, nil},
		// Protocol v2 credits an open lease nothing: however much it accrued, or however long ago its last
		// settle, only its end makes settling it worth anything.
		{"accrued, open", []node.Lease{usdLease(1, 1000, now-3600, now+100)}, nil},
		{"old, open", []node.Lease{usdLease(1, 1, now-uint64(25*time.Hour/time.Second), now+100)}, nil},
		{"ended", []node.Lease{usdLease(1, 1, now-10, now-5)}, []uint64{1}},
		{"ended at this second", []node.Lease{usdLease(1, 1, now-10, now)}, []uint64{1}},
		{"closed ones skipped, batch capped", []node.Lease{{ID: 9, Closed: true}, usdLease(1, 1, now-10, now-5), usdLease(2, 1, now-10, now-5),
			usdLease(3, 1, now-10, now-5)}, []uint64{1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plan, err := p.PlanSettle(tc.leases, now, cost(gas))
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Leases) != len(tc.want) {
				t.Fatalf("plan %+v, want %v", plan, tc.want)
			}
			for i := range tc.want {
				if plan.Leases[i] != tc.want[i] {
					t.Fatalf("plan %+v, want %v", plan, tc.want)
				}
			}
		})
	}
	if a := node.Accrued(usdLease(1, 7, 100, 150), 200); a.Int64() != 350 {
		t.Fatalf("accrual past the end: %s", a)
	}
}
