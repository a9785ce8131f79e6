// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IStaking
/// @notice What other idlegrid contracts need from Staking: machine listings, GPU reservations by the lease
/// escrow, and inspector status for the attestation quorum.
interface IStaking {
    /// @notice Stake pools.
    enum Role {
        Provider,
        Inspector
    }

    /// @notice A listed machine. `reservedGpus` are held by open leases; they never exceed `gpuCount`.
    struct Machine {
        address provider;
        bytes32 gpuClass;
        uint32 gpuCount;
        uint32 reservedGpus;
        bool listed;
        uint256 lockedStake;
        string metadataCID;
    }

    /// @notice Reserves `gpus` GPUs on a listed machine for a lease. Only the lease escrow.
    /// Reverts if the machine is not listed, not enough GPUs are free, or the provider's stake no longer covers
    /// its listings (after a slash).
    function reserveGpus(bytes32 machineId, uint32 gpus) external;

    /// @notice Releases GPUs reserved by `reserveGpus`. Only the lease escrow.
    function releaseGpus(bytes32 machineId, uint32 gpus) external;

    /// @notice The provider that listed `machineId` (zero if never listed).
    function machineProvider(bytes32 machineId) external view returns (address);

    /// @notice Whether `machineId` is currently listed.
    function isListed(bytes32 machineId) external view returns (bool);

    /// @notice Whether `account` has at least the inspector minimum staked and active (not unbonding).
    function isActiveInspector(address account) external view returns (bool);
}
