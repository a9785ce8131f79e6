// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Test} from "../utils/Test.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {HandlerCoverage} from "../utils/HandlerCoverage.sol";
import {GridToken} from "../../src/GridToken.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../../src/GridPriceOracle.sol";
import {SolanaGateway} from "../../src/SolanaGateway.sol";
import {ISolanaGateway} from "../../src/interfaces/ISolanaGateway.sol";
import {IAttestationQuorum} from "../../src/interfaces/IAttestationQuorum.sol";
import {Attestations} from "../../src/Attestations.sol";

/// @notice The actors and the stack the handler drives, passed in one piece.
struct GatewayStack {
    SolanaGateway gateway;
    SolanaGateway twin;
    SolanaGateway bare;
    GridToken grid;
    AttestationQuorum quorum;
    GridPriceOracle oracle;
    address governance;
    address guardian;
    address treasury;
}

/// @notice Drives SolanaGateway through random sequences against a model of the Solana side: GRID bridged out
/// (executed on Solana, left open, or returned), GRID and USDC deposited on Solana and released here (or refunded
/// when the model says they cannot be served), malformed deposits refunded, forged releases by an attacker holding
/// k inspector keys (and refused attempts with k - 1), replays of every decision with the same and mutated key and
/// domain fields, queued releases completed by anyone, pauses (every flow refused while paused, then resumed),
/// reserve funding and withdrawals, time and rate changes, limit changes, and calls with no trusted defaults. Every
/// outcome is predicted from the spec before the call; ghosts mirror what the gateway must hold.
contract GatewayHandler is Test, HandlerCoverage {
    uint256 internal constant GRID_UNIT = 1e9;
    uint256 internal constant USD_UNIT = 1e12;
    uint8 internal constant GRID_MINT = Attestations.SOLANA_MINT_GRID;
    uint8 internal constant USDC_MINT = Attestations.SOLANA_MINT_USDC;
    uint256 internal constant ACTORS = 4;

    SolanaGateway internal immutable gateway;
    SolanaGateway internal immutable twin;
    SolanaGateway internal immutable bare;
    GridToken internal immutable grid;
    AttestationQuorum internal immutable quorum;
    GridPriceOracle internal immutable oracle;
    address internal immutable governance;
    address internal immutable guardian;
    address internal immutable treasury;
    address public immutable attacker;
    uint32 internal immutable windowLength;
    uint256[] internal signerKeys;
    uint8 internal immutable threshold;

    address[] public recipients;
    address[] public bridgers;

    // ------------------------------------------------------------------------------------------- Solana model
    /// @notice Raw Solana GRID outside the vault: released on Solana for executed outbound transfers, less what
    /// came back in deposits.
    uint256 public solanaCirculating;
    /// @notice GRID wei of GRID outbound transfers neither executed on Solana nor returned.
    uint256 public openGridOutbound;
    /// @notice Outbound transfers the Solana side has not executed (both mints), returnable.
    uint64[] internal openOutbounds;

    // ----------------------------------------------------------------------------------------------- ghosts
    uint256 public ghostTime;
    uint256 public ghostLocked;
    uint256 public ghostReserve;
    uint256 public ghostUsdcLiquidity;
    uint256 public ghostPending;
    /// @notice GRID wei of every release recorded (attested), paid or queued.
    uint256 public ghostAttested;
    /// @notice GRID wei paid to deposit recipients.
    uint256 public ghostPaid;
    /// @notice GRID wei of releases forged by the attacker (no deposit on Solana behind them).
    uint256 public ghostForged;
    uint256 public ghostReturned;
    /// @notice The cap schedule as the spec predicts it.
    uint64 public ghostFrontier;
    uint256 public ghostFrontierUsed;
    uint256 public ghostCap;
    uint256 public ghostThreshold;
    uint32 public ghostDelay;
    /// @notice GRID scheduled into each window, and the largest cap in force while it was.
    mapping(uint64 window => uint256) public scheduled;
    mapping(uint64 window => uint256) public capAt;
    uint64[] public windows;
    mapping(bytes32 depositId => uint256) public decisions;
    bytes32[] public decidedIds;

    struct Decision {
        ISolanaGateway.DepositKey key;
        uint8 mint;
        uint64 amount;
        address recipient;
        bytes32 refundAccount;
        uint8 reason;
        bytes signatures;
    }

    Decision[] internal _decided;

    struct Queued {
        bytes32 id;
        uint256 amount;
        uint64 window;
        uint64 due;
    }

    Queued[] internal _queue;

    /// @notice Set when an outcome differs from the prediction.
    string public violation;
    mapping(bytes32 name => uint256) public calls;
    uint256 internal _nonce;

    constructor(GatewayStack memory s, uint256[] memory signerKeys_, uint8 threshold_) {
        gateway = s.gateway;
        twin = s.twin;
        bare = s.bare;
        grid = s.grid;
        quorum = s.quorum;
        oracle = s.oracle;
        governance = s.governance;
        guardian = s.guardian;
        treasury = s.treasury;
        windowLength = s.gateway.windowLength();
        signerKeys = QuorumHelper.sortByAddress(signerKeys_);
        threshold = threshold_;
        attacker = makeAddr("gateway attacker");
        for (uint256 i; i < ACTORS; ++i) {
            recipients.push(makeAddr(string.concat("gateway recipient ", vm.toString(i))));
            bridgers.push(makeAddr(string.concat("gateway bridger ", vm.toString(i))));
        }
        ghostTime = block.timestamp;
        (ghostCap, ghostThreshold, ghostDelay,) = s.gateway.limits();
        (ghostFrontier, ghostFrontierUsed) = s.gateway.frontier();
    }

    modifier action(bytes32 name) {
        vm.warp(ghostTime);
        calls[name]++;
        _;
    }

    // ============================================================================================ outbound

    /// @notice A bridger sends GRID to Solana; the Solana side executes it (3 in 4) or leaves it open.
    function bridgeGrid(uint256 actorSeed, uint256 amountSeed, uint256 executeSeed)
        external
        action("bridgeGrid")
    {
        _resumeIfPaused(abi.encodeCall(gateway.bridgeToSolana, (GRID_MINT, 1e18, bytes32(uint256(1)), 0)));
        uint256 amount =
            bound(amountSeed, 1, 400_000) * 1e18 + bound(amountSeed >> 128, 0, 1e9 - 1) * GRID_UNIT;
        _bridge(bridgers[actorSeed % ACTORS], amount, executeSeed % 4 != 0);
        _succeeded();
    }

    function _bridge(address who, uint256 amount, bool execute) internal returns (uint64 id) {
        vm.prank(treasury);
        require(grid.transfer(who, amount), "GatewayHandler: fund bridger");
        vm.startPrank(who);
        grid.approve(address(gateway), amount);
        id = gateway.bridgeToSolana(
            GRID_MINT, amount, keccak256(abi.encode("wallet", who)), uint64(amount / GRID_UNIT)
        );
        vm.stopPrank();
        ghostLocked += amount;
        if (execute) {
            solanaCirculating += amount / GRID_UNIT;
        } else {
            openGridOutbound += amount;
            openOutbounds.push(id);
        }
    }

    /// @notice A bridger swaps GRID for USDC on Solana, within the pool's USDC (deposited first when the pool is
    /// nearly empty); more than the pool holds is refused.
    function bridgeUsdc(uint256 actorSeed, uint256 amountSeed, uint256 openSeed)
        external
        action("bridgeUsdc")
    {
        _resumeIfPaused(abi.encodeCall(gateway.bridgeToSolana, (USDC_MINT, 1e18, bytes32(uint256(1)), 0)));
        if (ghostUsdcLiquidity < 10e6) _depositUsdcHonest(recipients[0]);
        address who = bridgers[actorSeed % ACTORS];
        (uint256 price,) = oracle.gridUsdPrice();
        (,,, uint16 feeBps) = gateway.limits();
        // The most GRID whose USDC the pool can pay (gross, before the fee, is an upper bound of the net).
        uint256 most = Math.mulDiv(ghostUsdcLiquidity, 1e18 * USD_UNIT, price);
        if (most < 2e18) most = 2e18;
        uint256 amount = bound(amountSeed, 1e18, most + most / 4); // up to 25% beyond: some must be refused
        uint256 gross = Math.mulDiv(amount, price, 1e18 * USD_UNIT);
        uint256 fee = Math.mulDiv(gross, feeBps, 10_000, Math.Rounding.Ceil);
        uint256 out = gross - fee;
        vm.prank(treasury);
        require(grid.transfer(who, amount), "GatewayHandler: fund bridger");
        vm.startPrank(who);
        grid.approve(address(gateway), amount);
        if (out == 0 || out > ghostUsdcLiquidity) {
            try gateway.bridgeToSolana(USDC_MINT, amount, keccak256("usdc wallet"), 0) {
                _fail("USDC outbound beyond the pool accepted");
            } catch (bytes memory reason) {
                _expect(
                    reason,
                    out == 0
                        ? ISolanaGateway.SwapTooSmall.selector
                        : ISolanaGateway.InsufficientUsdcLiquidity.selector,
                    "USDC outbound beyond the pool"
                );
            }
            require(grid.transfer(treasury, amount), "GatewayHandler: give back");
            vm.stopPrank();
            calls["bridgeUsdcRefused"]++;
        } else {
            uint64 id = gateway.bridgeToSolana(USDC_MINT, amount, keccak256("usdc wallet"), uint64(out));
            vm.stopPrank();
            ghostReserve += amount;
            ghostUsdcLiquidity -= out;
            if (openSeed % 4 == 0) openOutbounds.push(id);
        }
        _succeeded();
    }

    /// @notice The inspectors return an outbound transfer the Solana side did not execute; returning it again is
    /// refused.
    function returnOutbound(uint256 indexSeed) external action("returnOutbound") {
        _resumeIfPaused(abi.encodeCall(gateway.returnOutbound, (1, 1, "")));
        if (openOutbounds.length == 0) _bridge(bridgers[indexSeed % ACTORS], 10e18, false);
        uint256 i = indexSeed % openOutbounds.length;
        uint64 id = openOutbounds[i];
        ISolanaGateway.Outbound memory o = gateway.outbound(id);
        bytes memory sigs = _signReturn(id, 1);
        uint256 senderBefore = grid.balanceOf(o.sender);
        bool isGrid = o.mint == GRID_MINT;
        if (isGrid ? o.gridAmount > ghostLocked : o.gridAmount > ghostReserve) {
            // Forged releases drained the lock, or governance the reserve: the return waits.
            try gateway.returnOutbound(id, 1, sigs) {
                _fail("return without cover accepted");
            } catch (bytes memory reason) {
                _expect(
                    reason,
                    isGrid
                        ? ISolanaGateway.InsufficientLocked.selector
                        : ISolanaGateway.InsufficientReserve.selector,
                    "return without cover"
                );
            }
            calls["returnWithoutCover"]++;
            _succeeded();
            return;
        }
        gateway.returnOutbound(id, 1, sigs);
        if (grid.balanceOf(o.sender) != senderBefore + o.gridAmount) _fail("return paid a wrong amount");
        if (isGrid) {
            ghostLocked -= o.gridAmount;
            openGridOutbound -= o.gridAmount;
        } else {
            ghostReserve -= o.gridAmount;
            ghostUsdcLiquidity += o.solanaAmount;
        }
        ghostReturned += o.gridAmount;
        openOutbounds[i] = openOutbounds[openOutbounds.length - 1];
        openOutbounds.pop();
        try gateway.returnOutbound(id, 1, sigs) {
            _fail("second return accepted");
        } catch (bytes memory reason) {
            _expect(reason, ISolanaGateway.OutboundNotOpen.selector, "second return");
        }
        _succeeded();
    }

    // ============================================================================================= deposits

    /// @notice A Solana holder deposits GRID back (bridged out first when none circulates); released, or refunded
    /// when it is above the cap or forged releases left too little locked.
    function depositGrid(uint256 recipientSeed, uint256 amountSeed) external action("depositGrid") {
        _resumeIfPaused(abi.encodeCall(gateway.completeRelease, (bytes32(uint256(1)))));
        if (solanaCirculating == 0) _bridge(bridgers[amountSeed % ACTORS], 100_000e18, true);
        uint64 amount = uint64(bound(amountSeed, 1, solanaCirculating));
        uint256 gridAmount = uint256(amount) * GRID_UNIT;
        ISolanaGateway.DepositKey memory key = _freshKey();
        address recipient = recipients[recipientSeed % ACTORS];
        uint8 refundReason;
        bytes4 expected;
        if (gridAmount > ghostLocked) {
            (refundReason, expected) =
            (uint8(ISolanaGateway.RefundReason.ReserveShort), ISolanaGateway.InsufficientLocked.selector);
        } else if (gridAmount > ghostCap) {
            (refundReason, expected) =
            (uint8(ISolanaGateway.RefundReason.AboveCap), ISolanaGateway.AmountAboveCap.selector);
        }
        if (refundReason == 0) {
            _releaseAndCheck(key, GRID_MINT, amount, recipient, gridAmount);
            ghostLocked -= gridAmount;
            solanaCirculating -= amount;
        } else {
            _refuseThenRefund(key, GRID_MINT, amount, recipient, expected, refundReason);
        }
        _succeeded();
    }

    /// @notice A Solana holder deposits USDC; swapped from the reserve at the oracle rate less the fee, or refunded
    /// when the reserve or the cap cannot take it.
    function depositUsdc(uint256 recipientSeed, uint256 amountSeed) external action("depositUsdc") {
        _resumeIfPaused(abi.encodeCall(gateway.completeRelease, (bytes32(uint256(1)))));
        if (ghostReserve < 1_000e18) _fund(500_000e18);
        _depositUsdc(recipients[recipientSeed % ACTORS], uint64(bound(amountSeed, 1, 400_000e6)));
        _succeeded();
    }

    /// @dev A USDC deposit the gateway can serve: worth at most half the cap, with the reserve topped up.
    function _depositUsdcHonest(address recipient) internal {
        (uint256 price,) = oracle.gridUsdPrice();
        uint256 amount = Math.min(50_000e6, Math.mulDiv(ghostCap / 2, price, 1e18 * USD_UNIT));
        if (ghostReserve < ghostCap) _fund(ghostCap);
        _depositUsdc(recipient, uint64(amount));
    }

    function _depositUsdc(address recipient, uint64 amount) internal {
        (uint256 price,) = oracle.gridUsdPrice();
        (,,, uint16 feeBps) = gateway.limits();
        uint256 gross = (uint256(amount) * USD_UNIT * 1e18) / price;
        uint256 out = gross - Math.mulDiv(gross, feeBps, 10_000, Math.Rounding.Ceil);
        ISolanaGateway.DepositKey memory key = _freshKey();
        uint8 refundReason;
        bytes4 expected;
        if (out == 0) {
            (refundReason, expected) =
            (uint8(ISolanaGateway.RefundReason.TooSmall), ISolanaGateway.SwapTooSmall.selector);
        } else if (out > ghostReserve) {
            (refundReason, expected) =
            (uint8(ISolanaGateway.RefundReason.ReserveShort), ISolanaGateway.InsufficientReserve.selector);
        } else if (out > ghostCap) {
            (refundReason, expected) =
            (uint8(ISolanaGateway.RefundReason.AboveCap), ISolanaGateway.AmountAboveCap.selector);
        }
        if (refundReason == 0) {
            _releaseAndCheck(key, USDC_MINT, amount, recipient, out);
            ghostReserve -= out;
            ghostUsdcLiquidity += amount;
        } else {
            _refuseThenRefund(key, USDC_MINT, amount, recipient, expected, refundReason);
        }
    }

    /// @notice A deposit with a malformed memo: refunded, whatever its mint.
    function depositMalformed(uint256 mintSeed, uint256 amountSeed) external action("depositMalformed") {
        _resumeIfPaused(abi.encodeCall(gateway.completeRelease, (bytes32(uint256(1)))));
        _recordRefund(
            _freshKey(),
            mintSeed % 2 == 0 ? GRID_MINT : USDC_MINT,
            uint64(bound(amountSeed, 1, type(uint64).max)),
            uint8(ISolanaGateway.RefundReason.MalformedMemo)
        );
        _succeeded();
    }

    /// @notice The attacker holds k inspector keys and forges GRID releases to itself; with k - 1 keys (or an
    /// outsider in place of a member) it gets nothing.
    function forgeRelease(uint256 amountSeed) external action("forgeRelease") {
        _resumeIfPaused(abi.encodeCall(gateway.completeRelease, (bytes32(uint256(1)))));
        if (ghostLocked < GRID_UNIT) _bridge(bridgers[amountSeed % ACTORS], 100_000e18, true);
        uint256 most = Math.min(ghostLocked, ghostCap) / GRID_UNIT;
        uint64 amount = uint64(bound(amountSeed, 1, most));
        ISolanaGateway.DepositKey memory key = _freshKey();
        uint256[] memory fewer = new uint256[](threshold - 1);
        for (uint256 i; i < fewer.length; ++i) {
            fewer[i] = signerKeys[(amountSeed % signerKeys.length + i) % signerKeys.length];
        }
        bytes memory weak = _signRelease(key, GRID_MINT, amount, attacker, QuorumHelper.sortByAddress(fewer));
        try gateway.releaseDeposit(key, GRID_MINT, amount, attacker, weak) {
            _fail("k - 1 signatures released");
        } catch (bytes memory reason) {
            _expect(reason, IAttestationQuorum.NotEnoughSignatures.selector, "k - 1 signatures");
        }
        uint256 gridAmount = uint256(amount) * GRID_UNIT;
        _releaseAndCheck(key, GRID_MINT, amount, attacker, gridAmount);
        ghostLocked -= gridAmount;
        ghostForged += gridAmount;
        _succeeded();
    }

    // ============================================================================================ completion

    /// @notice Anyone completes a queued release: refused before its time, paid from it.
    function complete(uint256 indexSeed) external action("complete") {
        _resumeIfPaused(abi.encodeCall(gateway.completeRelease, (bytes32(uint256(1)))));
        if (_queue.length == 0) _queueOne();
        uint256 i = indexSeed % _queue.length;
        Queued memory q = _queue[i];
        if (block.timestamp < q.due) {
            try gateway.completeRelease(q.id) {
                _fail("completed early");
            } catch (bytes memory reason) {
                _expect(reason, ISolanaGateway.NotYetReleasable.selector, "early completion");
            }
            ghostTime = q.due;
            vm.warp(ghostTime);
        }
        _complete(i);
        _succeeded();
    }

    /// @dev Queues one release: a large GRID deposit (above the threshold, within the cap).
    function _queueOne() internal {
        uint256 amount = Math.min(ghostThreshold + GRID_UNIT, ghostCap);
        if (amount <= ghostThreshold) {
            // The threshold is at the cap: fill the frontier window so the next release goes to the next one.
            amount = ghostCap;
        }
        uint64 units = uint64(Math.ceilDiv(amount, GRID_UNIT));
        uint256 before = _queue.length;
        while (_queue.length == before) {
            _bridge(bridgers[0], uint256(units) * GRID_UNIT, true);
            ISolanaGateway.DepositKey memory key = _freshKey();
            _releaseAndCheck(key, GRID_MINT, units, recipients[1], uint256(units) * GRID_UNIT);
            ghostLocked -= uint256(units) * GRID_UNIT;
            solanaCirculating -= units;
        }
    }

    function _complete(uint256 i) internal {
        Queued memory q = _queue[i];
        ISolanaGateway.QueuedRelease memory r = gateway.queuedRelease(q.id);
        uint256 before = grid.balanceOf(r.recipient);
        vm.prank(recipients[i % ACTORS]);
        gateway.completeRelease(q.id);
        if (grid.balanceOf(r.recipient) != before + q.amount) _fail("completion paid a wrong amount");
        if (block.timestamp < uint256(q.window) * windowLength) _fail("paid before its window");
        ghostPaid += q.amount;
        ghostPending -= q.amount;
        _queue[i] = _queue[_queue.length - 1];
        _queue.pop();
    }

    /// @notice Completes every queued release (afterInvariant): jumps past the last due time first.
    function completeAll() external {
        if (gateway.paused()) {
            vm.prank(governance);
            gateway.unpause();
        }
        for (uint256 i; i < _queue.length; ++i) {
            if (_queue[i].due > ghostTime) ghostTime = _queue[i].due;
        }
        vm.warp(ghostTime);
        while (_queue.length > 0) {
            _complete(0);
        }
    }

    // ================================================================================================ replay

    /// @notice Re-submits a decided deposit: the same call, the same key with the other decision, mutated key
    /// fields, and signatures for a twin gateway on the same quorum. All refused; nothing moves.
    function replay(uint256 indexSeed, uint256 variantSeed) external action("replay") {
        _resumeIfPaused(abi.encodeCall(gateway.completeRelease, (bytes32(uint256(1)))));
        if (_decided.length == 0) {
            _recordRefund(_freshKey(), GRID_MINT, 1, uint8(ISolanaGateway.RefundReason.MalformedMemo));
        }
        Decision memory d = _decided[indexSeed % _decided.length];
        uint256 variant = variantSeed % 5;
        if (d.refundAccount == bytes32(0) && (variant == 0 || !_bookable(d))) {
            // The same key, now attested (freshly, by k) as refunded: the key is spent, and a refund payload has
            // no booking that could fail first.
            d.refundAccount = keccak256("late refund");
            d.reason = 1;
            d.signatures = _signRefund(d.key, d.mint, d.amount, d.refundAccount, d.reason);
        }
        uint256 balance = grid.balanceOf(address(gateway));
        if (variant == 1) d.key.cluster = keccak256(abi.encode(d.key.cluster));
        if (variant == 2) d.key.index = d.key.index + 1;
        if (variant == 3) {
            d.key.signatureLo = bytes32(uint256(d.key.signatureLo) ^ (1 << (variantSeed % 256)));
        }
        bool ok;
        bytes memory reason;
        // Variant 4: signed for `gateway`, sent to its twin on the same quorum (which has GRID locked and a
        // reserve, so only the signatures can stop it).
        (ok, reason) = _submit(variant == 4 ? twin : gateway, d);
        if (ok) _fail("replay accepted");
        _expect(
            reason,
            variant == 0
                ? IAttestationQuorum.AttestationAlreadyConsumed.selector
                : IAttestationQuorum.UnknownSigner.selector,
            "replay"
        );
        if (grid.balanceOf(address(gateway)) != balance) _fail("replay moved GRID");
        calls[variant == 0 ? bytes32("replaySameKey") : bytes32("replayMutated")]++;
        _succeeded();
    }

    /// @dev Whether re-submitting release `d` would get past its booking (so only the quorum can refuse it):
    /// within the cap, with the lock or the reserve topped up to cover it.
    function _bookable(Decision memory d) internal returns (bool) {
        uint256 gridAmount;
        if (d.mint == GRID_MINT) {
            gridAmount = uint256(d.amount) * GRID_UNIT;
            if (gridAmount > ghostCap) return false;
            if (gridAmount > ghostLocked) {
                _bridge(bridgers[1], Math.ceilDiv(gridAmount - ghostLocked, 1e18) * 1e18, true);
            }
        } else {
            (uint256 price,) = oracle.gridUsdPrice();
            (,,, uint16 feeBps) = gateway.limits();
            uint256 gross = (uint256(d.amount) * USD_UNIT * 1e18) / price;
            gridAmount = gross - Math.mulDiv(gross, feeBps, 10_000, Math.Rounding.Ceil);
            if (gridAmount == 0 || gridAmount > ghostCap) return false;
            if (gridAmount > ghostReserve) _fund(gridAmount - ghostReserve);
        }
        return true;
    }

    function _submit(SolanaGateway target, Decision memory d)
        internal
        returns (bool ok, bytes memory reason)
    {
        if (d.refundAccount == bytes32(0)) {
            try target.releaseDeposit(d.key, d.mint, d.amount, d.recipient, d.signatures) {
                ok = true;
            } catch (bytes memory r) {
                reason = r;
            }
        } else {
            try target.recordRefund(d.key, d.mint, d.amount, d.refundAccount, d.reason, d.signatures) {
                ok = true;
            } catch (bytes memory r) {
                reason = r;
            }
        }
    }

    // ================================================================================================= pause

    /// @notice The guardian pauses: a due queued release cannot complete; the gateway stays paused until another
    /// handler finds it so (each then checks it is refused, and governance unpauses).
    function pause(uint256 seed) external action("pause") {
        if (!gateway.paused()) {
            vm.prank(guardian);
            gateway.pause();
        }
        if (_queue.length > 0) {
            Queued memory q = _queue[seed % _queue.length];
            if (q.due > ghostTime) ghostTime = q.due;
            vm.warp(ghostTime);
            try gateway.completeRelease(q.id) {
                _fail("completed while paused");
            } catch (bytes memory reason) {
                _expect(reason, Pausable.EnforcedPause.selector, "completion while paused");
            }
        }
        if (seed % 2 == 0) {
            vm.prank(governance);
            gateway.unpause();
        }
        _succeeded();
    }

    // =============================================================================== reserve, time, limits

    function fundReserve(uint256 amountSeed) external action("fundReserve") {
        _fund(bound(amountSeed, 1, 1_000_000e18));
        _succeeded();
    }

    function _fund(uint256 amount) internal {
        vm.startPrank(treasury);
        grid.approve(address(gateway), amount);
        gateway.fundReserve(amount);
        vm.stopPrank();
        ghostReserve += amount;
    }

    /// @notice Governance withdraws part of the reserve; one wei more than it holds is refused.
    function withdrawReserve(uint256 amountSeed) external action("withdrawReserve") {
        if (ghostReserve == 0) _fund(1_000e18);
        uint256 amount = bound(amountSeed, 1, ghostReserve);
        vm.startPrank(governance);
        try gateway.withdrawReserve(governance, ghostReserve + 1) {
            _fail("withdrew more than the reserve");
        } catch (bytes memory reason) {
            _expect(reason, ISolanaGateway.InsufficientReserve.selector, "withdraw above the reserve");
        }
        gateway.withdrawReserve(governance, amount);
        require(grid.transfer(treasury, amount), "GatewayHandler: back to the treasury");
        vm.stopPrank();
        ghostReserve -= amount;
        _succeeded();
    }

    /// @notice Time passes (up to two windows) and the inspectors post a new rate ($0.05 to $5).
    function warp(uint256 secondsSeed, uint256 priceSeed) external action("warp") {
        ghostTime += bound(secondsSeed, 1, 2 * uint256(windowLength));
        vm.warp(ghostTime);
        uint256 price = bound(priceSeed, 0.05e18, 5e18);
        bytes32 id = keccak256(abi.encode("handler price", ++_nonce));
        bytes memory sigs = _sign(
            address(oracle),
            Attestations.KIND_GRID_PRICE,
            id,
            Attestations.gridPriceHash(price, uint64(ghostTime)),
            signerKeys
        );
        oracle.postPrice(price, uint64(ghostTime), id, sigs);
        _succeeded();
    }

    /// @notice Governance changes the cap (100k to 1M GRID), the large-transfer threshold and delay.
    function setLimits(uint256 capSeed, uint256 thresholdSeed, uint256 delaySeed)
        external
        action("setLimits")
    {
        uint96 cap = uint96(bound(capSeed, 100_000, 1_000_000) * 1e18);
        uint96 largeThreshold = uint96(bound(thresholdSeed, 10_000, 1_000_000) * 1e18);
        uint32 delay = uint32(bound(delaySeed, 0, 2 days));
        vm.startPrank(governance);
        gateway.setWindowCap(cap);
        gateway.setLargeTransfer(largeThreshold, delay);
        vm.stopPrank();
        (ghostCap, ghostThreshold, ghostDelay) = (cap, largeThreshold, delay);
        _succeeded();
    }

    /// @notice No trusted defaults: a gateway on a quorum with no signer set, a zero key, a zero recipient.
    function noTrustedDefaults(uint256 seed) external action("noTrustedDefaults") {
        ISolanaGateway.DepositKey memory key = _freshKey();
        bytes memory sigs = _signRefund(key, GRID_MINT, 1, keccak256("account"), 1);
        try bare.recordRefund(key, GRID_MINT, 1, keccak256("account"), 1, sigs) {
            _fail("gateway without signers accepted an attestation");
        } catch (bytes memory reason) {
            _expect(reason, IAttestationQuorum.NoActiveSignerSet.selector, "no signer set");
        }
        ISolanaGateway.DepositKey memory zero = _freshKey();
        if (seed % 2 == 0) zero.cluster = bytes32(0);
        else (zero.signatureHi, zero.signatureLo) = (bytes32(0), bytes32(0));
        try gateway.releaseDeposit(zero, GRID_MINT, 1, recipients[0], sigs) {
            _fail("zero deposit key accepted");
        } catch (bytes memory reason) {
            _expect(reason, _pausedOr(ISolanaGateway.ZeroDepositKey.selector), "zero deposit key");
        }
        try gateway.releaseDeposit(key, GRID_MINT, 1, address(0), sigs) {
            _fail("zero recipient accepted");
        } catch (bytes memory reason) {
            _expect(reason, _pausedOr(ISolanaGateway.UnusableRecipient.selector), "zero recipient");
        }
        _succeeded();
    }

    // ============================================================================================ internals

    /// @dev The schedule the spec predicts for a release.
    struct Prediction {
        uint64 window;
        uint64 due;
        uint64 frontierAfter;
        uint256 usedAfter;
    }

    /// @dev Releases an attested deposit whose outcome the model says is a release, checking the schedule the
    /// spec predicts, the payment, and the window accounting.
    function _releaseAndCheck(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        address recipient,
        uint256 gridAmount
    ) internal {
        Prediction memory p = _predictSchedule(gridAmount);
        bytes memory sigs = _signRelease(key, mint, amount, recipient, signerKeys);
        uint256 before = grid.balanceOf(recipient);
        (uint256 got, uint64 releasableAt) = gateway.releaseDeposit(key, mint, amount, recipient, sigs);
        if (got != gridAmount) _fail("released a wrong GRID amount");
        if (releasableAt != p.due) _fail("scheduled at a wrong time");
        _account(p, gridAmount);
        if (p.due <= block.timestamp) {
            if (grid.balanceOf(recipient) != before + gridAmount) _fail("immediate release not paid");
            ghostPaid += gridAmount;
        } else {
            if (grid.balanceOf(recipient) != before) _fail("queued release paid early");
            _queue.push(Queued({id: _id(key), amount: gridAmount, window: p.window, due: p.due}));
            ghostPending += gridAmount;
            calls["queued"]++;
        }
        _recordDecision(Decision(key, mint, amount, recipient, bytes32(0), 0, sigs));
    }

    function _account(Prediction memory p, uint256 gridAmount) internal {
        (ghostFrontier, ghostFrontierUsed) = (p.frontierAfter, p.usedAfter);
        if (scheduled[p.window] == 0) windows.push(p.window);
        scheduled[p.window] += gridAmount;
        if (ghostCap > capAt[p.window]) capAt[p.window] = ghostCap;
        ghostAttested += gridAmount;
    }

    /// @dev The spec's schedule: the frontier window if it has room, else the next; never a past window; large
    /// releases wait the delay too.
    function _predictSchedule(uint256 gridAmount) internal view returns (Prediction memory p) {
        uint64 current = uint64(block.timestamp / windowLength);
        (p.frontierAfter, p.usedAfter) = (ghostFrontier, ghostFrontierUsed);
        if (p.frontierAfter < current) {
            (p.frontierAfter, p.usedAfter) = (current, 0);
        } else if (p.usedAfter + gridAmount > ghostCap) {
            (p.frontierAfter, p.usedAfter) = (p.frontierAfter + 1, 0);
        }
        p.usedAfter += gridAmount;
        p.window = p.frontierAfter;
        uint256 t = Math.max(uint256(p.window) * windowLength, block.timestamp);
        if (gridAmount > ghostThreshold) t = Math.max(t, block.timestamp + ghostDelay);
        p.due = uint64(t);
    }

    /// @dev A deposit the model says cannot be served: the release is refused with `expected` (the attestation
    /// stays unused), then the refund is recorded.
    function _refuseThenRefund(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        address recipient,
        bytes4 expected,
        uint8 refundReason
    ) internal {
        bytes memory sigs = _signRelease(key, mint, amount, recipient, signerKeys);
        try gateway.releaseDeposit(key, mint, amount, recipient, sigs) {
            _fail("unservable deposit released");
        } catch (bytes memory reason) {
            _expect(reason, expected, "unservable deposit");
        }
        if (gateway.depositDecided(_id(key))) _fail("refused release consumed its attestation");
        _recordRefund(key, mint, amount, refundReason);
        calls["refundedUnservable"]++;
    }

    function _recordRefund(ISolanaGateway.DepositKey memory key, uint8 mint, uint64 amount, uint8 reason)
        internal
    {
        bytes32 account = keccak256(abi.encode("source account", key.signatureHi));
        bytes memory sigs = _signRefund(key, mint, amount, account, reason);
        gateway.recordRefund(key, mint, amount, account, reason, sigs);
        _recordDecision(Decision(key, mint, amount, address(0), account, reason, sigs));
    }

    function _recordDecision(Decision memory d) internal {
        bytes32 id = _id(d.key);
        if (decisions[id] == 0) decidedIds.push(id);
        decisions[id]++;
        _decided.push(d);
    }

    /// @dev While paused, the flow under test (`data`) is refused; governance then unpauses.
    function _resumeIfPaused(bytes memory data) internal {
        if (!gateway.paused()) return;
        (bool ok, bytes memory reason) = address(gateway).call(data);
        if (ok) _fail("a flow ran while paused");
        _expect(reason, Pausable.EnforcedPause.selector, "flow while paused");
        vm.prank(governance);
        gateway.unpause();
        calls["refusedWhilePaused"]++;
    }

    function _pausedOr(bytes4 selector) internal view returns (bytes4) {
        return gateway.paused() ? Pausable.EnforcedPause.selector : selector;
    }

    function _freshKey() internal returns (ISolanaGateway.DepositKey memory) {
        uint256 n = ++_nonce;
        return ISolanaGateway.DepositKey({
            cluster: keccak256("handler cluster"),
            signatureHi: keccak256(abi.encode("hi", n)),
            signatureLo: keccak256(abi.encode("lo", n)),
            index: uint16(n % 5)
        });
    }

    function _id(ISolanaGateway.DepositKey memory key) internal pure returns (bytes32) {
        return Attestations.solanaDepositId(key.cluster, key.signatureHi, key.signatureLo, key.index);
    }

    function _signRelease(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        address recipient,
        uint256[] memory keys
    ) internal view returns (bytes memory) {
        bytes32 id = _id(key);
        return _sign(
            address(gateway),
            Attestations.KIND_SOLANA_DEPOSIT,
            id,
            Attestations.solanaDepositReleaseHash(id, mint, amount, recipient),
            keys
        );
    }

    function _signRefund(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        bytes32 account,
        uint8 reason
    ) internal view returns (bytes memory) {
        bytes32 id = _id(key);
        return _sign(
            address(gateway),
            Attestations.KIND_SOLANA_DEPOSIT,
            id,
            Attestations.solanaDepositRefundHash(id, mint, amount, account, reason),
            signerKeys
        );
    }

    function _signReturn(uint64 id, uint8 reason) internal view returns (bytes memory) {
        return _sign(
            address(gateway),
            Attestations.KIND_SOLANA_OUTBOUND_RETURN,
            bytes32(uint256(id)),
            Attestations.solanaOutboundReturnHash(id, reason),
            signerKeys
        );
    }

    /// @dev Signatures by `keys` (sorted by address) over the attestation.
    function _sign(address target, uint8 kind, bytes32 id, bytes32 payloadHash, uint256[] memory keys)
        internal
        view
        returns (bytes memory signatures)
    {
        bytes32 digest = quorum.attestationDigest(target, kind, id, payloadHash);
        for (uint256 i; i < keys.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            signatures = bytes.concat(signatures, abi.encodePacked(r, s, v));
        }
    }

    function _expect(bytes memory reason, bytes4 selector, string memory what) internal {
        // casting to 'bytes4' is safe because it keeps exactly the selector, the first four bytes.
        // forge-lint: disable-next-line(unsafe-typecast)
        bytes4 got = reason.length >= 4 ? bytes4(reason) : bytes4(0);
        if (got != selector) _fail(string.concat(what, ": wrong revert reason"));
    }

    function _fail(string memory what) internal {
        if (bytes(violation).length == 0) violation = what;
    }

    // ================================================================================================ views

    function windowCount() external view returns (uint256) {
        return windows.length;
    }

    function decidedCount() external view returns (uint256) {
        return decidedIds.length;
    }

    function queueLength() external view returns (uint256) {
        return _queue.length;
    }

    function recipientCount() external pure returns (uint256) {
        return ACTORS;
    }
}
