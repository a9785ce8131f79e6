package protocol_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// Roles of the fixture's keys.
const (
	treasuryKey = iota
	providerKey
	renterKey
	inspector0Key
	inspectorCount = 3
	keyCount       = inspector0Key + inspectorCount + 2 // two spare accounts
)

func gridWei(n int64) *big.Int  { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
func usdUnits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }

// fixture is a deployed, wired suite on a simulated chain with an applied 2-of-3 inspector signer set: the
// state `idlegrid devnet` starts from.
type fixture struct {
	t          *testing.T
	ctx        context.Context
	chain      *chaintest.Chain
	d          deployment.Deployment
	subs       []*chain.Submitter
	signers    []*keys.Signer
	inspectors []oracle.DigestSigner // ascending by address
}

func newFixture(t *testing.T) *fixture { return newFixtureWith(t, nil) }

// newFixtureWithPlainUSD is a fixture whose stablecoin is a plain ERC-20 without EIP-2612 permits (6
// decimals, open mint: contracts/test/mocks/MockERC20.sol), as some stablecoins are.
func newFixtureWithPlainUSD(t *testing.T) *fixture {
	return newFixtureWith(t, func(c *chaintest.Chain, p *deploy.Params) {
		art := chaintest.LoadArtifact(t, "MockERC20")
		p.USDToken = c.Deploy(t, c.Keys[treasuryKey], art, "Plain USD", "PUSD", uint8(6))
	})
}

// newFixtureWith deploys after setup, which may deploy contracts and change the parameters.
func newFixtureWith(t *testing.T, setup func(*chaintest.Chain, *deploy.Params)) *fixture {
	t.Helper()
	c := chaintest.New(t, keyCount)
	p := deploy.DevnetParams()
	p.Chain = "sim"
	if setup != nil {
		setup(c, &p)
	}
	c.AutoMine(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	f := &fixture{t: t, ctx: ctx, chain: c}
	for i := range keyCount {
		f.signers = append(f.signers, keys.NewSigner(c.Keys[i]))
		f.subs = append(f.subs, f.newSubmitter(c.Keys[i]))
	}
	d, err := deploy.Deploy(ctx, c.Client, f.subs[treasuryKey], c.ChainID, p, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := deployment.Verify(ctx, c.Client, d); err != nil {
		t.Fatal(err)
	}
	f.d = d

	// Inspectors: funded and staked by the treasury (stakeFor), then made the signer set, 2 of 3.
	treasury := f.conn(treasuryKey)
	minStake, err := protocol.NewStaking(treasury).Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var addrs []common.Address
	for i := range inspectorCount {
		s := f.signers[inspector0Key+i]
		if _, err := protocol.NewStaking(treasury).StakeFor(ctx, s.Address(), oracle.RoleInspector, minStake.InspectorMinStake); err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, s.Address())
		f.inspectors = append(f.inspectors, s)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	slices.SortFunc(f.inspectors, func(a, b oracle.DigestSigner) int { return bytes.Compare(a.Address().Bytes(), b.Address().Bytes()) })
	q := protocol.NewQuorum(treasury)
	if _, err := q.Propose(ctx, addrs, 2); err != nil {
		t.Fatal(err)
	}
	c.AdjustTime(t, p.SignerSetDelay+time.Second) // a signer set applies after the (nonzero) delay
	if _, err := q.Apply(ctx); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) newSubmitter(key *ecdsa.PrivateKey) *chain.Submitter {
	f.t.Helper()
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, f.chain.Client, keys.NewSigner(key), f.chain.ChainID, protocol.Errors(), zerolog.Nop())
	if err != nil {
		f.t.Fatal(err)
	}
	return sub
}

// conn is a connection sending from key i.
func (f *fixture) conn(i int) *protocol.Conn {
	return protocol.NewConn(f.chain.Client, f.d, f.subs[i])
}

func (f *fixture) addr(i int) common.Address { return f.signers[i].Address() }

// fund gives account i GRID and USD from the treasury.
func (f *fixture) fund(i int, grid, usd *big.Int) {
	f.t.Helper()
	tokens := protocol.NewTokens(f.conn(treasuryKey))
	if _, err := tokens.Faucet(f.ctx, f.addr(i), protocol.FaucetAmounts{GRID: grid, USD: usd}); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) balance(p oracle.PayToken, i int) *big.Int {
	f.t.Helper()
	b, err := protocol.NewTokens(f.conn(treasuryKey)).Balance(f.ctx, p, f.addr(i))
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

// postPrice posts a GRID/USD price the inspectors attest, observed at the chain's current time.
func (f *fixture) postPrice(price *big.Int) {
	f.t.Helper()
	c := f.conn(treasuryKey)
	now, err := c.Now(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	po := protocol.NewPriceOracle(c)
	payload := oracle.GridPrice{Price: price, ObservedAt: now}
	id := common.BigToHash(new(big.Int).SetUint64(now))
	_, sigs, err := protocol.NewQuorum(c).Attest(f.ctx, po.Address(), id, payload, f.inspectors)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := po.Post(f.ctx, payload, id, sigs); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) now() uint64 {
	f.t.Helper()
	n, err := f.conn(treasuryKey).Now(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func mul(a *big.Int, b int64) *big.Int { return new(big.Int).Mul(a, big.NewInt(b)) }
func fee(x *big.Int, bps int64) *big.Int {
	v := mul(x, bps)
	return v.Div(v, big.NewInt(10_000))
}
