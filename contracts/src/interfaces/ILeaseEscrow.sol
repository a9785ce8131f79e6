// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ILeaseEscrow
/// @notice Per-second GPU leases: a renter opens a lease from a provider-signed quote and prepays it in full; the
/// lease bills by the second; unused time is refunded when it closes; what the provider earned is held for a
/// dispute window after the close, so a quorum-attested breach for any moment of the lease can still bill it only
/// up to the outage and refund the renter the rest; after the window anyone settles it to the provider.
/// @dev Quote (EIP-712, domain name "idlegrid LeaseEscrow", version "2"):
///   Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecondWad,uint64 minDuration,
///         uint64 maxDuration,uint64 expiry,uint256 nonce,address renter,bool singleUse)
/// Rates are token units per second scaled by RATE_SCALE (1e12), so 0.01 USD per GPU-hour keeps 12 significant
/// digits. The pay of a lease up to time t is `pay(t) = ceil(rate * (t - start) / RATE_SCALE)` (piecewise per
/// segment when GRID extensions were repriced). With `fee(x) = x * feeBps / 1e4`:
///   principal = pay(endsAt), deposit = principal + fee(principal)
/// On close, billed until b: the renter gets deposit - pay(b) - fee(pay(b)) at once, pay(b) and fee(pay(b)) stay
/// held; a breach moves b earlier and refunds the difference; after the dispute window pay(b) goes to the
/// provider and fee(pay(b)) to the fees. gross = net + fee exactly, no dust.
interface ILeaseEscrow {
    /// @notice The token a lease is paid in. USD: the stablecoin at the quote's USD rate. GRID: converted at the
    /// attested GRID/USD rate when opened and again for each extension.
    enum PayToken {
        USD,
        GRID
    }

    /// @notice Open: running (or past its end, not yet closed). Closed: stopped, refund paid, pay and fee held
    /// through the dispute window. Settled: pay and fee released; final.
    enum LeaseStatus {
        None,
        Open,
        Closed,
        Settled
    }

    /// @notice Why a lease closed.
    enum CloseReason {
        Expired,
        RenterClosed,
        ProviderEnded,
        Breached
    }

    /// @notice An offer signed off-chain by `provider`: `gpuCount` GPUs of `machineId` for `usdPerSecondWad` USD per
    /// second (18 decimals, for all the GPUs), at least `minDuration` billed and at most `maxDuration` seconds in
    /// total, openable until `expiry` (inclusive) by `renter` (zero: anyone). It can be opened any number of times
    /// (each lease needs free GPUs) until cancelled, unless `singleUse`, which makes the first open use its
    /// nonce. Nonces are unordered, 256 per bitmap word.
    struct Quote {
        address provider;
        bytes32 machineId;
        uint32 gpuCount;
        uint256 usdPerSecondWad;
        uint64 minDuration;
        uint64 maxDuration;
        uint64 expiry;
        uint256 nonce;
        address renter;
        bool singleUse;
    }

    /// @notice A lease as the views return it. Open: `endsAt` is the prepaid end. Closed or Settled: `endsAt` is
    /// the end of the billed time and `closedAt` when the lease stopped; a breach is accepted until
    /// `disputeEndsAt` (inclusive), and the lease can be settled after it.
    struct Lease {
        address renter;
        address provider;
        bytes32 machineId;
        uint32 gpuCount;
        uint32 gpuMask;
        PayToken payToken;
        LeaseStatus status;
        bool jobAtOpen;
        uint16 feeBps;
        uint256 rate;
        uint64 startedAt;
        uint64 endsAt;
        uint64 minEndsAt;
        uint64 maxEndsAt;
        uint64 closedAt;
        uint64 disputeEndsAt;
    }

    /// @notice A piece of a repriced GRID lease: from `start` on, pay(t) = base + ceil(rate * (t - start) / 1e12).
    struct Segment {
        uint32 start;
        uint96 base;
        uint128 rate;
    }

    // ---------------------------------------------------------------- events

