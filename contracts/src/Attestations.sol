// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Attestations
/// @notice Attestation kinds and the payload hashes inspectors sign, shared by every consumer contract and
/// mirrored byte for byte by the Go `oracle` package. A payload hash is `keccak256(abi.encode(TYPEHASH, fields))`,
/// an EIP-712 struct hash, so each kind's payload cannot be mistaken for another's.
library Attestations {
    /// @notice A provider was down from `downSince`: the escrow closes the lease there and refunds the renter.
    uint8 internal constant KIND_BREACH = 1;
    /// @notice A lease's job completed with a result CID.
    uint8 internal constant KIND_COMPLETION = 2;
    /// @notice Slash a staker for the evidence named by the attestation id.
    uint8 internal constant KIND_SLASH = 3;
    /// @notice An epoch's cumulative rewards Merkle root and the epoch's new total.
    uint8 internal constant KIND_REWARD_ROOT = 4;
    /// @notice The GRID/USD rate.
    uint8 internal constant KIND_GRID_PRICE = 5;

    bytes32 internal constant BREACH_TYPEHASH = keccak256("Breach(uint256 leaseId,uint64 downSince)");
    bytes32 internal constant COMPLETION_TYPEHASH = keccak256("Completion(uint256 leaseId,string resultCID)");
    bytes32 internal constant SLASH_TYPEHASH = keccak256(
        "Slash(address offender,uint8 role,uint256 amount,address renter,uint16 renterBps,address[] reporters)"
    );
    bytes32 internal constant REWARD_ROOT_TYPEHASH =
        keccak256("RewardRoot(uint64 epoch,bytes32 root,uint256 total)");
    bytes32 internal constant GRID_PRICE_TYPEHASH = keccak256("GridPrice(uint256 price,uint64 observedAt)");

    function breachHash(uint256 leaseId, uint64 downSince) internal pure returns (bytes32) {
        return keccak256(abi.encode(BREACH_TYPEHASH, leaseId, downSince));
    }

    function completionHash(uint256 leaseId, string memory resultCID) internal pure returns (bytes32) {
        return keccak256(abi.encode(COMPLETION_TYPEHASH, leaseId, keccak256(bytes(resultCID))));
    }

    function slashHash(
        address offender,
        uint8 role,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] memory reporters
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                SLASH_TYPEHASH,
                offender,
                role,
                amount,
                renter,
                renterBps,
                keccak256(abi.encodePacked(reporters))
            )
        );
    }

    function rewardRootHash(uint64 epoch, bytes32 root, uint256 total) internal pure returns (bytes32) {
        return keccak256(abi.encode(REWARD_ROOT_TYPEHASH, epoch, root, total));
    }

    function gridPriceHash(uint256 price, uint64 observedAt) internal pure returns (bytes32) {
        return keccak256(abi.encode(GRID_PRICE_TYPEHASH, price, observedAt));
    }
}
