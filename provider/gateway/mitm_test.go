package gateway_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// relay sits between the client and the gateway. With a certificate it terminates TLS itself (a man in the
// middle) and relays the plaintext to the gateway over its own TLS connection; without one it relays bytes
// (an untrusted network path). It records what it could read.
type relay struct {
	ln     net.Listener
	mu     sync.Mutex
	seen   bytes.Buffer
	served int
}

func newRelay(t *testing.T, upstream string, cert *tls.Certificate) *relay {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &relay{ln: ln}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			down, err := ln.Accept()
			if err != nil {
				return
			}
			go r.serve(down, upstream, cert)
		}
	}()
	return r
}

func (r *relay) serve(down net.Conn, upstream string, cert *tls.Certificate) {
	defer down.Close()
	var up net.Conn
	var err error
	if cert != nil {
		tlsDown := tls.Server(down, &tls.Config{Certificates: []tls.Certificate{*cert}, MinVersion: tls.VersionTLS13})
		if err := tlsDown.Handshake(); err != nil {
			return // the client refused us: nothing was said
		}
		down = tlsDown
		// The impostor is a perfectly good client of the real node.
		up, err = tls.Dial("tcp", upstream, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
	} else {
		up, err = net.Dial("tcp", upstream)
	}
	if err != nil {
		return
	}
	defer up.Close()
	r.mu.Lock()
	r.served++
	r.mu.Unlock()
	go func() {
		io.Copy(down, up)
		down.Close()
	}()
	buf := make([]byte, 32<<10)
	for {
		n, err := down.Read(buf)
		if n > 0 {
			r.mu.Lock()
			r.seen.Write(buf[:n])
			r.mu.Unlock()
			up.Write(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

func (r *relay) addr() string { return r.ln.Addr().String() }

func (r *relay) saw() (string, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seen.String(), r.served
}

// TestManInTheMiddle: a relay that terminates TLS cannot pose as the node, whatever certificate it shows,
// and learns nothing (no token, no request); a relay that only passes bytes along works and sees only
// ciphertext. The client is told the provider's address as chain state gives it.
func TestManInTheMiddle(t *testing.T) {
	e := newEnv(t, nil)
	eve := newSigner(t)
	now := e.clock.Now()
	eveCert, err := gw.NodeCertificate(context.Background(), eve, now.Add(-time.Minute), now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	nodeCert := fetchCertificate(t, e.srv.Addr())
	eveKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	plain := plainCertificate(t, eveKey, now)

	cases := []struct {
		name string
		cert tls.Certificate
		want error
	}{
		{"its own node key", eveCert, gw.ErrWrongNode},
		{"a plain self-signed certificate", plain, gw.ErrBadCertificate},
		// The node's real certificate bytes, replayed: the relay lacks its private key, so TLS 1.3's
		// CertificateVerify fails.
		{"the node's certificate without its key", tls.Certificate{Certificate: nodeCert.Certificate, PrivateKey: eveKey}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newRelay(t, e.srv.Addr(), &c.cert)
			client := e.clientWith(mustTokens(t, e), e.node.Address(), r.addr())
			_, err := client.Status(ctxT(t), leaseOpen)
			if err == nil {
				t.Fatal("the client talked to the man in the middle")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			_, shellErr := client.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"echo"}, Stdout: io.Discard})
			if shellErr == nil {
				t.Fatal("the shell went through the man in the middle")
			}
			seen, served := r.saw()
			if seen != "" || served != 0 {
				t.Fatalf("the relay read %d bytes (%q) and reached the node %d times", len(seen), truncate(seen), served)
			}
		})
	}

	t.Run("control: a client that trusts any certificate is robbed", func(t *testing.T) {
		// The same relay works as a man in the middle against a client without the node-key check: it reads
		// the token and the request and the node answers. The check is what stops it above.
		r := newRelay(t, e.srv.Addr(), &eveCert)
		tok := e.token(e.renter, leaseOpen, nil)
		hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
		req, _ := http.NewRequest(http.MethodGet, "https://"+r.addr()+gw.Path(leaseOpen, gw.RouteStatus), nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		hc.CloseIdleConnections()
		seen, served := r.saw()
		if resp.StatusCode != http.StatusOK || served != 1 || !strings.Contains(seen, tok) {
			t.Fatalf("the relay is not a working man in the middle: %d, served %d, token seen %v", resp.StatusCode, served, strings.Contains(seen, tok))
		}
	})
	t.Run("byte relay is harmless", func(t *testing.T) {
		r := newRelay(t, e.srv.Addr(), nil)
		tokens := mustTokens(t, e)
		client := e.clientWith(tokens, e.node.Address(), r.addr())
		st, err := client.Status(ctxT(t), leaseOpen)
		if err != nil || st.Lease != leaseOpen {
			t.Fatalf("through a byte relay: %+v, %v", st, err)
		}
		tok, _ := tokens.Token(context.Background(), leaseOpen)
		seen, _ := r.saw()
		for _, secret := range []string{tok, tok[:40], "Bearer", "Authorization", "/v1/leases"} {
			if strings.Contains(seen, secret) {
				t.Fatalf("the relay saw %q in clear", secret)
			}
		}
	})
	t.Run("the real node, but not the lease's provider", func(t *testing.T) {
		client := e.clientWith(mustTokens(t, e), eve.Address(), e.srv.Addr())
		if _, err := client.Status(ctxT(t), leaseOpen); !errors.Is(err, gw.ErrWrongNode) {
			t.Fatalf("err = %v, want ErrWrongNode", err)
		}
	})
}

func mustTokens(t *testing.T, e *env) *gw.SignerTokens {
	t.Helper()
	tokens, err := gw.NewSignerTokens(e.renter, domain, e.node.Address(), 5*time.Minute, e.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	return tokens
}

// fetchCertificate is the certificate the gateway presents, as anyone on the network can get it.
func fetchCertificate(t *testing.T, addr string) tls.Certificate {
	t.Helper()
	conn, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var c tls.Certificate
	for _, cert := range conn.ConnectionState().PeerCertificates {
		c.Certificate = append(c.Certificate, cert.Raw)
	}
	return c
}

func plainCertificate(t *testing.T, key *ecdsa.PrivateKey, now time.Time) tls.Certificate {
	t.Helper()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour),
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

func truncate(s string) string {
	if len(s) > 100 {
		return s[:100]
	}
	return s
}
