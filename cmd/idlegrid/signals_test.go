package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// runInterruptible runs a command in process as main does, with the interrupt handler attached; interrupt
// delivers Ctrl-C to it when ready returns true (polled). It returns stdout, stderr, the exit code the handler
// would have forced (-1: none) and the command's error.
func runInterruptible(t *testing.T, ready func(*interrupts) bool, signals int, args ...string) (string, string, int, error) {
	t.Helper()
	var out, errOut syncBuffer
	app := newApp(&out, &errOut)
	intr := interruptsOf(app)
	forced := make(chan int, 1)
	intr.exit = func(code int) { forced <- code }
	go func() {
		deadline := time.Now().Add(60 * time.Second)
		for !ready(intr) {
			if time.Now().After(deadline) {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
		for range signals {
			intr.interrupt(os.Interrupt)
		}
	}()
	err := app.RunContext(intr.context(context.Background()), append([]string{"idlegrid"}, args...))
	intr.done()
	code := -1
	select {
	case code = <-forced:
	default:
	}
	return out.String(), errOut.String(), code, err
}

func txPending(intr *interrupts) bool { return len(intr.pendingHashes()) > 0 }

// TestCtrlCAfterASendWaitsForIt: Ctrl-C while `lease open` waits for its transaction says which transaction
// is pending, waits for it, and reports the lease it opened, not "context canceled" for a lease that then
// opens anyway (issue 13, item 2).
func TestCtrlCAfterASendWaitsForIt(t *testing.T) {
	g2, _ := startDevnetWithAPI(t, "--block-period", "2s")
	dir := t.TempDir()
	q := filepath.Join(dir, "q.json")
	runJSON(t, g2, nil, "stake", "add", "100", "--dev-account", "1")
	runJSON(t, g2, nil, "machine", "list", "--name", "rig", "--class", "SIM", "--gpus", "1", "--dev-account", "1")
	runJSON(t, g2, nil, "quote", "sign", "--machine", "rig", "--price", "1 USD/h", "--dev-account", "1", "--out", q)
	// MockUSD takes permits: `lease open` sends exactly one transaction, openLease.

	out, errOut, forced, err := runInterruptible(t, txPending, 1, append(append([]string{}, g2...), "--json", "lease", "open", "--quote", q, "--hours", "1", "--dev-account", "2")...)
	if err != nil || forced != -1 {
		t.Fatalf("lease open after one Ctrl-C: %v (forced exit %d)\n%s", err, forced, errOut)
	}
	if !strings.Contains(errOut, "waiting for transaction 0x") || !strings.Contains(errOut, "to LeaseEscrow") {
		t.Fatalf("stderr does not name the pending transaction:\n%s", errOut)
	}
	var opened leasesOut
	if err := json.Unmarshal([]byte(out), &opened); err != nil || len(opened.Leases) != 1 || opened.Leases[0].Status != "open" {
		t.Fatalf("opened %+v (%v):\n%s", opened, err, out)
	}
}

// TestSecondCtrlCLeavesWithTheHash: a second Ctrl-C leaves without waiting, printing the pending
// transaction's hash and how to check it; `idlegrid tx show` then finds it mined.
func TestSecondCtrlCLeavesWithTheHash(t *testing.T) {
	g, _ := startDevnetWithAPI(t, "--block-period", "3s")
	runJSON(t, g, nil, "stake", "add", "100", "--dev-account", "1") // waits for a block: the chain is up
	_, errOut, forced, err := runInterruptible(t, txPending, 2, append(append([]string{}, g...), "stake", "add", "5", "--dev-account", "1")...)
	if !errors.Is(err, errInterrupted) {
		t.Fatalf("stake add after two Ctrl-C: %v\n%s", err, errOut)
	}
	if forced != -1 {
		t.Fatalf("forced exit %d: the command did not stop by itself", forced)
	}
	i := strings.Index(errOut, "left without waiting: transaction 0x")
	if i < 0 || !strings.Contains(errOut, "idlegrid tx show 0x") {
		t.Fatalf("stderr lacks the hash and how to check it:\n%s", errOut)
	}
	hash := strings.Fields(errOut[i+len("left without waiting: transaction "):])[0]
	var status struct {
		Status string `json:"status"`
	}
	waitUntil(t, func() bool {
		runJSON(t, g, &status, "tx", "show", hash)
		return status.Status == "succeeded"
	})
}

// TestSignalsStopLongCommands: SIGINT and SIGTERM stop a command that does not watch for them (a long CPU
// benchmark) within the grace period, through the real binary and real signals (issue 13, item 5).
func TestSignalsStopLongCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "idlegrid")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "gpu", "bench", "--backend", "cpu", "--class", gpuclass.H100, "--steps", "100000")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			time.Sleep(1500 * time.Millisecond) // running the benchmark by now
			select {
			case err := <-done:
				t.Fatalf("the benchmark ended before the signal: %v\n%s", err, stderr.String())
			default:
			}
			sent := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-done:
				t.Logf("%s: exited %v after %s", sig, err, time.Since(sent).Round(time.Millisecond))
				var exit *exec.ExitError
				if !errors.As(err, &exit) || exit.ExitCode() != exitFailure {
					t.Fatalf("exit %v, want status %d", err, exitFailure)
				}
			case <-time.After(15 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 15 s after %s:\n%s", sig, stderr.String())
			}
			if !strings.Contains(stderr.String(), "stopping") {
				t.Errorf("stderr does not say it is stopping:\n%s", stderr.String())
			}
		})
	}
	// The same binary's exit status as a shell sees it (issue 13, items 7 and 8): 2 and one line for a usage
	// error, 1 for a failure, and with --json the failure is an object on stdout.
	t.Run("exit status", func(t *testing.T) {
		none := filepath.Join(t.TempDir(), "none.json")
		for _, tc := range []struct {
			args       []string
			code       int
			want, json string
		}{
			{[]string{"lease", "show"}, exitUsage, "give the lease ID: idlegrid lease show ID", ""},
			{[]string{"frobnicate"}, exitUsage, `idlegrid: unknown command "frobnicate"`, ""},
			{[]string{"--deployment", none, "lease", "show", "1"}, exitFailure, "no deployment file at " + none, ""},
			{[]string{"--json", "--deployment", none, "lease", "show", "1"}, exitFailure, "", "no deployment file at " + none},
		} {
			cmd := exec.Command(bin, tc.args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != tc.code {
				t.Errorf("idlegrid %s: %v, want exit status %d\n%s%s", strings.Join(tc.args, " "), err, tc.code, stdout.String(), stderr.String())
				continue
			}
			if tc.want != "" && (!strings.Contains(stderr.String(), tc.want) || strings.Count(stderr.String(), "\n") != 1) {
				t.Errorf("idlegrid %s: stderr %q, want one line with %q", strings.Join(tc.args, " "), stderr.String(), tc.want)
			}
			if tc.json != "" {
				var j errorJSON
				if json.Unmarshal(stdout.Bytes(), &j) != nil || j.Error.Code == "" || !strings.Contains(j.Error.Message, tc.json) {
					t.Errorf("idlegrid %s: stdout %q, want a JSON error with a code and %q", strings.Join(tc.args, " "), stdout.String(), tc.json)
				}
			}
		}
	})
}

