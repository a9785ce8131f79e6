package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
)

// TestDecodesReverts runs contracts/test/fixtures/Reverter.sol on the simulated chain and checks that each
// way it reverts is decoded from what the node really returns, through eth_call, eth_estimateGas and a
// transaction that fails on chain.
func TestDecodesReverts(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	decoder := chain.NewErrorDecoder(&rev.ABI)
	ctx := ctxTimeout(t, 30*time.Second)
	machine := common.HexToHash("0x6d616368696e652d31")
	caller := c.Addr(0)

	tests := []struct {
		name     string
		data     []byte
		decoder  *chain.ErrorDecoder
		wantName string
		wantArgs map[string]any
		wantText string
	}{
		{"custom error", rev.MustPack(t, "addStake", big.NewInt(10)), decoder, "InsufficientStake",
			map[string]any{"have": big.NewInt(10), "need": big.NewInt(20)}, "InsufficientStake(have=10, need=20)"},
		{"custom error with address and bytes32", rev.MustPack(t, "requireListed", [32]byte(machine)), decoder, "NotListed",
			map[string]any{"machineId": [32]byte(machine), "caller": caller},
			"NotListed(machineId=" + machine.Hex() + ", caller=" + caller.Hex() + ")"},
		{"Error(string)", rev.MustPack(t, "requireNonZero", big.NewInt(0)), decoder, chain.ErrorName,
			map[string]any{"reason": "value is zero"}, `Error(reason="value is zero")`},
		{"Panic(uint256)", rev.MustPack(t, "divide", big.NewInt(1), big.NewInt(0)), decoder, chain.PanicName,
			map[string]any{"code": big.NewInt(0x12)}, "Panic(code=0x12: division or modulo by zero)"},
		{"bare revert", rev.MustPack(t, "revertBare"), decoder, "", nil, "execution reverted without data"},
		{"custom error without its ABI", rev.MustPack(t, "addStake", big.NewInt(10)), chain.NewErrorDecoder(), "", nil,
			"execution reverted with unknown error " + selectorHex(rev.ABI, "InsufficientStake")},
	}
	check := func(t *testing.T, err error, wantName string, wantArgs map[string]any, wantText string) {
		t.Helper()
		var re *chain.RevertError
		if !errors.As(err, &re) || !errors.Is(err, chain.ErrReverted) {
			t.Fatalf("err = %v (%T), want a *RevertError", err, err)
		}
		if re.Name != wantName {
			t.Fatalf("name %q, want %q", re.Name, wantName)
		}
		for name, want := range wantArgs {
			got, ok := re.Arg(name)
			if !ok {
				t.Fatalf("no argument %q in %v", name, re.Args)
			}
			if wb, ok := want.(*big.Int); ok {
				if gb, _ := got.(*big.Int); gb == nil || gb.Cmp(wb) != 0 {
					t.Fatalf("%s = %v, want %v", name, got, want)
				}
			} else if got != want {
				t.Fatalf("%s = %v, want %v", name, got, want)
			}
		}
		if !strings.Contains(err.Error(), wantText) {
			t.Fatalf("error %q does not contain %q", err, wantText)
		}
		if wantName != "" && !chain.IsRevert(err, wantName) {
			t.Fatalf("IsRevert(err, %q) is false", wantName)
		}
	}

	for _, tc := range tests {
		t.Run("eth_call/"+tc.name, func(t *testing.T) {
			_, err := chain.Call(ctx, c.Client, tc.decoder, ethereum.CallMsg{From: caller, To: &at, Data: tc.data}, nil)
			check(t, err, tc.wantName, tc.wantArgs, tc.wantText)
		})
		t.Run("estimate/"+tc.name, func(t *testing.T) {
			s := newSubmitter(t, c, nil, c.Keys[0], testConfig(), tc.decoder)
			_, err := s.Send(ctx, chain.TxRequest{Label: tc.name, To: &at, Data: tc.data})
			check(t, err, tc.wantName, tc.wantArgs, tc.wantText)
			if !strings.HasPrefix(err.Error(), tc.name+": estimate gas: ") {
				t.Fatalf("error %q does not say which transaction and step failed", err)
			}
		})
		t.Run("mined/"+tc.name, func(t *testing.T) {
			// A fixed gas limit skips estimation, so the transaction is mined and fails on chain; the revert
			// data comes from replaying it on its block.
			s := newSubmitter(t, c, nil, c.Keys[0], testConfig(), tc.decoder)
			p, err := s.Send(ctx, chain.TxRequest{Label: tc.name, To: &at, Data: tc.data, GasLimit: 200_000})
			if err != nil {
				t.Fatal(err)
			}
			c.Commit()
			rcpt, err := s.Wait(ctx, p)
			if rcpt == nil || rcpt.Status != types.ReceiptStatusFailed {
				t.Fatalf("receipt %v, want a failed one", rcpt)
			}
			if !errors.Is(err, chain.ErrTxFailed) {
				t.Fatalf("err = %v, want ErrTxFailed", err)
			}
			check(t, err, tc.wantName, tc.wantArgs, tc.wantText)
		})
	}

	t.Run("out of gas is not a revert", func(t *testing.T) {
		s := newSubmitter(t, c, nil, c.Keys[0], testConfig(), decoder)
		p, err := s.Send(ctx, chain.TxRequest{Label: "starved", To: &at, Data: rev.MustPack(t, "addStake", big.NewInt(50)), GasLimit: 22_000})
		if err != nil {
			t.Fatal(err)
		}
		c.Commit()
		rcpt, err := s.Wait(ctx, p)
		if rcpt == nil || rcpt.Status != types.ReceiptStatusFailed || !errors.Is(err, chain.ErrTxFailed) || errors.Is(err, chain.ErrReverted) {
			t.Fatalf("receipt %v, err %v: want a failed receipt without a revert reason", rcpt, err)
		}
		if !strings.Contains(err.Error(), "out of gas") {
			t.Fatalf("error %q does not suggest running out of gas", err)
		}
	})
}

