package node

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// A listing's metadata may be an http(s) URL the provider chose, and every inspector fetches it: without
// limits that is a request each inspector sends wherever a provider points it (its own loopback services, the
// cloud's metadata address, hosts behind its firewall), with redirects followed anywhere. The client below
// dials public addresses only (the address checked after DNS resolution, as dialled, so a name that resolves
// to a private address, or re-resolves to one later, is refused too), follows at most a few redirects and only
// on the same host, reads at most MaxSpecBytes and gives up after the directory's timeout. Dev chains, whose
// nodes all live on loopback, may allow private addresses.

// ErrMetadataAddress means a metadata URL that leads to an address an inspector must not fetch from.
var ErrMetadataAddress = errors.New("metadata URL: address not allowed")

// maxMetadataRedirects bounds the redirects one metadata fetch follows (all on the URL's own host).
const maxMetadataRedirects = 3

// nonPublic are the ranges no metadata fetch may dial besides those netip classifies (loopback, private,
// link-local, multicast, unspecified): shared address space, the IETF's and the benchmarking blocks, the
// reserved and broadcast ones, and NAT64 and 6to4 prefixes, which embed an IPv4 address of any kind.
var nonPublic = func() []netip.Prefix {
	var out []netip.Prefix
	for _, p := range []string{"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16",
		"2001:db8::/32", "100::/64"} {
		out = append(out, netip.MustParsePrefix(p))
	}
	return out
}()

// publicAddress says whether a is an address on the public internet.
func publicAddress(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// metadataClient is the client of metadata URLs: public addresses only unless allowPrivate says otherwise
// (asked at each dial), same-host redirects only, timeout for the whole fetch, no proxy from the environment.
func metadataClient(timeout time.Duration, allowPrivate func() bool) *http.Client {
	dialer := &net.Dialer{Timeout: timeout, Control: func(network, address string, _ syscall.RawConn) error {
		if allowPrivate() {
			return nil
		}
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", ErrMetadataAddress, address, err)
		}
		if !publicAddress(ap.Addr()) {
			return fmt.Errorf("%w: %s is not a public address", ErrMetadataAddress, ap.Addr())
		}
		return nil
	}}
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{DialContext: dialer.DialContext, TLSHandshakeTimeout: timeout,
			ResponseHeaderTimeout: timeout, MaxIdleConnsPerHost: 1, IdleConnTimeout: 30 * time.Second},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			first := via[0].URL
			switch {
			case len(via) > maxMetadataRedirects:
				return fmt.Errorf("%w: more than %d redirects", ErrMetadataAddress, maxMetadataRedirects)
			case req.URL.Host != first.Host:
				return fmt.Errorf("%w: redirect from %s to another host, %s", ErrMetadataAddress, first.Host, req.URL.Host)
			case first.Scheme == "https" && req.URL.Scheme != "https":
				return fmt.Errorf("%w: redirect from https to %s", ErrMetadataAddress, req.URL.Scheme)
			}
			return nil
		},
	}
}
