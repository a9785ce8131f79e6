// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StakingFixture} from "../StakingFixture.sol";
import {StakingHandler} from "./StakingHandler.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {Coverage} from "../utils/HandlerCoverage.sol";

/// @notice Staking and NodeRegistry-listing invariants (protocol.md 10-14) over random sequences of staking,
/// third-party top-ups, unbonding, cancelling, withdrawing, time, inspector-minimum raises and cuts, listing and
/// delisting in the NodeRegistry, per-GPU holds by the escrow, quorum-signed slashes of both kinds (including
/// stake flight and evidence replay) and an adversary acting on others' accounts.
contract StakingInvariants is StakingFixture {
    StakingHandler internal handler;
    bytes4[] internal selectors;
    string[] internal names;

    function setUp() public {
        _deploy();
        handler = new StakingHandler(
            StakingHandler.Setup({
                grid: grid,
                staking: staking,
                quorum: quorum,
                registry: registry,
                treasury: treasury,
                escrow: escrow,
                governance: governance,
                signerKeys: signerKeys,
                threshold: THRESHOLD,
                classes: [RTX4090, H100, A100]
            })
        );
        targetContract(address(handler));
        selectors.push(StakingHandler.stake.selector);
        selectors.push(StakingHandler.stakeFor.selector);
        selectors.push(StakingHandler.unbond.selector);
        selectors.push(StakingHandler.cancelUnbond.selector);
        selectors.push(StakingHandler.withdraw.selector);
        selectors.push(StakingHandler.warp.selector);
        selectors.push(StakingHandler.inspectorMinimum.selector);
        selectors.push(StakingHandler.listMachine.selector);
        selectors.push(StakingHandler.delistMachine.selector);
        selectors.push(StakingHandler.reserveGpus.selector);
        selectors.push(StakingHandler.releaseGpus.selector);
        selectors.push(StakingHandler.slash.selector);
        selectors.push(StakingHandler.fleeThenSlash.selector);
        selectors.push(StakingHandler.replayEvidence.selector);
        selectors.push(StakingHandler.adversaryMeddles.selector);
        string[15] memory n = [
            "stake",
            "stakeFor",
            "unbond",
            "cancelUnbond",
            "withdraw",
            "warp",
            "inspectorMinimum",
            "listMachine",
            "delistMachine",
            "reserveGpus",
            "releaseGpus",
            "slash",
            "fleeThenSlash",
            "replayEvidence",
            "adversaryMeddles"
        ];
        for (uint256 i; i < n.length; ++i) {
            names.push(n[i]);
        }
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// Stake conservation per pool and per account, unbond entries, slashing (protocol.md 10-12).
    function invariant_stakeAccounting() public view {
        _checkPools();
        _checkAccountsAndUnbonds();
        _checkSlashing();
    }

    /// Listings and reservations (13), inspector status, and what third parties and the adversary can't do.
    function invariant_listingsAndAccess() public view {
        _checkListings();
        _checkAccessAndStatus();
    }

    /// After each run everything is unwound: leases end, machines delist, all stake unbonds and is withdrawn.
    /// Staking must then hold nothing, and every GRID ever minted is in a wallet or was burned.
    function afterInvariant() public {
        Coverage.requireEveryHandlerSucceeded(address(handler), selectors, names);
        invariant_stakeAccounting();
        invariant_listingsAndAccess();
        handler.unwind();
        vm.assertEq(grid.balanceOf(address(staking)), 0, "Staking empty after unwinding");
        for (uint256 r; r < 2; ++r) {
            for (uint256 i; i < handler.accountCount(); ++i) {
                IStaking.StakeInfo memory s = staking.stakeInfo(handler.accounts(i), IStaking.Role(r));
                vm.assertEq(s.active + s.unbonding + s.locked, 0, "account emptied");
            }
        }
        uint256 wallets = grid.balanceOf(treasury) + grid.balanceOf(handler.renter());
        for (uint256 i; i < handler.accountCount(); ++i) {
            wallets += grid.balanceOf(handler.accounts(i));
        }
        for (uint256 i; i < handler.reporterCount(); ++i) {
            wallets += grid.balanceOf(handler.reporters(i));
        }
        vm.assertEq(wallets + handler.ghostBurned(), SUPPLY, "minted = held + burned");
    }

    /// Invariant 10: per pool, Σ(active + unbonding) equals what came in minus what left (ghosts), and both pools
    /// together are exactly the GRID Staking holds.
    function _checkPools() internal view {
        address[] memory accounts = handler.allAccounts();
        uint256 total;
        for (uint256 r; r < 2; ++r) {
            IStaking.Role role = IStaking.Role(r);
            uint256 pool;
            for (uint256 i; i < accounts.length; ++i) {
                IStaking.StakeInfo memory s = staking.stakeInfo(accounts[i], role);
                pool += s.active + s.unbonding;
            }
            vm.assertEq(
                pool,
                handler.ghostStaked(role) - handler.ghostWithdrawn(role) - handler.ghostSlashed(role),
                "pool = staked - withdrawn - slashed"
            );
            total += pool;
        }
        vm.assertEq(total, grid.balanceOf(address(staking)), "both pools = GRID balance of Staking");
    }

    /// Per account: active + unbonding matches the ghost (unbonding never moves stake out early); unbond entries
    /// are bounded, sum to `unbonding`, are nonzero and end within one unbonding period.
    function _checkAccountsAndUnbonds() internal view {
        address[] memory accounts = handler.allAccounts();
        uint256 maxPending = staking.MAX_PENDING_UNBONDS();
        uint256 latestEnd = block.timestamp + staking.unbondingPeriod();
        for (uint256 r; r < 2; ++r) {
            IStaking.Role role = IStaking.Role(r);
            for (uint256 i; i < accounts.length; ++i) {
                address a = accounts[i];
                IStaking.StakeInfo memory s = staking.stakeInfo(a, role);
                vm.assertEq(s.active + s.unbonding, handler.ghostStakeOf(a, role), "account stake = ghost");
                vm.assertLe(s.unbonds.length, maxPending, "pending unbonds <= max");
                uint256 sum;
                for (uint256 j; j < s.unbonds.length; ++j) {
                    vm.assertGt(uint256(s.unbonds[j].amount), 0, "no empty entry");
                    vm.assertLe(
                        uint256(s.unbonds[j].withdrawableAt), latestEnd, "entry ends within one period"
                    );
                    sum += s.unbonds[j].amount;
                }
                vm.assertEq(sum, s.unbonding, "unbonding = sum of entries");
            }
        }
    }

    /// Invariant 12: slashed <= requested (clamped), burned + rewarded = slashed, the supply fell by exactly
    /// what was burned, each slash took min(amount, stake) even after a flight, one slash per evidence id.
    function _checkSlashing() internal view {
        uint256 slashed =
            handler.ghostSlashed(IStaking.Role.Provider) + handler.ghostSlashed(IStaking.Role.Inspector);
        vm.assertLe(slashed, handler.ghostSlashRequested(), "slashed <= requested");
        vm.assertEq(handler.ghostBurned() + handler.ghostRewarded(), slashed, "burned + rewarded = slashed");
        vm.assertEq(grid.totalSupply(), SUPPLY - handler.ghostBurned(), "supply = minted - burned");
        vm.assertEq(handler.violationSlashAmount(), 0, "slash took min(amount, stake), flight or not");
        vm.assertEq(handler.violationSlashSplit(), 0, "split conserves and respects caps");
        vm.assertEq(handler.violationEvidenceReuse(), 0, "one slash per evidence id");
    }

    /// Invariant 13: a provider's locked stake is the sum of its listings and stays covered by active stake
    /// unless a slash happened; reservations never exceed listed GPUs; delisted machines hold nothing; a machine
    /// id keeps its first provider.
    function _checkListings() internal view {
        uint256 n = handler.machineCount();
        for (uint256 p; p < 3; ++p) {
            address provider = handler.providers(p);
            uint256 locked;
            for (uint256 i; i < n; ++i) {
                INodeRegistry.Machine memory m = registry.machine(handler.machineIds(i));
                if (m.listed && m.provider == provider) locked += m.lockedStake;
            }
            IStaking.StakeInfo memory s = staking.stakeInfo(provider, IStaking.Role.Provider);
            vm.assertEq(s.locked, locked, "locked = sum of listings");
            if (!handler.ghostSlashedProvider(provider)) vm.assertLe(s.locked, s.active, "locked <= active");
        }
        for (uint256 i; i < n; ++i) {
            bytes32 id = handler.machineIds(i);
            INodeRegistry.Machine memory m = registry.machine(id);
            vm.assertLe(uint256(m.reservedGpus), uint256(m.gpuCount), "reserved <= listed");
            if (!m.listed) {
                vm.assertEq(uint256(m.reservedGpus), 0, "delisted: nothing reserved");
                vm.assertEq(m.lockedStake, 0, "delisted: nothing locked");
            } else {
                vm.assertEq(
                    m.lockedStake, staking.minStakePerGpu(m.gpuClass) * m.gpuCount, "lock = min * gpus"
                );
            }
            vm.assertEq(m.provider, handler.ghostOwner(id), "machine id keeps its first provider");
        }
        vm.assertEq(
            handler.violationReserveModel(), 0, "reserveGpus follows listing, capacity and collateral"
        );
        vm.assertEq(
            handler.violationListingModel(), 0, "list/delist follow stake, class, ownership, reservations"
        );
    }

    /// Inspector status, thaw safety against third parties, adversarial calls, unbond and withdraw rules.
    function _checkAccessAndStatus() internal view {
        address[] memory accounts = handler.allAccounts();
        uint256 minStake = staking.inspectorMinStake();
        for (uint256 i; i < accounts.length; ++i) {
            address a = accounts[i];
            vm.assertEq(
                staking.isActiveInspector(a),
                staking.stakeInfo(a, IStaking.Role.Inspector).active >= minStake,
                "active inspector iff active stake >= minimum"
            );
        }
        vm.assertEq(handler.violationThawReset(), 0, "third-party top-ups never touch pending unbonds");
        vm.assertEq(handler.violationAdversary(), 0, "adversarial calls on others' accounts fail");
        vm.assertEq(handler.violationUnbondFree(), 0, "unbond works exactly on free stake");
        vm.assertEq(handler.violationWithdraw(), 0, "withdraw pays exactly the matured entries");
        vm.assertEq(handler.violationSync(), 0, "the quorum's copies of stake and minimum match Staking");
    }
}
