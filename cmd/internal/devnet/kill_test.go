package devnet_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// devnetChildEnv carries the configuration of the devnet the re-executed test binary runs (TestDevnetChild).
const devnetChildEnv = "IDLEGRID_DEVNET_CHILD"

type childJob struct {
	DataDir, DeploymentFile string
	HTTPPort, WSPort        int
}

// TestDevnetChild is the devnet process of TestKillDevnetAnywhereAndRestart (it does nothing in a normal run):
// it starts a devnet on a data directory, prints READY with how long that took and what it found, and runs
// until it is killed.
func TestDevnetChild(t *testing.T) {
	raw := os.Getenv(devnetChildEnv)
	if raw == "" {
		t.Skip("only runs as TestKillDevnetAnywhereAndRestart's child")
	}
	var job childJob
	if err := json.Unmarshal([]byte(raw), &job); err != nil {
		t.Fatal(err)
	}
	cfg := devnet.DefaultConfig()
	cfg.Chain.HTTPPort, cfg.Chain.WSPort, cfg.Chain.DataDir = job.HTTPPort, job.WSPort, job.DataDir
	cfg.Chain.Accounts, cfg.DeploymentFile = 5, job.DeploymentFile
	cfg.Chain.BlockPeriod = 200 * time.Millisecond
	n, err := devnet.New(cfg, zerolog.New(os.Stderr).Level(zerolog.InfoLevel))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		fmt.Printf("FAILED %v\n", err)
		t.Fatal(err)
	}
	info := n.Info()
	fmt.Printf("READY %d %v %d\n", info.Ready.Milliseconds(), info.Reused, n.Chain().Restored().Block)
	select {} // until killed
}

// TestKillDevnetAnywhereAndRestart kills a devnet with a data directory (SIGKILL) at random moments, during
// its set-up and after it, and restarts it on the same directory each time: every restart must be ready (it
// used to say the deployment was gone and then replace a stuck transaction forever), and a transfer confirmed
// before a kill must still be there after it (issue 13, item 1). The ready times are logged: the target
// is 5 s.
func TestKillDevnetAnywhereAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	httpPort, wsPort := devchaintest.HTTPAndWS(t)
	raw, _ := json.Marshal(childJob{DataDir: dir + "/data", DeploymentFile: dir + "/devnet.json", HTTPPort: httpPort, WSPort: wsPort})
	rng := rand.New(rand.NewPCG(3, 5))
	dev := func() []devnet.Account {
		n, _ := devnet.New(func() devnet.Config { c := devnet.DefaultConfig(); c.Chain.Accounts = 5; return c }(), zerolog.Nop())
		return n.Accounts()
	}()
	var readyTimes []string
	var confirmed *big.Int // account 2's USD balance after the last confirmed transfer
	for run := 0; run < 12; run++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDevnetChild$", "-test.v")
		cmd.Env = append(os.Environ(), devnetChildEnv+"="+string(raw))
		stdout, _ := cmd.StdoutPipe()
		var stderr strings.Builder
		cmd.Stderr = &stderr
		started := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ready := make(chan string, 1)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				if line := sc.Text(); strings.HasPrefix(line, "READY") || strings.HasPrefix(line, "FAILED") {
					ready <- line
				}
			}
			close(ready)
		}()
		// The first runs are killed during the first set-up (deploying the suite takes about a second here), later
		// ones alternately during a restart's start and after it.
		killDuringSetup := run < 3 || run%2 == 0
		if killDuringSetup {
			time.Sleep(time.Duration(100+rng.IntN(1000)) * time.Millisecond)
			select {
			case line, ok := <-ready:
				if ok && strings.HasPrefix(line, "FAILED") {
					t.Fatalf("run %d: %s\n%s", run, line, stderr.String())
				}
			default:
			}
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			continue
		}
		var line string
		select {
		case l, ok := <-ready:
			if !ok || !strings.HasPrefix(l, "READY") {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("run %d: the devnet did not start: %q\n%s", run, l, stderr.String())
			}
			line = l
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("run %d: not ready after 60 s (the restart hangs)\n%s", run, stderr.String())
		}
		readyTimes = append(readyTimes, fmt.Sprintf("%s (total %s)", strings.TrimPrefix(line, "READY "), time.Since(started).Round(10*time.Millisecond)))
		// Issue 13, item 1: a restart that reuses the persisted deployment is ready within 5 s (its own measure,
		// from Start to ready; the process start and the test binary's init are not the devnet's).
		var readyMs int64
		var reused bool
		if _, err := fmt.Sscanf(line, "READY %d %t", &readyMs, &reused); err != nil {
			t.Fatalf("run %d: READY line %q: %v", run, line, err)
		}
		if reused && readyMs > 5000 {
			t.Fatalf("run %d: the restart on the persisted deployment took %d ms to be ready, over the issue's 5 s", run, readyMs)
		}

		client, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", httpPort))
		if err != nil {
			t.Fatal(err)
		}
		d, err := deployment.Load(dir + "/devnet.json")
		if err != nil {
			t.Fatal(err)
		}
		tokens := protocol.NewTokens(protocol.NewConn(client, d, nil))
		ctx := context.Background()
		bal, err := tokens.Balance(ctx, oracle.PayUSD, dev[2].Address)
		if err != nil {
			t.Fatal(err)
		}
		// What was confirmed before the last kill is still there (the suite was not redeployed, or the balance
		// is the fresh funding of a redeployment after a kill during set-up, which confirmed nothing).
		if confirmed != nil && strings.Contains(line, " true ") && bal.Cmp(confirmed) != 0 {
			t.Fatalf("run %d: account 2 holds %s USD units, %s were confirmed before the kill", run, bal, confirmed)
		}
		// Confirm a transfer, then kill at a random moment after it.
		sub := newSubmitter(t, client, dev[1])
		if _, err := protocol.NewTokens(protocol.NewConn(client, d, sub)).Transfer(ctx, oracle.PayUSD, dev[2].Address, big.NewInt(1_000)); err != nil {
			t.Fatalf("run %d: transfer: %v\n%s", run, err, stderr.String())
		}
		if confirmed, err = tokens.Balance(ctx, oracle.PayUSD, dev[2].Address); err != nil {
			t.Fatal(err)
		}
		client.Close()
		time.Sleep(time.Duration(50+rng.IntN(1500)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	t.Logf("ready after each restart (ms, reused, restored block; total with the process start):\n  %s", strings.Join(readyTimes, "\n  "))
}
