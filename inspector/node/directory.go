package node

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"
	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/inspector/watch"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// Machine is what the node knows of a machine it checks: where its node answers, which key signs for it, its
// class and its GPUs.
type Machine struct {
	Target liveness.Target
	// Provider is the listing's provider (on v1 also the node key).
	Provider common.Address
	Class    string
	// GPUs are the machine's GPU UUIDs as its spec lists them (as many as the listing counts).
	GPUs []string
	// Reserved is how many GPUs open leases hold (the listing's count).
	Reserved uint32
}

// Directory finds machines' nodes. It is watch.Directory plus what the compute checker needs; the v1
// implementation reads the machine's listing from the followed chain state and its spec document from the
// listing's metadata, a v2 one reads the registry's endpoint.
type Directory interface {
	watch.Directory
	Machine(ctx context.Context, machine common.Hash) (Machine, error)
}

// MaxSpecBytes bounds a machine spec document.
const MaxSpecBytes = 64 << 10

// specLimits bound one spec fetch to a spec's worth: the CID is the provider's word, and under content's default
// limits (64 GiB) a provider naming a large DAG had every inspector fetch it into memory.
var specLimits = content.Limits{MaxBytes: 4 * MaxSpecBytes, MaxBlocks: 16, MaxBlockSize: 2 * MaxSpecBytes, MaxPending: 2 * MaxSpecBytes}

// spec is the part of a provider node's machine spec document (provider/node.MachineSpec, version 1) an
// inspector reads: who, where, which GPUs. Other fields are the provider's business.
type spec struct {
	Version  int            `json:"version"`
	Provider common.Address `json:"provider"`
	Class    string         `json:"class"`
	Endpoint string         `json:"endpoint"`
	GPUs     []struct {
		UUID string `json:"uuid"`
	} `json:"gpus"`
}

// parseSpec reads a spec document and checks it against the listing: the same provider and class, one
// distinct non-empty UUID per listed GPU, an endpoint.
func parseSpec(raw []byte, l Listing) (spec, error) {
	if len(raw) > MaxSpecBytes {
		return spec{}, fmt.Errorf("machine spec: %d bytes, at most %d", len(raw), MaxSpecBytes)
	}
	var s spec
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&s); err != nil {
		return spec{}, fmt.Errorf("machine spec: %w", err)
	}
	seen := map[string]bool{}
	for i, g := range s.GPUs {
		if g.UUID == "" || seen[g.UUID] {
			return spec{}, fmt.Errorf("machine spec: gpus[%d].uuid %q: empty or repeated", i, g.UUID)
		}
		seen[g.UUID] = true
	}
	switch {
	case s.Version != 1:
		return spec{}, fmt.Errorf("machine spec: version %d, this node reads 1", s.Version)
	case s.Provider != l.Provider:
		return spec{}, fmt.Errorf("machine spec: provider %s, the listing's is %s", s.Provider, l.Provider)
	case s.Class != l.Class:
		return spec{}, fmt.Errorf("machine spec: class %q, the listing's is %q", s.Class, l.Class)
	case len(s.GPUs) != int(l.GPUs):
		return spec{}, fmt.Errorf("machine spec: gpus: %d listed in the spec, %d on chain", len(s.GPUs), l.GPUs)
	case s.Endpoint == "" && l.Endpoint == "":
		return spec{}, errors.New("machine spec: endpoint: empty, and the listing names none")
	}
	if s.Endpoint == "" {
		return s, nil
	}
	if _, _, err := net.SplitHostPort(strings.TrimPrefix(strings.TrimPrefix(s.Endpoint, "https://"), "http://")); err != nil {
		return spec{}, fmt.Errorf("machine spec: endpoint %q: want host:port", s.Endpoint)
	}
	return s, nil
}

// listings is where the directory reads machine listings (the chain store).
type listings interface {
	Machine(ctx context.Context, id common.Hash) (Listing, error)
}

// MetadataDirectory is the v1 directory: a machine's listing carries its spec document's CID (fetched from the
// configured trustless content gateways and checked against the CID) or an http(s) URL of it; the spec names
// the node's endpoint (host:port of its TLS listener, whose certificate is bound to the provider's key) and
// the GPUs' UUIDs.
type MetadataDirectory struct {
	listings listings
	gateways []string
	// http fetches metadata URLs (metadataClient): public addresses only unless allowPrivate is set.
	http         *http.Client
	allowPrivate atomic.Bool
	// content fetches spec documents by CID: any certificate will do, the bytes are checked against the CID.
	content *http.Client
	now     func() time.Time

	mu       sync.Mutex
	cache    map[string]cached         // metadata → resolved spec
	provider map[string]common.Address // endpoint host:port → provider whose certificate it must show
}

type cached struct {
	spec spec
	err  error
	at   time.Time
}

// failureTTL is how long a metadata that could not be resolved is not asked again.
const failureTTL = 30 * time.Second

// NewMetadataDirectory reads listings from ls and spec documents through gateways (base URLs of trustless
// gateways serving /ipfs/CID).
func NewMetadataDirectory(ls listings, gateways []string, timeout time.Duration) *MetadataDirectory {
	insecure := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} //nolint:gosec // content is checked against its CID
	d := &MetadataDirectory{listings: ls, gateways: gateways,
		content: &http.Client{Timeout: timeout, Transport: insecure}, now: time.Now,
		cache: map[string]cached{}, provider: map[string]common.Address{}}
	d.http = metadataClient(timeout, d.allowPrivate.Load)
	return d
}

