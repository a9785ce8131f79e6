package devchain

import (
	"context"
	"errors"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/service"
)

func testConfig(t *testing.T, period time.Duration) Config {
	cfg := DefaultConfig()
	cfg.HTTPPort, cfg.WSPort = devchaintest.HTTPAndWS(t)
	cfg.BlockPeriod = period
	cfg.Accounts = 3
	return cfg
}

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		field  string
	}{
		{"default", func(*Config) {}, ""},
		{"zero chain id", func(c *Config) { c.ChainID = 0 }, "chain id"},
		{"public host", func(c *Config) { c.Host = "0.0.0.0" }, "loopback"},
		{"bad host", func(c *Config) { c.Host = "nope" }, "loopback"},
		{"http port", func(c *Config) { c.HTTPPort = 70000 }, "http port"},
		{"ws port", func(c *Config) { c.WSPort = 0 }, "ws port"},
		{"same ports", func(c *Config) { c.WSPort = c.HTTPPort }, "must differ"},
		{"negative period", func(c *Config) { c.BlockPeriod = -time.Second }, "block period"},
		{"gas limit", func(c *Config) { c.GasLimit = 10 }, "gas limit"},
		{"accounts", func(c *Config) { c.Accounts = 0 }, "accounts"},
		{"balance", func(c *Config) { c.AccountBalance = big.NewInt(0) }, "account balance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.mutate(&cfg)
			err := cfg.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.field) {
				t.Fatalf("error %v does not name %q", err, tt.field)
			}
		})
	}
}

func TestDevAccountsDeterministic(t *testing.T) {
	a, b := DevAccounts(3), DevAccounts(3)
	for i := range a {
		if a[i].Address != b[i].Address {
			t.Fatalf("account %d differs between calls", i)
		}
		if i > 0 && a[i].Address == a[i-1].Address {
			t.Fatalf("accounts %d and %d collide", i-1, i)
		}
	}
}

