package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
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

// TestDeployWiresTheSuite deploys with governance and treasury distinct from the deployer, as on a public
// network, and checks every link Deploy.s.sol makes.
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
	if d.Chain != "sim" || d.ChainID != c.ChainID.Uint64() || d.Block == 0 {
		t.Fatalf("deployment record %+v", d)
	}
	call := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := chain.Call(ctx, c.Client, nil, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	addr := func(to common.Address, data []byte, unpack func([]byte) (common.Address, error)) common.Address {
		t.Helper()
		a, err := unpack(call(to, data))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	stk, q, esc, orc, rw, gt := staking.NewStaking(), quorum.NewAttestationQuorum(), leaseescrow.NewLeaseEscrow(), priceoracle.NewGridPriceOracle(), rewards.NewRewards(), gridtoken.NewGridToken()
	ct := d.Contracts
	links := []struct {
		name      string
		got, want common.Address
	}{
		{"Staking.grid", addr(ct.Staking, stk.PackGrid(), stk.UnpackGrid), ct.GridToken},
		{"Staking.quorum", addr(ct.Staking, stk.PackQuorum(), stk.UnpackQuorum), ct.AttestationQuorum},
		{"Staking.leaseEscrow", addr(ct.Staking, stk.PackLeaseEscrow(), stk.UnpackLeaseEscrow), ct.LeaseEscrow},
		{"Staking.owner (until governance accepts)", addr(ct.Staking, stk.PackOwner(), stk.UnpackOwner), sub.Address()},
		{"Staking.pendingOwner", addr(ct.Staking, stk.PackPendingOwner(), stk.UnpackPendingOwner), p.Governance},
		{"AttestationQuorum.staking", addr(ct.AttestationQuorum, q.PackStaking(), q.UnpackStaking), ct.Staking},
		{"AttestationQuorum.owner", addr(ct.AttestationQuorum, q.PackOwner(), q.UnpackOwner), p.Governance},
		{"GridPriceOracle.quorum", addr(ct.GridPriceOracle, orc.PackQuorum(), orc.UnpackQuorum), ct.AttestationQuorum},
		{"GridPriceOracle.owner", addr(ct.GridPriceOracle, orc.PackOwner(), orc.UnpackOwner), p.Governance},
		{"LeaseEscrow.staking", addr(ct.LeaseEscrow, esc.PackStaking(), esc.UnpackStaking), ct.Staking},
		{"LeaseEscrow.quorum", addr(ct.LeaseEscrow, esc.PackQuorum(), esc.UnpackQuorum), ct.AttestationQuorum},
		{"LeaseEscrow.priceOracle", addr(ct.LeaseEscrow, esc.PackPriceOracle(), esc.UnpackPriceOracle), ct.GridPriceOracle},
		{"LeaseEscrow.usd", addr(ct.LeaseEscrow, esc.PackTokenOf(0), esc.UnpackTokenOf), ct.MockUSD},
		{"LeaseEscrow.grid", addr(ct.LeaseEscrow, esc.PackTokenOf(1), esc.UnpackTokenOf), ct.GridToken},
		{"LeaseEscrow.treasury", addr(ct.LeaseEscrow, esc.PackTreasury(), esc.UnpackTreasury), p.Treasury},
		{"LeaseEscrow.owner", addr(ct.LeaseEscrow, esc.PackOwner(), esc.UnpackOwner), p.Governance},
		{"Rewards.grid", addr(ct.Rewards, rw.PackGrid(), rw.UnpackGrid), ct.GridToken},
		{"Rewards.quorum", addr(ct.Rewards, rw.PackQuorum(), rw.UnpackQuorum), ct.AttestationQuorum},
		{"Rewards.owner", addr(ct.Rewards, rw.PackOwner(), rw.UnpackOwner), p.Governance},
	}
	for _, l := range links {
		if l.got != l.want {
			t.Errorf("%s = %s, want %s", l.name, l.got, l.want)
		}
	}
	for _, cs := range p.MinStakePerGPU {
		id, _ := gpuclass.ID(cs.Class)
		got, err := stk.UnpackMinStakePerGpu(call(ct.Staking, stk.PackMinStakePerGpu(id)))
		if err != nil || got.Cmp(cs.PerGPU) != 0 {
			t.Errorf("minStakePerGpu(%s) = %v, %v; want %s", cs.Class, got, err, cs.PerGPU)
		}
	}
	if got, _ := stk.UnpackUnbondingPeriod(call(ct.Staking, stk.PackUnbondingPeriod())); got != uint64(p.UnbondingPeriod/time.Second) {
		t.Errorf("unbonding period %d", got)
	}
	if got, _ := q.UnpackSignerSetDelay(call(ct.AttestationQuorum, q.PackSignerSetDelay())); got != 0 {
		t.Errorf("signer set delay %d", got)
	}
	if fee, _ := esc.UnpackUsdFeeBps(call(ct.LeaseEscrow, esc.PackUsdFeeBps())); fee != p.USDFeeBps {
		t.Errorf("usd fee %d", fee)
	}
	// The treasury is not the deployer: the supply went to it and nothing funded the reward reserve.
	if bal, _ := gt.UnpackBalanceOf(call(ct.GridToken, gt.PackBalanceOf(p.Treasury))); bal.Cmp(p.GridSupply) != 0 {
		t.Errorf("treasury holds %s GRID wei, want the supply", bal)
	}
	if funded, _ := rw.UnpackFunded(call(ct.Rewards, rw.PackFunded())); funded.Sign() != 0 {
		t.Errorf("rewards funded %s without the treasury's consent", funded)
	}
	if length, _ := rw.UnpackEpochLength(call(ct.Rewards, rw.PackEpochLength())); length != 3600 {
		t.Errorf("epoch length %d", length)
	}
}

// With the deployer as treasury (devnet), the reward reserve is funded from the supply.
func TestDeployFundsRewardsFromDeployerTreasury(t *testing.T) {
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
	rw, gt := rewards.NewRewards(), gridtoken.NewGridToken()
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Contracts.Rewards, Data: rw.PackFunded()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if funded, _ := rw.UnpackFunded(out); funded.Cmp(p.RewardsFunding) != 0 {
		t.Fatalf("funded %s, want %s", funded, p.RewardsFunding)
	}
	out, _ = c.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Contracts.GridToken, Data: gt.PackBalanceOf(sub.Address())}, nil)
	if bal, _ := gt.UnpackBalanceOf(out); new(big.Int).Add(bal, p.RewardsFunding).Cmp(p.GridSupply) != 0 {
		t.Fatalf("deployer keeps %s", bal)
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

func newSubmitter(t *testing.T, c *chaintest.Chain, key int) *chain.Submitter {
	t.Helper()
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, c.Client, keys.NewSigner(c.Keys[key]), c.ChainID, protocol.Errors(), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if sub.Address() != crypto.PubkeyToAddress(c.Keys[key].PublicKey) {
		t.Fatal("submitter address")
	}
	return sub
}
