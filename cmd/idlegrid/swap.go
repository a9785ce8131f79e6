package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os/exec"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	associatedtokenaccount "github.com/gagliardetto/solana-go/programs/associated-token-account"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

var (
	swapAmountFlag = &cli.StringFlag{
		Name:     "amount",
		Usage:    "AMOUNT to send: of --mint on Solana (to-arbitrum), of GRID on Arbitrum (to-solana)",
		Category: "SWAP",
	}
	swapMintFlag = &cli.StringFlag{
		Name:     "mint",
		Usage:    "GRID or USDC: the Solana token deposited (to-arbitrum) or paid out (to-solana)",
		Category: "SWAP",
	}
	swapKeypairFlag = &cli.StringFlag{
		Name:     "keypair",
		Usage:    "Solana keypair FILE (solana-keygen's JSON) that holds the tokens, signs and pays the fee",
		Category: "SWAP",
	}
	swapToFlag = &cli.StringFlag{
		Name:     "to",
		Usage:    "recipient: a Solana wallet ADDRESS (to-solana), an Arbitrum ADDRESS (to-arbitrum; default your account)",
		Category: "SWAP",
	}
	swapMinOutFlag = &cli.StringFlag{
		Name:     "min-out",
		Usage:    "least USDC to receive on Solana (to-solana with --mint USDC: refuse a worse rate)",
		Category: "SWAP",
	}
	solanaDeploymentFlag = &cli.StringFlag{
		Name:     "solana-deployment",
		Usage:    "Solana gateway deployment FILE (written by `idlegrid devnet --solana`)",
		Value:    filepath.Join("deployments", "devnet-solana.json"),
		EnvVars:  []string{"IDLEGRID_SOLANA_DEPLOYMENT"},
		Category: "SOLANA",
	}
	solanaRPCFlag = &cli.StringFlag{
		Name:     "solana-rpc",
		Usage:    "Solana JSON-RPC URL (default: the one named in the Solana deployment file)",
		EnvVars:  []string{"IDLEGRID_SOLANA_RPC"},
		Category: "SOLANA",
	}
	faucetSOLFlag = &cli.StringFlag{
		Name:     "sol",
		Usage:    "SOL to airdrop (fees)",
		Value:    "1",
		Category: "FAUCET",
	}
	faucetUSDCFlag = &cli.StringFlag{
		Name:     "usdc",
		Usage:    "dev USDC to mint",
		Value:    "1000",
		Category: "FAUCET",
	}
	devnetSolanaFlag = &cli.BoolFlag{
		Name:     "solana",
		Usage:    "also run a local Solana node (needs Node.js and `npm ci`) with the gateway set up and the inspectors' bridge",
		Category: "DEVNET",
	}
)

func swapCommand() *cli.Command {
	solanaFlags := []cli.Flag{solanaDeploymentFlag, solanaRPCFlag}
	return &cli.Command{
		Name:  "swap",
		Usage: "move GRID (or USDC, swapped) between Solana and Arbitrum through the inspectors' gateway",
		Subcommands: []*cli.Command{
			{Name: "to-arbitrum", Usage: "deposit GRID or USDC into the Solana vault; the inspectors release GRID to you on Arbitrum",
				Flags: withChainFlags(append([]cli.Flag{swapAmountFlag, swapMintFlag, swapKeypairFlag, swapToFlag}, solanaFlags...)...), Action: action(swapToArbitrum)},
			{Name: "to-solana", Usage: "send GRID to the gateway; the inspectors pay GRID or USDC to a Solana wallet",
				Flags: withChainFlags(swapAmountFlag, swapMintFlag, swapToFlag, swapMinOutFlag), Action: action(swapToSolana)},
			{Name: "faucet", Usage: "fund a Solana wallet with SOL and dev USDC (devnet --solana only; paid by the devnet's set-up key)",
				Flags: withChainFlags(append([]cli.Flag{swapToFlag, faucetSOLFlag, faucetUSDCFlag}, solanaFlags...)...), Action: action(swapFaucet)},
			{Name: "status", Usage: "show a swap on both chains, from the indexer's API: ID is an outbound id (to-solana), a deposit's Solana signature, key or 0x id",
				ArgsUsage: "ID", Flags: withChainFlags(marketAPIFlag), Action: action(swapStatus)},
		},
	}
}

