package solwatch_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// scriptedTx is a transaction the scripted node knows, with the commitment it has reached.
type scriptedTx struct {
	sig    solana.Signature
	slot   uint64
	wire   []byte
	meta   map[string]any
	status string // "confirmed" or "finalized"
}

// scriptedNode is a JSON-RPC node whose ledger the test rewrites between passes: it serves exactly what the
// script says, per commitment, and records the commitment of every read it is asked for.
type scriptedNode struct {
	mu      sync.Mutex
	genesis solana.Hash
	vault   solana.PublicKey
	txs     []*scriptedTx // oldest first; only these touch the vault
	// listNonFinalAtFinalized makes the node misbehave: its finalized list also holds confirmed entries.
	listNonFinalAtFinalized bool
	asked                   map[string][]string // method -> commitments asked
}

func (n *scriptedNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	var cfg struct {
		Commitment string `json:"commitment"`
		Until      string `json:"until"`
		Before     string `json:"before"`
		Limit      int    `json:"limit"`
		Encoding   string `json:"encoding"`
	}
	if len(req.Params) > 1 {
		json.Unmarshal(req.Params[1], &cfg)
	}
	if cfg.Commitment == "" {
		cfg.Commitment = "finalized"
	}
	n.asked[req.Method] = append(n.asked[req.Method], cfg.Commitment)
	visible := func(t *scriptedTx) bool { return t.status == "finalized" || cfg.Commitment == "confirmed" }
	var result any
	switch req.Method {
	case "getGenesisHash":
		result = n.genesis.String()
	case "getSignaturesForAddress":
		var addr string
		json.Unmarshal(req.Params[0], &addr)
		list := []map[string]any{}
		started := cfg.Before == ""
		for i := len(n.txs) - 1; i >= 0 && addr == n.vault.String(); i-- {
			t := n.txs[i]
			if !started {
				started = t.sig.String() == cfg.Before
				continue
			}
			if t.sig.String() == cfg.Until || (cfg.Limit > 0 && len(list) == cfg.Limit) {
				break
			}
			if !visible(t) && !n.listNonFinalAtFinalized {
				continue
			}
			list = append(list, map[string]any{"signature": t.sig.String(), "slot": t.slot, "err": nil, "memo": nil, "blockTime": 1_700_000_000, "confirmationStatus": t.status})
		}
		result = list
	case "getTransaction":
		var sig string
		json.Unmarshal(req.Params[0], &sig)
		for _, t := range n.txs {
			if t.sig.String() == sig && visible(t) {
				result = map[string]any{"slot": t.slot, "blockTime": 1_700_000_000, "meta": t.meta,
					"transaction": []string{base64.StdEncoding.EncodeToString(t.wire), "base64"}, "version": "legacy"}
			}
		}
	default:
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32601, "message": "Method not found"}})
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": result})
}

