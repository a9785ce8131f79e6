// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAttestationQuorum} from "./IAttestationQuorum.sol";

/// @title IStaking
/// @notice What other idlegrid contracts need from Staking: provider stake locked by machine listings (for the
/// NodeRegistry), inspector stake (for the attestation quorum), the unbonding period and the dispute-window
/// bound (for the escrow); plus the views, events and errors the indexer and the CLI read.
interface IStaking {
    /// @notice Stake pools.
    enum Role {
        Provider,
        Inspector
    }

    /// @notice What a slash punishes; each kind has a governed cap on the share of the offender's stake it takes.
    enum SlashKind {
        Downtime,
        Fraud
    }

    /// @notice A quorum-attested slash (the payload of KIND_SLASH, with the role and kind as uint8).
    struct SlashOrder {
        address offender;
        Role role;
        SlashKind kind;
        uint256 amount;
        address renter;
        uint16 renterBps;
        address[] reporters;
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
    /// @notice `slashed` = min(requested, cap(kind) of active + unbonding) = burned + toRenter + toReporters.
    event Slashed(
        address indexed offender,
        Role indexed role,
        bytes32 indexed evidenceId,
        SlashKind kind,
        uint256 requested,
        uint256 slashed,
        uint256 burned,
        uint256 toRenter,
        uint256 toReporters
    );
    /// @notice A slash left a provider's active stake below what its listings lock: the NodeRegistry refuses new
    /// leases on its machines until it tops up or delists.
    event ProviderUnderCollateralised(address indexed provider, uint256 active, uint256 locked);
    event MinStakePerGpuSet(bytes32 indexed gpuClass, uint256 oldMinStake, uint256 newMinStake);
    /// @notice A higher inspector minimum was proposed; anyone applies it from `effectiveAt`.
    event InspectorMinStakeProposed(uint256 minStake, uint64 effectiveAt);
    event InspectorMinStakeSet(uint256 oldMinStake, uint256 newMinStake);
    event ReporterBpsSet(uint16 oldBps, uint16 newBps);
    event SlashCapSet(SlashKind indexed kind, uint16 capBps);
    event UnbondingPeriodSet(uint64 oldPeriod, uint64 newPeriod);
    event QuorumSet(address indexed quorum);
    event LeaseEscrowSet(address indexed leaseEscrow);
    event NodeRegistrySet(address indexed nodeRegistry);

    // ---------------------------------------------------------------- errors

    error ZeroAddress();
    error ZeroAmount();
    error ZeroGpuClass();
    error InsufficientFreeStake(address account, Role role, uint256 free, uint256 required);
    error TooManyPendingUnbonds(address account, Role role, uint256 max);
    error NothingToWithdraw(address account, Role role);
    error UnbondIndexOutOfRange(uint256 index, uint256 length);
    error UnknownGpuClass(bytes32 gpuClass);
    error NotNodeRegistry(address caller);
    error NodeRegistryAlreadySet();
    error QuorumNotSet();
    error QuorumAlreadySet();
    error LeaseEscrowAlreadySet();
    error LeaseEscrowNotSet();
    error TooManyReporters(uint256 count, uint256 max);
    error ReportersNotAscending(uint256 index);
    error RenterBpsTooHigh(uint256 bps, uint256 max);
    error RenterShareWithoutRenter(uint16 renterBps);
    error ReporterBpsTooHigh(uint256 bps, uint256 max);
    error SlashCapOutOfRange(uint16 capBps);
    error UnbondingPeriodOutOfRange(uint64 period, uint64 min, uint64 max);
    error UnbondingBelowDisputeCover(uint64 period, uint64 required);
    error DisputeWindowOutOfRange(uint64 disputeWindow, uint64 min, uint64 max);
    error MinStakeTooHigh(uint256 amount, uint256 max);
    error NoPendingInspectorMinStake();
    error InspectorMinStakeNotYetEffective(uint64 effectiveAt, uint256 nowTs);
    error InspectorMinStakeProposalExpired(uint64 expiredAt, uint256 nowTs);

    // ---------------------------------------------------------------- used by NodeRegistry / LeaseEscrow / quorum

    /// @notice Locks `minStakePerGpu[gpuClass] * gpuCount` of `provider`'s free provider stake for a listing.
    /// Only the NodeRegistry. Reverts for an unknown class or too little free stake.
    /// @return required The amount locked.
    function lockForListing(address provider, bytes32 gpuClass, uint32 gpuCount)
        external
        returns (uint256 required);

    /// @notice Unlocks `amount` of `provider`'s listing stake (a delisting). Only the NodeRegistry.
    function unlockListing(address provider, uint256 amount) external;

    /// @notice Whether `account` has at least the inspector minimum staked and active (not unbonding).
    function isActiveInspector(address account) external view returns (bool);

    /// @notice `account`'s active (not unbonding) stake in `role`'s pool.
    function activeStake(address account, Role role) external view returns (uint256);

    /// @notice Reverts unless the escrow's dispute window `disputeWindow` is within bounds and, with the quorum's
    /// signer-set delay, fits in the unbonding period.
    function checkDisputeWindow(uint64 disputeWindow) external view;

    /// @notice The unbonding period (stake stays slashable that long after `unbond`).
    function unbondingPeriod() external view returns (uint64);

    /// @notice The attestation quorum wired at deployment (zero until set).
    function quorum() external view returns (IAttestationQuorum);

    // ---------------------------------------------------------------- views for the indexer and the CLI

    /// @notice `account`'s stake in `role`'s pool, with its pending unbond entries in the order they started.
    function stakeInfo(address account, Role role) external view returns (StakeInfo memory);

    /// @notice Active stake not locked by listings (zero when under-collateralised).
    function freeStake(address account, Role role) external view returns (uint256);

    /// @notice GRID a provider must lock per GPU of `gpuClass` to list it (zero: unknown class).
    function minStakePerGpu(bytes32 gpuClass) external view returns (uint256);

    /// @notice Active inspector stake needed to count as an active inspector (and for a signature to count).
    function inspectorMinStake() external view returns (uint256);
}