func swapMint(c *cli.Context, required bool) (oracle.SolanaMint, error) {
	s := c.String(swapMintFlag.Name)
	if s == "" {
		if required {
			return 0, usageError("--%s: give GRID or USDC", swapMintFlag.Name)
		}
		return oracle.SolanaMintGRID, nil
	}
	m, err := oracle.ParseSolanaMint(s)
	if err != nil {
		return 0, usageError("--%s: %v", swapMintFlag.Name, err)
	}
	return m, nil
}

func loadSolana(c *cli.Context) (solgateway.DeploymentFile, *rpc.Client, error) {
	path := flagString(c, solanaDeploymentFlag)
	f, err := solgateway.LoadDeploymentFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil, fmt.Errorf("--%s: no Solana deployment at %s: start `idlegrid devnet --solana`, or point --%s at the file", solanaDeploymentFlag.Name, path, solanaDeploymentFlag.Name)
	}
	if err != nil {
		return f, nil, fmt.Errorf("--%s: %w", solanaDeploymentFlag.Name, err)
	}
	url := flagString(c, solanaRPCFlag)
	if url == "" {
		url = f.RPC
	}
	if url == "" {
		return f, nil, usageError("--%s: the deployment file names no node: give its URL", solanaRPCFlag.Name)
	}
	client := rpc.New(url)
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	genesis, err := client.GetGenesisHash(ctx)
	if err != nil {
		return f, nil, fmt.Errorf("cannot reach the Solana node at %s: %v (is `idlegrid devnet --solana` running?)", url, err)
	}
	if genesis != f.Cluster {
		return f, nil, fmt.Errorf("the Solana node at %s is cluster %s, the deployment %s is on %s: a restarted dev node is a new cluster, use its new deployment file", url, genesis, path, f.Cluster)
	}
	return f, client, nil
}

func vaultOf(d solgateway.Deployment, m oracle.SolanaMint) solgateway.Vault {
	if m == oracle.SolanaMintGRID {
		return d.GRID
	}
	return d.USDC
}

func swapToArbitrum(c *cli.Context, _ []string) error {
	mint, err := swapMint(c, true)
	if err != nil {
		return err
	}
	if c.String(swapAmountFlag.Name) == "" {
		return usageError("--%s: give the amount to deposit, e.g. --amount 12.5", swapAmountFlag.Name)
	}
	kp := c.String(swapKeypairFlag.Name)
	if kp == "" {
		return usageError("--%s: give the Solana keypair FILE that holds the tokens", swapKeypairFlag.Name)
	}
	key, err := solana.PrivateKeyFromSolanaKeygenFile(kp)
	if err != nil {
		return usageError("--%s %s: %v", swapKeypairFlag.Name, kp, err)
	}
	f, sol, err := loadSolana(c)
	if err != nil {
		return err
	}
	v := vaultOf(f.Deployment, mint)
	raw, err := amount.Parse(c.String(swapAmountFlag.Name), amount.Token{Symbol: mint.String(), Decimals: v.Decimals})
	if err != nil {
		return usageError("--%s: %v", swapAmountFlag.Name, err)
	}
	if raw.Sign() <= 0 || !raw.IsUint64() {
		return usageError("--%s: must be more than zero and fit the Solana mint", swapAmountFlag.Name)
	}
	var to common.Address
	if s := c.String(swapToFlag.Name); s != "" {
		if to, err = solgateway.ParseRecipient(s); err != nil {
			return usageError("--%s: %v", swapToFlag.Name, err)
		}
	} else {
		s, err := connect(c, false)
		if err != nil {
			return err
		}
		defer s.Close()
		if to, err = self(c, s.d, nil); err != nil {
			return err
		}
		if to == protocol.NewGateway(s.conn).Address() {
			return usageError("--%s: the gateway cannot receive its own release", swapToFlag.Name)
		}
	}
	bh, err := sol.GetLatestBlockhash(c.Context, rpc.CommitmentConfirmed)
	if err != nil {
		return fmt.Errorf("latest blockhash on Solana: %w", err)
	}
	tx, err := solgateway.BuildDeposit(solgateway.DepositRequest{Vault: v, Owner: key.PublicKey(), Amount: raw.Uint64(), Recipient: to}, bh.Value.Blockhash)
	if err != nil {
		return err
	}
	if _, err := tx.Sign(func(solana.PublicKey) *solana.PrivateKey { return &key }); err != nil {
		return err
	}
	sig, err := solgateway.SubmitAndWait(c.Context, sol, tx, rpc.CommitmentFinalized)
	if err != nil {
		return fmt.Errorf("deposit on Solana: %w", err)
	}
	dk := solgateway.DepositKey{Cluster: f.Cluster, Signature: sig, Index: 0}
	id, err := dk.ID()
	if err != nil {
		return err
	}
	out := struct {
		Signature string `json:"signature"`
		Key       string `json:"depositKey"`
		ID        string `json:"depositId"`
		Mint      string `json:"mint"`
		Amount    string `json:"amount"`
		Recipient string `json:"recipient"`
	}{sig.String(), dk.String(), id.Hex(), mint.String(), raw.String(), to.Hex()}
	return emit(c.App.Writer, flagBool(c, jsonFlag), out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "deposited\t%s %s into the Solana vault (finalized)\n", amount.Format(raw, amount.Token{Symbol: mint.String(), Decimals: v.Decimals}), mint)
		fmt.Fprintf(tw, "recipient\t%s on Arbitrum\n", to.Hex())
		fmt.Fprintf(tw, "signature\t%s\n", sig)
		fmt.Fprintf(tw, "deposit id\t%s\n", id.Hex())
		fmt.Fprintf(tw, "\nThe inspectors release it on Arbitrum (or refund it on Solana); follow it with `idlegrid swap status %s`.\n", sig)
	})
}

