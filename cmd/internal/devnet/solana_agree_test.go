package devnet_test

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// peerURLs is agree.Peers over a fixed table.
type peerURLs map[common.Address]string

func (p peerURLs) Endpoint(_ context.Context, a common.Address) (string, error) {
	u, ok := p[a]
	if !ok {
		return "", fmt.Errorf("no endpoint for %s", a)
	}
	return u, nil
}

// inspectorNode is one inspector with everything of its own: its EVM and Solana keys, its agreement node
// behind its own HTTP endpoint, its agreement and bridge stores, its own watcher and mirror of the vaults, and
// its own sender account on Arbitrum.
type inspectorNode struct {
	acct, sender devnet.Account
	srv          *httptest.Server
	handler      atomic.Pointer[http.Handler]
	mirror       *solstore.DB
	watcher      *solwatch.Watcher
	store        *bridgestore.DB
	astore       *sqlstore.DB
	agree        *agree.Node
	bridge       *bridge.Bridge
	peering      *bridge.Peering
	// coSigners wraps the peer co-signers (a test may hold a round in the middle).
	coSigners func(bridge.CoSigners) bridge.CoSigners
	// external is the endpoint of a node that runs in another process (nothing of it is built here).
	external string
}

type agreeNet struct {
	w     *solWorld
	nodes []*inspectorNode
	peers peerURLs
	keyOf map[solana.PublicKey]common.Address
	round time.Duration
}

func startAgreeNet(t *testing.T, w *solWorld, adjust func(*inspectorNode)) *agreeNet {
	var insp, users []devnet.Account
	for _, a := range w.n.Accounts() {
		switch {
		case a.Role == devnet.RoleInspector:
			insp = append(insp, a)
		case a.Role == devnet.RoleUser && a.Index > 1:
			users = append(users, a)
		}
	}
	if len(insp) != 3 || len(users) < 3 {
		t.Fatalf("want 3 inspectors and 3 spare users, have %d and %d", len(insp), len(users))
	}
	net := &agreeNet{w: w, peers: peerURLs{}, keyOf: map[solana.PublicKey]common.Address{}, round: 3 * time.Second}
	for i, a := range insp {
		nd := &inspectorNode{acct: a, sender: users[i]}
		if adjust != nil {
			adjust(nd)
		}
		net.keyOf[devnet.SolanaKey(a).PublicKey()] = a.Address
		if nd.external != "" {
			net.peers[a.Address] = nd.external
			net.nodes = append(net.nodes, nd)
			continue
		}
		nd.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			h := nd.handler.Load()
			if h == nil {
				http.Error(rw, "down", http.StatusServiceUnavailable)
				return
			}
			(*h).ServeHTTP(rw, r)
		}))
		t.Cleanup(nd.srv.Close)
		net.peers[a.Address] = nd.srv.URL
		var err error
		dir := filepath.Join(w.dir, fmt.Sprintf("inspector-%d", i))
		if nd.mirror, err = solstore.Open(w.ctx, dir+"-mirror.db"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { nd.mirror.Close() })
		wcfg := solwatch.DefaultConfig(w.info.Deployment)
		wcfg.PollInterval = 50 * time.Millisecond
		if nd.watcher, err = solwatch.New(wcfg, rpc.New(w.info.URL), nd.mirror, zerolog.Nop()); err != nil {
			t.Fatal(err)
		}
		if err := nd.watcher.Start(w.ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { nd.watcher.Close() })
		if nd.store, err = bridgestore.Open(w.ctx, dir+"-bridge.db"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { nd.store.Close() })
		if nd.astore, err = sqlstore.Open(w.ctx, dir+"-agree.db"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { nd.astore.Close() })
		net.nodes = append(net.nodes, nd)
	}
	for _, nd := range net.nodes {
		if nd.external == "" {
			net.start(t, nd)
		}
	}
	return net
}

