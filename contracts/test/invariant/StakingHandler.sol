// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "../utils/Test.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {GridToken} from "../../src/GridToken.sol";
import {Staking} from "../../src/Staking.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {Attestations} from "../../src/Attestations.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";

/// @notice Drives Staking for the invariant suite: providers, inspectors, the quorum's signers and an adversary
/// stake, unbond, cancel, withdraw, list, delist, get GPUs reserved and released by the escrow, and get slashed by
/// real quorum attestations, in any order and at any time. It keeps ghost totals that do not read Staking's
/// accounting (deposits, withdrawals, slashes measured from token balances) and counts every property violation
/// it sees during a call; the suite asserts the counters stay zero.
contract StakingHandler is Test {
    uint256 internal constant N_MACHINES = 6;
    uint256 internal constant MAX_STAKE = 5_000e18;

    GridToken public immutable grid;
    Staking public immutable staking;
    AttestationQuorum public immutable quorum;
    address public immutable treasury;
    address public immutable escrow;
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

    constructor(
        GridToken grid_,
        Staking staking_,
        AttestationQuorum quorum_,
        address treasury_,
        address escrow_,
        uint256[] memory signerKeys_,
        uint8 threshold_,
        bytes32[3] memory classes_
    ) {
        grid = grid_;
        staking = staking_;
        quorum = quorum_;
        treasury = treasury_;
        escrow = escrow_;
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
    }

    function cancelUnbond(uint256 actorSeed, uint256 roleSeed, uint256 index) external {
        IStaking.Role role = _role(roleSeed);
        address actor = _pickStaked(actorSeed, role, 7);
        uint256 pending = staking.pendingUnbonds(actor, role);
        if (pending == 0) return;
        vm.prank(actor);
        staking.cancelUnbond(role, bound(index, 0, pending - 1));
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
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, 4 days));
    }

    function listMachine(uint256 providerSeed, uint256 machineSeed, uint256 classSeed, uint256 gpus)
        external
    {
        _list(providerSeed, machineSeed, classSeed, gpus);
    }

    function delistMachine(uint256 machineSeed) external {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        address owner = ghostOwner[id];
        if (owner == address(0)) return;
        IStaking.Machine memory m = staking.machine(id);
        bool shouldWork = m.listed && m.reservedGpus == 0;
        vm.prank(owner);
        try staking.delistMachine(id) {
            if (!shouldWork) ++violationListingModel;
        } catch {
            if (shouldWork) ++violationListingModel;
        }
    }

    function reserveGpus(uint256 machineSeed, uint256 gpus) external {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        // Mostly pick a listed machine, listing one first if there is none.
        if (gpus % 4 != 0) {
            bool found;
            for (uint256 i; i < N_MACHINES && !found; ++i) {
                bytes32 candidate = machineIds[(machineSeed % N_MACHINES + i) % N_MACHINES];
                if (staking.isListed(candidate)) {
                    id = candidate;
                    found = true;
                }
            }
            if (!found) _list(machineSeed, machineSeed, 0, 8);
        }
        uint32 n = uint32(bound(gpus, 1, 9));
        IStaking.Machine memory m = staking.machine(id);
        IStaking.StakeInfo memory p = staking.stakeInfo(m.provider, IStaking.Role.Provider);
        bool shouldWork = m.listed && n <= m.gpuCount - m.reservedGpus && p.active >= p.locked;
        vm.prank(escrow);
        try staking.reserveGpus(id, n) {
            ++ghostReservations;
            if (!shouldWork) ++violationReserveModel;
        } catch {
            if (shouldWork) ++violationReserveModel;
        }
    }

    function releaseGpus(uint256 machineSeed, uint256 gpus) external {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        uint32 reserved = staking.machine(id).reservedGpus;
        if (reserved == 0) return;
        vm.prank(escrow);
        staking.releaseGpus(id, uint32(bound(gpus, 1, reserved)));
    }

    // ================================================================ slashing

    /// @dev A quorum-attested slash of any account in either pool, with a random split.
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
        _slashNew(offender, role, amount, renterBps, nReporters);
    }

    /// @dev Stake flight: the offender misbehaves, sees the slash coming, and unbonds everything it can (and
    /// waits, short of the unbonding period) before the slash lands. The slash must take exactly what it would
    /// have taken without the flight: min(amount, stake), with stake measured before the flight.
    function fleeThenSlash(uint256 actorSeed, uint256 roleSeed, uint256 amount, uint256 waitSecs) external {
        IStaking.Role role = _role(roleSeed);
        address offender = _pickStaked(actorSeed, role, 7);
        amount = bound(amount, 1, 2 * MAX_STAKE);
        IStaking.StakeInfo memory s = staking.stakeInfo(offender, role);
        uint256 stakeBefore = s.active + s.unbonding;
        uint256 expected = amount < stakeBefore ? amount : stakeBefore;

        uint256 free = staking.freeStake(offender, role);
        if (free != 0 && staking.pendingUnbonds(offender, role) < staking.MAX_PENDING_UNBONDS()) {
            vm.prank(offender);
            staking.unbond(role, free);
            ++ghostFlights;
        }
        vm.warp(block.timestamp + bound(waitSecs, 0, staking.unbondingPeriod() - 1));
        uint256 slashed = _slashNew(offender, role, amount, 0, 0);
        if (slashed != expected) ++violationSlashAmount;
    }

    /// @dev Re-submits an already used evidence id with a fresh, validly signed payload: must fail.
    function replayEvidence(uint256 idSeed, uint256 offenderSeed, uint256 amount) external {
        if (usedEvidence.length == 0) return;
        bytes32 id = usedEvidence[idSeed % usedEvidence.length];
        address offender = accounts[offenderSeed % accounts.length];
        amount = bound(amount, 1, MAX_STAKE);
        address[] memory none = new address[](0);
        bytes memory sigs =
            _sign(offender, IStaking.Role.Provider, amount, address(0), 0, none, id, signerKeys);
        try staking.slash(offender, IStaking.Role.Provider, amount, address(0), 0, none, id, sigs) {
            ++violationEvidenceReuse;
        } catch {}
    }

    // ================================================================ adversary on others' accounts

    /// @dev The adversary tries every permissioned path on somebody else's behalf; none may succeed.
    function adversaryMeddles(uint256 machineSeed, uint256 op, uint256 amount) external {
        bytes32 id = machineIds[machineSeed % N_MACHINES];
        op = op % 4;
        if (op == 0) {
            vm.prank(adversary);
            try staking.delistMachine(id) {
                ++violationAdversary;
            } catch {}
        } else if (op == 1) {
            vm.prank(adversary);
            try staking.updateMachineMetadata(id, "evil") {
                ++violationAdversary;
            } catch {}
        } else if (op == 2) {
            uint32 gpus = uint32(bound(amount, 1, 8));
            vm.prank(adversary);
            try staking.reserveGpus(id, gpus) {
                ++violationAdversary;
            } catch {}
        } else {
            // A slash signed with the adversary's own key (plus threshold-1 real signers: still not a quorum).
            address victim = accounts[amount % accounts.length];
            uint256[] memory keys = new uint256[](threshold);
            keys[0] = adversaryKey;
            for (uint256 i = 1; i < threshold; ++i) {
                keys[i] = signerKeys[i];
            }
            address[] memory reps = new address[](1);
            reps[0] = adversary;
            bytes32 evidence = keccak256(abi.encode("forged", evidenceNonce++));
            bytes memory sigs =
                _sign(victim, IStaking.Role.Provider, MAX_STAKE, adversary, 9_000, reps, evidence, keys);
            vm.prank(adversary);
            try staking.slash(
                victim, IStaking.Role.Provider, MAX_STAKE, adversary, 9_000, reps, evidence, sigs
            ) {
                ++violationAdversary;
            } catch {}
        }
    }

    // ================================================================ end of run

    /// @dev Unwinds everything: leases end, machines are delisted, all stake unbonds and is withdrawn.
    function unwind() external {
        for (uint256 i; i < N_MACHINES; ++i) {
            bytes32 id = machineIds[i];
            IStaking.Machine memory m = staking.machine(id);
            if (m.reservedGpus != 0) {
                vm.prank(escrow);
                staking.releaseGpus(id, m.reservedGpus);
            }
            if (m.listed) {
                vm.prank(m.provider);
                staking.delistMachine(id);
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

    struct SlashCall {
        address offender;
        IStaking.Role role;
        uint256 amount;
        address harmed;
        uint16 bps;
        address[] reps;
        bytes32 evidence;
    }

    struct Measured {
        uint256 balance;
        uint256 supply;
        uint256 rewards;
    }

    function _slashNew(
        address offender,
        IStaking.Role role,
        uint256 amount,
        uint256 renterBps,
        uint256 nReporters
    ) internal returns (uint256 slashed) {
        SlashCall memory c;
        c.offender = offender;
        c.role = role;
        c.amount = amount;
        c.bps = uint16(bound(renterBps, 0, staking.MAX_RENTER_BPS()));
        c.reps = new address[](bound(nReporters, 0, reporters.length));
        for (uint256 i; i < c.reps.length; ++i) {
            c.reps[i] = reporters[i];
        }
        c.harmed = c.bps == 0 && renterBps % 2 == 0 ? address(0) : renter;
        c.evidence = keccak256(abi.encode("evidence", evidenceNonce++));
        uint256 expected = _expectedSlash(offender, role, amount);

        Measured memory before = _measure();
        _submit(c);
        usedEvidence.push(c.evidence);
        Measured memory afterwards = _measure();

        slashed = before.balance - afterwards.balance;
        uint256 burned = before.supply - afterwards.supply;
        uint256 rewarded = afterwards.rewards - before.rewards;
        if (slashed != expected) ++violationSlashAmount;
        if (burned + rewarded != slashed) ++violationSlashSplit;
        if (rewarded > slashed * (uint256(c.bps) + staking.reporterBps()) / 10_000) ++violationSlashSplit;

        ++ghostSlashCount;
        if (slashed != 0) ++ghostNonzeroSlashes;
        ghostSlashRequested += amount;
        ghostSlashed[role] += slashed;
        ghostStakeOf[offender][role] -= slashed;
        ghostBurned += burned;
        ghostRewarded += rewarded;
        if (role == IStaking.Role.Provider && slashed != 0) ghostSlashedProvider[offender] = true;
    }

    /// @dev Lists a machine, usually topping up the provider first so that listings succeed often enough to
    /// matter; checks the outcome against the listing rules.
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
        bool shouldWork = required != 0 && !staking.isListed(id) && (owner == address(0) || owner == provider)
            && free >= required;
        vm.prank(provider);
        try staking.listMachine(id, gpuClass, count, "bafy-metadata") {
            ++ghostListings;
            if (!shouldWork) ++violationListingModel;
            if (owner == address(0)) ghostOwner[id] = provider;
        } catch {
            if (shouldWork) ++violationListingModel;
        }
    }

    /// @dev min(amount, stake) from the ghost, which unbonding never moves.
    function _expectedSlash(address offender, IStaking.Role role, uint256 amount) internal returns (uint256) {
        uint256 stakeOf = ghostStakeOf[offender][role];
        IStaking.StakeInfo memory info = staking.stakeInfo(offender, role);
        if (amount > info.active && info.unbonding != 0) ++ghostUnbondSlashes;
        return amount < stakeOf ? amount : stakeOf;
    }

    function _submit(SlashCall memory c) internal {
        bytes memory sigs =
            _sign(c.offender, c.role, c.amount, c.harmed, c.bps, c.reps, c.evidence, _quorumKeys());
        staking.slash(c.offender, c.role, c.amount, c.harmed, c.bps, c.reps, c.evidence, sigs);
    }

    function _measure() internal view returns (Measured memory m) {
        m.balance = grid.balanceOf(address(staking));
        m.supply = grid.totalSupply();
        m.rewards = _rewardBalances();
    }

    function _sign(
        address offender,
        IStaking.Role role,
        uint256 amount,
        address harmed,
        uint16 bps,
        address[] memory reps,
        bytes32 evidence,
        uint256[] memory keys
    ) internal view returns (bytes memory) {
        bytes32 payload = Attestations.slashHash(offender, uint8(role), amount, harmed, bps, reps);
        return QuorumHelper.sign(quorum, address(staking), Attestations.KIND_SLASH, evidence, payload, keys);
    }

    function _quorumKeys() internal view returns (uint256[] memory keys) {
        keys = new uint256[](threshold);
        for (uint256 i; i < threshold; ++i) {
            keys[i] = signerKeys[i];
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
