package bridge_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// fakeArbitrum is a hand-written fake of the bridge's Arbitrum interface: releaseDeposit's pre-check reverts
// with checkRevert; everything sent is recorded.
type fakeArbitrum struct {
	checkRevert string
	decided     bool
	events      []protocol.GatewayEvent
	head        uint64
	released    []oracle.SolanaDepositRelease
	refunds     []oracle.SolanaDepositRefund
}

func (f *fakeArbitrum) Address() common.Address {
	return common.HexToAddress("0x3333333333333333333333333333333333333333")
}
func (f *fakeArbitrum) Decided(context.Context, common.Hash) (bool, error) {
	return f.decided, nil
}
func (f *fakeArbitrum) CheckRelease(context.Context, protocol.SolanaDepositKey, oracle.SolanaDepositRelease, []byte) error {
	return &chain.RevertError{Name: f.checkRevert, Raw: []byte{1, 2, 3, 4}}
}
func (f *fakeArbitrum) ReleaseDeposit(_ context.Context, _ protocol.SolanaDepositKey, p oracle.SolanaDepositRelease, _ []byte) (protocol.Release, error) {
	f.released = append(f.released, p)
	return protocol.Release{Tx: protocol.Tx{Hash: common.Hash{1}, Block: f.head}, GridAmount: big.NewInt(1)}, nil
}
func (f *fakeArbitrum) RecordRefund(_ context.Context, _ protocol.SolanaDepositKey, p oracle.SolanaDepositRefund, _ []byte) (protocol.Tx, error) {
	f.refunds = append(f.refunds, p)
	return protocol.Tx{Hash: common.Hash{2}, Block: f.head}, nil
}
func (f *fakeArbitrum) CompleteRelease(context.Context, common.Hash) (protocol.Tx, error) {
	return protocol.Tx{}, errors.New("not in this test")
}
func (f *fakeArbitrum) ReturnOutbound(context.Context, oracle.SolanaOutboundReturn, []byte) (protocol.Tx, error) {
	return protocol.Tx{}, errors.New("not in this test")
}
func (f *fakeArbitrum) QueuedRelease(context.Context, common.Hash) (protocol.QueuedRelease, error) {
	return protocol.QueuedRelease{}, nil
}
func (f *fakeArbitrum) Outbound(context.Context, uint64) (protocol.Outbound, error) {
	return protocol.Outbound{}, errors.New("not in this test")
}
func (f *fakeArbitrum) Head(context.Context) (uint64, error) { return f.head, nil }
func (f *fakeArbitrum) Events(context.Context, uint64, uint64) ([]protocol.GatewayEvent, error) {
	return f.events, nil
}

type fakeClock struct{}

func (fakeClock) Now(context.Context) (uint64, error) { return 1, nil }

// fakeAttester records what it was asked to attest.
type fakeAttester struct{ payloads []oracle.Payload }

func (a *fakeAttester) Attest(_ context.Context, _ common.Address, _ common.Hash, p oracle.Payload) ([]byte, error) {
	a.payloads = append(a.payloads, p)
	return []byte{0xaa}, nil
}

type fakeMirror struct{ deposits []bridge.MirroredDeposit }

func (m fakeMirror) Deposits(context.Context) ([]bridge.MirroredDeposit, error) {
	return m.deposits, nil
}
func (m fakeMirror) Outflows(context.Context) ([]bridge.MirroredOutflow, error) { return nil, nil }

// noSolana fails every call: the decisions under test never reach Solana.
type noSolana struct{ solgateway.Client }

func (noSolana) GetSignatureStatuses(context.Context, bool, ...solana.Signature) (*rpc.GetSignatureStatusesResult, error) {
	return nil, errors.New("solana must not be called")
}

func testDeployment(t *testing.T, key solana.PrivateKey) solgateway.Deployment {
	t.Helper()
	pk := func() solana.PublicKey { k, _ := solana.NewRandomPrivateKey(); return k.PublicKey() }
	return solgateway.Deployment{Cluster: solana.Hash{9}, Multisig: pk(), Threshold: 1, Signers: []solana.PublicKey{key.PublicKey()},
		GRID:   solgateway.Vault{Symbol: "GRID", Mint: pk(), Decimals: 9, Account: pk()},
		USDC:   solgateway.Vault{Symbol: "USDC", Mint: pk(), Decimals: 6, Account: pk()},
		Nonces: []solgateway.NonceAccount{{Address: pk(), Authority: key.PublicKey()}}}
}