// start builds the node's agreement and bridge over its stores (again after a stop: a restart) and serves.
func (net *agreeNet) start(t *testing.T, nd *inspectorNode) {
	t.Helper()
	w := net.w
	client, err := w.n.Chain().Client()
	if err != nil {
		t.Fatal(err)
	}
	ag, b, peering, err := buildInspector(w.ctx, inspectorSetup{EVM: client, Deployment: w.n.Info().Deployment, ChainID: w.n.Info().ChainID,
		Solana: w.info.Deployment, SolanaRPC: w.info.URL, StartBlock: w.n.SolanaStartBlock(), Inspector: nd.acct, Sender: nd.sender,
		Store: nd.store, AgreeStore: nd.astore, Mirror: nd.mirror, Peers: net.peers, KeyOf: net.keyOf, Round: net.round, Wrap: nd.coSigners})
	if err != nil {
		t.Fatal(err)
	}
	nd.agree, nd.bridge, nd.peering = ag, b, peering
	h := ag.Handler()
	nd.handler.Store(&h)
}

// inspectorSetup is what one inspector's agreement node and bridge are built from, in this process or a child.
type inspectorSetup struct {
	EVM interface {
		protocol.Chain
		chain.TxBackend
	}
	Deployment        deployment.Deployment
	ChainID           uint64
	Solana            solgateway.Deployment
	SolanaRPC         string
	StartBlock        uint64
	Inspector, Sender devnet.Account
	Store             *bridgestore.DB
	AgreeStore        *sqlstore.DB
	Mirror            *solstore.DB
	Peers             peerURLs
	KeyOf             map[solana.PublicKey]common.Address
	Round             time.Duration
	Wrap              func(bridge.CoSigners) bridge.CoSigners
}

// buildInspector builds and starts an inspector's bridge beside its agreement node (whose handler the caller
// serves): the bridge attests, leads and co-signs through the node, and the node's Solana rules read the bridge.
func buildInspector(ctx context.Context, s inspectorSetup) (*agree.Node, *bridge.Bridge, *bridge.Peering, error) {
	conn := protocol.NewConn(s.EVM, s.Deployment, nil)
	quorum := protocol.NewQuorum(conn)
	peering := &bridge.Peering{Peers: s.KeyOf}
	b, err := devnet.NewBridge(devnet.BridgeSetup{EVM: s.EVM, Deployment: s.Deployment, ChainID: s.ChainID,
		PollInterval: 50 * time.Millisecond, Solana: s.Solana, SolanaRPC: s.SolanaRPC, Inspectors: []devnet.Account{s.Sender},
		FinalityDepth: 1, Poll: 50 * time.Millisecond, StartBlock: s.StartBlock, Store: s.Store, Mirror: s.Mirror,
		Log: zerolog.Nop()}, func(_ *bridge.Config, deps *bridge.Deps) {
		deps.Attester, deps.Turns = peering, peering
		deps.SolanaKeys = []solana.PrivateKey{devnet.SolanaKey(s.Inspector)}
		deps.CoSigners = peering
		if s.Wrap != nil {
			deps.CoSigners = s.Wrap(peering)
		}
	})
	if err != nil {
		return nil, nil, nil, err
	}
	// The rules read this node's own view: its bridge (its own mirror, Solana RPC and Arbitrum reading).
	dep, err := rules.NewSolanaDeposit(b)
	if err != nil {
		return nil, nil, nil, err
	}
	ret, err := rules.NewSolanaReturn(b)
	if err != nil {
		return nil, nil, nil, err
	}
	cfg := agree.DefaultConfig(quorum.Domain())
	cfg.RoundTimeout = s.Round
	ag, err := agree.New(cfg, agree.Deps{Signer: keys.NewSigner(s.Inspector.Key), Store: s.AgreeStore,
		Chain: bridge.AgreementChain{Quorum: quorum, Gateway: b.Gateway()}, Peers: s.Peers,
		Rules: []agree.Rule{dep, ret}, Handlers: map[string]agree.Handler{bridge.CoSignType: b.ServeCoSign}, Log: zerolog.Nop()})
	if err != nil {
		return nil, nil, nil, err
	}
	peering.Node = ag
	if err := b.Start(ctx); err != nil {
		return nil, nil, nil, err
	}
	return ag, b, peering, nil
}

// stop takes the node down at whatever point its bridge is: its endpoint stops answering and its loop is
// cancelled mid-pass (nothing after the cancellation runs: no clean-up of a round in progress).
func (net *agreeNet) stop(nd *inspectorNode) {
	nd.handler.Store(nil)
	nd.bridge.Close()
	nd.agree.Close()
}

// holding passes co-signing requests through, except the first for item key: once a peer co-signed it, it
// reports the signer on held and blocks until its node is taken down (the leader dies mid-round, after a peer
// signed and before it assembled anything).
type holding struct {
	inner bridge.CoSigners
	nd    *inspectorNode
	key   *atomic.Pointer[string]
	held  chan heldRound
}