    event LeaseOpened(
        uint256 indexed leaseId,
        address indexed renter,
        address indexed provider,
        bytes32 machineId,
        uint32 gpuMask,
        PayToken payToken,
        uint256 usdPerSecondWad,
        uint256 rate,
        uint64 minEndsAt,
        uint64 endsAt,
        uint256 deposit,
        uint256 nonce,
        bytes32 jobCID
    );
    /// @notice The renter prepaid up to `endsAt`, paying `deposit` more; `rate` applies from the old end (the
    /// current GRID rate for a GRID lease).
    event LeaseExtended(uint256 indexed leaseId, uint64 endsAt, uint256 deposit, uint256 rate);
    /// @notice The lease stopped at `closedAt`, billed until `billedUntil`: `refund` went to the renter (transferred
    /// when the renter closed, unless `RefundCredited` follows; credited otherwise); `payout` and `fee` are held
    /// until the dispute window ends.
    event LeaseClosed(
        uint256 indexed leaseId,
        CloseReason indexed reason,
        uint64 closedAt,
        uint64 billedUntil,
        uint256 refund,
        uint256 payout,
        uint256 fee
    );
    /// @notice A quorum-attested breach billed the lease only until `billedUntil` = max(downSince, startedAt) and
    /// credited the renter `refund` more.
    event LeaseBreached(
        uint256 indexed leaseId,
        address indexed provider,
        address indexed renter,
        bytes32 attestationId,
        uint64 downSince,
        uint64 billedUntil,
        uint256 refund
    );
    /// @notice After the dispute window, `amount` was credited to the provider and `fee` to the fees.
    event LeaseSettled(uint256 indexed leaseId, address indexed provider, uint256 amount, uint256 fee);
    /// @notice The renter's refund on `closeLease` could not be transferred and was credited instead.
    event RefundCredited(uint256 indexed leaseId, address indexed renter, uint256 amount);
    event QuoteNoncesCancelled(address indexed provider, uint256 indexed wordPos, uint256 mask);
    event Withdrawn(address indexed account, IERC20 indexed token, address indexed to, uint256 amount);
    event FeesCollected(IERC20 indexed token, address indexed treasury, uint256 amount);
    event FeesSet(uint16 usdFeeBps, uint16 gridFeeBps);
    event TreasurySet(address indexed treasury);
    event PriceOracleSet(address indexed oracle);
    event DisputeWindowSet(uint64 disputeWindow);

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error SameToken();
    error UnsupportedDecimals(uint8 decimals);
    error InvalidFees(uint16 usdFeeBps, uint16 gridFeeBps, uint16 maxFeeBps);
    error InvalidDuration(uint64 duration, uint64 minDuration, uint64 maxDuration);
    error QuoteExpired(uint64 expiry, uint256 nowTs);
    error ZeroRate();
    error InvalidQuoteSignature(address provider);
    error QuoteNonceUsed(address provider, uint256 nonce);
    error QuoteForOtherRenter(address renter, address caller);
    error MachineNotOwnedByProvider(bytes32 machineId, address provider, address owner);
    error DepositAboveMax(uint256 deposit, uint256 maxDeposit);
    error FeeOnTransferNotSupported(uint256 expected, uint256 received);
    error PermitFailed(IERC20 token, uint256 allowance, uint256 value);
    error LeaseNotFound(uint256 leaseId);
    error LeaseNotOpen(uint256 leaseId);
    error NotRenter(uint256 leaseId, address caller);
    error NotProvider(uint256 leaseId, address caller);
    error LeaseEnded(uint256 leaseId, uint64 endsAt);
    error DownSinceInFuture(uint64 downSince, uint256 nowTs);
    error DownAfterLeaseEnd(uint64 downSince, uint64 endedAt);
    error BreachBillsNothingLess(uint64 downSince, uint64 billedUntil);
    error DisputeWindowOver(uint256 leaseId, uint64 disputeEndsAt);
    error NotStaking(address caller);
    error NothingToWithdraw(address account, IERC20 token);
    error NothingToCollect(IERC20 token);

    // ---------------------------------------------------------------- leases

    /// @notice Opens a lease from a provider-signed quote and pulls the whole prepayment (principal + fee) from
    /// the caller, who becomes the renter. Reserves `q.gpuCount` free GPUs of the machine until the lease ends.
    /// @param q The quote.
    /// @param signature The provider's signature over `quoteDigest(q)` (65-byte ECDSA, or ERC-1271 for contracts).
    /// @param duration Seconds to prepay, q.minDuration <= duration <= q.maxDuration, > 0.
    /// @param payToken USD (the stablecoin) or GRID (converted at the oracle rate now, lower fee).
    /// @param maxDeposit The most the caller accepts to pay (slippage bound for GRID).
    /// @param jobCID Digest of the renter's job spec CID, emitted in LeaseOpened (zero: the renter names it later
    /// in the LeaseJournal, once).
    /// @param permit Empty (the caller approved the escrow), or the caller's EIP-2612 permit for the pay token
    /// with this escrow as spender, abi.encode(uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s):
    /// paying with no standing allowance. A permit that was already used is fine if the allowance covers the
    /// deposit.
    /// @return leaseId The new lease's id (ids start at 1).
    function openLease(
        Quote calldata q,
        bytes calldata signature,
        uint64 duration,
        PayToken payToken,
        uint256 maxDeposit,
        bytes32 jobCID,
        bytes calldata permit
    ) external returns (uint256 leaseId);

