// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IStaking
/// @notice What other idlegrid contracts need from Staking: machine listings, GPU reservations by the lease
/// escrow, and inspector status for the attestation quorum; plus the views, events and errors the indexer and
/// the CLI read.
interface IStaking {
    /// @notice Stake pools.
    enum Role {
        Provider,
        Inspector
    }

    /// @notice A listed machine. `reservedGpus` are held by open leases; they never exceed `gpuCount`.
    /// @dev `provider`, `gpuCount`, `reservedGpus` and `listed` share one storage slot, the one `reserveGpus`
    /// and `releaseGpus` read and write.
    struct Machine {
        address provider;
        uint32 gpuCount;
        uint32 reservedGpus;
        bool listed;
        bytes32 gpuClass;
        uint256 lockedStake;
        string metadataCID;
    }

    /// @notice A pending unbond: `amount` leaves the pool at `withdrawableAt` and stays slashable until then.
    struct UnbondEntry {
        uint128 amount;
        uint64 withdrawableAt;
    }

    /// @notice One account's stake in one pool. `locked` is the part of `active` held by machine listings
    /// (providers only); it can exceed `active` after a slash. `unbonding` is the sum of `unbonds`.
    struct StakeInfo {
        uint256 active;
        uint256 unbonding;
        uint256 locked;
        UnbondEntry[] unbonds;
    }

    // ---------------------------------------------------------------- events

    event Staked(
        address indexed account, Role indexed role, address indexed payer, uint256 amount, uint256 active
    );
    event UnbondStarted(address indexed account, Role indexed role, uint256 amount, uint64 withdrawableAt);
    event UnbondCancelled(address indexed account, Role indexed role, uint256 index, uint256 amount);
    event Withdrawn(address indexed account, Role indexed role, uint256 amount);
    event MachineListed(
        bytes32 indexed machineId,
        address indexed provider,
        bytes32 indexed gpuClass,
        uint32 gpuCount,
        uint256 lockedStake,
        string metadataCID
    );
    event MachineDelisted(bytes32 indexed machineId, address indexed provider, uint256 unlockedStake);
    event MachineMetadataUpdated(bytes32 indexed machineId, string metadataCID);
    event GpusReserved(bytes32 indexed machineId, uint32 gpus, uint32 reservedGpus);
    event GpusReleased(bytes32 indexed machineId, uint32 gpus, uint32 reservedGpus);
    /// @notice `slashed` = min(requested, active + unbonding) = burned + toRenter + toReporters.
    event Slashed(
        address indexed offender,
        Role indexed role,
        bytes32 indexed evidenceId,
        uint256 requested,
        uint256 slashed,
        uint256 burned,
        uint256 toRenter,
        uint256 toReporters
    );
    /// @notice A slash left a provider's active stake below what its listings lock: `reserveGpus` refuses new
    /// leases on its machines until it tops up or delists.
    event ProviderUnderCollateralised(address indexed provider, uint256 active, uint256 locked);
    event MinStakePerGpuSet(bytes32 indexed gpuClass, uint256 oldMinStake, uint256 newMinStake);
    event InspectorMinStakeSet(uint256 oldMinStake, uint256 newMinStake);
    event ReporterBpsSet(uint16 oldBps, uint16 newBps);
    event UnbondingPeriodSet(uint64 oldPeriod, uint64 newPeriod);
    event QuorumSet(address indexed quorum);
    event LeaseEscrowSet(address indexed leaseEscrow);

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error ZeroAmount();
    error ZeroMachineId();
    error ZeroGpuClass();
    error ZeroGpus();
    error InsufficientFreeStake(address account, Role role, uint256 free, uint256 required);
    error TooManyPendingUnbonds(address account, Role role, uint256 max);
    error NothingToWithdraw(address account, Role role);
    error UnbondIndexOutOfRange(uint256 index, uint256 length);
    error UnknownGpuClass(bytes32 gpuClass);
    error MachineAlreadyListed(bytes32 machineId);
    error MachineOwnedByOther(bytes32 machineId, address provider);
    error MachineNotListed(bytes32 machineId);
    error NotMachineProvider(bytes32 machineId, address caller);
    error GpusStillReserved(bytes32 machineId, uint32 reservedGpus);
    error NotLeaseEscrow(address caller);
    error InsufficientFreeGpus(bytes32 machineId, uint32 free, uint32 requested);
    error ReleaseExceedsReserved(bytes32 machineId, uint32 reserved, uint32 requested);
    error InsufficientCollateral(address provider, uint256 active, uint256 locked);
    error QuorumNotSet();
    error QuorumAlreadySet();
    error LeaseEscrowAlreadySet();
    error TooManyReporters(uint256 count, uint256 max);
    error ZeroReporter(uint256 index);
    error RenterBpsTooHigh(uint256 bps, uint256 max);
    error RenterShareWithoutRenter(uint16 renterBps);
    error ReporterBpsTooHigh(uint256 bps, uint256 max);
    error UnbondingPeriodOutOfRange(uint64 period, uint64 min, uint64 max);
    error MinStakeTooHigh(uint256 amount, uint256 max);

    // ---------------------------------------------------------------- used by LeaseEscrow / AttestationQuorum

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

    // ---------------------------------------------------------------- views for the indexer and the CLI

    /// @notice The machine record for `machineId` (all zero if never listed; kept with `listed = false` after
    /// a delisting so that only its provider can list it again).
    function machine(bytes32 machineId) external view returns (Machine memory);

    /// @notice `account`'s stake in `role`'s pool, with its pending unbond entries in the order they started.
    function stakeInfo(address account, Role role) external view returns (StakeInfo memory);

    /// @notice Active stake not locked by listings (zero when under-collateralised).
    function freeStake(address account, Role role) external view returns (uint256);

    /// @notice GRID a provider must lock per GPU of `gpuClass` to list it (zero: unknown class).
    function minStakePerGpu(bytes32 gpuClass) external view returns (uint256);

    /// @notice Active inspector stake needed to count as an active inspector.
    function inspectorMinStake() external view returns (uint256);
}
