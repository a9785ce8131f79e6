// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IStaking} from "./interfaces/IStaking.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {Attestations} from "./Attestations.sol";

/// @title Staking
/// @notice GRID stake for providers and inspectors, machine listings backed by provider stake, GPU reservations
/// for the lease escrow, and quorum-attested slashing.
/// @dev Two pools (`Role.Provider`, `Role.Inspector`). Per pool the contract holds exactly
/// Σ(active + unbonding) GRID: stake comes in through `stake`/`stakeFor` and leaves only through `withdraw`
/// (matured unbonds) and `slash` (burned or paid to the renter and the reporters, in the same transaction).
/// Unbonding stake stays slashable until withdrawn, and a slash takes from active stake first, so unbonding
/// ahead of a slash changes nothing about the amount slashed. Every loop is bounded by a constant
/// (`MAX_PENDING_UNBONDS`, `MAX_REPORTERS`).
contract Staking is IStaking, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Basis-point denominator.
    uint256 public constant BPS = 10_000;
    /// @notice Pending unbond entries one account may hold per pool.
    uint256 public constant MAX_PENDING_UNBONDS = 8;
    /// @notice Reporters one slash may reward.
    uint256 public constant MAX_REPORTERS = 16;
    /// @notice Cap on the reporters' governed share of a slash (10%).
    uint16 public constant MAX_REPORTER_BPS = 1_000;
    /// @notice Cap on the renter's attested share (BPS - MAX_REPORTER_BPS), so reporters + renter never exceed
    /// the slash.
    uint16 public constant MAX_RENTER_BPS = 9_000;
    /// @notice Reporters' share until governance changes it (5%).
    uint16 public constant DEFAULT_REPORTER_BPS = 500;
    /// @notice Shortest unbonding period governance may set; the period must cover the inspectors' dispute
    /// window, or stake could leave before the slash for it lands.
    uint64 public constant MIN_UNBONDING_PERIOD = 1 days;
    /// @notice Longest unbonding period governance may set.
    uint64 public constant MAX_UNBONDING_PERIOD = 90 days;
    /// @notice Cap on a per-GPU minimum, so `minStakePerGpu * gpuCount` can never overflow.
    uint256 public constant MAX_MIN_STAKE_PER_GPU = 1e36;

    /// @notice One account's stake in one pool. `unbonding` always equals the sum of `unbonds[0 .. pending)`,
    /// which are kept in the order they started. Active, unbonding and the entry count share one slot, so
    /// stake, unbond and withdraw each write it once; uint120 holds 1e9 times any realistic GRID supply (the
    /// casts are checked).
    struct Account {
        uint120 active;
        uint120 unbonding;
        uint8 pending;
        uint256 locked;
        UnbondEntry[MAX_PENDING_UNBONDS] unbonds;
    }

    /// @notice The staked token (GRID). Slashed stake that is not paid out is burned with `ERC20Burnable.burn`.
    IERC20 public immutable grid;

    /// @notice The attestation quorum that authorises slashes (set once).
    IAttestationQuorum public quorum;
    /// @notice The only caller of `reserveGpus`/`releaseGpus` (set once).
    address public leaseEscrow;
    /// @notice Delay between `unbond` and `withdraw` for entries started now.
    uint64 public unbondingPeriod;
    /// @notice Share of a slash split equally among its reporters, in basis points.
    uint16 public reporterBps;
    /// @inheritdoc IStaking
    uint256 public inspectorMinStake;
    /// @inheritdoc IStaking
    mapping(bytes32 gpuClass => uint256 minStake) public minStakePerGpu;

    mapping(address account => mapping(Role role => Account)) private _accounts;
    mapping(bytes32 machineId => Machine) private _machines;

    modifier onlyLeaseEscrow() {
        // While unset, leaseEscrow is zero and no caller matches.
        if (msg.sender != leaseEscrow) revert NotLeaseEscrow(msg.sender);
        _;
    }

    /// @param grid_ The GRID token.
    /// @param owner_ Governance: sets minimums, the reporter share and the one-time quorum and escrow.
    /// @param unbondingPeriod_ Initial unbonding delay, within [MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD].
    /// @param inspectorMinStake_ Initial inspector minimum (nonzero).
    constructor(IERC20 grid_, address owner_, uint64 unbondingPeriod_, uint256 inspectorMinStake_)
        Ownable(owner_)
    {
        if (address(grid_) == address(0)) revert ZeroAddress();
        grid = grid_;
        _setUnbondingPeriod(unbondingPeriod_);
        _setInspectorMinStake(inspectorMinStake_);
        reporterBps = DEFAULT_REPORTER_BPS;
        emit ReporterBpsSet(0, DEFAULT_REPORTER_BPS);
    }

    // ================================================================ governance

    /// @notice Sets the attestation quorum that authorises slashes. Owner, once.
    function setQuorum(IAttestationQuorum quorum_) external onlyOwner {
        if (address(quorum_) == address(0)) revert ZeroAddress();
        if (address(quorum) != address(0)) revert QuorumAlreadySet();
        quorum = quorum_;
        emit QuorumSet(address(quorum_));
    }

    /// @notice Sets the lease escrow, the only caller of `reserveGpus`/`releaseGpus`. Owner, once.
    function setLeaseEscrow(address leaseEscrow_) external onlyOwner {
        if (leaseEscrow_ == address(0)) revert ZeroAddress();
        if (leaseEscrow != address(0)) revert LeaseEscrowAlreadySet();
        leaseEscrow = leaseEscrow_;
        emit LeaseEscrowSet(leaseEscrow_);
    }

    /// @notice Sets the GRID locked per listed GPU of `gpuClass`. Zero retires the class for new listings;
    /// existing listings keep the stake they locked. Owner.
    function setMinStakePerGpu(bytes32 gpuClass, uint256 minStake) external onlyOwner {
        if (gpuClass == bytes32(0)) revert ZeroGpuClass();
        if (minStake > MAX_MIN_STAKE_PER_GPU) revert MinStakeTooHigh(minStake, MAX_MIN_STAKE_PER_GPU);
        emit MinStakePerGpuSet(gpuClass, minStakePerGpu[gpuClass], minStake);
        minStakePerGpu[gpuClass] = minStake;
    }

    /// @notice Sets the active inspector stake needed by `isActiveInspector` (nonzero). Owner.
    function setInspectorMinStake(uint256 minStake) external onlyOwner {
        _setInspectorMinStake(minStake);
    }

    /// @notice Sets the reporters' share of future slashes, at most `MAX_REPORTER_BPS`. Owner.
    function setReporterBps(uint16 bps) external onlyOwner {
        if (bps > MAX_REPORTER_BPS) revert ReporterBpsTooHigh(bps, MAX_REPORTER_BPS);
        emit ReporterBpsSet(reporterBps, bps);
        reporterBps = bps;
    }

    /// @notice Sets the unbonding delay for entries started from now on; pending entries keep theirs. Owner.
    function setUnbondingPeriod(uint64 period) external onlyOwner {
        _setUnbondingPeriod(period);
    }

    // ================================================================ staking

    /// @notice Stakes `amount` GRID from the caller into the caller's `role` pool.
    function stake(Role role, uint256 amount) external nonReentrant {
        _stake(msg.sender, role, amount);
    }

    /// @notice Stakes `amount` GRID from the caller into `account`'s `role` pool. Only adds active stake: it
    /// never touches the account's pending unbonds or their withdrawal times.
    function stakeFor(address account, Role role, uint256 amount) external nonReentrant {
        if (account == address(0)) revert ZeroAddress();
        _stake(account, role, amount);
    }

    /// @notice Moves `amount` of the caller's free stake (active minus locked by listings) into a pending
    /// unbond entry withdrawable after `unbondingPeriod`. The entry stays slashable until withdrawn.
    function unbond(Role role, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender][role];
        uint256 free = _free(a);
        if (amount > free) revert InsufficientFreeStake(msg.sender, role, free, amount);
        uint256 pending = a.pending;
        if (pending >= MAX_PENDING_UNBONDS) {
            revert TooManyPendingUnbonds(msg.sender, role, MAX_PENDING_UNBONDS);
        }
        uint64 withdrawableAt = uint64(block.timestamp) + unbondingPeriod;
        // amount <= free <= active < 2^120: the casts below cannot truncate.
        // forge-lint: disable-next-line(unsafe-typecast)
        a.active -= uint120(amount);
        // forge-lint: disable-next-line(unsafe-typecast)
        a.unbonding += uint120(amount);
        // forge-lint: disable-next-line(unsafe-typecast)
        a.pending = uint8(pending + 1);
        // forge-lint: disable-next-line(unsafe-typecast)
        a.unbonds[pending] = UnbondEntry({amount: uint128(amount), withdrawableAt: withdrawableAt});
        emit UnbondStarted(msg.sender, role, amount, withdrawableAt);
    }

    /// @notice Returns the pending unbond entry at `index` to the caller's active stake. Later entries move
    /// down one place (entries stay in the order they started).
    function cancelUnbond(Role role, uint256 index) external {
        Account storage a = _accounts[msg.sender][role];
        uint256 pending = a.pending;
        if (index >= pending) revert UnbondIndexOutOfRange(index, pending);
        uint128 amount = a.unbonds[index].amount;
        for (uint256 i = index + 1; i < pending; ++i) {
            a.unbonds[i - 1] = a.unbonds[i];
        }
        delete a.unbonds[pending - 1];
        // The entry came out of active stake, so it fits the uint120 fields.
        // forge-lint: disable-next-line(unsafe-typecast)
        a.unbonding -= uint120(amount);
        // forge-lint: disable-next-line(unsafe-typecast)
        a.active += uint120(amount);
        // forge-lint: disable-next-line(unsafe-typecast)
        a.pending = uint8(pending - 1);
        emit UnbondCancelled(msg.sender, role, index, amount);
    }

    /// @notice Pays the caller every matured unbond entry in `role`'s pool.
    /// @return amount The GRID withdrawn.
    function withdraw(Role role) external nonReentrant returns (uint256 amount) {
        Account storage a = _accounts[msg.sender][role];
        uint256 pending = a.pending;
        uint256 kept;
        for (uint256 i; i < pending; ++i) {
            UnbondEntry memory e = a.unbonds[i];
            if (e.withdrawableAt <= block.timestamp) {
                amount += e.amount;
            } else {
                if (kept != i) a.unbonds[kept] = e;
                ++kept;
            }
        }
        if (amount == 0) revert NothingToWithdraw(msg.sender, role);
        for (uint256 i = kept; i < pending; ++i) {
            delete a.unbonds[i];
        }
        // amount <= unbonding < 2^120; kept < pending <= MAX_PENDING_UNBONDS.
        // forge-lint: disable-next-line(unsafe-typecast)
        a.unbonding -= uint120(amount);
        // forge-lint: disable-next-line(unsafe-typecast)
        a.pending = uint8(kept);
        emit Withdrawn(msg.sender, role, amount);
        grid.safeTransfer(msg.sender, amount);
    }

    // ================================================================ machines

    /// @notice Lists a machine of `gpuCount` GPUs of `gpuClass`, locking `minStakePerGpu[gpuClass] * gpuCount`
    /// of the caller's free provider stake. A machine id belongs to the first provider that lists it; that
    /// provider may list it again after delisting, nobody else can.
    function listMachine(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount, string calldata metadataCID)
        external
    {
        if (machineId == bytes32(0)) revert ZeroMachineId();
        if (gpuCount == 0) revert ZeroGpus();
        uint256 minStake = minStakePerGpu[gpuClass];
        if (minStake == 0) revert UnknownGpuClass(gpuClass);
        Machine storage m = _machines[machineId];
        if (m.listed) revert MachineAlreadyListed(machineId);
        if (m.provider != address(0) && m.provider != msg.sender) {
            revert MachineOwnedByOther(machineId, m.provider);
        }

        Account storage a = _accounts[msg.sender][Role.Provider];
        uint256 required = minStake * gpuCount;
        uint256 free = _free(a);
        if (free < required) revert InsufficientFreeStake(msg.sender, Role.Provider, free, required);

        a.locked += required;
        m.provider = msg.sender;
        m.gpuClass = gpuClass;
        m.gpuCount = gpuCount;
        m.listed = true;
        m.lockedStake = required;
        m.metadataCID = metadataCID;
        emit MachineListed(machineId, msg.sender, gpuClass, gpuCount, required, metadataCID);
    }

    /// @notice Delists the caller's machine and unlocks its stake. Reverts while open leases hold its GPUs.
    function delistMachine(bytes32 machineId) external {
        Machine storage m = _listedMachineOf(machineId);
        if (m.reservedGpus != 0) revert GpusStillReserved(machineId, m.reservedGpus);
        uint256 unlocked = m.lockedStake;
        m.listed = false;
        m.lockedStake = 0;
        _accounts[msg.sender][Role.Provider].locked -= unlocked;
        emit MachineDelisted(machineId, msg.sender, unlocked);
    }

    /// @notice Replaces the metadata CID of the caller's listed machine.
    function updateMachineMetadata(bytes32 machineId, string calldata metadataCID) external {
        Machine storage m = _listedMachineOf(machineId);
        m.metadataCID = metadataCID;
        emit MachineMetadataUpdated(machineId, metadataCID);
    }

    /// @inheritdoc IStaking
    function reserveGpus(bytes32 machineId, uint32 gpus) external onlyLeaseEscrow {
        if (gpus == 0) revert ZeroGpus();
        Machine storage m = _machines[machineId];
        if (!m.listed) revert MachineNotListed(machineId);
        uint32 reserved = m.reservedGpus;
        uint32 free = m.gpuCount - reserved;
        if (gpus > free) revert InsufficientFreeGpus(machineId, free, gpus);
        Account storage a = _accounts[m.provider][Role.Provider];
        if (a.active < a.locked) revert InsufficientCollateral(m.provider, a.active, a.locked);
        reserved += gpus;
        m.reservedGpus = reserved;
        emit GpusReserved(machineId, gpus, reserved);
    }

    /// @inheritdoc IStaking
    /// @dev Never blocked by the provider's collateral, so leases can always close.
    function releaseGpus(bytes32 machineId, uint32 gpus) external onlyLeaseEscrow {
        if (gpus == 0) revert ZeroGpus();
        Machine storage m = _machines[machineId];
        uint32 reserved = m.reservedGpus;
        if (gpus > reserved) revert ReleaseExceedsReserved(machineId, reserved, gpus);
        reserved -= gpus;
        m.reservedGpus = reserved;
        emit GpusReleased(machineId, gpus, reserved);
    }

    // ================================================================ slashing

    /// @notice Slashes `offender`'s `role` stake as attested by the quorum (kind `KIND_SLASH`, id `evidenceId`,
    /// payload `Attestations.slashHash(offender, uint8(role), amount, renter, renterBps, reporters)`).
    /// Takes min(amount, active + unbonding): active stake first, then pending unbonds, newest first; never
    /// reverts for lack of stake. Of the slashed amount, `reporterBps` is split equally among `reporters`
    /// (none: nothing), `renterBps` goes to `renter`, and the rest, rounding dust included, is burned.
    /// @param offender The staker to slash.
    /// @param role The pool to slash from.
    /// @param amount The amount requested by the inspectors.
    /// @param renter The harmed renter (zero if none; then `renterBps` must be zero).
    /// @param renterBps The renter's share, at most `MAX_RENTER_BPS`.
    /// @param reporters Up to `MAX_REPORTERS` nonzero addresses that share the reporters' cut.
    /// @param evidenceId The attestation id; each is usable once.
    /// @param signatures k-of-n inspector signatures, ascending by signer.
    /// @dev Anyone may submit. The quorum (a trusted contract governance set once) is called before any effect
    /// here: it is the authorisation, and it marks the evidence id used. A reporter listed twice is paid twice;
    /// the list is part of what the inspectors signed.
    function slash(
        address offender,
        Role role,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] calldata reporters,
        bytes32 evidenceId,
        bytes calldata signatures
    ) external nonReentrant {
        IAttestationQuorum q = quorum;
        if (address(q) == address(0)) revert QuorumNotSet();
        _checkSlash(offender, amount, renter, renterBps, reporters);
        q.consume(
            Attestations.KIND_SLASH,
            evidenceId,
            Attestations.slashHash(offender, uint8(role), amount, renter, renterBps, reporters),
            signatures
        );
        _executeSlash(offender, role, amount, renter, renterBps, reporters, evidenceId);
    }

    // ================================================================ views

    /// @inheritdoc IStaking
    function machineProvider(bytes32 machineId) external view returns (address) {
        return _machines[machineId].provider;
    }

    /// @inheritdoc IStaking
    function isListed(bytes32 machineId) external view returns (bool) {
        return _machines[machineId].listed;
    }

    /// @inheritdoc IStaking
    function isActiveInspector(address account) external view returns (bool) {
        return _accounts[account][Role.Inspector].active >= inspectorMinStake;
    }

    /// @inheritdoc IStaking
    function machine(bytes32 machineId) external view returns (Machine memory) {
        return _machines[machineId];
    }

    /// @inheritdoc IStaking
    function stakeInfo(address account, Role role) external view returns (StakeInfo memory info) {
        Account storage a = _accounts[account][role];
        info.active = a.active;
        info.unbonding = a.unbonding;
        info.locked = a.locked;
        uint256 pending = a.pending;
        info.unbonds = new UnbondEntry[](pending);
        for (uint256 i; i < pending; ++i) {
            info.unbonds[i] = a.unbonds[i];
        }
    }

    /// @inheritdoc IStaking
    function freeStake(address account, Role role) external view returns (uint256) {
        return _free(_accounts[account][role]);
    }

    /// @notice Number of pending unbond entries of `account` in `role`'s pool.
    function pendingUnbonds(address account, Role role) external view returns (uint256) {
        return _accounts[account][role].pending;
    }

    /// @notice Sum of `account`'s matured unbond entries in `role`'s pool (what `withdraw` would pay now).
    function withdrawable(address account, Role role) external view returns (uint256 amount) {
        Account storage a = _accounts[account][role];
        uint256 pending = a.pending;
        for (uint256 i; i < pending; ++i) {
            if (a.unbonds[i].withdrawableAt <= block.timestamp) amount += a.unbonds[i].amount;
        }
    }

    // ================================================================ internals

    function _stake(address account, Role role, uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[account][role];
        uint256 active = a.active + amount;
        a.active = SafeCast.toUint120(active);
        emit Staked(account, role, msg.sender, amount, active);
        grid.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _free(Account storage a) private view returns (uint256) {
        uint256 active = a.active;
        uint256 locked = a.locked;
        return active > locked ? active - locked : 0;
    }

    function _listedMachineOf(bytes32 machineId) private view returns (Machine storage m) {
        m = _machines[machineId];
        if (!m.listed) revert MachineNotListed(machineId);
        if (m.provider != msg.sender) revert NotMachineProvider(machineId, msg.sender);
    }

    function _setUnbondingPeriod(uint64 period) private {
        if (period < MIN_UNBONDING_PERIOD || period > MAX_UNBONDING_PERIOD) {
            revert UnbondingPeriodOutOfRange(period, MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD);
        }
        emit UnbondingPeriodSet(unbondingPeriod, period);
        unbondingPeriod = period;
    }

    function _setInspectorMinStake(uint256 minStake) private {
        if (minStake == 0) revert ZeroAmount();
        emit InspectorMinStakeSet(inspectorMinStake, minStake);
        inspectorMinStake = minStake;
    }

    function _checkSlash(
        address offender,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] calldata reporters
    ) private pure {
        if (offender == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        if (renterBps > MAX_RENTER_BPS) revert RenterBpsTooHigh(renterBps, MAX_RENTER_BPS);
        if (renterBps != 0 && renter == address(0)) revert RenterShareWithoutRenter(renterBps);
        uint256 n = reporters.length;
        if (n > MAX_REPORTERS) revert TooManyReporters(n, MAX_REPORTERS);
        for (uint256 i; i < n; ++i) {
            if (reporters[i] == address(0)) revert ZeroReporter(i);
        }
    }

    function _executeSlash(
        address offender,
        Role role,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] calldata reporters,
        bytes32 evidenceId
    ) private {
        uint256 slashed = _take(offender, role, amount);
        uint256 n = reporters.length;
        uint256 perReporter = n == 0 ? 0 : slashed * reporterBps / BPS / n;
        uint256 toRenter = slashed * renterBps / BPS;
        uint256 burned = slashed - perReporter * n - toRenter;
        emit Slashed(offender, role, evidenceId, amount, slashed, burned, toRenter, perReporter * n);
        if (role == Role.Provider) {
            Account storage a = _accounts[offender][Role.Provider];
            if (a.active < a.locked) emit ProviderUnderCollateralised(offender, a.active, a.locked);
        }

        if (perReporter != 0) {
            for (uint256 i; i < n; ++i) {
                grid.safeTransfer(reporters[i], perReporter);
            }
        }
        if (toRenter != 0) grid.safeTransfer(renter, toRenter);
        if (burned != 0) ERC20Burnable(address(grid)).burn(burned);
    }

    /// @dev Removes up to `amount` from `account`'s stake, active first, then unbond entries newest first.
    function _take(address account, Role role, uint256 amount) private returns (uint256 taken) {
        Account storage a = _accounts[account][role];
        uint256 active = a.active;
        uint256 fromActive = amount < active ? amount : active;
        uint256 unbonding = a.unbonding;
        uint256 fromUnbonding = amount - fromActive;
        if (fromUnbonding > unbonding) fromUnbonding = unbonding;
        // Both parts are at most the uint120 fields they come from.
        // forge-lint: disable-next-line(unsafe-typecast)
        a.active = uint120(active - fromActive);
        if (fromUnbonding != 0) {
            // forge-lint: disable-next-line(unsafe-typecast)
            a.unbonding = uint120(unbonding - fromUnbonding);
            // Entries sum to `unbonding` >= `fromUnbonding`, so this ends before the entries run out; newest
            // first, so the entries it empties are the last ones.
            uint256 pending = a.pending;
            uint256 rest = fromUnbonding;
            while (rest != 0) {
                UnbondEntry storage e = a.unbonds[pending - 1];
                uint256 entryAmount = e.amount;
                if (entryAmount <= rest) {
                    rest -= entryAmount;
                    delete a.unbonds[--pending];
                } else {
                    // casting to 'uint128' is safe because the result is below the entry's uint128 amount
                    // forge-lint: disable-next-line(unsafe-typecast)
                    e.amount = uint128(entryAmount - rest);
                    rest = 0;
                }
            }
            // forge-lint: disable-next-line(unsafe-typecast)
            a.pending = uint8(pending);
        }
        taken = fromActive + fromUnbonding;
    }
}
