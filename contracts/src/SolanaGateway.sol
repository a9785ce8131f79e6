// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ISolanaGateway} from "./interfaces/ISolanaGateway.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {IGridPriceOracle} from "./interfaces/IGridPriceOracle.sol";
import {Attestations} from "./Attestations.sol";

/// @title SolanaGateway
/// @notice Moves GRID between Arbitrum and Solana, and swaps USDC on Solana for GRID here and back. The Solana
/// side has no program of its own: two SPL vaults (GRID, USDC) owned by an SPL Token multisig of the inspectors'
/// Solana keys (oracle/solgateway). This contract holds three separate amounts of GRID:
///   - `locked`: GRID paid in for Solana GRID. Solana's GRID supply was minted once into its vault, so GRID
///     outside that vault is exactly what the inspectors released against transfers here: `locked` backs it
///     1:1. A Solana GRID deposit releases from `locked`, never from anything else.
///   - `reserve`: GRID that governance (or anyone) funds to buy the USDC deposited on Solana, at the quorum's
///     GRID/USD rate less `swapFeeBps`; GRID paid in for Solana USDC joins it. The USDC those swaps leave in the
///     Solana vault is counted in `usdcLiquidity`, which is all that GRID → USDC transfers can draw on.
///   - `pendingTotal`: GRID recorded for queued releases, owed to their recipients.
/// So `grid.balanceOf(this) = locked + reserve + pendingTotal` (plus GRID sent here without a call, which
/// governance can sweep).
///
/// Limits (Wormhole's governor, Axelar's flow limits). Time is cut into windows of `windowLength` seconds
/// (window w = [w * L, (w + 1) * L)). Every release of GRID is scheduled, when it is recorded, into a window: the
/// latest window that already has releases scheduled (the frontier) if it has room under `windowCap`, else the
/// next one; never one in the past. So the GRID scheduled into any window is at most the cap in force when it was
/// scheduled, and a release is never paid before its window starts: whoever holds k inspector keys can release at
/// most `windowCap` per window, and nothing queued is ever refused later (completion needs only its time and no
/// pause; no later change of the cap can strand it). A release above `largeThreshold` also waits
/// `largeDelay` after it was recorded. A release that can be paid now is paid in the same transaction; any other
/// is queued, and anyone completes it when due. A single release above `windowCap` is refused: the inspectors
/// attest a refund instead.
///
/// Every deposit gets at most one decision: release and refund are two payloads of one attestation kind whose id
/// is the deposit's replay key, and AttestationQuorum consumes (this contract, kind, id) once. A release that
/// cannot be served now (cap, reserve, rate, recipient) reverts without consuming anything, so the same deposit
/// can still be refunded; once a refund is recorded it can never be released, so the inspectors refund on
/// Solana only after they see `DepositRefundRecorded`.
///
/// Pause (governance, or a guardian that may only pause) stops releases, completions, refund records, outbound
/// transfers and returns. Attestations are not consumed while paused and queued releases keep their time, so
/// everything attested completes after the unpause.
/// @dev Rounding is in the protocol's favour: swap outputs round down and fees round up.
contract SolanaGateway is ISolanaGateway, Ownable2Step, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Basis-point denominator.
    uint256 public constant BPS = 10_000;
    /// @notice Upper bound on `swapFeeBps` (10%).
    uint16 public constant MAX_SWAP_FEE_BPS = 1_000;
    /// @notice Upper bound on `largeDelay`.
    uint32 public constant MAX_LARGE_DELAY = 30 days;
    /// @notice Bounds on `windowLength`.
    uint32 public constant MIN_WINDOW_LENGTH = 1 hours;
    uint32 public constant MAX_WINDOW_LENGTH = 30 days;

    /// @notice The constructor's parameters (see the state variables of the same names).
    struct Config {
        uint8 solanaGridDecimals;
        uint8 solanaUsdDecimals;
        uint32 windowLength;
        uint96 windowCap;
        uint96 largeThreshold;
        uint32 largeDelay;
        uint16 swapFeeBps;
        uint96 minOutbound;
        address guardian;
    }

    /// @notice Verifies the inspectors' attestations.
    IAttestationQuorum public immutable quorum;
    /// @notice The GRID/USD rate for USDC swaps.
    IGridPriceOracle public immutable priceOracle;
    /// @notice GRID.
    IERC20 public immutable grid;
    /// @notice Decimals of the GRID and USDC mints on Solana (9 and 6 in oracle/solgateway's set-up).
    uint8 public immutable solanaGridDecimals;
    uint8 public immutable solanaUsdDecimals;
    /// @notice Seconds per cap window; windows are aligned to multiples of it.
    uint32 public immutable windowLength;
    /// @dev GRID wei per Solana GRID raw unit, and 18-decimal USD per Solana USDC raw unit.
    uint256 private immutable _gridUnit;
    uint256 private immutable _usdUnit;

    /// @dev What every release reads, in one slot.
    struct Limits {
        uint96 windowCap;
        uint96 largeThreshold;
        uint32 largeDelay;
        uint16 swapFeeBps;
    }

    /// @dev What every GRID release reads and writes, in one slot: the frontier window, the GRID scheduled into
    /// it, and the GRID locked against Solana GRID.
    struct Flow {
        uint64 frontier;
        uint96 frontierUsed;
        uint96 locked;
    }

    /// @dev The swap pool and the outbound counter, in one slot.
    struct Pool {
        uint96 reserve;
        uint64 usdcLiquidity;
        uint64 outboundCount;
    }

    /// @dev A deposit's release as booked: GRID out, fee and rate (USDC), its window and time.
    struct Booking {
        uint256 gridAmount;
        uint256 fee;
        uint256 price;
        uint64 window;
        uint64 releasableAt;
    }

    Limits private _limits;
    Flow private _flow;
    Pool private _pool;
    /// @notice May pause (not unpause); zero for none.
    address public guardian;
    /// @notice Smallest GRID amount (wei) an outbound transfer may carry: each costs the inspectors a Solana
    /// transaction and possibly a token account's rent.
    uint96 public minOutbound;
    /// @notice GRID wei recorded for queued releases and not yet paid.
    uint256 public pendingTotal;

    mapping(bytes32 depositId => QueuedRelease) private _queued;
    mapping(uint64 id => Outbound) private _outbounds;

    modifier onlyOwnerOrGuardian() {
        if (msg.sender != owner() && (msg.sender != guardian || guardian == address(0))) {
            revert NotGuardian(msg.sender);
        }
        _;
    }

    /// @param owner_ Governance (a timelock in production): limits, fee, guardian, reserve withdrawals, unpause.
    /// @param quorum_ The attestation quorum.
    /// @param priceOracle_ The GRID/USD oracle.
    /// @param grid_ GRID (18 decimals).
    /// @param config The Solana mints' decimals (at most 18 each), the window length (1 hour to 30 days), the
    /// window cap (nonzero), the large-transfer threshold (nonzero) and delay (at most 30 days), the swap fee
    /// (at most 10%), the outbound minimum and the guardian (zero: none).
    constructor(
        address owner_,
        IAttestationQuorum quorum_,
        IGridPriceOracle priceOracle_,
        IERC20 grid_,
        Config memory config
    ) Ownable(owner_) {
        if (
            address(quorum_) == address(0) || address(priceOracle_) == address(0)
                || address(grid_) == address(0)
        ) {
            revert ZeroAddress();
        }
        if (config.solanaGridDecimals > 18) revert UnsupportedDecimals(config.solanaGridDecimals);
        if (config.solanaUsdDecimals > 18) revert UnsupportedDecimals(config.solanaUsdDecimals);
        if (config.windowLength < MIN_WINDOW_LENGTH || config.windowLength > MAX_WINDOW_LENGTH) {
            revert InvalidConfig("windowLength");
        }
        quorum = quorum_;
        priceOracle = priceOracle_;
        grid = grid_;
        solanaGridDecimals = config.solanaGridDecimals;
        solanaUsdDecimals = config.solanaUsdDecimals;
        windowLength = config.windowLength;
        _gridUnit = 10 ** (18 - uint256(config.solanaGridDecimals));
        _usdUnit = 10 ** (18 - uint256(config.solanaUsdDecimals));
        _setWindowCap(config.windowCap);
        _setLargeTransfer(config.largeThreshold, config.largeDelay);
        _setSwapFee(config.swapFeeBps);
        _setMinOutbound(config.minOutbound);
        _setGuardian(config.guardian);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Solana → Arbitrum
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ISolanaGateway
    function releaseDeposit(
        DepositKey calldata key,
        uint8 mint,
        uint64 amount,
        address recipient,
        bytes calldata signatures
    ) external whenNotPaused nonReentrant returns (uint256 gridAmount, uint64 releasableAt) {
        bytes32 id = _depositId(key);
        if (recipient == address(0) || recipient == address(this)) revert UnusableRecipient(recipient);
        Booking memory b = _book(mint, amount);

        // The quorum is the last check: k-of-n signatures over (chain, quorum, this contract, kind, replay key,
        // signer set, payload), consumed once whatever the decision.
        quorum.consume(
            Attestations.KIND_SOLANA_DEPOSIT,
            id,
            Attestations.solanaDepositReleaseHash(id, mint, amount, recipient),
            signatures
        );
        gridAmount = b.gridAmount;
        releasableAt = b.releasableAt;
        if (releasableAt <= block.timestamp) {
            emit DepositReleased(id, recipient, mint, amount, gridAmount, b.fee, b.price);
            grid.safeTransfer(recipient, gridAmount);
        } else {
            // casting to 'uint96' is safe: gridAmount <= windowCap, a uint96 (checked in _schedule)
            // forge-lint: disable-next-line(unsafe-typecast)
            _queued[id] =
                QueuedRelease({recipient: recipient, amount: uint96(gridAmount), releasableAt: releasableAt});
            pendingTotal += gridAmount;
            emit DepositQueued(
                id, recipient, mint, amount, gridAmount, b.fee, b.price, b.window, releasableAt
            );
        }
    }

    /// @inheritdoc ISolanaGateway
    function recordRefund(
        DepositKey calldata key,
        uint8 mint,
        uint64 amount,
        bytes32 refundAccount,
        uint8 reason,
        bytes calldata signatures
    ) external whenNotPaused {
        bytes32 id = _depositId(key);
        if (mint != Attestations.SOLANA_MINT_GRID && mint != Attestations.SOLANA_MINT_USDC) {
            revert UnknownMint(mint);
        }
        if (amount == 0) revert ZeroAmount();
        if (refundAccount == bytes32(0)) revert ZeroRefundAccount();
        if (reason == 0 || reason > uint8(type(RefundReason).max)) revert InvalidReason(reason);
        quorum.consume(
            Attestations.KIND_SOLANA_DEPOSIT,
            id,
            Attestations.solanaDepositRefundHash(id, mint, amount, refundAccount, reason),
            signatures
        );
        emit DepositRefundRecorded(id, mint, amount, refundAccount, reason);
    }

    /// @inheritdoc ISolanaGateway
    function completeRelease(bytes32 id) external whenNotPaused nonReentrant {
        QueuedRelease memory q = _queued[id];
        if (q.recipient == address(0)) revert NotQueued(id);
        if (block.timestamp < q.releasableAt) revert NotYetReleasable(id, q.releasableAt, block.timestamp);
        delete _queued[id];
        pendingTotal -= q.amount;
        emit QueuedReleaseCompleted(id, q.recipient, q.amount);
        grid.safeTransfer(q.recipient, q.amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Arbitrum → Solana
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ISolanaGateway
    function bridgeToSolana(uint8 mint, uint256 gridAmount, bytes32 solanaRecipient, uint64 minSolanaAmount)
        external
        whenNotPaused
        nonReentrant
        returns (uint64 id)
    {
        if (solanaRecipient == bytes32(0)) revert ZeroSolanaRecipient();
        if (gridAmount == 0) revert ZeroAmount();
        if (gridAmount < minOutbound) revert BelowMinOutbound(gridAmount, minOutbound);
        uint96 amount = SafeCast.toUint96(gridAmount);
        Pool memory pool = _pool;
        uint64 solanaAmount;
        uint256 fee;
        uint256 price;
        if (mint == Attestations.SOLANA_MINT_GRID) {
            uint256 units = gridAmount / _gridUnit;
            if (gridAmount % _gridUnit != 0 || units > type(uint64).max) {
                revert AmountNotRepresentable(gridAmount, _gridUnit);
            }
            // casting to 'uint64' is safe: checked above
            // forge-lint: disable-next-line(unsafe-typecast)
            solanaAmount = uint64(units);
            _flow.locked += amount;
        } else if (mint == Attestations.SOLANA_MINT_USDC) {
            (solanaAmount, fee, price) = _gridToUsdc(gridAmount, _limits.swapFeeBps);
            if (solanaAmount > pool.usdcLiquidity) {
                revert InsufficientUsdcLiquidity(solanaAmount, pool.usdcLiquidity);
            }
            pool.usdcLiquidity -= solanaAmount;
            pool.reserve += amount;
        } else {
            revert UnknownMint(mint);
        }
        if (solanaAmount < minSolanaAmount) revert SlippageExceeded(solanaAmount, minSolanaAmount);
        id = ++pool.outboundCount;
        _pool = pool;
        _outbounds[id] = Outbound({
            sender: msg.sender,
            gridAmount: amount,
            solanaAmount: solanaAmount,
            mint: mint,
            status: OutboundStatus.Open
        });
        emit OutboundRequested(id, msg.sender, mint, solanaRecipient, gridAmount, solanaAmount, fee, price);
        grid.safeTransferFrom(msg.sender, address(this), gridAmount);
    }

    /// @inheritdoc ISolanaGateway
    function returnOutbound(uint64 id, uint8 reason, bytes calldata signatures)
        external
        whenNotPaused
        nonReentrant
    {
        if (reason == 0 || reason > uint8(type(ReturnReason).max)) revert InvalidReason(reason);
        Outbound memory o = _outbounds[id];
        if (o.status != OutboundStatus.Open) {
            if (o.status == OutboundStatus.None) revert UnknownOutbound(id);
            revert OutboundNotOpen(id, o.status);
        }
        if (o.mint == Attestations.SOLANA_MINT_GRID) {
            uint96 lockedNow = _flow.locked;
            if (o.gridAmount > lockedNow) revert InsufficientLocked(o.gridAmount, lockedNow);
            _flow.locked = lockedNow - o.gridAmount;
        } else {
            Pool memory pool = _pool;
            if (o.gridAmount > pool.reserve) revert InsufficientReserve(o.gridAmount, pool.reserve);
            pool.reserve -= o.gridAmount;
            pool.usdcLiquidity += o.solanaAmount;
            _pool = pool;
        }
        quorum.consume(
            Attestations.KIND_SOLANA_OUTBOUND_RETURN,
            bytes32(uint256(id)),
            Attestations.solanaOutboundReturnHash(id, reason),
            signatures
        );
        _outbounds[id].status = OutboundStatus.Returned;
        emit OutboundReturned(id, o.sender, o.gridAmount, reason);
        grid.safeTransfer(o.sender, o.gridAmount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reserve
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ISolanaGateway
    /// @dev Credits what arrived, so a token that delivers less than asked cannot inflate the reserve.
    function fundReserve(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 before = grid.balanceOf(address(this));
        grid.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = grid.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        uint96 funded = _pool.reserve + SafeCast.toUint96(received);
        _pool.reserve = funded;
        emit ReserveFunded(msg.sender, received, funded);
    }

    /// @notice Takes `amount` GRID out of the reserve (never locked GRID or queued releases). Owner.
    function withdrawReserve(address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint96 available = _pool.reserve;
        if (amount > available) revert InsufficientReserve(amount, available);
        // casting to 'uint96' is safe: amount <= available, a uint96
        // forge-lint: disable-next-line(unsafe-typecast)
        available -= uint96(amount);
        _pool.reserve = available;
        emit ReserveWithdrawn(to, amount, available);
        grid.safeTransfer(to, amount);
    }

    /// @notice Sends tokens this contract does not owe to `to`: GRID above `locked + reserve + pendingTotal`, or
    /// any other token. Owner.
    function sweep(IERC20 token, address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 surplus = token.balanceOf(address(this));
        if (address(token) == address(grid)) surplus -= _owed();
        if (amount > surplus) revert SweepAboveSurplus(address(token), amount, surplus);
        emit Swept(address(token), to, amount);
        token.safeTransfer(to, amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Governance
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Sets the GRID releasable per window (nonzero; also the largest single release) for releases
    /// recorded from now on. Owner.
    function setWindowCap(uint96 windowCap_) external onlyOwner {
        _setWindowCap(windowCap_);
    }

    /// @notice Releases above `threshold` GRID wei (nonzero) wait `delay` seconds (at most MAX_LARGE_DELAY)
    /// after they are recorded, from now on. Owner.
    function setLargeTransfer(uint96 threshold, uint32 delay) external onlyOwner {
        _setLargeTransfer(threshold, delay);
    }

    /// @notice Sets the swap fee in basis points (at most MAX_SWAP_FEE_BPS), both directions. Owner.
    function setSwapFee(uint16 swapFeeBps_) external onlyOwner {
        _setSwapFee(swapFeeBps_);
    }

    /// @notice Sets the smallest outbound GRID amount. Owner.
    function setMinOutbound(uint96 minOutbound_) external onlyOwner {
        _setMinOutbound(minOutbound_);
    }

    /// @notice Sets the guardian, who may pause (zero: none). Owner.
    function setGuardian(address guardian_) external onlyOwner {
        _setGuardian(guardian_);
    }

    /// @notice Stops releases, completions, refund records, outbound transfers and returns. Owner or guardian.
    function pause() external onlyOwnerOrGuardian {
        _pause();
    }

    /// @notice Resumes everything; what was attested or queued meanwhile completes as it would have. Owner.
    function unpause() external onlyOwner {
        _unpause();
    }

    function _setWindowCap(uint96 windowCap_) private {
        if (windowCap_ == 0) revert InvalidConfig("windowCap");
        _limits.windowCap = windowCap_;
        emit WindowCapSet(windowCap_);
    }

    function _setLargeTransfer(uint96 threshold, uint32 delay) private {
        if (threshold == 0) revert InvalidConfig("largeThreshold");
        if (delay > MAX_LARGE_DELAY) revert InvalidConfig("largeDelay");
        _limits.largeThreshold = threshold;
        _limits.largeDelay = delay;
        emit LargeTransferSet(threshold, delay);
    }

    function _setSwapFee(uint16 swapFeeBps_) private {
        if (swapFeeBps_ > MAX_SWAP_FEE_BPS) revert InvalidConfig("swapFeeBps");
        _limits.swapFeeBps = swapFeeBps_;
        emit SwapFeeSet(swapFeeBps_);
    }

    function _setMinOutbound(uint96 minOutbound_) private {
        minOutbound = minOutbound_;
        emit MinOutboundSet(minOutbound_);
    }

    function _setGuardian(address guardian_) private {
        guardian = guardian_;
        emit GuardianSet(guardian_);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------

    function _depositId(DepositKey calldata key) private pure returns (bytes32) {
        if (key.cluster == bytes32(0) || (key.signatureHi == bytes32(0) && key.signatureLo == bytes32(0))) {
            revert ZeroDepositKey();
        }
        return Attestations.solanaDepositId(key.cluster, key.signatureHi, key.signatureLo, key.index);
    }

    /// @dev Books a deposit of `amount` raw units of `mint`: takes its GRID out of `locked` (GRID) or the
    /// reserve (USDC, whose USDC joins the pool) and schedules it. Writes the flow and pool slots; the caller
    /// reverts the whole transaction if the attestation does not verify.
    function _book(uint8 mint, uint64 amount) private returns (Booking memory b) {
        if (amount == 0) revert ZeroAmount();
        Limits memory lim = _limits;
        Flow memory flow = _flow;
        if (mint == Attestations.SOLANA_MINT_GRID) {
            b.gridAmount = uint256(amount) * _gridUnit;
            if (b.gridAmount > flow.locked) revert InsufficientLocked(b.gridAmount, flow.locked);
            // casting to 'uint96' is safe: gridAmount <= locked, a uint96
            // forge-lint: disable-next-line(unsafe-typecast)
            flow.locked -= uint96(b.gridAmount);
        } else if (mint == Attestations.SOLANA_MINT_USDC) {
            (b.gridAmount, b.fee, b.price) = _usdcToGrid(amount, lim.swapFeeBps);
            _takeFromReserve(b.gridAmount, amount);
        } else {
            revert UnknownMint(mint);
        }
        (b.window, b.releasableAt) = _schedule(flow, b.gridAmount, lim);
        _flow = flow;
    }

    /// @dev Schedules `gridAmount` into the frontier window or the next one (updating `flow`), and returns that
    /// window and when the release can be paid.
    function _schedule(Flow memory flow, uint256 gridAmount, Limits memory lim)
        private
        view
        returns (uint64 window, uint64 releasableAt)
    {
        uint256 cap = lim.windowCap;
        if (gridAmount > cap) revert AmountAboveCap(gridAmount, cap);
        uint64 current = uint64(block.timestamp / windowLength);
        if (flow.frontier < current) {
            flow.frontier = current;
            flow.frontierUsed = 0;
        } else if (flow.frontierUsed + gridAmount > cap) {
            flow.frontier += 1;
            flow.frontierUsed = 0;
        }
        // casting to 'uint96' is safe: gridAmount <= cap, a uint96, and frontierUsed + gridAmount <= cap
        // forge-lint: disable-next-line(unsafe-typecast)
        flow.frontierUsed += uint96(gridAmount);
        window = flow.frontier;
        uint256 due = Math.max(uint256(window) * windowLength, block.timestamp);
        if (gridAmount > lim.largeThreshold) due = Math.max(due, block.timestamp + lim.largeDelay);
        // casting to 'uint64' is safe: a timestamp within one window and 30 days of now
        // forge-lint: disable-next-line(unsafe-typecast)
        releasableAt = uint64(due);
    }

    /// @dev Moves a USDC deposit's GRID out of the reserve and counts its USDC in the pool.
    function _takeFromReserve(uint256 gridAmount, uint64 usdcAmount) private {
        Pool memory pool = _pool;
        if (gridAmount > pool.reserve) revert InsufficientReserve(gridAmount, pool.reserve);
        // casting to 'uint96' is safe: gridAmount <= reserve, a uint96
        // forge-lint: disable-next-line(unsafe-typecast)
        pool.reserve -= uint96(gridAmount);
        pool.usdcLiquidity += usdcAmount;
        _pool = pool;
    }

    /// @dev GRID for `usdcAmount` raw USDC: gross = usdc (as 18-decimal USD) / price, rounded down; the fee is
    /// rounded up; the recipient gets gross - fee.
    function _usdcToGrid(uint64 usdcAmount, uint16 feeBps)
        private
        view
        returns (uint256 gridAmount, uint256 fee, uint256 price)
    {
        (price,) = priceOracle.gridUsdPrice();
        uint256 gross = (uint256(usdcAmount) * _usdUnit * 1e18) / price;
        fee = Math.mulDiv(gross, feeBps, BPS, Math.Rounding.Ceil);
        gridAmount = gross - fee;
        if (gridAmount == 0) revert SwapTooSmall();
    }

    /// @dev Raw USDC for `gridAmount` GRID wei: gross = grid * price as 18-decimal USD, in raw USDC rounded down;
    /// the fee (in raw USDC) is rounded up; the recipient gets gross - fee.
    function _gridToUsdc(uint256 gridAmount, uint16 feeBps)
        private
        view
        returns (uint64 usdcAmount, uint256 fee, uint256 price)
    {
        (price,) = priceOracle.gridUsdPrice();
        uint256 gross = Math.mulDiv(gridAmount, price, 1e18 * _usdUnit);
        fee = Math.mulDiv(gross, feeBps, BPS, Math.Rounding.Ceil);
        uint256 net = gross - fee;
        if (net == 0) revert SwapTooSmall();
        usdcAmount = SafeCast.toUint64(net);
    }

    function _owed() private view returns (uint256) {
        return uint256(_flow.locked) + _pool.reserve + pendingTotal;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------

    /// @notice A deposit's replay key as the attestation id.
    function depositId(DepositKey calldata key) external pure returns (bytes32) {
        return _depositId(key);
    }

    /// @notice Whether the inspectors' decision on a deposit (release or refund) has been recorded.
    function depositDecided(bytes32 id) external view returns (bool) {
        return quorum.consumed(address(this), Attestations.KIND_SOLANA_DEPOSIT, id);
    }

    /// @notice A queued release (zero when none, or already paid).
    function queuedRelease(bytes32 id) external view returns (QueuedRelease memory) {
        return _queued[id];
    }

    /// @notice An outbound transfer (status None when unknown).
    function outbound(uint64 id) external view returns (Outbound memory) {
        return _outbounds[id];
    }

    /// @notice The limits: GRID per window (and largest release), large-transfer threshold and delay, swap fee.
    function limits()
        external
        view
        returns (uint256 windowCap, uint256 largeThreshold, uint32 largeDelay, uint16 swapFeeBps)
    {
        Limits memory l = _limits;
        return (l.windowCap, l.largeThreshold, l.largeDelay, l.swapFeeBps);
    }

    /// @notice The window in progress.
    function currentWindow() external view returns (uint64) {
        return uint64(block.timestamp / windowLength);
    }

    /// @notice The latest window with releases scheduled, and the GRID scheduled into it.
    function frontier() external view returns (uint64 window, uint256 scheduled) {
        return (_flow.frontier, _flow.frontierUsed);
    }

    /// @notice GRID wei locked against GRID released on Solana.
    function locked() external view returns (uint256) {
        return _flow.locked;
    }

    /// @notice GRID wei in the swap reserve.
    function reserve() external view returns (uint256) {
        return _pool.reserve;
    }

    /// @notice Raw USDC in the Solana vault that belongs to the swap pool (what GRID → USDC can draw).
    function usdcLiquidity() external view returns (uint256) {
        return _pool.usdcLiquidity;
    }

    /// @notice Outbound transfers so far (the latest id).
    function outboundCount() external view returns (uint64) {
        return _pool.outboundCount;
    }

    /// @notice What `releaseDeposit` would pay for a deposit now: GRID wei, the fee (USDC only) and the rate
    /// used (USDC only). Reverts as the release would on an unknown mint, a stale rate or a swap too small.
    function quoteDeposit(uint8 mint, uint64 amount)
        external
        view
        returns (uint256 gridAmount, uint256 fee, uint256 price)
    {
        if (mint == Attestations.SOLANA_MINT_GRID) return (uint256(amount) * _gridUnit, 0, 0);
        if (mint == Attestations.SOLANA_MINT_USDC) return _usdcToGrid(amount, _limits.swapFeeBps);
        revert UnknownMint(mint);
    }

    /// @notice What `bridgeToSolana` would release on Solana for `gridAmount` now: raw units, the fee (raw USDC,
    /// USDC only) and the rate used (USDC only).
    function quoteOutbound(uint8 mint, uint256 gridAmount)
        external
        view
        returns (uint64 solanaAmount, uint256 fee, uint256 price)
    {
        if (mint == Attestations.SOLANA_MINT_GRID) {
            uint256 units = gridAmount / _gridUnit;
            if (gridAmount % _gridUnit != 0 || units > type(uint64).max) {
                revert AmountNotRepresentable(gridAmount, _gridUnit);
            }
            // casting to 'uint64' is safe: checked above
            // forge-lint: disable-next-line(unsafe-typecast)
            return (uint64(units), 0, 0);
        }
        if (mint == Attestations.SOLANA_MINT_USDC) return _gridToUsdc(gridAmount, _limits.swapFeeBps);
        revert UnknownMint(mint);
    }

    /// @notice The window a release of `gridAmount` recorded now would count in, and when it could be paid.
    function previewSchedule(uint256 gridAmount) external view returns (uint64 window, uint64 releasableAt) {
        Flow memory flow = _flow;
        return _schedule(flow, gridAmount, _limits);
    }
}
