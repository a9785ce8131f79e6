package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/cmd/internal/configfile"
	"github.com/idlegrid/idlegrid/cmd/internal/providerd"
	"github.com/idlegrid/idlegrid/oracle/service"
)

var (
	providerConfigFlag = &cli.StringFlag{
		Name:     "config",
		Usage:    "the provider node's config FILE (TOML, written by `idlegrid provider init`)",
		Value:    filepath.Join(defaultHome(), "provider.toml"),
		EnvVars:  []string{"IDLEGRID_PROVIDER_CONFIG"},
		Category: "PROVIDER",
	}
	forceFlag = &cli.BoolFlag{Name: "force", Usage: "overwrite an existing config file", Category: "PROVIDER"}
	// Overrides of the file, each with its environment variable.
	nodeMachineFlag  = &cli.StringFlag{Name: "machine", Usage: "machine NAME (machine.name)", EnvVars: []string{"IDLEGRID_MACHINE"}, Category: "PROVIDER"}
	machineGPUsFlag  = &cli.StringFlag{Name: "gpus", Usage: "\"nvml\" or \"sim:N\" (machine.gpus)", EnvVars: []string{"IDLEGRID_GPUS"}, Category: "PROVIDER"}
	nodeEndpointFlag = &cli.StringFlag{Name: "endpoint", Usage: "HOST:PORT renters reach the node at (machine.endpoint)", EnvVars: []string{"IDLEGRID_ENDPOINT"}, Category: "PROVIDER"}
	listenFlag       = &cli.StringFlag{Name: "listen", Usage: "ADDR of the node's TLS listener (node.listen)", EnvVars: []string{"IDLEGRID_LISTEN"}, Category: "PROVIDER"}
	opsFlag          = &cli.StringFlag{Name: "ops", Usage: "ADDR of /healthz and /metrics (node.ops)", EnvVars: []string{"IDLEGRID_OPS"}, Category: "PROVIDER"}
	dataDirNodeFlag  = &cli.StringFlag{Name: "data-dir", Usage: "the node's DIR (node.data_dir)", EnvVars: []string{"IDLEGRID_DATA_DIR"}, Category: "PROVIDER"}
	dockerFlag       = &cli.StringFlag{Name: "docker", Usage: "Docker Engine API socket (node.docker)", EnvVars: []string{"IDLEGRID_DOCKER"}, Category: "PROVIDER"}
	nodePriceFlag    = &cli.Float64Flag{Name: "usd-per-gpu-hour", Usage: "price posted to the indexer (pricing.usd_per_gpu_hour)", EnvVars: []string{"IDLEGRID_USD_PER_GPU_HOUR"}, Category: "PROVIDER"}
	confirmFlag      = &cli.Uint64Flag{Name: "confirmations", Usage: "blocks before a lease's job starts (chain.confirmations)", EnvVars: []string{"IDLEGRID_CONFIRMATIONS"}, Category: "PROVIDER"}
)

func defaultHome() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ".idlegrid"
	}
	return filepath.Join(home, ".idlegrid")
}

func providerCommand() *cli.Command {
	return &cli.Command{
		Name:  "provider",
		Usage: "run a provider node: your machine's leases become containers renters reach",
		Subcommands: []*cli.Command{
			{Name: "init", Usage: "write a commented config file for the provider node", Flags: []cli.Flag{providerConfigFlag, forceFlag, jsonFlag},
				Action: action(providerInit)},
			{Name: "run", Usage: "run the provider node until Ctrl-C (flags and IDLEGRID_* variables override the config file)",
				Description: `Follows the chain, lists the machine with its spec, starts each lease's job in a container with only
the leased GPUs, serves the renter gateway (lease logs|shell|forward|status), settles and withdraws on
its policies, and posts quotes. Stop it with Ctrl-C; containers keep running and a restart resumes them.`,
				Flags: withChainFlags(providerConfigFlag, nodeMachineFlag, machineGPUsFlag, nodeEndpointFlag, listenFlag, opsFlag, dataDirNodeFlag,
					dockerFlag, nodePriceFlag, confirmFlag),
				Action: action(providerRun)},
		},
	}
}

