package gateway

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
)

// The node's TLS identity, after the libp2p TLS handshake (libp2p/specs tls/tls.md): the gateway serves TLS
// 1.3 with a self-signed certificate for a fresh P-256 key, and the certificate carries an extension in
// which the node's secp256k1 key (the provider's address on chain) signs that certificate's public key and
// expiry. A client that knows the provider's address from chain state recovers the signer from the
// extension and accepts the connection only if it is that address. TLS 1.3's CertificateVerify proves the
// server holds the certificate's private key, so the channel itself is bound to the provider's key: a man in
// the middle can neither present the node's certificate (it lacks the key) nor one of its own (the provider
// never signed it). No certificate authority is involved.
//
// Unlike libp2p, the signature also covers the certificate's NotAfter, so a leaked TLS key stops being
// useful when its certificate expires, and the node key signs a keccak256 digest (the form every idlegrid
// key signs) rather than the raw message.

// CertificateExtensionOID identifies the node-key extension. idlegrid has no IANA enterprise number yet, so
// it sits under the registration-free UUID arc 2.25 (ITU-T X.667) with a random value small enough for Go's
// certificate parser (which refuses arcs of 31 bits or more): all the OID must be is unused by any other
// extension these certificates carry, and both ends are ours. Moving to a registered arc is a protocol
// version change (certSigningPrefix v2).
var CertificateExtensionOID = asn1.ObjectIdentifier{2, 25, 1688698395}

// certSigningPrefix separates what the node key signs for TLS from everything else it signs.
const certSigningPrefix = "idlegrid gateway TLS key v1:"

// MaxCertificateValidity bounds how long a node certificate may be valid; nodes rotate well before.
const MaxCertificateValidity = 30 * 24 * time.Hour

var (
	// ErrWrongNode means the peer proved a key, but not the provider's: a man in the middle, or the wrong host.
	ErrWrongNode = errors.New("gateway is not the lease's provider")
	// ErrBadCertificate means a certificate that does not follow the node-identity scheme at all.
	ErrBadCertificate = errors.New("bad gateway certificate")
)

// certExtension is the extension's DER value.
type certExtension struct {
	Signature []byte
}

// certDigest is what the node key signs: keccak256(prefix ‖ uint64 notAfter (unix s, big-endian) ‖ SPKI DER).
func certDigest(spki []byte, notAfter time.Time) common.Hash {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], uint64(notAfter.Unix()))
	return crypto.Keccak256Hash([]byte(certSigningPrefix), t[:], spki)
}

// NodeCertificate makes a fresh TLS certificate valid from notBefore to notAfter, bound to the node key
// signer holds. The node serves it from its gateway and makes a new one before notAfter.
func NodeCertificate(ctx context.Context, signer oracle.DigestSigner, notBefore, notAfter time.Time) (tls.Certificate, error) {
	if !notAfter.After(notBefore) || notAfter.Sub(notBefore) > MaxCertificateValidity {
		return tls.Certificate{}, fmt.Errorf("node certificate: validity %s to %s: must be positive and at most %s",
			notBefore, notAfter, MaxCertificateValidity)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: key: %w", err)
	}
	spki, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: public key: %w", err)
	}
	// X.509 times have a resolution of one second: sign exactly what the certificate will carry.
	notBefore, notAfter = notBefore.Truncate(time.Second), notAfter.Truncate(time.Second)
	sig, err := signer.SignDigest(ctx, certDigest(spki, notAfter))
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: sign with node key: %w", err)
	}
	ext, err := asn1.Marshal(certExtension{Signature: sig})
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: extension: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: serial: %w", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "idlegrid node " + signer.Address().Hex()},
		NotBefore:    notBefore,
		NotAfter:     notAfter,
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		// Critical: a verifier that does not know the extension must not trust the certificate for anything.
		ExtraExtensions: []pkix.Extension{{Id: CertificateExtensionOID, Critical: true, Value: ext}},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("node certificate: %w", err)
	}
	// Check our own output the way clients will, so a signer that signs unlike oracle.SignDigest fails here.
	if got, err := CertificateSigner(leaf); err != nil || got != signer.Address() {
		return tls.Certificate{}, fmt.Errorf("node certificate: %w: extension recovers to %s (%v), node key is %s",
			oracle.ErrWrongSigner, got, err, signer.Address())
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, nil
}

