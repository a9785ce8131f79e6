package protocol_test

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// Reverts come back as the contract's custom error, by name and with its arguments, from estimation (the
// usual case: nothing is sent) — never a bare "execution reverted".
func TestRevertsDecodedByName(t *testing.T) {
	f := newFixture(t)
	f.fund(providerKey, gridWei(150), nil)
	provider := f.conn(providerKey)
	if _, err := protocol.NewStaking(provider).Stake(f.ctx, oracle.RoleProvider, gridWei(150)); err != nil {
		t.Fatal(err)
	}
	id := protocol.MachineID(f.addr(providerKey), "big")
	acct := f.addr(providerKey).Hex()

	tests := []struct {
		name string
		run  func() error
		want string // the exact decoded revert
	}{
		{"list beyond the free stake", func() error {
			_, _, err := protocol.NewMachines(provider).List(f.ctx, protocol.Listing{ID: id, Class: "SIM", GPUs: 2})
			return err
		}, "InsufficientFreeStake(account=" + acct + ", role=0, free=150000000000000000000, required=200000000000000000000)"},
		{"unbond beyond the free stake", func() error {
			_, _, err := protocol.NewStaking(provider).Unbond(f.ctx, oracle.RoleProvider, gridWei(151))
			return err
		}, "InsufficientFreeStake(account=" + acct + ", role=0, free=150000000000000000000, required=151000000000000000000)"},
		{"delist an unknown machine", func() error {
			_, err := protocol.NewMachines(provider).Delist(f.ctx, common.HexToHash("0x01"))
			return err
		}, "MachineNotListed(machineId=0x0000000000000000000000000000000000000000000000000000000000000001)"},
		{"settle an unknown lease", func() error {
			_, err := protocol.NewLeases(provider).Settle(f.ctx, big.NewInt(42))
			return err
		}, "LeaseNotFound(leaseId=42)"},
		{"propose a signer set as a non-owner", func() error {
			_, err := protocol.NewQuorum(provider).Propose(f.ctx, []common.Address{f.addr(providerKey)}, 1)
			return err
		}, "OwnableUnauthorizedAccount(account=" + acct + ")"},
		{"read a never-posted price", func() error {
			_, _, err := protocol.NewPriceOracle(provider).Price(f.ctx)
			return err
		}, "NoPrice()"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var re *chain.RevertError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a decoded revert", err)
			}
			if re.Error() != tt.want {
				t.Fatalf("revert %q, want %q", re.Error(), tt.want)
			}
			if strings.Contains(err.Error(), "execution reverted") {
				t.Fatalf("error still reads %q", err)
			}
		})
	}

	// A revert of a transaction that was mined (gas given, no estimate) is decoded from its replay.
	sub := f.subs[renterKey]
	escrow := f.d.Contracts.LeaseEscrow
	_, err := sub.Submit(f.ctx, chain.TxRequest{Label: "closeLease", To: &escrow, Data: leaseescrow.NewLeaseEscrow().PackCloseLease(big.NewInt(7)), GasLimit: 100_000})
	if !errors.Is(err, chain.ErrTxFailed) || !chain.IsRevert(err, "LeaseNotFound") {
		t.Fatalf("mined revert: %v", err)
	}
}

// Many goroutines send through one account's submitter at once: every transfer lands, each with its own
// nonce, and the balances add up.
func TestConcurrentSendersShareOneAccount(t *testing.T) {
	f := newFixture(t)
	tokens := protocol.NewTokens(f.conn(treasuryKey))
	const workers, each = 8, 3
	recipients := []int{providerKey, renterKey}
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	txs := make(chan protocol.Tx, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				tx, err := tokens.Transfer(f.ctx, oracle.PayGRID, f.addr(recipients[w%2]), gridWei(1))
				if err != nil {
					errs <- err
					return
				}
				txs <- tx
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(txs)
	for err := range errs {
		t.Fatal(err)
	}
	seen := map[common.Hash]bool{}
	for tx := range txs {
		if seen[tx.Hash] {
			t.Fatalf("transaction %s reported twice", tx.Hash)
		}
		seen[tx.Hash] = true
	}
	if len(seen) != workers*each {
		t.Fatalf("%d transfers mined, want %d", len(seen), workers*each)
	}
	for i, r := range recipients {
		if got := f.balance(oracle.PayGRID, r); got.Cmp(gridWei(workers*each/2)) != 0 {
			t.Errorf("recipient %d holds %s, want %d GRID", i, got, workers*each/2)
		}
	}
}

// The faucet is for dev chains only.
func TestFaucetRefusesPublicChains(t *testing.T) {
	f := newFixture(t)
	d := f.d
	d.ChainID = 421614
	conn := protocol.NewConn(f.chain.Client, d, f.subs[treasuryKey])
	_, err := protocol.NewTokens(conn).Faucet(f.ctx, f.addr(renterKey), protocol.FaucetAmounts{USD: usdUnits(1)})
	if !errors.Is(err, protocol.ErrNotDevChain) {
		t.Fatalf("faucet on chain 421614: %v", err)
	}
}
