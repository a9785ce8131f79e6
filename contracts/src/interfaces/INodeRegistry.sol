// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title INodeRegistry
/// @notice The provider and inspector nodes of the network: machine listings backed by provider stake (locked in
/// Staking), per-GPU reservations for the lease escrow, quorum-attested hardware verification with one live claim
/// per physical GPU network-wide, each machine's metadata CID and network endpoint, and each inspector's endpoint;
/// plus the views, events and errors the indexer and the CLI read.
interface INodeRegistry {
    /// @notice A machine as the views return it. `reservedGpus` counts GPUs held by leases that have not ended (a
    /// lease's GPUs are free again the second it ends, settled or not). A machine is rentable while it is listed,
    /// its provider's stake covers its listings, and — when verification is required for its class — it holds an
    /// unexpired hardware verification (`verifiedUntil` > now) for exactly the class and count listed.
    struct Machine {
        address provider;
        uint32 index;
        uint32 gpuCount;
        uint32 reservedGpus;
        bool listed;
        bytes32 gpuClass;
        uint256 lockedStake;
        uint64 verifiedAt;
        uint64 verifiedUntil;
        string metadataCID;
        string endpoint;
    }

    /// @notice A quorum-attested hardware verification of a machine (the payload of KIND_HARDWARE_VERIFICATION).
    /// `gpuIds` are keccak256 of each GPU's UUID string as NVML reports it, strictly ascending, `gpuCount` of them.
    struct Verification {
        bytes32 machineId;
        bytes32 gpuClass;
        uint32 gpuCount;
        bytes32[] gpuIds;
        uint64 verifiedAt;
        uint64 expiresAt;
    }

    // ---------------------------------------------------------------- events

    event MachineListed(
        bytes32 indexed machineId,
        address indexed provider,
        bytes32 indexed gpuClass,
        uint32 gpuCount,
        uint256 lockedStake,
        uint32 index,
        string metadataCID,
        string endpoint
    );
    event MachineDelisted(bytes32 indexed machineId, address indexed provider, uint256 unlockedStake);
    event MachineMetadataUpdated(bytes32 indexed machineId, string metadataCID, string endpoint);
    /// @notice The quorum attested the machine's hardware: `gpuIds` back it until `expiresAt`; no other machine can
    /// claim one of them before then (unless this machine is delisted or re-verified without it). `seq` numbers
    /// the verification.
    event MachineVerified(
        bytes32 indexed machineId,
        bytes32 indexed gpuClass,
        bytes32 indexed attestationId,
        uint32 gpuCount,
        bytes32[] gpuIds,
        uint64 verifiedAt,
        uint64 expiresAt,
        uint64 seq
    );
    /// @notice GPUs `gpuMask` (bit i = GPU slot i) of the machine are held until `until` (exclusive).
    event GpusReserved(bytes32 indexed machineId, uint32 gpuMask, uint64 until);
    /// @notice GPUs `gpuMask` were released early: free from `freeFrom`.
    event GpusReleased(bytes32 indexed machineId, uint32 gpuMask, uint64 freeFrom);
    event CollateralSynced(address indexed provider, bool underCollateralised);
    event InspectorEndpointSet(address indexed inspector, string endpoint);
    event RequireVerificationSet(bool required);
    event VerificationExemptSet(bytes32 indexed gpuClass, bool exempt);
    event MaxVerificationTtlSet(uint64 ttl);
    event LeaseEscrowSet(address indexed leaseEscrow);

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error ZeroMachineId();
    error ZeroGpuClass();
    error ZeroGpus();
    error TooManyGpus(uint256 gpuCount, uint256 max);
    error StringTooLong(uint256 length, uint256 max);
    error MachineAlreadyListed(bytes32 machineId);
    error MachineOwnedByOther(bytes32 machineId, address provider);
    error MachineNotListed(bytes32 machineId);
    error NotMachineProvider(bytes32 machineId, address caller);
    error GpusStillReserved(bytes32 machineId, uint32 reservedGpus);
    error NotLeaseEscrow(address caller);
    error NotStaking(address caller);
    error LeaseEscrowAlreadySet();
    error UnknownMachineIndex(uint32 index);
    error InsufficientFreeGpus(bytes32 machineId, uint32 free, uint32 requested);
    error GpusNotHeld(bytes32 machineId, uint32 gpuMask, uint64 until);
    error InsufficientCollateral(address provider);
    error MachineNotVerified(bytes32 machineId, uint64 verifiedUntil);
    error VerificationMismatch(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount);
    error GpuIdsNotAscending(uint256 index);
    error InvalidVerificationTimes(uint64 verifiedAt, uint64 expiresAt, uint256 nowTs, uint64 maxTtl);
    error VerificationNotNewer(uint64 verifiedAt, uint64 current);
    error GpuBacksOtherMachine(bytes32 gpuId, bytes32 otherMachineId);
    error NotAnInspector(address account);
    error VerificationTtlOutOfRange(uint64 ttl);

