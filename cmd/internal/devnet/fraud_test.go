package devnet_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// forgingBackend proves on the CPU like the SIM class but opens corrupted state: the openings the provider
// node signs with its real node key do not match the commitments it signed before (a fault injected through
// our own proof.Backend interface).
type forgingBackend struct{ proof.Backend }

func (b forgingBackend) NewEngine(ctx context.Context, s *proof.Schedule) (proof.Engine, error) {
	e, err := b.Backend.NewEngine(ctx, s)
	if err != nil {
		return nil, err
	}
	return forgingEngine{e}, nil
}

type forgingEngine struct{ proof.Engine }

func (e forgingEngine) ReadGroup(ctx context.Context, g int, dst []int8) error {
	if err := e.Engine.ReadGroup(ctx, g, dst); err != nil {
		return err
	}
	dst[0] ^= 1
	return nil
}

// TestForgedProofIsSlashedAsFraud: the devnet's real provider node, its challenge session answering with
// openings that do not match its commitments (signed by its node key), is caught by the inspector nodes' compute
// checks: each keeps the signed answer as evidence, k of them co-sign the fraud slash, and Staking's Slashed
// event names the fraud offence and takes what the listing locks, capped at the fraud share of the stake.
func TestForgedProofIsSlashedAsFraud(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with a provider node on Docker and three inspector nodes for about a minute")
	}
	x := startProvided(t, func(c *devnet.Config) {
		c.InspectorNodes = 3
		c.Challenges = smallSimChallenges
		c.InspectorConfig = func(_ int, c *node.Config) { c.MinDowntime = time.Hour } // only the fraud is slashed
		c.Provider.Prover = func(_ string, b proof.Backend) proof.Backend { return forgingBackend{b} }
	})
	ctx := context.Background()
	staking := protocol.NewStaking(x.conn)
	provider := x.key.Address()
	m, err := protocol.NewMachines(x.conn).Get(ctx, x.machine)
	if err != nil {
		t.Fatal(err)
	}
	stake, err := staking.Info(ctx, provider, oracle.RoleProvider)
	if err != nil {
		t.Fatal(err)
	}
	capBps, err := staking.SlashCap(ctx, oracle.SlashFraud)
	if err != nil {
		t.Fatal(err)
	}
	var slashes []protocol.SlashEvent
	waitFor(t, 120*time.Second, "the fraud slash of the forging provider lands", func() bool {
		slashes, err = staking.Slashes(ctx, provider)
		return err == nil && len(slashes) > 0
	})
	for _, nd := range x.n.Inspectors() {
		if c, ok := latest(t, nd, x.machine, observe.Compute); ok && c.OK {
			t.Fatalf("inspector %s passed the forging node's compute check: %+v", nd.Address(), c)
		}
	}
	if len(slashes) != 1 {
		t.Fatalf("%d slashes, want one: %+v", len(slashes), slashes)
	}
	s := slashes[0]
	held := new(big.Int).Add(stake.Active, stake.Unbonding)
	capped := new(big.Int).Div(new(big.Int).Mul(held, big.NewInt(int64(capBps))), big.NewInt(10_000))
	want := m.LockedStake
	if want.Cmp(capped) > 0 {
		want = capped
	}
	t.Logf("slashed %s of %s requested (stake %s, fraud cap %d bps)", s.Slashed, s.Requested, held, capBps)
	if s.Offence != oracle.SlashFraud || s.Role != oracle.RoleProvider || s.Requested.Cmp(m.LockedStake) != 0 || s.Slashed.Cmp(want) != 0 {
		t.Fatalf("Slashed %+v: want the fraud offence, %s requested (the listing's lock), %s taken", s, m.LockedStake, want)
	}
	if s.Slashed.Sign() <= 0 {
		t.Fatalf("nothing slashed: %+v", s)
	}
	// The poster counts its post once the transaction is confirmed, a moment after the event is visible.
	posted := func() float64 {
		sum := 0.0
		for _, nd := range x.n.Inspectors() {
			sum += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "slash")
		}
		return sum
	}
	waitFor(t, 30*time.Second, "the poster counts its slash", func() bool { return posted() >= 1 })
	if p := posted(); p != 1 {
		t.Fatalf("%v slash posts, want 1", p)
	}
}