func swapToSolana(c *cli.Context, _ []string) error {
	mint, err := swapMint(c, false)
	if err != nil {
		return err
	}
	toText := c.String(swapToFlag.Name)
	if toText == "" {
		return usageError("--%s: give the Solana wallet ADDRESS to pay", swapToFlag.Name)
	}
	to, err := solana.PublicKeyFromBase58(toText)
	if err != nil || to.IsZero() {
		return usageError("--%s %q: not a Solana address (base58 public key)", swapToFlag.Name, toText)
	}
	if c.String(swapAmountFlag.Name) == "" {
		return usageError("--%s: give the GRID to send, e.g. --amount 100", swapAmountFlag.Name)
	}
	grid, err := amount.Parse(c.String(swapAmountFlag.Name), amount.GRID)
	if err != nil || grid.Sign() <= 0 {
		return usageError("--%s: %v (GRID, more than zero)", swapAmountFlag.Name, errOr(err, "not positive"))
	}
	if new(big.Int).Mod(grid, big.NewInt(1e9)).Sign() != 0 {
		return usageError("--%s: at most 9 decimals (Solana GRID's precision)", swapAmountFlag.Name)
	}
	var minOut uint64
	if s := c.String(swapMinOutFlag.Name); s != "" {
		v, err := amount.Parse(s, amount.Token{Symbol: "USDC", Decimals: 6})
		if err != nil || !v.IsUint64() {
			return usageError("--%s: %v", swapMinOutFlag.Name, errOr(err, "too large"))
		}
		minOut = v.Uint64()
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := protocol.NewGateway(s.conn).BridgeToSolana(s.ctx, protocol.BridgeRequest{Mint: mint, GridAmount: grid, Recipient: [32]byte(to), MinSolanaAmount: minOut})
	if err != nil {
		return err
	}
	decimals := uint8(9)
	if mint == oracle.SolanaMintUSDC {
		decimals = 6
	}
	paid := amount.Token{Symbol: mint.String(), Decimals: decimals}
	out := struct {
		ID           uint64        `json:"id"`
		Mint         string        `json:"mint"`
		GridAmount   jsonAmount    `json:"gridAmount"`
		SolanaAmount jsonAmount    `json:"solanaAmount"`
		Recipient    string        `json:"recipient"`
		Txs          []protocol.Tx `json:"txs"`
	}{r.ID, mint.String(), amt(grid, amount.GRID), amt(new(big.Int).SetUint64(r.SolanaAmount), paid), to.String(), r.Txs}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "outbound\t%d\n", r.ID)
		fmt.Fprintf(tw, "sent\t%s on Arbitrum\n", amount.Format(grid, amount.GRID))
		fmt.Fprintf(tw, "to receive\t%s on Solana, at %s\n", amount.Format(new(big.Int).SetUint64(r.SolanaAmount), paid), to)
		printTxs(tw, r.Txs...)
		fmt.Fprintf(tw, "\nThe inspectors pay it on Solana once the request is final; follow it with `idlegrid swap status %d`.\n", r.ID)
	})
}

