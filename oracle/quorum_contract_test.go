package oracle_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

// TestAttestationsVerifyOnQuorum is the definitive check of the attestation side: the real AttestationQuorum
// (from its generated bindings, deployed and driven through oracle/chain's Submitter) computes the same
// digest as Go for every payload kind, accepts signatures made and packed in Go, rejects too few with its
// NotEnoughSignatures error decoded by name, consumes an attestation once and refuses it a second time.
func TestAttestationsVerifyOnQuorum(t *testing.T) {
	const inspectorCount, threshold = 5, 3
	c := chaintest.New(t, 1+inspectorCount)
	c.AutoMine(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	gridABI, stakingABI, quorumABI := mustABI(t, &gridtoken.GridTokenMetaData), mustABI(t, &staking.StakingMetaData), mustABI(t, &quorum.AttestationQuorumMetaData)
	decoder := chain.NewErrorDecoder(gridABI, stakingABI, quorumABI)
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	owner := keys.NewSigner(c.Keys[0])
	sub, err := chain.NewSubmitter(cfg, c.Client, owner, c.ChainID, decoder, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	if err != nil {
		t.Fatal(err)
	}
	submit := func(label string, to *common.Address, data []byte) {
		t.Helper()
		if _, err := sub.Submit(ctx, chain.TxRequest{Label: label, To: to, Data: data}); err != nil {
			t.Fatal(err)
		}
	}
	deploy := func(meta *bind.MetaData, args []byte) common.Address {
		t.Helper()
		rcpt, err := sub.Submit(ctx, chain.TxRequest{Label: "deploy " + meta.ID, Data: append(common.FromHex(meta.Bin), args...)})
		if err != nil {
			t.Fatal(err)
		}
		return rcpt.ContractAddress
	}
	call := func(to common.Address, data []byte) ([]byte, error) {
		return chain.Call(ctx, c.Client, decoder, ethereum.CallMsg{To: &to, Data: data}, nil)
	}

	grid, stk, q := gridtoken.NewGridToken(), staking.NewStaking(), quorum.NewAttestationQuorum()
	minStake := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	gridAddr := deploy(&gridtoken.GridTokenMetaData, grid.PackConstructor(owner.Address(), new(big.Int).Mul(minStake, big.NewInt(100))))
	stakingAddr := deploy(&staking.StakingMetaData, stk.PackConstructor(gridAddr, owner.Address(), 7*24*3600, minStake))
	// v2: the signer-set delay must be nonzero, and a set applies only once the quorum is wired in Staking.
	quorumAddr := deploy(&quorum.AttestationQuorumMetaData, q.PackConstructor(owner.Address(), stakingAddr, 1))
	submit("setQuorum", &stakingAddr, stk.PackSetQuorum(quorumAddr))

	// Stake for every inspector. Send pipelines the transactions (consecutive nonces) and waits once.
	inspectorKeys := slices.Clone(c.Keys[1:])
	slices.SortFunc(inspectorKeys, func(a, b *ecdsa.PrivateKey) int {
		return bytes.Compare(crypto.PubkeyToAddress(a.PublicKey).Bytes(), crypto.PubkeyToAddress(b.PublicKey).Bytes())
	})
	var signers []common.Address
	for _, k := range inspectorKeys {
		signers = append(signers, crypto.PubkeyToAddress(k.PublicKey))
	}
	submit("approve", &gridAddr, grid.PackApprove(stakingAddr, new(big.Int).Mul(minStake, big.NewInt(inspectorCount))))
	var pending []*chain.PendingTx
	for _, s := range signers {
		p, err := sub.Send(ctx, chain.TxRequest{Label: "stakeFor", To: &stakingAddr, Data: stk.PackStakeFor(s, uint8(oracle.RoleInspector), minStake)})
		if err != nil {
			t.Fatal(err)
		}
		pending = append(pending, p)
	}
	for _, p := range pending {
		if _, err := sub.Wait(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	submit("proposeSignerSet", &quorumAddr, q.PackProposeSignerSet(signers, threshold))
	c.AdjustTime(t, 2*time.Second)
	submit("applySignerSet", &quorumAddr, q.PackApplySignerSet())

	out, err := call(quorumAddr, q.PackSignerSet())
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := q.UnpackSignerSet(out)
	if err != nil {
		t.Fatal(err)
	}
	set := oracle.SignerSet{Version: onChain.Version, Threshold: onChain.Threshold, Signers: onChain.Signers}
	if err := set.Validate(); err != nil || !slices.Equal(set.Signers, signers) {
		t.Fatalf("on-chain signer set %+v (%v)", set, err)
	}
	domain := oracle.AttestationDomain(c.ChainID, quorumAddr)
	target := owner.Address() // consume is called by the owner account here, so it is the target

	g := randomizer{r: newRand(11)}
	for i, pc := range g.payloads() {
		t.Run(pc.name, func(t *testing.T) {
			att, err := oracle.NewAttestation(target, crypto.Keccak256Hash([]byte(pc.name)), set.Version, pc.payload)
			if err != nil {
				t.Fatal(err)
			}
			digest, err := att.Digest(domain)
			if err != nil {
				t.Fatal(err)
			}
			out, err := call(quorumAddr, q.PackAttestationDigest(target, uint8(att.Kind), att.ID, att.PayloadHash))
			if err != nil {
				t.Fatal(err)
			}
			if want, _ := q.UnpackAttestationDigest(out); common.Hash(want) != digest {
				t.Fatalf("digest: go %s, AttestationQuorum %x", digest, want)
			}

			// Inspectors sign in some order; the collector packs the threshold ascending.
			col, err := oracle.NewCollector(domain, att, set)
			if err != nil {
				t.Fatal(err)
			}
			var sigs [][]byte
			for j := range inspectorKeys {
				k := inspectorKeys[(i+j)%len(inspectorKeys)]
				sig, err := keys.NewSigner(k).SignDigest(ctx, digest)
				if err != nil {
					t.Fatal(err)
				}
				if _, _, err := col.Add(sig); err != nil {
					t.Fatal(err)
				}
				sigs = append(sigs, sig)
				if j == threshold-2 {
					// One short: the collector refuses to pack, and the quorum agrees.
					if _, err := col.Pack(); !errors.Is(err, oracle.ErrNotEnoughSignatures) {
						t.Fatalf("pack below threshold: %v", err)
					}
					_, err := call(quorumAddr, q.PackVerify(target, uint8(att.Kind), att.ID, att.PayloadHash, bytes.Join(sigs, nil)))
					var re *chain.RevertError
					if !errors.As(err, &re) || re.Name != "NotEnoughSignatures" || re.Error() != "NotEnoughSignatures(have=2, need=3)" {
						t.Fatalf("verify below threshold: %v", err)
					}
				}
			}
			packed, err := col.Pack()
			if err != nil {
				t.Fatal(err)
			}
			out, err = call(quorumAddr, q.PackVerify(target, uint8(att.Kind), att.ID, att.PayloadHash, packed))
			if err != nil {
				t.Fatalf("quorum rejected Go signatures: %v", err)
			}
			if n, _ := q.UnpackVerify(out); n.Int64() != threshold {
				t.Fatalf("quorum counted %s signatures, want %d", n, threshold)
			}

			consume := chain.TxRequest{Label: "consume", To: &quorumAddr, Data: q.PackConsume(uint8(att.Kind), att.ID, att.PayloadHash, packed)}
			if _, err := sub.Submit(ctx, consume); err != nil {
				t.Fatal(err)
			}
			_, err = sub.Submit(ctx, consume)
			if !chain.IsRevert(err, "AttestationAlreadyConsumed") {
				t.Fatalf("second consume: err = %v, want AttestationAlreadyConsumed", err)
			}
		})
	}
}

func mustABI(t *testing.T, m *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := m.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
