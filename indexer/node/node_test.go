package node_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/node"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/testchain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/service"
)

var _ service.Failer = (*node.Node)(nil)

func setup(t *testing.T) (*testchain.Chain, node.Config) {
	t.Helper()
	c := testchain.New(t, testchain.Options{HTTP: true})
	c.Stake(1, indexer.RoleProvider, testchain.Ether(2_000))
	c.Mine()
	dir := t.TempDir()
	cfg := node.DefaultConfig()
	cfg.RPC, cfg.DeploymentFile, cfg.DB = c.HTTPEndpoint, filepath.Join(dir, "devnet.json"), filepath.Join(dir, "index.db")
	cfg.PollInterval, cfg.API.Listen = 20*time.Millisecond, "127.0.0.1:0"
	if err := deployment.Save(cfg.DeploymentFile, c.Deployment("devnet")); err != nil {
		t.Fatal(err)
	}
	return c, cfg
}

// TestNodeServesHealthOfEveryPart: a started node indexes the chain and /healthz names each of its services.
func TestNodeServesHealthOfEveryPart(t *testing.T) {
	c, cfg := setup(t)
	n, err := node.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy before start: %v", err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	head := c.Head().Number.Uint64()
	var body struct {
		Status   string            `json:"status"`
		Index    indexer.Status    `json:"index"`
		Services map[string]string `json:"services"`
	}
	deadline := time.Now().Add(20 * time.Second)
	for body.Index.Next != head+1 || body.Status != "ok" {
		if time.Now().After(deadline) {
			t.Fatalf("not caught up and healthy: %+v", body)
		}
		time.Sleep(20 * time.Millisecond)
		resp, err := http.Get(n.URL() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
	}
	for _, part := range []string{"indexer/follower", "indexer/api", "indexer/housekeeping", "indexer/db"} {
		if body.Services[part] != "ok" {
			t.Errorf("%s: %q (services %v)", part, body.Services[part], body.Services)
		}
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy after close: %v", err)
	}
}

// TestNodeUnwindsAFailedStart: when the API cannot listen, the follower already started is stopped and the
// database closed again: a second node opens the same database and starts.
func TestNodeUnwindsAFailedStart(t *testing.T) {
	_, cfg := setup(t)
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.API.Listen = taken.Addr().String()
	n, _ := node.New(cfg, zerolog.Nop())
	err = n.Start(context.Background())
	taken.Close()
	if err == nil {
		n.Close()
		t.Fatal("started on a taken port")
	}
	if err := n.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("a node that failed to start: %v", err)
	}
	// SQLite allows one writer: the first node must have let go of the file.
	db, err := sqlstore.Open(context.Background(), cfg.DB, sqlstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	cfg.API.Listen = "127.0.0.1:0"
	n2, _ := node.New(cfg, zerolog.Nop())
	if err := n2.Start(context.Background()); err != nil {
		t.Fatalf("a second node on the same database: %v", err)
	}
	n2.Close()
}

func TestConfigValidate(t *testing.T) {
	for name, mutate := range map[string]func(*node.Config){
		"no rpc":        func(c *node.Config) { c.RPC = "" },
		"no deployment": func(c *node.Config) { c.DeploymentFile = "" },
		"no db":         func(c *node.Config) { c.DB = "" },
		"bad listen":    func(c *node.Config) { c.API.Listen = "nowhere" },
	} {
		cfg := node.DefaultConfig()
		cfg.RPC, cfg.DeploymentFile = "http://127.0.0.1:8545", "devnet.json"
		mutate(&cfg)
		if _, err := node.New(cfg, zerolog.Nop()); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
