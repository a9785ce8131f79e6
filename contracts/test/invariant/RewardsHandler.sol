// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "../utils/Vm.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {MerkleTreeBuilder} from "../utils/MerkleTreeBuilder.sol";
import {GridToken} from "../../src/GridToken.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {Rewards} from "../../src/Rewards.sol";
import {Attestations} from "../../src/Attestations.sol";
import {IAttestationQuorum} from "../../src/interfaces/IAttestationQuorum.sol";
import {HandlerCoverage} from "../utils/HandlerCoverage.sol";

/// @notice Drives Rewards through random sequences: funding (up to the cap), donations and sweeps, time passing,
/// roots posted for each ended epoch in order with random valid cumulative trees and their cumulative totals
/// signed by the real quorum, honest claims by random submitters in any order, and attacks that must revert
/// (over-claims, stale or altered roots, replays, out-of-order and skipping posts, decreasing totals, zero roots,
/// too few signatures). Ghost totals mirror what the contract must hold.
contract RewardsHandler is HandlerCoverage {
    using MerkleTreeBuilder for MerkleTreeBuilder.Tree;

    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 public constant RECIPIENTS = 12;

    Rewards public immutable rewards;
    GridToken public immutable grid;
    AttestationQuorum public immutable quorum;
    address public immutable treasury;
    address public immutable governance;
    uint256[] private _signerKeys;

    address[] public recipients;
    address[] public funders;
    address[] public submitters;

    // ----------------------------------------------------------------------------------------------- ghosts
    uint256 public ghostTime;
    uint256 public ghostFunded;
    uint256 public ghostAllocated;
    uint256 public ghostClaimed;
    uint256 public ghostDonated;
    uint256 public ghostSwept;
    /// @notice Each recipient's cumulative amount in the latest root.
    mapping(address account => uint256) public latestLeaf;
    /// @notice How many recipients (a prefix of `recipients`) the latest tree holds.
    uint256 public treeSize;
    bytes32 public ghostLatestRoot;
    uint64[] public postedEpochs;
    /// @notice Each posted epoch's increment (its cumulative total minus the previous one).
    uint256[] public postedTotals;
    /// @notice The sum of the latest root's leaves (what it signed as its cumulative total).
    uint256 public ghostLeafSum;
    /// @notice `claimed(a)` as last observed, to catch any decrease between two actions.
    mapping(address account => uint256) public lastSeenClaimed;
    bool public claimedDecreased;
    /// @notice Set if a call that must revert succeeded, or reverted for another reason than the expected one.
    string public violation;
    mapping(bytes32 action => uint256) public calls;

    constructor(
        Rewards rewards_,
        GridToken grid_,
        AttestationQuorum quorum_,
        address treasury_,
        address governance_,
        uint256[] memory signerKeys_
    ) {
        rewards = rewards_;
        grid = grid_;
        quorum = quorum_;
        treasury = treasury_;
        governance = governance_;
        // Sorted once by signer address, so signing is k `vm.sign` calls in order.
        _signerKeys = QuorumHelper.sortByAddress(signerKeys_);
        ghostTime = block.timestamp;
        for (uint256 i; i < RECIPIENTS; ++i) {
            recipients.push(vm.addr(uint256(keccak256(abi.encode("recipient", i)))));
        }
        for (uint256 i; i < 3; ++i) {
            address f = vm.addr(uint256(keccak256(abi.encode("funder", i))));
            funders.push(f);
            submitters.push(f);
        }
        submitters.push(recipients[0]);
        submitters.push(recipients[5]);
        submitters.push(vm.addr(uint256(keccak256("stranger"))));
    }

    modifier action(bytes32 name) {
        vm.warp(ghostTime);
        calls[name]++;
        _;
        _observeClaimed();
    }

    // ------------------------------------------------------------------------------------------------ funds

    function fund(uint256 funderSeed, uint256 amount) external action("fund") {
        uint256 room = rewards.maxSupply() - rewards.funded();
        address funder = funders[funderSeed % funders.length];
        if (room == 0) {
            calls["fundAtCap"]++;
            vm.prank(funder);
            try rewards.fund(1) {
                violation = "fund above the cap succeeded";
            } catch (bytes memory reason) {
                _expectError(reason, Rewards.FundingAboveCap.selector, 0, "fund above the cap");
            }
            _succeeded();
            return;
        }
        uint256 most = _min(room, 3 * rewards.initialEmission());
        // One funding in eight is the most allowed, so runs do reach the cap exactly.
        amount = amount % 8 == 0 ? most : _bound(amount, 1, most);
        vm.prank(treasury);
        require(grid.transfer(funder, amount), "RewardsHandler: transfer");
        vm.startPrank(funder);
        grid.approve(address(rewards), amount);
        rewards.fund(amount);
        vm.stopPrank();
        ghostFunded += amount;
        _succeeded();
    }

    function donate(uint256 amount) external action("donate") {
        amount = _bound(amount, 1, 1_000e18);
        vm.prank(treasury);
        require(grid.transfer(address(rewards), amount), "RewardsHandler: donation");
        ghostDonated += amount;
        _succeeded();
    }

    function sweep(uint256 amount) external action("sweep") {
        uint256 surplus = grid.balanceOf(address(rewards)) - (rewards.funded() - rewards.totalClaimed());
        if (surplus == 0) {
            // Nothing to sweep yet: a donation first, so the sweep path always runs.
            vm.prank(treasury);
            require(grid.transfer(address(rewards), 1e18), "RewardsHandler: donation");
            ghostDonated += 1e18;
            surplus = 1e18;
        }
        amount = _bound(amount, 1, surplus);
        vm.prank(governance);
        rewards.sweep(grid, governance, amount);
        ghostSwept += amount;
        // One wei more than what is left must fail.
        vm.prank(governance);
        try rewards.sweep(grid, governance, surplus - amount + 1) {
            violation = "sweep above the surplus succeeded";
        } catch (bytes memory reason) {
            _expectError(reason, Rewards.SweepAboveSurplus.selector, 0, "sweep above the surplus");
        }
        _succeeded();
    }

    // ------------------------------------------------------------------------------------------------- time

    function warp(uint256 secondsForward) external action("warp") {
        ghostTime += _bound(secondsForward, 1, 3 * uint256(rewards.epochLength()));
        vm.warp(ghostTime);
        _succeeded();
    }

    // ------------------------------------------------------------------------------------------------ roots

    function postRoot(uint256 totalSeed, uint256 splitSeed, uint256 sizeSeed) external action("postRoot") {
        // Always the next epoch: nothing can be skipped.
        uint64 epoch = rewards.nextEpoch();
        if (block.timestamp < rewards.epochEnd(epoch)) {
            ghostTime = rewards.epochEnd(epoch);
            vm.warp(ghostTime);
        }

        uint256 cap = _min(rewards.emission(epoch), rewards.remainingReserve());
        // One post in eight takes the whole allowance (the emission or what is left of the reserve).
        uint256 increment = totalSeed % 8 == 0 ? cap : _bound(totalSeed, 0, cap);
        uint256 size = _bound(sizeSeed, treeSize == 0 ? 1 : treeSize, RECIPIENTS);

        (address[] memory accounts, uint256[] memory amounts, uint256 cumulative) =
            _grow(increment, splitSeed, size);
        _post(epoch, MerkleTreeBuilder.build(accounts, amounts).root(), cumulative);

        for (uint256 i; i < size; ++i) {
            latestLeaf[accounts[i]] = amounts[i];
        }
        treeSize = size;
        ghostAllocated += increment;
        ghostLeafSum = cumulative;
        postedEpochs.push(epoch);
        postedTotals.push(increment);
        _succeeded();
    }

    /// @dev The leaves after splitting `increment` over the first `size` recipients, and their sum.
    function _grow(uint256 increment, uint256 splitSeed, uint256 size)
        private
        view
        returns (address[] memory accounts, uint256[] memory amounts, uint256 cumulative)
    {
        uint256 rest = increment;
        amounts = new uint256[](size);
        accounts = new address[](size);
        for (uint256 i; i < size; ++i) {
            uint256 share =
                i == size - 1 ? rest : (rest * (uint256(keccak256(abi.encode(splitSeed, i))) % 101)) / 100;
            rest -= share;
            accounts[i] = recipients[i];
            amounts[i] = latestLeaf[recipients[i]] + share;
            cumulative += amounts[i];
        }
    }

    /// @dev Posts the root with its cumulative total (the sum of its leaves), signed by every signer.
    function _post(uint64 epoch, bytes32 root, uint256 cumulative) private {
        bytes32 id = keccak256(abi.encode("root", epoch, root));
        rewards.postRoot(epoch, root, cumulative, id, _sign(epoch, root, cumulative, id, _signerKeys));
        ghostLatestRoot = root;
    }

    /// @dev Posts out of order that must fail: a later epoch (skipping), an epoch already final, or the next epoch
    /// with a cumulative total below what is already allocated.
    function postOutOfOrder(uint256 variant, uint256 seed) external action("postOutOfOrder") {
        uint64 next = rewards.nextEpoch();
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 epoch = next + uint64(1 + seed % 3);
        uint256 total = ghostAllocated + (seed % 1e18);
        bytes4 expected = Rewards.EpochNotNext.selector;
        variant = variant % 3;
        if (variant == 1 && next != 0) {
            epoch = uint64(_bound(seed, 0, next - 1));
        } else if (variant == 2 && ghostAllocated != 0) {
            epoch = next;
            total = ghostAllocated - 1 - seed % ghostAllocated;
            expected = Rewards.CumulativeTotalDecreased.selector;
        }
        if (block.timestamp < rewards.epochEnd(epoch)) {
            ghostTime = rewards.epochEnd(epoch);
            vm.warp(ghostTime);
        }
        bytes32 root = keccak256(abi.encode("out of order", seed));
        bytes32 id = keccak256(abi.encode("ooo", variant, seed, block.timestamp));
        bytes memory sigs = _sign(epoch, root, total, id, _signerKeys);
        try rewards.postRoot(epoch, root, total, id, sigs) {
            violation = "an out-of-order or decreasing root was accepted";
        } catch (bytes memory reason) {
            _expectError(reason, expected, 0, "out-of-order root");
        }
        // forge-lint: disable-next-line(unsafe-typecast)
        calls[variant == 2 ? bytes32("decreasingTotal") : bytes32("outOfOrder")]++;
        _succeeded();
    }

    /// @dev Root posts that must fail: replay of a final epoch, a total above the emission or the reserve, a zero
    /// root, an epoch that has not ended, one signature short.
    function postInvalidRoot(uint256 variant, uint256 seed) external action("postInvalidRoot") {
        uint64 next = rewards.nextEpoch();
        bytes32 root = keccak256(abi.encode("bad root", seed));
        uint256[] memory keys = _signerKeys;
        uint64 epoch;
        uint256 total;
        variant = variant % 5;
        if (variant != 3 && block.timestamp < rewards.epochEnd(next)) {
            // Let the epoch end, so that only the defect under test can make the post fail.
            ghostTime = rewards.epochEnd(next);
            vm.warp(ghostTime);
        }
        bool notEnded;
        if (variant == 0) {
            if (next == 0) variant = 2; // nothing final yet: test the zero root instead
            else epoch = uint64(_bound(seed, 0, next - 1)); // a final epoch
        }
        if (variant == 1) {
            epoch = next;
            uint256 reserve = rewards.remainingReserve();
            uint256 emission = rewards.emission(epoch);
            total = ghostAllocated + _min(emission, reserve) + 1 + (seed % 1e18);
        } else if (variant == 2) {
            epoch = next;
            root = bytes32(0);
            total = ghostAllocated;
        } else if (variant == 3) {
            // The next epoch if it has not ended; otherwise a later one (refused as not the next).
            epoch = next;
            notEnded = block.timestamp < rewards.epochEnd(next);
            // forge-lint: disable-next-line(unsafe-typecast)
            if (!notEnded) epoch = next + uint64(1 + seed % 10);
            total = ghostAllocated;
        } else if (variant == 4) {
            epoch = next;
            total = ghostAllocated;
            uint256[] memory fewer = new uint256[](keys.length - 1);
            for (uint256 i; i < fewer.length; ++i) {
                fewer[i] = keys[i];
            }
            keys = fewer;
        }
        bytes32 id = keccak256(abi.encode("bad", variant, seed, block.timestamp));
        bytes memory sigs = _sign(epoch, root, total, id, keys);
        try rewards.postRoot(epoch, root, total, id, sigs) {
            violation = "invalid root accepted";
        } catch (bytes memory reason) {
            if (variant == 0) _expectError(reason, Rewards.EpochNotNext.selector, 0, "root replay");
            if (variant == 1) {
                _expectError(
                    reason,
                    Rewards.TotalAboveEmission.selector,
                    Rewards.InsufficientReserve.selector,
                    "total above the allowance"
                );
            }
            if (variant == 2) _expectError(reason, Rewards.ZeroRoot.selector, 0, "zero root");
            if (variant == 3) {
                _expectError(
                    reason,
                    notEnded ? Rewards.EpochNotEnded.selector : Rewards.EpochNotNext.selector,
                    0,
                    "epoch not ended"
                );
            }
            if (variant == 4) {
                _expectError(reason, IAttestationQuorum.NotEnoughSignatures.selector, 0, "k - 1 signatures");
            }
        }
        _succeeded();
    }

    // ----------------------------------------------------------------------------------------------- claims

    function claim(uint256 recipientSeed, uint256 submitterSeed) external action("claim") {
        address submitter = submitters[submitterSeed % submitters.length];
        if (treeSize == 0) {
            vm.prank(submitter);
            try rewards.claim(recipients[0], 0, new bytes32[](0)) {
                violation = "claim before any root succeeded";
            } catch (bytes memory reason) {
                _expectError(reason, Rewards.NoRoot.selector, 0, "claim before any root");
            }
            _succeeded();
            return;
        }
        address account = recipients[recipientSeed % treeSize];
        uint256 leaf = latestLeaf[account];
        uint256 already = rewards.claimed(account);
        bytes32[] memory proof = _tree().proof(account, leaf);
        uint256 balanceBefore = grid.balanceOf(account);
        vm.prank(submitter);
        if (leaf == already) {
            try rewards.claim(account, leaf, proof) {
                violation = "claim of a zero delta succeeded";
            } catch (bytes memory reason) {
                _expectError(reason, Rewards.NothingToClaim.selector, 0, "claim of a zero delta");
            }
            _succeeded();
            return;
        }
        uint256 paid = rewards.claim(account, leaf, proof);
        require(paid == leaf - already, "RewardsHandler: claim paid a wrong delta");
        require(grid.balanceOf(account) == balanceBefore + paid, "RewardsHandler: account not paid the delta");
        ghostClaimed += paid;
        calls["claimPaid"]++;
        _succeeded();
    }

    /// @dev Claims that must fail: an inflated amount with the real proof, a proof from another leaf, a stale
    /// proof for a non-member.
    function claimInvalid(uint256 recipientSeed, uint256 extra, uint256 variant)
        external
        action("claimInvalid")
    {
        if (treeSize == 0) return;
        address account = recipients[recipientSeed % treeSize];
        uint256 leaf = latestLeaf[account];
        MerkleTreeBuilder.Tree memory tree = _tree();
        bytes32[] memory proof = tree.proof(account, leaf);
        uint256 amount = leaf + _bound(extra, 1, 1e24);
        if (variant % 3 == 1) {
            address other = recipients[(recipientSeed % treeSize + 1) % treeSize];
            proof = tree.proof(other, latestLeaf[other]);
            amount = leaf;
            if (other == account) return;
        } else if (variant % 3 == 2) {
            if (treeSize == RECIPIENTS) return;
            account = recipients[treeSize + (recipientSeed % (RECIPIENTS - treeSize))]; // not in the tree
            amount = _bound(extra, 1, 1e24);
        }
        try rewards.claim(account, amount, proof) {
            violation = "invalid claim paid";
        } catch (bytes memory reason) {
            _expectError(reason, Rewards.InvalidProof.selector, 0, "invalid claim");
        }
        _succeeded();
    }

    // ------------------------------------------------------------------------------------------------ views

    function postedCount() external view returns (uint256) {
        return postedEpochs.length;
    }

    function recipientCount() external pure returns (uint256) {
        return RECIPIENTS;
    }

    /// @notice Claims everything still owed to every recipient (used by `afterInvariant`).
    function claimAll() external {
        vm.warp(ghostTime);
        if (treeSize == 0) return;
        MerkleTreeBuilder.Tree memory tree = _tree();
        for (uint256 i; i < treeSize; ++i) {
            address account = recipients[i];
            uint256 leaf = latestLeaf[account];
            uint256 already = rewards.claimed(account);
            if (leaf == already) continue;
            ghostClaimed += rewards.claim(account, leaf, tree.proof(account, leaf));
        }
        _observeClaimed();
    }

    // -------------------------------------------------------------------------------------------- internals

    function _tree() private view returns (MerkleTreeBuilder.Tree memory) {
        address[] memory accounts = new address[](treeSize);
        uint256[] memory amounts = new uint256[](treeSize);
        for (uint256 i; i < treeSize; ++i) {
            accounts[i] = recipients[i];
            amounts[i] = latestLeaf[recipients[i]];
        }
        return MerkleTreeBuilder.build(accounts, amounts);
    }

    function _sign(uint64 epoch, bytes32 root, uint256 total, bytes32 id, uint256[] memory keys)
        private
        view
        returns (bytes memory)
    {
        bytes32 digest = quorum.attestationDigest(
            address(rewards),
            Attestations.KIND_REWARD_ROOT,
            id,
            Attestations.rewardRootHash(epoch, root, total)
        );
        bytes memory signatures;
        for (uint256 i; i < keys.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest); // keys are sorted by address
            signatures = bytes.concat(signatures, abi.encodePacked(r, s, v));
        }
        return signatures;
    }

    /// @dev Records a violation unless `reason` is custom error `a` (or `b` when non-zero).
    function _expectError(bytes memory reason, bytes4 a, bytes4 b, string memory what) private {
        // casting to 'bytes4' is safe because it keeps exactly the selector, the first four bytes.
        // forge-lint: disable-next-line(unsafe-typecast)
        bytes4 got = reason.length >= 4 ? bytes4(reason) : bytes4(0);
        if (got != a && (b == bytes4(0) || got != b)) {
            violation = string.concat(what, ": wrong revert reason");
        }
    }

    function _observeClaimed() private {
        for (uint256 i; i < RECIPIENTS; ++i) {
            address account = recipients[i];
            uint256 c = rewards.claimed(account);
            if (c < lastSeenClaimed[account]) claimedDecreased = true;
            lastSeenClaimed[account] = c;
        }
    }

    function _bound(uint256 x, uint256 min, uint256 max) private pure returns (uint256) {
        if (max <= min) return min;
        return min + (x % (max - min + 1));
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