// CertificateSigner is the node address whose key signed cert's public key and expiry, from the extension.
// It checks the certificate's own self-signature but not its validity period (VerifyNodeCertificate does).
func CertificateSigner(cert *x509.Certificate) (common.Address, error) {
	// CheckSignature, not CheckSignatureFrom: the certificate is a leaf, not a CA that may sign certificates.
	if err := cert.CheckSignature(cert.SignatureAlgorithm, cert.RawTBSCertificate, cert.Signature); err != nil {
		return common.Address{}, fmt.Errorf("%w: not self-signed: %v", ErrBadCertificate, err)
	}
	var found []byte
	for _, e := range cert.Extensions {
		if e.Id.Equal(CertificateExtensionOID) {
			if found != nil {
				return common.Address{}, fmt.Errorf("%w: node-key extension twice", ErrBadCertificate)
			}
			found = e.Value
		}
	}
	if found == nil {
		return common.Address{}, fmt.Errorf("%w: no node-key extension", ErrBadCertificate)
	}
	var ext certExtension
	rest, err := asn1.Unmarshal(found, &ext)
	if err != nil || len(rest) != 0 {
		return common.Address{}, fmt.Errorf("%w: node-key extension does not decode", ErrBadCertificate)
	}
	signer, err := oracle.RecoverSigner(certDigest(cert.RawSubjectPublicKeyInfo, cert.NotAfter), ext.Signature)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: node-key signature: %v", ErrBadCertificate, err)
	}
	return signer, nil
}

// VerifyNodeCertificate checks the certificates a gateway presented: exactly one, self-signed, valid at now,
// whose node-key extension recovers to provider.
func VerifyNodeCertificate(rawCerts [][]byte, provider common.Address, now time.Time) error {
	if len(rawCerts) != 1 {
		return fmt.Errorf("%w: %d certificates, want exactly 1", ErrBadCertificate, len(rawCerts))
	}
	cert, err := x509.ParseCertificate(rawCerts[0])
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadCertificate, err)
	}
	if now.Before(cert.NotBefore) || now.After(cert.NotAfter) {
		return fmt.Errorf("%w: valid from %s to %s, now is %s", ErrBadCertificate,
			cert.NotBefore.UTC().Format(time.RFC3339), cert.NotAfter.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	signer, err := CertificateSigner(cert)
	if err != nil {
		return err
	}
	if signer != provider {
		return fmt.Errorf("%w: its key is bound to %s, the lease's provider is %s", ErrWrongNode, signer, provider)
	}
	return nil
}

// ClientTLSConfig is the TLS configuration a client reaches provider's gateway with: TLS 1.3 only, no
// certificate authority, and the node-key check of VerifyNodeCertificate on the certificate (now is the
// clock it checks validity against; nil means time.Now).
func ClientTLSConfig(provider common.Address, now func() time.Time) *tls.Config {
	if now == nil {
		now = time.Now
	}
	return &tls.Config{
		MinVersion: tls.VersionTLS13,
		// The chain of trust is the node-key extension, checked below, not a CA: skip only Go's CA check.
		InsecureSkipVerify: true, //nolint:gosec // VerifyPeerCertificate does the verification.
		// VerifyConnection rather than VerifyPeerCertificate: it also runs on resumed sessions.
		VerifyConnection: func(cs tls.ConnectionState) error {
			raw := make([][]byte, len(cs.PeerCertificates))
			for i, c := range cs.PeerCertificates {
				raw[i] = c.Raw
			}
			return VerifyNodeCertificate(raw, provider, now())
		},
		NextProtos: []string{"http/1.1"},
	}
}
