package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// list is a page of items.
type list struct {
	Items any    `json:"items"`
	Next  string `json:"next,omitempty"`
}

func (s *Server) status(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	if err := p.done(); err != nil {
		return nil, err
	}
	out := api.Status{QuoteBook: s.deps.Quotes != nil}
	if s.deps.Deployment != nil {
		out.Deployment = api.DeploymentOf(*s.deps.Deployment)
	}
	if s.deps.Follower != nil {
		raw, err := json.Marshal(s.deps.Follower.Status())
		if err != nil {
			return nil, err
		}
		out.Follower = raw
	}
	if s.deps.Health != nil {
		var problems []string
		for name, err := range s.deps.Health.HealthReport() {
			if err != nil {
				problems = append(problems, name+": "+err.Error())
			}
		}
		if len(problems) > 0 {
			sort.Strings(problems)
			out.HealthError = strings.Join(problems, "; ")
		}
	}
	return out, nil
}

func (s *Server) stats(r *http.Request) (any, error) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	return s.deps.History.Stats(r.Context())
}

func (s *Server) machines(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := indexer.MachineQuery{Class: p.str("class", 32), Provider: p.address("provider"), MaxMicroUSDPerHour: p.usd("max_usd_per_hour")}
	if n, ok := p.uint("min_gpus", 1, math.MaxUint32); ok {
		q.MinGPUs = uint32(n)
	}
	if n, ok := p.uint("min_free_gpus", 1, math.MaxUint32); ok {
		q.MinFreeGPUs = uint32(n)
	}
	switch p.oneOf("listed", "true", "false", "any") {
	case "", "true":
		t := true
		q.Listed = &t
	case "false":
		f := false
		q.Listed = &f
	}
	q.Rentable = p.oneOf("rentable", "true", "any") == "true"
	q.Page = p.page()
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.Machines.Machines(r.Context(), q)
	if items == nil {
		items = []indexer.MachineView{}
	}
	return list{items, next}, err
}

func (s *Server) machine(r *http.Request) (any, error) {
	id, err := parseHash(r.PathValue("id"))
	if err != nil {
		return nil, badParam("id", "%v", err)
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	m, found, err := s.deps.Machines.Machine(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("machine %s is not indexed", id.Hex())
	}
	quotes, err := s.deps.Machines.LiveQuotes(r.Context(), id, uint64(s.deps.Clock.Now().Unix()))
	if err != nil {
		return nil, err
	}
	if quotes == nil {
		quotes = []indexer.StoredQuote{}
	}
	return struct {
		indexer.MachineView
		Quotes []indexer.StoredQuote `json:"quotes"`
	}{m, quotes}, nil
}

func (s *Server) providers(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	pg := p.page()
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.Machines.Providers(r.Context(), pg)
	if items == nil {
		items = []indexer.ProviderView{}
	}
	return list{items, next}, err
}

func (s *Server) provider(r *http.Request) (any, error) {
	addr, err := parseAddress(r.PathValue("address"))
	if err != nil {
		return nil, badParam("address", "%v", err)
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	v, found, err := s.deps.Machines.Provider(r.Context(), addr)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("provider %s is not indexed", addr.Hex())
	}
	machines, _, err := s.deps.Machines.Machines(r.Context(), indexer.MachineQuery{Provider: &addr, Page: indexer.Page{Limit: indexer.MaxPageLimit}})
	if err != nil {
		return nil, err
	}
	if machines == nil {
		machines = []indexer.MachineView{}
	}
	return struct {
		indexer.ProviderView
		Machines []indexer.MachineView `json:"machines"`
	}{v, machines}, nil
}

func parseAddress(v string) (common.Address, error) {
	if !common.IsHexAddress(v) || len(v) != 42 {
		return common.Address{}, fmt.Errorf("must be a 0x-prefixed 20-byte hex address, got %q", v)
	}
	return common.HexToAddress(v), nil
}

func (s *Server) stakes(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := indexer.StakeQuery{Account: p.address("account"), Role: p.role("role"), Page: p.page()}
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.Machines.Stakes(r.Context(), q)
	if items == nil {
		items = []indexer.Stake{}
	}
	return list{items, next}, err
}

func (s *Server) leases(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := indexer.LeaseQuery{Renter: p.address("renter"), Provider: p.address("provider"), MachineID: p.hash("machine"),
		State: p.oneOf("state", indexer.LeaseOpen, indexer.LeaseClosed, indexer.LeaseSettled), Page: p.page()}
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.Leases.Leases(r.Context(), q)
	if items == nil {
		items = []indexer.Lease{}
	}
	return list{items, next}, err
}

func (s *Server) lease(r *http.Request) (any, error) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 63)
	if err != nil || id == 0 {
		return nil, badParam("id", "must be a lease id (a positive integer), got %q", r.PathValue("id"))
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	d, found, err := s.deps.Leases.Lease(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("lease %d is not indexed", id)
	}
	return d, nil
}

