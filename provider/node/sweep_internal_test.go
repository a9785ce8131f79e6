package node

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/job"
)

// sweepStore is the part of Store the content sweep and the uploads use, in memory; it outlives the Node (a
// restart builds a new Node on it, as on the same SQLite file).
type sweepStore struct {
	Store
	mu        sync.Mutex
	leases    map[uint64]Lease
	workloads map[uint64]Workload
	specs     map[string]time.Time
	roots     []ContentRoot
}

func newSweepStore() *sweepStore {
	return &sweepStore{leases: map[uint64]Lease{}, workloads: map[uint64]Workload{}, specs: map[string]time.Time{}}
}

func (s *sweepStore) Lease(_ context.Context, id uint64) (Lease, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.leases[id]
	if !ok {
		return Lease{}, ErrNotFound
	}
	return l, nil
}

// Leases lists the open leases and those with a live workload, like the SQLite store.
func (s *sweepStore) Leases(context.Context) ([]Lease, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Lease
	for id, l := range s.leases {
		if w, ok := s.workloads[id]; !l.Closed || ok && w.Live() {
			out = append(out, l)
		}
	}
	return out, nil
}

func (s *sweepStore) Workload(_ context.Context, id uint64) (Workload, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok := s.workloads[id]
	if !ok {
		return Workload{}, ErrNotFound
	}
	return w, nil
}

func (s *sweepStore) Workloads(context.Context) ([]Workload, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Workload
	for _, w := range s.workloads {
		if w.Live() {
			out = append(out, w)
		}
	}
	return out, nil
}

func (s *sweepStore) Specs(_ context.Context, since time.Time) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for c, at := range s.specs {
		if !at.Before(since) {
			out = append(out, c)
		}
	}
	return out, nil
}

func (s *sweepStore) RecordSpec(_ context.Context, c string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.specs[c] = at
	return nil
}

func (s *sweepStore) PendingSpecs(ctx context.Context, since time.Time) (int, error) {
	l, err := s.Specs(ctx, since)
	return len(l), err
}

func (s *sweepStore) DropSpecs(_ context.Context, before time.Time) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for c, at := range s.specs {
		if at.Before(before) {
			out = append(out, c)
			delete(s.specs, c)
		}
	}
	return out, nil
}

func (s *sweepStore) RecordContent(_ context.Context, lease uint64, c string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.roots {
		if r.Lease == lease && r.CID == c {
			return nil
		}
	}
	s.roots = append(s.roots, ContentRoot{Lease: lease, CID: c, At: at})
	return nil
}

func (s *sweepStore) LeaseContent(context.Context) ([]ContentRoot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ContentRoot(nil), s.roots...), nil
}

func (s *sweepStore) ForgetContent(_ context.Context, leases []uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	gone := map[uint64]bool{}
	for _, l := range leases {
		gone[l] = true
	}
	kept := s.roots[:0]
	for _, r := range s.roots {
		if !gone[r.Lease] {
			kept = append(kept, r)
		}
	}
	s.roots = kept
	return nil
}

// sweepWorld is a node's content store on disk with two leases in it: lease 1 over (its workload done at
// ended; its input uploaded by the renter) and lease 2 open, whose input (fetched from a gateway, so reached
// only through lease 2's spec) shares a file with lease 1's.
type sweepWorld struct {
	dir                string
	st                 *sweepStore
	clock              *stepClock
	machine            cid.Cid
	spec1, spec2       cid.Cid
	in1, in2, out1     cid.Cid
	shared, onlyInput1 cid.Cid
	ended              time.Time
}

