package oracle_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
)

// inspectors are n keys sorted by address, so inspectors.keys[i] signs as set.Signers[i].
type inspectors struct {
	keys []*ecdsa.PrivateKey
	set  oracle.SignerSet
}

func newInspectors(t *testing.T, n int, threshold uint8, version uint64) inspectors {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		return bytes.Compare(crypto.PubkeyToAddress(a.PublicKey).Bytes(), crypto.PubkeyToAddress(b.PublicKey).Bytes())
	})
	set := oracle.SignerSet{Version: version, Threshold: threshold}
	for _, k := range keys {
		set.Signers = append(set.Signers, crypto.PubkeyToAddress(k.PublicKey))
	}
	return inspectors{keys: keys, set: set}
}

func (in inspectors) sign(t *testing.T, d oracle.Domain, a oracle.Attestation, idx ...int) [][]byte {
	t.Helper()
	digest, err := a.Digest(d)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]byte, len(idx))
	for i, j := range idx {
		if out[i], err = oracle.SignDigest(in.keys[j], digest); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func testAttestation(t *testing.T, version uint64) (oracle.Domain, oracle.Attestation) {
	t.Helper()
	d := oracle.AttestationDomain(big.NewInt(42161), common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"))
	a, err := oracle.NewAttestation(common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"),
		crypto.Keccak256Hash([]byte("lease-9-breach")), version, oracle.Breach{LeaseID: big.NewInt(9), DownSince: 1700000000})
	if err != nil {
		t.Fatal(err)
	}
	return d, a
}

func TestCollector(t *testing.T) {
	in := newInspectors(t, 5, 3, 4)
	d, att := testAttestation(t, 4)
	_, otherAtt := testAttestation(t, 4)
	otherAtt.ID = crypto.Keccak256Hash([]byte("another id"))
	outsider := newInspectors(t, 1, 1, 4)
	sigs := in.sign(t, d, att, 0, 1, 2, 3, 4)
	garbage := bytes.Repeat([]byte{1}, 65)

	tests := []struct {
		name        string
		add         [][]byte
		wantAddErrs []error // per added signature, nil for accepted or duplicate
		wantHave    int
		wantSigners []int // indices into the set of the packed signers, nil when Pack must fail
	}{
		{"threshold in shuffled order packs ascending", [][]byte{sigs[4], sigs[1], sigs[2]},
			[]error{nil, nil, nil}, 3, []int{1, 2, 4}},
		{"all five pack the three lowest", [][]byte{sigs[3], sigs[4], sigs[0], sigs[2], sigs[1]},
			[]error{nil, nil, nil, nil, nil}, 5, []int{0, 1, 2}},
		{"duplicates count once", [][]byte{sigs[0], sigs[0], sigs[3], sigs[3]},
			[]error{nil, nil, nil, nil}, 2, nil},
		{"outsider and foreign attestation rejected",
			[][]byte{sigs[0], outsider.sign(t, d, att, 0)[0], in.sign(t, d, otherAtt, 1)[0], sigs[2]},
			[]error{nil, oracle.ErrUnknownSigner, oracle.ErrUnknownSigner, nil}, 2, nil},
		{"malformed rejected", [][]byte{garbage, sigs[0][:64], sigs[1], sigs[2], sigs[3]},
			[]error{oracle.ErrInvalidSignature, oracle.ErrInvalidSignature, nil, nil, nil}, 3, []int{1, 2, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := oracle.NewCollector(d, att, in.set)
			if err != nil {
				t.Fatal(err)
			}
			for i, sig := range tc.add {
				_, _, err := c.Add(sig)
				if !errors.Is(err, tc.wantAddErrs[i]) {
					t.Fatalf("add %d: err = %v, want %v", i, err, tc.wantAddErrs[i])
				}
			}
			if c.Have() != tc.wantHave || c.Need() != 3 {
				t.Fatalf("have %d need %d, want have %d need 3", c.Have(), c.Need(), tc.wantHave)
			}
			packed, err := c.Pack()
			if tc.wantSigners == nil {
				var ne *oracle.NotEnoughSignaturesError
				if !errors.As(err, &ne) || ne.Have != tc.wantHave || ne.Need != 3 || !errors.Is(err, oracle.ErrNotEnoughSignatures) {
					t.Fatalf("pack: err = %v, want NotEnoughSignatures{have %d, need 3}", err, tc.wantHave)
				}
				if c.Ready() {
					t.Fatal("ready below threshold")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var want []byte
			for _, i := range tc.wantSigners {
				want = append(want, sigs[i]...)
			}
			if !bytes.Equal(packed, want) {
				t.Fatalf("packed signatures of the wrong signers or order")
			}
			if n, err := oracle.VerifyPacked(d, att, in.set, packed); err != nil || n != 3 {
				t.Fatalf("verify packed: %d, %v", n, err)
			}
		})
	}
}

func TestCollectorConcurrentAdds(t *testing.T) {
	in := newInspectors(t, 16, 11, 1)
	d, att := testAttestation(t, 1)
	c, err := oracle.NewCollector(d, att, in.set)
	if err != nil {
		t.Fatal(err)
	}
	idx := make([]int, 16)
	for i := range idx {
		idx[i] = i
	}
	sigs := in.sign(t, d, att, idx...)
	var wg sync.WaitGroup
	for _, sig := range append(sigs, sigs...) { // every signature twice, all at once
		wg.Go(func() {
			if _, _, err := c.Add(sig); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if c.Have() != 16 {
		t.Fatalf("have %d distinct signatures, want 16", c.Have())
	}
	if !slices.Equal(c.Signers(), in.set.Signers) {
		t.Fatal("signers not the whole set in ascending order")
	}
	packed, err := c.Pack()
	if err != nil || len(packed) != 11*oracle.SignatureLength {
		t.Fatalf("pack: %d bytes, %v", len(packed), err)
	}
}

func TestNewCollectorRejects(t *testing.T) {
	in := newInspectors(t, 3, 2, 7)
	d, att := testAttestation(t, 7)
	descending := in.set
	descending.Signers = []common.Address{in.set.Signers[2], in.set.Signers[1], in.set.Signers[0]}
	tests := []struct {
		name    string
		set     oracle.SignerSet
		att     oracle.Attestation
		wantErr error
	}{
		{"empty set", oracle.SignerSet{Version: 7, Threshold: 1}, att, oracle.ErrInvalidSignerSet},
		{"threshold 0", oracle.SignerSet{Version: 7, Threshold: 0, Signers: in.set.Signers}, att, oracle.ErrInvalidSignerSet},
		{"threshold above n", oracle.SignerSet{Version: 7, Threshold: 4, Signers: in.set.Signers}, att, oracle.ErrInvalidSignerSet},
		{"threshold not a strict majority", oracle.SignerSet{Version: 7, Threshold: 2, Signers: newInspectors(t, 4, 3, 7).set.Signers}, att, oracle.ErrInvalidSignerSet},
		{"more than 32 signers", newInspectors(t, 33, 17, 7).set, att, oracle.ErrInvalidSignerSet},
		{"descending signers", descending, att, oracle.ErrInvalidSignerSet},
		{"zero signer", oracle.SignerSet{Version: 7, Threshold: 1, Signers: []common.Address{{}}}, att, oracle.ErrInvalidSignerSet},
		{"duplicate signer", oracle.SignerSet{Version: 7, Threshold: 1, Signers: []common.Address{in.set.Signers[0], in.set.Signers[0]}}, att, oracle.ErrInvalidSignerSet},
		{"other version", oracle.SignerSet{Version: 8, Threshold: 2, Signers: in.set.Signers}, att, oracle.ErrSignerSetVersion},
		{"zero id", in.set, func() oracle.Attestation { a := att; a.ID = common.Hash{}; return a }(), oracle.ErrInvalidAttestation},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := oracle.NewCollector(d, tc.att, tc.set); !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	in := newInspectors(t, 3, 2, 1)
	d, att := testAttestation(t, 1)
	sigs := in.sign(t, d, att, 0, 1, 2)
	garbage := bytes.Repeat([]byte{0xaa}, 65)

	t.Run("stops at threshold", func(t *testing.T) {
		// Signatures after the threshold is reached are never looked at, not even the garbage one.
		packed, err := oracle.Aggregate(d, att, in.set, [][]byte{sigs[2], sigs[2], sigs[1], garbage, sigs[0]})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(packed, append(append([]byte{}, sigs[1]...), sigs[2]...)) {
			t.Fatal("want signers 1 and 2 in ascending order")
		}
	})
	t.Run("names every rejection", func(t *testing.T) {
		_, err := oracle.Aggregate(d, att, in.set, [][]byte{garbage, sigs[2], sigs[2]})
		var ne *oracle.NotEnoughSignaturesError
		if !errors.As(err, &ne) || ne.Have != 1 || ne.Need != 2 {
			t.Fatalf("err = %v, want NotEnoughSignatures{1, 2}", err)
		}
		if !errors.Is(err, oracle.ErrInvalidSignature) {
			t.Fatalf("err = %v does not say signature 0 was invalid", err)
		}
	})
}

func TestVerifyPacked(t *testing.T) {
	in := newInspectors(t, 4, 3, 2)
	d, att := testAttestation(t, 2)
	sigs := in.sign(t, d, att, 0, 1, 2, 3)
	outsider := newInspectors(t, 1, 1, 2)
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	otherVersion := att
	otherVersion.SignerSetVersion = 3

	tests := []struct {
		name    string
		att     oracle.Attestation
		packed  []byte
		want    int
		wantErr error
	}{
		{"threshold ascending", att, join(sigs[0], sigs[2], sigs[3]), 3, nil},
		{"all ascending", att, join(sigs[0], sigs[1], sigs[2], sigs[3]), 4, nil},
		{"one short", att, join(sigs[0], sigs[1]), 0, oracle.ErrNotEnoughSignatures},
		{"descending", att, join(sigs[2], sigs[1], sigs[0]), 0, oracle.ErrSignatureOrder},
		{"duplicate", att, join(sigs[0], sigs[1], sigs[1]), 0, oracle.ErrSignatureOrder},
		{"outsider", att, join(sigs[0], sigs[1], outsider.sign(t, d, att, 0)[0]), 0, oracle.ErrUnknownSigner},
		{"partial signature", att, join(sigs[0], sigs[1], sigs[2])[:194], 0, oracle.ErrInvalidSignature},
		{"other signer set version", otherVersion, join(sigs[0], sigs[1], sigs[2]), 0, oracle.ErrSignerSetVersion},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := oracle.VerifyPacked(d, tc.att, in.set, tc.packed)
			if !errors.Is(err, tc.wantErr) || n != tc.want {
				t.Fatalf("got %d, %v; want %d, %v", n, err, tc.want, tc.wantErr)
			}
		})
	}
}
