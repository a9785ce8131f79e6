// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "../utils/Test.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {QuorumFixture, ConsumerProbe} from "../AttestationQuorum.t.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";

/// @notice Drives the quorum with valid and invalid attestations from two consumers, replays, stale signatures
/// and signer-set rotations, and predicts every outcome from the spec. Ghosts: what was accepted, per consumer.
contract QuorumHandler is Test {
    AttestationQuorum internal immutable quorum;
    address internal immutable governance;
    uint64 internal immutable delay;
    uint8 internal immutable threshold;
    uint256[] internal members;
    uint256[] internal outsiders;
    ConsumerProbe[2] internal consumers;

    struct Accepted {
        address consumer;
        uint8 kind;
        bytes32 id;
        bytes32 payload;
        bytes signatures;
    }

    Accepted[] internal accepted;

    /// @dev Attestations signed under an older signer-set version, for ids never consumed.
    struct Stale {
        bytes32 id;
        bytes32 payload;
        bytes signatures;
    }

    Stale[] internal stale;

    uint256 public violations;
    uint256 public acceptedCount;
    uint256 public rejectedCount;
    uint256 public rotations;

    constructor(
        AttestationQuorum quorum_,
        address governance_,
        uint64 delay_,
        uint8 threshold_,
        uint256[] memory members_,
        uint256[] memory outsiders_
    ) {
        quorum = quorum_;
        governance = governance_;
        delay = delay_;
        threshold = threshold_;
        members = members_;
        outsiders = outsiders_;
        consumers[0] = new ConsumerProbe(quorum_);
        consumers[1] = new ConsumerProbe(quorum_);
    }

    /// @notice A fresh or reused id, signed by `count` members (plus an outsider when `withOutsider`).
    function attest(uint256 seed, uint8 count, bool withOutsider, uint8 kindSeed) external {
        ConsumerProbe c = consumers[seed % 2];
        uint8 kind = uint8(bound(kindSeed, 1, 5));
        bytes32 id = keccak256(abi.encode("id", seed % 64)); // small id space: reuse happens
        bytes32 payload = keccak256(abi.encode("payload", seed));
        uint256 n = bound(count, 0, members.length);
        uint256[] memory keys = new uint256[](n + (withOutsider ? 1 : 0));
        uint256 start = seed % members.length;
        for (uint256 i; i < n; ++i) {
            keys[i] = members[(start + i) % members.length];
        }
        if (withOutsider) keys[n] = outsiders[seed % outsiders.length];
        bytes memory sigs = QuorumHelper.sign(quorum, address(c), kind, id, payload, keys);

        bool wasConsumed = quorum.consumed(address(c), kind, id);
        bool expected = n >= threshold && !withOutsider && !wasConsumed;
        bool ok = _consume(c, kind, id, payload, sigs);
        if (ok != expected) ++violations;
        if (ok) {
            accepted.push(Accepted(address(c), kind, id, payload, sigs));
            ++acceptedCount;
        } else {
            ++rejectedCount;
        }
    }

    /// @notice Re-submits an accepted attestation, to the same consumer: must fail.
    function replay(uint256 index) external {
        if (accepted.length == 0) return;
        Accepted memory a = accepted[index % accepted.length];
        if (_consume(ConsumerProbe(a.consumer), a.kind, a.id, a.payload, a.signatures)) ++violations;
    }

    /// @notice Re-submits an accepted attestation's signatures through the other consumer: must fail.
    function crossConsumer(uint256 index) external {
        if (accepted.length == 0) return;
        Accepted memory a = accepted[index % accepted.length];
        ConsumerProbe other = address(consumers[0]) == a.consumer ? consumers[1] : consumers[0];
        if (_consume(other, a.kind, a.id, a.payload, a.signatures)) ++violations;
    }

    /// @notice Signs a fresh id with k members, then rotates the set (same members, new version): the old
    /// signatures must never verify again.
    function rotate(uint256 seed) external {
        bytes32 id = keccak256(abi.encode("stale", seed, rotations));
        bytes32 payload = keccak256(abi.encode("stale payload", seed));
        uint256[] memory keys = new uint256[](threshold);
        for (uint256 i; i < threshold; ++i) {
            keys[i] = members[i];
        }
        // Valid right now: the same call made before the rotation would be accepted.
        bytes memory sigs = QuorumHelper.sign(quorum, address(consumers[0]), 1, id, payload, keys);
        if (quorum.verify(address(consumers[0]), 1, id, payload, sigs) != threshold) ++violations;
        stale.push(Stale(id, payload, sigs));
        vm.prank(governance);
        quorum.proposeSignerSet(QuorumHelper.addresses(members), threshold);
        vm.warp(block.timestamp + delay);
        quorum.applySignerSet();
        ++rotations;
    }

    /// @notice Submits signatures made for an older signer set (same members, same payload): must fail.
    function submitStale(uint256 index) external {
        if (stale.length == 0) return;
        Stale memory st = stale[index % stale.length];
        if (_consume(consumers[0], 1, st.id, st.payload, st.signatures)) ++violations;
    }

    function _consume(ConsumerProbe c, uint8 kind, bytes32 id, bytes32 payload, bytes memory sigs)
        internal
        returns (bool ok)
    {
        (ok,) = address(c).call(abi.encodeCall(ConsumerProbe.consume, (kind, id, payload, sigs)));
    }

    function acceptedLength() external view returns (uint256) {
        return accepted.length;
    }

    function acceptedAt(uint256 i) external view returns (address consumer, uint8 kind, bytes32 id) {
        Accepted memory a = accepted[i];
        return (a.consumer, a.kind, a.id);
    }
}

contract QuorumInvariantsTest is QuorumFixture {
    QuorumHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        setUpQuorum(2);
        uint256[] memory outsiderKeys = new uint256[](2);
        (outsiderKeys[0], outsiderKeys[1]) = (keys[MEMBERS], keys[MEMBERS + 1]);
        handler = new QuorumHandler(quorum, governance, SIGNER_DELAY, THRESHOLD, memberKeys(), outsiderKeys);
        targetContract(address(handler));
    }

    /// Every outcome matched the spec: accepted iff ≥ k current signers, no outsider, id unused for that
    /// consumer; replays, cross-consumer submissions and stale-version signatures never accepted.
    function invariant_outcomesMatchSpec() public view {
        vm.assertEq(handler.violations(), 0, "an attestation was accepted or rejected against the spec");
    }

    /// Each accepted (consumer, kind, id) is recorded as consumed, and no two acceptances share one.
    function invariant_singleUse() public view {
        uint256 n = handler.acceptedLength();
        for (uint256 i; i < n; ++i) {
            (address c, uint8 kind, bytes32 id) = handler.acceptedAt(i);
            vm.assertTrue(quorum.consumed(c, kind, id), "accepted attestation not marked consumed");
            for (uint256 j; j < i; ++j) {
                (address c2, uint8 kind2, bytes32 id2) = handler.acceptedAt(j);
                vm.assertFalse(c == c2 && kind == kind2 && id == id2, "same attestation accepted twice");
            }
        }
    }

    function afterInvariant() public view {
        vm.assertEq(handler.acceptedCount(), handler.acceptedLength(), "ghost count");
    }
}
