package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// Client calls an indexer's API. Its methods return *Error for an answer the API gave (a 4xx or 5xx with its
// code and message) and ErrUnreachable, wrapped, when no answer came.
type Client struct {
	base string
	http *http.Client
}

// ErrUnreachable: the API did not answer (not running, wrong address, network down).
var ErrUnreachable = errors.New("indexer API unreachable")

// maxAnswer bounds an answer's body.
const maxAnswer = 32 << 20

// NewClient is a client of the API at base ("http://127.0.0.1:8547"; empty: DefaultURL), with a 20 s timeout
// per call.
func NewClient(base string) (*Client, error) {
	if base == "" {
		base = DefaultURL
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("indexer API URL %q: want http://HOST:PORT or https://HOST", base)
	}
	return &Client{base: strings.TrimRight(base, "/"), http: &http.Client{Timeout: 20 * time.Second}}, nil
}

// URL is the API's base URL.
func (c *Client) URL() string { return c.base }

// SearchQuery is a renter's search.
type SearchQuery struct {
	// Class is an exact GPU class (the CLI expands families such as "H100" itself).
	Class string
	// GPUs needed on one machine (at least 1).
	GPUs uint32
	// Hours of lease wanted (fractions allowed).
	Hours float64
	// MaxUSDPerHour caps the whole quote's price, in USD ("2.5"); empty: no cap.
	MaxUSDPerHour string
	// Limit bounds the matches (1-100).
	Limit int
	// Renter also offers the quotes bound to this renter (nil: only quotes anyone may open).
	Renter *common.Address
}

// SearchQuotes ranks the book's live quotes for q, or explains why none matches.
func (c *Client) SearchQuotes(ctx context.Context, q SearchQuery) (*SearchResponse, error) {
	v := url.Values{}
	v.Set("class", q.Class)
	v.Set("gpus", strconv.FormatUint(uint64(q.GPUs), 10))
	v.Set("hours", strconv.FormatFloat(q.Hours, 'f', -1, 64))
	v.Set("limit", strconv.Itoa(min(max(q.Limit, 1), 100)))
	if q.MaxUSDPerHour != "" {
		v.Set("max_usd_per_hour", q.MaxUSDPerHour)
	}
	if q.Renter != nil {
		v.Set("renter", q.Renter.Hex())
	}
	var res SearchResponse
	if err := c.do(ctx, http.MethodGet, "/v1/quotes/search?"+v.Encode(), nil, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// Quote fetches a quote from the book by digest.
func (c *Client) Quote(ctx context.Context, digest common.Hash) (*Quote, error) {
	var q Quote
	if err := c.do(ctx, http.MethodGet, "/v1/quotes/"+digest.Hex(), nil, &q); err != nil {
		return nil, err
	}
	if q.Quote.USDPerSecondWad == nil || q.Quote.Nonce == nil || len(q.Signature) == 0 {
		return nil, fmt.Errorf("quote %s from the book is incomplete", digest.Hex())
	}
	return &q, nil
}

// AttestationQuery filters consumed attestations; zero fields do not filter.
type AttestationQuery struct {
	Kind      oracle.Kind // 0: every kind
	Target    *common.Address
	FromBlock *uint64
	ToBlock   *uint64
	Limit     int // 1-500 (0: the API's default)
	Cursor    string
}

// Attestations lists consumed attestations with their signers, oldest first; pass the page's Next as Cursor
// for the next page.
func (c *Client) Attestations(ctx context.Context, q AttestationQuery) (*AttestationPage, error) {
	v := url.Values{}
	if q.Kind != 0 {
		v.Set("kind", q.Kind.String())
	}
	if q.Target != nil {
		v.Set("target", q.Target.Hex())
	}
	if q.FromBlock != nil {
		v.Set("from_block", strconv.FormatUint(*q.FromBlock, 10))
	}
	if q.ToBlock != nil {
		v.Set("to_block", strconv.FormatUint(*q.ToBlock, 10))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Cursor != "" {
		v.Set("cursor", q.Cursor)
	}
	var page AttestationPage
	if err := c.do(ctx, http.MethodGet, "/v1/attestations?"+v.Encode(), nil, &page); err != nil {
		return nil, err
	}
	return &page, nil
}

// Machine is a machine as the index has it: listing, endpoint, free GPUs now, verification, rentability.
func (c *Client) Machine(ctx context.Context, id common.Hash) (*Machine, error) {
	var m Machine
	if err := c.do(ctx, http.MethodGet, "/v1/machines/"+id.Hex(), nil, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// Lease is a lease as the index has it: job, state, money, dispute window.
func (c *Client) Lease(ctx context.Context, id uint64) (*Lease, error) {
	var l Lease
	if err := c.do(ctx, http.MethodGet, "/v1/leases/"+strconv.FormatUint(id, 10), nil, &l); err != nil {
		return nil, err
	}
	return &l, nil
}

// Earnings is an account's money in LeaseEscrow: withdrawable, and held in dispute windows.
func (c *Client) Earnings(ctx context.Context, account common.Address) (*Earnings, error) {
	var e Earnings
	if err := c.do(ctx, http.MethodGet, "/v1/earnings/"+account.Hex(), nil, &e); err != nil {
		return nil, err
	}
	return &e, nil
}

// RewardClaim is account's claim against the latest posted rewards root (the tree the inspectors uploaded),
// in the form Rewards.claim and `idlegrid rewards claim --proof FILE` take.
func (c *Client) RewardClaim(ctx context.Context, account common.Address) (rewardtree.Claim, error) {
	var p struct {
		Claim rewardtree.Claim `json:"claim"`
	}
	if err := c.do(ctx, http.MethodGet, "/v1/rewards/proofs/"+account.Hex(), nil, &p); err != nil {
		return rewardtree.Claim{}, err
	}
	return p.Claim, nil
}

// Swap is a Solana gateway transfer on both chains: id is an outbound id, or a deposit's Solana signature, key
// or 0x id. An indexer that follows no Solana gateway answers an *Error with CodeNoSolana.
func (c *Client) Swap(ctx context.Context, id string) (*Swap, error) {
	var s Swap
	if err := c.do(ctx, http.MethodGet, "/v1/swaps/"+url.PathEscape(id), nil, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Status is what the indexer indexes and how far it is.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var st Status
	if err := c.do(ctx, http.MethodGet, "/v1/status", nil, &st); err != nil {
		return nil, err
	}
	return &st, nil
}

// PostQuote publishes a signed quote in the book; the answer is the quote as stored, with its digest. A
// rejection is an *Error with code CodeQuoteRejected naming the field at fault.
func (c *Client) PostQuote(ctx context.Context, sq oracle.SignedQuote) (*Quote, error) {
	var q Quote
	if err := c.do(ctx, http.MethodPost, "/v1/quotes", sq, &q); err != nil {
		return nil, err
	}
	return &q, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return fmt.Errorf("indexer API %s: %w", c.base, err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%w at %s: %w", ErrUnreachable, c.base, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return fmt.Errorf("indexer API: read the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		var e ErrorBody
		if json.Unmarshal(raw, &e) == nil && e.Error != nil && e.Error.Message != "" {
			e.Error.Status = resp.StatusCode
			return e.Error
		}
		return &Error{Status: resp.StatusCode, Code: CodeInternal, Message: "indexer API: " + http.StatusText(resp.StatusCode)}
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("indexer API %s %s: decode the answer: %w", method, path, err)
	}
	return nil
}
