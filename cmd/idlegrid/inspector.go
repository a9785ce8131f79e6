package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/cmd/internal/configfile"
	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/cmd/internal/inspectord"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/service"
)

var (
	inspectorConfigFlag = &cli.StringFlag{
		Name:     "config",
		Usage:    "the inspector node's config `FILE` (TOML, written by `idlegrid inspector init`)",
		Value:    filepath.Join(filepath.Dir(defaultKeystore()), "inspector.toml"),
		EnvVars:  []string{"IDLEGRID_INSPECTOR_CONFIG"},
		Category: "INSPECTOR",
	}
	inspectorDevFlag = &cli.BoolFlag{Name: "dev", Usage: "write a dev chain's cadences (checks every 2 s, k = 2, a fixed $0.50 GRID price, simulated GPUs admitted)",
		Category: "INSPECTOR"}
	// Overrides of the file, each with its environment variable.
	inspectorListenFlag = &cli.StringFlag{Name: "listen", Usage: "`ADDR` of the agreement endpoint peers reach (node.listen)",
		EnvVars: []string{"IDLEGRID_INSPECTOR_LISTEN"}, Category: "INSPECTOR"}
	inspectorOpsFlag = &cli.StringFlag{Name: "ops", Usage: "`ADDR` of /healthz and /metrics (node.ops; \"\" for none)",
		EnvVars: []string{"IDLEGRID_INSPECTOR_OPS"}, Category: "INSPECTOR"}
	inspectorDataDirFlag = &cli.StringFlag{Name: "data-dir", Usage: "the node's `DIR` (node.data_dir)",
		EnvVars: []string{"IDLEGRID_INSPECTOR_DATA_DIR"}, Category: "INSPECTOR"}
	inspectorPeerFlag = &cli.StringSliceFlag{Name: "peer", Usage: "another inspector's agreement endpoint, `ADDRESS=URL` (repeat; added to peers)",
		EnvVars: []string{"IDLEGRID_INSPECTOR_PEERS"}, Category: "INSPECTOR"}
	inspectorGatewayFlag = &cli.StringSliceFlag{Name: "content-gateway", Usage: "trustless gateway `URL` machine specs are fetched from (repeat; replaces node.content_gateways)",
		EnvVars: []string{"IDLEGRID_CONTENT_GATEWAYS"}, Category: "INSPECTOR"}
	inspectorFinalityFlag = &cli.Uint64Flag{Name: "finality-depth", Usage: "blocks after which leases and listings are acted on (`N`, chain.finality_depth)",
		EnvVars: []string{"IDLEGRID_INSPECTOR_FINALITY_DEPTH"}, Category: "INSPECTOR"}
)

// The devnet's inspector options.
var (
	devnetInspectorNodesFlag = &cli.IntFlag{Name: "inspector-nodes", Value: 3, Category: "DEVNET",
		Usage: "run `N` of the three dev inspectors as inspector nodes (k = 2): they check the listed machines, breach leases of machines that stop answering and keep the GRID price posted (0: none)"}
	devnetSimProviderFlag = &cli.BoolFlag{Name: "sim-provider", Category: "DEVNET",
		Usage: "list sim-1, a machine of 2 simulated GPUs of dev account 1 whose liveness and proof-of-compute endpoints the devnet serves, for the inspector nodes to check"}
)

// devnetInspectorOptions applies the devnet's inspector flags.
func devnetInspectorOptions(c *cli.Context, cfg *devnet.Config) error {
	k := c.Int(devnetInspectorNodesFlag.Name)
	if k < 0 || k > cfg.Inspectors {
		return usageError("--%s %d: 0 to %d (the dev inspectors)", devnetInspectorNodesFlag.Name, k, cfg.Inspectors)
	}
	cfg.InspectorNodes = k
	cfg.SimProvider.Enabled = c.Bool(devnetSimProviderFlag.Name)
	return nil
}

// printDevnetInspectors says which inspector nodes run and what the sim provider lists.
func printDevnetInspectors(w io.Writer, n *devnet.Node) error {
	nodes := n.Inspectors()
	if len(nodes) > 0 {
		fmt.Fprintf(w, "\nInspector nodes (k = 2): they check listed machines whose spec names an endpoint, breach leases of machines that stop answering, post the GRID price\n")
		for _, nd := range nodes {
			fmt.Fprintf(w, "  %s\tagreement on %s\n", nd.Address().Hex(), nd.PeerURL())
		}
	}
	if sim := n.SimProvider(); sim != nil {
		_, err := fmt.Fprintf(w, "\nSim provider: machine %s of %s (2 simulated GPUs) served on %s\n", sim.Machine().Hex(), sim.Provider().Hex(), sim.URL())
		return err
	}
	return nil
}