// earnings: an account's money in LeaseEscrow, withdrawable and held in dispute windows.
func (s *Server) earnings(r *http.Request) (any, error) {
	addr, err := parseAddress(r.PathValue("account"))
	if err != nil {
		return nil, badParam("account", "%v", err)
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	return s.deps.Leases.Earnings(r.Context(), addr)
}

// gpu: which machine's verification claims a GPU (id = keccak256 of its UUID), and until when.
func (s *Server) gpu(r *http.Request) (any, error) {
	id, err := parseHash(r.PathValue("id"))
	if err != nil {
		return nil, badParam("id", "%v", err)
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	c, found, err := s.deps.Machines.GPUClaim(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("no verification names GPU %s", id.Hex())
	}
	return c, nil
}

// inspectors: the inspectors' registered endpoints.
func (s *Server) inspectors(r *http.Request) (any, error) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	items, err := s.deps.History.InspectorEndpoints(r.Context())
	return list{Items: items}, err
}

func (s *Server) attestations(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := indexer.AttestationQuery{Target: p.address("target"), FromBlock: p.uintPtr("from_block", 0, math.MaxInt64),
		ToBlock: p.uintPtr("to_block", 0, math.MaxInt64)}
	if v, ok := p.raw("kind"); ok {
		k, err := oracle.ParseKind(v)
		if err != nil {
			p.fail(badParam("kind", "%v", err))
		}
		kind := uint8(k)
		q.Kind = &kind
	}
	q.Page = p.page()
	if err := p.done(); err != nil {
		return nil, err
	}
	if q.FromBlock != nil && q.ToBlock != nil && *q.FromBlock > *q.ToBlock {
		return nil, badParam("to_block", "is below from_block")
	}
	items, next, err := s.deps.History.Attestations(r.Context(), q)
	return list{items, next}, err
}

func (s *Server) slashes(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := indexer.SlashQuery{Offender: p.address("offender"), Role: p.role("role"), Page: p.page()}
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.History.Slashes(r.Context(), q)
	return list{items, next}, err
}

func (s *Server) events(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := indexer.EventQuery{Contract: p.oneOf("contract", indexer.GridToken, indexer.Staking, indexer.AttestationQuorum,
		indexer.LeaseEscrow, indexer.GridPriceOracle, indexer.NodeRegistry, indexer.LeaseJournal, indexer.Rewards,
		indexer.SolanaGateway), Name: p.str("name", 64),
		FromBlock: p.uintPtr("from_block", 0, math.MaxInt64), ToBlock: p.uintPtr("to_block", 0, math.MaxInt64), Page: p.page()}
	if err := p.done(); err != nil {
		return nil, err
	}
	if q.FromBlock != nil && q.ToBlock != nil && *q.FromBlock > *q.ToBlock {
		return nil, badParam("to_block", "is below from_block")
	}
	items, next, err := s.deps.History.Events(r.Context(), q)
	if err != nil {
		return nil, err
	}
	// Raw events carry their arguments as a JSON object.
	type event struct {
		indexer.EventRecord
		Args json.RawMessage `json:"args"`
	}
	out := make([]event, len(items))
	for i, e := range items {
		out[i] = event{e, json.RawMessage(e.Args)}
	}
	return list{out, next}, nil
}

func (s *Server) prices(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	pg := p.page()
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.History.PriceUpdates(r.Context(), pg)
	return list{items, next}, err
}

func (s *Server) params(r *http.Request) (any, error) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	items, err := s.deps.History.Params(r.Context())
	return list{Items: items}, err
}

