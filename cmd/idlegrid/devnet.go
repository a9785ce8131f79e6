package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/service"
)

var (
	httpPortFlag = &cli.IntFlag{
		Name:     "http.port",
		Usage:    "JSON-RPC over HTTP PORT on 127.0.0.1",
		Value:    8545,
		Category: "DEVNET",
	}
	wsPortFlag = &cli.IntFlag{
		Name:     "ws.port",
		Usage:    "JSON-RPC over WebSocket PORT on 127.0.0.1",
		Value:    8546,
		Category: "DEVNET",
	}
	blockPeriodFlag = &cli.DurationFlag{
		Name:     "block-period",
		Usage:    "seal a block this often",
		Value:    time.Second,
		Category: "DEVNET",
	}
	dataDirFlag = &cli.StringFlag{
		Name:     "datadir",
		Usage:    "keep the chain in DIR between runs (default: a fresh chain in memory every run)",
		Category: "DEVNET",
	}
	gridPriceFlag = &cli.StringFlag{
		Name:     "grid-price",
		Usage:    "USD per GRID the devnet's inspectors attest and keep posted (0 posts none)",
		Value:    "0.5",
		Category: "DEVNET",
	}
	devnetProviderFlag = &cli.BoolFlag{
		Name:     "provider",
		Usage:    "run a provider node for dev account 1 with simulated GPUs (needs a Docker daemon)",
		Value:    true,
		Category: "DEVNET",
	}
	devnetDockerFlag = &cli.StringFlag{
		Name:     "docker",
		Usage:    "the provider node's Docker daemon: auto (DOCKER_HOST, /var/run/docker.sock, or a throwaway dockerd when root), none, or a HOST (unix:///…)",
		Value:    "auto",
		EnvVars:  []string{"IDLEGRID_DEVNET_DOCKER"},
		Category: "DEVNET",
	}
	devnetProviderListenFlag = &cli.StringFlag{
		Name:     "provider.listen",
		Usage:    "ADDR of the provider node's gateway",
		Value:    "127.0.0.1:8549",
		Category: "DEVNET",
	}
	devAccountsFlag = &cli.IntFlag{
		Name:     "accounts",
		Usage:    "number of funded dev ACCOUNTS (the last three are inspectors)",
		Value:    10,
		Category: "DEVNET",
	}
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local idlegrid chain: the suite deployed, dev accounts funded, inspectors staked (no Node or Foundry needed)",
		Description: `Starts an embedded chain (chain id 31337) serving JSON-RPC on 127.0.0.1, deploys the idlegrid
contracts with devnet parameters, funds the dev accounts with ETH, MockUSD and GRID, stakes three
inspectors as the attestation signer set (they attest and keep posting the --grid-price rate), writes the deployment file (--deployment) and runs until
Ctrl-C. With --datadir the chain and its deployment survive restarts.`,
		Flags: []cli.Flag{httpPortFlag, wsPortFlag, blockPeriodFlag, dataDirFlag, devAccountsFlag, gridPriceFlag, deploymentFlag, jsonFlag,
			devnetIndexerFlag, devnetIndexerListenFlag, devnetSolanaFlag, devnetInspectorNodesFlag, devnetSimProviderFlag,
			devnetProviderFlag, devnetDockerFlag, devnetProviderListenFlag},
		Action: action(runDevnet),
		Subcommands: []*cli.Command{{Name: "stop-provider", Usage: "stop the running devnet's provider node (its machine goes down: the inspectors breach its open leases)",
			Flags: []cli.Flag{rpcFlag, jsonFlag}, Action: action(devnetStopProvider)}},
	}
}

