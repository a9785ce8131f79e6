package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	chainNameFlag = &cli.StringFlag{
		Name:     "chain",
		Usage:    "NAME of the deployment (anvil, arbitrum-sepolia): the file is deployments/NAME.json (default: anvil on chain id 31337, arbitrum-sepolia on 421614, arbitrum-one on 42161)",
		Category: "DEPLOY",
	}
	deployOutFlag = &cli.StringFlag{
		Name:     "out",
		Usage:    "write the deployment to FILE (default deployments/NAME.json)",
		Category: "DEPLOY",
	}
	indexerAPIFlag = &cli.StringFlag{
		Name:     "indexer-api",
		Usage:    "`URL` of the indexer that will index this deployment, written into the deployment file (the market commands use it)",
		Category: "DEPLOY",
	}
	governanceFlag = &cli.StringFlag{
		Name:     "governance",
		Usage:    "owner ADDRESS of every contract (default: the deployer; Staking's owner must accept ownership)",
		Category: "DEPLOY",
	}
	treasuryFlag = &cli.StringFlag{
		Name:     "treasury",
		Usage:    "ADDRESS receiving the GRID supply and the fees (default: the deployer, which then funds the reward reserve)",
		Category: "DEPLOY",
	}
	usdTokenFlag = &cli.StringFlag{
		Name:     "usd-token",
		Usage:    "the stablecoin's ADDRESS (default on dev chains: deploy MockUSD)",
		Category: "DEPLOY",
	}
	allowMockUSDFlag = &cli.BoolFlag{
		Name:     "allow-mock-usd",
		Usage:    "deploy MockUSD (anyone can mint it) on a chain that is not a local dev chain, e.g. a testnet",
		Category: "DEPLOY",
	}
	unbondingFlag = &cli.StringFlag{
		Name:     "unbonding-period",
		Usage:    "stake unbonding DURATION (1d to 90d; default 1d on dev chains, 7d elsewhere)",
		Category: "DEPLOY",
	}
	signerSetDelayFlag = &cli.StringFlag{
		Name:     "signer-set-delay",
		Usage:    "DURATION before a proposed inspector set can apply (at least 1s; default 1s on dev chains, 2d elsewhere)",
		Category: "DEPLOY",
	}
	priceMaxAgeFlag = &cli.StringFlag{
		Name:     "price-max-age",
		Usage:    "oldest GRID/USD observation served (DURATION, default 1h)",
		Category: "DEPLOY",
	}
	inspectorMinFlag = &cli.StringFlag{
		Name:     "inspector-min-stake",
		Usage:    "GRID an inspector must stake (AMOUNT, default 10000)",
		Category: "DEPLOY",
	}
	usdFeeFlag = &cli.UintFlag{
		Name:     "usd-fee-bps",
		Usage:    "fee on USD leases in basis points",
		Value:    500,
		Category: "DEPLOY",
	}
	gridFeeFlag = &cli.UintFlag{
		Name:     "grid-fee-bps",
		Usage:    "fee on GRID leases in basis points (at most the USD fee)",
		Value:    250,
		Category: "DEPLOY",
	}
	epochLengthFlag = &cli.StringFlag{
		Name:     "epoch-length",
		Usage:    "reward epoch DURATION (default 1h on dev chains, 1d elsewhere)",
		Category: "DEPLOY",
	}
	disputeWindowFlag = &cli.StringFlag{
		Name:     "dispute-window",
		Usage:    "DURATION after a lease closes during which a breach is still accepted and the provider's pay held (1h to 30d; default 1h on dev chains, 2d elsewhere)",
		Category: "DEPLOY",
	}
	timelockDelayFlag = &cli.StringFlag{
		Name:     "timelock-delay",
		Usage:    "governance DURATION of the TimelockController that owns the contracts outside dev chains (default 2d)",
		Category: "DEPLOY",
	}
	priceMaxMoveFlag = &cli.UintFlag{
		Name:     "price-max-move-bps-per-hour",
		Usage:    "how far the GRID/USD rate may move per hour, in basis points (0 turns the speed limit off; default 1000)",
		Category: "DEPLOY",
	}
	requireVerificationFlag = &cli.BoolFlag{
		Name:     "require-verification",
		Usage:    "machines rent only while the inspectors' hardware verification is current (SIM is exempt on dev chains); --require-verification=false turns it off",
		Value:    true,
		Category: "DEPLOY",
	}
	gatewayWindowFlag = &cli.StringFlag{
		Name:     "gateway-window",
		Usage:    "Solana gateway: the cap's window DURATION (1h to 30d; default 1d)",
		Category: "DEPLOY",
	}
	gatewayWindowCapFlag = &cli.StringFlag{
		Name:     "gateway-window-cap",
		Usage:    "Solana gateway: GRID released per window, and the largest single release (AMOUNT, default 5000000)",
		Category: "DEPLOY",
	}
	gatewayLargeFlag = &cli.StringFlag{
		Name:     "gateway-large-threshold",
		Usage:    "Solana gateway: releases above this AMOUNT of GRID wait --gateway-large-delay (default 500000)",
		Category: "DEPLOY",
	}
	gatewayLargeDelayFlag = &cli.StringFlag{
		Name:     "gateway-large-delay",
		Usage:    "Solana gateway: DURATION a large release waits (at most 30d; default 1d)",
		Category: "DEPLOY",
	}
	gatewaySwapFeeFlag = &cli.UintFlag{
		Name:     "gateway-swap-fee-bps",
		Usage:    "Solana gateway: USDC <-> GRID swap fee in basis points (at most 1000; default 50)",
		Category: "DEPLOY",
	}
	gatewayMinOutboundFlag = &cli.StringFlag{
		Name:     "gateway-min-outbound",
		Usage:    "Solana gateway: smallest transfer to Solana (AMOUNT of GRID, default 10)",
		Category: "DEPLOY",
	}
	gatewayGuardianFlag = &cli.StringFlag{
		Name:     "gateway-guardian",
		Usage:    "Solana gateway: the ADDRESS that may pause it at once (default the governance account)",
		Category: "DEPLOY",
	}
	gatewayReserveFlag = &cli.StringFlag{
		Name:     "gateway-reserve",
		Usage:    "Solana gateway: GRID moved from the deployer-treasury into the swap reserve (AMOUNT; default 10000000 on dev chains, none elsewhere)",
		Category: "DEPLOY",
	}
	rewardsFundingFlag = &cli.StringFlag{
		Name:     "rewards-funding",
		Usage:    "GRID moved from the deployer-treasury into the reward reserve (AMOUNT, default the 300,000,000 cap)",
		Category: "DEPLOY",
	}
)

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy and wire the idlegrid contracts on a node (anvil, Arbitrum Sepolia) from a keystore account",
		Description: `Deploys GridToken, MockUSD (dev chains, unless --usd-token), Staking, AttestationQuorum,
GridPriceOracle, NodeRegistry, LeaseEscrow, LeaseJournal, Rewards and SolanaGateway (and, outside dev
chains, the TimelockController that owns them), wires them as contracts/script/Deploy.s.sol does, and
writes the deployment file the other commands read (--deployment FILE, or --out).`,
		Flags: withChainFlags(chainNameFlag, deployOutFlag, indexerAPIFlag, governanceFlag, treasuryFlag, usdTokenFlag, allowMockUSDFlag,
			unbondingFlag, signerSetDelayFlag, disputeWindowFlag, timelockDelayFlag, priceMaxAgeFlag, priceMaxMoveFlag, requireVerificationFlag,
			inspectorMinFlag, usdFeeFlag, gridFeeFlag, epochLengthFlag, rewardsFundingFlag,
			gatewayWindowFlag, gatewayWindowCapFlag, gatewayLargeFlag, gatewayLargeDelayFlag, gatewaySwapFeeFlag, gatewayMinOutboundFlag,
			gatewayGuardianFlag, gatewayReserveFlag),
		Action: action(runDeploy),
	}
}

