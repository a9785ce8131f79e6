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
import {ILeaseEscrow} from "./interfaces/ILeaseEscrow.sol";
import {INodeRegistry} from "./interfaces/INodeRegistry.sol";
import {Attestations} from "./Attestations.sol";

/// @title Staking
/// @notice GRID stake for providers and inspectors, the part of provider stake locked by machine listings, and
/// quorum-attested slashing. Machines, their reservations and their hardware verification live in the
/// NodeRegistry, which locks and unlocks listing stake here.
/// @dev Two pools (`Role.Provider`, `Role.Inspector`). Per pool the contract holds exactly
/// Σ(active + unbonding) GRID: stake comes in through `stake`/`stakeFor` and leaves only through `withdraw`
/// (matured unbonds) and `slash` (burned or paid to the renter and the reporters, in the same transaction).
/// Unbonding stake stays slashable until withdrawn, and a slash takes from active stake first, so unbonding
/// ahead of a slash changes nothing about the amount slashed. A slash takes at most its kind's governed share of
/// the offender's stake. The unbonding period always covers the escrow's dispute window plus the quorum's
/// signer-set delay, so stake cannot leave before a slash for a lease's last moment can land. Every loop is
/// bounded by a constant (`MAX_PENDING_UNBONDS`, `MAX_REPORTERS`).
///
/// Pushes keep the hot paths to one storage read elsewhere: inspector stake goes to the attestation quorum on
/// every change (a signature counts only while its signer's active stake reaches the minimum), and whether a
/// provider's active stake still covers its listings goes to the NodeRegistry whenever it flips (no GPUs are
/// reserved on an under-collateralised provider's machines).
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
    /// @notice Default cap of a downtime slash: a third of the offender's stake (Aethir's rule).
    uint16 public constant DEFAULT_DOWNTIME_CAP_BPS = 3_333;
    /// @notice Default cap of a fraud slash: all of it.
    uint16 public constant DEFAULT_FRAUD_CAP_BPS = 10_000;
    /// @notice Shortest unbonding period governance may set (the dispute window + signer-set delay may require
    /// more).
    uint64 public constant MIN_UNBONDING_PERIOD = 1 days;
    /// @notice Longest unbonding period governance may set.
    uint64 public constant MAX_UNBONDING_PERIOD = 90 days;
    /// @notice Bounds of the escrow's dispute window.
    uint64 public constant MIN_DISPUTE_WINDOW = 1 hours;
    uint64 public constant MAX_DISPUTE_WINDOW = 30 days;
    /// @notice Cap on a per-GPU minimum, so `minStakePerGpu * gpuCount` can never overflow.
    uint256 public constant MAX_MIN_STAKE_PER_GPU = 1e36;
    /// @notice How long a due inspector-minimum raise stays applicable.
    uint64 public constant PROPOSAL_LIFETIME = 7 days;

    /// @notice One account's stake in one pool. `unbonding` always equals the sum of `unbonds[0 .. pending)`,
    /// which are kept in the order they started. Active, unbonding, the entry count and the collateral flag share
    /// one slot, so stake, unbond and withdraw each write it once; uint120 holds 1e9 times any realistic GRID
    /// supply (the casts are checked).
    struct Account {
        uint120 active;
        uint120 unbonding;
        uint8 pending;
        /// @dev Providers: active < locked (a slash left the listings uncovered). Kept exact on every change.
        bool short;
        uint256 locked;
        UnbondEntry[MAX_PENDING_UNBONDS] unbonds;
    }

    struct PendingMinStake {
        uint192 amount;
        uint64 effectiveAt;
    }

    /// @notice The staked token (GRID). Slashed stake that is not paid out is burned with `ERC20Burnable.burn`.
    IERC20 public immutable grid;

    /// @inheritdoc IStaking
    IAttestationQuorum public quorum;
    /// @notice The lease escrow, whose dispute window the unbonding period covers (set once).
    address public leaseEscrow;
    /// @inheritdoc IStaking
    uint64 public unbondingPeriod;
    /// @notice Share of a slash split equally among its reporters, in basis points.
    uint16 public reporterBps;
    /// @notice The node registry: the only caller of `lockForListing`/`unlockListing`, told when a provider's
    /// collateral flag flips (set once).
    INodeRegistry public nodeRegistry;
    /// @inheritdoc IStaking
    uint256 public inspectorMinStake;
    /// @notice A pending raise of the inspector minimum (amount 0: none).
    PendingMinStake public pendingInspectorMinStake;
    /// @notice Largest share of the offender's stake (active + unbonding) one slash of each kind takes, in bps.
    uint16[2] public slashCapBps;
    /// @inheritdoc IStaking
    mapping(bytes32 gpuClass => uint256 minStake) public minStakePerGpu;

    mapping(address account => mapping(Role role => Account)) private _accounts;

    modifier onlyNodeRegistry() {
        // While unset, nodeRegistry is zero and no caller matches.
        if (msg.sender != address(nodeRegistry)) revert NotNodeRegistry(msg.sender);
        _;
    }

    /// @param grid_ The GRID token.
    /// @param owner_ Governance: sets minimums, shares, caps, the unbonding period and dispute window, and the
    /// one-time quorum, escrow and registry.
    /// @param unbondingPeriod_ Initial unbonding delay, within [MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD].
    /// @param inspectorMinStake_ Initial inspector minimum (nonzero).
    constructor(IERC20 grid_, address owner_, uint64 unbondingPeriod_, uint256 inspectorMinStake_)
        Ownable(owner_)
    {
        if (address(grid_) == address(0)) revert ZeroAddress();
        grid = grid_;
        _setUnbondingPeriod(unbondingPeriod_);
        _applyInspectorMinStake(inspectorMinStake_);
        reporterBps = DEFAULT_REPORTER_BPS;
        emit ReporterBpsSet(0, DEFAULT_REPORTER_BPS);
        _setSlashCap(SlashKind.Downtime, DEFAULT_DOWNTIME_CAP_BPS);
        _setSlashCap(SlashKind.Fraud, DEFAULT_FRAUD_CAP_BPS);
    }

    // ================================================================ governance

    /// @notice Sets the attestation quorum that authorises slashes and verifications and receives inspector
    /// stake updates. Owner, once. The quorum must be bound to this contract, and the unbonding period must cover
    /// its signer-set delay (plus the dispute window once the escrow is set).
    function setQuorum(IAttestationQuorum quorum_) external onlyOwner {
        if (address(quorum_) == address(0)) revert ZeroAddress();
        if (address(quorum) != address(0)) revert QuorumAlreadySet();
        quorum = quorum_;
        _checkUnbondingCover(unbondingPeriod);
        emit QuorumSet(address(quorum_));
        quorum_.syncMinStake(inspectorMinStake);
    }

    /// @notice Sets the lease escrow. Owner, once. The unbonding period must cover its dispute window (plus the
    /// signer-set delay once the quorum is set).
    function setLeaseEscrow(address leaseEscrow_) external onlyOwner {
        if (leaseEscrow_ == address(0)) revert ZeroAddress();
        if (leaseEscrow != address(0)) revert LeaseEscrowAlreadySet();
        leaseEscrow = leaseEscrow_;
        _checkUnbondingCover(unbondingPeriod);
        emit LeaseEscrowSet(leaseEscrow_);
    }

    /// @notice Sets the node registry, the only contract that locks listing stake. Owner, once.
    function setNodeRegistry(INodeRegistry nodeRegistry_) external onlyOwner {
        if (address(nodeRegistry_) == address(0)) revert ZeroAddress();
        if (address(nodeRegistry) != address(0)) revert NodeRegistryAlreadySet();
        nodeRegistry = nodeRegistry_;
        emit NodeRegistrySet(address(nodeRegistry_));
    }

    /// @notice Sets the GRID locked per listed GPU of `gpuClass`. Zero retires the class for new listings;
    /// existing listings keep the stake they locked. Owner.
    function setMinStakePerGpu(bytes32 gpuClass, uint256 minStake) external onlyOwner {
        if (gpuClass == bytes32(0)) revert ZeroGpuClass();
        if (minStake > MAX_MIN_STAKE_PER_GPU) revert MinStakeTooHigh(minStake, MAX_MIN_STAKE_PER_GPU);
        emit MinStakePerGpuSet(gpuClass, minStakePerGpu[gpuClass], minStake);
        minStakePerGpu[gpuClass] = minStake;
    }

    /// @notice Sets the inspector minimum (nonzero). Owner. Lowering it takes effect at once. Raising it is only
    /// proposed: anyone applies it with `applyInspectorMinStake` after the quorum's signer-set delay (within
    /// `PROPOSAL_LIFETIME`), so inspectors can top up and governance can rotate the set first — a raise can never
    /// silence the quorum at once. Before a quorum is wired every change applies at once.
    function setInspectorMinStake(uint256 minStake) external onlyOwner {
        if (minStake == 0) revert ZeroAmount();
        IAttestationQuorum q = quorum;
        if (minStake <= inspectorMinStake || address(q) == address(0)) {
            delete pendingInspectorMinStake;
            _applyInspectorMinStake(minStake);
            return;
        }
        uint64 effectiveAt = uint64(block.timestamp) + q.signerSetDelay();
        pendingInspectorMinStake =
            PendingMinStake({amount: SafeCast.toUint192(minStake), effectiveAt: effectiveAt});
        emit InspectorMinStakeProposed(minStake, effectiveAt);
    }

    /// @notice Applies a proposed raise of the inspector minimum once due. Anyone.
    function applyInspectorMinStake() external {
        PendingMinStake memory p = pendingInspectorMinStake;
        if (p.amount == 0) revert NoPendingInspectorMinStake();
        if (block.timestamp < p.effectiveAt) {
            revert InspectorMinStakeNotYetEffective(p.effectiveAt, block.timestamp);
        }
        if (block.timestamp > p.effectiveAt + PROPOSAL_LIFETIME) {
            revert InspectorMinStakeProposalExpired(p.effectiveAt + PROPOSAL_LIFETIME, block.timestamp);
        }
        delete pendingInspectorMinStake;
        _applyInspectorMinStake(p.amount);
    }

    /// @notice Sets the reporters' share of future slashes, at most `MAX_REPORTER_BPS`. Owner.
    function setReporterBps(uint16 bps) external onlyOwner {
        if (bps > MAX_REPORTER_BPS) revert ReporterBpsTooHigh(bps, MAX_REPORTER_BPS);
        emit ReporterBpsSet(reporterBps, bps);
        reporterBps = bps;
    }

    /// @notice Sets the largest share of an offender's stake one slash of `kind` takes (1 ≤ bps ≤ 10,000).
    /// Owner.
    function setSlashCap(SlashKind kind, uint16 capBps) external onlyOwner {
        _setSlashCap(kind, capBps);
    }

    /// @notice Sets the unbonding delay for entries started from now on; pending entries keep theirs. Owner.
    /// It must cover the escrow's dispute window plus the quorum's signer-set delay.
    function setUnbondingPeriod(uint64 period) external onlyOwner {
        _setUnbondingPeriod(period);
        _checkUnbondingCover(period);
    }

    /// @notice Sets the escrow's dispute window (`checkDisputeWindow` bounds it). Owner. It applies to every lease
    /// not yet settled.
    function setDisputeWindow(uint64 disputeWindow) external onlyOwner {
        address e = leaseEscrow;
        if (e == address(0)) revert LeaseEscrowNotSet();
        checkDisputeWindow(disputeWindow);
        ILeaseEscrow(e).syncDisputeWindow(disputeWindow);
    }

    /// @notice Reverts unless `disputeWindow` is 1 hour to 30 days and, with the quorum's signer-set delay, fits
    /// in the unbonding period (stake must stay slashable until a breach for a lease's last moment can land and
    /// a signer-set rotation can take effect).
    function checkDisputeWindow(uint64 disputeWindow) public view {
        uint64 delay = address(quorum) == address(0) ? 0 : quorum.signerSetDelay();
        uint256 max = MAX_DISPUTE_WINDOW;
        if (
            uint256(disputeWindow) + delay > unbondingPeriod || disputeWindow < MIN_DISPUTE_WINDOW
                || disputeWindow > max
        ) {
            revert DisputeWindowOutOfRange(
                disputeWindow, MIN_DISPUTE_WINDOW, unbondingPeriod > delay ? unbondingPeriod - delay : 0
            );
        }
    }

    // ================================================================ staking

    /// @notice Stakes `amount` GRID from the caller into the caller's `role` pool.
    function stake(Role role, uint256 amount) external nonReentrant {
        _stake(msg.sender, role, amount);
    }

    /// @notice Stakes `amount` GRID from the caller into `account`'s `role` pool. Only adds active stake: it
    /// never touches `account`'s pending unbonds (a third party cannot reset anyone's thaw).
    function stakeFor(address account, Role role, uint256 amount) external nonReentrant {
        if (account == address(0)) revert ZeroAddress();
        _stake(account, role, amount);
    }

    /// @notice Moves `amount` of the caller's free stake (active minus locked by listings) into a pending
    /// unbond entry withdrawable after `unbondingPeriod`. The entry stays slashable until withdrawn. An
    /// inspector's signatures stop counting at once if its active stake falls below the minimum.
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
        _afterActiveChange(msg.sender, role, a);
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
        _afterActiveChange(msg.sender, role, a);
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

    // ================================================================ listings

    /// @inheritdoc IStaking
    function lockForListing(address provider, bytes32 gpuClass, uint32 gpuCount)
        external
        onlyNodeRegistry
        returns (uint256 required)
    {
        uint256 minStake = minStakePerGpu[gpuClass];
        if (minStake == 0) revert UnknownGpuClass(gpuClass);
        Account storage a = _accounts[provider][Role.Provider];
        required = minStake * gpuCount;
        uint256 free = _free(a);
        if (free < required) revert InsufficientFreeStake(provider, Role.Provider, free, required);
        a.locked += required;
    }

    /// @inheritdoc IStaking
    function unlockListing(address provider, uint256 amount) external onlyNodeRegistry {
        Account storage a = _accounts[provider][Role.Provider];
        a.locked -= amount;
        _syncShort(provider, a);
    }

    // ================================================================ slashing

    /// @notice Slashes `o.offender`'s `o.role` stake as attested by the quorum (kind `KIND_SLASH`, id
    /// `evidenceId`, payload `Attestations.slashHash(o.offender, uint8(o.role), uint8(o.kind), o.amount, o.renter,
    /// o.renterBps, o.reporters)`). Takes min(o.amount, slashCapBps[o.kind] of active + unbonding): active stake
    /// first, then pending unbonds, newest first; never reverts for lack of stake. Of the slashed amount,
    /// `reporterBps` is split equally among `o.reporters` (none: nothing), `o.renterBps` goes to `o.renter`, and
    /// the rest, rounding dust included, is burned.
    /// @param o The slash: offender, pool, kind (downtime or fraud: selects the cap), amount requested, the
    /// harmed renter (zero if none; then renterBps must be zero) and its share (at most `MAX_RENTER_BPS`), and up to
    /// `MAX_REPORTERS` reporters in strictly ascending order (so none twice, none zero).
    /// @param evidenceId The attestation id; each is usable once.
    /// @param signatures k-of-n inspector signatures, ascending by signer.
    /// @dev Anyone may submit. The quorum (a trusted contract governance set once) is called before any effect
    /// here: it is the authorisation, and it marks the evidence id used.
    function slash(SlashOrder calldata o, bytes32 evidenceId, bytes calldata signatures)
        external
        nonReentrant
    {
        IAttestationQuorum q = quorum;
        if (address(q) == address(0)) revert QuorumNotSet();
        _checkSlash(o);
        q.consume(
            Attestations.KIND_SLASH,
            evidenceId,
            Attestations.slashHash(
                o.offender, uint8(o.role), uint8(o.kind), o.amount, o.renter, o.renterBps, o.reporters
            ),
            signatures
        );
        _executeSlash(o, evidenceId);
    }

    // ================================================================ views

    /// @inheritdoc IStaking
    function isActiveInspector(address account) external view returns (bool) {
        return _accounts[account][Role.Inspector].active >= inspectorMinStake;
    }

    /// @inheritdoc IStaking
    function activeStake(address account, Role role) external view returns (uint256) {
        return _accounts[account][role].active;
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

    /// @notice The least unbonding period the current wiring allows: the escrow's dispute window plus the
    /// quorum's signer-set delay (each zero until wired).
    function minUnbondingCover() public view returns (uint64 cover) {
        if (address(quorum) != address(0)) cover += quorum.signerSetDelay();
        if (leaseEscrow != address(0)) cover += ILeaseEscrow(leaseEscrow).disputeWindow();
    }

    // ================================================================ internals

    function _stake(address account, Role role, uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[account][role];
        uint256 active = a.active + amount;
        a.active = SafeCast.toUint120(active);
        emit Staked(account, role, msg.sender, amount, active);
        _afterActiveChange(account, role, a);
        grid.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev After any change of an account's active stake: keep the provider collateral flag exact, and push an
    /// inspector's stake to the quorum.
    function _afterActiveChange(address account, Role role, Account storage a) private {
        if (role == Role.Provider) {
            _syncShort(account, a);
        } else {
            IAttestationQuorum q = quorum;
            if (address(q) != address(0)) q.syncStake(account, a.active);
        }
    }

    /// @dev Keeps the provider's collateral flag exact and tells the registry when it flips.
    function _syncShort(address provider, Account storage a) private {
        bool short_ = a.active < a.locked;
        if (a.short == short_) return;
        a.short = short_;
        INodeRegistry r = nodeRegistry;
        if (address(r) != address(0)) r.syncCollateral(provider, short_);
    }

    function _free(Account storage a) private view returns (uint256) {
        uint256 active = a.active;
        uint256 locked = a.locked;
        return active > locked ? active - locked : 0;
    }

    function _setUnbondingPeriod(uint64 period) private {
        if (period < MIN_UNBONDING_PERIOD || period > MAX_UNBONDING_PERIOD) {
            revert UnbondingPeriodOutOfRange(period, MIN_UNBONDING_PERIOD, MAX_UNBONDING_PERIOD);
        }
        emit UnbondingPeriodSet(unbondingPeriod, period);
        unbondingPeriod = period;
    }

    function _checkUnbondingCover(uint64 period) private view {
        uint64 cover = minUnbondingCover();
        if (period < cover) revert UnbondingBelowDisputeCover(period, cover);
    }

    function _applyInspectorMinStake(uint256 minStake) private {
        if (minStake == 0) revert ZeroAmount();
        emit InspectorMinStakeSet(inspectorMinStake, minStake);
        inspectorMinStake = minStake;
        IAttestationQuorum q = quorum;
        if (address(q) != address(0)) q.syncMinStake(minStake);
    }

    function _setSlashCap(SlashKind kind, uint16 capBps) private {
        if (capBps == 0 || capBps > BPS) revert SlashCapOutOfRange(capBps);
        slashCapBps[uint8(kind)] = capBps;
        emit SlashCapSet(kind, capBps);
    }

    function _checkSlash(SlashOrder calldata o) private pure {
        if (o.offender == address(0)) revert ZeroAddress();
        if (o.amount == 0) revert ZeroAmount();
        if (o.renterBps > MAX_RENTER_BPS) revert RenterBpsTooHigh(o.renterBps, MAX_RENTER_BPS);
        if (o.renterBps != 0 && o.renter == address(0)) revert RenterShareWithoutRenter(o.renterBps);
        uint256 n = o.reporters.length;
        if (n > MAX_REPORTERS) revert TooManyReporters(n, MAX_REPORTERS);
        // Strictly ascending from zero: no reporter twice (each would be paid per listing), none zero.
        address previous;
        for (uint256 i; i < n; ++i) {
            if (o.reporters[i] <= previous) revert ReportersNotAscending(i);
            previous = o.reporters[i];
        }
    }

    function _executeSlash(SlashOrder calldata o, bytes32 evidenceId) private {
        address offender = o.offender;
        Role role = o.role;
        uint256 slashed;
        {
            Account storage a = _accounts[offender][role];
            uint256 cap = (uint256(a.active) + a.unbonding) * slashCapBps[uint8(o.kind)] / BPS;
            slashed = _take(offender, role, o.amount < cap ? o.amount : cap);
            _afterActiveChange(offender, role, a);
            if (role == Role.Provider && a.short) {
                emit ProviderUnderCollateralised(offender, a.active, a.locked);
            }
        }
        uint256 n = o.reporters.length;
        uint256 perReporter = n == 0 ? 0 : slashed * reporterBps / BPS / n;
        uint256 toRenter = slashed * o.renterBps / BPS;
        uint256 burned = slashed - perReporter * n - toRenter;
        emit Slashed(offender, role, evidenceId, o.kind, o.amount, slashed, burned, toRenter, perReporter * n);

        if (perReporter != 0) {
            for (uint256 i; i < n; ++i) {
                grid.safeTransfer(o.reporters[i], perReporter);
            }
        }
        if (toRenter != 0) grid.safeTransfer(o.renter, toRenter);
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
