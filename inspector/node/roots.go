package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	inrewards "github.com/idlegrid/idlegrid/inspector/rewards"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// DefaultClassWeights are the reward weights of one verified GPU-second per class: the classes' minimum stakes
// per GPU (Deploy.s.sol) over 100. Every inspector must use the same table, or their roots differ and none
// reaches k.
func DefaultClassWeights() map[string]uint64 {
	return map[string]uint64{"RTX3090": 2, "RTX4090": 2, "A100-40GB": 6, "A100-80GB": 8, "H100": 15, "H200": 15, "SIM": 1}
}

// placeholderLeaf is the one leaf of an epoch in which nobody has earned anything yet: Rewards.postRoot takes
// no zero root, and epochs post strictly in order, so an empty epoch still needs a tree. The zero address with
// zero can never be claimed (Rewards.claim pays only an amount above what was claimed).
var placeholderLeaf = rewardtree.Entry{Account: common.Address{}, Cumulative: new(big.Int)}

// rewardSchedule is the Rewards contract's epoch schedule: epoch's [start, end) in unix seconds and its
// emission.
type rewardSchedule interface {
	Epoch(ctx context.Context, epoch uint64) (start, end uint64, emission *big.Int, err error)
}

// rewardRoots computes epoch trees from the follower's final chain state alone (inspector/rewards over the
// verifications, outages and consumed attestations it kept) and keeps each computed tree in the chain store,
// where the next epoch's computation finds its cumulative amounts. It implements rules.Roots.
type rewardRoots struct {
	store    *chainStore
	schedule rewardSchedule
	params   inrewards.Params

	mu sync.Mutex // one computation at a time
}

var _ rules.Roots = (*rewardRoots)(nil)

// errNotComputable wraps every refusal to compute an epoch.
var errNotComputable = errors.New("not computable")

// chainSchedule reads the schedule from the Rewards contract: genesis and epoch length once (immutables), each
// epoch's emission (a pure function of them) once.
type chainSchedule struct {
	chain  ethereum.ContractCaller
	target common.Address

	mu            sync.Mutex
	genesis, span uint64
	emission      map[uint64]*big.Int
}

// Epoch implements rewardSchedule.
func (r *chainSchedule) Epoch(ctx context.Context, epoch uint64) (start, end uint64, emission *big.Int, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	sched := protocol.RewardSchedule{Chain: r.chain, Target: r.target}
	if r.span == 0 {
		g, l, err := sched.Timing(ctx)
		if err != nil {
			return 0, 0, nil, err
		}
		if l == 0 {
			return 0, 0, nil, fmt.Errorf("rewards epoch length 0")
		}
		r.genesis, r.span, r.emission = g, l, map[uint64]*big.Int{}
	}
	if epoch > (1<<62)/r.span {
		return 0, 0, nil, fmt.Errorf("%w: epoch %d is beyond any time", errNotComputable, epoch)
	}
	e, ok := r.emission[epoch]
	if !ok {
		if e, err = sched.Emission(ctx, epoch); err != nil {
			return 0, 0, nil, err
		}
		if len(r.emission) > 64 {
			clear(r.emission)
		}
		r.emission[epoch] = e
	}
	return r.genesis + epoch*r.span, r.genesis + (epoch+1)*r.span, new(big.Int).Set(e), nil
}

// Root implements rules.Roots. It refuses at once any epoch but the next to post, and that one until the
// follower's final blocks are past its end (then every event of the epoch is in the store).
func (r *rewardRoots) Root(ctx context.Context, epoch uint64) (common.Hash, *big.Int, error) {
	next, err := r.store.nextEpoch(ctx)
	if err != nil {
		return common.Hash{}, nil, err
	}
	if epoch != next {
		return common.Hash{}, nil, fmt.Errorf("%w: epoch %d: the next epoch to post is %d", errNotComputable, epoch, next)
	}
	t, err := r.tree(ctx, epoch)
	if err != nil {
		return common.Hash{}, nil, err
	}
	return t.Root, t.Cumulative, nil
}