type heldRound struct {
	leader *inspectorNode
	signer solana.PublicKey
}

func (h holding) CoSign(ctx context.Context, signer solana.PublicKey, req bridge.CoSignRequest) (solgateway.PartialSignature, error) {
	p, err := h.inner.CoSign(ctx, signer, req)
	if k := h.key.Load(); err == nil && k != nil && *k == req.Key && h.key.CompareAndSwap(k, nil) {
		h.held <- heldRound{h.nd, signer}
		<-ctx.Done()
		return solgateway.PartialSignature{}, ctx.Err()
	}
	return p, err
}

func (net *agreeNet) outflows(t *testing.T, nd *inspectorNode, ref string) int {
	t.Helper()
	rows, err := nd.mirror.Outflows(net.w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		if r.Reference == ref {
			n++
		}
	}
	return n
}

// TestSolanaBridgeAgreement runs the gateway with three inspector nodes that share nothing but the chains:
// each has its own keys, agreement endpoint, stores and watcher. Every attestation comes from an agreement
// round in which each signer checks the decision against its own view, and every Solana payout is co-signed
// by separate nodes over the agreement transport. GRID and USDC round trips keep both conservation invariants
// after every step (GRID outside the vault = locked; USDC in the vault = the pool's USDC liquidity); one colluding inspector (f = 1 < k = 2) gets no honest signature for a release nobody
// observed nor a co-signature for a payout nobody owes; and a leader taken down after a peer co-signed its
// release, before it assembled it, leaves no second payout possible: the others cannot pay it meanwhile, and
// it pays exactly once when it is back.
func TestSolanaBridgeAgreement(t *testing.T) {
	w := startSolWorld(t, func(c *devnet.Config) { c.Chain.Accounts = 8 })
	d := w.info.Deployment
	var holdKey atomic.Pointer[string]
	held := make(chan heldRound, 1)
	net := startAgreeNet(t, w, func(nd *inspectorNode) {
		nd.coSigners = func(c bridge.CoSigners) bridge.CoSigners { return holding{inner: c, nd: nd, key: &holdKey, held: held} }
	})
	w.conserved("start")
	w.usdcConserved("start")

	// GRID to Solana: 100 GRID locked on Arbitrum, released from the vault by the multisig, co-signed by
	// separate nodes.
	out := w.toSolana(oracle.SolanaMintGRID, gridWei(100))
	w.until(nil, "GRID released on Solana", func() bool { return w.solBalance(d.GRID.Mint) == 100e9 })
	w.conserved("GRID to Solana")
	w.usdcConserved("GRID to Solana")
	ref := bridge.OutboundReference(w.n.Info().ChainID, w.gw.Address(), out.ID)
	for _, nd := range net.nodes {
		w.until(nil, "every mirror sees the release", func() bool { return net.outflows(t, nd, ref) == 1 })
	}

	// GRID to Arbitrum: a release attested through agreement.
	before := w.gridBalance()
	gridKey := w.deposit(d.GRID, 40e9, nil)
	w.until(nil, "GRID released on Arbitrum", func() bool { return new(big.Int).Sub(w.gridBalance(), before).Cmp(gridWei(40)) == 0 })
	w.conserved("GRID to Arbitrum")
	w.usdcConserved("GRID to Arbitrum")

	// A malformed memo: the refund is attested through agreement, then co-signed on Solana.
	memo := "pay 0xnobody"
	solBefore := w.solBalance(d.GRID.Mint)
	badKey := w.deposit(d.GRID, 5e9, &memo)
	w.until(nil, "refunded on Solana", func() bool { return w.solBalance(d.GRID.Mint) == solBefore })
	if e := w.depositEvent(badKey, protocol.EventDepositRefundRecorded); e.Reason != uint8(oracle.RefundMalformedMemo) {
		t.Fatalf("refund record %+v", e)
	}
	w.conserved("malformed memo refunded")
	w.usdcConserved("malformed memo refunded")

	// USDC to Arbitrum: swapped against the reserve at the attested rate.
	w.mintUSDC(1000e6)
	before = w.gridBalance()
	w.deposit(d.USDC, 20e6, nil)
	want := new(big.Int).Sub(gridWei(40), new(big.Int).Div(gridWei(2), big.NewInt(10)))
	w.until(nil, "USDC swapped to GRID on Arbitrum", func() bool { return new(big.Int).Sub(w.gridBalance(), before).Cmp(want) == 0 })
	w.conserved("USDC to Arbitrum")
	w.usdcConserved("USDC to Arbitrum")

	// USDC to Solana: paid from the pool's USDC by the multisig.
	usdcBefore := w.solBalance(d.USDC.Mint)
	outUSDC := w.toSolana(oracle.SolanaMintUSDC, gridWei(10))
	w.until(nil, "USDC released on Solana", func() bool { return w.solBalance(d.USDC.Mint) == usdcBefore+outUSDC.SolanaAmount })
	w.conserved("USDC to Solana")
	w.usdcConserved("USDC to Solana")

	t.Run("f < k colluding cannot release", func(t *testing.T) {
		colluder := net.nodes[0]
		thief := net.nodes[0].sender.Address
		// A release of a deposit nobody observed.
		fake := common.HexToHash("0x5eed")
		value, err := rules.EncodeSolanaDeposit(oracle.SolanaDepositRelease{DepositID: fake, Mint: oracle.SolanaMintGRID, Amount: 1e9, Recipient: thief})
		if err != nil {
			t.Fatal(err)
		}
		// A real deposit, already paid, released again to someone else.
		gridID, _ := gridKey.ID()
		again, err := rules.EncodeSolanaDeposit(oracle.SolanaDepositRelease{DepositID: gridID, Mint: oracle.SolanaMintGRID, Amount: 40e9, Recipient: thief})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []struct {
			id    common.Hash
			value []byte
		}{{fake, value}, {gridID, again}} {
			dec := agree.Decision{Kind: oracle.KindSolanaDeposit, Subject: q.id}
			for _, honest := range net.nodes[1:] {
				sig, refusal, err := colluder.agree.Ask(w.ctx, honest.acct.Address, dec, q.value)
				// Refused: nobody observed the first; the second is not what each honest node saw (which it
				// signed already: a conflict).
				if err != nil || sig != nil || refusal == nil || (refusal.Reason != agree.ReasonNotObserved && refusal.Reason != agree.ReasonConflict) {
					t.Fatalf("%s asked to sign %x for %s: sig %x, refusal %+v, err %v", honest.acct.Address, q.value, q.id, sig, refusal, err)
				}
			}
		}
		// A Solana payout of the paid transfer's amount to the colluder's own wallet.
		thiefWallet := solana.NewWallet().PublicKey()
		me := devnet.SolanaKey(colluder.acct)
		nonce, _ := d.NonceOf(me.PublicKey())
		ns, err := solgateway.FetchNonce(w.ctx, w.sol, nonce.Address, rpc.CommitmentFinalized)
		if err != nil {
			t.Fatal(err)
		}
		vaultBefore, err := solgateway.TokenBalance(w.ctx, w.sol, d.GRID.Account, rpc.CommitmentFinalized)
		if err != nil {
			t.Fatal(err)
		}
		for _, honest := range net.nodes[1:] {
			other := devnet.SolanaKey(honest.acct).PublicKey()
			prop, err := solgateway.BuildOutflow(d, solgateway.Outflow{Kind: solgateway.Release, Vault: d.GRID, DestinationOwner: thiefWallet,
				Amount: out.SolanaAmount, Reference: ref, Proposer: me.PublicKey(), Signers: []solana.PublicKey{me.PublicKey(), other}}, ns.Value)
			if err != nil {
				t.Fatal(err)
			}
			own, _ := me.Sign(prop.Message)
			_, err = colluder.peering.CoSign(w.ctx, other, bridge.CoSignRequest{Key: fmt.Sprintf("outbound:%d", out.ID), Message: prop.Message, ProposerSignature: own})
			if err == nil {
				t.Fatalf("%s co-signed a payout to the colluder", honest.acct.Address)
			}
			t.Logf("co-signing refused as it must be: %v", err)
		}
		if after, _ := solgateway.TokenBalance(w.ctx, w.sol, d.GRID.Account, rpc.CommitmentFinalized); after != vaultBefore {
			t.Fatalf("vault moved: %d -> %d", vaultBefore, after)
		}
		w.conserved("collusion refused")
		w.usdcConserved("collusion refused")
	})

	t.Run("leader down mid co-signing pays once", func(t *testing.T) {
		next := fmt.Sprintf("outbound:%d", outUSDC.ID+1)
		holdKey.Store(&next)
		solGRID := w.solBalance(d.GRID.Mint)
		second := w.toSolana(oracle.SolanaMintGRID, gridWei(12))
		if second.ID != outUSDC.ID+1 {
			t.Fatalf("outbound id %d, want %d", second.ID, outUSDC.ID+1)
		}
		var h heldRound
		select {
		case h = <-held:
		case <-time.After(90 * time.Second):
			t.Fatal("no co-signing round for the transfer")
		}
		leader, cosigner := h.leader, h.signer
		net.stop(leader)
		t.Logf("leader %s taken down after %s co-signed", leader.acct.Address, cosigner)
		ref2 := bridge.OutboundReference(w.n.Info().ChainID, w.gw.Address(), second.ID)
		// Meanwhile the others take their turns: none can pay (the co-signer is bound to the held message while
		// its nonce stands, and the leader is down).
		deadline := time.Now().Add(4 * net.round)
		for time.Now().Before(deadline) {
			if w.solBalance(d.GRID.Mint) != solGRID {
				t.Fatal("paid while the leader holding a co-signed message was down")
			}
			time.Sleep(200 * time.Millisecond)
		}
		tried := 0
		for _, nd := range net.nodes {
			if it, ok, err := nd.store.Get(w.ctx, next); err == nil && ok && nd != leader && it.LastError != "" {
				t.Logf("%s tried meanwhile: %s", nd.acct.Address, it.LastError)
				tried++
			}
		}
		if tried == 0 {
			t.Fatal("no other node took a turn while the leader was down")
		}
		net.start(t, leader)
		w.until(nil, "paid once the leader is back", func() bool { return w.solBalance(d.GRID.Mint) == solGRID+second.SolanaAmount })
		// Let every node run a few more rounds: nothing more is paid.
		time.Sleep(2 * net.round)
		if got := w.solBalance(d.GRID.Mint); got != solGRID+second.SolanaAmount {
			t.Fatalf("paid %d, want %d once", got-solGRID, second.SolanaAmount)
		}
		for _, nd := range net.nodes {
			w.until(nil, "every mirror sees the payout", func() bool { return net.outflows(t, nd, ref2) >= 1 })
			if n := net.outflows(t, nd, ref2); n != 1 {
				t.Fatalf("%d payouts of %s", n, ref2)
			}
		}
		w.conserved("leader down and back")
		w.usdcConserved("leader down and back")
	})
}