func providerInit(c *cli.Context, _ []string) error {
	path := c.String(providerConfigFlag.Name)
	if _, err := os.Stat(path); err == nil && !c.Bool(forceFlag.Name) {
		return fmt.Errorf("%s exists: edit it, or give --force to overwrite it", path)
	}
	b, err := providerd.DefaultConfig().Encode()
	if err != nil {
		return err
	}
	if err := configfile.Write(path, b, true); err != nil {
		return err
	}
	return emit(c.App.Writer, flagBool(c, jsonFlag), map[string]string{"config": path}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "wrote %s: set machine.endpoint, machine.gpus and the account, then `idlegrid provider run --config %s`\n", path, path)
	})
}

// set says whether flag f was given (on the command line or through its environment variable).
func set(c *cli.Context, name string) bool {
	for _, cc := range c.Lineage() {
		if cc != nil && cc.IsSet(name) {
			return true
		}
	}
	return false
}

func providerRun(c *cli.Context, _ []string) error {
	path := c.String(providerConfigFlag.Name)
	cfg, err := providerd.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no config file at %s: write one with `idlegrid provider init --config %s`", path, path)
	}
	if err != nil {
		return err
	}
	// Flags and environment override the file.
	overrideStrings(c, map[string]*string{rpcFlag.Name: &cfg.Chain.RPC, deploymentFlag.Name: &cfg.Chain.Deployment,
		keystoreFlag.Name: &cfg.Account.Keystore, accountFlag.Name: &cfg.Account.Address, passwordFileFlag.Name: &cfg.Account.PasswordFile,
		nodeMachineFlag.Name: &cfg.Machine.Name, machineGPUsFlag.Name: &cfg.Machine.GPUs, nodeEndpointFlag.Name: &cfg.Machine.Endpoint,
		listenFlag.Name: &cfg.Node.Listen, opsFlag.Name: &cfg.Node.Ops, dataDirNodeFlag.Name: &cfg.Node.DataDir, dockerFlag.Name: &cfg.Node.Docker})
	if set(c, nodePriceFlag.Name) {
		cfg.Pricing.USDPerGPUHour = c.Float64(nodePriceFlag.Name)
	}
	if set(c, confirmFlag.Name) {
		cfg.Chain.Confirmations = c.Uint64(confirmFlag.Name)
	}
	if err := cfg.Validate(); err != nil {
		return usageError("%s: %v", path, err)
	}
	d, client, signer, err := connectDaemon(c, cfg.Chain.RPC, cfg.Chain.Deployment,
		daemonAccount{cfg.Account.Keystore, cfg.Account.Address, cfg.Account.PasswordFile})
	if err != nil {
		return err
	}
	defer client.Close()
	log := logger(c)
	if !set(c, logLevelFlag.Name) {
		log = log.Level(zerolog.InfoLevel) // a daemon says what it does
	}
	n, err := providerd.Build(c.Context, cfg, signer, client, d, log)
	if err != nil {
		return err
	}
	if err := n.Start(c.Context); err != nil {
		n.Close()
		return fmt.Errorf("provider node: %w", err)
	}
	info := map[string]any{"provider": signer.Address(), "machine": cfg.Machine.Name, "gateway": n.Gateway.Addr(),
		"endpoint": cfg.Machine.Endpoint, "ops": n.OpsAddr(), "machineSpec": n.SpecCID()}
	if err := emit(c.App.Writer, flagBool(c, jsonFlag), info, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "provider node %s for machine %s\n", signer.Address().Hex(), cfg.Machine.Name)
		fmt.Fprintf(tw, "  gateway\t%s (renters and inspectors reach it at %s)\n", n.Gateway.Addr(), cfg.Machine.Endpoint)
		if a := n.OpsAddr(); a != "" {
			fmt.Fprintf(tw, "  health\thttp://%s/healthz, metrics http://%s/metrics\n", a, a)
		}
		if s := n.SpecCID(); s != "" {
			fmt.Fprintf(tw, "  machine spec\t%s\n", s)
		}
		fmt.Fprintln(tw, "Ctrl-C stops the node; running containers keep running and a restart resumes them.")
	}); err != nil {
		n.Close()
		return err
	}
	failed := service.Wait(c.Context, n)
	if failed == nil {
		fmt.Fprintln(c.App.ErrWriter, "stopping the provider node…")
	}
	if err := n.Close(); err != nil && failed == nil {
		return fmt.Errorf("provider node: shut down: %w", err)
	}
	if failed != nil {
		return fmt.Errorf("provider node stopped: %w", failed)
	}
	return nil
}
