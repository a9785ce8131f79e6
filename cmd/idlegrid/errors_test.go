package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
)

func arg(name string, v any) chain.RevertArg { return chain.RevertArg{Name: name, Value: v} }

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// TestExplainReverts: the reverts people meet every day are said in tokens and hours, name the role and give
// the fix (issue 13, item 6).
func TestExplainReverts(t *testing.T) {
	usd, grid := revertContext{command: "lease open", token: amount.USD, devChain: true}, revertContext{command: "stake add", token: amount.GRID}
	tests := []struct {
		name string
		re   chain.RevertError
		ctx  revertContext
		want []string
	}{
		{"InsufficientFreeStake", chain.RevertError{Name: "InsufficientFreeStake", Args: []chain.RevertArg{arg("account", common.Address{1}),
			arg("role", uint8(1)), arg("free", new(big.Int).Add(ether(100), big.NewInt(5e17))), arg("required", ether(1000))}}, grid,
			[]string{"your inspector stake has 100.5 GRID free, 1000 GRID is needed", "stake 899.5 GRID more", "idlegrid stake add 899.5 --role inspector"}},
		{"ERC20InsufficientBalance on devnet", chain.RevertError{Name: "ERC20InsufficientBalance", Args: []chain.RevertArg{arg("sender", common.Address{2}),
			arg("balance", big.NewInt(1_500_000)), arg("needed", big.NewInt(7_560_000))}}, usd,
			[]string{"not enough USD", "holds 1.5 USD, 7.56 USD is needed (6.06 USD short)", "idlegrid token faucet"}},
		{"ERC20InsufficientBalance elsewhere", chain.RevertError{Name: "ERC20InsufficientBalance", Args: []chain.RevertArg{arg("sender", common.Address{2}),
			arg("balance", ether(1)), arg("needed", ether(2))}}, grid, []string{"not enough GRID", "holds 1 GRID, 2 GRID is needed", "add funds"}},
		{"SafeCastOverflowedUintDowncast", chain.RevertError{Name: "SafeCastOverflowedUintDowncast", Args: []chain.RevertArg{arg("bits", uint8(16)),
			arg("value", big.NewInt(70_000))}}, usd, []string{"70000 does not fit in 16 bits", "65535 GPUs"}},
		{"InvalidDuration on extend", chain.RevertError{Name: "InvalidDuration", Args: []chain.RevertArg{arg("duration", uint64(82_800)),
			arg("maxDuration", uint64(3_600))}}, revertContext{command: "lease extend"}, []string{"cannot be extended by 23h", "longest allowed extension is 1h"}},
		{"InvalidDuration on open", chain.RevertError{Name: "InvalidDuration", Args: []chain.RevertArg{arg("duration", uint64(7_200)),
			arg("maxDuration", uint64(3_600))}}, usd, []string{"a lease of 2h is longer than the quote allows: at most 1h"}},
		{"NoPrice on devnet", chain.RevertError{Name: "NoPrice"}, usd, []string{"--pay usd", "idlegrid price post"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := explainRevert(&tt.re, tt.ctx)
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q lacks %q", msg, w)
				}
			}
		})
	}
	// Every explanation copes with a revert whose arguments are missing (an ABI newer than the CLI).
	for _, name := range []string{"InsufficientFreeStake", "ERC20InsufficientBalance", "ERC20InsufficientAllowance", "SafeCastOverflowedUintDowncast",
		"InvalidDuration", "QuoteExpired", "QuoteNonceUsed", "InsufficientFreeGpus", "LeaseNotFound", "NotRenter", "NotProvider", "StalePrice", "DepositAboveMax"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s without arguments: panic %v", name, r)
				}
			}()
			explainRevert(&chain.RevertError{Name: name}, usd)
		}()
	}
	if msg := explainRevert(&chain.RevertError{Name: "SomethingNew"}, usd); msg != "" {
		t.Errorf("an unknown revert was explained: %q", msg)
	}
}

// TestJSONErrors: with --json an error is an object with a code, a message and the decoded revert; usage
// errors exit 2, failures 1 (issue 13, items 7 and 8).
func TestJSONErrors(t *testing.T) {
	re := &chain.RevertError{Name: "LeaseNotFound", Args: []chain.RevertArg{arg("leaseId", big.NewInt(99))}, Raw: []byte{1, 2, 3, 4}}
	failure := &commandErr{err: fmt.Errorf("lease 99: %w", re), message: "there is no lease 99", json: true}
	var out bytes.Buffer
	if code := reportError(&out, io.Discard, failure, nil); code != exitFailure {
		t.Fatalf("exit %d", code)
	}
	var j struct {
		Error struct {
			Code, Message, Detail string
			Revert                struct {
				Name string
				Args map[string]string
				Data string
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &j); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if j.Error.Code != "reverted" || j.Error.Message != "there is no lease 99" || j.Error.Revert.Name != "LeaseNotFound" ||
		j.Error.Revert.Args["leaseId"] != "99" || j.Error.Revert.Data != "0x01020304" || !strings.Contains(j.Error.Detail, "LeaseNotFound(leaseId=99)") {
		t.Fatalf("error object %+v", j)
	}
	out.Reset()
	if code := reportError(&out, io.Discard, usageError("give the lease ID"), []string{"--json"}); code != exitUsage {
		t.Fatalf("usage exit %d", code)
	}
	if err := json.Unmarshal(out.Bytes(), &j); err != nil || j.Error.Code != "usage" || j.Error.Message != "give the lease ID" {
		t.Fatalf("usage error %s (%v)", out.String(), err)
	}
	var errOut bytes.Buffer
	if code := reportError(io.Discard, &errOut, errors.New("boom"), nil); code != exitFailure || errOut.String() != "idlegrid: boom\n" {
		t.Fatalf("plain failure: exit %d, %q", code, errOut.String())
	}
}
