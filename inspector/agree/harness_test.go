package agree_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

var (
	domain = oracle.AttestationDomain(big.NewInt(31337), common.HexToAddress("0x5151"))
	escrow = common.HexToAddress("0xe5c0")
)

// keysFor returns n keys whose addresses ascend (the order a signer set lists them in).
func keysFor(t testing.TB, n int, seed byte) []*ecdsa.PrivateKey {
	t.Helper()
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{seed, byte(i)}))
		if err != nil {
			t.Fatal(err)
		}
		out[i] = k
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := crypto.PubkeyToAddress(out[i].PublicKey), crypto.PubkeyToAddress(out[j].PublicKey)
		return bytes.Compare(a[:], b[:]) < 0
	})
	return out
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

type subjectKey struct {
	kind    oracle.Kind
	subject common.Hash
}

// chain is a fake of agree.Chain and agree.Submitter that checks every submission the way the quorum does.
type chain struct {
	mu      sync.Mutex
	set     oracle.SignerSet
	decided map[subjectKey]bool
	posts   []agree.Signed
	bad     []error
}

func (c *chain) SignerSet(context.Context) (oracle.SignerSet, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.set, nil
}

func (c *chain) Decided(_ context.Context, d agree.Decision) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.decided[subjectKey{d.Kind, d.Subject}], nil
}

func (c *chain) Submit(_ context.Context, s agree.Signed) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := oracle.VerifyPacked(domain, s.Attestation, c.set, s.Packed); err != nil {
		c.bad = append(c.bad, err)
		return err
	}
	if s.Attestation.ID != s.Decision.Key() {
		err := fmt.Errorf("attestation id %s is not the decision key", s.Attestation.ID)
		c.bad = append(c.bad, err)
		return err
	}
	k := subjectKey{s.Decision.Kind, s.Decision.Subject}
	if c.decided[k] {
		return errors.New("revert: already decided") // the chain's answer to a second post
	}
	c.decided[k] = true
	c.posts = append(c.posts, s)
	return nil
}

func (c *chain) Posts() []agree.Signed {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.posts)
}

type peers struct {
	mu   sync.Mutex
	urls map[common.Address]string
}

func (p *peers) Endpoint(_ context.Context, a common.Address) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	u, ok := p.urls[a]
	if !ok {
		return "", fmt.Errorf("no endpoint for %s", a)
	}
	return u, nil
}

// sinceRule is breach-shaped: a node that observed the subject failing since `since` endorses any claim
// "down since v" with v ≥ since; a leader proposes the k-th smallest observed since.
type sinceRule struct {
	mu    sync.Mutex
	since map[common.Hash]uint64
	retry bool
	// lying nodes endorse anything and observe whatever they are told to.
	lying bool
}

func newSinceRule(retry bool) *sinceRule {
	return &sinceRule{since: map[common.Hash]uint64{}, retry: retry}
}

func (r *sinceRule) set(subject common.Hash, since uint64) {
	r.mu.Lock()
	r.since[subject] = since
	r.mu.Unlock()
}