func TestDecisions(t *testing.T) {
	key, _ := solana.NewRandomPrivateKey()
	d := testDeployment(t, key)
	good := bridge.MirroredDeposit{Key: solgateway.DepositKey{Cluster: d.Cluster, Signature: solana.Signature{1}, Index: 0}, Symbol: "USDC",
		Source: key.PublicKey(), Amount: 5e6, Recipient: "0x1111111111111111111111111111111111111111"}
	malformed := good
	malformed.Recipient, malformed.Malformed = "", "memo \"hi\": want the Arbitrum recipient as 0x-hex"
	tests := []struct {
		name        string
		dep         bridge.MirroredDeposit
		revert      string
		noPriceWait time.Duration
		wantRefund  oracle.RefundReason // 0: no refund
		wantRelease bool
		wantState   string
		wantErr     string
	}{
		{"malformed memo", malformed, "", 0, oracle.RefundMalformedMemo, false, bridge.StateRefundRecorded, ""},
		{"recipient unusable", good, "UnusableRecipient", 0, oracle.RefundRecipientUnusable, false, bridge.StateRefundRecorded, ""},
		{"above the cap", good, "AmountAboveCap", 0, oracle.RefundAboveCap, false, bridge.StateRefundRecorded, ""},
		{"GRID locked short", good, "InsufficientLocked", 0, oracle.RefundReserveShort, false, bridge.StateRefundRecorded, ""},
		{"reserve short", good, "InsufficientReserve", 0, oracle.RefundReserveShort, false, bridge.StateRefundRecorded, ""},
		{"too small", good, "SwapTooSmall", 0, oracle.RefundTooSmall, false, bridge.StateRefundRecorded, ""},
		{"no price yet: wait", good, "NoPrice", time.Hour, 0, false, bridge.StateNew, ""},
		{"no price for too long", good, "StalePrice", 0, oracle.RefundNoPrice, false, bridge.StateRefundRecorded, ""},
		{"paused: retry later", good, "EnforcedPause", 0, 0, false, bridge.StateNew, "EnforcedPause"},
		{"only the quorum left: release", good, "NotEnoughSignatures", 0, 0, true, bridge.StateReleased, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			store, err := bridgestore.Open(ctx, filepath.Join(t.TempDir(), "bridge.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			arb := &fakeArbitrum{checkRevert: tt.revert, head: 100}
			att := &fakeAttester{}
			cfg := bridge.DefaultConfig()
			cfg.Deployment, cfg.ChainID, cfg.NoPriceWait = d, 31337, tt.noPriceWait
			b, err := bridge.New(cfg, bridge.Deps{Store: store, Mirror: fakeMirror{[]bridge.MirroredDeposit{tt.dep}}, Arbitrum: arb,
				Clock: fakeClock{}, Attester: att, Solana: noSolana{}, SolanaKeys: []solana.PrivateKey{key}, Log: zerolog.Nop()})
			if err != nil {
				t.Fatal(err)
			}
			err = b.Pass(ctx)
			if (tt.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("pass: %v, want error %q", err, tt.wantErr)
			}
			id, _ := tt.dep.Key.ID()
			it, ok, err := store.Get(ctx, id.Hex())
			if err != nil || !ok {
				t.Fatalf("item: %v %v", ok, err)
			}
			if it.State != tt.wantState {
				t.Errorf("state %s, want %s", it.State, tt.wantState)
			}
			switch {
			case tt.wantRefund != 0:
				if len(arb.refunds) != 1 || arb.refunds[0].Reason != tt.wantRefund || arb.refunds[0].RefundAccount != [32]byte(tt.dep.Source) || len(arb.released) != 0 {
					t.Errorf("refunds %+v, releases %+v; want one refund for reason %d", arb.refunds, arb.released, tt.wantRefund)
				}
			case tt.wantRelease:
				if len(arb.released) != 1 || arb.released[0].Recipient != common.HexToAddress(tt.dep.Recipient) || len(arb.refunds) != 0 {
					t.Errorf("releases %+v, refunds %+v; want one release", arb.released, arb.refunds)
				}
			default:
				if len(att.payloads) != 0 || len(arb.released)+len(arb.refunds) != 0 {
					t.Errorf("attested %v, sent %d: want nothing", att.payloads, len(arb.released)+len(arb.refunds))
				}
			}
			// A second pass signs and sends nothing more (the refund waits for finality on Arbitrum; a release
			// is done).
			n := len(att.payloads)
			b.Pass(ctx)
			if tt.wantErr == "" && tt.noPriceWait == 0 && len(att.payloads) != n {
				t.Errorf("second pass attested again: %v", att.payloads[n:])
			}
		})
	}
}

// TestAdoptsDecisionOnChain: a deposit already decided on Arbitrum (by this bridge before a crash, or another
// inspector) is adopted from the gateway's events, never attested again.
func TestAdoptsDecisionOnChain(t *testing.T) {
	ctx := context.Background()
	key, _ := solana.NewRandomPrivateKey()
	d := testDeployment(t, key)
	dep := bridge.MirroredDeposit{Key: solgateway.DepositKey{Cluster: d.Cluster, Signature: solana.Signature{7}, Index: 1}, Symbol: "GRID",
		Source: key.PublicKey(), Amount: 5e9, Recipient: "0x1111111111111111111111111111111111111111"}
	id, _ := dep.Key.ID()
	store, err := bridgestore.Open(ctx, filepath.Join(t.TempDir(), "bridge.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	arb := &fakeArbitrum{decided: true, head: 50, events: []protocol.GatewayEvent{{Name: protocol.EventDepositQueued, DepositID: id, ReleasableAt: 99, Block: 40}}}
	att := &fakeAttester{}
	cfg := bridge.DefaultConfig()
	cfg.Deployment, cfg.ChainID = d, 31337
	b, err := bridge.New(cfg, bridge.Deps{Store: store, Mirror: fakeMirror{[]bridge.MirroredDeposit{dep}}, Arbitrum: arb, Clock: fakeClock{},
		Attester: att, Solana: noSolana{}, SolanaKeys: []solana.PrivateKey{key}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Pass(ctx); err != nil {
		t.Fatal(err)
	}
	it, _, _ := store.Get(ctx, id.Hex())
	if it.State != bridge.StateQueued || it.ReleasableAt != 99 || len(att.payloads) != 0 || len(arb.released) != 0 {
		t.Fatalf("item %+v, attested %d, released %d", it, len(att.payloads), len(arb.released))
	}
}

func TestConfigNamesTheField(t *testing.T) {
	key, _ := solana.NewRandomPrivateKey()
	d := testDeployment(t, key)
	for _, tt := range []struct {
		edit func(*bridge.Config)
		want string
	}{
		{func(c *bridge.Config) { c.ChainID = 0 }, "chain id"},
		{func(c *bridge.Config) { c.PollInterval = 0 }, "poll interval"},
		{func(c *bridge.Config) { c.CallTimeout = -1 }, "call timeout"},
		{func(c *bridge.Config) { c.NoPriceWait = -1 }, "no-price wait"},
		{func(c *bridge.Config) { c.Deployment.Threshold = 0 }, "threshold"},
	} {
		cfg := bridge.DefaultConfig()
		cfg.Deployment, cfg.ChainID = d, 1
		tt.edit(&cfg)
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v, want an error naming %q", err, tt.want)
		}
	}
	other, _ := solana.NewRandomPrivateKey()
	cfg := bridge.DefaultConfig()
	cfg.Deployment, cfg.ChainID = d, 1
	_, err := bridge.New(cfg, bridge.Deps{Store: &bridgestore.DB{}, Mirror: fakeMirror{}, Arbitrum: &fakeArbitrum{}, Clock: fakeClock{},
		Attester: &fakeAttester{}, Solana: noSolana{}, SolanaKeys: []solana.PrivateKey{other}})
	if err == nil || !strings.Contains(err.Error(), "solana keys") {
		t.Errorf("a proposer without a nonce account: %v", err)
	}
}
