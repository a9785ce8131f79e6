package oracle_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
)

// castVectors is testdata/cast_vectors.json, produced by testdata/cast_vectors.sh with Foundry's cast (alloy's
// ABI and EIP-712 code, independent of go-ethereum). The script also checks that cast's typed-data signer and
// its hand-assembled digests agree before writing the file.
type castVectors struct {
	Inputs struct {
		Key           string           `json:"key"`
		Provider      common.Address   `json:"provider"`
		ChainID       int64            `json:"chainId"`
		Escrow        common.Address   `json:"escrow"`
		Quorum        common.Address   `json:"quorum"`
		Target        common.Address   `json:"target"`
		MachineID     common.Hash      `json:"machineId"`
		AttestationID common.Hash      `json:"attestationId"`
		Root          common.Hash      `json:"root"`
		Reporters     []common.Address `json:"reporters"`
		GPUIDA        common.Hash      `json:"gpuIdA"`
		GPUIDB        common.Hash      `json:"gpuIdB"`
	} `json:"inputs"`
	EscrowSeparator       common.Hash   `json:"escrowSeparator"`
	QuorumSeparator       common.Hash   `json:"quorumSeparator"`
	QuoteStructHash       common.Hash   `json:"quoteStructHash"`
	QuoteDigest           common.Hash   `json:"quoteDigest"`
	QuoteSignature        hexutil.Bytes `json:"quoteSignature"`
	AttestationStructHash common.Hash   `json:"attestationStructHash"`
	AttestationDigest     common.Hash   `json:"attestationDigest"`
	AttestationSignature  hexutil.Bytes `json:"attestationSignature"`
	Payloads              struct {
		Breach     common.Hash `json:"breach"`
		Completion common.Hash `json:"completion"`
		Slash      common.Hash `json:"slash"`
		SlashEmpty common.Hash `json:"slashEmpty"`
		RewardRoot common.Hash `json:"rewardRoot"`
		GridPrice  common.Hash `json:"gridPrice"`
		Hardware   common.Hash `json:"hardwareVerification"`
	} `json:"payloads"`
}

func loadCastVectors(t *testing.T) castVectors {
	t.Helper()
	raw, err := os.ReadFile("testdata/cast_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v castVectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("parse cast vectors: %v", err)
	}
	return v
}

func bigString(t *testing.T, s string) *big.Int {
	t.Helper()
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad integer %q", s)
	}
	return n
}