func inspectorCommand() *cli.Command {
	return &cli.Command{
		Name:  "inspector",
		Usage: "run an inspector node: check providers, agree k-of-n with the other inspectors, post breaches and the GRID price",
		Subcommands: []*cli.Command{
			{Name: "init", Usage: "make an inspector key in the keystore (or use --account's) and write a commented config file for it",
				Description: `Refuses to overwrite an existing config file. The key's password comes from --password-file or
--password-env, or is asked on the terminal. Stake the key as an inspector and have governance add it to
the signer set, then run the node with ` + "`idlegrid inspector run`" + `.`,
				Flags:  []cli.Flag{inspectorConfigFlag, inspectorDevFlag, jsonFlag, keystoreFlag, accountFlag, passwordFileFlag, passwordEnvFlag, lightKDFFlag},
				Action: action(inspectorInit)},
			{Name: "run", Usage: "run the inspector node until Ctrl-C (flags and IDLEGRID_* variables override the config file)",
				Description: `Follows the chain, checks the machines the assignment gives this node (liveness about once a minute,
proof of compute at listing and at random while idle, signed receipts of leased GPUs), agrees with the
other inspectors and posts what k of them signed. A restart (also after kill -9) loses and repeats nothing:
the checks and every signed answer are in the node's SQLite files.`,
				Flags: withChainFlags(inspectorConfigFlag, inspectorListenFlag, inspectorOpsFlag, inspectorDataDirFlag, inspectorPeerFlag,
					inspectorGatewayFlag, inspectorFinalityFlag),
				Action: action(inspectorRun)},
		},
	}
}

// devInspectorConfig is a dev chain's inspector: node.DevConfig's cadences, a fixed $0.50 price.
func devInspectorConfig() inspectord.Config {
	cfg := inspectord.DefaultConfig()
	dc := node.DevConfig()
	cfg.Chain.FinalityDepth = dc.FinalityDepth
	cfg.Node.AllowSimulated = true
	cfg.Checks = inspectord.ChecksConfig{K: dc.Policy.K, Spare: dc.Policy.Spare, Epoch: inspectord.Duration(dc.Epoch),
		LivenessEvery: inspectord.Duration(dc.Schedule.LivenessEvery), ComputeMin: inspectord.Duration(dc.Schedule.ComputeMin),
		ComputeMax: inspectord.Duration(dc.Schedule.ComputeMax), FirstCompute: inspectord.Duration(dc.Schedule.FirstCompute),
		FailuresNeeded: dc.FailuresNeeded, Fresh: inspectord.Duration(dc.Fresh), Timeout: inspectord.Duration(dc.CheckTimeout),
		Concurrency: dc.CheckConcurrency}
	cfg.Agreement = inspectord.AgreementConfig{RoundTimeout: inspectord.Duration(dc.RoundTimeout), RequestTimeout: inspectord.Duration(dc.RequestTimeout),
		DutyEvery: inspectord.Duration(dc.DutyEvery), DisputeWindow: inspectord.Duration(dc.DisputeWindow)}
	cfg.Price.Bucket, cfg.Price.FixedUSD = inspectord.Duration(dc.PriceBucket), "0.5"
	return cfg
}

