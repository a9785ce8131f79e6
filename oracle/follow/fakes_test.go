package follow_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/follow"
)

// contract is the followed address; other is a contract nobody follows, whose logs must never arrive.
var (
	contract = common.HexToAddress("0x00000000000000000000000000000000000c0de1")
	other    = common.HexToAddress("0x00000000000000000000000000000000000c0de2")
)

// fakeChain is a hand-written in-memory chain behind follow.Chain: headers linked by parent hash, a few logs per
// block, forks on demand, and the faults of hosted nodes: a getLogs range limit, ranges that hang until the
// call times out, a share of calls answered 429, an outage, and a 401.
type fakeChain struct {
	mu      sync.Mutex
	id      uint64
	blocks  []*types.Header
	byHash  map[common.Hash]*types.Header
	logs    map[common.Hash][]types.Log
	genesis string

	maxRange, hangRange uint64
	failRate            float64
	rng                 *rand.Rand
	down                bool
	unauthorized        bool
	asked, served       [][2]uint64
}

func newFakeChain(genesis string) *fakeChain {
	c := &fakeChain{id: 31337, byHash: map[common.Hash]*types.Header{}, logs: map[common.Hash][]types.Log{}, genesis: genesis,
		rng: rand.New(rand.NewPCG(1, 2))}
	c.add(&types.Header{Number: big.NewInt(0), Difficulty: big.NewInt(0), Time: 1_700_000_000, Extra: []byte(genesis)}, nil)
	return c
}

func (c *fakeChain) add(h *types.Header, logs []types.Log) {
	hash := h.Hash()
	for i := range logs {
		logs[i].BlockHash = hash
	}
	c.blocks = append(c.blocks, h)
	c.byHash[hash] = h
	c.logs[hash] = logs
}

// mine appends n blocks on the current head; branch makes blocks (and their logs) differ between forks.
func (c *fakeChain) mine(n int, branch string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for range n {
		parent := c.blocks[len(c.blocks)-1]
		num := parent.Number.Uint64() + 1
		h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).SetUint64(num), Difficulty: big.NewInt(0),
			Time: parent.Time + 2, Extra: []byte(branch)}
		var logs []types.Log
		for j := range int(num % 4) { // 0-3 logs a block, and one of a contract nobody follows
			topic := crypto.Keccak256Hash([]byte(fmt.Sprintf("%s/%d/%d", branch, num, j)))
			logs = append(logs, types.Log{Address: contract, Topics: []common.Hash{topic}, BlockNumber: num,
				TxHash: topic, Index: uint(j)})
		}
		logs = append(logs, types.Log{Address: other, BlockNumber: num, Index: uint(len(logs))})
		if num%2 == 0 { // some nodes fill blockTimestamp, some do not
			for i := range logs {
				logs[i].BlockTimestamp = h.Time
			}
		}
		c.add(h, logs)
	}
}

// reorg drops the newest depth blocks and mines n others in their place.
func (c *fakeChain) reorg(depth, n int, branch string) {
	c.mu.Lock()
	c.blocks = c.blocks[:len(c.blocks)-depth]
	c.mu.Unlock()
	c.mine(n, branch)
}

func (c *fakeChain) head() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return uint64(len(c.blocks) - 1)
}

// canonicalLogs is what a clean follow of the chain up to its head must hand over.
func (c *fakeChain) canonicalLogs() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, h := range c.blocks {
		for _, l := range c.logs[h.Hash()] {
			if l.Address == contract {
				out = append(out, logKey(l, h.Time))
			}
		}
	}
	return out
}

func logKey(l types.Log, time uint64) string {
	return fmt.Sprintf("%d/%s/%d@%d", l.BlockNumber, l.BlockHash.Hex()[:10], l.Index, time)
}

func (c *fakeChain) fail() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.unauthorized:
		return rpcHTTPError(401)
	case c.down:
		return errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	case c.failRate > 0 && c.rng.Float64() < c.failRate:
		return errors.New("429 Too Many Requests: rate limited")
	}
	return nil
}

func (c *fakeChain) set(f func(c *fakeChain)) {
	c.mu.Lock()
	f(c)
	c.mu.Unlock()
}

