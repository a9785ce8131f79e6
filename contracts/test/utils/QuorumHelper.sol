// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "./Vm.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";

/// @notice Signs attestations the way inspector nodes do: each key signs the quorum's EIP-712 digest, and the
/// 65-byte signatures are concatenated in ascending signer-address order.
library QuorumHelper {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice Signatures by `keys` over the attestation for `target`, ordered by ascending signer address.
    function sign(
        AttestationQuorum quorum,
        address target,
        uint8 kind,
        bytes32 id,
        bytes32 payloadHash,
        uint256[] memory keys
    ) internal view returns (bytes memory signatures) {
        bytes32 digest = quorum.attestationDigest(target, kind, id, payloadHash);
        return signDigest(digest, keys);
    }

    /// @notice Signatures by `keys` over `digest`, ordered by ascending signer address.
    function signDigest(bytes32 digest, uint256[] memory keys)
        internal
        pure
        returns (bytes memory signatures)
    {
        uint256[] memory sorted = sortByAddress(keys);
        for (uint256 i; i < sorted.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(sorted[i], digest);
            signatures = bytes.concat(signatures, abi.encodePacked(r, s, v));
        }
    }

    /// @notice A copy of `keys` sorted by the address each key controls (insertion sort: test sizes are small).
    function sortByAddress(uint256[] memory keys) internal pure returns (uint256[] memory sorted) {
        sorted = new uint256[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            uint256 key = keys[i];
            address a = vm.addr(key);
            uint256 j = i;
            while (j > 0 && vm.addr(sorted[j - 1]) > a) {
                sorted[j] = sorted[j - 1];
                --j;
            }
            sorted[j] = key;
        }
    }

    /// @notice The addresses of `keys`, ascending — the form `proposeSignerSet` takes.
    function addresses(uint256[] memory keys) internal pure returns (address[] memory out) {
        uint256[] memory sorted = sortByAddress(keys);
        out = new address[](sorted.length);
        for (uint256 i; i < sorted.length; ++i) {
            out[i] = vm.addr(sorted[i]);
        }
    }

    /// @notice The `AttestationConsumed.signers` bitmap for signatures by `keys`: bit i for the i-th signer of
    /// the quorum's active set.
    function bitmap(AttestationQuorum quorum, uint256[] memory keys) internal view returns (uint32 bits) {
        address[] memory set = quorum.signerSet().signers;
        uint256 acc;
        for (uint256 k; k < keys.length; ++k) {
            address a = vm.addr(keys[k]);
            for (uint256 i; i < set.length; ++i) {
                if (set[i] == a) acc |= 2 ** i;
            }
        }
        // casting to 'uint32' is safe: a signer set has at most 32 members
        // forge-lint: disable-next-line(unsafe-typecast)
        bits = uint32(acc);
    }
}
