// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RewardsSetup} from "../utils/RewardsSetup.sol";
import {RewardsHandler} from "./RewardsHandler.sol";
import {Coverage} from "../utils/HandlerCoverage.sol";

/// @notice Protocol invariants 15-17 for Rewards over random sequences of funding, donations and sweeps, time,
/// quorum-signed cumulative roots with cumulative totals, out-of-order and skipping posts, honest claims by anyone
/// in any order, and invalid roots and claims that must all revert. Runs against the real GridToken, Staking and
/// AttestationQuorum. Σ claimable = Σ posted leaves: every allocation is exactly the latest root's leaf sum.
contract RewardsInvariantsTest is RewardsSetup {
    RewardsHandler internal handler;
    bytes4[] internal selectors;
    string[] internal names;

    function setUp() public {
        // Daily epochs, 1M GRID in epoch 0 halving every 8 epochs, a 12M GRID cap the handler reaches in about
        // half the runs (so both the emission and the reserve bind posted totals).
        _deployStack(GENESIS, 1 days, 1_000_000e18, 8, 12_000_000e18);
        handler = new RewardsHandler(rewards, grid, quorum, treasury, governance, _keys(THRESHOLD));

        selectors.push(RewardsHandler.fund.selector);
        selectors.push(RewardsHandler.donate.selector);
        selectors.push(RewardsHandler.sweep.selector);
        selectors.push(RewardsHandler.warp.selector);
        selectors.push(RewardsHandler.postRoot.selector);
        selectors.push(RewardsHandler.postInvalidRoot.selector);
        selectors.push(RewardsHandler.postOutOfOrder.selector);
        selectors.push(RewardsHandler.claim.selector);
        selectors.push(RewardsHandler.claimInvalid.selector);
        string[9] memory n = [
            "fund",
            "donate",
            "sweep",
            "warp",
            "postRoot",
            "postInvalidRoot",
            "postOutOfOrder",
            "claim",
            "claimInvalid"
        ];
        for (uint256 i; i < n.length; ++i) {
            names.push(n[i]);
        }
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice Roots and claims (invariants 15-17): posted totals within their epoch's emission, epochs strictly
    /// increasing, claimed[a] monotonic and within a's latest leaf, no invalid root or claim ever accepted.
    /// @dev Forge runs one campaign per invariant function; grouping the checks keeps the suite fast.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_rootsAndClaims() public view {
        _checkPostedTotalsWithinEmission();
        _checkClaimedMonotonicAndWithinLeaf();
        _checkNothingInvalidAccepted();
    }

    /// @notice Accounting (invariant 15 and solvency): Σ claimed <= Σ allocated <= Σ funded <= cap, each equal to
    /// its ghost total, and the GRID held equal to funded - claimed (+ unswept donations).
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_accounting() public view {
        _checkClaimedAllocatedFundedCap();
        _checkBalanceMatchesLedger();
    }

    /// @notice Every posted total is within its epoch's emission, epochs strictly increase, and the contract's
    /// latest root and next epoch are the last posted ones.
    function _checkPostedTotalsWithinEmission() internal view {
        uint256 n = handler.postedCount();
        uint256 sum;
        for (uint256 i; i < n; ++i) {
            uint64 epoch = handler.postedEpochs(i);
            uint256 total = handler.postedTotals(i);
            vm.assertLe(total, rewards.emission(epoch), "posted increment <= emission(epoch)");
            vm.assertEq(uint256(epoch), i, "epochs posted in order, none skipped");
            sum += total;
        }
        vm.assertEq(sum, rewards.allocated(), "allocated = sum of posted increments");
        vm.assertEq(
            rewards.allocated(), handler.ghostLeafSum(), "allocated = sum of the latest root's leaves"
        );
        vm.assertEq(rewards.latestRoot(), handler.ghostLatestRoot(), "latest root");
        if (n > 0) {
            vm.assertEq(uint256(rewards.nextEpoch()), uint256(handler.postedEpochs(n - 1)) + 1, "next epoch");
        } else {
            vm.assertEq(uint256(rewards.nextEpoch()), 0, "next epoch before any root");
        }
    }

    /// @notice Σ claimed <= Σ allocated <= Σ funded <= cap, each equal to its ghost.
    function _checkClaimedAllocatedFundedCap() internal view {
        vm.assertLe(rewards.totalClaimed(), rewards.allocated(), "claimed <= allocated");
        vm.assertLe(rewards.allocated(), rewards.funded(), "allocated <= funded");
        vm.assertLe(rewards.funded(), rewards.maxSupply(), "funded <= cap");
        vm.assertEq(rewards.totalClaimed(), handler.ghostClaimed(), "claimed = ghost");
        vm.assertEq(rewards.allocated(), handler.ghostAllocated(), "allocated = ghost");
        vm.assertEq(rewards.funded(), handler.ghostFunded(), "funded = ghost");
        vm.assertEq(rewards.remainingReserve(), rewards.funded() - rewards.allocated(), "remaining reserve");
    }

    /// @notice claimed[a] never decreases, never exceeds a's latest leaf, and is exactly the GRID a holds
    /// (recipients get GRID only through claims).
    function _checkClaimedMonotonicAndWithinLeaf() internal view {
        vm.assertFalse(handler.claimedDecreased(), "claimed[a] decreased");
        uint256 sum;
        for (uint256 i; i < handler.recipientCount(); ++i) {
            address account = handler.recipients(i);
            uint256 c = rewards.claimed(account);
            vm.assertLe(c, handler.latestLeaf(account), "claimed <= latest leaf");
            vm.assertEq(grid.balanceOf(account), c, "balance = claimed");
            sum += c;
        }
        vm.assertEq(sum, rewards.totalClaimed(), "totalClaimed = sum of claimed");
    }

    /// @notice GRID held = funded - claimed (+ donations not yet swept).
    function _checkBalanceMatchesLedger() internal view {
        vm.assertEq(
            grid.balanceOf(address(rewards)),
            rewards.funded() - rewards.totalClaimed() + handler.ghostDonated() - handler.ghostSwept(),
            "balance = funded - claimed + donated - swept"
        );
    }

    /// @notice No invalid root or claim was ever accepted.
    function _checkNothingInvalidAccepted() internal view {
        vm.assertEq(handler.violation(), "", "an invalid call succeeded or failed for the wrong reason");
    }

    /// @notice After each run every recipient claims what it is owed: the honest trees' leaves sum to what was
    /// allocated, so everything allocated is paid and exactly the unallocated reserve (and any unswept
    /// donation) stays behind.
    function afterInvariant() public {
        Coverage.requireEveryHandlerSucceeded(address(handler), selectors, names);
        invariant_rootsAndClaims();
        invariant_accounting();
        handler.claimAll();
        vm.assertEq(rewards.totalClaimed(), rewards.allocated(), "all allocations claimed");
        vm.assertEq(rewards.unclaimedAllocation(), 0, "nothing left owed");
        vm.assertEq(
            grid.balanceOf(address(rewards)),
            rewards.remainingReserve() + handler.ghostDonated() - handler.ghostSwept(),
            "only the unallocated reserve remains"
        );
        for (uint256 i; i < handler.recipientCount(); ++i) {
            address account = handler.recipients(i);
            vm.assertEq(rewards.claimed(account), handler.latestLeaf(account), "claimed = latest leaf");
        }
    }
}
