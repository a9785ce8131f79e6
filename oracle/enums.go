package oracle

import (
	"fmt"
	"strings"

	"github.com/idlegrid/idlegrid/oracle/amount"
)

// The contracts' enums, named once: every node, the indexer, its API and the CLI's --json spell them with
// these String methods (snake_case identifiers, stable for programs), and read them back with the Parse
// functions.

// kindNames are the attestation kinds' names, by Kind.
var kindNames = map[Kind]string{
	KindBreach: "breach", KindCompletion: "completion", KindSlash: "slash", KindRewardRoot: "reward_root",
	KindGridPrice: "grid_price", KindHardwareVerification: "hardware_verification", KindSolanaDeposit: "solana_deposit",
	KindSolanaOutboundReturn: "solana_outbound_return",
}

func (k Kind) String() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return fmt.Sprintf("kind-%d", uint8(k))
}

// Kinds lists the attestation kinds the contracts know, in order.
func Kinds() []Kind {
	return []Kind{KindBreach, KindCompletion, KindSlash, KindRewardRoot, KindGridPrice, KindHardwareVerification,
		KindSolanaDeposit, KindSolanaOutboundReturn}
}

// ParseKind reads a kind's name ("breach", "reward_root").
func ParseKind(s string) (Kind, error) {
	for k, n := range kindNames {
		if n == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("unknown attestation kind %q: use one of %s", s, joinNames(Kinds()))
}

func (r Role) String() string {
	switch r {
	case RoleProvider:
		return "provider"
	case RoleInspector:
		return "inspector"
	}
	return fmt.Sprintf("role-%d", uint8(r))
}

// Roles lists the stake pools.
func Roles() []Role { return []Role{RoleProvider, RoleInspector} }

// ParseRole reads "provider" or "inspector" (any case).
func ParseRole(s string) (Role, error) {
	for _, r := range Roles() {
		if strings.EqualFold(strings.TrimSpace(s), r.String()) {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown role %q: use provider or inspector", s)
}

func (k SlashKind) String() string {
	switch k {
	case SlashDowntime:
		return "downtime"
	case SlashFraud:
		return "fraud"
	}
	return fmt.Sprintf("slash-kind-%d", uint8(k))
}

// SlashKinds lists the slash kinds, in IStaking.SlashKind's order.
func SlashKinds() []SlashKind { return []SlashKind{SlashDowntime, SlashFraud} }

// ParseSlashKind reads "downtime" or "fraud" (any case).
func ParseSlashKind(s string) (SlashKind, error) {
	for _, k := range SlashKinds() {
		if strings.EqualFold(strings.TrimSpace(s), k.String()) {
			return k, nil
		}
	}
	return 0, fmt.Errorf("unknown slash kind %q: use downtime or fraud", s)
}

func (m SolanaMint) String() string {
	switch m {
	case SolanaMintGRID:
		return "GRID"
	case SolanaMintUSDC:
		return "USDC"
	}
	return fmt.Sprintf("mint-%d", uint8(m))
}

// SolanaMints lists the gateway's mints.
func SolanaMints() []SolanaMint { return []SolanaMint{SolanaMintGRID, SolanaMintUSDC} }

// ParseSolanaMint reads "GRID" or "USDC" (any case).
func ParseSolanaMint(s string) (SolanaMint, error) {
	for _, m := range SolanaMints() {
		if strings.EqualFold(strings.TrimSpace(s), m.String()) {
			return m, nil
		}
	}
	return 0, fmt.Errorf("unknown Solana mint %q: use GRID or USDC", s)
}

var refundReasonNames = map[RefundReason]string{
	RefundMalformedMemo: "malformed_memo", RefundRecipientUnusable: "recipient_unusable", RefundAboveCap: "above_cap",
	RefundReserveShort: "reserve_short", RefundNoPrice: "no_price", RefundTooSmall: "too_small",
}

func (r RefundReason) String() string {
	if n, ok := refundReasonNames[r]; ok {
		return n
	}
	return fmt.Sprintf("refund-reason-%d", uint8(r))
}

// RefundReasons lists the refund reasons, by code.
func RefundReasons() []RefundReason {
	return []RefundReason{RefundMalformedMemo, RefundRecipientUnusable, RefundAboveCap, RefundReserveShort,
		RefundNoPrice, RefundTooSmall}
}

// ParseRefundReason reads a refund reason's name ("above_cap").
func ParseRefundReason(s string) (RefundReason, error) {
	for _, r := range RefundReasons() {
		if s == r.String() {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown refund reason %q: use one of %s", s, joinNames(RefundReasons()))
}

func (r ReturnReason) String() string {
	switch r {
	case ReturnRecipientUnusable:
		return "recipient_unusable"
	case ReturnVaultShort:
		return "vault_short"
	}
	return fmt.Sprintf("return-reason-%d", uint8(r))
}

// ReturnReasons lists the outbound return reasons, by code.
func ReturnReasons() []ReturnReason { return []ReturnReason{ReturnRecipientUnusable, ReturnVaultShort} }

// ParseReturnReason reads a return reason's name ("vault_short").
func ParseReturnReason(s string) (ReturnReason, error) {
	for _, r := range ReturnReasons() {
		if s == r.String() {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown return reason %q: use one of %s", s, joinNames(ReturnReasons()))
}

// PayToken is a token leases are paid in, ILeaseEscrow.PayToken.
type PayToken uint8

// The two pay tokens: the USD stablecoin (MockUSD on dev chains) and GRID (converted at the oracle's rate,
// lower fee).
const (
	PayUSD  PayToken = 0
	PayGRID PayToken = 1
)

// PayTokens lists the pay tokens.
func PayTokens() []PayToken { return []PayToken{PayUSD, PayGRID} }

// ParsePayToken reads "usd" or "grid" (any case).
func ParsePayToken(s string) (PayToken, error) {
	for _, p := range PayTokens() {
		if strings.EqualFold(strings.TrimSpace(s), p.String()) {
			return p, nil
		}
	}
	return 0, fmt.Errorf("unknown token %q: use usd or grid", s)
}

func (p PayToken) String() string {
	switch p {
	case PayUSD:
		return "USD"
	case PayGRID:
		return "GRID"
	}
	return fmt.Sprintf("token-%d", uint8(p))
}

// Unit is the token's display symbol and its default decimals (a deployment's own may differ: the CLI asks
// the token contract).
func (p PayToken) Unit() amount.Token {
	if p == PayGRID {
		return amount.GRID
	}
	return amount.USD
}

// LeaseStatus is ILeaseEscrow.LeaseStatus.
type LeaseStatus uint8

// Lease statuses. Open: running, or past its end and not yet settled. Closed: stopped and the renter's refund
// paid, the provider's pay and the fee held through the dispute window (a breach may still bill it less).
// Settled: the pay credited to the provider and the fee to the fees; final.
const (
	LeaseNone    LeaseStatus = 0
	LeaseOpen    LeaseStatus = 1
	LeaseClosed  LeaseStatus = 2
	LeaseSettled LeaseStatus = 3
)

// LeaseStatuses lists the lease statuses, in ILeaseEscrow.LeaseStatus's order.
func LeaseStatuses() []LeaseStatus {
	return []LeaseStatus{LeaseNone, LeaseOpen, LeaseClosed, LeaseSettled}
}

// ParseLeaseStatus reads a status's name ("settled").
func ParseLeaseStatus(s string) (LeaseStatus, error) {
	for _, st := range LeaseStatuses() {
		if s == st.String() {
			return st, nil
		}
	}
	return 0, fmt.Errorf("unknown lease status %q: use one of %s", s, joinNames(LeaseStatuses()))
}

func (s LeaseStatus) String() string {
	switch s {
	case LeaseNone:
		return "none"
	case LeaseOpen:
		return "open"
	case LeaseClosed:
		return "closed"
	case LeaseSettled:
		return "settled"
	}
	return fmt.Sprintf("status-%d", uint8(s))
}

// CloseReason is ILeaseEscrow.CloseReason.
type CloseReason uint8

// Why a lease closed.
const (
	CloseExpired       CloseReason = 0
	CloseRenterClosed  CloseReason = 1
	CloseProviderEnded CloseReason = 2
	CloseBreached      CloseReason = 3
)

// CloseReasons lists the close reasons, in the contract's order.
func CloseReasons() []CloseReason {
	return []CloseReason{CloseExpired, CloseRenterClosed, CloseProviderEnded, CloseBreached}
}

func (r CloseReason) String() string {
	switch r {
	case CloseExpired:
		return "expired"
	case CloseRenterClosed:
		return "renter_closed"
	case CloseProviderEnded:
		return "provider_ended"
	case CloseBreached:
		return "breached"
	}
	return fmt.Sprintf("reason-%d", uint8(r))
}

// Describe says in words what the reason means, for people.
func (r CloseReason) Describe() string {
	switch r {
	case CloseExpired:
		return "the prepaid time ran out"
	case CloseRenterClosed:
		return "the renter closed it"
	case CloseProviderEnded:
		return "the provider ended it"
	case CloseBreached:
		return "the inspectors attested a breach"
	}
	return r.String()
}

func joinNames[T fmt.Stringer](vs []T) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.String()
	}
	return strings.Join(names, ", ")
}