func inspectorInit(c *cli.Context, _ []string) error {
	path := c.String(inspectorConfigFlag.Name)
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists: edit it, or remove it to write a new one (init never overwrites a config file)", path)
	}
	cfg := inspectord.DefaultConfig()
	if c.Bool(inspectorDevFlag.Name) {
		cfg = devInspectorConfig()
	}
	dir := flagString(c, keystoreFlag)
	var addr common.Address
	created := false
	if a := flagString(c, accountFlag); a != "" {
		if !common.IsHexAddress(a) {
			return usageError("--account %q: not an address", a)
		}
		addr = common.HexToAddress(a)
		have, err := keys.Accounts(dir)
		if err != nil {
			return err
		}
		found := false
		for _, h := range have {
			found = found || h == addr
		}
		if !found {
			return usageError("--account %s: not in the keystore %s", addr.Hex(), dir)
		}
	} else {
		pw, err := newPassword(c)
		if err != nil {
			return err
		}
		if addr, err = keys.NewAccount(dir, pw, kdf(c)); err != nil {
			return err
		}
		created = true
	}
	cfg.Account = inspectord.AccountConfig{Keystore: dir, Address: addr.Hex(), PasswordFile: flagString(c, passwordFileFlag)}
	b, err := cfg.Encode()
	if err != nil {
		return err
	}
	// Not overwritten: a file that appeared meanwhile is left as it is too.
	if err := configfile.Write(path, b, false); err != nil {
		return err
	}
	out := struct {
		Config  string         `json:"config"`
		Address common.Address `json:"address"`
		Created bool           `json:"keyCreated"`
	}{path, addr, created}
	return emit(c.App.Writer, flagBool(c, jsonFlag), out, func(tw *tabwriter.Writer) {
		if created {
			fmt.Fprintf(tw, "new inspector key\t%s (keystore %s: back up the file and its password)\n", addr.Hex(), dir)
		}
		fmt.Fprintf(tw, "wrote\t%s\n", path)
		fmt.Fprintf(tw, "next\tstake the key as an inspector, get it into the signer set, set peers, then `idlegrid inspector run --config %s`\n", path)
	})
}

// inspectorOverrides applies the flags given to cfg; a malformed one is a usage error naming it.
func inspectorOverrides(c *cli.Context, cfg *inspectord.Config) error {
	overrideStrings(c, map[string]*string{rpcFlag.Name: &cfg.Chain.RPC, deploymentFlag.Name: &cfg.Chain.Deployment,
		keystoreFlag.Name: &cfg.Account.Keystore, accountFlag.Name: &cfg.Account.Address, passwordFileFlag.Name: &cfg.Account.PasswordFile,
		inspectorListenFlag.Name: &cfg.Node.Listen, inspectorOpsFlag.Name: &cfg.Node.Ops, inspectorDataDirFlag.Name: &cfg.Node.DataDir})
	if set(c, inspectorFinalityFlag.Name) {
		cfg.Chain.FinalityDepth = c.Uint64(inspectorFinalityFlag.Name)
	}
	if set(c, inspectorGatewayFlag.Name) {
		cfg.Node.ContentGateways = c.StringSlice(inspectorGatewayFlag.Name)
	}
	for _, p := range c.StringSlice(inspectorPeerFlag.Name) {
		a, u, ok := strings.Cut(p, "=")
		if !ok || !common.IsHexAddress(a) || (!strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://")) {
			return usageError("--peer %q: want ADDRESS=URL (0x… = http://host:port)", p)
		}
		if cfg.Peers == nil {
			cfg.Peers = map[string]string{}
		}
		cfg.Peers[common.HexToAddress(a).Hex()] = u
	}
	if a := cfg.Account.Address; a != "" && !common.IsHexAddress(a) {
		if set(c, accountFlag.Name) {
			return usageError("--account %q: not an address", a)
		}
		return fmt.Errorf("account.address %q: not an address", a)
	}
	return nil
}

func inspectorRun(c *cli.Context, _ []string) error {
	path := c.String(inspectorConfigFlag.Name)
	cfg, err := inspectord.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no config file at %s: write one with `idlegrid inspector init --config %s`", path, path)
	}
	if err != nil {
		return err
	}
	if err := inspectorOverrides(c, &cfg); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	d, client, signer, err := connectDaemon(c, cfg.Chain.RPC, cfg.Chain.Deployment,
		daemonAccount{cfg.Account.Keystore, cfg.Account.Address, cfg.Account.PasswordFile})
	if err != nil {
		return err
	}
	defer client.Close()
	n, err := inspectord.Build(cfg, signer, client, d, nil, logger(c))
	if err != nil {
		return err
	}
	if intr := interruptsOf(c.App); intr != nil {
		intr.setGrace(10 * time.Second) // rounds in flight end, the databases close
	}
	if err := n.Start(c.Context); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "inspector %s on %s (chain id %d): agreement on %s", signer.Address().Hex(), d.Chain, d.ChainID, n.PeerURL())
	if a := n.OpsAddr(); a != "" {
		fmt.Fprintf(c.App.ErrWriter, ", /healthz and /metrics on http://%s", a)
	}
	fmt.Fprintln(c.App.ErrWriter)
	err = service.Wait(c.Context, n)
	if cerr := n.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("inspector stopped: %w", err)
	}
	return nil
}