// Due is the epoch whose root this node can compute now (false: none yet).
func (r *rewardRoots) Due(ctx context.Context) (uint64, bool, error) {
	next, err := r.store.nextEpoch(ctx)
	if err != nil {
		return 0, false, err
	}
	final, ok, err := r.store.finalTime(ctx)
	if err != nil || !ok {
		return 0, false, err
	}
	_, end, _, err := r.schedule.Epoch(ctx, next)
	if err != nil {
		return 0, false, err
	}
	return next, final >= end, nil
}

// tree is epoch's tree: stored, or computed from the previous epoch's (computed first when missing, and
// checked against the root posted for it) and the epoch's inputs.
func (r *rewardRoots) tree(ctx context.Context, epoch uint64) (storedTree, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok, err := r.store.rewardTree(ctx, epoch); err != nil || ok {
		return t, err
	}
	final, ok, err := r.store.finalTime(ctx)
	if err != nil {
		return storedTree{}, err
	}
	_, end, _, err := r.schedule.Epoch(ctx, epoch)
	if err != nil {
		return storedTree{}, err
	}
	if !ok || final < end {
		return storedTree{}, fmt.Errorf("%w: epoch %d ends at %d; the follower's final blocks reach %d", errNotComputable, epoch, end, final)
	}
	// The earliest epoch without a stored tree, then forward: each builds on the one before.
	first := epoch
	for first > 0 {
		_, ok, err := r.store.rewardTree(ctx, first-1)
		if err != nil {
			return storedTree{}, err
		}
		if ok {
			break
		}
		first--
	}
	var t storedTree
	for e := first; e <= epoch; e++ {
		if t, err = r.compute(ctx, e); err != nil {
			return storedTree{}, err
		}
	}
	return t, nil
}

// compute builds and stores epoch's tree; the previous epoch's must be stored and be the root posted for it.
func (r *rewardRoots) compute(ctx context.Context, epoch uint64) (storedTree, error) {
	start, end, emission, err := r.schedule.Epoch(ctx, epoch)
	if err != nil {
		return storedTree{}, err
	}
	in := inrewards.Inputs{Epoch: inrewards.Epoch{Number: epoch, Start: start, End: end}}
	allocated := new(big.Int)
	if epoch > 0 {
		prev, ok, err := r.store.rewardTree(ctx, epoch-1)
		if err != nil {
			return storedTree{}, err
		}
		if !ok {
			return storedTree{}, fmt.Errorf("%w: epoch %d: no tree of epoch %d", errNotComputable, epoch, epoch-1)
		}
		root, _, posted, err := r.store.postedRoot(ctx, epoch-1)
		if err != nil {
			return storedTree{}, err
		}
		switch {
		case !posted:
			return storedTree{}, fmt.Errorf("%w: epoch %d: epoch %d's root is not posted", errNotComputable, epoch, epoch-1)
		case root != prev.Root:
			return storedTree{}, fmt.Errorf("%w: epoch %d: epoch %d's posted root %s is not the one this node computed (%s)",
				errNotComputable, epoch, epoch-1, root.Hex(), prev.Root.Hex())
		}
		if in.Previous, err = leavesOf(prev.Body); err != nil {
			return storedTree{}, fmt.Errorf("epoch %d: %w", epoch-1, err)
		}
		allocated = prev.Cumulative
	}
	// The increment may not exceed the reserve either: what was funded before the epoch ended, less what
	// earlier roots allocated (funding only grows, so the reserve at posting time is at least this).
	funded, err := r.store.fundedBy(ctx, end)
	if err != nil {
		return storedTree{}, err
	}
	reserve := new(big.Int).Sub(funded, allocated)
	if reserve.Sign() < 0 {
		reserve.SetInt64(0)
	}
	in.Epoch.Emission = emission
	if reserve.Cmp(emission) < 0 {
		in.Epoch.Emission = reserve
	}
	if in.Verifications, in.Outages, in.Attestations, err = r.store.rewardInputs(ctx, start, end); err != nil {
		return storedTree{}, err
	}
	res, err := inrewards.Compute(r.params, in)
	if err != nil {
		return storedTree{}, fmt.Errorf("epoch %d: %w", epoch, err)
	}
	if len(res.Entries) == 0 {
		tree, err := rewardtree.New([]rewardtree.Entry{placeholderLeaf})
		if err != nil {
			return storedTree{}, err
		}
		res.Entries, res.Tree, res.Root = []rewardtree.Entry{placeholderLeaf}, tree, tree.Root()
	}
	t := storedTree{Epoch: epoch, Root: res.Root, Cumulative: res.Cumulative, Body: res.MarshalCanonical()}
	if err := r.store.putRewardTree(ctx, t); err != nil {
		return storedTree{}, err
	}
	return t, nil
}

