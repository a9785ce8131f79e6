// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "../utils/Test.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {GridToken} from "../../src/GridToken.sol";
import {Staking} from "../../src/Staking.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {Attestations} from "../../src/Attestations.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {HandlerCoverage} from "../utils/HandlerCoverage.sol";

/// @notice Drives Staking for the invariant suite: providers, inspectors, the quorum's signers and an adversary
/// stake, unbond, cancel, withdraw, list, delist, get GPUs reserved and released by the escrow, and get slashed by
/// real quorum attestations, in any order and at any time. It keeps ghost totals that do not read Staking's
/// accounting (deposits, withdrawals, slashes measured from token balances) and counts every property violation
/// it sees during a call; the suite asserts the counters stay zero.
contract StakingHandler is Test, HandlerCoverage {
    uint256 internal constant N_MACHINES = 6;
    uint256 internal constant MAX_STAKE = 5_000e18;

    GridToken public immutable grid;
    Staking public immutable staking;
    AttestationQuorum public immutable quorum;
    address public immutable treasury;
    address public immutable escrow;
    NodeRegistry public immutable registry;
    address public immutable governance;
    uint256 public immutable baseInspectorMin;

    /// @dev GPU holds the "escrow" took and has not released: machine, mask, until.
    struct Hold {
        bytes32 machine;
        uint32 mask;
        uint64 until;
    }

    Hold[] internal _holds;
    uint256 public ghostMinChanges;
    address public immutable renter;

    uint256[] internal signerKeys;
    uint8 internal immutable threshold;

    address[] public providers;
    address[] public inspectors;
    address public adversary;
    uint256 internal adversaryKey;
    /// @dev Every account that can hold stake: providers, inspectors, the adversary and the quorum's signers.
    address[] public accounts;
    address[] public reporters;
    bytes32[] public machineIds;
    bytes32[3] internal classes;

    // ---------------------------------------------------------------- ghosts (never read from Staking)

    /// @dev Per pool: GRID staked in, withdrawn out and slashed out, measured from balances.
    mapping(IStaking.Role => uint256) public ghostStaked;
    mapping(IStaking.Role => uint256) public ghostWithdrawn;
    mapping(IStaking.Role => uint256) public ghostSlashed;
    /// @dev Per account and pool: staked - withdrawn - slashed. Unbonding does not move it.
    mapping(address => mapping(IStaking.Role => uint256)) public ghostStakeOf;
    uint256 public ghostBurned;
    uint256 public ghostRewarded;
    uint256 public ghostSlashRequested;
    uint256 public ghostSlashCount;
    uint256 public ghostFlights;
    /// @dev Coverage: how often each path actually succeeded.
    uint256 public ghostListings;
    uint256 public ghostReservations;
    uint256 public ghostWithdrawals;
    uint256 public ghostNonzeroSlashes;
    uint256 public ghostUnbondSlashes;

    /// @dev The first provider that listed each machine id.
    mapping(bytes32 => address) public ghostOwner;
    /// @dev Whether a provider-pool slash ever took stake from this provider.
    mapping(address => bool) public ghostSlashedProvider;

    bytes32[] internal usedEvidence;
    uint256 internal evidenceNonce;

    // ---------------------------------------------------------------- violation counters (must stay zero)

    uint256 public violationSlashAmount; // slashed != min(requested, stake), e.g. reduced by an earlier unbond
    uint256 public violationSlashSplit; // burned + rewarded != slashed, or a share above its cap
    uint256 public violationEvidenceReuse; // an evidence id slashed twice
    uint256 public violationThawReset; // a third party's top-up changed someone's pending unbonds
    uint256 public violationAdversary; // an adversarial call on someone else's account succeeded
    uint256 public violationReserveModel; // reserveGpus succeeded/failed against the model
    uint256 public violationWithdraw; // withdraw paid something other than the matured entries
    uint256 public violationUnbondFree; // unbond of free stake failed, or of more than free succeeded
    uint256 public violationListingModel; // list/delist succeeded or failed against the listing rules
    uint256 public violationSync; // the quorum's copy of a signer's stake or of the minimum differs from Staking

    struct Setup {
        GridToken grid;
        Staking staking;
        AttestationQuorum quorum;
        NodeRegistry registry;
        address treasury;
        address escrow;
        address governance;
        uint256[] signerKeys;
        uint8 threshold;
        bytes32[3] classes;
    }

    constructor(Setup memory setup) {
        GridToken grid_ = setup.grid;
        Staking staking_ = setup.staking;
        uint256[] memory signerKeys_ = setup.signerKeys;
        uint8 threshold_ = setup.threshold;
        bytes32[3] memory classes_ = setup.classes;
        grid = grid_;
        staking = staking_;
        quorum = setup.quorum;
        registry = setup.registry;
        treasury = setup.treasury;
        escrow = setup.escrow;
        governance = setup.governance;
        baseInspectorMin = staking_.inspectorMinStake();
        signerKeys = signerKeys_;
        threshold = threshold_;
        classes = classes_;
        renter = makeAddr("renter");

        for (uint256 i; i < 3; ++i) {
            providers.push(makeAddr(string.concat("provider", vm.toString(i))));
            inspectors.push(makeAddr(string.concat("inspector", vm.toString(i))));
            reporters.push(makeAddr(string.concat("reporter", vm.toString(i))));
        }
        reporters.push(makeAddr("reporter3"));
        (adversary, adversaryKey) = makeAccount("adversary");
        for (uint256 i; i < 3; ++i) {
            accounts.push(providers[i]);
        }
        for (uint256 i; i < 3; ++i) {
            accounts.push(inspectors[i]);
        }
        accounts.push(adversary);
        for (uint256 i; i < signerKeys_.length; ++i) {
            address signer = vm.addr(signerKeys_[i]);
            accounts.push(signer);
            // The fixture staked the signers before this handler existed.
            uint256 staked = staking.stakeInfo(signer, IStaking.Role.Inspector).active;
            ghostStakeOf[signer][IStaking.Role.Inspector] = staked;
            ghostStaked[IStaking.Role.Inspector] += staked;
        }
        for (uint256 i; i < accounts.length; ++i) {
            vm.prank(accounts[i]);
            grid.approve(address(staking_), type(uint256).max);
        }
        for (uint256 i; i < N_MACHINES; ++i) {
            machineIds.push(keccak256(abi.encode("machine", i)));
        }
    }

    // ================================================================ honest actors

    function stake(uint256 actorSeed, uint256 roleSeed, uint256 amount) external {
        address actor = _staker(actorSeed);
        IStaking.Role role = _role(roleSeed);
        amount = bound(amount, 1, MAX_STAKE);
        _fund(actor, amount);
        vm.prank(actor);
        staking.stake(role, amount);
        _credit(actor, role, amount);
        _checkSync();
        _succeeded();
    }

    /// @dev A top-up by someone else, honest or not: it must leave the account's pending unbonds as they were.
    function stakeFor(uint256 payerSeed, uint256 accountSeed, uint256 roleSeed, uint256 amount) external {
        address payer = _staker(payerSeed);
        address account = accounts[accountSeed % accounts.length];
        IStaking.Role role = _role(roleSeed);
        amount = bound(amount, 0, MAX_STAKE);
        // Tiny top-ups are the interesting case (Livepeer).
        if (amount > 2 && amount % 3 == 0) amount = 1;
        _fund(payer, amount);
        IStaking.StakeInfo memory before = staking.stakeInfo(account, role);
        vm.prank(payer);
        try staking.stakeFor(account, role, amount) {
            if (amount == 0) ++violationAdversary;
            _credit(account, role, amount);
        } catch {
            if (amount != 0) ++violationAdversary;
        }
        if (payer != account && !_sameUnbonds(before, staking.stakeInfo(account, role))) {
            ++violationThawReset;
        }
        _succeeded();
    }

    function unbond(uint256 actorSeed, uint256 roleSeed, uint256 amount) external {
        IStaking.Role role = _role(roleSeed);
        address actor = _pickStaked(actorSeed, role, 7);
        uint256 free = staking.freeStake(actor, role);
        if (free == 0 && amount % 2 == 0) {
            // Stake first, so that unbonds (and slashes of unbonding stake) happen often.
            uint256 topUp = bound(amount, 1, MAX_STAKE);
            _fund(actor, topUp);
            vm.prank(actor);
            staking.stake(role, topUp);
            _credit(actor, role, topUp);
            free = staking.freeStake(actor, role); // an under-collateralised provider first fills its gap
        }
        uint256 pending = staking.pendingUnbonds(actor, role);
        // Sometimes ask for more than is free; it must fail.
        amount = bound(amount, 1, free + 1);
        bool shouldWork = amount <= free && pending < staking.MAX_PENDING_UNBONDS();
        vm.prank(actor);
        try staking.unbond(role, amount) {
            if (!shouldWork) ++violationUnbondFree;
        } catch {
            if (shouldWork) ++violationUnbondFree;
        }
        _checkSync();
        _succeeded();
    }

    function cancelUnbond(uint256 actorSeed, uint256 roleSeed, uint256 index) external {
        IStaking.Role role = _role(roleSeed);
        address actor = _pickStaked(actorSeed, role, 7);
        uint256 pending = staking.pendingUnbonds(actor, role);
        if (pending == 0) {
            // Nothing to cancel: unbond something first (staking if needed).
            if (staking.freeStake(actor, role) == 0) {
                _fund(actor, 1e18);
                vm.prank(actor);
                staking.stake(role, 1e18);
                _credit(actor, role, 1e18);
            }
            uint256 free = staking.freeStake(actor, role);
            if (free == 0) return; // an under-collateralised provider's top-up only filled its gap
            vm.prank(actor);
            staking.unbond(role, free);
            pending = 1;
        }
        vm.prank(actor);
        staking.cancelUnbond(role, bound(index, 0, pending - 1));
        _checkSync();
        _succeeded();
    }

    function withdraw(uint256 actorSeed, uint256 roleSeed) external {
        IStaking.Role role = _role(roleSeed);
        address actor = _pickStaked(actorSeed, role, 7);
        uint256 mode = uint256(keccak256(abi.encode(actorSeed, roleSeed))) % 4;
        if (staking.pendingUnbonds(actor, role) == 0 && mode < 2) {
            uint256 free = staking.freeStake(actor, role);
            if (free != 0) {
                vm.prank(actor);
                staking.unbond(role, bound(roleSeed, 1, free));
            }
        }
        IStaking.StakeInfo memory info = staking.stakeInfo(actor, role);
        if (info.unbonds.length != 0 && mode < 3) {
            // Usually jump to the first entry's end, so that withdrawals happen; sometimes to just before it.
            uint256 end = info.unbonds[0].withdrawableAt;
            uint256 target = mode == 0 ? end - 1 : end;
            if (target > block.timestamp) vm.warp(target);
        }
        uint256 expected = staking.withdrawable(actor, role);
        uint256 balanceBefore = grid.balanceOf(actor);
        vm.prank(actor);
        try staking.withdraw(role) returns (uint256 paid) {
            uint256 received = grid.balanceOf(actor) - balanceBefore;
            ++ghostWithdrawals;
            if (paid != expected || received != expected || expected == 0) ++violationWithdraw;
            ghostWithdrawn[role] += received;
            ghostStakeOf[actor][role] -= received;
        } catch {
            if (expected != 0) ++violationWithdraw;
        }
        _succeeded();
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, 4 days));
        _succeeded();
    }

    /// @dev Governance raises the inspector minimum (proposed; applied by anyone once due) or cuts it (at once).
    /// Signatures keep counting until a raise is applied; the quorum's copy always matches Staking's.
    function inspectorMinimum(uint256 seed) external {
        (uint192 pending, uint64 effectiveAt) = staking.pendingInspectorMinStake();
        if (pending != 0 && block.timestamp >= effectiveAt) {
            if (block.timestamp > effectiveAt + staking.PROPOSAL_LIFETIME()) {
                vm.expectRevert(); // an expired raise
                staking.applyInspectorMinStake();
                vm.prank(governance);
                staking.setInspectorMinStake(baseInspectorMin); // a cut clears it
            } else {
                staking.applyInspectorMinStake();
            }
        } else {
            uint256 next =
                seed % 2 == 0 ? baseInspectorMin : baseInspectorMin + bound(seed, 1, baseInspectorMin);
            uint256 current = staking.inspectorMinStake();
            vm.prank(governance);
            staking.setInspectorMinStake(next);
            if (next > current && staking.inspectorMinStake() != current) ++violationSync; // a raise is delayed
        }
        ++ghostMinChanges;
        _checkSync();
        _succeeded();
    }

    // ================================================================ machines (NodeRegistry) and holds

    function listMachine(uint256 providerSeed, uint256 machineSeed, uint256 classSeed, uint256 gpus)
        external
    {
        _list(providerSeed, machineSeed, classSeed, gpus);
        _succeeded();
    }

    function delistMachine(uint256 machineSeed) external {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        address owner = ghostOwner[id];
        if (owner == address(0)) {
            _list(machineSeed, machineSeed, machineSeed, 1 + machineSeed % 7); // something to delist
            owner = ghostOwner[id];
            if (owner == address(0)) return;
        }
        INodeRegistry.Machine memory m = registry.machine(id);
        bool shouldWork = m.listed && m.reservedGpus == 0;
        uint256 lockedBefore = staking.stakeInfo(owner, IStaking.Role.Provider).locked;
        vm.prank(owner);
        try registry.delistMachine(id) {
            if (!shouldWork) ++violationListingModel;
            if (staking.stakeInfo(owner, IStaking.Role.Provider).locked != lockedBefore - m.lockedStake) {
                ++violationListingModel;
            }
        } catch {
            if (shouldWork) ++violationListingModel;
        }
        _succeeded();
    }

    /// @dev The escrow reserves GPUs until a time in the next hour; the outcome must follow the model: listed,
    /// provider collateralised, enough GPUs whose holds have passed.
    function reserveGpus(uint256 machineSeed, uint256 gpus) external {
        _reserve(machineSeed, gpus);
        _succeeded();
    }

    function _reserve(uint256 machineSeed, uint256 gpus) internal {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        // Mostly pick a listed machine, listing one first if there is none.
        if (gpus % 4 != 0) {
            bool found;
            for (uint256 i; i < N_MACHINES && !found; ++i) {
                bytes32 candidate = machineIds[(machineSeed % N_MACHINES + i) % N_MACHINES];
                if (registry.machine(candidate).listed) {
                    id = candidate;
                    found = true;
                }
            }
            if (!found) _list(machineSeed, machineSeed, 0, 8);
        }
        uint32 n = uint32(bound(gpus, 1, 9));
        INodeRegistry.Machine memory m = registry.machine(id);
        IStaking.StakeInfo memory p = staking.stakeInfo(m.provider, IStaking.Role.Provider);
        bool shouldWork = m.listed && n <= m.gpuCount - m.reservedGpus && p.active >= p.locked;
        uint64 until = uint64(block.timestamp + 1 + (gpus >> 8) % 1 hours);
        vm.prank(escrow);
        try registry.reserveGpus(id, n, until) returns (address, uint32, uint32 mask) {
            ++ghostReservations;
            if (!shouldWork) ++violationReserveModel;
            _holds.push(Hold(id, mask, until));
        } catch {
            if (shouldWork) ++violationReserveModel;
        }
    }

    /// @dev Takes a 1-GPU hold on some listed machine, listing one and restoring its provider's collateral and free
    /// GPUs first when needed.
    function _ensureHold(uint256 seed) internal {
        seed %= 1e18;
        for (uint256 attempt; attempt < 2; ++attempt) {
            for (uint256 i; i < N_MACHINES; ++i) {
                bytes32 id = machineIds[(seed + i) % N_MACHINES];
                INodeRegistry.Machine memory m = registry.machine(id);
                if (!m.listed) continue;
                IStaking.StakeInfo memory p = staking.stakeInfo(m.provider, IStaking.Role.Provider);
                if (p.active < p.locked) {
                    uint256 gap = p.locked - p.active;
                    _fund(m.provider, gap);
                    vm.prank(m.provider);
                    staking.stake(IStaking.Role.Provider, gap);
                    _credit(m.provider, IStaking.Role.Provider, gap);
                }
                if (m.reservedGpus == m.gpuCount) vm.warp(block.timestamp + 1 hours + 1);
                uint64 until = uint64(block.timestamp + 1 hours);
                vm.prank(escrow);
                (,, uint32 mask) = registry.reserveGpus(id, 1, until);
                _holds.push(Hold(id, mask, until));
                ++ghostReservations;
                return;
            }
            // gpus % 4 != 0: _list tops the provider up first.
            for (uint256 k; k < N_MACHINES; ++k) {
                _list(seed + k, k, 0, 5);
            }
        }
    }

    /// @dev The escrow releases a hold early (a lease stopped), or one that already ran out (a no-op).
    function releaseGpus(uint256 holdSeed) external {
        if (_holds.length == 0) _ensureHold(holdSeed); // something to release
        if (_holds.length == 0) return;
        uint256 k = holdSeed % _holds.length;
        Hold memory h = _holds[k];
        INodeRegistry.Machine memory m = registry.machine(h.machine);
        uint32 before = m.reservedGpus;
        vm.prank(escrow);
        registry.releaseGpus(m.index, h.mask, h.until);
        uint32 released = h.until > block.timestamp ? _popcount(h.mask) : 0;
        if (registry.machine(h.machine).reservedGpus != before - released) ++violationReserveModel;
        _holds[k] = _holds[_holds.length - 1];
        _holds.pop();
        _succeeded();
    }

    // ================================================================ slashing

    /// @dev A quorum-attested slash of any account in either pool, of either kind, with a random split.
    function slash(
        uint256 offenderSeed,
        uint256 roleSeed,
        uint256 amount,
        uint256 renterBps,
        uint256 nReporters
    ) public {
        IStaking.Role role = _role(roleSeed);
        address offender = _pickStaked(offenderSeed, role, accounts.length);
        // Mostly partial slashes, sometimes more than anyone has (clamped).
        amount = amount % 4 == 0 ? bound(amount, 1, 2 * MAX_STAKE) : bound(amount, 1, MAX_STAKE / 10);
        IStaking.SlashKind kind = IStaking.SlashKind(roleSeed >> 8 & 1);
        _slashNew(offender, role, kind, amount, renterBps, nReporters);
        _succeeded();
    }

    /// @dev Stake flight: the offender misbehaves, sees the slash coming, and unbonds everything it can (and
    /// waits, short of the unbonding period) before the slash lands. The slash must take exactly what it would
    /// have taken without the flight: min(amount, cap of the stake), with stake measured before the flight.
    function fleeThenSlash(uint256 actorSeed, uint256 roleSeed, uint256 amount, uint256 waitSecs) external {
        IStaking.Role role = _role(roleSeed);
        address offender = _pickStaked(actorSeed, role, 7);
        amount = bound(amount, 1, 2 * MAX_STAKE);
        IStaking.SlashKind kind = IStaking.SlashKind(roleSeed >> 8 & 1);
        _quorumKeys(); // top up signers now, so the stake measured below is the one slashed
        IStaking.StakeInfo memory s = staking.stakeInfo(offender, role);
        uint256 cap = (s.active + s.unbonding) * staking.slashCapBps(uint256(kind)) / 10_000;
        uint256 expected = amount < cap ? amount : cap;

        uint256 free = staking.freeStake(offender, role);
        if (free != 0 && staking.pendingUnbonds(offender, role) < staking.MAX_PENDING_UNBONDS()) {
            vm.prank(offender);
            staking.unbond(role, free);
            ++ghostFlights;
        }
        vm.warp(block.timestamp + bound(waitSecs, 0, staking.unbondingPeriod() - 1));
        uint256 slashed = _slashNew(offender, role, kind, amount, 0, 0);
        if (slashed != expected) ++violationSlashAmount;
        _succeeded();
    }

    /// @dev Re-submits an already used evidence id with a fresh, validly signed payload: must fail.
    function replayEvidence(uint256 idSeed, uint256 offenderSeed, uint256 amount) external {
        if (usedEvidence.length == 0) {
            _slashNew(accounts[offenderSeed % 7], IStaking.Role.Provider, IStaking.SlashKind.Fraud, 1, 0, 0);
        }
        bytes32 id = usedEvidence[idSeed % usedEvidence.length];
        address offender = accounts[offenderSeed % accounts.length];
        amount = bound(amount, 1, MAX_STAKE);
        IStaking.SlashOrder memory o =
            _order(offender, IStaking.Role.Provider, IStaking.SlashKind.Fraud, amount);
        bytes memory sigs = _sign(o, id, _quorumKeys());
        try staking.slash(o, id, sigs) {
            ++violationEvidenceReuse;
        } catch {}
        _succeeded();
    }

    // ================================================================ adversary on others' accounts

    /// @dev The adversary tries every permissioned path on somebody else's behalf; none may succeed.
    function adversaryMeddles(uint256 machineSeed, uint256 op, uint256 amount) external {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        op = op % 5;
        if (op == 0) {
            vm.prank(adversary);
            try registry.delistMachine(id) {
                ++violationAdversary;
            } catch {}
        } else if (op == 1) {
            vm.prank(adversary);
            try registry.updateMachineMetadata(id, "evil", "https://evil") {
                ++violationAdversary;
            } catch {}
        } else if (op == 2) {
            uint32 gpus = uint32(bound(amount, 1, 8));
            vm.prank(adversary);
            try registry.reserveGpus(id, gpus, uint64(block.timestamp + 1)) {
                ++violationAdversary;
            } catch {}
        } else if (op == 3) {
            vm.prank(adversary);
            try staking.lockForListing(accounts[amount % 3], classes[0], 1) {
                ++violationAdversary;
            } catch {}
        } else {
            // A slash signed with the adversary's own key (plus threshold-1 real signers: still not a quorum).
            address victim = accounts[amount % accounts.length];
            uint256[] memory keys = _quorumKeys();
            keys[0] = adversaryKey;
            address[] memory reps = new address[](1);
            reps[0] = adversary;
            bytes32 evidence = keccak256(abi.encode("forged", evidenceNonce++));
            IStaking.SlashOrder memory o =
                _order(victim, IStaking.Role.Provider, IStaking.SlashKind.Fraud, MAX_STAKE);
            o.renter = adversary;
            o.renterBps = 9_000;
            o.reporters = reps;
            bytes memory sigs = _sign(o, evidence, keys);
            vm.prank(adversary);
            try staking.slash(o, evidence, sigs) {
                ++violationAdversary;
            } catch {}
        }
        _succeeded();
    }

    // ================================================================ end of run

    /// @dev Unwinds everything: holds run out, machines are delisted, all stake unbonds and is withdrawn.
    function unwind() external {
        vm.warp(block.timestamp + 1 hours + 1);
        for (uint256 i; i < N_MACHINES; ++i) {
            bytes32 id = machineIds[i];
            INodeRegistry.Machine memory m = registry.machine(id);
            if (m.listed) {
                vm.prank(m.provider);
                registry.delistMachine(id);
            }
        }
        vm.warp(block.timestamp + staking.unbondingPeriod());
        for (uint256 r; r < 2; ++r) {
            IStaking.Role role = IStaking.Role(r);
            for (uint256 i; i < accounts.length; ++i) {
                address a = accounts[i];
                _withdrawAll(a, role);
                uint256 active = staking.stakeInfo(a, role).active;
                if (active != 0) {
                    vm.prank(a);
                    staking.unbond(role, active);
                }
            }
        }
        vm.warp(block.timestamp + staking.unbondingPeriod());
        for (uint256 r; r < 2; ++r) {
            for (uint256 i; i < accounts.length; ++i) {
                _withdrawAll(accounts[i], IStaking.Role(r));
            }
        }
    }

    // ================================================================ views for the suite

    function accountCount() external view returns (uint256) {
        return accounts.length;
    }

    function allAccounts() external view returns (address[] memory) {
        return accounts;
    }

    function machineCount() external pure returns (uint256) {
        return N_MACHINES;
    }

    function reporterCount() external view returns (uint256) {
        return reporters.length;
    }

    // ================================================================ internals

    struct Measured {
        uint256 balance;
        uint256 supply;
        uint256 rewards;
    }

    function _order(address offender, IStaking.Role role, IStaking.SlashKind kind, uint256 amount)
        internal
        pure
        returns (IStaking.SlashOrder memory o)
    {
        o.offender = offender;
        o.role = role;
        o.kind = kind;
        o.amount = amount;
    }

    function _slashNew(
        address offender,
        IStaking.Role role,
        IStaking.SlashKind kind,
        uint256 amount,
        uint256 renterBps,
        uint256 nReporters
    ) internal returns (uint256 slashed) {
        IStaking.SlashOrder memory o = _order(offender, role, kind, amount);
        o.renterBps = uint16(bound(renterBps, 0, staking.MAX_RENTER_BPS()));
        o.reporters = _reportersAscending(bound(nReporters, 0, reporters.length));
        o.renter = o.renterBps == 0 && renterBps % 2 == 0 ? address(0) : renter;
        bytes32 evidence = keccak256(abi.encode("evidence", evidenceNonce++));
        uint256[] memory keys = _quorumKeys(); // may top up signers, the offender among them: before the expectation
        uint256 expected = _expectedSlash(offender, role, kind, amount);

        bytes memory sigs = _sign(o, evidence, keys);
        Measured memory before = _measure();
        staking.slash(o, evidence, sigs);
        usedEvidence.push(evidence);
        slashed = _book(o, before, _measure());
        if (slashed != expected) ++violationSlashAmount;
        _checkSync();
    }

    /// @dev Books a slash from balances measured before and after it; returns the amount slashed.
    function _book(IStaking.SlashOrder memory o, Measured memory before, Measured memory afterwards)
        internal
        returns (uint256 slashed)
    {
        slashed = before.balance - afterwards.balance;
        uint256 burned = before.supply - afterwards.supply;
        uint256 rewarded = afterwards.rewards - before.rewards;
        if (burned + rewarded != slashed) ++violationSlashSplit;
        if (rewarded > slashed * (uint256(o.renterBps) + staking.reporterBps()) / 10_000) {
            ++violationSlashSplit;
        }
        ++ghostSlashCount;
        if (slashed != 0) ++ghostNonzeroSlashes;
        ghostSlashRequested += o.amount;
        ghostSlashed[o.role] += slashed;
        ghostStakeOf[o.offender][o.role] -= slashed;
        ghostBurned += burned;
        ghostRewarded += rewarded;
        if (o.role == IStaking.Role.Provider && slashed != 0) ghostSlashedProvider[o.offender] = true;
    }

    /// @dev The first `n` reporters in strictly ascending address order (a slash refuses any other order).
    function _reportersAscending(uint256 n) internal view returns (address[] memory r) {
        r = new address[](n);
        for (uint256 i; i < n; ++i) {
            r[i] = reporters[i];
        }
        for (uint256 i = 1; i < n; ++i) {
            address x = r[i];
            uint256 j = i;
            while (j > 0 && r[j - 1] > x) {
                r[j] = r[j - 1];
                --j;
            }
            r[j] = x;
        }
    }

    /// @dev Lists a machine in the registry, usually topping up the provider first so that listings succeed often
    /// enough to matter; checks the outcome against the listing rules.
    function _list(uint256 providerSeed, uint256 machineSeed, uint256 classSeed, uint256 gpus) internal {
        address provider = providers[providerSeed % providers.length];
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        bytes32 gpuClass = classes[classSeed % 3];
        uint32 count = uint32(bound(gpus, 1, 8));
        uint256 required = staking.minStakePerGpu(gpuClass) * count;
        uint256 free = staking.freeStake(provider, IStaking.Role.Provider);
        if (gpus % 4 != 0 && required > free) {
            _fund(provider, required - free);
            vm.prank(provider);
            staking.stake(IStaking.Role.Provider, required - free);
            _credit(provider, IStaking.Role.Provider, required - free);
            // Not necessarily `required`: an under-collateralised provider first fills its gap.
            free = staking.freeStake(provider, IStaking.Role.Provider);
        }
        address owner = ghostOwner[id];
        bool shouldWork = required != 0 && !registry.machine(id).listed
            && (owner == address(0) || owner == provider) && free >= required;
        vm.prank(provider);
        try registry.listMachine(id, gpuClass, count, "bafy-metadata", "https://rig.example:7443") {
            ++ghostListings;
            if (!shouldWork) ++violationListingModel;
            if (owner == address(0)) ghostOwner[id] = provider;
        } catch {
            if (shouldWork) ++violationListingModel;
        }
    }

    /// @dev min(amount, cap(kind) of the stake) from the ghost, which unbonding never moves.
    function _expectedSlash(address offender, IStaking.Role role, IStaking.SlashKind kind, uint256 amount)
        internal
        returns (uint256)
    {
        uint256 cap = ghostStakeOf[offender][role] * staking.slashCapBps(uint256(kind)) / 10_000;
        IStaking.StakeInfo memory info = staking.stakeInfo(offender, role);
        if (amount > info.active && info.unbonding != 0) ++ghostUnbondSlashes;
        return amount < cap ? amount : cap;
    }

    function _measure() internal view returns (Measured memory m) {
        m.balance = grid.balanceOf(address(staking));
        m.supply = grid.totalSupply();
        m.rewards = _rewardBalances();
    }

    function _sign(IStaking.SlashOrder memory o, bytes32 evidence, uint256[] memory keys)
        internal
        view
        returns (bytes memory)
    {
        bytes32 payload = Attestations.slashHash(
            o.offender, uint8(o.role), uint8(o.kind), o.amount, o.renter, o.renterBps, o.reporters
        );
        return QuorumHelper.sign(quorum, address(staking), Attestations.KIND_SLASH, evidence, payload, keys);
    }

    /// @dev `threshold` signer keys whose signatures count: a signer slashed or unbonded below the minimum is
    /// topped up first (by the treasury, through stakeFor, so its pending unbonds stay as they are).
    function _quorumKeys() internal returns (uint256[] memory keys) {
        keys = new uint256[](threshold);
        uint256 minimum = staking.inspectorMinStake();
        for (uint256 i; i < threshold; ++i) {
            keys[i] = signerKeys[i];
            address signer = vm.addr(signerKeys[i]);
            uint256 active = staking.activeStake(signer, IStaking.Role.Inspector);
            if (active < minimum) {
                vm.startPrank(treasury);
                grid.approve(address(staking), minimum - active);
                staking.stakeFor(signer, IStaking.Role.Inspector, minimum - active);
                vm.stopPrank();
                _credit(signer, IStaking.Role.Inspector, minimum - active);
            }
        }
    }

    /// @dev The quorum's copies (each account's active inspector stake, the minimum) equal Staking's.
    function _checkSync() internal {
        if (quorum.minSignerStake() != staking.inspectorMinStake()) ++violationSync;
        for (uint256 i; i < signerKeys.length; ++i) {
            address signer = vm.addr(signerKeys[i]);
            if (quorum.signerStake(signer) != staking.activeStake(signer, IStaking.Role.Inspector)) {
                ++violationSync;
            }
            bool counts = staking.activeStake(signer, IStaking.Role.Inspector) >= staking.inspectorMinStake();
            if (quorum.signatureCounts(signer) != counts) ++violationSync;
        }
    }

    function _popcount(uint32 x) internal pure returns (uint32 n) {
        for (; x != 0; x &= x - 1) {
            ++n;
        }
    }

    function _rewardBalances() internal view returns (uint256 sum) {
        sum = grid.balanceOf(renter);
        for (uint256 i; i < reporters.length; ++i) {
            sum += grid.balanceOf(reporters[i]);
        }
    }

    function _withdrawAll(address a, IStaking.Role role) internal {
        if (staking.withdrawable(a, role) == 0) return;
        uint256 balanceBefore = grid.balanceOf(a);
        vm.prank(a);
        staking.withdraw(role);
        uint256 received = grid.balanceOf(a) - balanceBefore;
        ghostWithdrawn[role] += received;
        ghostStakeOf[a][role] -= received;
    }

    function _fund(address a, uint256 amount) internal {
        if (amount == 0) return;
        vm.prank(treasury);
        require(grid.transfer(a, amount), "fund");
    }

    function _credit(address a, IStaking.Role role, uint256 amount) internal {
        ghostStaked[role] += amount;
        ghostStakeOf[a][role] += amount;
    }

    /// @dev Mostly an account (among the first `n`) that has stake in `role`'s pool, else any of them.
    function _pickStaked(uint256 seed, IStaking.Role role, uint256 n) internal view returns (address) {
        if (seed % 8 != 0) {
            for (uint256 i; i < n; ++i) {
                address a = accounts[(seed % n + i) % n];
                if (ghostStakeOf[a][role] != 0) return a;
            }
        }
        return accounts[seed % n];
    }

    /// @dev Providers, inspectors and the adversary (the signers only get slashed).
    function _staker(uint256 seed) internal view returns (address) {
        return accounts[seed % 7];
    }

    function _role(uint256 seed) internal pure returns (IStaking.Role) {
        return IStaking.Role(seed % 2);
    }

    function _sameUnbonds(IStaking.StakeInfo memory a, IStaking.StakeInfo memory b)
        internal
        pure
        returns (bool)
    {
        if (a.unbonding != b.unbonding || a.unbonds.length != b.unbonds.length) return false;
        for (uint256 i; i < a.unbonds.length; ++i) {
            if (a.unbonds[i].amount != b.unbonds[i].amount) return false;
            if (a.unbonds[i].withdrawableAt != b.unbonds[i].withdrawableAt) return false;
        }
        return true;
    }
}