func (s *Server) signerSets(r *http.Request) (any, error) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	items, err := s.deps.History.SignerSets(r.Context())
	return list{Items: items}, err
}

// ---------------------------------------------------------------- rewards

func (s *Server) rewardEpochs(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	pg := p.page()
	if err := p.done(); err != nil {
		return nil, err
	}
	items, next, err := s.deps.Epochs.RewardEpochs(r.Context(), pg)
	return list{items, next}, err
}

func pathEpoch(r *http.Request) (uint64, error) {
	e, err := strconv.ParseUint(r.PathValue("epoch"), 10, 63)
	if err != nil {
		return 0, badParam("epoch", "must be an epoch number, got %q", r.PathValue("epoch"))
	}
	return e, nil
}

func (s *Server) rewardEpoch(r *http.Request) (any, error) {
	epoch, err := pathEpoch(r)
	if err != nil {
		return nil, err
	}
	p := newParams(r.URL.Query())
	account := p.address("account")
	if err := p.done(); err != nil {
		return nil, err
	}
	e, found, err := s.deps.Rewards.Epoch(r.Context(), epoch, account)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("no root posted for epoch %d", epoch)
	}
	return e, nil
}

// treeBody is a posted reward tree.
// treeLeaf is one element of a posted tree's "leaves".
type treeLeaf struct {
	Account          common.Address `json:"account"`
	CumulativeAmount string         `json:"cumulativeAmount"`
}

// postRewardTree takes {"leaves": [{"account", "cumulativeAmount"}, …]} (or inspector/rewards' canonical tree,
// whose epoch and root are checked before its leaves) for an epoch whose root is posted on
// chain. It refuses before reading the body when the epoch has no root or the declared length is over the
// limit, waits for its share of the upload memory budget (treeUploadCost), then decodes the leaves one by one,
// hashing each as it comes and stopping at the first bad one or past indexer.MaxRewardLeaves; the leaves are
// kept only if they build the posted root.
func (s *Server) postRewardTree(r *http.Request) (any, error) {
	epoch, err := pathEpoch(r)
	if err != nil {
		return nil, err
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && ct != "application/json" && !startsWith(ct, "application/json;") {
		return nil, &apiError{Status: http.StatusUnsupportedMediaType, Code: api.CodeUnsupportedMediaType, Message: "send application/json"}
	}
	limit := s.cfg.MaxTreeBytes
	tooBig := &apiError{Status: http.StatusRequestEntityTooLarge, Code: api.CodeBodyTooLarge, Message: fmt.Sprintf("body over %d bytes", limit)}
	if r.ContentLength > limit {
		return nil, tooBig
	}
	up, err := s.deps.Rewards.BeginTree(r.Context(), epoch)
	if err != nil {
		return nil, treeError(err)
	}
	declared := limit
	if r.ContentLength >= 0 {
		declared = r.ContentLength
	}
	cost := min(treeUploadCost(declared), s.cfg.TreeMemoryBudget)
	if err := s.treeBudget.Acquire(r.Context(), cost); err != nil {
		return nil, &apiError{Status: http.StatusServiceUnavailable, Code: api.CodeTimeout,
			Message: "too many reward trees are being uploaded; try again shortly"}
	}
	defer s.treeBudget.Release(cost)

	body := http.MaxBytesReader(nil, r.Body, declared)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	bad := func(param string, err error) error {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return tooBig
		}
		return &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: param, Message: "invalid JSON body: " + err.Error()}
	}
	if err := expectDelim(dec, '{'); err != nil {
		return nil, bad("", err)
	}
	sawLeaves := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, bad("", err)
		}
		key, _ := tok.(string)
		switch key {
		case "epoch", "root":
			// The inspectors' canonical tree (inspector/rewards) names its epoch and root before the leaves: a
			// tree of another epoch or root is refused here, before any leaf.
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return nil, bad(key, err)
			}
			if key == "epoch" && string(v) != strconv.FormatUint(epoch, 10) {
				return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: "epoch",
					Message: fmt.Sprintf("epoch: the body is epoch %s's tree, posted to epoch %d", v, epoch)}
			}
			if key == "root" {
				var root common.Hash
				if err := json.Unmarshal(v, &root); err != nil {
					return nil, bad("root", err)
				}
				if root != up.Root() {
					return nil, &apiError{Status: http.StatusUnprocessableEntity, Code: api.CodeRootMismatch, Parameter: "root",
						Message: fmt.Sprintf("%v: the body's root is %s, epoch %d's posted root is %s", indexer.ErrRootMismatch, root.Hex(), epoch, up.Root().Hex())}
				}
			}
			continue
		case "increment", "cumulative":
			var v json.RawMessage // informative: the leaves decide
			if err := dec.Decode(&v); err != nil {
				return nil, bad(key, err)
			}
			continue
		}
		if key != "leaves" || sawLeaves {
			return nil, bad("", fmt.Errorf("unexpected field %v (the body is {\"leaves\": [...]}, optionally with epoch, root, increment, cumulative)", tok))
		}
		sawLeaves = true
		if err := expectDelim(dec, '['); err != nil {
			return nil, bad("leaves", err)
		}
		for i := 0; dec.More(); i++ {
			var l treeLeaf
			if err := dec.Decode(&l); err != nil {
				return nil, bad(fmt.Sprintf("leaves[%d]", i), err)
			}
			v, ok := new(big.Int).SetString(l.CumulativeAmount, 10)
			if !ok || v.Sign() < 0 {
				return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: fmt.Sprintf("leaves[%d].cumulativeAmount", i),
					Message: fmt.Sprintf("leaves[%d].cumulativeAmount: must be a decimal uint256, got %q", i, l.CumulativeAmount)}
			}
			if err := up.Add(indexer.RewardLeaf{Account: l.Account, CumulativeAmount: (*amount.Int)(v)}); err != nil {
				return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidTree, Parameter: fmt.Sprintf("leaves[%d]", i), Message: err.Error()}
			}
		}
		if err := expectDelim(dec, ']'); err != nil {
			return nil, bad("leaves", err)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, bad("", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, bad("", fmt.Errorf("data after the JSON object"))
	}
	n := up.Len()
	root, err := up.Commit(r.Context())
	if err != nil {
		return nil, treeError(err)
	}
	return created{map[string]any{"epoch": epoch, "root": root, "leaves": n}}, nil
}

