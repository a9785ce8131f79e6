// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ILeaseEscrow} from "./interfaces/ILeaseEscrow.sol";
import {IStaking} from "./interfaces/IStaking.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {IGridPriceOracle} from "./interfaces/IGridPriceOracle.sol";
import {Attestations} from "./Attestations.sol";

/// @title LeaseEscrow
/// @notice Renters prepay GPU leases from provider-signed quotes; providers are paid per second. Payments settle
/// lazily (`settle` is permissionless) into pull balances, so no token quirk of one party can block the other.
/// @dev Accounting (see ILeaseEscrow): a lease stores only its rate and times; every amount is derived from them,
/// so the books cannot drift. With `fee(x) = x * feeBps / 1e4` (feeBps snapshotted at open):
///   deposit  = principal + fee(principal),  principal = rate * (endsAt - startedAt)
///   paid     = rate * (settledAt - startedAt)   credited to the provider by settles
///   at close = fee(rate * (closedAt - startedAt)) to the fees, the rest of the deposit back to the renter.
/// The fee is taken once, at close, on the cumulative amount paid, so gross = net + fee exactly. Per token the
/// contract holds exactly Σ open-lease balances + Σ withdrawable credits + accrued fees.
///
/// GRID pricing: rate (GRID wei/s) = ceil(usdPerSecond * 10^(18 - usdDecimals) * 1e18 / price), rounded up in the
/// provider's favour (by less than 1 wei/s; the renter bounds the total with `maxDeposit`). It never rounds a
/// nonzero quote down to a free lease. The rate is fixed at open: extensions keep it.
///
/// Trust: Staking and the AttestationQuorum are protocol contracts set at deployment; tokens are not trusted
/// (SafeERC20, balance-checked pulls, pull payments, a transient reentrancy guard on every state change).
contract LeaseEscrow is ILeaseEscrow, EIP712, Ownable2Step, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Cap on either fee (10%).
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Longest total lease duration any quote can grant (~136 years; lease durations are stored in 32 bits).
    uint64 public constant MAX_DURATION = type(uint32).max;
    /// @notice EIP-712 type hash of `Quote`.
    bytes32 public constant QUOTE_TYPEHASH = keccak256(
        "Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecond,uint64 maxDuration,uint64 expiry,uint256 nonce)"
    );
    uint256 private constant BPS = 10_000;

    /// @dev Two storage slots per lease. The (provider, machineId) pair lives once in `_machineRefs`, so a lease
    /// costs two fresh slots to open; a settle writes only slot 0.
    struct LeaseRecord {
        // slot 0
        address renter;
        uint40 settledAt;
        uint40 endsAt; // the close time once Closed
        uint16 gpuCount;
        // slot 1
        uint112 rate; // token units per second, net to the provider
        uint32 machineRef;
        uint40 startedAt;
        uint32 maxDuration;
        uint16 feeBps;
        LeaseStatus status;
        PayToken payToken;
        bool completed;
    }

    /// @dev A (provider, machine) pair some lease was opened on. Staking keeps a machine id with its first
    /// provider forever (IStaking.machine), so a pair verified once stays valid.
    struct MachineRef {
        address provider;
        bytes32 machineId;
    }

    // These three pack into the slot of Ownable2Step._pendingOwner and Pausable._paused, so `openLease` reads
    // the pause flag, the fees and the lease counter with one SLOAD.
    uint56 private _leaseCount;
    /// @notice Fee on stablecoin leases, in basis points of the amount paid to the provider.
    uint16 public usdFeeBps;
    /// @notice Fee on GRID leases (never above `usdFeeBps`).
    uint16 public gridFeeBps;

    /// @notice Receives the collected fees.
    address public treasury;
    /// @notice The GRID/USD rate used to price GRID leases at open.
    IGridPriceOracle public priceOracle;
    uint32 private _machineRefCount;

    /// @notice Machine listings and GPU reservations.
    IStaking public immutable staking;
    /// @notice Verifies breach and completion attestations.
    IAttestationQuorum public immutable quorum;
    /// @notice The stablecoin (PayToken.USD).
    IERC20 public immutable usd;
    /// @notice GRID (PayToken.GRID).
    IERC20 public immutable grid;
    /// @dev 10^(18 - usd decimals): stablecoin units to 18-decimal USD.
    uint256 private immutable _usdToWad;

    mapping(uint256 leaseId => LeaseRecord) private _leases;
    mapping(bytes32 pairKey => uint32 ref) private _machineRefOf;
    mapping(uint32 ref => MachineRef) private _machineRefs;
    /// @notice Used or cancelled quote nonces: bit `nonce & 255` of word `nonce >> 8` per provider.
    mapping(address provider => mapping(uint256 wordPos => uint256 bits)) public nonceBitmap;
    /// @inheritdoc ILeaseEscrow
    mapping(address account => mapping(IERC20 token => uint256 amount)) public withdrawable;
    /// @inheritdoc ILeaseEscrow
    mapping(IERC20 token => uint256 amount) public accruedFees;

    /// @param owner_ Governance: fees, treasury, price oracle, pause.
    /// @param staking_ Staking (machine listings, GPU reservations); it must name this contract its lease escrow.
    /// @param quorum_ The attestation quorum.
    /// @param priceOracle_ The GRID/USD oracle.
    /// @param usd_ The stablecoin, at most 18 decimals.
    /// @param grid_ GRID.
    /// @param treasury_ Fee recipient.
    /// @param usdFeeBps_ Stablecoin fee, at most MAX_FEE_BPS.
    /// @param gridFeeBps_ GRID fee, at most usdFeeBps_.
    constructor(
        address owner_,
        IStaking staking_,
        IAttestationQuorum quorum_,
        IGridPriceOracle priceOracle_,
        IERC20 usd_,
        IERC20 grid_,
        address treasury_,
        uint16 usdFeeBps_,
        uint16 gridFeeBps_
    ) EIP712("idlegrid LeaseEscrow", "1") Ownable(owner_) {
        if (
            address(staking_) == address(0) || address(quorum_) == address(0) || address(usd_) == address(0)
                || address(grid_) == address(0)
        ) revert ZeroAddress();
        if (address(usd_) == address(grid_)) revert SameToken();
        uint8 decimals = IERC20Metadata(address(usd_)).decimals();
        if (decimals > 18) revert UnsupportedDecimals(decimals);
        staking = staking_;
        quorum = quorum_;
        usd = usd_;
        grid = grid_;
        _usdToWad = 10 ** (18 - decimals);
        _setPriceOracle(priceOracle_);
        _setTreasury(treasury_);
        _setFees(usdFeeBps_, gridFeeBps_);
    }

    // ================================================================ governance

    /// @notice Sets both fees for leases opened from now on (open leases keep theirs). Owner.
    /// @param usdFeeBps_ At most MAX_FEE_BPS.
    /// @param gridFeeBps_ At most usdFeeBps_.
    function setFees(uint16 usdFeeBps_, uint16 gridFeeBps_) external onlyOwner {
        _setFees(usdFeeBps_, gridFeeBps_);
    }

    /// @notice Sets the fee recipient (nonzero). Owner.
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
    }

    /// @notice Sets the GRID/USD oracle used for GRID leases opened from now on (nonzero). Owner.
    function setPriceOracle(IGridPriceOracle priceOracle_) external onlyOwner {
        _setPriceOracle(priceOracle_);
    }

    /// @notice Stops new leases and extensions; settling, closing, breaches and withdrawals keep working. Owner.
    function pause() external onlyOwner {
        _pause();
    }

    /// @notice Resumes new leases and extensions. Owner.
    function unpause() external onlyOwner {
        _unpause();
    }

    // ================================================================ leases

    /// @inheritdoc ILeaseEscrow
    function openLease(
        Quote calldata q,
        bytes calldata signature,
        uint64 duration,
        PayToken payToken,
        uint256 maxDeposit
    ) external nonReentrant whenNotPaused returns (uint256 leaseId) {
        LeaseRecord memory r = _newLease(q, signature, duration, payToken);
        uint256 principal = uint256(r.rate) * duration;
        uint256 deposit = principal + _fee(principal, r.feeBps);
        if (deposit > maxDeposit) revert DepositAboveMax(deposit, maxDeposit);

        leaseId = _leaseCount + 1;
        // casting to 'uint56' is safe: one id per transaction cannot reach 2^56
        // forge-lint: disable-next-line(unsafe-typecast)
        _leaseCount = uint56(leaseId);
        _leases[leaseId] = r;
        _emitOpened(leaseId, q, r, deposit);
        staking.reserveGpus(q.machineId, q.gpuCount);
        _pull(_tokenOf(payToken), deposit);
    }

    /// @inheritdoc ILeaseEscrow
    function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit)
        external
        nonReentrant
        whenNotPaused
    {
        LeaseRecord storage l = _openLease(leaseId);
        if (msg.sender != l.renter) revert NotRenter(leaseId, msg.sender);
        uint64 endsAt = l.endsAt;
        if (block.timestamp >= endsAt) revert LeaseEnded(leaseId, endsAt);
        uint64 startedAt = l.startedAt;
        uint64 allowance = l.maxDuration - (endsAt - startedAt);
        if (extraDuration == 0 || extraDuration > allowance) {
            revert InvalidDuration(extraDuration, allowance);
        }

        uint256 rate = l.rate;
        uint16 feeBps = l.feeBps;
        uint256 oldPrincipal = rate * (endsAt - startedAt);
        uint256 newPrincipal = oldPrincipal + rate * extraDuration;
        // Fees on the cumulative principal keep deposit == principal + fee(principal) exact.
        uint256 deposit =
            newPrincipal - oldPrincipal + _fee(newPrincipal, feeBps) - _fee(oldPrincipal, feeBps);
        if (deposit > maxDeposit) revert DepositAboveMax(deposit, maxDeposit);

        // endsAt + extraDuration <= startedAt + maxDuration < 2^40
        uint64 newEndsAt = endsAt + extraDuration;
        // forge-lint: disable-next-line(unsafe-typecast)
        l.endsAt = uint40(newEndsAt);
        emit LeaseExtended(leaseId, newEndsAt, deposit);
        _pull(_tokenOf(l.payToken), deposit);
    }

    /// @inheritdoc ILeaseEscrow
    function settle(uint256 leaseId) external nonReentrant {
        LeaseRecord storage l = _openLease(leaseId);
        (address provider, IERC20 token, uint256 amount) = _accrue(leaseId, l);
        if (amount != 0) withdrawable[provider][token] += amount;
        if (block.timestamp >= l.endsAt) _closeAtEnd(leaseId, l, token);
    }

    /// @inheritdoc ILeaseEscrow
    /// @dev Credits to one (provider, token) accumulate in memory while consecutive leases share them, so a batch
    /// sorted by provider writes each provider's balance once. Closed leases are skipped, so nobody can make a
    /// batch revert by closing one of its leases first; unknown ids revert.
    function settleMany(uint256[] calldata leaseIds) external nonReentrant {
        address creditTo;
        IERC20 creditToken;
        uint256 pending;
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            uint256 leaseId = leaseIds[i];
            LeaseRecord storage l = _leases[leaseId];
            LeaseStatus status = l.status;
            if (status != LeaseStatus.Open) {
                if (status == LeaseStatus.None) revert LeaseNotFound(leaseId);
                continue;
            }
            (address provider, IERC20 token, uint256 amount) = _accrue(leaseId, l);
            if (amount != 0) {
                if (provider != creditTo || address(token) != address(creditToken)) {
                    if (pending != 0) withdrawable[creditTo][creditToken] += pending;
                    creditTo = provider;
                    creditToken = token;
                    pending = 0;
                }
                pending += amount;
            }
            if (block.timestamp >= l.endsAt) _closeAtEnd(leaseId, l, token);
        }
        if (pending != 0) withdrawable[creditTo][creditToken] += pending;
    }

    /// @inheritdoc ILeaseEscrow
    function closeLease(uint256 leaseId) external nonReentrant {
        LeaseRecord storage l = _openLease(leaseId);
        if (msg.sender != l.renter) revert NotRenter(leaseId, msg.sender);
        (IERC20 token, uint256 refund) = _closeNow(leaseId, l, CloseReason.RenterClosed);
        // The lease is closed whatever the token does: a refund the token refuses to deliver (a blacklisted
        // renter, a reverting token) is credited instead and can be withdrawn to another address.
        if (refund != 0 && !token.trySafeTransfer(msg.sender, refund)) {
            withdrawable[msg.sender][token] += refund;
            emit RefundCredited(leaseId, msg.sender, refund);
        }
    }

    /// @inheritdoc ILeaseEscrow
    function endLease(uint256 leaseId) external nonReentrant {
        LeaseRecord storage l = _openLease(leaseId);
        if (msg.sender != _machineRefs[l.machineRef].provider) revert NotProvider(leaseId, msg.sender);
        (IERC20 token, uint256 refund) = _closeNow(leaseId, l, CloseReason.ProviderEnded);
        if (refund != 0) withdrawable[l.renter][token] += refund;
    }

    /// @inheritdoc ILeaseEscrow
    /// @dev If the lease was settled past the breach time, the overpayment is taken back from the provider's
    /// unwithdrawn credit in that token, as far as it goes; the rest is reported as `unrecovered` for a slash.
    /// The fee is charged on the billable time only (up to the breach).
    function breach(uint256 leaseId, uint64 downSince, bytes32 attestationId, bytes calldata signatures)
        external
        nonReentrant
    {
        LeaseRecord storage l = _openLease(leaseId);
        if (downSince > block.timestamp) revert DownSinceInFuture(downSince, block.timestamp);
        uint64 endsAt = l.endsAt;
        if (downSince >= endsAt) revert DownAfterLeaseEnd(downSince, endsAt);
        quorum.consume(
            Attestations.KIND_BREACH, attestationId, Attestations.breachHash(leaseId, downSince), signatures
        );
        _breach(leaseId, l, downSince, attestationId);
    }

    /// @inheritdoc ILeaseEscrow
    function recordCompletion(uint256 leaseId, string calldata resultCID) external nonReentrant {
        LeaseRecord storage l = _existingLease(leaseId);
        if (msg.sender != l.renter) revert NotRenter(leaseId, msg.sender);
        _complete(leaseId, l, resultCID, false);
    }

    /// @inheritdoc ILeaseEscrow
    function attestCompletion(
        uint256 leaseId,
        string calldata resultCID,
        bytes32 attestationId,
        bytes calldata signatures
    ) external nonReentrant {
        LeaseRecord storage l = _existingLease(leaseId);
        quorum.consume(
            Attestations.KIND_COMPLETION,
            attestationId,
            Attestations.completionHash(leaseId, resultCID),
            signatures
        );
        _complete(leaseId, l, resultCID, true);
    }

    // ================================================================ quotes

    /// @inheritdoc ILeaseEscrow
    function cancelQuote(uint256 nonce) external {
        _cancelNonces(nonce >> 8, uint256(1) << (nonce & 0xff));
    }

    /// @inheritdoc ILeaseEscrow
    function cancelQuotes(uint256 wordPos, uint256 mask) external {
        _cancelNonces(wordPos, mask);
    }

    // ================================================================ balances

    /// @inheritdoc ILeaseEscrow
    function withdraw(IERC20 token) external nonReentrant returns (uint256 amount) {
        return _withdraw(token, msg.sender);
    }

    /// @inheritdoc ILeaseEscrow
    function withdrawTo(IERC20 token, address to) external nonReentrant returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        return _withdraw(token, to);
    }

    /// @inheritdoc ILeaseEscrow
    function collectFees(IERC20 token) external nonReentrant returns (uint256 amount) {
        amount = accruedFees[token];
        if (amount == 0) revert NothingToCollect(token);
        accruedFees[token] = 0;
        address to = treasury;
        emit FeesCollected(token, to, amount);
        token.safeTransfer(to, amount);
    }

    // ================================================================ views

    /// @inheritdoc ILeaseEscrow
    function lease(uint256 leaseId) external view returns (Lease memory v) {
        LeaseRecord memory l = _leases[leaseId];
        if (l.status == LeaseStatus.None) revert LeaseNotFound(leaseId);
        MachineRef memory m = _machineRefs[l.machineRef];
        v = Lease({
            renter: l.renter,
            provider: m.provider,
            machineId: m.machineId,
            gpuCount: l.gpuCount,
            payToken: l.payToken,
            status: l.status,
            completed: l.completed,
            feeBps: l.feeBps,
            rate: l.rate,
            startedAt: l.startedAt,
            settledAt: l.settledAt,
            endsAt: l.endsAt,
            maxDuration: l.maxDuration
        });
    }

    /// @inheritdoc ILeaseEscrow
    function amountsOf(uint256 leaseId)
        external
        view
        returns (uint256 balance, uint256 accrued, uint256 fee, uint256 refundable)
    {
        LeaseRecord memory l = _leases[leaseId];
        if (l.status == LeaseStatus.None) revert LeaseNotFound(leaseId);
        if (l.status == LeaseStatus.Closed) return (0, 0, 0, 0);
        uint256 rate = l.rate;
        uint256 current = Math.min(block.timestamp, l.endsAt);
        uint256 principal = rate * (l.endsAt - l.startedAt);
        uint256 deposit = principal + _fee(principal, l.feeBps);
        uint256 paidNow = rate * (current - l.startedAt);
        balance = deposit - rate * (l.settledAt - l.startedAt);
        accrued = rate * (current - l.settledAt);
        fee = _fee(paidNow, l.feeBps);
        refundable = deposit - paidNow - fee;
    }

    /// @inheritdoc ILeaseEscrow
    function previewOpen(Quote calldata q, uint64 duration, PayToken payToken)
        external
        view
        returns (uint256 rate, uint256 deposit)
    {
        uint16 feeBps;
        (rate, feeBps) = _pricing(q.usdPerSecond, payToken);
        uint256 principal = rate * duration;
        deposit = principal + _fee(principal, feeBps);
    }

    /// @inheritdoc ILeaseEscrow
    function quoteDigest(Quote calldata q) external view returns (bytes32) {
        return _quoteDigest(q);
    }

    /// @inheritdoc ILeaseEscrow
    function isNonceUsed(address provider, uint256 nonce) external view returns (bool) {
        return nonceBitmap[provider][nonce >> 8] & (uint256(1) << (nonce & 0xff)) != 0;
    }

    /// @inheritdoc ILeaseEscrow
    function tokenOf(PayToken payToken) external view returns (IERC20) {
        return _tokenOf(payToken);
    }

    /// @notice Number of leases opened (the latest lease id).
    function leaseCount() external view returns (uint256) {
        return _leaseCount;
    }

    /// @notice The EIP-712 domain separator quotes are signed under (this chain and contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ================================================================ internals: leases

    function _existingLease(uint256 leaseId) private view returns (LeaseRecord storage l) {
        l = _leases[leaseId];
        if (l.status == LeaseStatus.None) revert LeaseNotFound(leaseId);
    }

    function _openLease(uint256 leaseId) private view returns (LeaseRecord storage l) {
        l = _leases[leaseId];
        LeaseStatus status = l.status;
        if (status != LeaseStatus.Open) {
            if (status == LeaseStatus.None) revert LeaseNotFound(leaseId);
            revert LeaseNotOpen(leaseId);
        }
    }

    /// @dev Advances `settledAt` to min(now, endsAt) and returns what that owes the provider (not yet credited).
    function _accrue(uint256 leaseId, LeaseRecord storage l)
        private
        returns (address provider, IERC20 token, uint256 amount)
    {
        uint256 settledAt = l.settledAt;
        uint256 until = Math.min(block.timestamp, l.endsAt);
        provider = _machineRefs[l.machineRef].provider;
        token = _tokenOf(l.payToken);
        // settledAt <= min(now, endsAt) always holds, so `until == settledAt` is the only no-op case: a second
        // settle in the same second changes nothing and does not revert.
        if (until > settledAt) {
            amount = uint256(l.rate) * (until - settledAt);
            // until <= endsAt fits 40 bits
            // forge-lint: disable-next-line(unsafe-typecast)
            l.settledAt = uint40(until);
            // forge-lint: disable-next-line(unsafe-typecast)
            emit LeaseSettled(leaseId, provider, amount, uint64(until));
        }
    }

    /// @dev Closes a lease whose end has passed and that is settled up to it: the full fee, no refund
    /// (deposit = principal + fee(principal) and paid = principal).
    function _closeAtEnd(uint256 leaseId, LeaseRecord storage l, IERC20 token) private {
        uint64 endsAt = l.endsAt;
        uint256 fee = _fee(uint256(l.rate) * (endsAt - l.startedAt), l.feeBps);
        _finalize(leaseId, l, token, endsAt, fee, 0, CloseReason.Expired);
    }

    /// @dev Settles up to min(now, endsAt), closes there and returns the renter's refund (not yet paid).
    function _closeNow(uint256 leaseId, LeaseRecord storage l, CloseReason reason)
        private
        returns (IERC20 token, uint256 refund)
    {
        {
            address provider;
            uint256 amount;
            (provider, token, amount) = _accrue(leaseId, l);
            if (amount != 0) withdrawable[provider][token] += amount;
        }
        uint256 closedAt = l.settledAt; // = min(now, endsAt) after _accrue
        uint256 fee;
        (fee, refund) = _closeAmounts(l, closedAt);
        _finalize(leaseId, l, token, closedAt, fee, refund, reason);
    }

    /// @dev The fee and the renter's refund of a lease that is paid exactly up to `closedAt` and closes there.
    function _closeAmounts(LeaseRecord storage l, uint256 closedAt)
        private
        view
        returns (uint256 fee, uint256 refund)
    {
        uint256 rate = l.rate;
        uint256 startedAt = l.startedAt;
        uint16 feeBps = l.feeBps;
        uint256 principal = rate * (l.endsAt - startedAt);
        uint256 paid = rate * (closedAt - startedAt);
        fee = _fee(paid, feeBps);
        refund = principal - paid + _fee(principal, feeBps) - fee;
    }

    function _breach(uint256 leaseId, LeaseRecord storage l, uint64 downSince, bytes32 attestationId)
        private
    {
        uint64 startedAt = l.startedAt;
        uint64 closedAt = downSince > startedAt ? downSince : startedAt;
        IERC20 token = _tokenOf(l.payToken);
        (address provider, uint256 clawedBack, uint256 unrecovered) = _settleTo(leaseId, l, token, closedAt);
        // Fee on the billable time only. The provider keeps billable + unrecovered, so the renter's refund is
        // short by exactly `unrecovered` (at most the overpayment, which the deposit covered).
        (uint256 fee, uint256 refund) = _closeAmounts(l, closedAt);
        refund -= unrecovered;
        address renter = l.renter;
        if (refund != 0) withdrawable[renter][token] += refund;
        emit LeaseBreached(
            leaseId, provider, renter, attestationId, downSince, closedAt, clawedBack, unrecovered
        );
        _finalize(leaseId, l, token, closedAt, fee, refund, CloseReason.Breached);
    }

    /// @dev Brings the provider's pay to exactly `t` (< endsAt): credits the time from `settledAt` up to `t`, or,
    /// if the lease was settled past `t`, takes the overpayment back from the provider's unwithdrawn credit in
    /// `token` as far as it goes and returns what could not be recovered.
    function _settleTo(uint256 leaseId, LeaseRecord storage l, IERC20 token, uint256 t)
        private
        returns (address provider, uint256 clawedBack, uint256 unrecovered)
    {
        provider = _machineRefs[l.machineRef].provider;
        uint256 rate = l.rate;
        uint256 settledAt = l.settledAt;
        if (settledAt < t) {
            uint256 amount = rate * (t - settledAt);
            withdrawable[provider][token] += amount;
            // t < endsAt fits 40 bits
            // forge-lint: disable-next-line(unsafe-typecast)
            l.settledAt = uint40(t);
            // forge-lint: disable-next-line(unsafe-typecast)
            emit LeaseSettled(leaseId, provider, amount, uint64(t));
        } else if (settledAt > t) {
            uint256 overpaid = rate * (settledAt - t);
            uint256 credit = withdrawable[provider][token];
            clawedBack = Math.min(overpaid, credit);
            unrecovered = overpaid - clawedBack;
            if (clawedBack != 0) withdrawable[provider][token] = credit - clawedBack;
        }
    }

    /// @dev Marks the lease Closed at `closedAt` (stored as its end), accrues `fee` and releases its GPUs.
    function _finalize(
        uint256 leaseId,
        LeaseRecord storage l,
        IERC20 token,
        uint256 closedAt,
        uint256 fee,
        uint256 refund,
        CloseReason reason
    ) private {
        // closedAt <= endsAt fits 40 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        l.endsAt = uint40(closedAt);
        l.status = LeaseStatus.Closed;
        if (fee != 0) accruedFees[token] += fee;
        // forge-lint: disable-next-line(unsafe-typecast)
        emit LeaseClosed(leaseId, reason, uint64(closedAt), refund, fee);
        staking.releaseGpus(_machineRefs[l.machineRef].machineId, l.gpuCount);
    }

    function _complete(uint256 leaseId, LeaseRecord storage l, string calldata resultCID, bool attested)
        private
    {
        if (bytes(resultCID).length == 0) revert EmptyResultCID();
        if (l.completed) revert CompletionAlreadyRecorded(leaseId);
        l.completed = true;
        emit CompletionRecorded(leaseId, keccak256(bytes(resultCID)), resultCID, attested);
    }

    // ================================================================ internals: quotes and pricing

    /// @dev Checks the quote (duration, expiry, rate, signature, nonce, machine owner), uses its nonce, prices it
    /// and returns the lease record to store.
    function _newLease(Quote calldata q, bytes calldata signature, uint64 duration, PayToken payToken)
        private
        returns (LeaseRecord memory r)
    {
        uint64 maxDuration = q.maxDuration < MAX_DURATION ? q.maxDuration : MAX_DURATION;
        if (duration == 0 || duration > maxDuration) revert InvalidDuration(duration, maxDuration);
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, block.timestamp);
        if (q.usdPerSecond == 0) revert ZeroRate();
        _checkQuoteSignature(q, signature);
        _useNonce(q.provider, q.nonce);
        (uint256 rate, uint16 feeBps) = _pricing(q.usdPerSecond, payToken);
        r.renter = msg.sender;
        r.settledAt = uint40(block.timestamp);
        r.endsAt = SafeCast.toUint40(block.timestamp + duration);
        r.gpuCount = SafeCast.toUint16(q.gpuCount);
        r.rate = SafeCast.toUint112(rate);
        r.machineRef = _machineRefFor(q.provider, q.machineId);
        r.startedAt = uint40(block.timestamp);
        // casting to 'uint32' is safe: maxDuration <= MAX_DURATION = type(uint32).max
        // forge-lint: disable-next-line(unsafe-typecast)
        r.maxDuration = uint32(maxDuration);
        r.feeBps = feeBps;
        r.status = LeaseStatus.Open;
        r.payToken = payToken;
    }

    function _emitOpened(uint256 leaseId, Quote calldata q, LeaseRecord memory r, uint256 deposit) private {
        emit LeaseOpened(
            leaseId,
            r.renter,
            q.provider,
            q.machineId,
            q.gpuCount,
            r.payToken,
            q.usdPerSecond,
            r.rate,
            r.endsAt,
            deposit,
            q.nonce
        );
    }

    function _quoteDigest(Quote calldata q) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(QUOTE_TYPEHASH, q)));
    }

    /// @dev ECDSA first (EOAs, no EXTCODESIZE on the happy path), then ERC-1271 for contract providers.
    function _checkQuoteSignature(Quote calldata q, bytes calldata signature) private view {
        bytes32 digest = _quoteDigest(q);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err == ECDSA.RecoverError.NoError && signer == q.provider) return;
        if (SignatureChecker.isValidERC1271SignatureNowCalldata(q.provider, digest, signature)) return;
        revert InvalidQuoteSignature(q.provider);
    }

    function _useNonce(address provider, uint256 nonce) private {
        uint256 bit = uint256(1) << (nonce & 0xff);
        uint256 flipped = nonceBitmap[provider][nonce >> 8] ^= bit;
        if (flipped & bit == 0) revert QuoteNonceUsed(provider, nonce);
    }

    function _cancelNonces(uint256 wordPos, uint256 mask) private {
        nonceBitmap[msg.sender][wordPos] |= mask;
        emit QuoteNoncesCancelled(msg.sender, wordPos, mask);
    }

    /// @dev The compact reference of (provider, machineId), created on the pair's first lease after checking with
    /// Staking that `provider` owns the machine. Listing is checked by `reserveGpus` on every open.
    function _machineRefFor(address provider, bytes32 machineId) private returns (uint32 ref) {
        bytes32 key = keccak256(abi.encode(provider, machineId));
        ref = _machineRefOf[key];
        if (ref == 0) {
            address owner_ = staking.machineProvider(machineId);
            if (owner_ != provider) revert MachineNotOwnedByProvider(machineId, provider, owner_);
            ref = ++_machineRefCount;
            _machineRefOf[key] = ref;
            _machineRefs[ref] = MachineRef({provider: provider, machineId: machineId});
        }
    }

    /// @dev The lease rate (token units per second) and fee for a quote paid in `payToken`, now.
    function _pricing(uint256 usdPerSecond, PayToken payToken)
        private
        view
        returns (uint256 rate, uint16 feeBps)
    {
        if (payToken == PayToken.USD) return (usdPerSecond, usdFeeBps);
        (uint256 price,) = priceOracle.gridUsdPrice();
        rate = Math.mulDiv(usdPerSecond, _usdToWad * 1e18, price, Math.Rounding.Ceil);
        feeBps = gridFeeBps;
    }

    function _fee(uint256 amount, uint16 feeBps) private pure returns (uint256) {
        return amount * feeBps / BPS;
    }

    function _tokenOf(PayToken payToken) private view returns (IERC20) {
        return payToken == PayToken.USD ? usd : grid;
    }

    // ================================================================ internals: tokens and settings

    /// @dev Pulls exactly `amount` from the caller; tokens that deliver anything else (fee-on-transfer, rebasing
    /// on transfer) are rejected, so every stored amount is backed one to one.
    function _pull(IERC20 token, uint256 amount) private {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != amount) revert FeeOnTransferNotSupported(amount, received);
    }

    function _withdraw(IERC20 token, address to) private returns (uint256 amount) {
        amount = withdrawable[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw(msg.sender, token);
        withdrawable[msg.sender][token] = 0;
        emit Withdrawn(msg.sender, token, to, amount);
        token.safeTransfer(to, amount);
    }

    function _setFees(uint16 usdFeeBps_, uint16 gridFeeBps_) private {
        if (usdFeeBps_ > MAX_FEE_BPS || gridFeeBps_ > usdFeeBps_) {
            revert InvalidFees(usdFeeBps_, gridFeeBps_, MAX_FEE_BPS);
        }
        usdFeeBps = usdFeeBps_;
        gridFeeBps = gridFeeBps_;
        emit FeesSet(usdFeeBps_, gridFeeBps_);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    function _setPriceOracle(IGridPriceOracle priceOracle_) private {
        if (address(priceOracle_) == address(0)) revert ZeroAddress();
        priceOracle = priceOracle_;
        emit PriceOracleSet(address(priceOracle_));
    }
}