// TestSolanaOnInspectorNodes is `idlegrid devnet --solana` with its inspector nodes: each of the three nodes
// (inspector/node) follows the vaults with its own watcher and runs the bridge, agreeing on every decision and
// co-signing every Solana payout with the others; no process holds more than one inspector's keys. GRID goes
// to Solana and back, a malformed memo is refunded, with the conservation invariant after every step.
func TestSolanaOnInspectorNodes(t *testing.T) {
	w := startSolWorld(t, func(c *devnet.Config) {
		c.InspectorNodes = 3
		c.Solana.Bridge = true
	})
	d := w.info.Deployment
	if got := len(w.n.Inspectors()); got != 3 {
		t.Fatalf("%d inspector nodes", got)
	}
	w.conserved("start")
	w.usdcConserved("start")
	w.toSolana(oracle.SolanaMintGRID, gridWei(50))
	w.until(nil, "GRID released on Solana by the nodes", func() bool { return w.solBalance(d.GRID.Mint) == 50e9 })
	w.conserved("GRID to Solana")
	w.usdcConserved("GRID to Solana")
	before := w.gridBalance()
	w.deposit(d.GRID, 20e9, nil)
	w.until(nil, "GRID released on Arbitrum by the nodes", func() bool { return new(big.Int).Sub(w.gridBalance(), before).Cmp(gridWei(20)) == 0 })
	w.conserved("GRID to Arbitrum")
	w.usdcConserved("GRID to Arbitrum")
	memo := "not an address"
	solBefore := w.solBalance(d.GRID.Mint)
	w.deposit(d.GRID, 3e9, &memo)
	w.until(nil, "refunded on Solana by the nodes", func() bool { return w.solBalance(d.GRID.Mint) == solBefore })
	w.conserved("malformed memo refunded")
	w.usdcConserved("malformed memo refunded")
}
