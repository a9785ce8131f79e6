package runtime_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/runtime"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

// BenchmarkRunToRunning measures Run, from the call to the container running, with the image present
// (scripts/test's figure: go test -bench RunToRunning -benchtime 25x ./provider/runtime/). The baseline in
// the same run is the bare daemon: ContainerCreate + ContainerStart of the same image with the same limits and
// no network of its own. Reported: p50 and p90 of each and the p50 ratio.
func BenchmarkRunToRunning(b *testing.B) {
	c := dockertest.Client(b)
	image := dockertest.ImportWorkload(b, c)
	cfg := runtime.DefaultConfig()
	cfg.Owner = fmt.Sprintf("bench%d", time.Now().UnixNano()%1e6)
	rt, err := runtime.New(c, cfg, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if err := rt.Start(ctx); err != nil {
		b.Fatal(err)
	}
	spec := &job.Spec{
		Version: job.Version, Image: job.Image{Ref: image}, Entrypoint: []string{"/workload"}, Command: []string{"sleep", "600"},
		Resources: job.Resources{Memory: 128 << 20, MilliCPUs: 1000, Pids: 64, Disk: 256 << 20},
	}
	var ours, bare []time.Duration
	pids := spec.Resources.Pids
	for i := 0; b.Loop(); i++ {
		lease := runtime.LeaseKey(fmt.Sprintf("b%d", i))
		began := time.Now()
		st, err := rt.Run(ctx, runtime.StartRequest{Lease: lease, Spec: spec})
		if err != nil || !st.Running {
			b.Fatalf("run: %v %+v", err, st)
		}
		ours = append(ours, time.Since(began))

		began = time.Now()
		res, err := c.ContainerCreate(ctx, client.ContainerCreateOptions{
			Config: &container.Config{Image: image, Entrypoint: spec.Entrypoint, Cmd: spec.Command},
			HostConfig: &container.HostConfig{NetworkMode: "none", Resources: container.Resources{
				Memory: spec.Resources.Memory, MemorySwap: spec.Resources.Memory, NanoCPUs: spec.Resources.MilliCPUs * 1e6, PidsLimit: &pids}},
		})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.ContainerStart(ctx, res.ID, client.ContainerStartOptions{}); err != nil {
			b.Fatal(err)
		}
		bare = append(bare, time.Since(began))

		b.StopTimer()
		if err := rt.Remove(ctx, lease); err != nil {
			b.Fatal(err)
		}
		if _, err := c.ContainerRemove(ctx, res.ID, client.ContainerRemoveOptions{Force: true}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	p := func(d []time.Duration, q float64) time.Duration {
		s := slices.Clone(d)
		slices.Sort(s)
		return s[int(q*float64(len(s)-1))]
	}
	b.ReportMetric(float64(p(ours, 0.5).Milliseconds()), "run-p50-ms")
	b.ReportMetric(float64(p(ours, 0.9).Milliseconds()), "run-p90-ms")
	b.ReportMetric(float64(p(bare, 0.5).Milliseconds()), "bare-p50-ms")
	b.ReportMetric(float64(p(bare, 0.9).Milliseconds()), "bare-p90-ms")
	b.ReportMetric(float64(p(ours, 0.5))/float64(p(bare, 0.5)), "p50-ratio")
	b.Logf("%d runs: Run p50 %s p90 %s; bare create+start p50 %s p90 %s", len(ours), p(ours, 0.5), p(ours, 0.9), p(bare, 0.5), p(bare, 0.9))
}