func enc(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func dec(b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, fmt.Errorf("%w: %d bytes, want 8", agree.ErrInvalidValue, len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}

func (r *sinceRule) Kind() oracle.Kind { return oracle.KindBreach }
func (r *sinceRule) Retry() bool       { return r.retry }

func (r *sinceRule) Observe(_ context.Context, d agree.Decision) ([]byte, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.since[d.Subject]
	if !ok {
		return nil, false, nil
	}
	return enc(s), true, nil
}

func (r *sinceRule) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	var vs []uint64
	for _, o := range obs {
		if v, err := dec(o.Value); err == nil && o.Has {
			vs = append(vs, v)
		}
	}
	if len(vs) < k {
		return nil, agree.ErrNoQuorum
	}
	slices.Sort(vs)
	return enc(vs[k-1]), nil
}

func (r *sinceRule) Endorse(_ context.Context, d agree.Decision, value []byte) error {
	v, err := dec(value)
	if err != nil {
		return err
	}
	if r.lying {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.since[d.Subject]
	if !ok || s > v {
		return fmt.Errorf("%w: down since %d claimed, own since %d (%v)", observe.ErrNotObserved, v, s, ok)
	}
	return nil
}

func (r *sinceRule) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	v, err := dec(value)
	if err != nil {
		return common.Address{}, nil, err
	}
	return escrow, oracle.Breach{LeaseID: new(big.Int).SetBytes(d.Subject[:]), DownSince: v}, nil
}

type member struct {
	key     *ecdsa.PrivateKey
	rule    *sinceRule
	db      *sqlstore.DB
	dbPath  string
	node    *agree.Node
	srv     *httptest.Server
	metrics *agree.Metrics
}

type cluster struct {
	t       testing.TB
	chain   *chain
	peers   *peers
	members []*member
	cfg     agree.Config
	// handlers are the extra message types every member serves (Deps.Handlers).
	handlers func(m *member) map[string]agree.Handler
}

// fastConfig keeps rounds short, but with timeouts generous enough for a loaded 2-core CI machine under -race:
// a turn that times out there is a test artefact, not the protocol under test.
func fastConfig() agree.Config {
	cfg := agree.DefaultConfig(domain)
	cfg.RoundTimeout = 2 * time.Second
	cfg.RequestTimeout = 1500 * time.Millisecond
	cfg.MinRoundGap = 20 * time.Millisecond
	return cfg
}

func newCluster(t testing.TB, n, k int, cfg agree.Config, retry bool) *cluster {
	t.Helper()
	return newClusterOf(t, n, k, cfg, retry, nil)
}

// newClusterWith is a cluster whose members serve extra message types.
func newClusterWith(t testing.TB, n, k int, cfg agree.Config, handlers func(m *member) map[string]agree.Handler) *cluster {
	t.Helper()
	return newClusterOf(t, n, k, cfg, false, handlers)
}

func newClusterOf(t testing.TB, n, k int, cfg agree.Config, retry bool, handlers func(m *member) map[string]agree.Handler) *cluster {
	t.Helper()
	ks := keysFor(t, n, 1)
	c := &cluster{t: t, chain: &chain{decided: map[subjectKey]bool{}}, peers: &peers{urls: map[common.Address]string{}}, cfg: cfg,
		handlers: handlers}
	c.chain.set = oracle.SignerSet{Version: 1, Threshold: uint8(k)}
	for _, key := range ks {
		c.chain.set.Signers = append(c.chain.set.Signers, addrOf(key))
	}
	dir := t.TempDir()
	for i, key := range ks {
		m := &member{key: key, rule: newSinceRule(retry), dbPath: filepath.Join(dir, fmt.Sprintf("node%d.db", i))}
		c.members = append(c.members, m)
		c.start(m)
	}
	t.Cleanup(func() {
		for _, m := range c.members {
			c.stop(m)
		}
	})
	return c
}

func (c *cluster) start(m *member) {
	c.t.Helper()
	db, err := sqlstore.Open(context.Background(), m.dbPath)
	if err != nil {
		c.t.Fatal(err)
	}
	m.db = db
	m.metrics = agree.NewMetrics(prometheus.NewRegistry())
	var handlers map[string]agree.Handler
	if c.handlers != nil {
		handlers = c.handlers(m)
	}
	node, err := agree.New(c.cfg, agree.Deps{Signer: keys.NewSigner(m.key), Store: db, Chain: c.chain, Peers: c.peers,
		Submitter: c.chain, Rules: []agree.Rule{m.rule}, Handlers: handlers, Metrics: m.metrics, Log: zerolog.Nop()})
	if err != nil {
		c.t.Fatal(err)
	}
	m.node = node
	m.srv = httptest.NewServer(node.Handler())
	c.peers.mu.Lock()
	c.peers.urls[addrOf(m.key)] = m.srv.URL
	c.peers.mu.Unlock()
}

// stop takes a member down: its server stops answering and its node and database close.
func (c *cluster) stop(m *member) {
	if m.srv == nil {
		return
	}
	m.srv.CloseClientConnections()
	m.srv.Close()
	m.node.Close()
	m.db.Close()
	m.srv = nil
}

func (c *cluster) member(a common.Address) *member {
	for _, m := range c.members {
		if addrOf(m.key) == a {
			return m
		}
	}
	return nil
}

func lease(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }

func breachOf(t testing.TB, s agree.Signed) uint64 {
	t.Helper()
	v, err := dec(s.Value)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