func TestServesRPCAndSealsBlocks(t *testing.T) {
	c := startChain(t, testConfig(t, 50*time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	for _, url := range []string{c.HTTPEndpoint(), c.WSEndpoint()} {
		client, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		id, err := client.ChainID(ctx)
		if err != nil || id.Uint64() != 31337 {
			t.Fatalf("%s: chain id %v, %v", url, id, err)
		}
		bal, err := client.BalanceAt(ctx, c.Accounts()[0].Address, nil)
		if err != nil || bal.Cmp(DefaultConfig().AccountBalance) != 0 {
			t.Fatalf("%s: dev balance %v, %v", url, bal, err)
		}
		client.Close()
	}

	client, _ := ethclient.DialContext(ctx, c.HTTPEndpoint())
	defer client.Close()
	start, _ := client.BlockNumber(ctx)
	deadline := time.Now().Add(5 * time.Second)
	for {
		n, err := client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= start+3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("block number stuck at %d (started at %d)", n, start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := c.Healthy(); err != nil {
		t.Fatalf("healthy: %v", err)
	}
	// Cancun, like Arbitrum: blob gas fields present, no Prague requests hash.
	if h, err := client.HeaderByNumber(ctx, nil); err != nil || h.ExcessBlobGas == nil || h.RequestsHash != nil {
		t.Fatalf("head is not a Cancun header: %+v, %v", h, err)
	}

	// A transfer sent over HTTP is mined by the sealer.
	from := c.Accounts()[0]
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	nonce, _ := client.PendingNonceAt(ctx, from.Address)
	tip, _ := client.SuggestGasTipCap(ctx)
	head, _ := client.HeaderByNumber(ctx, nil)
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 21_000, To: &to, Value: big.NewInt(12345),
	})
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transfer failed")
			}
			break
		}
		if time.Now().After(deadline.Add(5 * time.Second)) {
			t.Fatalf("transfer not mined: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if bal, _ := client.BalanceAt(ctx, to, nil); bal.Int64() != 12345 {
		t.Fatalf("recipient balance %v", bal)
	}

	if err := c.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := c.Healthy(); err == nil {
		t.Fatal("healthy after close")
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}

func TestPortInUseIsAnError(t *testing.T) {
	cfg := testConfig(t, 0)
	l, err := net.Listen("tcp", net.JoinHostPort(cfg.Host, itoa(cfg.HTTPPort)))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, err := New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	err = c.Start(context.Background())
	if err == nil {
		c.Close()
		t.Fatal("start succeeded on a taken port")
	}
	if !strings.Contains(err.Error(), "not free") {
		t.Fatalf("error does not say the port is taken: %v", err)
	}
}

func TestDataDirPersists(t *testing.T) {
	cfg := testConfig(t, 0)
	cfg.DataDir = t.TempDir()
	c := startChain(t, cfg)
	client, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	sendTransfer(t, c, client, to, 777)
	for range 3 {
		c.Commit()
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	cfg.HTTPPort, cfg.WSPort = devchaintest.HTTPAndWS(t)
	again := startChain(t, cfg)
	client2, _ := again.Client()
	head2, err := client2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head2.Number.Cmp(head.Number) < 0 {
		t.Fatalf("restarted chain at block %v, before %v", head2.Number, head.Number)
	}
	if h, err := client2.HeaderByNumber(ctx, head.Number); err != nil || h.Hash() != head.Hash() {
		t.Fatalf("block %v not kept across restart: %v", head.Number, err)
	}
	if bal, err := client2.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 777 {
		t.Fatalf("state not kept across restart: balance %v, %v", bal, err)
	}
	// And the restored chain keeps sealing on top of it.
	again.Commit()
	if n, _ := client2.BlockNumber(ctx); n != head.Number.Uint64()+1 {
		t.Fatalf("block after restart %d, want %d", n, head.Number.Uint64()+1)
	}
}

func sendTransfer(t *testing.T, c *Chain, client interface {
	PendingNonceAt(context.Context, common.Address) (uint64, error)
	SendTransaction(context.Context, *types.Transaction) error
}, to common.Address, wei int64) {
	t.Helper()
	from := c.Accounts()[0]
	nonce, err := client.PendingNonceAt(context.Background(), from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: 21_000, To: &to, Value: big.NewInt(wei),
	})
	if err := client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// TestStartWithEndedContextStartsNothing: a Start whose context has ended starts no chain (no node, no sealer,
// no port held), so a caller that sees the error has nothing to close; a started chain is a service.
func TestStartWithEndedContextStartsNothing(t *testing.T) {
	var _ service.Service = (*Chain)(nil)
	cfg := testConfig(t, 10*time.Millisecond)
	c, err := New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.Start(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("start with an ended context: %v", err)
	}
	if err := c.Healthy(); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("healthy: %v", err)
	}
	for _, port := range []int{cfg.HTTPPort, cfg.WSPort} {
		if err := portFree(cfg.Host, port); err != nil {
			t.Fatalf("port %d held after a refused start: %v", port, err)
		}
	}
	// Started and closed, it releases its ports too, and a second Start is refused while it runs.
	if err := c.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := c.Start(context.Background()); !errors.Is(err, service.ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	for _, port := range []int{cfg.HTTPPort, cfg.WSPort} {
		if err := portFree(cfg.Host, port); err != nil {
			t.Fatalf("port %d held after Close: %v", port, err)
		}
	}
}

// TestClockCatchesUpAfterABurst: blocks sealed faster than one a second push the chain's clock ahead of the
// wall clock (timestamps are whole seconds and strictly increasing); an idle chain then waits for the wall
// clock instead of running ahead for good, and a transaction is still mined at once (issue 13, item 9).
func TestClockCatchesUpAfterABurst(t *testing.T) {
	c := startChain(t, testConfig(t, 50*time.Millisecond))
	client, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	// A burst far enough ahead that "mined at the next tick" and "mined once the clock caught up" stay apart by
	// many seconds even on a loaded CI machine under -race.
	for range 24 {
		c.Commit()
	}
	head, _ := client.HeaderByNumber(context.Background(), nil)
	if ahead := int64(head.Time) - time.Now().Unix(); ahead < 18 {
		t.Fatalf("the burst left the chain only %d s ahead: nothing to test", ahead)
	}
	// A transaction sent while the chain is ahead is mined at the next tick, not when the clock catches up.
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	sendTransfer(t, c, client, to, 7)
	waitMined := time.Now().Add(8 * time.Second)
	for {
		bal, _ := client.BalanceAt(context.Background(), to, nil)
		if bal != nil && bal.Int64() == 7 {
			break
		}
		if time.Now().After(waitMined) {
			t.Fatal("a transaction waited for the clock to catch up")
		}
		time.Sleep(20 * time.Millisecond)
	}
	deadline := time.Now().Add(45 * time.Second)
	for {
		head, _ = client.HeaderByNumber(context.Background(), nil)
		if int64(head.Time) <= time.Now().Unix()+1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chain still %d s ahead of the wall clock", int64(head.Time)-time.Now().Unix())
		}
		if err := c.Healthy(); err != nil {
			t.Fatalf("waiting for the wall clock is healthy: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Blocks flow again at the period.
	before := head.Number.Uint64()
	time.Sleep(1500 * time.Millisecond)
	head, _ = client.HeaderByNumber(context.Background(), nil)
	if head.Number.Uint64() <= before {
		t.Fatalf("no block after catching up (head %d)", head.Number)
	}
}

// TestIncreaseTimeOverRPC: anvil's evm_increaseTime (a number or a hex quantity) and evm_mine, over HTTP as a
// test process calls them: the head moves that far at once, with a transaction pending at the time sealed
// first; later blocks keep counting from there; a negative or absurd increase is refused, naming seconds.
func TestIncreaseTimeOverRPC(t *testing.T) {
	c := startChain(t, testConfig(t, 100*time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(ctx, c.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	head := func() *types.Header {
		t.Helper()
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	// A transfer in the pool when time moves: sealed in a block of its own first.
	acc := c.Accounts()
	nonce, err := client.PendingNonceAt(ctx, acc[0].Address)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: nonce, To: &acc[1].Address, Value: big.NewInt(1),
		Gas: 21000, GasFeeCap: big.NewInt(10e9), GasTipCap: big.NewInt(2e9)}), types.LatestSignerForChainID(big.NewInt(31337)), acc[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var answer string
	if err := client.Client().CallContext(ctx, &answer, "evm_increaseTime", 3600); err != nil {
		t.Fatalf("evm_increaseTime 3600: %v", err)
	}
	after := head()
	before, err := client.HeaderByHash(ctx, after.ParentHash)
	if err != nil {
		t.Fatal(err)
	}
	if answer != "0xe10" || after.Time != before.Time+3600 {
		t.Fatalf("evm_increaseTime answered %s; head time %d -> %d, want +3600", answer, before.Time, after.Time)
	}
	if r, err := client.TransactionReceipt(ctx, tx.Hash()); err != nil || r.BlockNumber.Uint64() >= after.Number.Uint64() {
		t.Fatalf("the pending transfer was not sealed before the jump: %v %v", r, err)
	}
	if err := client.Client().CallContext(ctx, &answer, "evm_increaseTime", "0x3c"); err != nil || answer != "0x3c" {
		t.Fatalf("evm_increaseTime 0x3c: %q %v", answer, err)
	}
	if h := head(); h.Time < after.Time+60 {
		t.Fatalf("head time %d after +60 s from %d", h.Time, after.Time)
	}
	n := head().Number.Uint64()
	if err := client.Client().CallContext(ctx, &answer, "evm_mine"); err != nil {
		t.Fatalf("evm_mine: %v", err)
	}
	if h := head(); h.Number.Uint64() <= n || h.Time < after.Time+60 {
		t.Fatalf("evm_mine: head %d at %d, was %d", h.Number, h.Time, n)
	}
	// With nothing to mine the sealer keeps its period from the moved time (followers wait for later blocks).
	n = head().Number.Uint64()
	deadline := time.Now().Add(5 * time.Second)
	for head().Number.Uint64() < n+5 {
		if time.Now().After(deadline) {
			t.Fatalf("no blocks sealed after the time moved: head %d, was %d", head().Number, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, bad := range []any{-5, "ten", 1e12} {
		if err := client.Client().CallContext(ctx, &answer, "evm_increaseTime", bad); err == nil || !strings.Contains(err.Error(), "seconds") {
			t.Errorf("evm_increaseTime %v: %v, want a refusal naming seconds", bad, err)
		}
	}
}