func errOr(err error, text string) string {
	if err != nil {
		return err.Error()
	}
	return text
}

// swapView is a swap on both chains.
// swapStatus shows a swap on both chains as the indexer mirrors it (GET /v1/swaps/{id}).
func swapStatus(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give one ID: an outbound id (from `swap to-solana`), or a deposit's Solana signature, key or 0x id")
	}
	client, err := indexerClient(c)
	if err != nil {
		return err
	}
	v, err := client.Swap(c.Context, args[0])
	if err != nil {
		return indexerError(err)
	}
	return emit(c.App.Writer, flagBool(c, jsonFlag), v, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "%s\t%s\n", v.Kind, v.ID)
		fmt.Fprintf(tw, "state\t%s\n", v.State)
		for _, l := range v.Solana {
			fmt.Fprintf(tw, "solana\t%s\n", solanaStep(l))
		}
		for _, e := range v.Arbitrum {
			fmt.Fprintf(tw, "arbitrum\t%s in %s (block %d)%s\n", e.Event, e.Tx.Hex(), e.Block, eventDetail(e))
		}
	})
}

func solanaStep(l api.SwapSolana) string {
	switch l.Step {
	case "deposit":
		return fmt.Sprintf("deposited %d raw units of %s from %s in %s (slot %d, finalized), memo %s", l.Amount, l.Symbol, l.Source, l.Signature, l.Slot, l.Memo)
	case "release":
		return fmt.Sprintf("released %d raw units of %s in %s (slot %d, finalized)", l.Amount, l.Symbol, l.Signature, l.Slot)
	}
	return fmt.Sprintf("refunded %d raw units in %s (slot %d, finalized)", l.Amount, l.Signature, l.Slot)
}

func eventDetail(e api.SwapArbitrum) string {
	grid := e.GridWei
	if v, ok := new(big.Int).SetString(e.GridWei, 10); ok {
		grid = amount.Format(v, amount.GRID)
	}
	switch e.Event {
	case protocol.EventDepositReleased, protocol.EventDepositQueued, protocol.EventQueuedReleaseCompleted:
		return fmt.Sprintf(": %s to %s", grid, e.Recipient.Hex())
	case protocol.EventDepositRefundRecorded:
		return fmt.Sprintf(": reason %d", e.Reason)
	case protocol.EventOutboundRequested:
		return fmt.Sprintf(": %s from %s", grid, e.Sender.Hex())
	case protocol.EventOutboundReturned:
		return fmt.Sprintf(": %s back to %s, reason %d", grid, e.Sender.Hex(), e.Reason)
	}
	return ""
}