var knownChains = map[uint64]string{31337: "anvil", 421614: "arbitrum-sepolia", 42161: "arbitrum-one"}

func runDeploy(c *cli.Context, args []string) error {
	url := flagString(c, rpcFlag)
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		cancel()
		return fmt.Errorf("cannot reach the node at %s: %v: check --rpc", url, err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	cancel()
	if err != nil {
		return fmt.Errorf("cannot reach the node at %s: %v: is it running? check --rpc", url, err)
	}
	p, err := deployParams(c, id.Uint64())
	if err != nil {
		return err
	}
	if api := c.String(indexerAPIFlag.Name); api != "" {
		// Checked before anything is deployed: a bad URL must not leave a deployment without its file.
		if err := deployment.CheckIndexerAPI(api); err != nil {
			return usageError("--%s: %v", indexerAPIFlag.Name, err)
		}
	}
	// The key check runs against a record of the chain being deployed to: raw dev keys only on dev chains.
	signer, err := openSigner(c, deployment.Deployment{Chain: p.Chain, ChainID: id.Uint64()})
	if err != nil {
		return err
	}
	cfg := chain.DefaultConfig()
	if deployment.IsDevChain(id.Uint64()) {
		cfg.PollInterval = 100 * time.Millisecond
	}
	log := logger(c)
	sub, err := chain.NewSubmitter(cfg, client, signer, id, protocol.Errors(), log)
	if err != nil {
		return err
	}
	began := time.Now()
	d, err := deploy.Deploy(c.Context, client, sub, id, p, log)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	d.IndexerAPI = c.String(indexerAPIFlag.Name)
	out := c.String(deployOutFlag.Name)
	if out == "" {
		out = deployment.Path("deployments", p.Chain)
	}
	if err := deployment.Save(out, d); err != nil {
		return err
	}
	result := struct {
		File       string                `json:"file"`
		Deployment deployment.Deployment `json:"deployment"`
		Deployer   common.Address        `json:"deployer"`
		Seconds    float64               `json:"seconds"`
	}{out, d, signer.Address(), time.Since(began).Seconds()}
	return emit(c.App.Writer, flagBool(c, jsonFlag), result, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "deployed\tchain %q (id %d) from block %d in %s\n", d.Chain, d.ChainID, d.Block, time.Since(began).Round(time.Millisecond))
		for _, ct := range d.Contracts.All() {
			fmt.Fprintf(tw, "  %s\t%s\n", ct.Name, ct.Address.Hex())
		}
		fmt.Fprintf(tw, "written to\t%s (use it with --deployment %s)\n", out, out)
		if p.Governance != (common.Address{}) && p.Governance != signer.Address() {
			fmt.Fprintf(tw, "next\tgovernance %s must call Staking.acceptOwnership()\n", p.Governance.Hex())
		}
	})
}