// leavesOf reads the leaves back from a tree's canonical bytes.
func leavesOf(body []byte) ([]rewardtree.Entry, error) {
	leaves, err := inrewards.ParseLeaves(body)
	if err != nil {
		return nil, fmt.Errorf("stored tree: %w", err)
	}
	out := make([]rewardtree.Entry, 0, len(leaves))
	for _, l := range leaves {
		if l.Cumulative.Sign() == 0 {
			continue // the placeholder
		}
		out = append(out, l)
	}
	return out, nil
}

// uploadTrees posts the trees whose roots landed to the indexer (Config.Indexer, else the deployment's) (POST /v1/rewards/epochs/N/tree, the
// canonical bytes), so that `idlegrid rewards claim` finds the proofs. An indexer that already has the tree
// answers 201 again; a 4xx other than 429 is logged and not retried (the indexer refused that tree).
func (n *Node) uploadTrees(ctx context.Context) error {
	base := n.cfg.Indexer
	if base == "" {
		base = n.deps.Deployment.IndexerAPI
	}
	base = strings.TrimRight(base, "/")
	if base == "" {
		return nil
	}
	trees, err := n.chainDB.toUpload(ctx)
	if err != nil {
		return err
	}
	client := &http.Client{Timeout: 60 * time.Second}
	for _, t := range trees {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/v1/rewards/epochs/%d/tree", base, t.Epoch), bytes.NewReader(t.Body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			return fmt.Errorf("upload tree of epoch %d: %w", t.Epoch, err)
		}
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK:
			n.log.Info().Uint64("epoch", t.Epoch).Stringer("root", t.Root).Msg("reward tree uploaded to the indexer")
		case resp.StatusCode == http.StatusUnprocessableEntity:
			// The indexer has not indexed the root yet: try again next round.
			return nil
		case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
			return fmt.Errorf("upload tree of epoch %d: %s: %s", t.Epoch, resp.Status, msg)
		default:
			n.log.Error().Uint64("epoch", t.Epoch).Str("status", resp.Status).Bytes("answer", msg).Msg("the indexer refused the reward tree")
		}
		if err := n.chainDB.markUploaded(ctx, t.Epoch); err != nil {
			return err
		}
	}
	return nil
}

// RewardTree is epoch's tree as this node computed it: its root and canonical bytes (inspector/rewards'
// MarshalCanonical; false: not computed). Tests compare them across nodes; the CLI may show them.
func (n *Node) RewardTree(ctx context.Context, epoch uint64) (common.Hash, []byte, bool, error) {
	n.mu.Lock()
	db := n.chainDB
	n.mu.Unlock()
	if db == nil {
		return common.Hash{}, nil, false, errors.New("node: not started")
	}
	t, ok, err := db.rewardTree(ctx, epoch)
	return t.Root, t.Body, ok, err
}