    // ---------------------------------------------------------------- used by LeaseEscrow / Staking

    /// @notice Reserves `gpus` free GPUs of a rentable machine until `until` for a lease. Only the lease escrow.
    /// A GPU is free when the lease that last held it has ended (its hold time has passed), settled or not.
    /// Reverts if the machine is not listed, not verified when verification is required for its class, not enough
    /// GPUs are free, or the provider's stake no longer covers its listings (after a slash).
    /// @return provider The machine's provider (the escrow checks it is the quote's signer).
    /// @return index The machine's compact index, by which the escrow refers to it afterwards.
    /// @return gpuMask Which GPU slots were reserved (bit i = slot i).
    function reserveGpus(bytes32 machineId, uint32 gpus, uint64 until)
        external
        returns (address provider, uint32 index, uint32 gpuMask);

    /// @notice Moves the hold of GPUs `gpuMask` from `until` to `newUntil` (a lease extension). Only the lease
    /// escrow, only while the machine is still rentable.
    function extendGpus(uint32 index, uint32 gpuMask, uint64 until, uint64 newUntil) external;

    /// @notice Frees GPUs `gpuMask` held until `until` now (a lease that stopped early). Only the lease escrow.
    /// GPUs whose hold is no longer `until` (taken by another lease after this one ended) are left alone.
    function releaseGpus(uint32 index, uint32 gpuMask, uint64 until) external;

    /// @notice Staking reports that a provider's active stake stopped (or started again) covering its listings.
    /// Only Staking.
    function syncCollateral(address provider, bool underCollateralised) external;

    /// @notice The machine id and provider behind an index (zero if none).
    function machineAt(uint32 index) external view returns (bytes32 machineId, address provider);

    // ---------------------------------------------------------------- machines and nodes

    /// @notice Lists a machine of `gpuCount` (1..32) GPUs of `gpuClass`, locking the class's per-GPU minimum
    /// times `gpuCount` of the caller's free provider stake in Staking. A machine id belongs to the first
    /// provider that lists it; that provider may list it again after delisting, nobody else can. A (re)listing
    /// starts unverified.
    /// @param metadataCID The machine's metadata document (at most 256 bytes).
    /// @param endpoint The provider node's network endpoint for this machine (at most 256 bytes).
    function listMachine(
        bytes32 machineId,
        bytes32 gpuClass,
        uint32 gpuCount,
        string calldata metadataCID,
        string calldata endpoint
    ) external;

    /// @notice Delists the caller's machine, unlocks its stake and retires its verification (its GPUs may back
    /// another machine). Reverts while leases that have not ended hold its GPUs.
    function delistMachine(bytes32 machineId) external;

    /// @notice Replaces the metadata CID and endpoint of the caller's listed machine.
    function updateMachineMetadata(bytes32 machineId, string calldata metadataCID, string calldata endpoint)
        external;

    /// @notice Records a quorum-attested hardware verification (kind `KIND_HARDWARE_VERIFICATION`, target this
    /// contract, payload `Attestations.hardwareVerificationHash(v.machineId, v.gpuClass, v.gpuCount, v.gpuIds,
    /// v.verifiedAt, v.expiresAt)`). Anyone can submit it.
    /// @param v The machine (listed), its listed class and GPU count, exactly `gpuCount` ascending GPU identities
    /// none of which another machine's live verification claims, when the checks ran (not in the future, newer
    /// than the machine's current verification) and until when (exclusive) it holds (in the future, at most
    /// `maxVerificationTtl` after `verifiedAt`).
    function verifyMachine(Verification calldata v, bytes32 attestationId, bytes calldata signatures) external;

    /// @notice Publishes the network endpoint of the caller's inspector node (e.g. "https://insp.example:7443",
    /// at most 256 bytes). The caller must hold active inspector stake.
    function setInspectorEndpoint(string calldata endpoint) external;

    // ---------------------------------------------------------------- views

    /// @notice The machine record for `machineId` (all zero if never listed; kept with `listed = false` after a
    /// delisting so that only its provider can list it again).
    function machine(bytes32 machineId) external view returns (Machine memory);

    /// @notice Whether `machineId` can be rented now (listed, collateralised, verified if required).
    function isRentable(bytes32 machineId) external view returns (bool);

    /// @notice The machine whose live verification claims GPU identity `gpuId`, and until when (zero if none).
    function gpuHolder(bytes32 gpuId) external view returns (bytes32 machineId, uint64 expiresAt);

    /// @notice The endpoint an inspector published (empty if none).
    function inspectorEndpoint(address inspector) external view returns (string memory);
}
