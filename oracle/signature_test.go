package oracle_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

func TestRecoverSigner(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	digest := crypto.Keccak256Hash([]byte("digest"))
	sig, err := oracle.SignDigest(key, digest)
	if err != nil {
		t.Fatal(err)
	}
	if v := sig[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d, the contracts want 27 or 28", v)
	}

	// highS is the malleable twin (r, n-s, v^1) of sig: ecrecover accepts it, OpenZeppelin and the quorum do not.
	n := crypto.S256().Params().N
	highS := append([]byte{}, sig...)
	copy(highS[32:64], common.LeftPadBytes(new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64])).Bytes(), 32))
	highS[64] ^= 1 // 27 <-> 28
	mutate := func(f func([]byte)) []byte {
		out := append([]byte{}, sig...)
		f(out)
		return out
	}

	tests := []struct {
		name    string
		digest  common.Hash
		sig     []byte
		want    common.Address
		wantErr error
	}{
		{"valid", digest, sig, want, nil},
		{"other digest recovers someone else", crypto.Keccak256Hash([]byte("other")), sig, common.Address{}, nil},
		{"short", digest, sig[:64], common.Address{}, oracle.ErrInvalidSignature},
		{"long", digest, append(append([]byte{}, sig...), 0), common.Address{}, oracle.ErrInvalidSignature},
		{"v = 0 (raw go-ethereum form)", digest, mutate(func(b []byte) { b[64] -= 27 }), common.Address{}, oracle.ErrInvalidSignature},
		{"v = 29", digest, mutate(func(b []byte) { b[64] = 29 }), common.Address{}, oracle.ErrInvalidSignature},
		{"zero r", digest, mutate(func(b []byte) { clear(b[:32]) }), common.Address{}, oracle.ErrInvalidSignature},
		{"zero s", digest, mutate(func(b []byte) { clear(b[32:64]) }), common.Address{}, oracle.ErrInvalidSignature},
		{"high s", digest, highS, common.Address{}, oracle.ErrInvalidSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := oracle.RecoverSigner(tc.digest, tc.sig)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.want != (common.Address{}) && got != tc.want {
				t.Fatalf("recovered %s, want %s", got, tc.want)
			}
			if tc.want == (common.Address{}) && got == want {
				t.Fatalf("a signature over another digest recovered to the signer")
			}
		})
	}
}

func TestHashingRejectsBadValues(t *testing.T) {
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tooBig := new(big.Int).Add(maxUint, big.NewInt(1))
	good := oracle.Quote{Provider: common.Address{1}, USDPerSecondWad: big.NewInt(1), Nonce: big.NewInt(1)}
	withRate := func(v *big.Int) oracle.Quote { q := good; q.USDPerSecondWad = v; return q }
	withNonce := func(v *big.Int) oracle.Quote { q := good; q.Nonce = v; return q }

	tests := []struct {
		name    string
		hash    func() (common.Hash, error)
		wantErr error
	}{
		{"quote ok", good.StructHash, nil},
		{"quote max rate ok", withRate(maxUint).StructHash, nil},
		{"quote nil rate", withRate(nil).StructHash, oracle.ErrInvalidValue},
		{"quote negative rate", withRate(big.NewInt(-1)).StructHash, oracle.ErrInvalidValue},
		{"quote rate over uint256", withRate(tooBig).StructHash, oracle.ErrInvalidValue},
		{"quote nil nonce", withNonce(nil).StructHash, oracle.ErrInvalidValue},
		{"breach nil lease", oracle.Breach{}.Hash, oracle.ErrInvalidValue},
		{"completion negative lease", oracle.Completion{LeaseID: big.NewInt(-5)}.Hash, oracle.ErrInvalidValue},
		{"slash amount over uint256", oracle.Slash{Amount: tooBig}.Hash, oracle.ErrInvalidValue},
		{"reward root nil total", oracle.RewardRoot{}.Hash, oracle.ErrInvalidValue},
		{"grid price nil", oracle.GridPrice{}.Hash, oracle.ErrInvalidValue},
		{"domain without contract", func() (common.Hash, error) {
			return good.Digest(oracle.QuoteDomain(big.NewInt(1), common.Address{}))
		}, oracle.ErrInvalidDomain},
		{"domain without chain id", func() (common.Hash, error) {
			return good.Digest(oracle.QuoteDomain(nil, common.Address{1}))
		}, oracle.ErrInvalidDomain},
		{"domain with chain id 0", func() (common.Hash, error) {
			return good.Digest(oracle.QuoteDomain(big.NewInt(0), common.Address{1}))
		}, oracle.ErrInvalidDomain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.hash()
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

func TestAttestationValidate(t *testing.T) {
	payload := oracle.GridPrice{Price: big.NewInt(1), ObservedAt: 1}
	target, id := common.Address{9}, common.Hash{7}
	if _, err := oracle.NewAttestation(target, id, 1, payload); err != nil {
		t.Fatalf("valid attestation: %v", err)
	}
	valid, _ := oracle.NewAttestation(target, id, 1, payload)
	tests := []struct {
		name   string
		mutate func(*oracle.Attestation)
	}{
		{"kind 0", func(a *oracle.Attestation) { a.Kind = 0 }},
		{"kind 9", func(a *oracle.Attestation) { a.Kind = 9 }},
		{"zero target", func(a *oracle.Attestation) { a.Target = common.Address{} }},
		{"zero id", func(a *oracle.Attestation) { a.ID = common.Hash{} }},
		{"zero payload hash", func(a *oracle.Attestation) { a.PayloadHash = common.Hash{} }},
	}
	domain := oracle.AttestationDomain(big.NewInt(1), common.Address{1})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := valid
			tc.mutate(&a)
			if _, err := a.Digest(domain); !errors.Is(err, oracle.ErrInvalidAttestation) {
				t.Fatalf("digest of %+v: err = %v, want ErrInvalidAttestation", a, err)
			}
		})
	}
	if _, err := oracle.NewAttestation(target, id, 1, oracle.GridPrice{}); !errors.Is(err, oracle.ErrInvalidValue) {
		t.Fatalf("attestation of a nil price: err = %v", err)
	}
}