func TestMatchesCast(t *testing.T) {
	v := loadCastVectors(t)
	in := v.Inputs
	chainID := big.NewInt(in.ChainID)
	escrowDomain := oracle.QuoteDomain(chainID, in.Escrow)
	quorumDomain := oracle.AttestationDomain(chainID, in.Quorum)
	key, err := crypto.HexToECDSA(in.Key[2:])
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(key.PublicKey); got != in.Provider {
		t.Fatalf("key address %s, cast says %s", got, in.Provider)
	}
	quote := oracle.Quote{
		Provider: in.Provider, MachineID: in.MachineID, GPUCount: 4, USDPerSecondWad: big.NewInt(11111111111111),
		MinDuration: 3600, MaxDuration: 86400, Expiry: 1750000000, Nonce: big.NewInt(7),
		Renter: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), SingleUse: true,
	}
	slash := oracle.Slash{
		Offender: in.Provider, Role: oracle.RoleProvider, Offence: oracle.SlashDowntime,
		Amount: bigString(t, "1000000000000000000000"), Renter: in.Target, RenterBps: 2500, Reporters: in.Reporters,
	}
	// The UUIDs the script hashed, given in the order opposite to their ids': GPUIDs sorts them.
	hardware, err := oracle.NewHardwareVerification(in.MachineID, "SIM",
		[]string{"GPU-8e2a0c6f-4f1e-3c55-b0a2-6d1f2e3a4b5c", "GPU-11111111-2222-3333-4444-555555555555"},
		1700000000, 1700604800)
	if err != nil {
		t.Fatal(err)
	}
	if hardware.GPUIDs[0] != in.GPUIDB || hardware.GPUIDs[1] != in.GPUIDA {
		t.Fatalf("gpu ids %v, cast hashed %s and %s", hardware.GPUIDs, in.GPUIDB, in.GPUIDA)
	}
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

	hashes := []struct {
		name string
		hash func() (common.Hash, error)
		want common.Hash
	}{
		{"escrow domain separator", escrowDomain.Separator, v.EscrowSeparator},
		{"quorum domain separator", quorumDomain.Separator, v.QuorumSeparator},
		{"quote struct hash", quote.StructHash, v.QuoteStructHash},
		{"quote digest", func() (common.Hash, error) { return quote.Digest(escrowDomain) }, v.QuoteDigest},
		{"breach", oracle.Breach{LeaseID: big.NewInt(42), DownSince: 1700000000}.Hash, v.Payloads.Breach},
		{"completion", oracle.Completion{LeaseID: big.NewInt(42), ResultCID: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"}.Hash, v.Payloads.Completion},
		{"slash", slash.Hash, v.Payloads.Slash},
		{"slash without reporters, max amount", oracle.Slash{Offender: in.Provider, Role: oracle.RoleInspector, Offence: oracle.SlashFraud, Amount: maxUint}.Hash, v.Payloads.SlashEmpty},
		{"reward root", oracle.RewardRoot{Epoch: 7, Root: in.Root, CumulativeTotal: bigString(t, "5000000000000000000000000")}.Hash, v.Payloads.RewardRoot},
		{"hardware verification", hardware.Hash, v.Payloads.Hardware},
		{"grid price", oracle.GridPrice{Price: bigString(t, "250000000000000000"), ObservedAt: 1700000123}.Hash, v.Payloads.GridPrice},
	}
	for _, tc := range hashes {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.hash()
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("got %s, cast computed %s", got, tc.want)
			}
		})
	}

	att, err := oracle.NewAttestation(in.Target, in.AttestationID, 2, slash)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("attestation", func(t *testing.T) {
		if att.Kind != oracle.KindSlash || att.PayloadHash != v.Payloads.Slash {
			t.Fatalf("attestation %+v", att)
		}
		sh, err := att.StructHash()
		if err != nil || sh != v.AttestationStructHash {
			t.Fatalf("struct hash %s (%v), cast computed %s", sh, err, v.AttestationStructHash)
		}
		d, err := att.Digest(quorumDomain)
		if err != nil || d != v.AttestationDigest {
			t.Fatalf("digest %s (%v), cast computed %s", d, err, v.AttestationDigest)
		}
	})

	// RFC 6979 signing is deterministic, so the same key signs the same digest to the same bytes in both.
	signatures := []struct {
		name   string
		digest common.Hash
		want   []byte
	}{
		{"quote signature", v.QuoteDigest, v.QuoteSignature},
		{"attestation signature", v.AttestationDigest, v.AttestationSignature},
	}
	for _, tc := range signatures {
		t.Run(tc.name, func(t *testing.T) {
			sig, err := oracle.SignDigest(key, tc.digest)
			if err != nil {
				t.Fatal(err)
			}
			if hexutil.Encode(sig) != hexutil.Encode(tc.want) {
				t.Fatalf("signature %x, cast signed %x", sig, tc.want)
			}
			signer, err := oracle.RecoverSigner(tc.digest, tc.want)
			if err != nil || signer != in.Provider {
				t.Fatalf("recover cast's signature: %s, %v", signer, err)
			}
		})
	}

	t.Run("signed quote verifies", func(t *testing.T) {
		sq := oracle.SignedQuote{Quote: quote, Signature: v.QuoteSignature}
		if err := sq.Verify(escrowDomain); err != nil {
			t.Fatal(err)
		}
		other := quote
		other.Nonce = big.NewInt(8)
		if err := (oracle.SignedQuote{Quote: other, Signature: v.QuoteSignature}).Verify(escrowDomain); !errors.Is(err, oracle.ErrWrongSigner) {
			t.Fatalf("a signature over nonce 7 checked against nonce 8: err = %v, want ErrWrongSigner", err)
		}
	})
}
