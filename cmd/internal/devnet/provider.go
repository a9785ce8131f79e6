package devnet

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/moby/moby/client"

	"github.com/idlegrid/idlegrid/cmd/internal/providerd"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// ProviderConfig is the devnet's provider node: dev account Account runs machine "rig-1" with GPUs simulated
// GPUs, its containers on a Docker daemon.
type ProviderConfig struct {
	Enabled bool
	Account int
	GPUs    int
	// Stake is the GRID (wei) the setup stakes for the provider so the node can list its machine.
	Stake string
	// Docker is "auto" (DOCKER_HOST, else /var/run/docker.sock when it answers, else a throwaway dockerd
	// started with scripts/dockerd when running as root), "none", or a daemon host (unix:///…).
	Docker string
	// Listen is the node's gateway address (renters' lease shell|logs|forward|status reach it).
	Listen string
	// Prover, when set, wraps each simulated GPU's proof backend (tests make the node forge its answers).
	Prover func(uuid string, b proof.Backend) proof.Backend
}

// DefaultProviderConfig is dev account 1 with four simulated GPUs on 127.0.0.1:8549, off (the CLI turns it on).
func DefaultProviderConfig() ProviderConfig {
	return ProviderConfig{Enabled: false, Account: 1, GPUs: 4, Stake: "500000000000000000000", Docker: "auto", Listen: "127.0.0.1:8549"}
}

// DevImage is the image the devnet imports when it can (a busybox root filesystem): a shell for the README
// walk-through's job without a registry.
const DevImage = "idlegrid/devnet:1"

// providerService is the devnet's provider node, built once the suite is deployed.
func (n *Node) providerService(d *deployment.Deployment) service.Service {
	return service.Build("provider", func(ctx context.Context) (service.Service, error) {
		pc := n.cfg.Provider
		n.mu.Lock()
		host := n.dockerHost
		n.mu.Unlock()
		if host == "" {
			n.log.Warn().Msg("no Docker daemon: the devnet runs no provider node; leases still work on chain, but no container runs (give --docker HOST, or run as root with dockerd installed)")
			return nil, nil
		}
		accts := n.Accounts()
		if pc.Account < 1 || pc.Account >= len(accts) || accts[pc.Account].Role != RoleUser {
			return nil, fmt.Errorf("devnet: provider account %d: must be a free dev account", pc.Account)
		}
		signer := keys.NewSigner(accts[pc.Account].Key)
		client, err := n.chain.Client()
		if err != nil {
			return nil, err
		}
		if err := n.stakeProvider(ctx, *d, signer); err != nil {
			return nil, err
		}
		cfg := providerd.DefaultConfig()
		dir := n.cfg.Chain.DataDir
		if dir == "" {
			if dir, err = os.MkdirTemp("", "idlegrid-devnet-provider-"); err != nil {
				return nil, err
			}
			n.cleanup = append(n.cleanup, func() { os.RemoveAll(dir) })
		} else {
			dir = filepath.Join(dir, "provider")
		}
		cfg.Node.DataDir, cfg.Node.Docker, cfg.Node.Listen, cfg.Node.Ops = dir, host, pc.Listen, ""
		cfg.Node.Owner, cfg.Node.GPUDriver, cfg.Node.MemoryGiB, cfg.Node.DiskGiB, cfg.Node.MilliCPUs = "devnet", "sim", 4, 8, 2000
		cfg.Machine.GPUs, cfg.Machine.Endpoint, cfg.Machine.Region = fmt.Sprintf("sim:%d", pc.GPUs), pc.Listen, "devnet"
		cfg.Chain.Confirmations, cfg.Chain.FinalityDepth = 0, 8
		cfg.Withdraw.Every = 0 // the walk-through withdraws by hand
		cfg.Prover = pc.Prover
		// At the devnet's --log-level like its other parts: forced to info, the node's prover logged every
		// inspector challenge over the devnet's banner.
		log := n.log.With().Str("node", "provider").Logger()
		pn, err := providerd.Build(ctx, cfg, signer, client, *d, log)
		if err != nil {
			return nil, err
		}
		p := &providerNode{node: pn}
		n.mu.Lock()
		n.info.Provider = ProviderInfo{Account: pc.Account, Address: signer.Address(), Machine: cfg.Machine.Name, Gateway: pc.Listen,
			Image: n.devImage}
		n.provider = p
		n.mu.Unlock()
		return p, nil
	})
}

