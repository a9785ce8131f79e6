// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ILeaseEscrow
/// @notice Per-second GPU leases: a renter opens a lease from a provider-signed quote and prepays it in full; the
/// provider is paid by the second as the lease is settled; unused time is refunded; a quorum-attested breach
/// closes the lease where the provider went down and refunds the renter from there.
/// @dev Quote (EIP-712, domain name "idlegrid LeaseEscrow", version "1"):
///   Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecond,uint64 maxDuration,
///         uint64 expiry,uint256 nonce)
/// Accounting per lease, with `rate` in token units per second (net to the provider), `fee(x) = x * feeBps / 1e4`:
///   principal = rate * (endsAt - startedAt), deposit = principal + fee(principal)
///   paid      = rate * (settledAt - startedAt)          (credited to the provider)
///   balance   = deposit - paid                           (held for the lease while it is open)
/// On close at `t`: the treasury gets fee(rate * (t - startedAt)) and the renter the rest of the balance, so
/// gross = net + fee exactly, with no dust left behind.
interface ILeaseEscrow {
    /// @notice The token a lease is paid in. USD: the stablecoin, quote rate as is. GRID: converted at open.
    enum PayToken {
        USD,
        GRID
    }

    /// @notice Open leases accrue; Closed is final (nothing more owed, paid or held).
    enum LeaseStatus {
        None,
        Open,
        Closed
    }

    /// @notice Why a lease closed.
    enum CloseReason {
        Expired,
        RenterClosed,
        ProviderEnded,
        Breached
    }

    /// @notice An offer signed off-chain by `provider`: `gpuCount` GPUs of `machineId` for `usdPerSecond` stablecoin
    /// units per second (for all the GPUs), for at most `maxDuration` seconds in total, openable until `expiry`
    /// (inclusive). `nonce` is single-use (unordered, 256 per bitmap word).
    struct Quote {
        address provider;
        bytes32 machineId;
        uint32 gpuCount;
        uint256 usdPerSecond;
        uint64 maxDuration;
        uint64 expiry;
        uint256 nonce;
    }

    /// @notice A lease as the views return it. For a closed lease `endsAt` is the time it closed.
    struct Lease {
        address renter;
        address provider;
        bytes32 machineId;
        uint32 gpuCount;
        PayToken payToken;
        LeaseStatus status;
        bool completed;
        uint16 feeBps;
        uint256 rate;
        uint64 startedAt;
        uint64 settledAt;
        uint64 endsAt;
        uint64 maxDuration;
    }

    // ---------------------------------------------------------------- events

    event LeaseOpened(
        uint256 indexed leaseId,
        address indexed renter,
        address indexed provider,
        bytes32 machineId,
        uint32 gpuCount,
        PayToken payToken,
        uint256 usdPerSecond,
        uint256 rate,
        uint64 endsAt,
        uint256 deposit,
        uint256 nonce
    );
    event LeaseExtended(uint256 indexed leaseId, uint64 endsAt, uint256 deposit);
    /// @notice `amount` was credited to the provider for the time up to `settledAt`.
    event LeaseSettled(uint256 indexed leaseId, address indexed provider, uint256 amount, uint64 settledAt);
    /// @notice The lease closed at `closedAt`: `refund` went to the renter (transferred when the renter closed,
    /// unless `RefundCredited` follows; credited otherwise) and `fee` to the accrued fees.
    event LeaseClosed(
        uint256 indexed leaseId, CloseReason indexed reason, uint64 closedAt, uint256 refund, uint256 fee
    );
    /// @notice A quorum-attested breach closed the lease at `closedAt` = max(downSince, startedAt). `clawedBack` was
    /// taken back from the provider's unwithdrawn credit; `unrecovered` was overpaid and could not be (the
    /// inspectors follow up with a slash for it).
    event LeaseBreached(
        uint256 indexed leaseId,
        address indexed provider,
        address indexed renter,
        bytes32 attestationId,
        uint64 downSince,
        uint64 closedAt,
        uint256 clawedBack,
        uint256 unrecovered
    );
    /// @notice The renter's refund on `closeLease` could not be transferred and was credited instead.
    event RefundCredited(uint256 indexed leaseId, address indexed renter, uint256 amount);
    event CompletionRecorded(
        uint256 indexed leaseId, bytes32 indexed cidHash, string resultCID, bool attested
    );
    event QuoteNoncesCancelled(address indexed provider, uint256 indexed wordPos, uint256 mask);
    event Withdrawn(address indexed account, IERC20 indexed token, address indexed to, uint256 amount);
    event FeesCollected(IERC20 indexed token, address indexed treasury, uint256 amount);
    event FeesSet(uint16 usdFeeBps, uint16 gridFeeBps);
    event TreasurySet(address indexed treasury);
    event PriceOracleSet(address indexed oracle);

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error SameToken();
    error UnsupportedDecimals(uint8 decimals);
    error InvalidFees(uint16 usdFeeBps, uint16 gridFeeBps, uint16 maxFeeBps);
    error InvalidDuration(uint64 duration, uint64 maxDuration);
    error QuoteExpired(uint64 expiry, uint256 nowTs);
    error ZeroRate();
    error InvalidQuoteSignature(address provider);
    error QuoteNonceUsed(address provider, uint256 nonce);
    error MachineNotOwnedByProvider(bytes32 machineId, address provider, address owner);
    error DepositAboveMax(uint256 deposit, uint256 maxDeposit);
    error FeeOnTransferNotSupported(uint256 expected, uint256 received);
    error LeaseNotFound(uint256 leaseId);
    error LeaseNotOpen(uint256 leaseId);
    error NotRenter(uint256 leaseId, address caller);
    error NotProvider(uint256 leaseId, address caller);
    error LeaseEnded(uint256 leaseId, uint64 endsAt);
    error DownSinceInFuture(uint64 downSince, uint256 nowTs);
    error DownAfterLeaseEnd(uint64 downSince, uint64 endsAt);
    error CompletionAlreadyRecorded(uint256 leaseId);
    error EmptyResultCID();
    error NothingToWithdraw(address account, IERC20 token);
    error NothingToCollect(IERC20 token);