func runDevnet(c *cli.Context, args []string) error {
	cfg := devnet.DefaultConfig()
	cfg.Chain.HTTPPort = c.Int(httpPortFlag.Name)
	cfg.Chain.WSPort = c.Int(wsPortFlag.Name)
	cfg.Chain.BlockPeriod = c.Duration(blockPeriodFlag.Name)
	cfg.Chain.DataDir = c.String(dataDirFlag.Name)
	cfg.Chain.Accounts = c.Int(devAccountsFlag.Name)
	cfg.DeploymentFile = flagString(c, deploymentFlag)
	// The rate has GRID's 18 decimals: USD per whole GRID, as the oracle stores it.
	price, err := amount.Parse(c.String(gridPriceFlag.Name), amount.Token{Symbol: "USD", Decimals: 18})
	if err != nil {
		return usageError("--%s: %v (a number of USD per GRID, e.g. 0.5)", gridPriceFlag.Name, err)
	}
	cfg.GridPrice = price
	if price.Sign() == 0 {
		cfg.GridPrice = nil
	}
	if cfg.Chain.BlockPeriod <= 0 {
		return usageError("--block-period must be positive (e.g. 1s, 250ms)")
	}
	for _, p := range []struct {
		flag string
		port int
	}{{httpPortFlag.Name, cfg.Chain.HTTPPort}, {wsPortFlag.Name, cfg.Chain.WSPort}} {
		if p.port < 1 || p.port > 65535 {
			return usageError("--%s %d: give a TCP port from 1 to 65535", p.flag, p.port)
		}
	}
	cfg.Indexer, cfg.IndexerListen = c.Bool(devnetIndexerFlag.Name), c.String(devnetIndexerListenFlag.Name)
	if cfg.Indexer && cfg.DeploymentFile == "" {
		return usageError("the in-process indexer needs --%s (or --%s=false)", deploymentFlag.Name, devnetIndexerFlag.Name)
	}
	if err := devnetSolana(c, &cfg); err != nil {
		return err
	}
	if err := devnetInspectorOptions(c, &cfg); err != nil {
		return err
	}
	cfg.Provider.Enabled, cfg.Provider.Docker = c.Bool(devnetProviderFlag.Name), c.String(devnetDockerFlag.Name)
	cfg.Provider.Listen = c.String(devnetProviderListenFlag.Name)
	for _, l := range []struct{ flag, addr string }{{devnetIndexerListenFlag.Name, cfg.IndexerListen}, {devnetProviderListenFlag.Name, cfg.Provider.Listen}} {
		if err := checkListenAddr(l.flag, l.addr); err != nil { // not "port busy; using a free one"
			return err
		}
	}
	if cfg.Provider.Enabled {
		c.App.Metadata["interrupts"].(*interrupts).setGrace(30 * time.Second) // the provider node stops its containers' work first
	}
	n, err := devnet.New(cfg, logger(c))
	if err != nil { // New only checks the configuration the flags made
		return &usageErr{msg: fmt.Sprintf("%v (see `idlegrid devnet --help`)", err), err: err}
	}
	if intr := interruptsOf(c.App); intr != nil {
		intr.setGrace(10 * time.Second) // Ctrl-C shuts the devnet down in order (its chain saved); it takes well under that
	}
	if err := n.Start(c.Context); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	info := n.Info()
	if flagBool(c, jsonFlag) {
		err = printDevnetJSON(c.App.Writer, info)
	} else {
		err = printDevnet(c.App.Writer, info, cfg)
	}
	if err == nil {
		err = printDevnetSolana(c, n)
	}
	if err == nil && info.IndexerAPI != "" && !flagBool(c, jsonFlag) {
		_, err = fmt.Fprintf(c.App.Writer, "\nIndexer API %s, named in the deployment file (try: idlegrid market search --class SIM --hours 1)\nWeb console %s (rent, provide and inspect with a browser wallet on chain %d)\n",
			info.IndexerAPI, info.Console, info.ChainID)
	}
	if err == nil && !flagBool(c, jsonFlag) {
		err = printDevnetInspectors(c.App.Writer, n)
	}
	if err == nil && cfg.Provider.Enabled && !flagBool(c, jsonFlag) {
		err = printProvider(c.App.Writer, info)
	}
	if err != nil {
		n.Close()
		return err
	}
	failed := service.Wait(c.Context, n)
	if failed == nil {
		fmt.Fprintln(c.App.ErrWriter, "stopping devnet…")
	}
	if err := n.Close(); err != nil && failed == nil {
		return fmt.Errorf("devnet: shut down: %w", err)
	}
	if failed != nil {
		return fmt.Errorf("devnet stopped: %w", failed)
	}
	fmt.Fprintln(c.App.ErrWriter, "devnet stopped")
	return nil
}

type devAccountJSON struct {
	Index      int            `json:"index"`
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
	Role       string         `json:"role"`
}