// treeUploadCost is what a tree body of n bytes may hold in memory once decoded: its leaves (at least
// minLeafJSON bytes each, at most indexer.MaxRewardLeaves) at leafMemory bytes each — the leaf, its amount, its
// hash, the duplicate check and the sort. The upload budget (Config.TreeMemoryBudget) is shared out in these.
func treeUploadCost(n int64) int64 {
	const minLeafJSON, leafMemory = 60, 512
	leaves := min(n/minLeafJSON+1, indexer.MaxRewardLeaves)
	return leaves*leafMemory + 64<<10
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if got, ok := tok.(json.Delim); !ok || got != d {
		return fmt.Errorf("expected %q, got %v", d, tok)
	}
	return nil
}

func treeError(err error) error {
	switch {
	case errors.Is(err, indexer.ErrBadTree):
		return &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidTree, Parameter: "leaves", Message: err.Error()}
	case errors.Is(err, indexer.ErrEpochNotPosted), errors.Is(err, indexer.ErrRootMismatch):
		return &apiError{Status: http.StatusUnprocessableEntity, Code: api.CodeRootMismatch, Message: err.Error()}
	}
	return err
}

func (s *Server) rewardProof(r *http.Request) (any, error) {
	account, err := parseAddress(r.PathValue("account"))
	if err != nil {
		return nil, badParam("account", "%v", err)
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	proof, err := s.deps.Rewards.Proof(r.Context(), account)
	switch {
	case errors.Is(err, indexer.ErrEpochNotPosted), errors.Is(err, indexer.ErrNoRewards):
		return nil, notFound("%v", err)
	case errors.Is(err, indexer.ErrNoTree):
		return nil, &apiError{Status: http.StatusServiceUnavailable, Code: api.CodeTreeNotPosted, Message: err.Error() +
			" (the inspectors have not posted the leaves of the latest root yet)"}
	}
	return proof, err
}

// ---------------------------------------------------------------- quotes

func (s *Server) quoteBook() (*indexer.QuoteBook, error) {
	if s.deps.Quotes == nil {
		return nil, &apiError{Status: http.StatusServiceUnavailable, Code: api.CodeQuoteBookDisabled,
			Message: "the quote book is disabled: the deployment has no LeaseEscrow"}
	}
	return s.deps.Quotes, nil
}

func (s *Server) postQuote(r *http.Request) (any, error) {
	book, err := s.quoteBook()
	if err != nil {
		return nil, err
	}
	var sq oracle.SignedQuote
	if err := decodeBody(r, s.cfg.MaxBodyBytes, &sq); err != nil {
		return nil, err
	}
	stored, err := book.Post(r.Context(), sq)
	var rej *indexer.QuoteRejection
	if errors.As(err, &rej) {
		return nil, &apiError{Status: http.StatusUnprocessableEntity, Code: api.CodeQuoteRejected, Parameter: rej.Field, Message: rej.Error()}
	}
	if err != nil {
		return nil, err
	}
	return created{stored}, nil
}

func (s *Server) quote(r *http.Request) (any, error) {
	book, err := s.quoteBook()
	if err != nil {
		return nil, err
	}
	digest, err := parseHash(r.PathValue("digest"))
	if err != nil {
		return nil, badParam("digest", "%v", err)
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	q, found, err := book.Get(r.Context(), digest)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("no quote %s", digest.Hex())
	}
	return q, nil
}

func (s *Server) searchQuotes(r *http.Request) (any, error) {
	book, err := s.quoteBook()
	if err != nil {
		return nil, err
	}
	p := newParams(r.URL.Query())
	req := indexer.QuoteRequest{Class: p.str("class", 32), MaxMicroUSDPerHour: p.usd("max_usd_per_hour"), Renter: p.address("renter"), GPUs: 1}
	if req.Class == "" && p.err == nil {
		p.fail(badParam("class", "required (a GPU class such as H100)"))
	}
	if n, ok := p.uint("gpus", 1, math.MaxUint32); ok {
		req.GPUs = uint32(n)
	}
	secs, ok := p.hours("hours")
	if !ok && p.err == nil {
		p.fail(badParam("hours", "required (the lease length in hours, like 2 or 0.5)"))
	}
	req.Duration = time.Duration(secs) * time.Second
	if n, ok := p.uint("limit", 1, 100); ok {
		req.Limit = int(n)
	}
	if err := p.done(); err != nil {
		return nil, err
	}
	res, err := book.Search(r.Context(), req)
	if errors.Is(err, indexer.ErrBadRequest) {
		return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidParameter, Message: err.Error()}
	}
	if err != nil {
		return nil, err
	}
	res.Request = &api.SearchRequest{Class: req.Class, GPUs: req.GPUs, Hours: float64(secs) / 3600, MaxMicroUSDPerHour: req.MaxMicroUSDPerHour, Renter: req.Renter}
	return res, nil
}

