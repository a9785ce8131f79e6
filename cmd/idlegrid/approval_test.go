package main

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
)

// plainERC20 is contracts/test/mocks/MockERC20.sol as oracle/internal/chaintest embeds it: an ERC-20 without
// EIP-2612 permits (6 decimals here, open mint), as some stablecoins are.
func plainERC20(t *testing.T) (abi.ABI, []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "oracle", "internal", "chaintest", "testdata", "MockERC20.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode hexutil.Bytes   `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	return parsed, art.Bytecode
}

// TestApprovalLeftBehindIsReported: with a stablecoin that takes no permits, `lease open` approves the escrow
// for exactly the deposit first. Ctrl-C while it waits for that approval lets it be mined, sends nothing more,
// and says the approval stands and how to revoke it; a later lease paid from it says what of it is left
// (issue 13, item 3). Anvil mines a block a second here, so the approval is pending long enough to interrupt.
func TestApprovalLeftBehindIsReported(t *testing.T) {
	anvilBin := findAnvil(t)
	port := devchaintest.Ports(t, 1)[0]
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	anvil := exec.Command(anvilBin, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", "31337", "--block-time", "1")
	if err := anvil.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		anvil.Process.Kill()
		anvil.Wait()
	})
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	client := ethclient.NewClient(waitForNode(t, ctx, url))
	deployer := submitter(t, client, anvilKey(t, 0))
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(anvilKey(t, i).PublicKey) }

	// The plain stablecoin, and 100 of it for the renter.
	tokenABI, code := plainERC20(t)
	args, err := tokenABI.Pack("", "Plain USD", "PUSD", uint8(6))
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := deployer.Submit(ctx, chain.TxRequest{Label: "deploy plain USD", Data: append(append([]byte{}, code...), args...)})
	if err != nil {
		t.Fatal(err)
	}
	usd := rcpt.ContractAddress
	mint, _ := tokenABI.Pack("mint", addr(2), big.NewInt(100e6))
	if _, err := deployer.Submit(ctx, chain.TxRequest{Label: "mint plain USD", To: &usd, Data: mint}); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	dep := filepath.Join(dir, "anvil.json")
	key := func(i int) []string { return []string{"--dev-key", anvilKeys[i]} }
	runJSON(t, []string{"--rpc", url}, nil, append([]string{"deploy", "--chain", "anvil", "--usd-token", usd.Hex(), "--out", dep}, key(0)...)...)
	g := []string{"--rpc", url, "--deployment", dep}
	runJSON(t, g, nil, append([]string{"token", "faucet", "--to", addr(1).Hex(), "--usd", "0", "--grid", "300", "--eth", "0"}, key(0)...)...)
	runJSON(t, g, nil, append([]string{"stake", "add", "300"}, key(1)...)...)
	runJSON(t, g, nil, append([]string{"machine", "list", "--name", "rig", "--class", "SIM", "--gpus", "2"}, key(1)...)...)
	bigQuote, small := filepath.Join(dir, "big.json"), filepath.Join(dir, "small.json")
	runJSON(t, g, nil, append([]string{"quote", "sign", "--machine", "rig", "--gpus", "1", "--price", "10 USD/h", "--out", bigQuote}, key(1)...)...)
	runJSON(t, g, nil, append([]string{"quote", "sign", "--machine", "rig", "--gpus", "1", "--price", "1 USD/h", "--out", small}, key(1)...)...)

	_, errOut, forced, err := runInterruptible(t, txPending, 1, append(append([]string{}, g...), append([]string{"lease", "open", "--quote", bigQuote, "--hours", "1"}, key(2)...)...)...)
	if !errors.Is(err, errInterrupted) || forced != -1 {
		t.Fatalf("lease open interrupted during its approval: %v (forced %d)\n%s", err, forced, errOut)
	}
	want := "the escrow may still pull 10.5 USD of yours; revoke it with `idlegrid token approve 0 --token usd --spender escrow`"
	if !strings.Contains(err.Error(), "the approval sent for it (tx 0x") || !strings.Contains(err.Error(), want) {
		t.Fatalf("error does not say the approval stands:\n%v", err)
	}
	var ls leasesOut
	runJSON(t, g, &ls, append([]string{"lease", "ls"}, key(2)...)...)
	if len(ls.Leases) != 0 {
		t.Fatalf("a lease opened after Ctrl-C: %+v", ls)
	}
	// The next open is paid from the standing approval (no permit to sign), and says what is left of it.
	out, errOut, err := run(t, append(append([]string{}, g...), append([]string{"--json", "lease", "open", "--quote", small, "--hours", "1"}, key(2)...)...)...)
	if err != nil || !strings.Contains(errOut, "the escrow may still pull 9.45 USD of yours") {
		t.Fatalf("lease open from a standing approval: %v\n%s", err, errOut)
	}
	var opened leasesOut
	if err := json.Unmarshal([]byte(out), &opened); err != nil || opened.Result == nil || opened.Result.Permit || len(opened.Txs) != 1 {
		t.Fatalf("lease open from a standing approval %+v (%v): want openLease alone, no permit", opened, err)
	}
}