// AllowPrivateMetadata lets metadata URLs lead to loopback and private addresses: for dev chains only, whose
// nodes live on one host or network. Elsewhere a provider's URL must lead to a public address.
func (d *MetadataDirectory) AllowPrivateMetadata() { d.allowPrivate.Store(true) }

// Target implements watch.Directory.
func (d *MetadataDirectory) Target(ctx context.Context, machine common.Hash) (liveness.Target, error) {
	m, err := d.Machine(ctx, machine)
	return m.Target, err
}

// Machine implements Directory.
func (d *MetadataDirectory) Machine(ctx context.Context, id common.Hash) (Machine, error) {
	l, err := d.listings.Machine(ctx, id)
	if err != nil {
		return Machine{}, err
	}
	if !l.Listed {
		return Machine{}, fmt.Errorf("machine %s: delisted", id.Hex())
	}
	s, err := d.resolve(ctx, l)
	if err != nil {
		return Machine{}, fmt.Errorf("machine %s: %w", id.Hex(), err)
	}
	url := s.Endpoint
	if l.Endpoint != "" {
		url = l.Endpoint // v2: the registry's endpoint is the provider's on-chain word; the spec gives the GPUs
	}
	if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		url = "https://" + url
	}
	host := strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://")
	d.mu.Lock()
	d.provider[host] = l.Provider
	d.mu.Unlock()
	m := Machine{Target: liveness.Target{URL: url, Machine: id, Node: l.Provider}, Provider: l.Provider, Class: l.Class, Reserved: l.Reserved}
	for _, g := range s.GPUs {
		m.GPUs = append(m.GPUs, g.UUID)
	}
	return m, nil
}

func (d *MetadataDirectory) resolve(ctx context.Context, l Listing) (spec, error) {
	key := l.Provider.Hex() + "|" + l.Metadata
	d.mu.Lock()
	c, ok := d.cache[key]
	d.mu.Unlock()
	if ok && (c.err == nil || d.now().Sub(c.at) < failureTTL) {
		return c.spec, c.err
	}
	raw, err := d.fetch(ctx, l.Metadata)
	var s spec
	if err == nil {
		s, err = parseSpec(raw, l)
	}
	d.mu.Lock()
	d.cache[key] = cached{spec: s, err: err, at: d.now()}
	d.mu.Unlock()
	return s, err
}

func (d *MetadataDirectory) fetch(ctx context.Context, metadata string) ([]byte, error) {
	switch {
	case metadata == "":
		return nil, errors.New("the listing has no metadata (no spec document, so no endpoint)")
	case strings.HasPrefix(metadata, "https://") || strings.HasPrefix(metadata, "http://"):
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, metadata, nil)
		if err != nil {
			return nil, fmt.Errorf("metadata %q: %w", metadata, err)
		}
		resp, err := d.http.Do(req)
		if err != nil {
			return nil, fmt.Errorf("metadata %s: %w", metadata, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("metadata %s: HTTP %d", metadata, resp.StatusCode)
		}
		raw, err := io.ReadAll(io.LimitReader(resp.Body, MaxSpecBytes+1))
		if err != nil {
			return nil, fmt.Errorf("metadata %s: %w", metadata, err)
		}
		if len(raw) > MaxSpecBytes {
			return nil, fmt.Errorf("metadata %s: over %d bytes", metadata, MaxSpecBytes)
		}
		return raw, nil
	}
	id, err := cid.Decode(metadata)
	if err != nil {
		return nil, fmt.Errorf("metadata %q: neither a CID nor an http(s) URL", metadata)
	}
	if len(d.gateways) == 0 {
		return nil, fmt.Errorf("metadata %s: no content gateway configured to fetch it from", id)
	}
	var errs []error
	for _, g := range d.gateways {
		c, err := content.NewClient(g, d.content, specLimits)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		store := content.NewMemoryStore()
		if err := c.Fetch(ctx, id, store); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", g, err))
			continue
		}
		return store.ReadFile(ctx, id, MaxSpecBytes+1)
	}
	return nil, fmt.Errorf("metadata %s: %w", id, errors.Join(errs...))
}

// dialTLS dials a machine's node with the TLS check bound to the provider the directory resolved for that
// endpoint: a certificate carrying another key is refused before anything is sent.
func (d *MetadataDirectory) dialTLS(ctx context.Context, network, addr string) (net.Conn, error) {
	d.mu.Lock()
	p, ok := d.provider[addr]
	d.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("dial %s: no machine of the directory answers there", addr)
	}
	dialer := &tls.Dialer{Config: gateway.ClientTLSConfig(p, d.now)}
	return dialer.DialContext(ctx, network, addr)
}

// HTTPClient is the client checks reach machines' nodes with: TLS bound to each endpoint's provider.
func (d *MetadataDirectory) HTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{DialTLSContext: d.dialTLS, ForceAttemptHTTP2: false,
		MaxIdleConnsPerHost: 2, IdleConnTimeout: 90 * time.Second}}
}

// Dialer is the WebSocket dialer of the challenge session, with the same TLS binding.
func (d *MetadataDirectory) Dialer() *websocket.Dialer {
	return &websocket.Dialer{NetDialTLSContext: d.dialTLS, HandshakeTimeout: 10 * time.Second}
}