// providerNode is the running provider node, which a test may stop while the devnet runs (as a machine that
// goes down): stopped on purpose, it is not unhealthy, and the devnet's Close does not close it twice.
type providerNode struct {
	node *providerd.Node

	mu      sync.Mutex
	stopped bool
}

func (p *providerNode) Name() string                    { return "provider" }
func (p *providerNode) Start(ctx context.Context) error { return p.node.Start(ctx) }

// Stop closes the node: its gateway stops answering, its containers stay as the daemon left them.
func (p *providerNode) Stop() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return nil
	}
	p.stopped = true
	return p.node.Close()
}

func (p *providerNode) Close() error { return p.Stop() }

func (p *providerNode) Healthy() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return nil
	}
	return p.node.Healthy()
}

// HealthReport implements service.HealthReporter: the node's parts (none once stopped on purpose).
func (p *providerNode) HealthReport() map[string]error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return map[string]error{"provider": nil}
	}
	return p.node.HealthReport()
}

// ProviderMachine is the provider node's machine id and its key's signer (ok false when no provider node runs).
func (n *Node) ProviderMachine() (machine common.Hash, key *keys.Signer, ok bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.provider == nil {
		return common.Hash{}, nil, false
	}
	accts := n.Accounts()
	key = keys.NewSigner(accts[n.cfg.Provider.Account].Key)
	return protocol.MachineID(key.Address(), n.info.Provider.Machine), key, true
}

// StopProvider stops the devnet's provider node (a machine going down, for tests); the rest keeps running.
func (n *Node) StopProvider() error {
	n.mu.Lock()
	p := n.provider
	n.mu.Unlock()
	if p == nil {
		return errors.New("devnet: no provider node runs")
	}
	return p.Stop()
}

// stakeProvider stakes the provider's GRID once (a persistent devnet keeps it).
func (n *Node) stakeProvider(ctx context.Context, d deployment.Deployment, signer *keys.Signer) error {
	client, err := n.chain.Client()
	if err != nil {
		return err
	}
	sealing, stop := n.sealOnSend(client)
	defer stop()
	cfg := chain.DefaultConfig()
	cfg.PollInterval = n.cfg.PollInterval
	sub, err := chain.NewSubmitter(cfg, sealing, signer, new(big.Int).SetUint64(n.cfg.Chain.ChainID), protocol.Errors(), n.log)
	if err != nil {
		return err
	}
	conn := protocol.NewConn(sealing, d, sub)
	info, err := protocol.NewStaking(conn).Info(ctx, signer.Address(), oracle.RoleProvider)
	if err != nil {
		return err
	}
	want, ok := new(big.Int).SetString(n.cfg.Provider.Stake, 10)
	if !ok || info.Active.Cmp(want) >= 0 {
		return nil
	}
	_, err = protocol.NewStaking(conn).Stake(ctx, oracle.RoleProvider, new(big.Int).Sub(want, info.Active))
	return err
}

// docker finds the daemon the provider node uses ("" for none), importing the devnet image into it.
func (n *Node) docker(ctx context.Context) (string, error) {
	want := n.cfg.Provider.Docker
	switch want {
	case "none":
		return "", nil
	case "", "auto":
	default:
		return want, n.importImage(ctx, want)
	}
	for _, h := range []string{os.Getenv("DOCKER_HOST"), "unix:///var/run/docker.sock"} {
		if h != "" && ping(ctx, h) == nil {
			return h, n.importImage(ctx, h)
		}
	}
	if os.Geteuid() != 0 {
		return "", nil
	}
	script, err := findScript()
	if err != nil {
		n.log.Warn().Err(err).Msg("no scripts/dockerd: cannot start a throwaway dockerd")
		return "", nil
	}
	if err := exec.Command(script, "ensure").Run(); err != nil {
		n.log.Warn().Err(err).Msg("no dockerd to start")
		return "", nil
	}
	dir, err := os.MkdirTemp("/tmp", "igd.")
	if err != nil {
		return "", err
	}
	out, err := exec.CommandContext(ctx, script, "start", dir).Output()
	if err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("devnet: start dockerd: %w", err)
	}
	host := strings.TrimSpace(string(out))
	n.cleanup = append(n.cleanup, func() { _ = exec.Command(script, "stop", dir).Run() })
	n.log.Info().Str("docker", host).Msg("started a throwaway dockerd for the provider node")
	return host, n.importImage(ctx, host)
}

