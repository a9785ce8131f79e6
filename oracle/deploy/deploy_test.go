package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/leasejournal"
	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
	"github.com/idlegrid/idlegrid/bindings/solanagateway"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/bindings/timelock"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

func TestParamsValidate(t *testing.T) {
	if err := deploy.DevnetParams().Validate(); err != nil {
		t.Fatalf("devnet params: %v", err)
	}
	def := deploy.DefaultParams()
	def.Chain = "arbitrum-sepolia"
	if err := def.Validate(); err != nil {
		t.Fatalf("default params: %v", err)
	}
	tests := []struct {
		name   string
		change func(*deploy.Params)
		want   string
	}{
		{"chain name", func(p *deploy.Params) { p.Chain = "Arbitrum Sepolia" }, "chain name"},
		{"short unbonding", func(p *deploy.Params) { p.UnbondingPeriod = time.Hour }, "unbonding period"},
		{"long unbonding", func(p *deploy.Params) { p.UnbondingPeriod = 91 * 24 * time.Hour }, "unbonding period"},
		{"fractional delay", func(p *deploy.Params) { p.SignerSetDelay = 1500 * time.Millisecond }, "signer set delay"},
		// v1 applied a zero delay (a new inspector set at once); the v2 quorum refuses it.
		{"zero signer set delay", func(p *deploy.Params) { p.SignerSetDelay = 0 }, "signer set delay"},
		{"short dispute window", func(p *deploy.Params) { p.DisputeWindow = time.Minute }, "dispute window"},
		{"long dispute window", func(p *deploy.Params) { p.DisputeWindow = 31 * 24 * time.Hour }, "dispute window"},
		{"unbonding below cover", func(p *deploy.Params) { p.DisputeWindow = 24 * time.Hour }, "must cover the dispute window"},
		{"negative timelock delay", func(p *deploy.Params) { p.TimelockDelay = -time.Second }, "timelock delay"},
		{"usd fee", func(p *deploy.Params) { p.USDFeeBps = 1001 }, "USD fee"},
		{"grid fee above usd", func(p *deploy.Params) { p.GridFeeBps = p.USDFeeBps + 1 }, "GRID fee"},
		{"no price age", func(p *deploy.Params) { p.PriceMaxAge = 0 }, "price max age"},
		{"no supply", func(p *deploy.Params) { p.GridSupply = nil }, "GRID supply"},
		{"cap above uint96", func(p *deploy.Params) { p.RewardsCap = new(big.Int).Lsh(big.NewInt(1), 96) }, "rewards cap"},
		{"emission above cap", func(p *deploy.Params) { p.InitialEmission = new(big.Int).Add(p.RewardsCap, big.NewInt(1)) }, "initial emission"},
		{"funding above supply", func(p *deploy.Params) { p.GridSupply = big.NewInt(1) }, "above the GRID supply"},
		{"no classes", func(p *deploy.Params) { p.MinStakePerGPU = nil }, "no GPU classes"},
		{"duplicate class", func(p *deploy.Params) {
			p.MinStakePerGPU = append(p.MinStakePerGPU, deploy.ClassStake{Class: "SIM", PerGPU: big.NewInt(1)})
		}, "given twice"},
		{"long class", func(p *deploy.Params) {
			p.MinStakePerGPU = []deploy.ClassStake{{Class: strings.Repeat("X", 33), PerGPU: big.NewInt(1)}}
		}, "1 to 32"},
		{"zero class stake", func(p *deploy.Params) { p.MinStakePerGPU = []deploy.ClassStake{{Class: "SIM", PerGPU: new(big.Int)}} }, "positive"},
		{"gateway window", func(p *deploy.Params) { p.Gateway.Window = time.Minute }, "gateway window"},
		{"gateway zero cap", func(p *deploy.Params) { p.Gateway.WindowCap = new(big.Int) }, "gateway window cap"},
		{"gateway zero threshold", func(p *deploy.Params) { p.Gateway.LargeThreshold = nil }, "gateway large threshold"},
		{"gateway long delay", func(p *deploy.Params) { p.Gateway.LargeDelay = 31 * 24 * time.Hour }, "gateway large delay"},
		{"gateway fee", func(p *deploy.Params) { p.Gateway.SwapFeeBps = 1001 }, "gateway swap fee"},
		{"gateway decimals", func(p *deploy.Params) { p.Gateway.SolanaGridDecimals = 19 }, "Solana GRID decimals"},
		{"gateway reserve above supply", func(p *deploy.Params) { p.Gateway.Reserve = p.GridSupply }, "gateway reserve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := deploy.DevnetParams()
			tt.change(&p)
			err := p.Validate()
			if !errors.Is(err, deploy.ErrInvalidParams) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want an error mentioning %q", err, tt.want)
			}
		})
	}
}