    // ---------------------------------------------------------------- leases

    /// @notice Opens a lease from a provider-signed quote and pulls the whole prepayment (principal + fee) from
    /// the caller, who becomes the renter.
    /// @param q The quote.
    /// @param signature The provider's signature over `quoteDigest(q)` (65-byte ECDSA, or ERC-1271 for contracts).
    /// @param duration Seconds to prepay, 0 < duration <= q.maxDuration.
    /// @param payToken USD (the stablecoin) or GRID (converted at the oracle rate now, lower fee).
    /// @param maxDeposit The most the caller accepts to pay (slippage bound for GRID).
    /// @return leaseId The new lease's id (ids start at 1).
    function openLease(
        Quote calldata q,
        bytes calldata signature,
        uint64 duration,
        PayToken payToken,
        uint256 maxDeposit
    ) external returns (uint256 leaseId);

    /// @notice Prepays `extraDuration` more seconds at the lease's rate. Renter only, before the lease ends;
    /// the total duration stays within the quote's maxDuration.
    function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit) external;

    /// @notice Credits the provider for the time since the last settle, up to min(now, endsAt); once the end has
    /// passed it also closes the lease. Anyone. A settle in the same second as the previous one does nothing.
    function settle(uint256 leaseId) external;

    /// @notice `settle` for many leases; closed leases in the list are skipped.
    function settleMany(uint256[] calldata leaseIds) external;

    /// @notice Renter ends the lease now: settles up to now and transfers the unused prepayment to the caller
    /// (credited to its withdrawable balance instead if the token refuses the transfer).
    function closeLease(uint256 leaseId) external;

    /// @notice Provider ends the lease now: settles up to now and credits the unused prepayment to the renter.
    function endLease(uint256 leaseId) external;

    /// @notice Closes a lease on a quorum-attested breach (kind `KIND_BREACH`, payload
    /// `Attestations.breachHash(leaseId, downSince)`) at max(downSince, startedAt), refunding the renter from
    /// there (credited). Anyone can submit it.
    function breach(uint256 leaseId, uint64 downSince, bytes32 attestationId, bytes calldata signatures)
        external;

    /// @notice The renter records the job's result CID.
    function recordCompletion(uint256 leaseId, string calldata resultCID) external;

    /// @notice Records a quorum-attested completion (kind `KIND_COMPLETION`, payload
    /// `Attestations.completionHash(leaseId, resultCID)`). Anyone can submit it.
    function attestCompletion(
        uint256 leaseId,
        string calldata resultCID,
        bytes32 attestationId,
        bytes calldata signatures
    ) external;

    // ---------------------------------------------------------------- quotes

    /// @notice Cancels one of the caller's quote nonces.
    function cancelQuote(uint256 nonce) external;

    /// @notice Cancels the caller's nonces `wordPos * 256 + i` for every bit i set in `mask`.
    function cancelQuotes(uint256 wordPos, uint256 mask) external;

    // ---------------------------------------------------------------- balances

    /// @notice Pays the caller its whole withdrawable balance of `token`.
    function withdraw(IERC20 token) external returns (uint256 amount);

    /// @notice Pays the caller's whole withdrawable balance of `token` to `to`.
    function withdrawTo(IERC20 token, address to) external returns (uint256 amount);

    /// @notice Sends the accrued fees in `token` to the treasury. Anyone.
    function collectFees(IERC20 token) external returns (uint256 amount);

    // ---------------------------------------------------------------- views

    /// @notice The lease `leaseId` (reverts LeaseNotFound for an unknown id).
    function lease(uint256 leaseId) external view returns (Lease memory);

    /// @notice A lease's amounts now: `balance` held for it = `accrued` (owed to the provider, not yet settled)
    /// + `fee` (owed to the treasury if it closed now) + `refundable` (to the renter if it closed now). All zero
    /// once closed.
    function amountsOf(uint256 leaseId)
        external
        view
        returns (uint256 balance, uint256 accrued, uint256 fee, uint256 refundable);

    /// @notice The rate and the total prepayment `openLease` would charge for `q` now.
    function previewOpen(Quote calldata q, uint64 duration, PayToken payToken)
        external
        view
        returns (uint256 rate, uint256 deposit);

    /// @notice The EIP-712 digest a provider signs for `q`.
    function quoteDigest(Quote calldata q) external view returns (bytes32);

    /// @notice Whether `provider`'s quote nonce has been used or cancelled.
    function isNonceUsed(address provider, uint256 nonce) external view returns (bool);

    /// @notice What `account` can withdraw in `token`.
    function withdrawable(address account, IERC20 token) external view returns (uint256);

    /// @notice Fees accrued in `token`, not yet collected.
    function accruedFees(IERC20 token) external view returns (uint256);

    /// @notice The token a PayToken stands for.
    function tokenOf(PayToken payToken) external view returns (IERC20);
}