func ping(ctx context.Context, host string) error {
	c, err := client.New(client.WithHost(host))
	if err != nil {
		return err
	}
	defer c.Close()
	pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	_, err = c.Ping(pctx, client.PingOptions{NegotiateAPIVersion: true})
	return err
}

// findScript finds scripts/dockerd above the working directory.
func findScript() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "scripts", "dockerd")
		if st, err := os.Stat(p); err == nil && st.Mode()&0o111 != 0 {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("scripts/dockerd not found above the working directory")
		}
		dir = parent
	}
}

// importImage imports DevImage, a busybox root filesystem, when the host has a static busybox and the daemon
// lacks the image.
func (n *Node) importImage(ctx context.Context, host string) error {
	c, err := client.New(client.WithHost(host))
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ImageInspect(ctx, DevImage); err == nil {
		n.devImage = DevImage
		return nil
	}
	var bb string
	for _, p := range []string{"/bin/busybox", "/usr/bin/busybox"} {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			bb = p
			break
		}
	}
	if bb == "" {
		n.log.Info().Msg("no static busybox on this host: jobs need a registry image (e.g. docker.io/library/busybox)")
		return nil
	}
	tarball, err := busyboxRootfs(bb)
	if err != nil {
		return err
	}
	res, err := c.ImageImport(ctx, client.ImageImportSource{Source: bytes.NewReader(tarball), SourceName: "-"}, DevImage, client.ImageImportOptions{})
	if err != nil {
		return fmt.Errorf("devnet: import %s: %w", DevImage, err)
	}
	defer res.Close()
	if _, err := io.Copy(io.Discard, res); err != nil {
		return err
	}
	n.devImage = DevImage
	return nil
}

// busyboxRootfs is a root filesystem of busybox and its applets as links: a shell and the usual tools.
func busyboxRootfs(path string) ([]byte, error) {
	bin, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(bin[:min(len(bin), 4096)], []byte("ld-linux")) {
		return nil, fmt.Errorf("%s is not static", path)
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	now := time.Unix(0, 0)
	for _, d := range []string{"bin/", "tmp/", "root/", "etc/", "out/"} {
		mode := int64(0o755)
		if d == "tmp/" || d == "out/" {
			mode = 0o1777
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d, Mode: mode, ModTime: now}); err != nil {
			return nil, err
		}
	}
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "bin/busybox", Mode: 0o755, Size: int64(len(bin)), ModTime: now}); err != nil {
		return nil, err
	}
	if _, err := tw.Write(bin); err != nil {
		return nil, err
	}
	for _, a := range []string{"sh", "ash", "ls", "cat", "echo", "sleep", "ps", "top", "env", "mkdir", "rm", "cp", "mv", "uname", "id",
		"hostname", "df", "free", "wget", "nc", "httpd", "date", "grep", "head", "tail", "wc", "seq", "vi", "less", "true", "false", "tee", "touch"} {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeSymlink, Name: "bin/" + a, Linkname: "busybox", ModTime: now}); err != nil {
			return nil, err
		}
	}
	passwd := []byte("root:x:0:0:root:/root:/bin/sh\n")
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "etc/passwd", Mode: 0o644, Size: int64(len(passwd)), ModTime: now}); err != nil {
		return nil, err
	}
	if _, err := tw.Write(passwd); err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ControlAPI is the devnet's own JSON-RPC namespace ("devnet"), served on the chain's HTTP endpoint beside
// eth, net and web3: what a walk-through needs to do to the devnet's services from a second terminal.
type ControlAPI struct{ n *Node }

// StopProvider (devnet_stopProvider) stops the devnet's provider node, as a machine going down: its gateway
// and inspector surface stop answering, the chain and the inspectors keep running.
func (a ControlAPI) StopProvider() error { return a.n.StopProvider() }
