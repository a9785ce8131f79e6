// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {QuorumFixture} from "./AttestationQuorum.t.sol";
import {QuorumHelper} from "./utils/QuorumHelper.sol";
import {Attestations} from "../src/Attestations.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";

/// @notice Differential fuzz of AttestationQuorum.verify against a naive reference written from the spec:
/// accept iff the signatures are whole 65-byte words, each a valid low-s signature by a current signer, in
/// strictly ascending signer order, and at least k of them come from signers whose active inspector stake (read
/// from Staking, not from the quorum) reaches the minimum. Inputs are random subsets of members and outsiders,
/// with duplicates, shuffles, k-1 sets, malleated signatures, signatures over the wrong domain, and random members
/// unbonded below the minimum first.
contract QuorumDifferentialTest is QuorumFixture {
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 internal constant OUTSIDERS = 3;
    bytes32 internal constant PAYLOAD = keccak256("payload");

    function setUp() public {
        vm.warp(1_700_000_000);
        setUpQuorum(OUTSIDERS);
    }

    function testFuzz_verifyMatchesReference(uint256 seed, bytes32 id) public {
        vm.assume(id != bytes32(0));
        uint8 kind = Attestations.KIND_COMPLETION;
        bytes32 digest = quorum.attestationDigest(address(this), kind, id, PAYLOAD);

        unstakeSome(seed);
        (bytes memory signatures, bool wrongDomain) = randomSignatures(seed, digest, id);
        (bool valid, uint256 counted) = naiveVerify(digest, signatures);
        bool expected = !wrongDomain && valid;

        (bool ok, bytes memory ret) = address(quorum)
            .call(abi.encodeCall(quorum.verify, (address(this), kind, id, PAYLOAD, signatures)));
        vm.assertEq(ok, expected, "quorum and reference disagree");
        if (ok) vm.assertEq(abi.decode(ret, (uint256)), counted, "counted signatures");
    }

    /// @dev In half the runs, up to two random members unbond part of their stake (below the minimum).
    function unstakeSome(uint256 seed) internal {
        if (seed % 2 == 0) return;
        for (uint256 i; i < 2; ++i) {
            uint256 j = uint256(keccak256(abi.encode(seed, "unstake", i))) % MEMBERS;
            address member = vm.addr(keys[j]);
            if (staking.activeStake(member, IStaking.Role.Inspector) < INSPECTOR_MIN) continue;
            vm.prank(member);
            staking.unbond(IStaking.Role.Inspector, 1 + seed % INSPECTOR_MIN);
        }
    }

    /// @dev A deterministic stream of choices from `seed`: how many signatures, which keys (duplicates allowed),
    /// whether to sort them, malleate one, truncate the blob, or sign another message.
    function randomSignatures(uint256 seed, bytes32 digest, bytes32 id)
        internal
        view
        returns (bytes memory signatures, bool wrongDomain)
    {
        uint256 mode = uint256(keccak256(abi.encode(seed, "mode"))) % 8;
        uint256[] memory picked;
        uint256 count;
        if (mode < 3) {
            // Distinct keys (a random permutation's prefix) around the threshold: the interesting boundary.
            // Modes 0-1 draw members only; mode 2 may include outsiders.
            uint256 pool = mode < 2 ? MEMBERS : keys.length;
            uint256[] memory perm = new uint256[](pool);
            for (uint256 i; i < pool; ++i) {
                perm[i] = keys[i];
            }
            for (uint256 i = pool - 1; i > 0; --i) {
                uint256 j = uint256(keccak256(abi.encode(seed, "shuffle", i))) % (i + 1);
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }
            count = bound(uint256(keccak256(abi.encode(seed, "count"))), THRESHOLD - 1, pool);
            picked = new uint256[](count);
            for (uint256 i; i < count; ++i) {
                picked[i] = perm[i];
            }
        } else {
            // Any multiset of members and outsiders, duplicates allowed.
            count = bound(uint256(keccak256(abi.encode(seed, "count"))), 0, keys.length + 2);
            picked = new uint256[](count);
            for (uint256 i; i < count; ++i) {
                picked[i] = keys[uint256(keccak256(abi.encode(seed, "pick", i))) % keys.length];
            }
        }
        bytes32 signed = digest;
        if (mode == 6) {
            // Signed for another consumer: a valid-looking quorum over the wrong domain.
            signed = quorum.attestationDigest(address(0xBEEF), Attestations.KIND_COMPLETION, id, PAYLOAD);
            wrongDomain = true;
        }
        if (mode < 5 || mode == 6) {
            signatures = QuorumHelper.signDigest(signed, picked); // ascending order (duplicates stay adjacent)
        } else {
            for (uint256 i; i < count; ++i) {
                (uint8 v, bytes32 r, bytes32 s) = vm.sign(picked[i], signed);
                signatures = bytes.concat(signatures, abi.encodePacked(r, s, v)); // as drawn: unsorted
            }
        }
        if (mode == 3 && count > 0) signatures = malleate(signatures, seed % count);
        if (mode == 4 && signatures.length > 0) {
            assembly {
                mstore(signatures, sub(mload(signatures), 1))
            }
        }
    }

    /// @dev The spec, written as plainly as possible and independently of the contract.
    function naiveVerify(bytes32 digest, bytes memory signatures)
        internal
        view
        returns (bool, uint256 counted)
    {
        if (signatures.length % 65 != 0) return (false, 0);
        uint256 count = signatures.length / 65;
        if (count < THRESHOLD) return (false, 0);
        address previous;
        for (uint256 i; i < count; ++i) {
            bytes32 r;
            bytes32 s;
            uint8 v;
            assembly {
                let p := add(add(signatures, 0x20), mul(i, 65))
                r := mload(p)
                s := mload(add(p, 32))
                v := byte(0, mload(add(p, 64)))
            }
            if (uint256(s) > SECP256K1_N / 2) return (false, 0);
            if (v != 27 && v != 28) return (false, 0);
            address signer = ecrecover(digest, v, r, s);
            if (signer == address(0)) return (false, 0);
            if (uint160(signer) <= uint160(previous)) return (false, 0);
            bool member;
            for (uint256 j; j < MEMBERS; ++j) {
                if (vm.addr(keys[j]) == signer) member = true;
            }
            if (!member) return (false, 0);
            previous = signer;
            if (staking.activeStake(signer, IStaking.Role.Inspector) >= staking.inspectorMinStake()) {
                ++counted;
            }
        }
        return (counted >= THRESHOLD, counted);
    }

    function malleate(bytes memory sigs, uint256 index) internal pure returns (bytes memory out) {
        out = bytes.concat(sigs);
        uint256 off = index * 65;
        uint256 sv;
        assembly {
            sv := mload(add(add(out, 0x20), add(off, 32)))
        }
        uint256 flipped = SECP256K1_N - sv;
        assembly {
            mstore(add(add(out, 0x20), add(off, 32)), flipped)
        }
        out[off + 64] = bytes1(uint8(out[off + 64]) == 27 ? 28 : 27);
    }

    /// @dev Hand-picked cases the fuzzer must also agree on, so the differential test is known to cover both
    /// outcomes.
    function test_referenceCoversBothOutcomes() public view {
        bytes32 id = keccak256("x");
        bytes32 digest = quorum.attestationDigest(address(this), Attestations.KIND_COMPLETION, id, PAYLOAD);
        (bool ok,) = naiveVerify(digest, QuorumHelper.signDigest(digest, firstKeys(THRESHOLD)));
        vm.assertTrue(ok, "k of n accepted");
        (ok,) = naiveVerify(digest, QuorumHelper.signDigest(digest, firstKeys(THRESHOLD - 1)));
        vm.assertFalse(ok, "k-1 of n rejected");
        (ok,) = naiveVerify(digest, malleate(QuorumHelper.signDigest(digest, firstKeys(THRESHOLD)), 2));
        vm.assertFalse(ok, "high-s rejected");
    }
}