// deposit makes a signed deposit transaction into d's GRID vault with its metadata, as a node would serve it.
func scriptedDeposit(t *testing.T, d solgateway.Deployment, amount uint64, slot uint64, status string) *scriptedTx {
	t.Helper()
	user, _ := solana.NewRandomPrivateKey()
	tx, err := solgateway.BuildDeposit(solgateway.DepositRequest{Vault: d.GRID, Owner: user.PublicKey(), Amount: amount,
		Recipient: common.HexToAddress("0x00000000000000000000000000000000000a11ce")}, solana.Hash{byte(slot)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Sign(func(solana.PublicKey) *solana.PrivateKey { return &user }); err != nil {
		t.Fatal(err)
	}
	wire, _ := tx.MarshalBinary()
	src, _, _ := solana.FindAssociatedTokenAddress(user.PublicKey(), d.GRID.Mint)
	si, _ := tx.Message.GetAccountIndex(src)
	vi, _ := tx.Message.GetAccountIndex(d.GRID.Account)
	bal := func(idx uint16, owner solana.PublicKey, n uint64) map[string]any {
		return map[string]any{"accountIndex": idx, "mint": d.GRID.Mint.String(), "owner": owner.String(), "programId": solana.TokenProgramID.String(),
			"uiTokenAmount": map[string]any{"amount": strconv.FormatUint(n, 10), "decimals": d.GRID.Decimals, "uiAmountString": "0"}}
	}
	const vaultBefore = 1_000_000
	meta := map[string]any{"err": nil, "fee": 5000, "preBalances": []uint64{}, "postBalances": []uint64{}, "innerInstructions": []any{}, "logMessages": []string{},
		"preTokenBalances":  []any{bal(si, user.PublicKey(), amount), bal(vi, d.Multisig, vaultBefore)},
		"postTokenBalances": []any{bal(si, user.PublicKey(), 0), bal(vi, d.Multisig, vaultBefore+amount)},
		"loadedAddresses":   map[string]any{"writable": []string{}, "readonly": []string{}}, "rewards": []any{}}
	return &scriptedTx{sig: tx.Signatures[0], slot: slot, wire: wire, meta: meta, status: status}
}

func scriptedDeployment(t *testing.T) solgateway.Deployment {
	key := func() solana.PublicKey { k, _ := solana.NewRandomPrivateKey(); return k.PublicKey() }
	signer := key()
	return solgateway.Deployment{Cluster: solana.Hash{7}, Multisig: key(), Threshold: 1, Signers: []solana.PublicKey{signer},
		GRID: solgateway.Vault{Symbol: "GRID", Mint: key(), Decimals: 9, Account: key()}, GRIDSupply: 1_000_000,
		USDC: solgateway.Vault{Symbol: "USDC", Mint: key(), Decimals: 6, Account: key()}}
}

// TestConfirmedThenDroppedIsNeverMirrored: a deposit the node shows at `confirmed` and then drops (its fork
// lost) never reaches the store, so no inspector reading it can attest it — including when the node
// misbehaves and lists the confirmed deposit in its finalized answer.
func TestConfirmedThenDroppedIsNeverMirrored(t *testing.T) {
	for _, misbehave := range []bool{false, true} {
		t.Run("node lists non-final at finalized="+strconv.FormatBool(misbehave), func(t *testing.T) {
			d := scriptedDeployment(t)
			node := &scriptedNode{genesis: d.Cluster, vault: d.GRID.Account, asked: map[string][]string{}, listNonFinalAtFinalized: misbehave}
			srv := httptest.NewServer(node)
			defer srv.Close()
			store, err := solstore.Open(context.Background(), filepath.Join(t.TempDir(), "sol.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			cfg := solwatch.DefaultConfig(d)
			cfg.PageSize, cfg.BatchSize = 2, 1 // several pages and batches even for three transactions
			w, err := solwatch.New(cfg, rpc.New(srv.URL), store, zerolog.Nop())
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := w.CheckCluster(ctx); err != nil {
				t.Fatal(err)
			}
			d1 := scriptedDeposit(t, d, 100, 10, "finalized")
			d2 := scriptedDeposit(t, d, 5_000, 11, "confirmed")
			node.mu.Lock()
			node.txs = []*scriptedTx{d1, d2}
			node.mu.Unlock()

			mirrored := func() map[solana.Signature]uint64 {
				rows, err := store.Deposits(ctx, "")
				if err != nil {
					t.Fatal(err)
				}
				m := map[solana.Signature]uint64{}
				for _, r := range rows {
					m[r.Key.Signature] += r.Amount
				}
				return m
			}
			for range 3 { // passes while d2 is only confirmed
				if _, err := w.Sync(ctx); err != nil {
					t.Fatalf("sync: %v", err)
				}
			}
			if m := mirrored(); len(m) != 1 || m[d1.sig] != 100 {
				t.Fatalf("while d2 is only confirmed, the store holds %v; want only d1", m)
			}
			// Precondition: the deposit was really there to be seen at confirmed.
			node.mu.Lock()
			node.asked = map[string][]string{}
			node.mu.Unlock()
			if sigs, err := rpc.New(srv.URL).GetSignaturesForAddressWithOpts(ctx, d.GRID.Account, &rpc.GetSignaturesForAddressOpts{Commitment: rpc.CommitmentConfirmed}); err != nil || len(sigs) != 2 {
				t.Fatalf("precondition: d2 visible at confirmed: %d signatures, %v", len(sigs), err)
			}
			node.mu.Lock()
			node.asked = map[string][]string{}
			// The fork with d2 loses: d2 is gone at every commitment; a new deposit d3 is finalized.
			d3 := scriptedDeposit(t, d, 7, 12, "finalized")
			node.txs = []*scriptedTx{d1, d3}
			node.mu.Unlock()
			for range 2 {
				if _, err := w.Sync(ctx); err != nil {
					t.Fatalf("sync: %v", err)
				}
			}
			if m := mirrored(); len(m) != 2 || m[d1.sig] != 100 || m[d3.sig] != 7 || m[d2.sig] != 0 {
				t.Fatalf("after the drop the store holds %v; want d1 and d3 only", m)
			}
			cur, _ := store.Cursor(ctx, d.GRID.Account)
			if cur.Signature != d3.sig {
				t.Fatalf("cursor at %s, want d3 %s", cur.Signature, d3.sig)
			}
			node.mu.Lock()
			defer node.mu.Unlock()
			for method, cs := range node.asked {
				for _, c := range cs {
					if c != "finalized" && method != "getGenesisHash" {
						t.Errorf("the watcher asked %s at %q", method, c)
					}
				}
			}
		})
	}
}

// TestLifecycleAndChainReset: Start follows in the background until Close; a node of another cluster is
// ErrChainReset, unless WipeOnReset, which empties the store and starts over.
func TestLifecycleAndChainReset(t *testing.T) {
	d := scriptedDeployment(t)
	node := &scriptedNode{genesis: d.Cluster, vault: d.GRID.Account, asked: map[string][]string{}}
	d1 := scriptedDeposit(t, d, 42, 3, "finalized")
	node.txs = []*scriptedTx{d1}
	srv := httptest.NewServer(node)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "sol.db")
	store, err := solstore.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cfg := solwatch.DefaultConfig(d)
	cfg.PollInterval = 5 * time.Millisecond
	w, err := solwatch.New(cfg, rpc.New(srv.URL), store, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := w.Healthy(); err == nil {
		t.Fatal("healthy before Start")
	}
	if err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for {
		rows, err := store.Deposits(ctx, solstore.StatePending)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 1 && rows[0].Amount == 42 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the background loop never mirrored the deposit")
		case <-time.After(5 * time.Millisecond):
		}
	}
	if err := w.Healthy(); err != nil {
		t.Fatalf("healthy: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	// The node restarts as another cluster (a dev node's genesis is new every start).
	node.mu.Lock()
	node.genesis = solana.Hash{9}
	node.mu.Unlock()
	d.Cluster = solana.Hash{9}
	cfg.Deployment = d
	w2, _ := solwatch.New(cfg, rpc.New(srv.URL), store, zerolog.Nop())
	if err := w2.Start(ctx); !errors.Is(err, solwatch.ErrChainReset) {
		t.Fatalf("store of another cluster: want ErrChainReset, got %v", err)
	}
	cfg.WipeOnReset = true
	w3, _ := solwatch.New(cfg, rpc.New(srv.URL), store, zerolog.Nop())
	if err := w3.CheckCluster(ctx); err != nil {
		t.Fatal(err)
	}
	if rows, _ := store.Deposits(ctx, ""); len(rows) != 0 {
		t.Fatalf("after a wipe on reset the store still holds %d deposits", len(rows))
	}
	// And a deployment of one cluster against a node of another is refused outright.
	d.Cluster = solana.Hash{1}
	cfg.Deployment = d
	w4, _ := solwatch.New(cfg, rpc.New(srv.URL), store, zerolog.Nop())
	if err := w4.CheckCluster(ctx); !errors.Is(err, solwatch.ErrChainReset) {
		t.Fatalf("deployment of another cluster: want ErrChainReset, got %v", err)
	}
}