func selectorHex(a abi.ABI, name string) string {
	id := a.Errors[name].ID
	return "0x" + common.Bytes2Hex(id[:4])
}

func TestDecodeData(t *testing.T) {
	errorABI, err := abi.JSON(strings.NewReader(`[
		{"type":"error","name":"InsufficientStake","inputs":[{"name":"have","type":"uint256"},{"name":"need","type":"uint256"}]},
		{"type":"error","name":"SignersNotAscending","inputs":[{"name":"index","type":"uint256"}]},
		{"type":"error","name":"Batch","inputs":[{"name":"ids","type":"uint64[]"},{"name":"who","type":"address[]"},{"name":"ok","type":"bool"},{"name":"blob","type":"bytes"}]}
	]`))
	if err != nil {
		t.Fatal(err)
	}
	pack := func(name string, args ...any) []byte {
		e := errorABI.Errors[name]
		data, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(append([]byte{}, e.ID[:4]...), data...)
	}
	d := chain.NewErrorDecoder(&errorABI, nil, &errorABI) // nil and repeated ABIs are harmless
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"two uint256", pack("InsufficientStake", big.NewInt(10), big.NewInt(20)), "InsufficientStake(have=10, need=20)"},
		{"arrays, bool and bytes", pack("Batch", []uint64{1, 2}, []common.Address{{0xaa}}, true, []byte{0xbe, 0xef}),
			"Batch(ids=[1, 2], who=[" + common.Address{0xaa}.Hex() + "], ok=true, blob=0xbeef)"},
		{"truncated arguments", pack("InsufficientStake", big.NewInt(10), big.NewInt(20))[:36],
			"execution reverted with unknown error " + selectorHex(errorABI, "InsufficientStake") + " (data " +
				selectorHex(errorABI, "InsufficientStake") + "000000000000000000000000000000000000000000000000000000000000000a)"},
		{"short data", []byte{1, 2}, "execution reverted with unknown error 0x0102 (data 0x0102)"},
		{"empty", nil, "execution reverted without data"},
		{"unknown panic code", append(common.FromHex("0x4e487b71"), common.LeftPadBytes([]byte{0x99}, 32)...),
			"Panic(code=0x99: unknown panic code: 0x99)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Decode(tc.data).Error(); got != tc.want {
				t.Fatalf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	t.Run("plain errors pass through", func(t *testing.T) {
		plain := errors.New("connection refused")
		if got := d.Wrap(plain); got != plain {
			t.Fatalf("Wrap changed a non-revert error: %v", got)
		}
		if d.Wrap(nil) != nil {
			t.Fatal("Wrap(nil) is not nil")
		}
	})
}
