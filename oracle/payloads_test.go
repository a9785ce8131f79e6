package oracle_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// TestV2Kinds: the quorum's kinds 6 to 8 are valid attestation kinds (v1 knew 1 to 5), and each kind names
// its consumer: completions go to the LeaseJournal and hardware verifications to the NodeRegistry.
func TestV2Kinds(t *testing.T) {
	for _, k := range []oracle.Kind{oracle.KindHardwareVerification, oracle.KindSolanaDeposit, oracle.KindSolanaOutboundReturn} {
		if !k.Valid() {
			t.Errorf("kind %d (%s) invalid", k, k)
		}
	}
	if oracle.Kind(9).Valid() || oracle.Kind(0).Valid() {
		t.Error("kind 0 or 9 valid")
	}
	c := deployment.Contracts{
		LeaseEscrow: common.Address{1}, LeaseJournal: common.Address{2}, Staking: common.Address{3},
		Rewards: common.Address{4}, GridPriceOracle: common.Address{5}, NodeRegistry: common.Address{6},
		SolanaGateway: common.Address{7},
	}
	want := map[oracle.Kind]common.Address{
		oracle.KindBreach: c.LeaseEscrow, oracle.KindCompletion: c.LeaseJournal, oracle.KindSlash: c.Staking,
		oracle.KindRewardRoot: c.Rewards, oracle.KindGridPrice: c.GridPriceOracle,
		oracle.KindHardwareVerification: c.NodeRegistry, oracle.KindSolanaDeposit: c.SolanaGateway,
		oracle.KindSolanaOutboundReturn: c.SolanaGateway,
	}
	for _, k := range oracle.Kinds() {
		got, err := k.Target(c)
		if err != nil || got != want[k] {
			t.Errorf("%s: target %s (%v), want %s", k, got, err, want[k])
		}
	}
	if _, err := oracle.Kind(9).Target(c); !errors.Is(err, oracle.ErrInvalidAttestation) {
		t.Errorf("kind 9 target: %v", err)
	}
}

// TestSlashValidate: NewAttestation refuses a slash Staking would refuse (v1 signed any reporter order, and
// had no kind), naming the field.
func TestSlashValidate(t *testing.T) {
	r1, r2 := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	good := oracle.Slash{
		Offender: common.Address{9}, Role: oracle.RoleProvider, Offence: oracle.SlashFraud, Amount: big.NewInt(1),
		Renter: common.Address{8}, RenterBps: oracle.MaxSlashRenterBps, Reporters: []common.Address{r1, r2},
	}
	many := make([]common.Address, oracle.MaxSlashReporters+1)
	for i := range many {
		many[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
	}
	tests := []struct {
		name   string
		mutate func(*oracle.Slash)
		field  string
	}{
		{"descending reporters", func(s *oracle.Slash) { s.Reporters = []common.Address{r2, r1} }, "reporters[1]"},
		{"reporter twice", func(s *oracle.Slash) { s.Reporters = []common.Address{r1, r1} }, "reporters[1]"},
		{"zero reporter", func(s *oracle.Slash) { s.Reporters = []common.Address{{}} }, "reporters[0]"},
		{"too many reporters", func(s *oracle.Slash) { s.Reporters = many }, "reporters"},
		{"unknown kind", func(s *oracle.Slash) { s.Offence = 2 }, "slash kind"},
		{"unknown role", func(s *oracle.Slash) { s.Role = 2 }, "slash role"},
		{"zero amount", func(s *oracle.Slash) { s.Amount = big.NewInt(0) }, "slash amount"},
		{"renter share too high", func(s *oracle.Slash) { s.RenterBps = oracle.MaxSlashRenterBps + 1 }, "renterBps"},
		{"share without renter", func(s *oracle.Slash) { s.Renter = common.Address{} }, "slash renter"},
		{"zero offender", func(s *oracle.Slash) { s.Offender = common.Address{} }, "slash offender"},
	}
	if _, err := oracle.NewAttestation(common.Address{1}, common.Hash{1}, 1, good); err != nil {
		t.Fatalf("valid slash: %v", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := good
			tc.mutate(&s)
			_, err := oracle.NewAttestation(common.Address{1}, common.Hash{1}, 1, s)
			if !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want ErrInvalidValue naming %q", err, tc.field)
			}
		})
	}
	unsorted := []common.Address{r2, r1}
	oracle.SortReporters(unsorted)
	if unsorted[0] != r1 {
		t.Errorf("SortReporters: %v", unsorted)
	}
	// The kind is part of the signed payload: a downtime slash's signatures cannot serve a fraud slash.
	downtime := good
	downtime.Offence = oracle.SlashDowntime
	a, _ := good.Hash()
	b, _ := downtime.Hash()
	if a == b {
		t.Error("fraud and downtime slashes hash alike")
	}
}

