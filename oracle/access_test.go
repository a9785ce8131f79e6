package oracle_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

var leaseAccessFields = []apitypes.Type{
	{Name: "leaseId", Type: "uint256"}, {Name: "renter", Type: "address"}, {Name: "provider", Type: "address"},
	{Name: "issuedAt", Type: "uint64"}, {Name: "expiry", Type: "uint64"}, {Name: "nonce", Type: "bytes32"},
}

// TestLeaseAccessMatchesApitypes checks the LeaseAccess digest against go-ethereum's generic EIP-712 encoder
// (what clef signs with, and what eth_signTypedData_v4 computes) over random inputs biased to the extremes.
func TestLeaseAccessMatchesApitypes(t *testing.T) {
	g := randomizer{newRand(11)}
	for i := range 300 {
		chainID := new(big.Int).Add(new(big.Int).Rsh(g.uint256(), 1), big.NewInt(1))
		d := oracle.GatewayDomain(chainID, g.address())
		a := oracle.LeaseAccess{
			LeaseID: g.uint64(), Renter: g.address(), Provider: g.address(), IssuedAt: g.uint64(), Expiry: g.uint64(),
			Nonce: g.hash(),
		}
		want, _, err := apitypes.TypedDataAndHash(typedData(d, "LeaseAccess", leaseAccessFields, apitypes.TypedDataMessage{
			"leaseId": u64(a.LeaseID), "renter": a.Renter.Hex(), "provider": a.Provider.Hex(),
			"issuedAt": u64(a.IssuedAt), "expiry": u64(a.Expiry), "nonce": a.Nonce,
		}))
		if err != nil {
			t.Fatalf("case %d: apitypes: %v", i, err)
		}
		got, err := a.Digest(d)
		if err != nil {
			t.Fatalf("case %d: digest: %v", i, err)
		}
		if got != common.BytesToHash(want) {
			t.Fatalf("case %d: digest %s, apitypes %s (%+v)", i, got, common.BytesToHash(want), a)
		}
	}
}

func TestLeaseAccessTypeHash(t *testing.T) {
	td := apitypes.TypedData{Types: apitypes.Types{"LeaseAccess": leaseAccessFields}}
	if got := common.BytesToHash(td.TypeHash("LeaseAccess")); got != oracle.LeaseAccessTypeHash {
		t.Fatalf("type hash %s, apitypes %s", oracle.LeaseAccessTypeHash, got)
	}
}

func TestSignLeaseAccess(t *testing.T) {
	ctx := context.Background()
	renterKey, _ := crypto.GenerateKey()
	otherKey, _ := crypto.GenerateKey()
	renter, other := keys.NewSigner(renterKey), keys.NewSigner(otherKey)
	d := oracle.GatewayDomain(big.NewInt(31337), common.HexToAddress("0xe5c0"))
	a := oracle.LeaseAccess{LeaseID: 7, Renter: renter.Address(), Provider: common.HexToAddress("0xb0b"), IssuedAt: 100, Expiry: 400,
		Nonce: common.HexToHash("0x01")}

	sig, err := oracle.SignLeaseAccess(ctx, renter, d, a)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := a.Signer(d, sig); err != nil || got != renter.Address() {
		t.Fatalf("signer %s (%v), want %s", got, err, renter.Address())
	}

	t.Run("not the renter", func(t *testing.T) {
		if _, err := oracle.SignLeaseAccess(ctx, other, d, a); !errors.Is(err, oracle.ErrWrongSigner) {
			t.Fatalf("err = %v, want ErrWrongSigner", err)
		}
	})
	t.Run("every field is signed", func(t *testing.T) {
		mutations := map[string]func(*oracle.LeaseAccess, *oracle.Domain){
			"leaseId":  func(a *oracle.LeaseAccess, _ *oracle.Domain) { a.LeaseID++ },
			"renter":   func(a *oracle.LeaseAccess, _ *oracle.Domain) { a.Renter = other.Address() },
			"provider": func(a *oracle.LeaseAccess, _ *oracle.Domain) { a.Provider[0] ^= 1 },
			"issuedAt": func(a *oracle.LeaseAccess, _ *oracle.Domain) { a.IssuedAt-- },
			"expiry":   func(a *oracle.LeaseAccess, _ *oracle.Domain) { a.Expiry++ },
			"nonce":    func(a *oracle.LeaseAccess, _ *oracle.Domain) { a.Nonce[31] ^= 1 },
			"chainId":  func(_ *oracle.LeaseAccess, d *oracle.Domain) { d.ChainID = big.NewInt(1) },
			"escrow":   func(_ *oracle.LeaseAccess, d *oracle.Domain) { d.VerifyingContract[19] ^= 1 },
			"name":     func(_ *oracle.LeaseAccess, d *oracle.Domain) { d.Name = oracle.LeaseEscrowDomainName },
		}
		for name, mutate := range mutations {
			m, md := a, d
			md.ChainID = new(big.Int).Set(d.ChainID)
			mutate(&m, &md)
			got, err := m.Signer(md, sig)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got == renter.Address() {
				t.Errorf("%s changed, the signature still recovers to the renter", name)
			}
		}
	})
	t.Run("invalid domain", func(t *testing.T) {
		if _, err := a.Digest(oracle.GatewayDomain(nil, d.VerifyingContract)); !errors.Is(err, oracle.ErrInvalidDomain) {
			t.Fatalf("err = %v, want ErrInvalidDomain", err)
		}
	})
}
