package protocol_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

func mustParams(t *testing.T, ctx context.Context, g *protocol.Governance) protocol.GovParams {
	t.Helper()
	p, err := g.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustSet(t *testing.T, ctx context.Context, g *protocol.Governance, c *protocol.Conn, name, value string) protocol.Change {
	t.Helper()
	cur := mustParams(t, ctx, g)
	call, err := protocol.SetCall(c, cur, name, value)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := g.Submit(ctx, call)
	if err != nil {
		t.Fatalf("set %s %s: %v", name, value, err)
	}
	return ch
}

// TestGovernanceOnDevChain: where governance is an account, every setting is a direct call that takes effect
// at once; values are checked before anything is sent, naming the setting; another account is refused before
// sending; the inspector minimum's raise and a signer-set proposal show as pending with their times.
func TestGovernanceOnDevChain(t *testing.T) {
	f := newFixture(t)
	gov := f.conn(treasuryKey) // the deployer is governance on dev chains
	g := protocol.NewGovernance(gov)
	p := mustParams(t, f.ctx, g)
	dp := deploy.DevnetParams()
	if p.Owner != f.addr(treasuryKey) || p.Timelock != (common.Address{}) {
		t.Fatalf("owner %s timelock %s", p.Owner, p.Timelock)
	}
	if p.DisputeWindow != dp.DisputeWindow || p.UnbondingPeriod != dp.UnbondingPeriod || p.SignerSetDelay != dp.SignerSetDelay {
		t.Fatalf("params %+v, deployed with %+v", p, dp)
	}
	if p.SlashCapDowntimeBps != 3333 || p.SlashCapFraudBps != 10000 || p.PriceMaxMoveBpsPerHour != 1000 || !p.RequireVerification {
		t.Fatalf("defaults: %+v", p)
	}
	var sim *protocol.ClassParams
	for i := range p.Classes {
		if p.Classes[i].Class == "SIM" {
			sim = &p.Classes[i]
		}
	}
	if sim == nil || !sim.VerificationExempt || sim.MinStakePerGPU.Cmp(gridWei(100)) != 0 {
		t.Fatalf("SIM class %+v", sim)
	}
	if p.Gateway.WindowCap == nil || p.Gateway.WindowLength == 0 {
		t.Fatalf("gateway %+v", p.Gateway)
	}

	ch := mustSet(t, f.ctx, g, gov, "dispute-window", "3h")
	if ch.Scheduled || ch.Tx.Hash == (common.Hash{}) {
		t.Fatalf("a dev chain's change was not sent directly: %+v", ch)
	}
	mustSet(t, f.ctx, g, gov, "usd-fee-bps", "250")
	mustSet(t, f.ctx, g, gov, "verification-exempt:H100", "true")
	mustSet(t, f.ctx, g, gov, "price-max-move-bps-per-hour", "0")
	after := mustParams(t, f.ctx, g)
	if after.DisputeWindow != 3*time.Hour || after.USDFeeBps != 250 || after.GRIDFeeBps != p.GRIDFeeBps || after.PriceMaxMoveBpsPerHour != 0 {
		t.Fatalf("after the changes: %+v", after)
	}
	for _, c := range after.Classes {
		if c.Class == "H100" && !c.VerificationExempt {
			t.Fatal("H100 not exempt after setting it")
		}
	}

	for _, bad := range []struct{ name, value, want string }{
		{"dispute-window", "soon", "dispute-window"},
		{"usd-fee-bps", "10001", "usd-fee-bps"},
		{"min-stake-per-gpu", "100", "min-stake-per-gpu:H100"},
		{"min-stake-per-gpu:GTX480", "100", "unknown GPU class"},
		{"dispute-window:H100", "1h", "only min-stake-per-gpu"},
		{"treasury", "0x0", "treasury"},
		{"fees", "1", "not a governed parameter"},
		{"require-verification", "maybe", "require-verification"},
	} {
		_, err := protocol.SetCall(gov, p, bad.name, bad.value)
		if !errors.Is(err, protocol.ErrInvalidSetting) || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("set %s %q: %v, want ErrInvalidSetting naming %q", bad.name, bad.value, err, bad.want)
		}
	}

	// Another account is refused before sending, naming the owner.
	other := protocol.NewGovernance(f.conn(renterKey))
	call, err := protocol.SetCall(gov, after, "reporter-bps", "100")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Submit(f.ctx, call); !errors.Is(err, protocol.ErrNotGovernance) || !strings.Contains(err.Error(), f.addr(treasuryKey).Hex()) {
		t.Fatalf("a stranger's change: %v", err)
	}
	// The contract's own refusal comes back by name.
	call, _ = protocol.SetCall(gov, after, "dispute-window", "31d")
	if _, err := g.Submit(f.ctx, call); !chain.IsRevert(err, "DisputeWindowOutOfRange") {
		t.Fatalf("31-day dispute window: %v", err)
	}

	// A raise of the inspector minimum waits the signer-set delay.
	raised := new(big.Int).Add(p.InspectorMinStake, gridWei(1))
	mustSet(t, f.ctx, g, gov, "inspector-min-stake", amount.FormatNumber(raised, 18))
	pend := mustParams(t, f.ctx, g)
	if pend.PendingInspectorMinStake == nil || pend.PendingInspectorMinStake.Cmp(raised) != 0 || pend.PendingInspectorMinStakeAt == 0 || pend.InspectorMinStake.Cmp(p.InspectorMinStake) != 0 {
		t.Fatalf("pending raise: %+v", pend)
	}
	// Anyone applies it once effective; waiting is bounded (0: refused with the contract's reason).
	anyone := protocol.NewGovernance(f.conn(renterKey))
	if pend.PendingInspectorMinStakeAt > f.now() {
		if _, err := anyone.ApplyInspectorMinStake(f.ctx, 0); !chain.IsRevert(err, "InspectorMinStakeNotYetEffective") {
			t.Fatalf("applied early: %v", err)
		}
	}
	f.chain.AdjustTime(t, dp.SignerSetDelay+time.Second)
	if _, err := anyone.ApplyInspectorMinStake(f.ctx, 0); err != nil {
		t.Fatal(err)
	}
	if got := mustParams(t, f.ctx, g); got.InspectorMinStake.Cmp(raised) != 0 || got.PendingInspectorMinStake != nil {
		t.Fatalf("after applying the raise: %+v", got)
	}
	if _, err := anyone.ApplyInspectorMinStake(f.ctx, 0); err == nil || !strings.Contains(err.Error(), "no raise is pending") {
		t.Fatalf("applied twice: %v", err)
	}

	// A signer-set proposal: given in any order, proposed ascending, shown pending with its window.
	st, err := g.SignerSetStatus(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending != nil || st.Active.Threshold != 2 || len(st.Active.Signers) != 3 {
		t.Fatalf("status before: %+v", st)
	}
	addrs := []common.Address{f.addr(inspector0Key + 2), f.addr(inspector0Key), f.addr(inspector0Key + 1)}
	if _, err := protocol.ProposeSignerSetCall(gov, append(addrs, addrs[0]), 2); !errors.Is(err, oracle.ErrInvalidSignerSet) {
		t.Fatalf("a duplicate signer: %v", err)
	}
	if _, err := protocol.ProposeSignerSetCall(gov, addrs, 1); !errors.Is(err, oracle.ErrInvalidSignerSet) {
		t.Fatalf("1 of 3: %v", err)
	}
	call, err = protocol.ProposeSignerSetCall(gov, addrs, 3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Submit(f.ctx, call); err != nil {
		t.Fatal(err)
	}
	st, err = g.SignerSetStatus(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending == nil || st.Pending.Threshold != 3 || st.Pending.Version != st.Active.Version+1 || st.ExpiresAt != st.EffectiveAt+7*24*3600 || st.Delay != dp.SignerSetDelay {
		t.Fatalf("status after proposing: %+v", st)
	}
	if _, _, err := g.Execute(f.ctx, common.Hash{1}); !errors.Is(err, protocol.ErrOperation) {
		t.Fatalf("execute without a timelock: %v", err)
	}
}

// TestGovernanceThroughTimelock: on a public chain id the TimelockController owns the suite: a change is
// scheduled with the timelock's delay and its operation id, a second schedule of the same change is refused,
// execution before the delay is refused with the time, anyone executes it after, and the same change can be
// scheduled again once done. Only governance may schedule.
func TestGovernanceThroughTimelock(t *testing.T) {
	c := chaintest.NewWithChainID(t, 4, big.NewInt(421614))
	c.AutoMine(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	subs := make([]*chain.Submitter, len(c.Keys))
	for i, k := range c.Keys {
		cfg := chain.DefaultConfig()
		cfg.PollInterval = 5 * time.Millisecond
		var err error
		if subs[i], err = chain.NewSubmitter(cfg, c.Client, keys.NewSigner(k), c.ChainID, protocol.Errors(), zerolog.Nop()); err != nil {
			t.Fatal(err)
		}
	}
	p := deploy.DefaultParams()
	p.Chain = "arbitrum-sepolia"
	p.AllowMockUSD = true
	p.Governance = c.Addr(1)
	d, err := deploy.Deploy(ctx, c.Client, subs[0], c.ChainID, p, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := deployment.Verify(ctx, c.Client, d); err != nil {
		t.Fatal(err)
	}
	gov := protocol.NewConn(c.Client, d, subs[1])
	g := protocol.NewGovernance(gov)
	before := mustParams(t, ctx, g)
	if before.Owner != d.Contracts.TimelockController || before.TimelockDelay != p.TimelockDelay {
		t.Fatalf("owner %s, timelock delay %s", before.Owner, before.TimelockDelay)
	}

	ch := mustSet(t, ctx, g, gov, "dispute-window", "1d")
	now, err := gov.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !ch.Scheduled || ch.Operation == (common.Hash{}) || ch.ExecutableAt < now+uint64(p.TimelockDelay/time.Second)-5 || ch.ExecutableAt > now+uint64(p.TimelockDelay/time.Second) {
		t.Fatalf("change %+v at %d", ch, now)
	}
	if got := mustParams(t, ctx, g); got.DisputeWindow != before.DisputeWindow {
		t.Fatalf("a scheduled change took effect at once: %s", got.DisputeWindow)
	}
	ops, err := g.Scheduled(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) != 1 || ops[0].ID != ch.Operation || ops[0].Target != d.Contracts.Staking || ops[0].State != protocol.OpWaiting {
		t.Fatalf("scheduled %+v", ops)
	}
	call, _ := protocol.SetCall(gov, before, "dispute-window", "1d")
	if _, err := g.Submit(ctx, call); !errors.Is(err, protocol.ErrOperation) || !strings.Contains(err.Error(), ch.Operation.Hex()) {
		t.Fatalf("scheduled twice: %v", err)
	}
	// A stranger may not schedule (PROPOSER_ROLE), but may execute.
	stranger := protocol.NewGovernance(protocol.NewConn(c.Client, d, subs[2]))
	if _, err := stranger.Submit(ctx, call); !errors.Is(err, protocol.ErrNotGovernance) {
		t.Fatalf("a stranger scheduled: %v", err)
	}
	if _, _, err := stranger.Execute(ctx, ch.Operation); !errors.Is(err, protocol.ErrOperation) || !strings.Contains(err.Error(), "not executable before") {
		t.Fatalf("executed early: %v", err)
	}
	c.AdjustTime(t, p.TimelockDelay+time.Second)
	op, tx, err := stranger.Execute(ctx, ch.Operation)
	if err != nil {
		t.Fatal(err)
	}
	if op.State != protocol.OpDone || tx.Hash == (common.Hash{}) {
		t.Fatalf("executed %+v %+v", op, tx)
	}
	if got := mustParams(t, ctx, g); got.DisputeWindow != 24*time.Hour {
		t.Fatalf("dispute window after execution: %s", got.DisputeWindow)
	}
	if _, _, err := stranger.Execute(ctx, ch.Operation); !errors.Is(err, protocol.ErrOperation) || !strings.Contains(err.Error(), "already executed") {
		t.Fatalf("executed twice: %v", err)
	}
	if ops, err := g.Scheduled(ctx); err != nil || len(ops) != 0 {
		t.Fatalf("scheduled after execution: %+v %v", ops, err)
	}
	// The same change again: a new operation (the next salt).
	again, err := g.Submit(ctx, call)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Scheduled || again.Operation == ch.Operation {
		t.Fatalf("rescheduled %+v", again)
	}

	// A signer-set proposal goes through the timelock too; once executed, it is pending in the quorum.
	signers := []common.Address{c.Addr(0), c.Addr(2), c.Addr(3)}
	pcall, err := protocol.ProposeSignerSetCall(gov, signers, 2)
	if err != nil {
		t.Fatal(err)
	}
	pch, err := g.Submit(ctx, pcall)
	if err != nil || !pch.Scheduled {
		t.Fatalf("propose through the timelock: %+v %v", pch, err)
	}
	c.AdjustTime(t, p.TimelockDelay+time.Second)
	if _, _, err := stranger.Execute(ctx, pch.Operation); err != nil {
		t.Fatal(err)
	}
	st, err := g.SignerSetStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending == nil || st.Pending.Threshold != 2 || len(st.Pending.Signers) != 3 || st.EffectiveAt == 0 {
		t.Fatalf("pending after execution: %+v", st)
	}
}