func swapFaucet(c *cli.Context, _ []string) error {
	toText := c.String(swapToFlag.Name)
	if toText == "" {
		return usageError("--%s: give the Solana wallet ADDRESS to fund", swapToFlag.Name)
	}
	to, err := solana.PublicKeyFromBase58(toText)
	if err != nil || to.IsZero() {
		return usageError("--%s %q: not a Solana address (base58 public key)", swapToFlag.Name, toText)
	}
	lamports, err := amount.Parse(c.String(faucetSOLFlag.Name), amount.Token{Symbol: "SOL", Decimals: 9})
	if err != nil || !lamports.IsUint64() {
		return usageError("--%s: %v", faucetSOLFlag.Name, errOr(err, "too large"))
	}
	f, sol, err := loadSolana(c)
	if err != nil {
		return err
	}
	usdc, err := amount.Parse(c.String(faucetUSDCFlag.Name), amount.Token{Symbol: "USDC", Decimals: f.USDC.Decimals})
	if err != nil || !usdc.IsUint64() {
		return usageError("--%s: %v", faucetUSDCFlag.Name, errOr(err, "too large"))
	}
	payer := devnet.SolanaPayer(devnet.Account{Account: devchain.DevAccounts(1)[0]})
	var sigs []string
	if lamports.Sign() > 0 {
		sig, err := sol.RequestAirdrop(c.Context, to, lamports.Uint64(), rpc.CommitmentFinalized)
		if err != nil {
			return fmt.Errorf("airdrop: %w", err)
		}
		if err := solgateway.Wait(c.Context, sol, sig, rpc.CommitmentFinalized); err != nil {
			return fmt.Errorf("airdrop: %w", err)
		}
		sigs = append(sigs, sig.String())
	}
	if usdc.Sign() > 0 {
		ata, _, err := solana.FindAssociatedTokenAddress(to, f.USDC.Mint)
		if err != nil {
			return err
		}
		ixs := []solana.Instruction{
			associatedtokenaccount.NewCreateInstruction(payer.PublicKey(), to, f.USDC.Mint).Build(),
			token.NewMintToInstruction(usdc.Uint64(), f.USDC.Mint, ata, payer.PublicKey(), nil).Build(),
		}
		if _, err := solgateway.TokenBalance(c.Context, sol, ata, rpc.CommitmentConfirmed); err == nil {
			ixs = ixs[1:]
		}
		sig, err := solgateway.SendAndWait(c.Context, sol, ixs, payer, nil, rpc.CommitmentFinalized)
		if err != nil {
			return fmt.Errorf("mint dev USDC (is this a devnet --solana cluster?): %w", err)
		}
		sigs = append(sigs, sig.String())
	}
	out := struct {
		To   string     `json:"to"`
		SOL  jsonAmount `json:"sol"`
		USDC jsonAmount `json:"usdc"`
		Txs  []string   `json:"signatures"`
	}{to.String(), amt(lamports, amount.Token{Symbol: "SOL", Decimals: 9}), amt(usdc, amount.Token{Symbol: "USDC", Decimals: f.USDC.Decimals}), sigs}
	return emit(c.App.Writer, flagBool(c, jsonFlag), out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "funded\t%s with %s and %s\n", to, out.SOL.Text, out.USDC.Text)
	})
}

// devnetSolana configures the devnet's Solana side for --solana; without Node it says how to get it.
func devnetSolana(c *cli.Context, cfg *devnet.Config) error {
	if !c.Bool(devnetSolanaFlag.Name) {
		return nil
	}
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("--%s: %w", devnetSolanaFlag.Name, svm.ErrNoNode)
	}
	sc := devnet.DefaultSolanaConfig()
	if cfg.DeploymentFile != "" {
		sc.DeploymentFile = filepath.Join(filepath.Dir(cfg.DeploymentFile), "devnet-solana.json")
	} else {
		sc.DeploymentFile = ""
	}
	cfg.Solana = &sc
	return nil
}

// printDevnetSolana prints the Solana side of a started devnet.
func printDevnetSolana(c *cli.Context, n *devnet.Node) error {
	info, ok := n.SolanaInfo()
	if !ok || flagBool(c, jsonFlag) {
		return nil
	}
	w := c.App.Writer
	fmt.Fprintf(w, "\nSolana node %s (cluster %s), gateway multisig %s (%d of %d inspectors)\n", info.URL, info.Deployment.Cluster,
		info.Deployment.Multisig, info.Deployment.Threshold, len(info.Deployment.Signers))
	if info.DeploymentFile != "" {
		fmt.Fprintf(w, "Solana deployment %s\n", info.DeploymentFile)
	}
	fmt.Fprintf(w, "GRID mint %s, dev USDC mint %s (mint authority, a faucet: %s)\n", info.Deployment.GRID.Mint, info.Deployment.USDC.Mint, info.Payer.PublicKey())
	_, err := fmt.Fprintln(w, "Try: idlegrid swap to-solana --amount 100 --to <your Solana wallet> --dev-account 1")
	return err
}
