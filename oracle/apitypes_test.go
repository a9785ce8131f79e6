package oracle_test

import (
	"fmt"
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

		q := g.quote()
		want, _, err := apitypes.TypedDataAndHash(typedData(escrow, "Quote", []apitypes.Type{
			{Name: "provider", Type: "address"}, {Name: "machineId", Type: "bytes32"}, {Name: "gpuCount", Type: "uint32"},
			{Name: "usdPerSecondWad", Type: "uint256"}, {Name: "minDuration", Type: "uint64"},
			{Name: "maxDuration", Type: "uint64"}, {Name: "expiry", Type: "uint64"}, {Name: "nonce", Type: "uint256"},
			{Name: "renter", Type: "address"}, {Name: "singleUse", Type: "bool"},
		}, apitypes.TypedDataMessage{
			"provider": q.Provider.Hex(), "machineId": q.MachineID, "gpuCount": u64(uint64(q.GPUCount)),
			"usdPerSecondWad": q.USDPerSecondWad, "minDuration": u64(q.MinDuration), "maxDuration": u64(q.MaxDuration),
			"expiry": u64(q.Expiry), "nonce": q.Nonce, "renter": q.Renter.Hex(), "singleUse": q.SingleUse,
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

func (g randomizer) quote() oracle.Quote {
	q := oracle.Quote{
		Provider: g.address(), MachineID: g.hash(), GPUCount: g.r.Uint32(), USDPerSecondWad: g.uint256(),
		MinDuration: g.uint64(), MaxDuration: g.uint64(), Expiry: g.uint64(), Nonce: g.uint256(),
		SingleUse: g.r.Intn(2) == 0,
	}
	if g.r.Intn(2) == 0 {
		q.Renter = g.address()
	}
	return q
}

// ascendingAddresses are n distinct random addresses, sorted as a slash names its reporters.
func (g randomizer) ascendingAddresses(n int) []common.Address {
	out := make([]common.Address, 0, n)
	seen := map[common.Address]bool{{}: true}
	for len(out) < n {
		if a := g.address(); !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	oracle.SortReporters(out)
	return out
}

// payloads are one random payload of every kind, each valid (NewAttestation accepts it), and how apitypes
// describes it.
func (g randomizer) payloads() []payloadCase {
	breach := oracle.Breach{LeaseID: g.uint256(), DownSince: g.uint64()}
	completion := oracle.Completion{LeaseID: g.uint256(), ResultCID: string(g.hash().Bytes()[:g.r.Intn(33)])}
	reporters := g.ascendingAddresses(g.r.Intn(oracle.MaxSlashReporters + 1))
	reporterHexes := make([]interface{}, len(reporters))
	for j, r := range reporters {
		reporterHexes[j] = r.Hex()
	}
	slash := oracle.Slash{
		Offender: g.address(), Role: oracle.Role(g.r.Intn(2)), Offence: oracle.SlashKind(g.r.Intn(2)),
		Amount: new(big.Int).Add(new(big.Int).Rsh(g.uint256(), 1), big.NewInt(1)), Renter: g.address(),
		RenterBps: uint16(g.r.Intn(oracle.MaxSlashRenterBps + 1)), Reporters: reporters,
	}
	root := oracle.RewardRoot{Epoch: g.uint64(), Root: g.hash(), CumulativeTotal: g.uint256()}
	price := oracle.GridPrice{Price: g.uint256(), ObservedAt: g.uint64()}
	uuids := make([]string, 1+g.r.Intn(oracle.MaxGPUsPerMachine))
	for j := range uuids {
		uuids[j] = fmt.Sprintf("GPU-%x", g.hash().Bytes()[:16])
	}
	verifiedAt := g.uint64() >> 1
	hardware, err := oracle.NewHardwareVerification(g.hash(), "H100", uuids, verifiedAt, verifiedAt+1+g.uint64()>>2)
	if err != nil {
		panic(err) // random UUIDs of 16 bytes do not repeat
	}
	gpuIDs := make([]interface{}, len(hardware.GPUIDs))
	for j, id := range hardware.GPUIDs {
		gpuIDs[j] = id
	}
	release := oracle.SolanaDepositRelease{
		DepositID: g.hash(), Mint: oracle.SolanaMint(1 + g.r.Intn(2)), Amount: g.uint64() | 1, Recipient: g.address(),
	}
	refund := oracle.SolanaDepositRefund{
		DepositID: g.hash(), Mint: oracle.SolanaMint(1 + g.r.Intn(2)), Amount: g.uint64() | 1,
		RefundAccount: g.hash(), Reason: oracle.RefundReason(1 + g.r.Intn(6)),
	}
	ret := oracle.SolanaOutboundReturn{OutboundID: g.uint64() | 1, Reason: oracle.ReturnReason(1 + g.r.Intn(2))}
	return []payloadCase{
		{"Breach", breach,
			[]apitypes.Type{{Name: "leaseId", Type: "uint256"}, {Name: "downSince", Type: "uint64"}},
			apitypes.TypedDataMessage{"leaseId": breach.LeaseID, "downSince": u64(breach.DownSince)}},
		{"Completion", completion,
			[]apitypes.Type{{Name: "leaseId", Type: "uint256"}, {Name: "resultCID", Type: "string"}},
			apitypes.TypedDataMessage{"leaseId": completion.LeaseID, "resultCID": completion.ResultCID}},
		{"Slash", slash,
			[]apitypes.Type{
				{Name: "offender", Type: "address"}, {Name: "role", Type: "uint8"}, {Name: "kind", Type: "uint8"},
				{Name: "amount", Type: "uint256"}, {Name: "renter", Type: "address"}, {Name: "renterBps", Type: "uint16"},
				{Name: "reporters", Type: "address[]"},
			},
			apitypes.TypedDataMessage{
				"offender": slash.Offender.Hex(), "role": u64(uint64(slash.Role)), "kind": u64(uint64(slash.Offence)),
				"amount": slash.Amount, "renter": slash.Renter.Hex(), "renterBps": u64(uint64(slash.RenterBps)),
				"reporters": reporterHexes,
			}},
		{"RewardRoot", root,
			[]apitypes.Type{{Name: "epoch", Type: "uint64"}, {Name: "root", Type: "bytes32"}, {Name: "cumulativeTotal", Type: "uint256"}},
			apitypes.TypedDataMessage{"epoch": u64(root.Epoch), "root": root.Root, "cumulativeTotal": root.CumulativeTotal}},
		{"GridPrice", price,
			[]apitypes.Type{{Name: "price", Type: "uint256"}, {Name: "observedAt", Type: "uint64"}},
			apitypes.TypedDataMessage{"price": price.Price, "observedAt": u64(price.ObservedAt)}},
		{"HardwareVerification", hardware,
			[]apitypes.Type{
				{Name: "machineId", Type: "bytes32"}, {Name: "gpuClass", Type: "bytes32"}, {Name: "gpuCount", Type: "uint32"},
				{Name: "gpuIds", Type: "bytes32[]"}, {Name: "verifiedAt", Type: "uint64"}, {Name: "expiresAt", Type: "uint64"},
			},
			apitypes.TypedDataMessage{
				"machineId": hardware.MachineID, "gpuClass": hardware.GPUClass[:], "gpuCount": u64(uint64(hardware.GPUCount)),
				"gpuIds": gpuIDs, "verifiedAt": u64(hardware.VerifiedAt), "expiresAt": u64(hardware.ExpiresAt),
			}},
		{"SolanaDepositRelease", release,
			[]apitypes.Type{
				{Name: "depositId", Type: "bytes32"}, {Name: "mint", Type: "uint8"}, {Name: "amount", Type: "uint64"},
				{Name: "recipient", Type: "address"},
			},
			apitypes.TypedDataMessage{
				"depositId": release.DepositID, "mint": u64(uint64(release.Mint)), "amount": u64(release.Amount),
				"recipient": release.Recipient.Hex(),
			}},
		{"SolanaDepositRefund", refund,
			[]apitypes.Type{
				{Name: "depositId", Type: "bytes32"}, {Name: "mint", Type: "uint8"}, {Name: "amount", Type: "uint64"},
				{Name: "refundAccount", Type: "bytes32"}, {Name: "reason", Type: "uint8"},
			},
			apitypes.TypedDataMessage{
				"depositId": refund.DepositID, "mint": u64(uint64(refund.Mint)), "amount": u64(refund.Amount),
				"refundAccount": refund.RefundAccount[:], "reason": u64(uint64(refund.Reason)),
			}},
		{"SolanaOutboundReturn", ret,
			[]apitypes.Type{{Name: "outboundId", Type: "uint64"}, {Name: "reason", Type: "uint8"}},
			apitypes.TypedDataMessage{"outboundId": u64(ret.OutboundID), "reason": u64(uint64(ret.Reason))}},
	}
}
