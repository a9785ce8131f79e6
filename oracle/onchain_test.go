package oracle_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
)

// TestMatchesSolidity deploys contracts/test/fixtures/TypedDataProbe.sol (OpenZeppelin EIP712 plus the real
// Attestations library) on an in-process chain and checks every hash and digest, and that signatures made in Go
// and packed by the Collector recover on chain to the signers in ascending order.
func TestMatchesSolidity(t *testing.T) {
	chain := chaintest.New(t, 1)
	probe := chaintest.LoadArtifact(t, "TypedDataProbe")
	escrowAddr := chain.Deploy(t, chain.Keys[0], probe, oracle.LeaseEscrowDomainName)
	quorumAddr := chain.Deploy(t, chain.Keys[0], probe, oracle.AttestationQuorumDomainName)
	escrow := oracle.QuoteDomain(chain.ChainID, escrowAddr)
	quorum := oracle.AttestationDomain(chain.ChainID, quorumAddr)
	call := func(at common.Address, method string, args ...any) common.Hash {
		return common.Hash(chain.Call(t, probe, at, method, args...)[0].([32]byte))
	}

	for _, d := range []struct {
		name   string
		domain oracle.Domain
	}{{"escrow", escrow}, {"quorum", quorum}} {
		t.Run(d.name+" domain separator", func(t *testing.T) {
			got, err := d.domain.Separator()
			if err != nil {
				t.Fatal(err)
			}
			if want := call(d.domain.VerifyingContract, "domainSeparator"); got != want {
				t.Fatalf("go %s, solidity %s", got, want)
			}
		})
	}

	g := randomizer{r: newRand(7)}
	for i := range 5 {
		q := oracle.Quote{
			Provider: g.address(), MachineID: g.hash(), GPUCount: g.r.Uint32(), USDPerSecond: g.uint256(),
			MaxDuration: g.uint64(), Expiry: g.uint64(), Nonce: g.uint256(),
		}
		got, err := q.Digest(escrow)
		if err != nil {
			t.Fatal(err)
		}
		type solQuote struct {
			Provider     common.Address
			MachineId    [32]byte
			GpuCount     uint32
			UsdPerSecond *big.Int
			MaxDuration  uint64
			Expiry       uint64
			Nonce        *big.Int
		}
		want := call(escrowAddr, "quoteDigest", solQuote{q.Provider, q.MachineID, q.GPUCount, q.USDPerSecond, q.MaxDuration, q.Expiry, q.Nonce})
		if got != want {
			t.Fatalf("quote %d digest: go %s, solidity %s", i, got, want)
		}

		for _, pc := range g.payloads() {
			got, err := pc.payload.Hash()
			if err != nil {
				t.Fatal(err)
			}
			var want common.Hash
			switch p := pc.payload.(type) {
			case oracle.Breach:
				want = call(quorumAddr, "breachHash", p.LeaseID, p.DownSince)
			case oracle.Completion:
				want = call(quorumAddr, "completionHash", p.LeaseID, p.ResultCID)
			case oracle.Slash:
				reporters := p.Reporters
				if reporters == nil {
					reporters = []common.Address{}
				}
				want = call(quorumAddr, "slashHash", p.Offender, uint8(p.Role), p.Amount, p.Renter, p.RenterBps, reporters)
			case oracle.RewardRoot:
				want = call(quorumAddr, "rewardRootHash", p.Epoch, [32]byte(p.Root), p.Total)
			case oracle.GridPrice:
				want = call(quorumAddr, "gridPriceHash", p.Price, p.ObservedAt)
			default:
				t.Fatalf("no probe for %T", p)
			}
			if got != want {
				t.Fatalf("%s payload %d: go %s, Attestations.sol %s", pc.name, i, got, want)
			}

			att, err := oracle.NewAttestation(g.address(), g.hash(), g.uint64(), pc.payload)
			if err != nil {
				t.Fatal(err)
			}
			gotDigest, err := att.Digest(quorum)
			if err != nil {
				t.Fatal(err)
			}
			wantDigest := call(quorumAddr, "attestationDigest", uint8(att.Kind), att.Target, [32]byte(att.ID), att.SignerSetVersion, [32]byte(att.PayloadHash))
			if gotDigest != wantDigest {
				t.Fatalf("%s attestation %d digest: go %s, solidity %s", pc.name, i, gotDigest, wantDigest)
			}
		}
	}

	t.Run("packed signatures recover on chain", func(t *testing.T) {
		in := newInspectors(t, 7, 5, 3)
		_, att := testAttestation(t, 3)
		sigs := in.sign(t, quorum, att, 6, 2, 0, 5, 3, 1, 4)
		packed, err := oracle.Aggregate(quorum, att, in.set, sigs)
		if err != nil {
			t.Fatal(err)
		}
		digest, err := att.Digest(quorum)
		if err != nil {
			t.Fatal(err)
		}
		got := chain.Call(t, probe, quorumAddr, "recoverAll", [32]byte(digest), packed)[0].([]common.Address)
		// Aggregate stopped after the first five valid signatures (6, 2, 0, 5, 3) and packs them ascending.
		want := []common.Address{in.set.Signers[0], in.set.Signers[2], in.set.Signers[3], in.set.Signers[5], in.set.Signers[6]}
		if len(got) != len(want) {
			t.Fatalf("recovered %d signers, want %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("signer %d: solidity recovered %s, want %s", i, got[i], want[i])
			}
		}
	})

	t.Run("signed quote recovers on chain", func(t *testing.T) {
		key := chain.Keys[0]
		q := oracle.Quote{
			Provider: chain.Addr(0), MachineID: crypto.Keccak256Hash([]byte("m")), GPUCount: 8,
			USDPerSecond: big.NewInt(2_500), MaxDuration: 3600, Expiry: 1_900_000_000, Nonce: big.NewInt(1),
		}
		digest, err := q.Digest(escrow)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := oracle.SignDigest(key, digest)
		if err != nil {
			t.Fatal(err)
		}
		got := chain.Call(t, probe, escrowAddr, "recoverAll", [32]byte(digest), sig)[0].([]common.Address)
		if len(got) != 1 || got[0] != q.Provider {
			t.Fatalf("solidity recovered %v, want the provider %s", got, q.Provider)
		}
	})
}
