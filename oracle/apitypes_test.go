package oracle_test

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/idlegrid/idlegrid/oracle"
)

// TestMatchesApitypes checks the package's abi.encode-based hashing against go-ethereum's generic EIP-712
// encoder (signer/core/apitypes, what clef signs with) over many random inputs biased to the extremes: the
// cast vectors pin one input per type, this covers the value space.
func TestMatchesApitypes(t *testing.T) {
	g := randomizer{newRand(1)}
	for i := range 200 {
		chainID := new(big.Int).Add(new(big.Int).Rsh(g.uint256(), 1), big.NewInt(1))
		escrow := oracle.QuoteDomain(chainID, g.address())
		quorum := oracle.AttestationDomain(chainID, g.address())

		q := oracle.Quote{
			Provider: g.address(), MachineID: g.hash(), GPUCount: g.r.Uint32(), USDPerSecond: g.uint256(),
			MaxDuration: g.uint64(), Expiry: g.uint64(), Nonce: g.uint256(),
		}
		want, _, err := apitypes.TypedDataAndHash(typedData(escrow, "Quote", []apitypes.Type{
			{Name: "provider", Type: "address"}, {Name: "machineId", Type: "bytes32"}, {Name: "gpuCount", Type: "uint32"},
			{Name: "usdPerSecond", Type: "uint256"}, {Name: "maxDuration", Type: "uint64"}, {Name: "expiry", Type: "uint64"},
			{Name: "nonce", Type: "uint256"},
		}, apitypes.TypedDataMessage{
			"provider": q.Provider.Hex(), "machineId": q.MachineID, "gpuCount": u64(uint64(q.GPUCount)),
			"usdPerSecond": q.USDPerSecond, "maxDuration": u64(q.MaxDuration), "expiry": u64(q.Expiry), "nonce": q.Nonce,
		}))
		if err != nil {
			t.Fatalf("case %d: apitypes quote: %v", i, err)
		}
		got, err := q.Digest(escrow)
		if err != nil {
			t.Fatalf("case %d: quote digest: %v", i, err)
		}
		if got != common.BytesToHash(want) {
			t.Fatalf("case %d: quote digest %s, apitypes %s (quote %+v)", i, got, common.BytesToHash(want), q)
		}

		for _, pc := range g.payloads() {
			td := typedData(quorum, pc.name, pc.fields, pc.msg)
			want, err := td.HashStruct(pc.name, pc.msg)
			if err != nil {
				t.Fatalf("case %d: apitypes %s: %v", i, pc.name, err)
			}
			got, err := pc.payload.Hash()
			if err != nil {
				t.Fatalf("case %d: %s hash: %v", i, pc.name, err)
			}
			if got != common.BytesToHash(want) {
				t.Fatalf("case %d: %s hash %s, apitypes %s (%+v)", i, pc.name, got, common.BytesToHash(want), pc.payload)
			}

			att, err := oracle.NewAttestation(g.address(), g.hash(), g.uint64(), pc.payload)
			if err != nil {
				t.Fatalf("case %d: attestation: %v", i, err)
			}
			want, _, err = apitypes.TypedDataAndHash(typedData(quorum, "Attestation", []apitypes.Type{
				{Name: "kind", Type: "uint8"}, {Name: "target", Type: "address"}, {Name: "id", Type: "bytes32"},
				{Name: "signerSetVersion", Type: "uint64"}, {Name: "payloadHash", Type: "bytes32"},
			}, apitypes.TypedDataMessage{
				"kind": u64(uint64(att.Kind)), "target": att.Target.Hex(), "id": att.ID,
				"signerSetVersion": u64(att.SignerSetVersion), "payloadHash": att.PayloadHash,
			}))
			if err != nil {
				t.Fatalf("case %d: apitypes attestation: %v", i, err)
			}
			gotDigest, err := att.Digest(quorum)
			if err != nil {
				t.Fatalf("case %d: attestation digest: %v", i, err)
			}
			if gotDigest != common.BytesToHash(want) {
				t.Fatalf("case %d: attestation digest %s, apitypes %s (%+v)", i, gotDigest, common.BytesToHash(want), att)
			}
		}
	}
}