// TestHardwareVerification: GPU ids are keccak256 of the UUID strings, sorted ascending whatever order NVML
// listed them in; the payload is refused, naming the field, where NodeRegistry would refuse it.
func TestHardwareVerification(t *testing.T) {
	uuids := []string{"GPU-c", "GPU-a", "GPU-b"}
	ids, err := oracle.GPUIDs(uuids)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(ids); i++ {
		if ids[i-1].Big().Cmp(ids[i].Big()) >= 0 {
			t.Fatalf("ids not ascending: %v", ids)
		}
	}
	for _, u := range uuids {
		found := false
		for _, id := range ids {
			found = found || id == oracle.GPUID(u)
		}
		if !found {
			t.Fatalf("%s's id missing", u)
		}
	}
	if _, err := oracle.GPUIDs([]string{"GPU-a", "GPU-a"}); !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), "uuids[1]") {
		t.Errorf("repeated uuid: %v", err)
	}
	if _, err := oracle.GPUIDs([]string{""}); !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), "uuids[0]") {
		t.Errorf("empty uuid: %v", err)
	}

	machine := common.Hash{1}
	good, err := oracle.NewHardwareVerification(machine, "H100", uuids, 100, 200)
	if err != nil {
		t.Fatal(err)
	}
	if good.GPUCount != 3 || string(good.GPUClass[:4]) != "H100" || good.GPUClass[4] != 0 {
		t.Fatalf("payload %+v", good)
	}
	if _, err := oracle.NewAttestation(common.Address{1}, common.Hash{1}, 1, good); err != nil {
		t.Fatalf("valid verification: %v", err)
	}
	if _, err := oracle.NewHardwareVerification(machine, "", uuids, 100, 200); err == nil || !strings.Contains(err.Error(), "gpuClass") {
		t.Errorf("empty class: %v", err)
	}
	tooMany := make([]string, oracle.MaxGPUsPerMachine+1)
	for i := range tooMany {
		tooMany[i] = "GPU-" + string(rune('A'+i))
	}
	if _, err := oracle.NewHardwareVerification(machine, "H100", tooMany, 100, 200); !errors.Is(err, oracle.ErrInvalidValue) {
		t.Errorf("33 GPUs: %v", err)
	}

	tests := []struct {
		name   string
		mutate func(*oracle.HardwareVerification)
		field  string
	}{
		{"zero machine", func(v *oracle.HardwareVerification) { v.MachineID = common.Hash{} }, "machineId"},
		{"zero class", func(v *oracle.HardwareVerification) { v.GPUClass = [32]byte{} }, "gpuClass"},
		{"count above ids", func(v *oracle.HardwareVerification) { v.GPUCount = 4 }, "gpuIds"},
		{"zero count", func(v *oracle.HardwareVerification) { v.GPUCount, v.GPUIDs = 0, nil }, "gpuCount"},
		{"descending ids", func(v *oracle.HardwareVerification) {
			v.GPUIDs = []common.Hash{v.GPUIDs[2], v.GPUIDs[1], v.GPUIDs[0]}
		}, "gpuIds[1]"},
		{"repeated id", func(v *oracle.HardwareVerification) {
			v.GPUIDs = []common.Hash{v.GPUIDs[0], v.GPUIDs[0], v.GPUIDs[1]}
		}, "gpuIds[1]"},
		{"expires at verification", func(v *oracle.HardwareVerification) { v.ExpiresAt = v.VerifiedAt }, "expiresAt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := good
			v.GPUIDs = append([]common.Hash(nil), good.GPUIDs...)
			tc.mutate(&v)
			_, err := oracle.NewAttestation(common.Address{1}, common.Hash{1}, 1, v)
			if !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want ErrInvalidValue naming %q", err, tc.field)
			}
		})
	}
}

