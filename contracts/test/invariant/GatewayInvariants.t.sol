// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {GatewayFixture} from "../utils/GatewayFixture.sol";
import {Coverage} from "../utils/HandlerCoverage.sol";
import {GatewayHandler, GatewayStack} from "./GatewayHandler.sol";
import {SolanaGateway} from "../../src/SolanaGateway.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";

/// @notice Protocol invariants 18-22 for the Solana gateway, over random sequences of GRID and USDC moving both
/// ways against a model of the Solana vaults, refunds, forged releases by k keys, replays, pauses, reserve
/// changes, rate and limit changes (GatewayHandler). Runs against the real GridToken, Staking, AttestationQuorum
/// and GridPriceOracle.
contract GatewayInvariantsTest is GatewayFixture {
    GatewayHandler internal handler;
    SolanaGateway internal twin;
    SolanaGateway internal bare;
    bytes4[] internal selectors;
    string[] internal names;

    function setUp() public {
        // The rate never goes stale in these runs (the handler posts a new one as time passes); staleness has its
        // own unit test.
        _deployGateway(365 days);
        vm.startPrank(governance);
        gateway.setWindowCap(300_000e18);
        gateway.setLargeTransfer(50_000e18, 6 hours);
        vm.stopPrank();

        // A twin on the same quorum, with GRID locked and a reserve, so that replaying `gateway`'s attestations
        // there can only be stopped by the signatures; a gateway on a quorum that never had a signer set.
        twin = new SolanaGateway(governance, quorum, oracle, grid, _config());
        vm.prank(governance);
        twin.setWindowCap(500_000_000e18);
        vm.startPrank(treasury);
        grid.approve(address(twin), 200_000_000e18);
        twin.fundReserve(100_000_000e18);
        twin.bridgeToSolana(GRID_MINT, 100_000_000e18, keccak256("twin wallet"), 0);
        vm.stopPrank();
        bare = new SolanaGateway(
            governance, new AttestationQuorum(governance, staking, SIGNER_SET_DELAY), oracle, grid, _config()
        );

        handler = new GatewayHandler(
            GatewayStack({
                gateway: gateway,
                twin: twin,
                bare: bare,
                grid: grid,
                quorum: quorum,
                oracle: oracle,
                governance: governance,
                guardian: guardian,
                treasury: treasury
            }),
            signerKeys,
            THRESHOLD
        );
        _target(GatewayHandler.bridgeGrid.selector, "bridgeGrid");
        _target(GatewayHandler.bridgeUsdc.selector, "bridgeUsdc");
        _target(GatewayHandler.returnOutbound.selector, "returnOutbound");
        _target(GatewayHandler.depositGrid.selector, "depositGrid");
        _target(GatewayHandler.depositUsdc.selector, "depositUsdc");
        _target(GatewayHandler.depositMalformed.selector, "depositMalformed");
        _target(GatewayHandler.forgeRelease.selector, "forgeRelease");
        _target(GatewayHandler.complete.selector, "complete");
        _target(GatewayHandler.replay.selector, "replay");
        _target(GatewayHandler.pause.selector, "pause");
        _target(GatewayHandler.fundReserve.selector, "fundReserve");
        _target(GatewayHandler.withdrawReserve.selector, "withdrawReserve");
        _target(GatewayHandler.warp.selector, "warp");
        _target(GatewayHandler.setLimits.selector, "setLimits");
        _target(GatewayHandler.noTrustedDefaults.selector, "noTrustedDefaults");
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    function _target(bytes4 selector, string memory name) internal {
        selectors.push(selector);
        names.push(name);
    }

    /// @notice Conservation: the GRID the gateway holds is exactly locked + reserve + queued, each equal to its
    /// ghost; the pool's USDC is what the model says the vault holds for it; and (the issue's conservation) GRID
    /// locked, plus what forged releases took from it, equals Solana GRID outside the vault plus GRID outbound
    /// transfers the Solana side has not executed.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_conservation() public view {
        vm.assertEq(
            grid.balanceOf(address(gateway)),
            gateway.locked() + gateway.reserve() + gateway.pendingTotal(),
            "balance = locked + reserve + pending"
        );
        vm.assertEq(gateway.locked(), handler.ghostLocked(), "locked = ghost");
        vm.assertEq(gateway.reserve(), handler.ghostReserve(), "reserve = ghost");
        vm.assertEq(gateway.pendingTotal(), handler.ghostPending(), "pending = ghost");
        vm.assertEq(gateway.usdcLiquidity(), handler.ghostUsdcLiquidity(), "USDC pool = ghost");
        vm.assertEq(
            gateway.locked() + handler.ghostForged(),
            handler.solanaCirculating() * GRID_UNIT + handler.openGridOutbound(),
            "locked + forged = Solana GRID outside the vault + unexecuted outbound"
        );
    }

    /// @notice Released <= attested, per-window scheduling <= cap (whoever signed), every decision taken once,
    /// every outcome as predicted.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_releases() public view {
        vm.assertLe(handler.ghostPaid(), handler.ghostAttested(), "released <= attested");
        vm.assertEq(
            handler.ghostPaid() + handler.ghostPending(), handler.ghostAttested(), "paid + queued = attested"
        );
        uint256 held;
        for (uint256 i; i < handler.recipientCount(); ++i) {
            held += grid.balanceOf(handler.recipients(i));
        }
        held += grid.balanceOf(handler.attacker());
        vm.assertEq(held, handler.ghostPaid(), "recipients hold exactly what was paid");
        for (uint256 i; i < handler.windowCount(); ++i) {
            uint64 w = handler.windows(i);
            vm.assertLe(handler.scheduled(w), handler.capAt(w), "scheduled into a window <= cap");
        }
        for (uint256 i; i < handler.decidedCount(); ++i) {
            bytes32 id = handler.decidedIds(i);
            vm.assertEq(handler.decisions(id), 1, "one decision per deposit");
            vm.assertTrue(gateway.depositDecided(id), "decision recorded");
        }
        vm.assertEq(handler.violation(), "", "an outcome differed from the spec");
    }

    /// @notice After each run: every queued release completes (after an unpause if the run ended paused), so all
    /// that was attested is paid and the gateway holds exactly locked + reserve; every handler succeeded at least
    /// once.
    function afterInvariant() public {
        handler.completeAll();
        vm.assertEq(gateway.pendingTotal(), 0, "nothing queued");
        vm.assertEq(handler.ghostPaid(), handler.ghostAttested(), "everything attested was paid");
        vm.assertEq(
            grid.balanceOf(address(gateway)), gateway.locked() + gateway.reserve(), "locked + reserve"
        );
        Coverage.requireEveryHandlerSucceeded(address(handler), selectors, names);
        invariant_conservation();
        invariant_releases();
    }
}