var domainFields = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

func typedData(d oracle.Domain, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": domainFields, primary: fields},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name: d.Name, Version: d.Version, ChainId: (*math.HexOrDecimal256)(d.ChainID),
			VerifyingContract: d.VerifyingContract.Hex(),
		},
		Message: msg,
	}
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewSource(seed)) }

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

type payloadCase struct {
	name    string
	payload oracle.Payload
	fields  []apitypes.Type
	msg     apitypes.TypedDataMessage
}

type randomizer struct{ r *rand.Rand }

func (g randomizer) address() common.Address {
	var a common.Address
	g.r.Read(a[:])
	return a
}

func (g randomizer) hash() common.Hash {
	var h common.Hash
	g.r.Read(h[:])
	return h
}

// uint256 is biased towards the edges: 0, 2^256-1 and random bit widths.
func (g randomizer) uint256() *big.Int {
	switch g.r.Intn(5) {
	case 0:
		return big.NewInt(0)
	case 1:
		return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	default:
		return new(big.Int).Rand(g.r, new(big.Int).Lsh(big.NewInt(1), uint(1+g.r.Intn(256))))
	}
}

func (g randomizer) uint64() uint64 {
	if g.r.Intn(4) == 0 {
		return ^uint64(0)
	}
	return g.r.Uint64() >> g.r.Intn(64)
}

func (g randomizer) payloads() []payloadCase {
	breach := oracle.Breach{LeaseID: g.uint256(), DownSince: g.uint64()}
	completion := oracle.Completion{LeaseID: g.uint256(), ResultCID: string(g.hash().Bytes()[:g.r.Intn(33)])}
	reporters := make([]common.Address, g.r.Intn(6))
	reporterHexes := make([]interface{}, len(reporters))
	for j := range reporters {
		reporters[j] = g.address()
		reporterHexes[j] = reporters[j].Hex()
	}
	slash := oracle.Slash{
		Offender: g.address(), Role: oracle.Role(g.r.Intn(2)), Amount: g.uint256(), Renter: g.address(),
		RenterBps: uint16(g.r.Uint32()), Reporters: reporters,
	}
	root := oracle.RewardRoot{Epoch: g.uint64(), Root: g.hash(), Total: g.uint256()}
	price := oracle.GridPrice{Price: g.uint256(), ObservedAt: g.uint64()}
	return []payloadCase{
		{"Breach", breach,
			[]apitypes.Type{{Name: "leaseId", Type: "uint256"}, {Name: "downSince", Type: "uint64"}},
			apitypes.TypedDataMessage{"leaseId": breach.LeaseID, "downSince": u64(breach.DownSince)}},
		{"Completion", completion,
			[]apitypes.Type{{Name: "leaseId", Type: "uint256"}, {Name: "resultCID", Type: "string"}},
			apitypes.TypedDataMessage{"leaseId": completion.LeaseID, "resultCID": completion.ResultCID}},
		{"Slash", slash,
			[]apitypes.Type{
				{Name: "offender", Type: "address"}, {Name: "role", Type: "uint8"}, {Name: "amount", Type: "uint256"},
				{Name: "renter", Type: "address"}, {Name: "renterBps", Type: "uint16"}, {Name: "reporters", Type: "address[]"},
			},
			apitypes.TypedDataMessage{
				"offender": slash.Offender.Hex(), "role": u64(uint64(slash.Role)), "amount": slash.Amount,
				"renter": slash.Renter.Hex(), "renterBps": u64(uint64(slash.RenterBps)), "reporters": reporterHexes,
			}},
		{"RewardRoot", root,
			[]apitypes.Type{{Name: "epoch", Type: "uint64"}, {Name: "root", Type: "bytes32"}, {Name: "total", Type: "uint256"}},
			apitypes.TypedDataMessage{"epoch": u64(root.Epoch), "root": root.Root, "total": root.Total}},
		{"GridPrice", price,
			[]apitypes.Type{{Name: "price", Type: "uint256"}, {Name: "observedAt", Type: "uint64"}},
			apitypes.TypedDataMessage{"price": price.Price, "observedAt": u64(price.ObservedAt)}},
	}
}