    /// @notice Prepays `extraDuration` more seconds. Renter only, before the lease ends, within the quote's
    /// maxDuration, while the machine is still rentable. A GRID lease pays the extension at the current attested
    /// rate. `permit` as in `openLease`.
    function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit, bytes calldata permit) external;

    /// @notice Moves a lease along: an open lease past its end closes (Expired); a closed lease whose dispute
    /// window is over settles (pay to the provider's credit, fee to the fees). Anyone. Does nothing otherwise.
    function settle(uint256 leaseId) external;

    /// @notice `settle` for many leases (unknown ids revert, the rest never do).
    function settleMany(uint256[] calldata leaseIds) external;

    /// @notice Renter ends the lease now: billed until max(now, minEndsAt) (capped at the prepaid end); the
    /// unused prepayment is transferred to the caller (credited to its withdrawable balance instead if the token
    /// refuses the transfer). The GPUs are free at once.
    function closeLease(uint256 leaseId) external;

    /// @notice Provider ends the lease now: billed until now; the renter's refund is credited.
    function endLease(uint256 leaseId) external;

    /// @notice Bills a lease only until max(downSince, startedAt) on a quorum-attested breach (kind
    /// `KIND_BREACH`, payload `Attestations.breachHash(leaseId, downSince)`) and credits the renter the difference.
    /// Accepted while the lease is open and until `disputeWindow` after it closed, however it closed; an open
    /// lease closes. Anyone can submit it.
    function breach(uint256 leaseId, uint64 downSince, bytes32 attestationId, bytes calldata signatures)
        external;

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

    /// @notice Who rents `leaseId`, its status, and whether it was opened with a job CID (for the LeaseJournal).
    function leaseParties(uint256 leaseId)
        external
        view
        returns (address renter, LeaseStatus status, bool jobAtOpen);

    /// @notice The repricing segments of a GRID lease after its first (empty when never repriced).
    function segments(uint256 leaseId) external view returns (Segment[] memory);

    /// @notice A lease's amounts now. Open: `held` = the deposit, `payout` = pay up to now (or to minEndsAt), and
    /// `fee` and `refundable` what a renter close now would charge and return. Closed: the held pay and fee, no
    /// refund. Settled: all zero.
    function amountsOf(uint256 leaseId)
        external
        view
        returns (uint256 held, uint256 payout, uint256 fee, uint256 refundable);

    /// @notice The rate and the total prepayment `openLease` would charge for `q` now.
    function previewOpen(Quote calldata q, uint64 duration, PayToken payToken)
        external
        view
        returns (uint256 rate, uint256 deposit);

    /// @notice What `extend(leaseId, extraDuration, ...)` would charge now, and the rate of the extension.
    function previewExtend(uint256 leaseId, uint64 extraDuration)
        external
        view
        returns (uint256 rate, uint256 deposit);

    /// @notice The EIP-712 digest a provider signs for `q`.
    function quoteDigest(Quote calldata q) external view returns (bytes32);

    /// @notice Whether `provider`'s quote nonce has been used (single-use quotes) or cancelled.
    function isNonceUsed(address provider, uint256 nonce) external view returns (bool);

    /// @notice What `account` can withdraw in `token`.
    function withdrawable(address account, IERC20 token) external view returns (uint256);

    /// @notice Fees accrued in `token`, not yet collected.
    function accruedFees(IERC20 token) external view returns (uint256);

    /// @notice The token a PayToken stands for.
    function tokenOf(PayToken payToken) external view returns (IERC20);

    /// @notice Seconds after a lease closes during which a breach is still accepted and its pay is held.
    function disputeWindow() external view returns (uint64);

    /// @notice Sets the dispute window. Only Staking, which checks it against the unbonding period
    /// (`Staking.setDisputeWindow`, governance).
    function syncDisputeWindow(uint64 disputeWindow_) external;
}
