// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
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
import {INodeRegistry} from "./interfaces/INodeRegistry.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {IGridPriceOracle} from "./interfaces/IGridPriceOracle.sol";
import {Attestations} from "./Attestations.sol";

/// @title LeaseEscrow
/// @notice Renters prepay GPU leases from provider-signed quotes; leases bill by the second; what a provider
/// earned is held until a dispute window after the lease closed, so a quorum-attested breach for any moment of
/// the lease can always bill it only up to the outage; then anyone settles it into the provider's pull balance.
/// @dev Accounting (see ILeaseEscrow): a lease stores only its rate(s) and times; every amount is derived from
/// them, so the books cannot drift. With pay(t) = ceil(rate * (t - start) / RATE_SCALE) (per segment once a GRID
/// extension repriced it) and fee(x) = x * feeBps / 1e4 (feeBps snapshotted at open):
///   deposit = pay(endsAt) + fee(pay(endsAt))                      pulled at open and at each extension
///   close, billed until b: renter gets deposit - pay(b) - fee(pay(b)); pay(b) + fee(pay(b)) stay held
///   breach (open, or closed within the window): b moves down to max(downSince, start), the renter gets the
///   difference of the held amounts
///   settle after the window: pay(b) to the provider's credit, fee(pay(b)) to the fees
/// Per token the contract holds exactly Σ open deposits + Σ held (closed, unsettled) + Σ credits + accrued fees.
///
/// Pricing: rates are token units per second scaled by RATE_SCALE = 1e12. A USD lease's rate is the quote's
/// 18-decimal USD/s converted to the stablecoin's units (exact for 6 decimals); a GRID lease's is
/// ceil(usdPerSecondWad * 1e30 / price) at the attested GRID/USD price, at open and again for each extension
/// (a new segment from the old end). Rounding is up, in the provider's favour, by less than one token unit per
/// lease; the renter bounds the total with `maxDeposit`.
///
/// Trust: Staking, the NodeRegistry and the AttestationQuorum are protocol contracts set at deployment; tokens
/// are not trusted (SafeERC20, balance-checked stablecoin pulls, pull payments, a transient reentrancy guard on
/// every state change).
contract LeaseEscrow is ILeaseEscrow, EIP712, Ownable2Step, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Cap on either fee (10%).
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Rates are token units per second times this.
    uint256 public constant RATE_SCALE = 1e12;
    /// @notice EIP-712 type hash of `Quote`.
    bytes32 public constant QUOTE_TYPEHASH = keccak256(
        "Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecondWad,uint64 minDuration,uint64 maxDuration,uint64 expiry,uint256 nonce,address renter,bool singleUse)"
    );
    uint256 private constant BPS = 10_000;

    uint8 private constant FLAG_GRID = 1;
    uint8 private constant FLAG_JOB = 2;
    uint8 private constant FLAG_REPRICED = 4;

    /// @dev Two storage slots per lease (timestamps are 32-bit unix seconds, good until 2106). A GRID lease adds
    /// one slot for its USD rate (`_gridTerms`) and one per repricing extension (`_segments`).
    struct LeaseRecord {
        // slot 0
        address renter;
        uint32 startedAt;
        uint32 endsAt; // Open: prepaid end. Closed/Settled: end of the billed time.
        uint32 gpuMask;
        // slot 1
        uint128 rate; // token units per second x RATE_SCALE (the first segment)
        uint32 machineIndex; // the NodeRegistry's machine index
        uint32 minEndsAtOrClosedAt; // Open: earliest billing end of a renter close. Closed/Settled: when it stopped.
        uint32 maxEndsAt;
        uint16 feeBps;
        LeaseStatus status;
        uint8 flags;
    }

    /// @dev A GRID lease's quote rate (to reprice extensions) and its number of repricing segments.
    struct GridTerms {
        uint128 usdPerSecondWad;
        uint32 segments;
    }

    // These pack into the slot of Ownable2Step._pendingOwner and Pausable._paused, so `openLease` reads the pause
    // flag, the fees and the lease counter with one SLOAD.
    uint56 private _leaseCount;
    /// @notice Fee on stablecoin leases, in basis points of the amount paid to the provider.
    uint16 public usdFeeBps;
    /// @notice Fee on GRID leases (never above `usdFeeBps`).
    uint16 public gridFeeBps;

    /// @notice Receives the collected fees.
    address public treasury;
    /// @notice The GRID/USD rate used to price GRID leases and extensions.
    IGridPriceOracle public priceOracle;
    /// @inheritdoc ILeaseEscrow
    uint64 public disputeWindow;

    /// @notice The unbonding period and the dispute-window bound; the only caller of `syncDisputeWindow`.
    IStaking public immutable staking;
    /// @notice Machine listings and GPU reservations.
    INodeRegistry public immutable registry;
    /// @notice Verifies breach and completion attestations.
    IAttestationQuorum public immutable quorum;
    /// @notice The stablecoin (PayToken.USD).
    IERC20 public immutable usd;
    /// @notice GRID (PayToken.GRID).
    IERC20 public immutable grid;
    /// @dev 10^(usd decimals): converts 18-decimal USD to stablecoin units.
    uint256 private immutable _usdUnit;

    mapping(uint256 leaseId => LeaseRecord) private _leases;
    mapping(uint256 leaseId => GridTerms) private _gridTerms;
    mapping(uint256 leaseId => mapping(uint256 k => Segment)) private _segments;
    /// @dev Staking's machine index -> provider, cached on first need (a machine keeps its provider forever).
    mapping(uint32 index => address) private _providerOf;
    /// @notice Used or cancelled quote nonces: bit `nonce & 255` of word `nonce >> 8` per provider.
    mapping(address provider => mapping(uint256 wordPos => uint256 bits)) public nonceBitmap;
    /// @inheritdoc ILeaseEscrow
    mapping(address account => mapping(IERC20 token => uint256 amount)) public withdrawable;
    /// @inheritdoc ILeaseEscrow
    mapping(IERC20 token => uint256 amount) public accruedFees;

    /// @param owner_ Governance: fees, treasury, price oracle, pause.
    /// @param staking_ Staking (the dispute-window bound); it must name this contract its lease escrow.
    /// @param registry_ The NodeRegistry (machines, GPU reservations); it must name this contract its escrow.
    /// @param quorum_ The attestation quorum.
    /// @param priceOracle_ The GRID/USD oracle.
    /// @param usd_ The stablecoin, at most 18 decimals.
    /// @param grid_ GRID.
    /// @param treasury_ Fee recipient.
    /// @param usdFeeBps_ Stablecoin fee, at most MAX_FEE_BPS.
    /// @param gridFeeBps_ GRID fee, at most usdFeeBps_.
    /// @param disputeWindow_ Seconds a breach is accepted after a lease closes (1 hour to 30 days); with the
    /// quorum's signer-set delay it must fit in Staking's unbonding period (`Staking.checkDisputeWindow`). Later
    /// changes go through `Staking.setDisputeWindow`.
    constructor(
        address owner_,
        IStaking staking_,
        INodeRegistry registry_,
        IAttestationQuorum quorum_,
        IGridPriceOracle priceOracle_,
        IERC20 usd_,
        IERC20 grid_,
        address treasury_,
        uint16 usdFeeBps_,
        uint16 gridFeeBps_,
        uint64 disputeWindow_
    ) EIP712("idlegrid LeaseEscrow", "2") Ownable(owner_) {
        if (
            address(staking_) == address(0) || address(registry_) == address(0)
                || address(quorum_) == address(0) || address(usd_) == address(0)
                || address(grid_) == address(0)
        ) revert ZeroAddress();
        if (address(usd_) == address(grid_)) revert SameToken();
        uint8 decimals = IERC20Metadata(address(usd_)).decimals();
        if (decimals > 18) revert UnsupportedDecimals(decimals);
        staking = staking_;
        registry = registry_;
        quorum = quorum_;
        usd = usd_;
        grid = grid_;
        _usdUnit = 10 ** decimals;
        _setPriceOracle(priceOracle_);
        _setTreasury(treasury_);
        _setFees(usdFeeBps_, gridFeeBps_);
        _setDisputeWindow(disputeWindow_);
    }

    // ================================================================ governance

    /// @notice Sets both fees for leases opened from now on (open leases keep theirs). Owner.
    function setFees(uint16 usdFeeBps_, uint16 gridFeeBps_) external onlyOwner {
        _setFees(usdFeeBps_, gridFeeBps_);
    }

    /// @notice Sets the fee recipient (nonzero). Owner.
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
    }

    /// @notice Sets the GRID/USD oracle used for GRID leases and extensions from now on (nonzero). Owner.
    function setPriceOracle(IGridPriceOracle priceOracle_) external onlyOwner {
        _setPriceOracle(priceOracle_);
    }

    /// @inheritdoc ILeaseEscrow
    /// @dev Staking owns the bound (it must keep its unbonding period >= window + signer-set delay), so
    /// governance changes the window through `Staking.setDisputeWindow`, which calls this.
    function syncDisputeWindow(uint64 disputeWindow_) external {
        if (msg.sender != address(staking)) revert NotStaking(msg.sender);
        disputeWindow = disputeWindow_;
        emit DisputeWindowSet(disputeWindow_);
    }

    /// @notice Stops new leases and extensions; closing, breaches, settling and withdrawals keep working. Owner.
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
        uint256 maxDeposit,
        bytes32 jobCID,
        bytes calldata permit
    ) external nonReentrant whenNotPaused returns (uint256 leaseId) {
        _checkQuote(q, signature, duration);
        (LeaseRecord memory r, uint256 deposit) = _newLease(q, duration, payToken, jobCID);
        if (deposit > maxDeposit) revert DepositAboveMax(deposit, maxDeposit);
        leaseId = _leaseCount + 1;
        // casting to 'uint56' is safe: one id per transaction cannot reach 2^56
        // forge-lint: disable-next-line(unsafe-typecast)
        _leaseCount = uint56(leaseId);
        // usdPerSecondWad fits 128 bits: _pricing checked it
        // forge-lint: disable-next-line(unsafe-typecast)
        if (payToken == PayToken.GRID) _gridTerms[leaseId].usdPerSecondWad = uint128(q.usdPerSecondWad);
        _leases[leaseId] = r;
        _emitOpened(leaseId, q, r, deposit, jobCID);
        _pull(_tokenOf(payToken), deposit, permit);
    }

    /// @inheritdoc ILeaseEscrow
    function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit, bytes calldata permit)
        external
        nonReentrant
        whenNotPaused
    {
        LeaseRecord storage l = _openLease(leaseId);
        if (msg.sender != l.renter) revert NotRenter(leaseId, msg.sender);
        uint32 endsAt = l.endsAt;
        if (block.timestamp >= endsAt) revert LeaseEnded(leaseId, endsAt);
        uint64 allowance = l.maxEndsAt - endsAt;
        if (extraDuration == 0 || extraDuration > allowance) {
            revert InvalidDuration(extraDuration, 1, allowance);
        }
        // endsAt + extraDuration <= maxEndsAt < 2^32
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 newEndsAt = uint32(endsAt + extraDuration);
        (uint256 rate, uint256 deposit, uint256 principal, bool reprice) =
            _extensionTerms(leaseId, l, endsAt, newEndsAt);
        if (deposit > maxDeposit) revert DepositAboveMax(deposit, maxDeposit);
        if (reprice) _addSegment(leaseId, l, endsAt, principal, rate);
        l.endsAt = newEndsAt;
        emit LeaseExtended(leaseId, newEndsAt, deposit, rate);
        registry.extendGpus(l.machineIndex, l.gpuMask, endsAt, newEndsAt);
        _pull(_tokenOf(_payToken(l.flags)), deposit, permit);
    }

    /// @inheritdoc ILeaseEscrow
    function settle(uint256 leaseId) external nonReentrant {
        LeaseRecord storage l = _existingLease(leaseId);
        (address provider, IERC20 token, uint256 amount, uint256 fee) = _settle(leaseId, l, 0, address(0));
        if (amount != 0) withdrawable[provider][token] += amount;
        if (fee != 0) accruedFees[token] += fee;
    }

    /// @inheritdoc ILeaseEscrow
    /// @dev Credits to one (provider, token) accumulate in memory while consecutive leases share them, so a batch
    /// sorted by provider writes each provider's balance once; fees accumulate per token the same way.
    function settleMany(uint256[] calldata leaseIds) external nonReentrant {
        address creditTo;
        IERC20 creditToken;
        uint256 pending;
        uint256[2] memory fees;
        uint32 lastIndex;
        address lastProvider;
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            LeaseRecord storage l = _existingLease(leaseIds[i]);
            (address provider, IERC20 token, uint256 amount, uint256 fee) =
                _settle(leaseIds[i], l, lastIndex, lastProvider);
            if (provider == address(0)) continue;
            lastIndex = l.machineIndex;
            lastProvider = provider;
            fees[address(token) == address(usd) ? 0 : 1] += fee;
            if (provider != creditTo || address(token) != address(creditToken)) {
                if (pending != 0) withdrawable[creditTo][creditToken] += pending;
                creditTo = provider;
                creditToken = token;
                pending = 0;
            }
            pending += amount;
        }
        if (pending != 0) withdrawable[creditTo][creditToken] += pending;
        if (fees[0] != 0) accruedFees[usd] += fees[0];
        if (fees[1] != 0) accruedFees[grid] += fees[1];
    }

    /// @inheritdoc ILeaseEscrow
    function closeLease(uint256 leaseId) external nonReentrant {
        LeaseRecord storage l = _openLease(leaseId);
        if (msg.sender != l.renter) revert NotRenter(leaseId, msg.sender);
        uint256 endsAt = l.endsAt;
        uint256 stoppedAt = Math.min(block.timestamp, endsAt);
        uint256 billedUntil = Math.max(stoppedAt, l.minEndsAtOrClosedAt);
        (IERC20 token, uint256 refund) = _close(leaseId, l, billedUntil, stoppedAt, CloseReason.RenterClosed);
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
        if (msg.sender != _providerAt(l.machineIndex)) revert NotProvider(leaseId, msg.sender);
        uint256 stoppedAt = Math.min(block.timestamp, l.endsAt);
        (IERC20 token, uint256 refund) = _close(leaseId, l, stoppedAt, stoppedAt, CloseReason.ProviderEnded);
        if (refund != 0) withdrawable[l.renter][token] += refund;
    }

    /// @inheritdoc ILeaseEscrow
    function breach(uint256 leaseId, uint64 downSince, bytes32 attestationId, bytes calldata signatures)
        external
        nonReentrant
    {
        LeaseRecord storage l = _existingLease(leaseId);
        (uint256 billedUntil, uint256 stoppedAt) = _checkBreach(leaseId, l, downSince);
        quorum.consume(
            Attestations.KIND_BREACH, attestationId, Attestations.breachHash(leaseId, downSince), signatures
        );
        (IERC20 token, uint256 refund) = _applyBreach(leaseId, l, billedUntil, stoppedAt);
        address renter = l.renter;
        if (refund != 0) withdrawable[renter][token] += refund;
        emit LeaseBreached(
            leaseId,
            _providerAt(l.machineIndex),
            renter,
            attestationId,
            downSince,
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64(billedUntil),
            refund
        );
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
        (v.machineId, v.provider) = registry.machineAt(l.machineIndex);
        v.renter = l.renter;
        v.gpuCount = _popcount(l.gpuMask);
        v.gpuMask = l.gpuMask;
        v.payToken = _payToken(l.flags);
        v.status = l.status;
        v.jobAtOpen = l.flags & FLAG_JOB != 0;
        v.feeBps = l.feeBps;
        v.rate = l.rate;
        v.startedAt = l.startedAt;
        v.endsAt = l.endsAt;
        v.maxEndsAt = l.maxEndsAt;
        if (l.status == LeaseStatus.Open) {
            v.minEndsAt = l.minEndsAtOrClosedAt;
        } else {
            v.closedAt = l.minEndsAtOrClosedAt;
            v.disputeEndsAt = l.minEndsAtOrClosedAt + disputeWindow;
        }
    }

    /// @inheritdoc ILeaseEscrow
    function leaseParties(uint256 leaseId)
        external
        view
        returns (address renter, LeaseStatus status, bool jobAtOpen)
    {
        LeaseRecord storage l = _leases[leaseId];
        return (l.renter, l.status, l.flags & FLAG_JOB != 0);
    }

    /// @inheritdoc ILeaseEscrow
    function segments(uint256 leaseId) external view returns (Segment[] memory out) {
        uint256 n = _gridTerms[leaseId].segments;
        out = new Segment[](n);
        for (uint256 k; k < n; ++k) {
            out[k] = _segments[leaseId][k];
        }
    }

    /// @inheritdoc ILeaseEscrow
    function amountsOf(uint256 leaseId)
        external
        view
        returns (uint256 held, uint256 payout, uint256 fee, uint256 refundable)
    {
        LeaseRecord storage l = _existingLease(leaseId);
        LeaseStatus status = l.status;
        if (status == LeaseStatus.Settled) return (0, 0, 0, 0);
        uint16 feeBps = l.feeBps;
        uint256 billedUntil = l.endsAt;
        if (status == LeaseStatus.Open) {
            held = _withFee(_payAt(leaseId, l, billedUntil), feeBps);
            billedUntil = Math.max(Math.min(block.timestamp, billedUntil), l.minEndsAtOrClosedAt);
        }
        payout = _payAt(leaseId, l, billedUntil);
        fee = _fee(payout, feeBps);
        if (status == LeaseStatus.Open) {
            refundable = held - payout - fee;
        } else {
            held = payout + fee;
        }
    }

    /// @inheritdoc ILeaseEscrow
    function previewOpen(Quote calldata q, uint64 duration, PayToken payToken)
        external
        view
        returns (uint256 rate, uint256 deposit)
    {
        uint16 feeBps;
        (rate, feeBps) = _pricing(q.usdPerSecondWad, payToken);
        deposit = _withFee(_linear(rate, duration), feeBps);
    }

    /// @inheritdoc ILeaseEscrow
    function previewExtend(uint256 leaseId, uint64 extraDuration)
        external
        view
        returns (uint256 rate, uint256 deposit)
    {
        LeaseRecord storage l = _openLease(leaseId);
        uint32 endsAt = l.endsAt;
        (rate, deposit,,) =
            _extensionTerms(leaseId, l, endsAt, SafeCast.toUint32(uint256(endsAt) + extraDuration));
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

    /// @dev Stops an open lease at `stoppedAt`, billed until `billedUntil` (<= the prepaid end): releases its
    /// GPUs if it stopped before its end, holds pay and fee, and returns the renter's refund (not yet paid).
    function _close(
        uint256 leaseId,
        LeaseRecord storage l,
        uint256 billedUntil,
        uint256 stoppedAt,
        CloseReason reason
    ) private returns (IERC20 token, uint256 refund) {
        uint32 endsAt = l.endsAt;
        uint16 feeBps = l.feeBps;
        token = _tokenOf(_payToken(l.flags));
        uint256 payout = _payAt(leaseId, l, billedUntil);
        uint256 fee = _fee(payout, feeBps);
        refund = _withFee(_payAt(leaseId, l, endsAt), feeBps) - payout - fee;
        // both <= endsAt < 2^32
        // forge-lint: disable-next-line(unsafe-typecast)
        l.endsAt = uint32(billedUntil);
        // forge-lint: disable-next-line(unsafe-typecast)
        l.minEndsAtOrClosedAt = uint32(stoppedAt);
        l.status = LeaseStatus.Closed;
        // forge-lint: disable-next-line(unsafe-typecast)
        emit LeaseClosed(leaseId, reason, uint64(stoppedAt), uint64(billedUntil), refund, payout, fee);
        if (stoppedAt < endsAt) registry.releaseGpus(l.machineIndex, l.gpuMask, endsAt);
    }

    /// @dev A breach from `downSince` must land while the lease is open or within the dispute window after it
    /// stopped, name a time before it stopped, and bill less than it bills now. Returns the new billing end and
    /// when the lease stopped (for an open one: now, or its end if that has passed).
    function _checkBreach(uint256 leaseId, LeaseRecord storage l, uint64 downSince)
        private
        view
        returns (uint256 billedUntil, uint256 stoppedAt)
    {
        LeaseStatus status = l.status;
        uint256 billedBefore = l.endsAt;
        stoppedAt =
            status == LeaseStatus.Open ? Math.min(block.timestamp, billedBefore) : l.minEndsAtOrClosedAt;
        // stoppedAt is a 32-bit lease time
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 disputeEndsAt = uint64(stoppedAt) + disputeWindow;
        if (status == LeaseStatus.Settled || block.timestamp > disputeEndsAt) {
            revert DisputeWindowOver(leaseId, disputeEndsAt);
        }
        if (downSince > block.timestamp) revert DownSinceInFuture(downSince, block.timestamp);
        // forge-lint: disable-next-line(unsafe-typecast)
        if (downSince >= stoppedAt) revert DownAfterLeaseEnd(downSince, uint64(stoppedAt));
        billedUntil = Math.max(downSince, l.startedAt);
        // forge-lint: disable-next-line(unsafe-typecast)
        if (billedUntil >= billedBefore) revert BreachBillsNothingLess(downSince, uint64(billedBefore));
    }

    /// @dev Bills the lease until `billedUntil`: an open lease closes there (stopped at `stoppedAt`); a closed
    /// one keeps its stop time and only bills less. Returns the renter's extra refund (not yet credited).
    function _applyBreach(uint256 leaseId, LeaseRecord storage l, uint256 billedUntil, uint256 stoppedAt)
        private
        returns (IERC20 token, uint256 refund)
    {
        if (l.status == LeaseStatus.Open) {
            return _close(leaseId, l, billedUntil, stoppedAt, CloseReason.Breached);
        }
        token = _tokenOf(_payToken(l.flags));
        uint16 feeBps = l.feeBps;
        uint256 heldBefore = _withFee(_payAt(leaseId, l, l.endsAt), feeBps);
        refund = heldBefore - _withFee(_payAt(leaseId, l, billedUntil), feeBps);
        // billedUntil < the previous billing end < 2^32
        // forge-lint: disable-next-line(unsafe-typecast)
        l.endsAt = uint32(billedUntil);
    }

    /// @dev Closes an open lease past its end; settles a closed lease past its dispute window. Returns what
    /// settling releases (not yet credited) and the provider (zero when nothing was settled). `hintIndex` and
    /// `hintProvider` spare a lookup when the previous lease of a batch was on the same machine.
    function _settle(uint256 leaseId, LeaseRecord storage l, uint32 hintIndex, address hintProvider)
        private
        returns (address provider, IERC20 token, uint256 amount, uint256 fee)
    {
        LeaseStatus status = l.status;
        if (status == LeaseStatus.Open) {
            uint32 endsAt = l.endsAt;
            if (block.timestamp < endsAt) return (address(0), token, 0, 0);
            _close(leaseId, l, endsAt, endsAt, CloseReason.Expired);
            status = LeaseStatus.Closed;
        }
        if (status != LeaseStatus.Closed) return (address(0), token, 0, 0);
        uint256 disputeEndsAt = uint256(l.minEndsAtOrClosedAt) + disputeWindow;
        if (block.timestamp <= disputeEndsAt) return (address(0), token, 0, 0);
        token = _tokenOf(_payToken(l.flags));
        amount = _payAt(leaseId, l, l.endsAt);
        fee = _fee(amount, l.feeBps);
        l.status = LeaseStatus.Settled;
        uint32 index = l.machineIndex;
        provider = index == hintIndex && hintProvider != address(0) ? hintProvider : _providerAt(index);
        emit LeaseSettled(leaseId, provider, amount, fee);
    }

    /// @dev The rate of an extension from `endsAt` to `newEndsAt`, the deposit it costs, the principal before it
    /// and whether it starts a new segment (a GRID lease whose current rate differs from its last one).
    function _extensionTerms(uint256 leaseId, LeaseRecord storage l, uint32 endsAt, uint32 newEndsAt)
        private
        view
        returns (uint256 rate, uint256 deposit, uint256 principal, bool reprice)
    {
        uint16 feeBps = l.feeBps;
        principal = _payAt(leaseId, l, endsAt);
        uint256 newPrincipal;
        if (l.flags & FLAG_GRID == 0) {
            rate = l.rate;
        } else {
            GridTerms memory terms = _gridTerms[leaseId];
            (rate,) = _pricing(terms.usdPerSecondWad, PayToken.GRID);
            uint256 lastRate = terms.segments == 0 ? l.rate : _segments[leaseId][terms.segments - 1].rate;
            reprice = rate != lastRate;
        }
        newPrincipal = reprice ? principal + _linear(rate, newEndsAt - endsAt) : _payAt(leaseId, l, newEndsAt);
        deposit = _withFee(newPrincipal, feeBps) - _withFee(principal, feeBps);
    }

    /// @dev Appends the segment that prices a GRID lease at `rate` from `start`, where it had earned `base`.
    function _addSegment(uint256 leaseId, LeaseRecord storage l, uint32 start, uint256 base, uint256 rate)
        private
    {
        uint32 k = _gridTerms[leaseId].segments;
        _segments[leaseId][k] =
            Segment({start: start, base: SafeCast.toUint96(base), rate: SafeCast.toUint128(rate)});
        _gridTerms[leaseId].segments = k + 1;
        l.flags |= FLAG_REPRICED;
    }

    /// @dev pay(t): what the lease owes its provider for [startedAt, t), t within the lease's prepaid time.
    function _payAt(uint256 leaseId, LeaseRecord storage l, uint256 t) private view returns (uint256) {
        uint256 startedAt = l.startedAt;
        if (l.flags & FLAG_REPRICED != 0) {
            // The last segment starting at or before t (segments start at increasing times, all after startedAt).
            uint256 lo;
            uint256 hi = _gridTerms[leaseId].segments;
            while (lo < hi) {
                uint256 mid = (lo + hi) / 2;
                if (_segments[leaseId][mid].start <= t) lo = mid + 1;
                else hi = mid;
            }
            if (lo != 0) {
                Segment memory s = _segments[leaseId][lo - 1];
                return s.base + _linear(s.rate, t - s.start);
            }
        }
        return _linear(l.rate, t - startedAt);
    }

    function _providerAt(uint32 index) private returns (address provider) {
        provider = _providerOf[index];
        if (provider == address(0)) {
            (, provider) = registry.machineAt(index);
            _providerOf[index] = provider;
        }
    }

    // ================================================================ internals: quotes and pricing

    /// @dev Prices the quote, reserves its GPUs until the lease's end and returns the record to store and the
    /// deposit it costs.
    function _newLease(Quote calldata q, uint64 duration, PayToken payToken, bytes32 jobCID)
        private
        returns (LeaseRecord memory r, uint256 deposit)
    {
        uint256 endsAt = block.timestamp + duration;
        (uint256 rate, uint16 feeBps) = _pricing(q.usdPerSecondWad, payToken);
        (address provider, uint32 index, uint32 mask) =
            registry.reserveGpus(q.machineId, q.gpuCount, SafeCast.toUint32(endsAt));
        if (provider != q.provider) revert MachineNotOwnedByProvider(q.machineId, q.provider, provider);
        uint256 principal = _linear(rate, duration);
        deposit = principal + _fee(principal, feeBps);
        r.renter = msg.sender;
        // now < endsAt < 2^32 (checked above)
        // forge-lint: disable-next-line(unsafe-typecast)
        r.startedAt = uint32(block.timestamp);
        // forge-lint: disable-next-line(unsafe-typecast)
        r.endsAt = uint32(endsAt);
        r.gpuMask = mask;
        r.rate = SafeCast.toUint128(rate);
        r.machineIndex = index;
        // minDuration <= duration, so this is <= endsAt
        // forge-lint: disable-next-line(unsafe-typecast)
        r.minEndsAtOrClosedAt = uint32(block.timestamp + q.minDuration);
        uint256 maxEndsAt = block.timestamp + q.maxDuration;
        // forge-lint: disable-next-line(unsafe-typecast)
        r.maxEndsAt = maxEndsAt > type(uint32).max ? type(uint32).max : uint32(maxEndsAt);
        r.feeBps = feeBps;
        r.status = LeaseStatus.Open;
        if (jobCID != bytes32(0)) r.flags = FLAG_JOB;
        if (payToken == PayToken.GRID) r.flags |= FLAG_GRID;
    }

    /// @dev Duration, expiry, renter, rate, signature and nonce (used up only for single-use quotes).
    function _checkQuote(Quote calldata q, bytes calldata signature, uint64 duration) private {
        if (duration == 0 || duration < q.minDuration || duration > q.maxDuration) {
            revert InvalidDuration(duration, q.minDuration, q.maxDuration);
        }
        if (block.timestamp > q.expiry) revert QuoteExpired(q.expiry, block.timestamp);
        if (q.renter != address(0) && q.renter != msg.sender) {
            revert QuoteForOtherRenter(q.renter, msg.sender);
        }
        if (q.usdPerSecondWad == 0) revert ZeroRate();
        _checkQuoteSignature(q, signature);
        uint256 bit = uint256(1) << (q.nonce & 0xff);
        uint256 word = nonceBitmap[q.provider][q.nonce >> 8];
        if (word & bit != 0) revert QuoteNonceUsed(q.provider, q.nonce);
        if (q.singleUse) nonceBitmap[q.provider][q.nonce >> 8] = word | bit;
    }

    function _emitOpened(
        uint256 leaseId,
        Quote calldata q,
        LeaseRecord memory r,
        uint256 deposit,
        bytes32 jobCID
    ) private {
        emit LeaseOpened(
            leaseId,
            r.renter,
            q.provider,
            q.machineId,
            r.gpuMask,
            _payToken(r.flags),
            q.usdPerSecondWad,
            r.rate,
            r.minEndsAtOrClosedAt,
            r.endsAt,
            deposit,
            q.nonce,
            jobCID
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

    function _cancelNonces(uint256 wordPos, uint256 mask) private {
        nonceBitmap[msg.sender][wordPos] |= mask;
        emit QuoteNoncesCancelled(msg.sender, wordPos, mask);
    }

    /// @dev The lease rate (token units per second x RATE_SCALE) and fee for `usdPerSecondWad` paid in
    /// `payToken`, now. Both round up, so a nonzero price is never free. usdPerSecondWad < 2^128 (checked), so
    /// neither product can overflow.
    function _pricing(uint256 usdPerSecondWad, PayToken payToken)
        private
        view
        returns (uint256 rate, uint16 feeBps)
    {
        SafeCast.toUint128(usdPerSecondWad);
        if (payToken == PayToken.USD) {
            // usd units/s x 1e12 = usdPerSecondWad x 10^decimals x 1e12 / 1e18
            return ((usdPerSecondWad * _usdUnit + 1e6 - 1) / 1e6, usdFeeBps);
        }
        (uint256 price,) = priceOracle.gridUsdPrice();
        // GRID wei/s x 1e12 = usdPerSecondWad x 1e18 (wei per GRID) x 1e12 / price
        rate = (usdPerSecondWad * 1e30 + price - 1) / price;
        feeBps = gridFeeBps;
    }

    /// @dev ceil(rate x seconds / RATE_SCALE).
    function _linear(uint256 rate, uint256 dt) private pure returns (uint256) {
        return (rate * dt + RATE_SCALE - 1) / RATE_SCALE;
    }

    function _fee(uint256 amount, uint16 feeBps) private pure returns (uint256) {
        return amount * feeBps / BPS;
    }

    function _withFee(uint256 amount, uint16 feeBps) private pure returns (uint256) {
        return amount + amount * feeBps / BPS;
    }

    function _payToken(uint8 flags) private pure returns (PayToken) {
        return flags & FLAG_GRID == 0 ? PayToken.USD : PayToken.GRID;
    }

    function _tokenOf(PayToken payToken) private view returns (IERC20) {
        return payToken == PayToken.USD ? usd : grid;
    }

    function _popcount(uint32 x) private pure returns (uint32 n) {
        for (; x != 0; x &= x - 1) {
            ++n;
        }
    }

    // ================================================================ internals: tokens and settings

    /// @dev Pulls exactly `amount` from the caller, first submitting the caller's EIP-2612 permit if one is
    /// given (abi.encode(uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s), for this escrow as
    /// spender). A permit that fails (e.g. someone submitted it first) is fine as long as the allowance covers the
    /// amount. Stablecoin pulls are balance-checked, so a stablecoin that turns on a transfer fee is rejected and
    /// every stored amount stays backed one to one; GRID is our own fixed-supply token without transfer hooks, so
    /// its pull skips the check.
    function _pull(IERC20 token, uint256 amount, bytes calldata permit) private {
        if (permit.length != 0) {
            (uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) =
                abi.decode(permit, (uint256, uint256, uint8, bytes32, bytes32));
            try IERC20Permit(address(token)).permit(msg.sender, address(this), value, deadline, v, r, s) {}
            catch {
                uint256 allowance = token.allowance(msg.sender, address(this));
                if (allowance < amount) revert PermitFailed(token, allowance, amount);
            }
        }
        if (address(token) == address(grid)) {
            token.safeTransferFrom(msg.sender, address(this), amount);
            return;
        }
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

    /// @dev Constructor only (initcode): Staking checks the bound, here and for every later change.
    function _setDisputeWindow(uint64 disputeWindow_) private {
        staking.checkDisputeWindow(disputeWindow_);
        disputeWindow = disputeWindow_;
        emit DisputeWindowSet(disputeWindow_);
    }
}
