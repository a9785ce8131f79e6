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
	want := map[string]string{
		KindRewardRoot.String(): "reward_root", KindGridPrice.String(): "grid_price", CloseRenterClosed.String(): "renter_closed",
		CloseProviderEnded.String(): "provider_ended", CloseExpired.String(): "expired", CloseBreached.String(): "breached",
		RoleInspector.String(): "inspector", LeaseOpen.String(): "open", LeaseClosed.String(): "closed", PayGRID.String(): "GRID",
	}
	for got, w := range want {
		if got != w {
			t.Errorf("spelled %q, want %q", got, w)
		}
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