// decodeBody reads a JSON body of at most limit bytes into v, rejecting unknown fields.
func decodeBody(r *http.Request, limit int64, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && ct != "application/json" && !startsWith(ct, "application/json;") {
		return &apiError{Status: http.StatusUnsupportedMediaType, Code: api.CodeUnsupportedMediaType, Message: "send application/json"}
	}
	body := http.MaxBytesReader(nil, r.Body, limit)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return &apiError{Status: http.StatusRequestEntityTooLarge, Code: api.CodeBodyTooLarge, Message: fmt.Sprintf("body over %d bytes", limit)}
		}
		return &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Message: "invalid JSON body: " + err.Error()}
	}
	if _, err := io.Copy(io.Discard, body); err != nil {
		return &apiError{Status: http.StatusRequestEntityTooLarge, Code: api.CodeBodyTooLarge, Message: fmt.Sprintf("body over %d bytes", limit)}
	}
	return nil
}

func startsWith(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

// swap is one Solana gateway transfer on both chains.
func (s *Server) swap(r *http.Request) (any, error) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	if s.deps.Swaps == nil {
		return nil, &apiError{Status: http.StatusServiceUnavailable, Code: api.CodeNoSolana,
			Message: "this indexer follows no Solana gateway (run it with the gateway's Solana side: idlegrid devnet --solana)"}
	}
	return s.deps.Swaps.Swap(r.Context(), r.PathValue("id"))
}
