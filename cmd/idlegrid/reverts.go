package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// explainV2Revert says, for people, the custom errors protocol v2 added (NodeRegistry, LeaseJournal, the
// dispute window, permits, quotes bound to a renter, the price speed limit, ordered reward roots, slashes and
// governance edges): what happened and what to do. "" for one it does not know or whose arguments are missing,
// and for those a command already explains in its own words with the raw revert kept in the message
// (LeaseNotOpen, NothingToWithdraw, GpusStillReserved).
func explainV2Revert(re *chain.RevertError, c revertContext, num func(string) *big.Int) string {
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := re.Arg(n); !ok {
				return false
			}
		}
		return true
	}
	addr := func(name string) string {
		v, _ := re.Arg(name)
		if a, ok := v.(common.Address); ok {
			return a.Hex()
		}
		return fmt.Sprint(v)
	}
	word := func(name string) [32]byte {
		v, _ := re.Arg(name)
		b, _ := v.([32]byte)
		return b
	}
	machine := func(name string) string {
		w := word(name)
		return short(common.Hash(w).Hex())
	}
	at := func(name string) string {
		if v := num(name); v != nil && v.IsUint64() {
			return when(v.Uint64())
		}
		return "?"
	}
	dur := func(v *big.Int) string {
		if v == nil || !v.IsInt64() {
			return "?"
		}
		return amount.FormatDuration(time.Duration(v.Int64()) * time.Second)
	}
	switch re.Name {
	// ---- LeaseEscrow
	case "QuoteForOtherRenter":
		if !has("renter", "caller") {
			return ""
		}
		return fmt.Sprintf("the quote is for renter %s only, and you are %s: ask the provider for a quote of your own", addr("renter"), addr("caller"))
	case "PermitFailed":
		if !has("allowance", "value") {
			return ""
		}
		return fmt.Sprintf("the token refused the signed permit (allowance %s, permit for %s): it may have expired or been used; run the command again (it signs a new one), or approve the escrow with `idlegrid token approve`",
			amount.Format(num("allowance"), c.token), amount.Format(num("value"), c.token))
	case "DisputeWindowOver":
		if !has("leaseId", "disputeEndsAt") {
			return ""
		}
		return fmt.Sprintf("lease %s's dispute window ended %s: a breach can no longer bill it less", num("leaseId"), at("disputeEndsAt"))
	case "BreachBillsNothingLess":
		if !has("downSince", "billedUntil") {
			return ""
		}
		return fmt.Sprintf("the breach names downtime from %s, but the lease is billed only until %s already: it would refund nothing", at("downSince"), at("billedUntil"))
	case "DownAfterLeaseEnd":
		if !has("downSince", "endedAt") {
			return ""
		}
		return fmt.Sprintf("the breach names downtime from %s, after the lease stopped at %s: nothing of the lease was down", at("downSince"), at("endedAt"))
	case "LeaseEnded":
		if !has("leaseId", "endsAt") {
			return ""
		}
		return fmt.Sprintf("lease %s ended %s: it can no longer be extended; open a new one from a quote", num("leaseId"), at("endsAt"))
	case "MachineNotOwnedByProvider":
		if !has("machineId", "provider", "owner") {
			return ""
		}
		return fmt.Sprintf("machine %s is %s's now, not the quote's provider %s: ask its provider for a new quote", machine("machineId"), addr("owner"), addr("provider"))

	// ---- NodeRegistry
	case "MachineNotVerified":
		if !has("machineId", "verifiedUntil") {
			return ""
		}
		if v := num("verifiedUntil"); v != nil && v.Sign() == 0 {
			return fmt.Sprintf("machine %s cannot be rented: this deployment requires a hardware verification by the inspectors for its class, and it has none yet", machine("machineId"))
		}
		return fmt.Sprintf("machine %s cannot be rented: its hardware verification expired %s; the provider's node must pass the inspectors' checks again", machine("machineId"), at("verifiedUntil"))
	case "InsufficientCollateral":
		if !has("provider") {
			return ""
		}
		who := addr("provider")
		return fmt.Sprintf("provider %s's stake no longer covers its listed machines (slashed or unbonding), so they do not rent: the provider must stake more (idlegrid stake add AMOUNT) or delist machines", who)
	case "MachineNotListed":
		if !has("machineId") {
			return ""
		}
		return fmt.Sprintf("machine %s is not listed (see `idlegrid machine ls`)", machine("machineId"))
	case "MachineAlreadyListed":
		if !has("machineId") {
			return ""
		}
		return fmt.Sprintf("machine %s is listed already: change it with `idlegrid machine update`, or list another --name", machine("machineId"))
	case "MachineOwnedByOther":
		if !has("machineId", "provider") {
			return ""
		}
		return fmt.Sprintf("machine id %s belongs to provider %s: list your machine under another --name", machine("machineId"), addr("provider"))
	case "NotMachineProvider":
		if !has("machineId", "caller") {
			return ""
		}
		return fmt.Sprintf("machine %s is not yours (%s): only its provider may change or delist it", machine("machineId"), addr("caller"))
	case "StringTooLong":
		if !has("length", "max") {
			return ""
		}
		return fmt.Sprintf("a metadata CID or endpoint of %s bytes is too long: the registry stores at most %s", num("length"), num("max"))
	case "TooManyGpus":
		if !has("gpuCount", "max") {
			return ""
		}
		return fmt.Sprintf("%s GPUs is more than one machine may list (at most %s): list it as several machines", num("gpuCount"), num("max"))
	case "NotAnInspector":
		if !has("account") {
			return ""
		}
		return fmt.Sprintf("%s does not hold the inspector minimum: stake it first (idlegrid stake add AMOUNT --role inspector, see `idlegrid stake show --role inspector`), then publish the endpoint", addr("account"))
	case "GpuBacksOtherMachine":
		if !has("gpuId", "otherMachineId") {
			return ""
		}
		return fmt.Sprintf("a GPU of this verification (id %s) already backs machine %s until its verification there expires: one physical GPU cannot back two machines", short(common.Hash(word("gpuId")).Hex()), machine("otherMachineId"))
	case "GpuIdsNotAscending":
		if !has("index") {
			return ""
		}
		return fmt.Sprintf("the verification's GPU ids must be sorted strictly ascending, each once: id %s is out of order or repeated", num("index"))
	case "InvalidVerificationTimes":
		if !has("verifiedAt", "expiresAt", "maxTtl") {
			return ""
		}
		return fmt.Sprintf("the verification's times do not fit: verified %s, expires %s; it must be verified by now and expire in the future, at most %s after verification",
			at("verifiedAt"), at("expiresAt"), dur(num("maxTtl")))
	case "VerificationNotNewer":
		if !has("verifiedAt", "current") {
			return ""
		}
		return fmt.Sprintf("the machine already holds a verification from %s, not older than this one (%s): nothing to update", at("current"), at("verifiedAt"))
	case "VerificationMismatch":
		if !has("gpuClass", "gpuCount") {
			return ""
		}
		return fmt.Sprintf("the verification proves %s × %s, which is not what machine %s lists: the inspectors verify the listed class and count", num("gpuCount"), gpuclass.Name(word("gpuClass")), machine("machineId"))

	// ---- LeaseJournal
	case "JobAlreadySet":
		if !has("leaseId") {
			return ""
		}
		return fmt.Sprintf("lease %s's job is named already (at open or earlier): it cannot change", num("leaseId"))
	case "ZeroJob":
		return "the zero digest names no job: give the job spec's CID"
	case "CompletionAlreadyRecorded":
		if !has("leaseId") {
			return ""
		}
		return fmt.Sprintf("lease %s already has a completion recorded (an attested one supersedes the renter's, nothing replaces an attested one)", num("leaseId"))
	case "EmptyResultCID":
		return "give the job result's CID: an empty one records nothing"

	// ---- GridPriceOracle
	case "PriceMoveTooFast":
		if !has("current", "proposed", "maxMoveBpsPerHour") {
			return ""
		}
		usd18 := amount.Token{Symbol: "USD", Decimals: 18}
		return fmt.Sprintf("the oracle moves the GRID/USD rate at most %s%% per hour since its last post: %s to %s is too far for now; step toward it over several posts",
			amount.FormatNumber(num("maxMoveBpsPerHour"), 2), amount.Format(num("current"), usd18), amount.Format(num("proposed"), usd18))

	// ---- Rewards
	case "EpochNotNext":
		if !has("epoch", "nextEpoch") {
			return ""
		}
		return fmt.Sprintf("rewards roots post in order: epoch %s is next, not %s", num("nextEpoch"), num("epoch"))
	case "CumulativeTotalDecreased":
		if !has("cumulativeTotal", "allocated") {
			return ""
		}
		return fmt.Sprintf("the root's cumulative total %s is below what earlier roots allocated (%s): a root carries the lifetime total, never less",
			amount.Format(num("cumulativeTotal"), amount.GRID), amount.Format(num("allocated"), amount.GRID))
	case "TotalAboveEmission":
		if !has("epoch", "increment", "emission") {
			return ""
		}
		return fmt.Sprintf("epoch %s's root allocates %s more, above the epoch's emission of %s", num("epoch"), amount.Format(num("increment"), amount.GRID), amount.Format(num("emission"), amount.GRID))
	case "InsufficientReserve":
		if !has("increment", "unallocated") {
			return ""
		}
		return fmt.Sprintf("the root allocates %s more, but the rewards reserve has only %s unallocated: fund the reserve first", amount.Format(num("increment"), amount.GRID), amount.Format(num("unallocated"), amount.GRID))

	// ---- Staking and the quorum
	case "ReportersNotAscending":
		if !has("index") {
			return ""
		}
		return fmt.Sprintf("a slash's reporters must be distinct nonzero addresses in ascending order: reporter %s is not", num("index"))
	case "UnbondingBelowDisputeCover":
		if !has("period", "required") {
			return ""
		}
		return fmt.Sprintf("an unbonding period of %s is shorter than the dispute window plus the signer-set delay (%s): a slash could not reach stake that left", dur(num("period")), dur(num("required")))
	case "InspectorMinStakeNotYetEffective":
		if !has("effectiveAt") {
			return ""
		}
		return fmt.Sprintf("the raised inspector minimum applies from %s: apply it then", at("effectiveAt"))
	case "InspectorMinStakeProposalExpired":
		if !has("expiredAt") {
			return ""
		}
		return fmt.Sprintf("the proposed inspector minimum expired %s unapplied: governance must propose it again", at("expiredAt"))
	case "SignerSetProposalExpired":
		if !has("expiredAt") {
			return ""
		}
		return fmt.Sprintf("the proposed signer set expired %s unapplied: governance must propose it again", at("expiredAt"))
	case "NotEnoughSignatures":
		if !has("have", "need") {
			return ""
		}
		return fmt.Sprintf("only %s of the signatures count, %s are needed: a signature counts only from a member of the active signer set that holds the inspector minimum", num("have"), num("need"))
	}
	return ""
}