// wrongV signs like go-ethereum's raw crypto.Sign (v = 0/1), which the contracts reject.
type wrongV struct{ key *ecdsa.PrivateKey }

func (w wrongV) Address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }
func (w wrongV) SignDigest(_ context.Context, d common.Hash) ([]byte, error) {
	return crypto.Sign(d[:], w.key)
}

func TestSignQuoteAndAttestation(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	s := keys.NewSigner(key)
	d := oracle.QuoteDomain(big.NewInt(1337), common.Address{0xe5})
	q := oracle.Quote{Provider: s.Address(), GPUCount: 1, USDPerSecondWad: big.NewInt(100), MaxDuration: 3600, Expiry: 2e9, Nonce: big.NewInt(1)}
	ctx := context.Background()

	sq, err := oracle.SignQuote(ctx, s, d, q)
	if err != nil {
		t.Fatal(err)
	}
	if err := sq.Verify(d); err != nil {
		t.Fatal(err)
	}
	other := q
	other.Provider = common.Address{1}
	if _, err := oracle.SignQuote(ctx, s, d, other); !errors.Is(err, oracle.ErrWrongSigner) {
		t.Fatalf("signing another provider's quote: err = %v, want ErrWrongSigner", err)
	}
	if _, err := oracle.SignQuote(ctx, wrongV{key}, d, q); !errors.Is(err, oracle.ErrInvalidSignature) {
		t.Fatalf("a signer with v = 0/1: err = %v, want ErrInvalidSignature", err)
	}

	ad := oracle.AttestationDomain(big.NewInt(1337), common.Address{0xa7})
	att, err := oracle.NewAttestation(common.Address{0xc0}, common.Hash{1}, 1, oracle.GridPrice{Price: big.NewInt(1), ObservedAt: 1})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := oracle.SignAttestation(ctx, s, ad, att)
	if err != nil {
		t.Fatal(err)
	}
	c, err := oracle.NewCollector(ad, att, oracle.SignerSet{Version: 1, Threshold: 1, Signers: []common.Address{s.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	if signer, added, err := c.Add(sig); err != nil || !added || signer != s.Address() {
		t.Fatalf("collector: %s %v %v", signer, added, err)
	}
	if _, err := oracle.SignAttestation(ctx, wrongV{key}, ad, att); !errors.Is(err, oracle.ErrWrongSigner) {
		t.Fatalf("a signer with v = 0/1: err = %v, want ErrWrongSigner", err)
	}
}