// TestSolanaVectors: the gateway's encodings match the vectors test_vectors_forGo asserts in Solidity
// (contracts/test/SolanaGateway.t.sol) and the full digest computed with cast (/work/notes/abi-gateway.md).
func TestSolanaVectors(t *testing.T) {
	var sig [64]byte
	for i := range sig {
		sig[i] = byte(i + 1)
	}
	cluster := common.HexToHash("0x45296998a6f8e2a784db5d9f95e18fc23f70441a1039446801089879b08c7ef0")
	id, err := oracle.SolanaDepositID(cluster, sig, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToHash("0x22194526a5ede1bb569b369d8ef563dcc3b2a7de00e16966192eaad6efa59af5"); id != want {
		t.Fatalf("deposit id %s, want %s", id, want)
	}
	var refundAccount [32]byte
	for i := range refundAccount {
		refundAccount[i] = byte(0x41 + i)
	}
	release := oracle.SolanaDepositRelease{
		DepositID: id, Mint: oracle.SolanaMintUSDC, Amount: 1_000_000_000,
		Recipient: common.HexToAddress("0x1111111111111111111111111111111111111111"),
	}
	typehashes := map[string]struct{ got, want common.Hash }{
		"release": {oracle.SolanaDepositReleaseTypeHash, common.HexToHash("0x30c6de564d934d7118dcce2539b6bf4069a86a132d449be9d618d576f6453ee7")},
		"refund":  {oracle.SolanaDepositRefundTypeHash, common.HexToHash("0x2a209fd502e217c2892fdb79b40d3cc118d65647f2976cfe76f05fa18f9bd7ba")},
		"return":  {oracle.SolanaOutboundReturnTypeHash, common.HexToHash("0x1d15ecf4068eb51a2f99096e91e25c6fcc204e3c2b6ec68b7df950f5097b6523")},
	}
	for name, h := range typehashes {
		if h.got != h.want {
			t.Errorf("%s typehash %s, want %s", name, h.got, h.want)
		}
	}
	payloads := []struct {
		name string
		p    oracle.Payload
		want string
	}{
		{"release", release, "0x4f9c3ad0b4621af6429e20f08482d35aec378e275192e541c13a9de179f8ee6d"},
		{"refund", oracle.SolanaDepositRefund{DepositID: id, Mint: oracle.SolanaMintGRID, Amount: 5_000_000_000,
			RefundAccount: refundAccount, Reason: oracle.RefundMalformedMemo}, "0xd1b947470e85741dd6f81c640ec6a9d9f39602d0b6165942e90bfd7b7f95146e"},
		{"return", oracle.SolanaOutboundReturn{OutboundID: 7, Reason: oracle.ReturnRecipientUnusable},
			"0xec92b9327b4632b56eaeee98ce522fc75dabaaf8bc36463c360e316901cb9ddd"},
	}
	for _, tc := range payloads {
		got, err := tc.p.Hash()
		if err != nil || got != common.HexToHash(tc.want) {
			t.Errorf("%s payload %s (%v), want %s", tc.name, got, err, tc.want)
		}
	}
	if got := oracle.SolanaOutboundID(7); got != common.BigToHash(big.NewInt(7)) {
		t.Errorf("outbound id %s", got)
	}

	quorum := oracle.AttestationDomain(big.NewInt(31337), common.HexToAddress("0x2222222222222222222222222222222222222222"))
	att, err := oracle.NewAttestation(common.HexToAddress("0x3333333333333333333333333333333333333333"), id, 1, release)
	if err != nil {
		t.Fatal(err)
	}
	sep, _ := quorum.Separator()
	sh, _ := att.StructHash()
	digest, err := att.Digest(quorum)
	if err != nil {
		t.Fatal(err)
	}
	for name, h := range map[string]struct{ got, want common.Hash }{
		"separator":   {sep, common.HexToHash("0x4d40b15b6a3e1b6da881be904c6760b3635e91213c8fb000c75af2dc0f480e08")},
		"struct hash": {sh, common.HexToHash("0x636310468c0bc1b475f7bf1d869f9add3e01b578da7eb2cdb9171ab83d11a97f")},
		"digest":      {digest, common.HexToHash("0x3771f9ad6f9ed15fc7a915231aab0d443a921ab670b4c5ab62ed7ec3eca4ec7c")},
	} {
		if h.got != h.want {
			t.Errorf("%s %s, cast computed %s", name, h.got, h.want)
		}
	}
	if att.Kind != oracle.KindSolanaDeposit {
		t.Errorf("kind %s", att.Kind)
	}
}

// TestSolanaValidate: what the gateway would refuse is refused before signing, naming the field.
func TestSolanaValidate(t *testing.T) {
	if _, err := oracle.SolanaDepositID([32]byte{}, [64]byte{1}, 0); !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), "cluster") {
		t.Errorf("zero cluster: %v", err)
	}
	if _, err := oracle.SolanaDepositID([32]byte{1}, [64]byte{}, 0); !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), "signature") {
		t.Errorf("zero signature: %v", err)
	}
	release := oracle.SolanaDepositRelease{DepositID: common.Hash{1}, Mint: oracle.SolanaMintGRID, Amount: 1, Recipient: common.Address{1}}
	refund := oracle.SolanaDepositRefund{DepositID: common.Hash{1}, Mint: oracle.SolanaMintUSDC, Amount: 1, RefundAccount: [32]byte{1}, Reason: oracle.RefundTooSmall}
	ret := oracle.SolanaOutboundReturn{OutboundID: 1, Reason: oracle.ReturnVaultShort}
	for _, p := range []oracle.Payload{release, refund, ret} {
		if _, err := oracle.NewAttestation(common.Address{1}, common.Hash{1}, 1, p); err != nil {
			t.Errorf("valid %T: %v", p, err)
		}
	}
	bad := []struct {
		name  string
		p     oracle.Payload
		field string
	}{
		{"release zero deposit", func() oracle.Payload { r := release; r.DepositID = common.Hash{}; return r }(), "depositId"},
		{"release mint 3", func() oracle.Payload { r := release; r.Mint = 3; return r }(), "mint"},
		{"release zero amount", func() oracle.Payload { r := release; r.Amount = 0; return r }(), "amount"},
		{"release zero recipient", func() oracle.Payload { r := release; r.Recipient = common.Address{}; return r }(), "recipient"},
		{"refund reason 0", func() oracle.Payload { r := refund; r.Reason = 0; return r }(), "reason"},
		{"refund reason 7", func() oracle.Payload { r := refund; r.Reason = 7; return r }(), "reason"},
		{"refund zero account", func() oracle.Payload { r := refund; r.RefundAccount = [32]byte{}; return r }(), "refundAccount"},
		{"refund mint 0", func() oracle.Payload { r := refund; r.Mint = 0; return r }(), "mint"},
		{"return id 0", oracle.SolanaOutboundReturn{Reason: oracle.ReturnVaultShort}, "outboundId"},
		{"return reason 3", oracle.SolanaOutboundReturn{OutboundID: 1, Reason: 3}, "reason"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := oracle.NewAttestation(common.Address{1}, common.Hash{1}, 1, tc.p)
			if !errors.Is(err, oracle.ErrInvalidValue) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want ErrInvalidValue naming %q", err, tc.field)
			}
		})
	}
}