// TestPermitLeavesNoApproval: `lease open` pays with an EIP-2612 permit for exactly the deposit, so no
// allowance stands afterwards, not even one the renter had left from an earlier approval (the permit sets the
// allowance to the deposit, which the open uses up); nothing is left to revoke (issue 13, item 3). Tokens
// without permits take the approval path (TestApprovalLeftBehindIsReported, and in oracle/protocol
// TestApprovalForTokenWithoutPermit).
func TestPermitLeavesNoApproval(t *testing.T) {
	g, _ := startDevnetWithAPI(t)
	dir := t.TempDir()
	q := filepath.Join(dir, "q.json")
	runJSON(t, g, nil, "stake", "add", "300", "--dev-account", "1")
	runJSON(t, g, nil, "machine", "list", "--name", "rig", "--class", "SIM", "--gpus", "2", "--dev-account", "1")
	runJSON(t, g, nil, "quote", "sign", "--machine", "rig", "--gpus", "1", "--price", "1 USD/h", "--dev-account", "1", "--out", q)
	runJSON(t, g, nil, "token", "approve", "25", "--token", "usd", "--spender", "escrow", "--dev-account", "2")

	out, errOut, err := run(t, append(append([]string{}, g...), "--json", "lease", "open", "--quote", q, "--hours", "1", "--dev-account", "2")...)
	if err != nil {
		t.Fatalf("lease open: %v\n%s", err, errOut)
	}
	var opened leasesOut
	if err := json.Unmarshal([]byte(out), &opened); err != nil || opened.Result == nil || !opened.Result.Permit || len(opened.Txs) != 1 {
		t.Fatalf("lease open %+v (%v): want one transaction paid by permit", opened, err)
	}
	if strings.Contains(errOut, "may still pull") {
		t.Fatalf("an allowance is reported left after a permit-paid open:\n%s", errOut)
	}
	var allowed struct {
		Allowances []struct {
			Token  string     `json:"token"`
			Amount jsonAmount `json:"amount"`
		} `json:"allowances"`
	}
	runJSON(t, g, &allowed, "token", "allowance", "--spender", "escrow", "--dev-account", "2")
	for _, a := range allowed.Allowances {
		if a.Amount.Value != "0" {
			t.Fatalf("allowance left after a permit-paid open: %+v", allowed)
		}
	}
	// Extending pays by permit too.
	out, errOut, err = run(t, append(append([]string{}, g...), "--json", "lease", "extend", "1", "--hours", "0.5", "--dev-account", "2")...)
	var extended leasesOut
	if err != nil || json.Unmarshal([]byte(out), &extended) != nil || extended.Result == nil || !extended.Result.Permit || len(extended.Txs) != 1 {
		t.Fatalf("lease extend: %v %+v\n%s", err, extended, errOut)
	}
}

// TestInterruptedErrorWrapsCancelledCalls: a call cut short by the interrupt is the interrupt, even when its
// error text already says "interrupted" (net/http's does) without wrapping errInterrupted.
func TestInterruptedErrorWrapsCancelledCalls(t *testing.T) {
	cut := fmt.Errorf("send tx nonce 2: eth_sendRawTransaction: %w (last failure: Post \"http://127.0.0.1:1\": interrupted)", context.Canceled)
	if err := interruptedError(cut); !errors.Is(err, errInterrupted) {
		t.Fatalf("%v: not errInterrupted", err)
	}
	own := fmt.Errorf("%w: not sending another transaction", errInterrupted)
	if err := interruptedError(own); err != own {
		t.Fatalf("an interrupt was wrapped again: %v", err)
	}
	other := errors.New("execution reverted")
	if err := interruptedError(other); err != other {
		t.Fatalf("a failure became an interrupt: %v", err)
	}
}
