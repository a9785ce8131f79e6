package oracle

import "testing"

// TestEnumsRoundTrip: every enum value parses back from its one spelling, and the spellings are the ones the
// API filters and --json outputs use.
func TestEnumsRoundTrip(t *testing.T) {
	for _, k := range Kinds() {
		if got, err := ParseKind(k.String()); err != nil || got != k || !k.Valid() {
			t.Errorf("kind %d: %q parses to %d, %v", k, k, got, err)
		}
	}
	for _, r := range Roles() {
		if got, err := ParseRole(r.String()); err != nil || got != r {
			t.Errorf("role %d: %q parses to %d, %v", r, r, got, err)
		}
	}
	for _, p := range PayTokens() {
		if got, err := ParsePayToken(p.String()); err != nil || got != p {
			t.Errorf("pay token %d: %q parses to %d, %v", p, p, got, err)
		}
	}
	for _, st := range LeaseStatuses() {
		if got, err := ParseLeaseStatus(st.String()); err != nil || got != st {
			t.Errorf("lease status %d: %q parses to %d, %v", st, st, got, err)
		}
	}
	for _, k := range SlashKinds() {
		if got, err := ParseSlashKind(k.String()); err != nil || got != k || !k.Valid() {
			t.Errorf("slash kind %d: %q parses to %d, %v", k, k, got, err)
		}
	}
	for _, m := range SolanaMints() {
		if got, err := ParseSolanaMint(m.String()); err != nil || got != m || !m.Valid() {
			t.Errorf("mint %d: %q parses to %d, %v", m, m, got, err)
		}
	}
	for i, r := range RefundReasons() {
		if got, err := ParseRefundReason(r.String()); err != nil || got != r || !r.Valid() || int(r) != i+1 {
			t.Errorf("refund reason %d: %q parses to %d, %v", r, r, got, err)
		}
	}
	for i, r := range ReturnReasons() {
		if got, err := ParseReturnReason(r.String()); err != nil || got != r || !r.Valid() || int(r) != i+1 {
			t.Errorf("return reason %d: %q parses to %d, %v", r, r, got, err)
		}
	}
	want := map[string]string{
		KindRewardRoot.String(): "reward_root", KindGridPrice.String(): "grid_price", CloseRenterClosed.String(): "renter_closed",
		CloseProviderEnded.String(): "provider_ended", CloseExpired.String(): "expired", CloseBreached.String(): "breached",
		RoleInspector.String(): "inspector", LeaseOpen.String(): "open", LeaseClosed.String(): "closed", PayGRID.String(): "GRID",
		LeaseSettled.String(): "settled", KindHardwareVerification.String(): "hardware_verification",
		KindSolanaDeposit.String(): "solana_deposit", KindSolanaOutboundReturn.String(): "solana_outbound_return",
		SlashDowntime.String(): "downtime", SlashFraud.String(): "fraud", RefundAboveCap.String(): "above_cap",
		ReturnVaultShort.String(): "vault_short",
	}
	for got, w := range want {
		if got != w {
			t.Errorf("spelled %q, want %q", got, w)
		}
	}
	if len(LeaseStatuses()) != 4 || LeaseStatuses()[3] != LeaseSettled || LeaseSettled != 3 {
		t.Errorf("lease statuses %v: not in ILeaseEscrow.LeaseStatus's order", LeaseStatuses())
	}
	if len(Kinds()) != 8 {
		t.Errorf("kinds %v: the contracts know 8", Kinds())
	}
	if len(CloseReasons()) != 4 || CloseReasons()[3] != CloseBreached {
		t.Errorf("close reasons %v: not in ILeaseEscrow.CloseReason's order", CloseReasons())
	}
	for _, bad := range []string{"", "Breach ", "reward-root"} {
		if _, err := ParseKind(bad); err == nil {
			t.Errorf("kind %q accepted", bad)
		}
	}
	if _, err := ParseRole("renter"); err == nil {
		t.Error("role renter accepted")
	}
	if _, err := ParsePayToken("eth"); err == nil {
		t.Error("pay token eth accepted")
	}
	if Kind(9).String() != "kind-9" || CloseReason(7).String() != "reason-7" {
		t.Errorf("unknown values: %s, %s", Kind(9), CloseReason(7))
	}
}