func (c *fakeChain) ChainID(context.Context) (*big.Int, error) {
	if err := c.fail(); err != nil {
		return nil, err
	}
	return new(big.Int).SetUint64(c.id), nil
}

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if err := c.fail(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if n == nil {
		return types.CopyHeader(c.blocks[len(c.blocks)-1]), nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(c.blocks)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(c.blocks[n.Uint64()]), nil
}

func (c *fakeChain) HeaderByHash(_ context.Context, hash common.Hash) (*types.Header, error) {
	if err := c.fail(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.byHash[hash]
	if !ok {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(h), nil
}

func (c *fakeChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := c.fail(); err != nil {
		return nil, err
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	span := to - from + 1
	c.mu.Lock()
	c.asked = append(c.asked, [2]uint64{from, to})
	hang, limit := c.hangRange, c.maxRange
	c.mu.Unlock()
	if hang > 0 && span > hang {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if limit > 0 && span > limit {
		return nil, fmt.Errorf("query exceeds max block range %d", limit)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	want := map[common.Address]bool{}
	for _, a := range q.Addresses {
		want[a] = true
	}
	var out []types.Log
	for n := from; n <= to && n < uint64(len(c.blocks)); n++ {
		for _, l := range c.logs[c.blocks[n].Hash()] {
			if want[l.Address] {
				out = append(out, l)
			}
		}
	}
	c.served = append(c.served, [2]uint64{from, to})
	return out, nil
}

// memStore is a hand-written follow.Store: the applied logs, the window and the state, with Apply atomic and
// optionally failing.
type memStore struct {
	mu      sync.Mutex
	st      follow.State
	found   bool
	window  []follow.BlockRef
	logs    []types.Log
	applies int
	// failAfter > 0 fails every Apply after that many; failWith is the error.
	failAfter int
	failWith  error
	hotFroms  []uint64
}

func (s *memStore) State(context.Context) (follow.State, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st, s.found, nil
}

func (s *memStore) Init(_ context.Context, st follow.State) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st, s.found = st, true
	return nil
}

func (s *memStore) Window(context.Context) ([]follow.BlockRef, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]follow.BlockRef(nil), s.window...), nil
}

func (s *memStore) Wipe(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st, s.found, s.window, s.logs = follow.State{}, false, nil, nil
	return nil
}

func (s *memStore) Apply(_ context.Context, b *follow.Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failAfter > 0 && s.applies >= s.failAfter {
		return s.failWith
	}
	s.applies++
	if b.Rollback {
		keep := s.logs[:0]
		for _, l := range s.logs {
			if l.BlockNumber <= b.Ancestor {
				keep = append(keep, l)
			}
		}
		s.logs = keep
		w := s.window[:0]
		for _, r := range s.window {
			if r.Number <= b.Ancestor {
				w = append(w, r)
			}
		}
		s.window = w
	}
	for _, l := range b.Logs {
		if l.BlockTimestamp == 0 {
			return follow.Halt(fmt.Errorf("log %d of block %d has no timestamp", l.Index, l.BlockNumber))
		}
		if l.Address != contract {
			return follow.Halt(fmt.Errorf("a log of %s, which is not followed", l.Address))
		}
	}
	s.logs = append(s.logs, b.Logs...)
	s.window = append(s.window, b.Blocks...)
	sort.Slice(s.window, func(i, j int) bool { return s.window[i].Number < s.window[j].Number })
	w := s.window[:0]
	for _, r := range s.window { // the window keeps blocks from the newest final one (the anchor) up
		if r.Number >= b.Final {
			w = append(w, r)
		}
	}
	s.window = w
	s.st.Next, s.st.LastHash, s.st.Final, s.st.Head = b.Next, b.LastHash, b.Final, b.Head
	s.hotFroms = append(s.hotFroms, b.HotFrom)
	return nil
}

func (s *memStore) keys() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.logs))
	for i, l := range s.logs {
		out[i] = logKey(l, l.BlockTimestamp)
	}
	return out
}

// fakeClock is a settable clock (the watchdog tests move it).
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *fakeClock { return &fakeClock{t: time.Unix(1_700_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func testConfig() follow.Config {
	cfg := follow.DefaultConfig()
	cfg.Addresses = []common.Address{contract}
	cfg.Fingerprint = follow.Fingerprint(map[string]common.Address{"Test": contract}, 1)
	cfg.StartBlock = 1
	cfg.FinalityDepth = 8
	cfg.PollInterval = 10 * time.Millisecond
	cfg.BackoffMin, cfg.BackoffMax = time.Millisecond, 10*time.Millisecond
	cfg.CallTimeout = 10 * time.Second
	return cfg
}

func newFollower(t testing.TB, chain follow.Chain, store follow.Store, cfg follow.Config, clock follow.Clock) (*follow.Follower, *follow.Metrics) {
	t.Helper()
	m := follow.NewMetrics(nil, "test")
	if clock == nil {
		clock = newClock()
	}
	f, err := follow.New("follower", cfg, chain, store, clock, zerolog.Nop(), m)
	if err != nil {
		t.Fatal(err)
	}
	return f, m
}

// cleanFollow follows the chain as it is now into a fresh store.
func cleanFollow(t *testing.T, c *fakeChain, cfg follow.Config) []string {
	t.Helper()
	s := &memStore{}
	f, _ := newFollower(t, c, s, cfg, nil)
	if err := f.Sync(context.Background()); err != nil {
		t.Fatalf("clean follow: %v", err)
	}
	return s.keys()
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 20s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