func printDevnetJSON(w io.Writer, info devnet.Info) error {
	out := struct {
		HTTP           string           `json:"http"`
		WS             string           `json:"ws"`
		ChainID        uint64           `json:"chainId"`
		DeploymentFile string           `json:"deploymentFile"`
		Reused         bool             `json:"reused"`
		ResumedAt      uint64           `json:"resumedAtBlock"`
		ReadySeconds   float64          `json:"readySeconds"`
		Contracts      any              `json:"contracts"`
		Warning        string           `json:"warning"`
		Accounts       []devAccountJSON `json:"accounts"`
		IndexerAPI     string           `json:"indexerApi,omitempty"`
		Console        string           `json:"console,omitempty"`
	}{info.HTTP, info.WS, info.ChainID, info.DeploymentFile, info.Reused, info.ResumedAt, info.Ready.Seconds(), info.Deployment.Contracts,
		"dev chain only: these private keys are public", nil, info.IndexerAPI, info.Console}
	for _, a := range info.Accounts {
		out.Accounts = append(out.Accounts, devAccountJSON{a.Index, a.Address, "0x" + common.Bytes2Hex(crypto.FromECDSA(a.Key)), string(a.Role)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func printDevnet(w io.Writer, info devnet.Info, cfg devnet.Config) error {
	how := "deployed the suite"
	switch {
	case info.Reused:
		how = fmt.Sprintf("resumed the chain in %s at block %d, with its deployment", cfg.Chain.DataDir, info.ResumedAt)
	case info.ResumedAt > 0:
		how = fmt.Sprintf("resumed the chain in %s at block %d, where no complete deployment was: deployed the suite again", cfg.Chain.DataDir, info.ResumedAt)
	}
	fmt.Fprintf(w, "idlegrid devnet ready in %s (%s)\n\n", info.Ready.Round(time.Millisecond), how)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "JSON-RPC\t%s\t%s\tchain id %d\n", info.HTTP, info.WS, info.ChainID)
	if info.DeploymentFile != "" {
		fmt.Fprintf(tw, "deployment\t%s\n", info.DeploymentFile)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nContracts")
	for _, c := range info.Deployment.Contracts.All() {
		fmt.Fprintf(tw, "  %s\t%s\n", c.Name, c.Address.Hex())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nDev accounts: %s ETH, %s and %s each (account 0 holds the rest of the GRID supply).\n",
		amount.FormatNumber(cfg.Chain.AccountBalance, 18), amount.Format(cfg.FundUSD, amount.USD), amount.Format(cfg.FundGRID, amount.GRID))
	fmt.Fprintln(w, "THESE PRIVATE KEYS ARE PUBLIC. They are shown only because this is a local dev chain; never send them anything of value.")
	for _, a := range info.Accounts {
		fmt.Fprintf(tw, "  %d\t%s\t0x%s\t%s\n", a.Index, a.Address.Hex(), common.Bytes2Hex(crypto.FromECDSA(a.Key)), a.Role)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprint(w, `
Use an account with --dev-account N (or --dev-key KEY). In a second terminal, try:
  idlegrid machine ls --dev-account 1
  idlegrid quote sign --machine rig-1 --gpus 2 --price "1.8 USD/h" --dev-account 1 --out /tmp/quote.json
The README's walk-through rents a GPU end to end. Ctrl-C stops the devnet.
`)
	return nil
}

func printProvider(w io.Writer, info devnet.Info) error {
	p := info.Provider
	if info.Docker == "" {
		_, err := fmt.Fprintln(w, "\nNo Docker daemon: the devnet runs no provider node. Leases still open, settle and close on chain, but no\n"+
			"container runs for them. Give --docker HOST (or run as root with dockerd installed) for the full walk-through.")
		return err
	}
	_, err := fmt.Fprintf(w, "\nProvider node: dev account %d (%s) runs machine %s with simulated GPUs; gateway %s, containers on %s.\n",
		p.Account, p.Address.Hex(), p.Machine, p.Gateway, info.Docker)
	if err == nil && p.Image != "" {
		_, err = fmt.Fprintf(w, "Image with a shell for jobs: %s (no registry needed).\n", p.Image)
	}
	return err
}

// devnetStopProvider asks the devnet at --rpc to stop its provider node (devnet_stopProvider, served on the
// devnet's own JSON-RPC endpoint only).
func devnetStopProvider(c *cli.Context, _ []string) error {
	url := c.String(rpcFlag.Name)
	client, err := rpc.DialContext(c.Context, url)
	if err != nil {
		return fmt.Errorf("devnet at %s: %w", url, err)
	}
	defer client.Close()
	if err := client.CallContext(c.Context, nil, "devnet_stopProvider"); err != nil {
		var rerr rpc.Error
		if errors.As(err, &rerr) && rerr.ErrorCode() == -32601 {
			return fmt.Errorf("%s is not an idlegrid devnet (no devnet_stopProvider method)", url)
		}
		return fmt.Errorf("devnet at %s: stop the provider node: %w", url, err)
	}
	if flagBool(c, jsonFlag) {
		return json.NewEncoder(c.App.Writer).Encode(map[string]bool{"providerStopped": true})
	}
	_, err = fmt.Fprintln(c.App.Writer, "the devnet's provider node stopped: its machine no longer answers the inspectors")
	return err
}