// reader reads the deployed suite.
type reader struct {
	t   *testing.T
	ctx context.Context
	c   *chaintest.Chain
}

func (r reader) call(to common.Address, data []byte) []byte {
	r.t.Helper()
	out, err := chain.Call(r.ctx, r.c.Client, errorDecoder(r.t), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return out
}

func read[T any](r reader, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	r.t.Helper()
	v, err := unpack(r.call(to, data))
	if err != nil {
		r.t.Fatal(err)
	}
	return v
}

var (
	stk, q, esc, orc = staking.NewStaking(), quorum.NewAttestationQuorum(), leaseescrow.NewLeaseEscrow(), priceoracle.NewGridPriceOracle()
	rw, gt, reg, jr  = rewards.NewRewards(), gridtoken.NewGridToken(), noderegistry.NewNodeRegistry(), leasejournal.NewLeaseJournal()
	gw, tlc          = solanagateway.NewSolanaGateway(), timelock.NewTimelockController()
)

type link struct {
	name      string
	got, want common.Address
}

func checkLinks(t *testing.T, links []link) {
	t.Helper()
	for _, l := range links {
		if l.got != l.want {
			t.Errorf("%s = %s, want %s", l.name, l.got, l.want)
		}
	}
}

// suiteLinks are the addresses every contract must hold of the others.
func suiteLinks(r reader, ct deployment.Contracts, treasury common.Address) []link {
	return []link{
		{"Staking.grid", read(r, ct.Staking, stk.PackGrid(), stk.UnpackGrid), ct.GridToken},
		{"Staking.quorum", read(r, ct.Staking, stk.PackQuorum(), stk.UnpackQuorum), ct.AttestationQuorum},
		{"Staking.nodeRegistry", read(r, ct.Staking, stk.PackNodeRegistry(), stk.UnpackNodeRegistry), ct.NodeRegistry},
		{"Staking.leaseEscrow", read(r, ct.Staking, stk.PackLeaseEscrow(), stk.UnpackLeaseEscrow), ct.LeaseEscrow},
		{"AttestationQuorum.staking", read(r, ct.AttestationQuorum, q.PackStaking(), q.UnpackStaking), ct.Staking},
		{"GridPriceOracle.quorum", read(r, ct.GridPriceOracle, orc.PackQuorum(), orc.UnpackQuorum), ct.AttestationQuorum},
		{"NodeRegistry.staking", read(r, ct.NodeRegistry, reg.PackStaking(), reg.UnpackStaking), ct.Staking},
		{"NodeRegistry.quorum", read(r, ct.NodeRegistry, reg.PackQuorum(), reg.UnpackQuorum), ct.AttestationQuorum},
		{"NodeRegistry.leaseEscrow", read(r, ct.NodeRegistry, reg.PackLeaseEscrow(), reg.UnpackLeaseEscrow), ct.LeaseEscrow},
		{"LeaseEscrow.staking", read(r, ct.LeaseEscrow, esc.PackStaking(), esc.UnpackStaking), ct.Staking},
		{"LeaseEscrow.registry", read(r, ct.LeaseEscrow, esc.PackRegistry(), esc.UnpackRegistry), ct.NodeRegistry},
		{"LeaseEscrow.quorum", read(r, ct.LeaseEscrow, esc.PackQuorum(), esc.UnpackQuorum), ct.AttestationQuorum},
		{"LeaseEscrow.priceOracle", read(r, ct.LeaseEscrow, esc.PackPriceOracle(), esc.UnpackPriceOracle), ct.GridPriceOracle},
		{"LeaseEscrow.usd", read(r, ct.LeaseEscrow, esc.PackTokenOf(0), esc.UnpackTokenOf), ct.MockUSD},
		{"LeaseEscrow.grid", read(r, ct.LeaseEscrow, esc.PackTokenOf(1), esc.UnpackTokenOf), ct.GridToken},
		{"LeaseEscrow.treasury", read(r, ct.LeaseEscrow, esc.PackTreasury(), esc.UnpackTreasury), treasury},
		{"LeaseJournal.escrow", read(r, ct.LeaseJournal, jr.PackEscrow(), jr.UnpackEscrow), ct.LeaseEscrow},
		{"LeaseJournal.quorum", read(r, ct.LeaseJournal, jr.PackQuorum(), jr.UnpackQuorum), ct.AttestationQuorum},
		{"Rewards.grid", read(r, ct.Rewards, rw.PackGrid(), rw.UnpackGrid), ct.GridToken},
		{"Rewards.quorum", read(r, ct.Rewards, rw.PackQuorum(), rw.UnpackQuorum), ct.AttestationQuorum},
		{"SolanaGateway.quorum", read(r, ct.SolanaGateway, gw.PackQuorum(), gw.UnpackQuorum), ct.AttestationQuorum},
		{"SolanaGateway.priceOracle", read(r, ct.SolanaGateway, gw.PackPriceOracle(), gw.UnpackPriceOracle), ct.GridPriceOracle},
		{"SolanaGateway.grid", read(r, ct.SolanaGateway, gw.PackGrid(), gw.UnpackGrid), ct.GridToken},
	}
}

// TestDeployWiresTheSuite deploys on a dev chain with governance and treasury distinct from the deployer and
// checks every link and setting Deploy.s.sol makes.
func TestDeployWiresTheSuite(t *testing.T) {
	c := chaintest.New(t, 3)
	c.AutoMine(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sub := newSubmitter(t, c, 0)
	p := deploy.DevnetParams()
	p.Chain = "sim"
	p.Governance, p.Treasury = c.Addr(1), c.Addr(2)

	d, err := deploy.Deploy(ctx, c.Client, sub, c.ChainID, p, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := deployment.Verify(ctx, c.Client, d); err != nil {
		t.Fatal(err)
	}
	if d.Chain != "sim" || d.ChainID != c.ChainID.Uint64() || d.Block == 0 || d.Contracts.TimelockController != (common.Address{}) {
		t.Fatalf("deployment record %+v", d)
	}
	r := reader{t, ctx, c}
	ct := d.Contracts
	checkLinks(t, suiteLinks(r, ct, p.Treasury))
	checkLinks(t, []link{
		// Configured by the deployer, then handed over: governance must accept (Ownable2Step).
		{"Staking.owner (until governance accepts)", read(r, ct.Staking, stk.PackOwner(), stk.UnpackOwner), sub.Address()},
		{"Staking.pendingOwner", read(r, ct.Staking, stk.PackPendingOwner(), stk.UnpackPendingOwner), p.Governance},
		{"GridPriceOracle.owner (until governance accepts)", read(r, ct.GridPriceOracle, orc.PackOwner(), orc.UnpackOwner), sub.Address()},
		{"GridPriceOracle.pendingOwner", read(r, ct.GridPriceOracle, orc.PackPendingOwner(), orc.UnpackPendingOwner), p.Governance},
		{"NodeRegistry.owner (until governance accepts)", read(r, ct.NodeRegistry, reg.PackOwner(), reg.UnpackOwner), sub.Address()},
		{"NodeRegistry.pendingOwner", read(r, ct.NodeRegistry, reg.PackPendingOwner(), reg.UnpackPendingOwner), p.Governance},
		// Owned by governance from their constructors.
		{"AttestationQuorum.owner", read(r, ct.AttestationQuorum, q.PackOwner(), q.UnpackOwner), p.Governance},
		{"LeaseEscrow.owner", read(r, ct.LeaseEscrow, esc.PackOwner(), esc.UnpackOwner), p.Governance},
		{"Rewards.owner", read(r, ct.Rewards, rw.PackOwner(), rw.UnpackOwner), p.Governance},
		{"SolanaGateway.owner", read(r, ct.SolanaGateway, gw.PackOwner(), gw.UnpackOwner), p.Governance},
		{"SolanaGateway.guardian", read(r, ct.SolanaGateway, gw.PackGuardian(), gw.UnpackGuardian), p.Governance},
	})
	for _, cs := range p.MinStakePerGPU {
		id, _ := gpuclass.ID(cs.Class)
		if got := read(r, ct.Staking, stk.PackMinStakePerGpu(id), stk.UnpackMinStakePerGpu); got.Cmp(cs.PerGPU) != 0 {
			t.Errorf("minStakePerGpu(%s) = %s, want %s", cs.Class, got, cs.PerGPU)
		}
	}
	sim, _ := gpuclass.ID(gpuclass.SIM)
	h100, _ := gpuclass.ID(gpuclass.H100)
	if !read(r, ct.NodeRegistry, reg.PackRequireVerification(), reg.UnpackRequireVerification) {
		t.Error("hardware verification not required")
	}
	if !read(r, ct.NodeRegistry, reg.PackVerificationExempt(sim), reg.UnpackVerificationExempt) ||
		read(r, ct.NodeRegistry, reg.PackVerificationExempt(h100), reg.UnpackVerificationExempt) {
		t.Error("on a dev chain exactly SIM is exempt from verification")
	}
	if got := read(r, ct.GridPriceOracle, orc.PackMaxMoveBpsPerHour(), orc.UnpackMaxMoveBpsPerHour); got != p.PriceMaxMoveBpsPerHour || got != 1_000 {
		t.Errorf("max move %d bps per hour", got)
	}
	if got := read(r, ct.LeaseEscrow, esc.PackDisputeWindow(), esc.UnpackDisputeWindow); got != 3600 {
		t.Errorf("dispute window %d", got)
	}
	if got := read(r, ct.Staking, stk.PackUnbondingPeriod(), stk.UnpackUnbondingPeriod); got != uint64(p.UnbondingPeriod/time.Second) {
		t.Errorf("unbonding period %d", got)
	}
	if got := read(r, ct.AttestationQuorum, q.PackSignerSetDelay(), q.UnpackSignerSetDelay); got != 1 {
		t.Errorf("signer set delay %d", got)
	}
	if fee := read(r, ct.LeaseEscrow, esc.PackUsdFeeBps(), esc.UnpackUsdFeeBps); fee != p.USDFeeBps {
		t.Errorf("usd fee %d", fee)
	}
	limits := read(r, ct.SolanaGateway, gw.PackLimits(), gw.UnpackLimits)
	if limits.WindowCap.Cmp(p.Gateway.WindowCap) != 0 || limits.LargeThreshold.Cmp(p.Gateway.LargeThreshold) != 0 ||
		limits.LargeDelay != 86400 || limits.SwapFeeBps != 50 {
		t.Errorf("gateway limits %+v", limits)
	}
	if w := read(r, ct.SolanaGateway, gw.PackWindowLength(), gw.UnpackWindowLength); w != 86400 {
		t.Errorf("gateway window %d", w)
	}
	if m := read(r, ct.SolanaGateway, gw.PackMinOutbound(), gw.UnpackMinOutbound); m.Cmp(p.Gateway.MinOutbound) != 0 {
		t.Errorf("gateway min outbound %s", m)
	}
	// The treasury is not the deployer: the supply went to it and nothing funded either reserve.
	if bal := read(r, ct.GridToken, gt.PackBalanceOf(p.Treasury), gt.UnpackBalanceOf); bal.Cmp(p.GridSupply) != 0 {
		t.Errorf("treasury holds %s GRID wei, want the supply", bal)
	}
	if funded := read(r, ct.Rewards, rw.PackFunded(), rw.UnpackFunded); funded.Sign() != 0 {
		t.Errorf("rewards funded %s without the treasury's consent", funded)
	}
	if reserve := read(r, ct.SolanaGateway, gw.PackReserve(), gw.UnpackReserve); reserve.Sign() != 0 {
		t.Errorf("gateway reserve %s without the treasury's consent", reserve)
	}
	if length := read(r, ct.Rewards, rw.PackEpochLength(), rw.UnpackEpochLength); length != 3600 {
		t.Errorf("epoch length %d", length)
	}
}

// TestDevSuiteWorks: with the deployer as treasury (devnet), the reward reserve and the gateway's swap reserve
// are funded from the supply, and the suite works: a provider stakes and lists machines with an endpoint; a SIM
// machine is rentable at once (exempt on dev chains), an H100 only after a hardware verification.
func TestDevSuiteWorks(t *testing.T) {
	c := chaintest.New(t, 1)
	c.AutoMine(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sub := newSubmitter(t, c, 0)
	p := deploy.DevnetParams()
	p.RewardsFunding = new(big.Int).Mul(big.NewInt(5_000_000), big.NewInt(1e18))
	d, err := deploy.Deploy(ctx, c.Client, sub, c.ChainID, p, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	r := reader{t, ctx, c}
	ct := d.Contracts
	if funded := read(r, ct.Rewards, rw.PackFunded(), rw.UnpackFunded); funded.Cmp(p.RewardsFunding) != 0 {
		t.Fatalf("funded %s, want %s", funded, p.RewardsFunding)
	}
	wantReserve := new(big.Int).Mul(big.NewInt(10_000_000), big.NewInt(1e18))
	if reserve := read(r, ct.SolanaGateway, gw.PackReserve(), gw.UnpackReserve); reserve.Cmp(wantReserve) != 0 {
		t.Fatalf("gateway reserve %s, want %s", reserve, wantReserve)
	}
	kept := read(r, ct.GridToken, gt.PackBalanceOf(sub.Address()), gt.UnpackBalanceOf)
	if new(big.Int).Add(kept, new(big.Int).Add(p.RewardsFunding, wantReserve)).Cmp(p.GridSupply) != 0 {
		t.Fatalf("deployer keeps %s", kept)
	}
	// The deployer owns everything on a dev chain without another governance: nothing is pending.
	if owner := read(r, ct.Staking, stk.PackOwner(), stk.UnpackOwner); owner != sub.Address() {
		t.Fatalf("Staking owner %s", owner)
	}
	if pending := read(r, ct.NodeRegistry, reg.PackPendingOwner(), reg.UnpackPendingOwner); pending != (common.Address{}) {
		t.Fatalf("NodeRegistry pending owner %s", pending)
	}

	send := func(label string, to common.Address, data []byte) {
		t.Helper()
		if _, err := sub.Submit(ctx, chain.TxRequest{Label: label, To: &to, Data: data}); err != nil {
			t.Fatalf("%s: %v", label, err)
		}
	}
	stake := new(big.Int).Mul(big.NewInt(2_000), big.NewInt(1e18))
	send("approve", ct.GridToken, gt.PackApprove(ct.Staking, stake))
	send("stake", ct.Staking, stk.PackStake(uint8(oracle.RoleProvider), stake))
	sim, _ := gpuclass.ID(gpuclass.SIM)
	h100, _ := gpuclass.ID(gpuclass.H100)
	simMachine, h100Machine := crypto.Keccak256Hash([]byte("sim-1")), crypto.Keccak256Hash([]byte("h100-1"))
	send("list SIM", ct.NodeRegistry, reg.PackListMachine(simMachine, sim, 2, "bafy-sim", "https://sim-1.example:8443"))
	send("list H100", ct.NodeRegistry, reg.PackListMachine(h100Machine, h100, 1, "bafy-h100", "https://h100-1.example:8443"))
	m := read(r, ct.NodeRegistry, reg.PackMachine(simMachine), reg.UnpackMachine)
	if !m.Listed || m.Provider != sub.Address() || m.GpuCount != 2 || m.Endpoint != "https://sim-1.example:8443" {
		t.Fatalf("SIM machine %+v", m)
	}
	if !read(r, ct.NodeRegistry, reg.PackIsRentable(simMachine), reg.UnpackIsRentable) {
		t.Error("a listed SIM machine is not rentable on a dev chain")
	}
	if read(r, ct.NodeRegistry, reg.PackIsRentable(h100Machine), reg.UnpackIsRentable) {
		t.Error("an unverified H100 is rentable")
	}
}

// TestDeployPublicChainBehindTimelock: outside dev chains a TimelockController owns the suite with the governance
// delay, governance proposes and cancels, anyone executes, the deployer keeps no role, and the SIM class is
// neither configured nor exempt.
func TestDeployPublicChainBehindTimelock(t *testing.T) {
	c := chaintest.NewWithChainID(t, 2, big.NewInt(421614))
	c.AutoMine(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sub := newSubmitter(t, c, 0)
	p := deploy.DefaultParams()
	p.Chain = "arbitrum-sepolia"
	p.AllowMockUSD = true // stands in for USDC here
	p.Governance = c.Addr(1)
	d, err := deploy.Deploy(ctx, c.Client, sub, c.ChainID, p, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := deployment.Verify(ctx, c.Client, d); err != nil {
		t.Fatal(err)
	}
	ct := d.Contracts
	tl := ct.TimelockController
	if tl == (common.Address{}) {
		t.Fatal("no timelock outside a dev chain")
	}
	r := reader{t, ctx, c}
	checkLinks(t, suiteLinks(r, ct, sub.Address()))
	checkLinks(t, []link{
		{"Staking.owner", read(r, ct.Staking, stk.PackOwner(), stk.UnpackOwner), tl},
		{"Staking.pendingOwner", read(r, ct.Staking, stk.PackPendingOwner(), stk.UnpackPendingOwner), common.Address{}},
		{"GridPriceOracle.owner", read(r, ct.GridPriceOracle, orc.PackOwner(), orc.UnpackOwner), tl},
		{"NodeRegistry.owner", read(r, ct.NodeRegistry, reg.PackOwner(), reg.UnpackOwner), tl},
		{"NodeRegistry.pendingOwner", read(r, ct.NodeRegistry, reg.PackPendingOwner(), reg.UnpackPendingOwner), common.Address{}},
		{"AttestationQuorum.owner", read(r, ct.AttestationQuorum, q.PackOwner(), q.UnpackOwner), tl},
		{"LeaseEscrow.owner", read(r, ct.LeaseEscrow, esc.PackOwner(), esc.UnpackOwner), tl},
		{"Rewards.owner", read(r, ct.Rewards, rw.PackOwner(), rw.UnpackOwner), tl},
		{"SolanaGateway.owner", read(r, ct.SolanaGateway, gw.PackOwner(), gw.UnpackOwner), tl},
		{"SolanaGateway.guardian", read(r, ct.SolanaGateway, gw.PackGuardian(), gw.UnpackGuardian), p.Governance},
	})
	if delay := read(r, tl, tlc.PackGetMinDelay(), tlc.UnpackGetMinDelay); delay.Uint64() != uint64(p.TimelockDelay/time.Second) {
		t.Errorf("timelock delay %s", delay)
	}
	role := func(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
	roles := []struct {
		role    string
		account common.Address
		want    bool
	}{
		{"PROPOSER_ROLE", p.Governance, true}, {"CANCELLER_ROLE", p.Governance, true}, {"EXECUTOR_ROLE", common.Address{}, true},
		{"PROPOSER_ROLE", sub.Address(), false}, {"CANCELLER_ROLE", sub.Address(), false}, {"EXECUTOR_ROLE", sub.Address(), false},
	}
	for _, x := range roles {
		if got := read(r, tl, tlc.PackHasRole(role(x.role), x.account), tlc.UnpackHasRole); got != x.want {
			t.Errorf("hasRole(%s, %s) = %v", x.role, x.account, got)
		}
	}
	if read(r, tl, tlc.PackHasRole([32]byte{}, sub.Address()), tlc.UnpackHasRole) {
		t.Error("the deployer kept the timelock's admin role")
	}
	sim, _ := gpuclass.ID(gpuclass.SIM)
	if got := read(r, ct.Staking, stk.PackMinStakePerGpu(sim), stk.UnpackMinStakePerGpu); got.Sign() != 0 {
		t.Errorf("SIM configured outside a dev chain: %s per GPU", got)
	}
	if read(r, ct.NodeRegistry, reg.PackVerificationExempt(sim), reg.UnpackVerificationExempt) {
		t.Error("SIM exempt from verification outside a dev chain")
	}
	if got := read(r, ct.LeaseEscrow, esc.PackDisputeWindow(), esc.UnpackDisputeWindow); got != 2*24*3600 {
		t.Errorf("dispute window %d", got)
	}
	// Outside dev chains the gateway's reserve is not funded by default.
	if reserve := read(r, ct.SolanaGateway, gw.PackReserve(), gw.UnpackReserve); reserve.Sign() != 0 {
		t.Errorf("gateway reserve %s", reserve)
	}
}

func TestDeployRefusesMockUSDOnPublicChains(t *testing.T) {
	c := chaintest.New(t, 1)
	sub := newSubmitter(t, c, 0)
	p := deploy.DefaultParams()
	p.Chain = "arbitrum-sepolia"
	_, err := deploy.Deploy(context.Background(), c.Client, sub, big.NewInt(421614), p, zerolog.Nop())
	if !errors.Is(err, deploy.ErrInvalidParams) || !strings.Contains(err.Error(), "stablecoin") {
		t.Fatalf("err = %v", err)
	}
	if n, _ := c.Client.PendingNonceAt(context.Background(), sub.Address()); n != 0 {
		t.Fatalf("%d transactions sent before refusing", n)
	}
}

// errorDecoder decodes every bound contract's custom errors.
func errorDecoder(t *testing.T) *chain.ErrorDecoder {
	t.Helper()
	var abis []*abi.ABI
	for _, name := range bindings.Names(false) {
		a, err := bindings.ABI(name)
		if err != nil {
			t.Fatal(err)
		}
		abis = append(abis, a)
	}
	return chain.NewErrorDecoder(abis...)
}

func newSubmitter(t *testing.T, c *chaintest.Chain, key int) *chain.Submitter {
	t.Helper()
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, c.Client, keys.NewSigner(c.Keys[key]), c.ChainID, errorDecoder(t), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if sub.Address() != crypto.PubkeyToAddress(c.Keys[key].PublicKey) {
		t.Fatal("submitter address")
	}
	return sub
}