func (w *sweepWorld) node(t *testing.T, reg prometheus.Registerer) *Node {
	t.Helper()
	store, err := content.OpenStore(w.dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	n := &Node{cfg: DefaultConfig(), deps: Deps{Store: w.st, Content: store, Clock: w.clock}, log: zerolog.Nop(), metrics: m,
		pinned: map[cid.Cid]bool{}, specTTL: DefaultUploadLimits().SpecTTL}
	n.PinContent(w.machine)
	return n
}

// uploadFolder builds a folder of files elsewhere and uploads it to lease as a renter does, as a CAR.
func uploadFolder(t *testing.T, n *Node, lease uint64, files map[string][]byte) cid.Cid {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := content.NewMemoryStore()
	root, err := src.AddPath(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	var car bytes.Buffer
	if err := src.ExportCAR(ctx, root, content.ScopeAll, &car); err != nil {
		t.Fatal(err)
	}
	got, err := n.AcceptLeaseContent(ctx, lease, &car, DefaultUploadLimits())
	if err != nil || got != root {
		t.Fatalf("upload to lease %d: %s, %v", lease, got, err)
	}
	return root
}

func sweepSpec(t *testing.T, cmd string, inputs ...cid.Cid) *job.Spec {
	t.Helper()
	s := &job.Spec{Version: job.Version, Image: job.Image{Ref: "busybox"}, Command: []string{cmd}, Output: "/out",
		Resources: job.Resources{GPUs: 1, Memory: 128 << 20, MilliCPUs: 1000, Pids: 64, Disk: 256 << 20}}
	for i, c := range inputs {
		s.Inputs = append(s.Inputs, job.Input{CID: c.String(), Path: "/in" + string(rune('a'+i))})
	}
	if _, err := job.Decode(s.Encode()); err != nil {
		t.Fatalf("test spec: %v", err)
	}
	return s
}

func newSweepWorld(t *testing.T) (*sweepWorld, *Node) {
	t.Helper()
	ctx := context.Background()
	w := &sweepWorld{dir: t.TempDir(), st: newSweepStore(), clock: &stepClock{now: time.Unix(1_800_000_000, 0)}}
	shared := bytes.Repeat([]byte("weights "), 300_000) // 2.4 MB: three 1 MiB chunks, shared by CID
	only1 := bytes.Repeat([]byte("lease one "), 200_000)
	only2 := []byte("lease two's own file")
	src := content.NewMemoryStore()
	var err error
	if w.shared, err = src.AddBytes(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if w.onlyInput1, err = src.AddBytes(ctx, only1); err != nil {
		t.Fatal(err)
	}
	w.machine = job.CIDOf([]byte(`{"machine":"spec"}`))
	n := w.node(t, nil)
	if c, err := n.deps.Content.AddBytes(ctx, []byte(`{"machine":"spec"}`)); err != nil || c != w.machine {
		t.Fatalf("machine spec %s, %v", c, err)
	}
	w.st.leases[1] = Lease{ID: 1, GPUs: 1}
	w.st.leases[2] = Lease{ID: 2, GPUs: 1}
	w.in1 = uploadFolder(t, n, 1, map[string][]byte{"weights.bin": shared, "data.bin": only1})
	// Lease 2's input came from a trustless gateway (fetchDAG): not noted, reached only through its spec.
	in2Dir := t.TempDir()
	for name, b := range map[string][]byte{"weights.bin": shared, "mine.txt": only2} {
		if err := os.WriteFile(filepath.Join(in2Dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if w.in2, err = n.deps.Content.AddPath(ctx, in2Dir); err != nil {
		t.Fatal(err)
	}
	s1, s2 := sweepSpec(t, "one", w.in1), sweepSpec(t, "two", w.in2)
	for _, s := range []*job.Spec{s1, s2} {
		if c, err := n.AcceptSpec(ctx, s.Encode(), DefaultUploadLimits()); err != nil || c != s.CID() {
			t.Fatalf("accept spec: %s, %v", c, err)
		}
	}
	w.spec1, w.spec2 = s1.CID(), s2.CID()
	w.st.specs = map[string]time.Time{} // bound by their leases now
	w.st.leases[1] = Lease{ID: 1, GPUs: 1, Job: s1.Digest()}
	w.st.leases[2] = Lease{ID: 2, GPUs: 1, Job: s2.Digest()}
	// Lease 1 ran; its output is collected (as collect does: added, then noted) and the lease ended.
	outDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(outDir, "result.txt"), bytes.Repeat([]byte("result "), 200_000), 0o644); err != nil {
		t.Fatal(err)
	}
	if w.out1, err = n.deps.Content.AddPath(ctx, outDir); err != nil {
		t.Fatal(err)
	}
	for _, c := range []cid.Cid{w.spec1, w.out1} {
		if err := n.recordContent(ctx, 1, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := n.recordContent(ctx, 2, w.spec2); err != nil {
		t.Fatal(err)
	}
	w.clock.now = w.clock.now.Add(time.Hour)
	w.ended = w.clock.now
	l1 := w.st.leases[1]
	l1.Closed = true
	w.st.leases[1] = l1
	w.st.workloads[1] = Workload{Lease: 1, Phase: PhaseDone, Spec: w.spec1.String(), Output: w.out1.String(), Updated: w.ended}
	w.st.workloads[2] = Workload{Lease: 2, Phase: PhaseRunning, Spec: w.spec2.String(), Updated: w.ended}
	return w, n
}

func has(t *testing.T, n *Node, c cid.Cid) bool {
	t.Helper()
	ok, err := n.deps.Content.Has(context.Background(), c)
	if err != nil {
		t.Fatalf("has %s: %v", c, err)
	}
	return ok
}

// TestSweepReleasesALeaseAfterRetention: an ended lease's inputs, spec and output stay for the whole retention
// (the renter downloads the output, inspectors attest it, a dispute may come) and go after it; a file its input
// shares with an open lease's stays, and so does all the open lease's content and the machine spec. The bytes
// freed are counted.
func TestSweepReleasesALeaseAfterRetention(t *testing.T) {
	ctx := context.Background()
	w, _ := newSweepWorld(t)
	reg := prometheus.NewRegistry()
	n := w.node(t, reg)
	retain := n.cfg.Content.Retain

	w.clock.now = w.ended.Add(retain - time.Minute)
	res, err := n.SweepContent(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if res.Blocks != 0 || len(res.Released) != 0 {
		t.Fatalf("a minute before the retention ends the sweep removed %d blocks, released leases %v", res.Blocks, res.Released)
	}
	for name, c := range map[string]cid.Cid{"lease 1's output": w.out1, "lease 1's input": w.in1, "lease 1's spec": w.spec1} {
		if !has(t, n, c) {
			t.Errorf("%s is gone within the retention", name)
		}
	}

	w.clock.now = w.ended.Add(retain + time.Minute)
	res, err = n.SweepContent(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Released) != 1 || res.Released[0] != 1 {
		t.Errorf("released %v, want lease 1", res.Released)
	}
	for name, c := range map[string]cid.Cid{"lease 1's output": w.out1, "lease 1's input": w.in1, "lease 1's spec": w.spec1,
		"the file only lease 1's input held": w.onlyInput1} {
		if ok, _ := n.deps.Content.Blockstore().Has(ctx, c); ok {
			t.Errorf("%s is still stored past the retention", name)
		}
	}
	for name, c := range map[string]cid.Cid{"the file lease 1 shares with open lease 2": w.shared, "lease 2's input": w.in2,
		"lease 2's spec": w.spec2, "the machine spec": w.machine} {
		if !has(t, n, c) {
			t.Errorf("%s was swept", name)
		}
	}
	// Lease 1's 1.4 MB output, its 2 MB own file, its folders and spec: 3.4 MB and a little; not the 2.4 MB
	// shared file.
	if res.Blocks < 6 || res.Bytes < 3_400_000 || res.Bytes > 3_500_000 {
		t.Errorf("freed %d blocks, %d bytes: want lease 1's output, own file, folder and spec", res.Blocks, res.Bytes)
	}
	if got := testutil.ToFloat64(n.metrics.freedBytes); got != float64(res.Bytes) {
		t.Errorf("content_freed_bytes_total = %v, the sweep freed %d", got, res.Bytes)
	}
	if got := testutil.ToFloat64(n.metrics.freedBlocks); got != float64(res.Blocks) {
		t.Errorf("content_freed_blocks_total = %v, the sweep freed %d", got, res.Blocks)
	}
	roots, _ := w.st.LeaseContent(ctx)
	for _, r := range roots {
		if r.Lease != 2 {
			t.Errorf("lease %d's root %s is still noted after its content was released", r.Lease, r.CID)
		}
	}
	if len(roots) != 1 {
		t.Errorf("noted roots after the sweep: %v, want lease 2's spec", roots)
	}
	// A second sweep finds nothing more.
	if res, err := n.SweepContent(ctx, time.Hour); err != nil || res.Blocks != 0 {
		t.Errorf("a second sweep removed %d blocks (%v)", res.Blocks, err)
	}
}

// TestSweepRestartMidSweep: a node killed mid-sweep has removed some of the released blocks and not yet
// forgotten the lease's roots; the restarted node (a new Node on the same store and content folder) finishes
// the job and removes nothing live. Before the retention ends a restart removes nothing of the ended lease.
func TestSweepRestartMidSweep(t *testing.T) {
	ctx := context.Background()
	w, n := newSweepWorld(t)
	retain := n.cfg.Content.Retain

	// Restarted within the retention: nothing goes.
	w.clock.now = w.ended.Add(retain / 2)
	if res, err := w.node(t, nil).SweepContent(ctx, time.Hour); err != nil || res.Blocks != 0 {
		t.Fatalf("a restarted node within the retention removed %d blocks (%v)", res.Blocks, err)
	}

	// Past it, the first sweep is killed after removing the output's root block, before the rest (and before
	// forgetting lease 1's roots): what a kill -9 between two deletions leaves.
	w.clock.now = w.ended.Add(retain + time.Hour)
	if err := n.deps.Content.Blockstore().DeleteBlock(ctx, w.out1); err != nil {
		t.Fatal(err)
	}
	restarted := w.node(t, nil)
	res, err := restarted.SweepContent(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if res.Blocks == 0 {
		t.Error("the restarted sweep removed nothing of lease 1")
	}
	if ok, _ := restarted.deps.Content.Blockstore().Has(ctx, w.onlyInput1); ok {
		t.Error("lease 1's own input file survived the restarted sweep")
	}
	for name, c := range map[string]cid.Cid{"the shared file": w.shared, "lease 2's input": w.in2, "lease 2's spec": w.spec2,
		"the machine spec": w.machine} {
		if !has(t, restarted, c) {
			t.Errorf("%s was lost across the restart", name)
		}
	}
}

// TestSweepKeepsPendingSpecsAndUploadsOfUntakenLeases: a spec pushed before its lease stays within its TTL; an
// upload to a lease the node never took up (no workload) stays for the retention from its upload.
func TestSweepKeepsPendingSpecsAndUploadsOfUntakenLeases(t *testing.T) {
	ctx := context.Background()
	w, n := newSweepWorld(t)
	pending := sweepSpec(t, "pending")
	if _, err := n.AcceptSpec(ctx, pending.Encode(), DefaultUploadLimits()); err != nil {
		t.Fatal(err)
	}
	w.st.leases[3] = Lease{ID: 3, GPUs: 1}
	in3 := uploadFolder(t, n, 3, map[string][]byte{"x.txt": []byte("lease three")})
	l3 := w.st.leases[3]
	l3.Closed = true // closed before the node took it up: no workload
	w.st.leases[3] = l3
	if _, err := n.SweepContent(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	if !has(t, n, pending.CID()) || !has(t, n, in3) {
		t.Fatal("a pending spec within its TTL or a fresh upload was swept")
	}
	w.clock.now = w.clock.now.Add(n.cfg.Content.Retain + time.Minute)
	if _, err := n.SweepContent(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	if ok, _ := n.deps.Content.Blockstore().Has(ctx, pending.CID()); ok {
		t.Error("a spec pushed before a lease outlived its TTL")
	}
	if ok, _ := n.deps.Content.Blockstore().Has(ctx, in3); ok {
		t.Error("the upload of a lease never taken up outlived the retention")
	}
}

// TestSweepDuringUploads: sweeps running while renters upload never remove a block of an upload that
// answered: the blocks of an upload in flight are not yet noted, and the sweep waits for them.
func TestSweepDuringUploads(t *testing.T) {
	ctx := context.Background()
	w, n := newSweepWorld(t)
	w.st.leases[7] = Lease{ID: 7, GPUs: 1}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	sweeps := 0
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := n.SweepContent(ctx, time.Hour); err != nil {
				t.Error(err)
				return
			}
			sweeps++
		}
	}()
	var roots []cid.Cid
	for i := 0; i < 20; i++ {
		roots = append(roots, uploadFolder(t, n, 7, map[string][]byte{"f": bytes.Repeat([]byte{byte(i)}, 3<<20)}))
	}
	close(stop)
	wg.Wait()
	if sweeps == 0 {
		t.Fatal("no sweep ran during the uploads")
	}
	for i, c := range roots {
		if !has(t, n, c) {
			t.Errorf("upload %d (%s) lost blocks to a sweep running beside it", i, c)
		}
	}
}
