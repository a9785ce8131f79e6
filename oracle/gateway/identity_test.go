package gateway_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

func nodeCert(t *testing.T, node oracle.DigestSigner, from, to time.Time) tls.Certificate {
	t.Helper()
	c, err := gw.NodeCertificate(context.Background(), node, from, to)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// selfSigned makes a certificate for key with the given extensions, the way an impostor would.
func selfSigned(t *testing.T, key *ecdsa.PrivateKey, from, to time.Time, ext []pkix.Extension) []byte {
	t.Helper()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: from, NotAfter: to, ExtraExtensions: ext}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func extensionOf(t *testing.T, der []byte) pkix.Extension {
	t.Helper()
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Extensions {
		if e.Id.Equal(gw.CertificateExtensionOID) {
			return e
		}
	}
	t.Fatal("no node-key extension")
	return pkix.Extension{}
}

func TestNodeCertificate(t *testing.T) {
	node, eve := newSigner(t), newSigner(t)
	from, to := t0.Add(-time.Minute), t0.Add(24*time.Hour)
	cert := nodeCert(t, node, from, to)
	der := cert.Certificate[0]

	if err := gw.VerifyNodeCertificate([][]byte{der}, node.Address(), t0); err != nil {
		t.Fatalf("node's own certificate refused: %v", err)
	}
	if got, err := gw.CertificateSigner(cert.Leaf); err != nil || got != node.Address() {
		t.Fatalf("signer %s (%v), want %s", got, err, node.Address())
	}

	eveKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	stolenExt := extensionOf(t, der)
	otherKeyCert := nodeCert(t, node, from, to)

	cases := []struct {
		name  string
		certs [][]byte
		now   time.Time
		want  error
	}{
		{"another node's certificate", [][]byte{nodeCert(t, eve, from, to).Certificate[0]}, t0, gw.ErrWrongNode},
		{"no extension", [][]byte{selfSigned(t, eveKey, from, to, nil)}, t0, gw.ErrBadCertificate},
		// The node's signature copied onto an impostor's key: it recovers to some other address.
		{"extension copied to another key", [][]byte{selfSigned(t, eveKey, from, to, []pkix.Extension{stolenExt})}, t0, gw.ErrWrongNode},
		// Same key and extension, later expiry: the signature covers NotAfter, so it no longer recovers.
		{"expiry extended", [][]byte{reissue(t, cert, from, to.Add(time.Hour))}, t0, gw.ErrWrongNode},
		{"extension twice", [][]byte{selfSigned(t, eveKey, from, to, []pkix.Extension{stolenExt, stolenExt})}, t0, gw.ErrBadCertificate},
		{"garbage extension", [][]byte{selfSigned(t, eveKey, from, to, []pkix.Extension{{Id: gw.CertificateExtensionOID, Value: []byte{1, 2, 3}}})}, t0, gw.ErrBadCertificate},
		{"expired", [][]byte{der}, to.Add(time.Second), gw.ErrBadCertificate},
		{"not yet valid", [][]byte{der}, from.Add(-time.Second), gw.ErrBadCertificate},
		{"two certificates", [][]byte{der, otherKeyCert.Certificate[0]}, t0, gw.ErrBadCertificate},
		{"none", nil, t0, gw.ErrBadCertificate},
		{"self-signature broken", [][]byte{flipLast(der)}, t0, gw.ErrBadCertificate},
		{"not DER", [][]byte{[]byte("hello")}, t0, gw.ErrBadCertificate},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := gw.VerifyNodeCertificate(c.certs, node.Address(), c.now)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}

	t.Run("validity bounds", func(t *testing.T) {
		if _, err := gw.NodeCertificate(context.Background(), node, t0, t0); err == nil {
			t.Error("empty validity accepted")
		}
		if _, err := gw.NodeCertificate(context.Background(), node, t0, t0.Add(gw.MaxCertificateValidity+time.Second)); err == nil {
			t.Error("validity over the maximum accepted")
		}
	})
}

// reissue re-signs cert's key with the node's extension unchanged but another validity.
func reissue(t *testing.T, cert tls.Certificate, from, to time.Time) []byte {
	t.Helper()
	key := cert.PrivateKey.(*ecdsa.PrivateKey)
	return selfSigned(t, key, from, to, []pkix.Extension{extensionOf(t, cert.Certificate[0])})
}

// TestClientTLSConfigHandshake runs real TLS handshakes: the right node passes, an impostor presenting its
// own bound certificate fails, and so does one presenting the node's certificate without its key.
func TestClientTLSConfigHandshake(t *testing.T) {
	node, eve := newSigner(t), newSigner(t)
	now := time.Now()
	good := nodeCert(t, node, now.Add(-time.Minute), now.Add(time.Hour))
	eveKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	cases := []struct {
		name string
		cert tls.Certificate
		ok   bool
	}{
		{"node", good, true},
		{"impostor's own node certificate", nodeCert(t, eve, now.Add(-time.Minute), now.Add(time.Hour)), false},
		{"node's certificate, impostor's key", tls.Certificate{Certificate: good.Certificate, PrivateKey: eveKey}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{c.cert}, MinVersion: tls.VersionTLS13})
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			go func() {
				conn, err := ln.Accept()
				if err != nil {
					return
				}
				conn.(*tls.Conn).Handshake()
				conn.Close()
			}()
			conn, err := tls.Dial("tcp", ln.Addr().String(), gw.ClientTLSConfig(node.Address(), nil))
			if c.ok != (err == nil) {
				t.Fatalf("handshake err = %v, want ok=%v", err, c.ok)
			}
			if conn != nil {
				conn.Close()
			}
		})
	}
	t.Run("TLS 1.2 refused", func(t *testing.T) {
		ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{good}, MaxVersion: tls.VersionTLS12})
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go func() {
			conn, err := ln.Accept()
			if err == nil {
				conn.(*tls.Conn).Handshake()
				conn.Close()
			}
		}()
		if conn, err := tls.Dial("tcp", ln.Addr().String(), gw.ClientTLSConfig(node.Address(), nil)); err == nil {
			conn.Close()
			t.Fatal("client accepted TLS 1.2")
		}
	})
}

func flipLast(b []byte) []byte {
	out := append([]byte{}, b...)
	out[len(out)-1] ^= 0x01
	return out
}