// deployParams are the deployment's parameters: devnet's on a dev chain, the production defaults elsewhere,
// with the flags applied.
func deployParams(c *cli.Context, chainID uint64) (deploy.Params, error) {
	p := deploy.DefaultParams()
	if deployment.IsDevChain(chainID) {
		p = deploy.DevnetParams()
	}
	p.Chain = c.String(chainNameFlag.Name)
	if p.Chain == "" {
		name, ok := knownChains[chainID]
		if !ok {
			return p, usageError("chain id %d: name the deployment with --chain (e.g. --chain my-testnet)", chainID)
		}
		p.Chain = name
	}
	for _, a := range []struct {
		f   *cli.StringFlag
		dst *common.Address
	}{{governanceFlag, &p.Governance}, {treasuryFlag, &p.Treasury}, {usdTokenFlag, &p.USDToken}, {gatewayGuardianFlag, &p.Gateway.Guardian}} {
		if v := c.String(a.f.Name); v != "" {
			if !common.IsHexAddress(v) {
				return p, usageError("--%s %q is not an address", a.f.Name, v)
			}
			*a.dst = common.HexToAddress(v)
		}
	}
	p.AllowMockUSD = c.Bool(allowMockUSDFlag.Name)
	for _, d := range []struct {
		f   *cli.StringFlag
		dst *time.Duration
	}{{unbondingFlag, &p.UnbondingPeriod}, {signerSetDelayFlag, &p.SignerSetDelay}, {disputeWindowFlag, &p.DisputeWindow},
		{timelockDelayFlag, &p.TimelockDelay}, {priceMaxAgeFlag, &p.PriceMaxAge}, {epochLengthFlag, &p.EpochLength},
		{gatewayWindowFlag, &p.Gateway.Window}, {gatewayLargeDelayFlag, &p.Gateway.LargeDelay}} {
		v := c.String(d.f.Name)
		if v == "" {
			continue
		}
		dur, err := amount.ParseDuration(v)
		if err != nil {
			return p, badFlag(d.f.Name, err)
		}
		*d.dst = dur
	}
	for _, a := range []struct {
		f   *cli.StringFlag
		dst **big.Int
	}{{inspectorMinFlag, &p.InspectorMinStake}, {rewardsFundingFlag, &p.RewardsFunding}, {gatewayWindowCapFlag, &p.Gateway.WindowCap},
		{gatewayLargeFlag, &p.Gateway.LargeThreshold}, {gatewayMinOutboundFlag, &p.Gateway.MinOutbound}, {gatewayReserveFlag, &p.Gateway.Reserve}} {
		if v := c.String(a.f.Name); v != "" {
			x, err := amount.Parse(v, amount.GRID)
			if err != nil {
				return p, badFlag(a.f.Name, err)
			}
			*a.dst = x
		}
	}
	if c.Uint(usdFeeFlag.Name) > deploy.MaxFeeBps || c.Uint(gridFeeFlag.Name) > deploy.MaxFeeBps {
		return p, usageError("fees are at most %d bps", deploy.MaxFeeBps)
	}
	p.USDFeeBps, p.GridFeeBps = uint16(c.Uint(usdFeeFlag.Name)), uint16(c.Uint(gridFeeFlag.Name))
	if c.IsSet(priceMaxMoveFlag.Name) {
		v := c.Uint(priceMaxMoveFlag.Name)
		if v > math.MaxUint32 {
			return p, usageError("--%s %d: at most %d", priceMaxMoveFlag.Name, v, uint32(math.MaxUint32))
		}
		p.PriceMaxMoveBpsPerHour = uint32(v)
	}
	if c.IsSet(requireVerificationFlag.Name) {
		p.RequireVerification = c.Bool(requireVerificationFlag.Name)
	}
	if c.IsSet(gatewaySwapFeeFlag.Name) {
		v := c.Uint(gatewaySwapFeeFlag.Name)
		if v > math.MaxUint16 {
			return p, usageError("--%s %d: at most 1000", gatewaySwapFeeFlag.Name, v)
		}
		p.Gateway.SwapFeeBps = uint16(v)
	}
	if err := p.Validate(); err != nil {
		if errors.Is(err, deploy.ErrInvalidParams) {
			return p, fmt.Errorf("%w: fix the flag", err)
		}
		return p, err
	}
	return p, nil
}
