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
	escrowAddr := chain.Deploy(t, chain.Keys[0], probe, oracle.LeaseEscrowDomainName, oracle.LeaseEscrowDomainVersion)
	quorumAddr := chain.Deploy(t, chain.Keys[0], probe, oracle.AttestationQuorumDomainName, oracle.DomainVersion)
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
		q := g.quote()
		got, err := q.Digest(escrow)
		if err != nil {
			t.Fatal(err)
		}
		want := call(escrowAddr, "quoteDigest", toSolQuote(q))
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
				want = call(quorumAddr, "slashHash", p.Offender, uint8(p.Role), uint8(p.Offence), p.Amount, p.Renter, p.RenterBps, reporters)
			case oracle.RewardRoot:
				want = call(quorumAddr, "rewardRootHash", p.Epoch, [32]byte(p.Root), p.CumulativeTotal)
			case oracle.GridPrice:
				want = call(quorumAddr, "gridPriceHash", p.Price, p.ObservedAt)
			case oracle.HardwareVerification:
				ids := make([][32]byte, len(p.GPUIDs))
				for j, id := range p.GPUIDs {
					ids[j] = id
				}
				want = call(quorumAddr, "hardwareVerificationHash", [32]byte(p.MachineID), p.GPUClass, p.GPUCount, ids, p.VerifiedAt, p.ExpiresAt)
			case oracle.SolanaDepositRelease:
				want = call(quorumAddr, "solanaDepositReleaseHash", [32]byte(p.DepositID), uint8(p.Mint), p.Amount, p.Recipient)
			case oracle.SolanaDepositRefund:
				want = call(quorumAddr, "solanaDepositRefundHash", [32]byte(p.DepositID), uint8(p.Mint), p.Amount, p.RefundAccount, uint8(p.Reason))
			case oracle.SolanaOutboundReturn:
				want = call(quorumAddr, "solanaOutboundReturnHash", p.OutboundID, uint8(p.Reason))
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

	t.Run("solana deposit id", func(t *testing.T) {
		for range 5 {
			cluster, sig := g.hash(), [64]byte{}
			g.r.Read(sig[:])
			index := uint16(g.r.Uint32())
			got, err := oracle.SolanaDepositID(cluster, sig, index)
			if err != nil {
				t.Fatal(err)
			}
			if want := call(quorumAddr, "solanaDepositId", [32]byte(cluster), [32]byte(sig[:32]), [32]byte(sig[32:]), index); got != want {
				t.Fatalf("deposit id: go %s, Attestations.sol %s", got, want)
			}
		}
	})

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
			USDPerSecondWad: big.NewInt(22_222_222_222_222), MaxDuration: 3600, Expiry: 1_900_000_000, Nonce: big.NewInt(1),
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

// solQuote is TypedDataProbe.Quote as go-ethereum's ABI packer reads a tuple.
type solQuote struct {
	Provider        common.Address
	MachineId       [32]byte
	GpuCount        uint32
	UsdPerSecondWad *big.Int
	MinDuration     uint64
	MaxDuration     uint64
	Expiry          uint64
	Nonce           *big.Int
	Renter          common.Address
	SingleUse       bool
}

func toSolQuote(q oracle.Quote) solQuote {
	return solQuote{q.Provider, q.MachineID, q.GPUCount, q.USDPerSecondWad, q.MinDuration, q.MaxDuration, q.Expiry,
		q.Nonce, q.Renter, q.SingleUse}
}
