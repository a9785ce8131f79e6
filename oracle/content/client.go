package content

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// Client fetches content from a trustless gateway and uploads to one that accepts it. Everything fetched is
// verified (see the package doc) before it reaches the store.
type Client struct {
	base *url.URL
	hc   *http.Client
	lim  Limits
}

// NewClient returns a client of the gateway at base (http://host:port, with or without a path prefix). Zero
// fields of lim take DefaultLimits' values.
func NewClient(base string, hc *http.Client, lim Limits) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("content: gateway URL %q: want http(s)://host[:port]", base)
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: u, hc: hc, lim: lim.orDefault()}, nil
}

func (c *Client) url(p string, q url.Values) string {
	u := *c.base
	u.Path = strings.TrimRight(u.Path, "/") + p
	u.RawQuery = q.Encode()
	return u.String()
}

// Fetch brings the whole DAG at root into the store.
func (c *Client) Fetch(ctx context.Context, root cid.Cid, into *Store) error {
	if err := checkCID(root); err != nil {
		return err
	}
	if ok, err := into.Has(ctx, root); err == nil && ok {
		return nil
	}
	resp, err := c.get(ctx, root, "car", carType)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := into.verifyCAR(ctx, resp.Body, root, ScopeAll, c.lim); err != nil {
		return fmt.Errorf("content: fetch %s from %s: %w", root, c.base.Host, err)
	}
	return nil
}

// FetchBlock fetches one block and returns its verified bytes.
func (c *Client) FetchBlock(ctx context.Context, id cid.Cid) ([]byte, error) {
	if err := checkCID(id); err != nil {
		return nil, err
	}
	resp, err := c.get(ctx, id, "raw", MediaRaw)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(c.lim.MaxBlockSize)+1))
	if err != nil {
		return nil, fmt.Errorf("content: fetch block %s: %w", id, err)
	}
	if len(data) > c.lim.MaxBlockSize {
		return nil, fmt.Errorf("%w: block %s from %s has more than %d bytes", ErrTooLarge, id, c.base.Host, c.lim.MaxBlockSize)
	}
	if err := verify(id, data); err != nil {
		return nil, fmt.Errorf("content: block from %s: %w", c.base.Host, err)
	}
	return data, nil
}

func (c *Client) get(ctx context.Context, id cid.Cid, format, accept string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url("/ipfs/"+id.String(), url.Values{"format": {format}}), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", accept)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("content: fetch %s: %w", id, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		if resp.StatusCode == http.StatusNotFound {
			return nil, fmt.Errorf("%w: %s at %s", ErrNotFound, id, c.base.Host)
		}
		return nil, fmt.Errorf("content: fetch %s from %s: %s: %s", id, c.base.Host, resp.Status, strings.TrimSpace(string(msg)))
	}
	want := MediaRaw
	if format == "car" {
		want = MediaCAR
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != want {
		resp.Body.Close()
		return nil, fmt.Errorf("%w: %s answered %q, not %s", ErrMalformed, c.base.Host, resp.Header.Get("Content-Type"), want)
	}
	return resp, nil
}

// Upload sends the DAG at root, from the store, as a CAR, and checks the gateway took that root.
func (c *Client) Upload(ctx context.Context, root cid.Cid, from *Store) error {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(from.ExportCAR(ctx, root, ScopeAll, pw)) }()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url("/ipfs/", nil), pr)
	if err != nil {
		pr.Close()
		return err
	}
	req.Header.Set("Content-Type", MediaCAR)
	resp, err := c.hc.Do(req)
	pr.CloseWithError(io.ErrClosedPipe)
	if err != nil {
		return fmt.Errorf("content: upload %s: %w", root, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("content: upload %s to %s: %s: %s", root, c.base.Host, resp.Status, strings.TrimSpace(string(body)))
	}
	var got struct{ CID string }
	if err := json.Unmarshal(body, &got); err != nil || got.CID != root.String() {
		return fmt.Errorf("content: upload %s: the gateway answered %q", root, body)
	}
	return nil
}

func isNotFound(err error) bool { return ipld.IsNotFound(err) || errors.Is(err, ErrNotFound) }
