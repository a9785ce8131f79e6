package agree_test

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

const signerProcessEnv = "IDLEGRID_AGREE_SIGNER_PROCESS_DB"

// killSet is the signer set of the kill test: the child signs as member 0, two leaders ask it as 1 and 2.
func killSet(t testing.TB) ([]*keys.Signer, oracle.SignerSet) {
	ks := keysFor(t, 3, 7)
	set := oracle.SignerSet{Version: 1, Threshold: 2}
	var signers []*keys.Signer
	for _, k := range ks {
		signers = append(signers, keys.NewSigner(k))
		set.Signers = append(set.Signers, addrOf(k))
	}
	return signers, set
}

// TestSignerProcess is not a test of its own: it is the child process TestKill9NeverTwoAnswers starts and
// kills. It serves a node that would endorse any answer, so only its durable record keeps it to one.
func TestSignerProcess(t *testing.T) {
	path := os.Getenv(signerProcessEnv)
	if path == "" {
		t.Skip("runs only as the child process of TestKill9NeverTwoAnswers")
	}
	signers, set := killSet(t)
	db, err := sqlstore.Open(context.Background(), path)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	ch := &chain{set: set, decided: map[subjectKey]bool{}}
	rule := newSinceRule(false)
	rule.lying = true
	cfg := agree.DefaultConfig(domain)
	cfg.PeerRate, cfg.PeerBurst, cfg.GlobalRate, cfg.GlobalBurst = 1e6, 1e6, 1e6, 1e6
	node, err := agree.New(cfg, agree.Deps{Signer: signers[0], Store: db, Chain: ch, Peers: &peers{}, Submitter: ch,
		Rules: []agree.Rule{rule}, Log: zerolog.Nop()})
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	fmt.Printf("URL http://%s\n", ln.Addr())
	_ = http.Serve(ln, node.Handler())
}

type child struct {
	cmd *exec.Cmd
	url string
}

func startChild(t *testing.T, dbPath string) child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSignerProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), signerProcessEnv+"="+dbPath)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	select {
	case l := <-lines:
		url, ok := strings.CutPrefix(l, "URL ")
		if !ok {
			_ = cmd.Process.Kill()
			t.Fatalf("child said %q", l)
		}
		return child{cmd: cmd, url: url}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("child did not start")
	}
	return child{}
}

// TestKill9NeverTwoAnswers: a signing node is killed with SIGKILL at random moments while two leaders flood it
// with conflicting answers to the same few decisions; it is restarted on the same database each time. Across
// all lives, every signature that ever left it for a decision is over one and the same answer.
func TestKill9NeverTwoAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills child processes for ~10 s; skipped in -short")
	}
	signers, set := killSet(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "signer.db")
	pe := &peers{urls: map[common.Address]string{}}
	ch := &chain{set: set, decided: map[subjectKey]bool{}}
	var leaders []*agree.Node
	for i, s := range signers[1:] {
		db, err := sqlstore.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("leader%d.db", i)))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		cfg := fastConfig()
		cfg.RequestTimeout = 2 * time.Second
		n, err := agree.New(cfg, agree.Deps{Signer: s, Store: db, Chain: ch, Peers: pe, Submitter: ch,
			Rules: []agree.Rule{newSinceRule(false)}, Metrics: agree.NewMetrics(prometheus.NewRegistry()), Log: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		defer n.Close()
		leaders = append(leaders, n)
	}
	const decisions, answers = 12, 4
	var mu sync.Mutex
	seen := map[uint64]map[uint64]bool{} // decision → answers with a valid signature
	var signed, refused, kills atomic.Int64
	digestOf := func(d agree.Decision, v uint64) [32]byte {
		att, err := oracle.NewAttestation(escrow, d.Key(), set.Version, oracle.Breach{LeaseID: new(big.Int).SetBytes(d.Subject[:]), DownSince: v})
		if err != nil {
			t.Fatal(err)
		}
		dg, _ := att.Digest(domain)
		return dg
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	lives := 15
	for life := 0; life < lives; life++ {
		c := startChild(t, dbPath)
		pe.mu.Lock()
		pe.urls[signers[0].Address()] = c.url
		pe.mu.Unlock()
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(g), uint64(life)))
				for ctx.Err() == nil {
					i, v := uint64(r.IntN(decisions)), uint64(1+r.IntN(answers))
					d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(int64(1 + i))}
					sig, ref, err := leaders[g%2].Ask(ctx, signers[0].Address(), d, enc(v))
					switch {
					case err != nil:
					case ref != nil:
						refused.Add(1)
					default:
						who, err := oracle.RecoverSigner(digestOf(d, v), sig)
						if err != nil || who != signers[0].Address() {
							t.Errorf("signature for %d=%d does not verify: %v", i, v, err)
							continue
						}
						signed.Add(1)
						mu.Lock()
						if seen[i] == nil {
							seen[i] = map[uint64]bool{}
						}
						seen[i][v] = true
						mu.Unlock()
					}
				}
			}()
		}
		time.Sleep(time.Duration(30+rng.IntN(400)) * time.Millisecond)
		if err := c.cmd.Process.Kill(); err != nil { // SIGKILL: no deferred cleanup runs in the child
			t.Fatal(err)
		}
		_ = c.cmd.Wait()
		kills.Add(1)
		cancel()
		wg.Wait()
	}
	mu.Lock()
	defer mu.Unlock()
	for i, vs := range seen {
		if len(vs) > 1 {
			t.Errorf("decision %d: signatures over %d different answers %v", i, len(vs), vs)
		}
	}
	t.Logf("%d lives killed with SIGKILL, %d signatures released, %d conflicting requests refused, %d of %d decisions signed",
		kills.Load(), signed.Load(), refused.Load(), len(seen), decisions)
	if signed.Load() == 0 || refused.Load() == 0 || len(seen) < decisions/2 {
		t.Fatalf("the run did not exercise signing and conflicts (signed %d, refused %d, decisions %d)", signed.Load(), refused.Load(), len(seen))
	}
	// The database the child left agrees with every signature seen.
	db, err := sqlstore.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, vs := range seen {
		rec, ok, err := db.Signed(context.Background(), agree.Decision{Kind: oracle.KindBreach, Subject: lease(int64(1 + i))})
		if err != nil || !ok {
			t.Fatalf("decision %d signed but not recorded: %v", i, err)
		}
		v, _ := dec(rec.Value)
		if !vs[v] {
			t.Fatalf("decision %d recorded %d, signatures seen for %v", i, v, vs)
		}
	}
}
