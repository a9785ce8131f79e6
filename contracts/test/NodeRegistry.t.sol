// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {GasLog} from "./utils/GasLog.sol";
import {StakingFixture} from "./StakingFixture.sol";
import {QuorumHelper} from "./utils/QuorumHelper.sol";
import {NodeRegistry} from "../src/NodeRegistry.sol";
import {INodeRegistry} from "../src/interfaces/INodeRegistry.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";
import {Attestations} from "../src/Attestations.sol";

/// @notice NodeRegistry against the real Staking and AttestationQuorum (3-of-4 staked signers), the escrow played
/// by a stub: listings and their stake, per-GPU holds, hardware verification and GPU identity claims, metadata
/// and endpoints.
contract NodeRegistryTest is StakingFixture {
    address internal alice; // provider
    address internal bob; // provider
    address internal mallory;
    address internal renter;

    bytes32 internal constant M1 = keccak256("machine-1");
    bytes32 internal constant M2 = keccak256("machine-2");
    string internal constant CID = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    string internal constant ENDPOINT = "https://rig-1.example:7443";
    uint64 internal constant TTL = 1 days;

    uint256 internal _attestations;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploy();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        mallory = makeAddr("mallory");
        renter = makeAddr("renter");
    }

    // =============================================================== helpers

    function _list(address provider, bytes32 id, bytes32 class, uint32 gpus) internal {
        uint256 perGpu = staking.minStakePerGpu(class);
        if (staking.freeStake(provider, PROVIDER) < perGpu * gpus) _stake(provider, PROVIDER, perGpu * gpus);
        vm.prank(provider);
        registry.listMachine(id, class, gpus, CID, ENDPOINT);
    }

    function _reserve(bytes32 id, uint32 gpus, uint256 until) internal returns (uint32 mask) {
        vm.prank(escrow);
        (,, mask) = registry.reserveGpus(id, gpus, _u64(until));
    }

    function _ids(bytes32 salt, uint256 n) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = keccak256(abi.encodePacked("GPU-", salt, i));
        }
        for (uint256 i = 1; i < n; ++i) {
            bytes32 x = ids[i];
            uint256 j = i;
            while (j > 0 && ids[j - 1] > x) {
                ids[j] = ids[j - 1];
                --j;
            }
            ids[j] = x;
        }
    }

    function _verification(bytes32 id, bytes32[] memory gpuIds, uint64 verifiedAt, uint64 expiresAt)
        internal
        view
        returns (INodeRegistry.Verification memory v)
    {
        INodeRegistry.Machine memory m = registry.machine(id);
        v = INodeRegistry.Verification({
            machineId: id,
            gpuClass: m.gpuClass,
            gpuCount: m.gpuCount,
            gpuIds: gpuIds,
            verifiedAt: verifiedAt,
            expiresAt: expiresAt
        });
    }

    function _sign(INodeRegistry.Verification memory v, bytes32 attId) internal view returns (bytes memory) {
        return QuorumHelper.sign(
            quorum,
            address(registry),
            Attestations.KIND_HARDWARE_VERIFICATION,
            attId,
            Attestations.hardwareVerificationHash(
                v.machineId, v.gpuClass, v.gpuCount, v.gpuIds, v.verifiedAt, v.expiresAt
            ),
            _signers(THRESHOLD)
        );
    }

    function _submit(INodeRegistry.Verification memory v) internal {
        bytes32 attId = keccak256(abi.encode("verification", ++_attestations));
        registry.verifyMachine(v, attId, _sign(v, attId));
    }

    function _verify(bytes32 id, bytes32[] memory gpuIds) internal {
        _submit(_verification(id, gpuIds, uint64(block.timestamp), uint64(block.timestamp + TTL)));
    }

    function _expectVerifyRevert(INodeRegistry.Verification memory v, bytes memory err) internal {
        bytes32 attId = keccak256(abi.encode("verification", ++_attestations));
        bytes memory sigs = _sign(v, attId);
        vm.expectRevert(err);
        registry.verifyMachine(v, attId, sigs);
    }

    function _requireVerification() internal {
        vm.prank(governance);
        registry.setRequireVerification(true);
    }

    // =============================================================== governance

    function test_constructor_and_governance() public {
        vm.assertEq(address(registry.staking()), address(staking), "staking");
        vm.assertEq(address(registry.quorum()), address(quorum), "quorum");
        vm.assertEq(registry.leaseEscrow(), escrow, "escrow");
        vm.assertEq(uint256(registry.maxVerificationTtl()), 7 days, "default ttl");
        vm.assertFalse(registry.requireVerification(), "off until governance turns it on");

        vm.expectRevert(INodeRegistry.ZeroAddress.selector);
        new NodeRegistry(governance, IStaking(address(0)), quorum);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, mallory));
        vm.prank(mallory);
        registry.setRequireVerification(true);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, mallory));
        vm.prank(mallory);
        registry.setVerificationExempt(RTX4090, true);
        vm.expectRevert(INodeRegistry.LeaseEscrowAlreadySet.selector);
        vm.prank(governance);
        registry.setLeaseEscrow(mallory);

        vm.startPrank(governance);
        vm.expectEmit(address(registry));
        emit INodeRegistry.RequireVerificationSet(true);
        registry.setRequireVerification(true);
        vm.expectEmit(address(registry));
        emit INodeRegistry.VerificationExemptSet(RTX4090, true);
        registry.setVerificationExempt(RTX4090, true);
        vm.expectRevert(INodeRegistry.ZeroGpuClass.selector);
        registry.setVerificationExempt(bytes32(0), true);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.VerificationTtlOutOfRange.selector, 1 hours - 1));
        registry.setMaxVerificationTtl(1 hours - 1);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.VerificationTtlOutOfRange.selector, 90 days + 1));
        registry.setMaxVerificationTtl(90 days + 1);
        registry.setMaxVerificationTtl(30 days);
        vm.stopPrank();
        vm.assertEq(uint256(registry.maxVerificationTtl()), 30 days, "ttl set");
    }

    function test_syncCollateral_onlyStaking() public {
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotStaking.selector, mallory));
        vm.prank(mallory);
        registry.syncCollateral(alice, true);
    }

    // =============================================================== listings

    function test_listMachine_locksStakeAndStoresMachine() public {
        _stake(alice, PROVIDER, 5_000e18);
        vm.expectEmit(true, true, true, true, address(registry));
        emit INodeRegistry.MachineListed(M1, alice, H100, 4, 4 * MIN_H100, 1, CID, ENDPOINT);
        vm.prank(alice);
        registry.listMachine(M1, H100, 4, CID, ENDPOINT);

        INodeRegistry.Machine memory m = registry.machine(M1);
        vm.assertEq(m.provider, alice, "provider");
        vm.assertEq(uint256(m.index), 1, "index");
        vm.assertEq(m.gpuClass, H100, "class");
        vm.assertEq(uint256(m.gpuCount), 4, "count");
        vm.assertEq(uint256(m.reservedGpus), 0, "reserved");
        vm.assertTrue(m.listed, "listed");
        vm.assertEq(m.lockedStake, 4 * MIN_H100, "locked on machine");
        vm.assertEq(m.metadataCID, CID, "cid");
        vm.assertEq(m.endpoint, ENDPOINT, "endpoint");
        vm.assertEq(uint256(m.verifiedUntil), 0, "unverified");
        vm.assertEq(_locked(alice), 4 * MIN_H100, "locked on account");
        vm.assertEq(staking.freeStake(alice, PROVIDER), 1_000e18, "free");
        vm.assertEq(registry.machineProvider(M1), alice, "machineProvider");
        (bytes32 id, address provider) = registry.machineAt(1);
        vm.assertEq(id, M1, "machineAt id");
        vm.assertEq(provider, alice, "machineAt provider");
        vm.assertEq(uint256(registry.machineCount()), 1, "count of machines");
        vm.assertTrue(registry.isRentable(M1), "rentable without the verification requirement");
    }

    function test_listMachine_locksCumulativelyUpToFreeStake() public {
        _stake(alice, PROVIDER, 1_300e18);
        vm.prank(alice);
        registry.listMachine(M1, H100, 1, CID, ENDPOINT);
        vm.prank(alice);
        registry.listMachine(M2, RTX4090, 3, CID, ENDPOINT);
        vm.assertEq(_locked(alice), 1_300e18, "both locks");
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.InsufficientFreeStake.selector, alice, PROVIDER, 0, MIN_RTX4090)
        );
        vm.prank(alice);
        registry.listMachine(keccak256("m3"), RTX4090, 1, CID, ENDPOINT);
    }

    function test_listMachine_reverts() public {
        _stake(alice, PROVIDER, 250e18);
        string memory long = string(new bytes(257));
        vm.startPrank(alice);
        vm.expectRevert(INodeRegistry.ZeroMachineId.selector);
        registry.listMachine(bytes32(0), RTX4090, 1, CID, ENDPOINT);
        vm.expectRevert(INodeRegistry.ZeroGpus.selector);
        registry.listMachine(M1, RTX4090, 0, CID, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.TooManyGpus.selector, 33, 32));
        registry.listMachine(M1, RTX4090, 33, CID, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(IStaking.UnknownGpuClass.selector, A100));
        registry.listMachine(M1, A100, 1, CID, ENDPOINT);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.InsufficientFreeStake.selector, alice, PROVIDER, 250e18, 300e18)
        );
        registry.listMachine(M1, RTX4090, 3, CID, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.StringTooLong.selector, 257, 256));
        registry.listMachine(M1, RTX4090, 2, long, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.StringTooLong.selector, 257, 256));
        registry.listMachine(M1, RTX4090, 2, CID, long);
        registry.listMachine(M1, RTX4090, 2, CID, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineAlreadyListed.selector, M1));
        registry.listMachine(M1, RTX4090, 1, CID, ENDPOINT);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IStaking.NotNodeRegistry.selector, alice));
        vm.prank(alice);
        staking.lockForListing(alice, RTX4090, 1);
    }

    function test_listMachine_idCannotBeTakenOverAfterDelist() public {
        _stake(alice, PROVIDER, 1_000e18);
        _stake(bob, PROVIDER, 1_000e18);
        vm.prank(alice);
        registry.listMachine(M1, RTX4090, 1, CID, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineAlreadyListed.selector, M1));
        vm.prank(bob);
        registry.listMachine(M1, RTX4090, 1, CID, ENDPOINT);

        vm.prank(alice);
        registry.delistMachine(M1);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineOwnedByOther.selector, M1, alice));
        vm.prank(bob);
        registry.listMachine(M1, RTX4090, 1, CID, ENDPOINT);

        // The owner relists with a new shape; the index stays.
        vm.prank(alice);
        registry.listMachine(M1, H100, 1, "cid-2", ENDPOINT);
        INodeRegistry.Machine memory m = registry.machine(M1);
        vm.assertEq(m.gpuClass, H100, "new class");
        vm.assertEq(m.lockedStake, MIN_H100, "new lock");
        vm.assertEq(uint256(m.index), 1, "same index");
        vm.assertEq(_locked(alice), MIN_H100, "account lock = the one listing");
    }

    function test_listMachine_inspectorStakeDoesNotCount() public {
        _stake(alice, INSPECTOR, 10_000e18);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.InsufficientFreeStake.selector, alice, PROVIDER, 0, MIN_RTX4090)
        );
        vm.prank(alice);
        registry.listMachine(M1, RTX4090, 1, CID, ENDPOINT);
    }

    function test_delistMachine_unlocks() public {
        _list(alice, M1, RTX4090, 5);
        vm.expectEmit(true, true, false, true, address(registry));
        emit INodeRegistry.MachineDelisted(M1, alice, 500e18);
        vm.prank(alice);
        registry.delistMachine(M1);
        INodeRegistry.Machine memory m = registry.machine(M1);
        vm.assertFalse(m.listed, "not listed");
        vm.assertEq(m.lockedStake, 0, "machine lock cleared");
        vm.assertEq(_locked(alice), 0, "account unlocked");
        vm.assertEq(registry.machineProvider(M1), alice, "id still belongs to alice");
        vm.assertEq(staking.freeStake(alice, PROVIDER), 500e18, "all free");
        vm.assertFalse(registry.isRentable(M1), "not rentable");
    }

    function test_delistMachine_reverts() public {
        _stake(alice, PROVIDER, 1_000e18);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineNotListed.selector, M1));
        vm.prank(alice);
        registry.delistMachine(M1);

        vm.prank(alice);
        registry.listMachine(M1, RTX4090, 2, CID, ENDPOINT);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotMachineProvider.selector, M1, mallory));
        vm.prank(mallory);
        registry.delistMachine(M1);

        _reserve(M1, 1, block.timestamp + 100);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.GpusStillReserved.selector, M1, 1));
        vm.prank(alice);
        registry.delistMachine(M1);

        // Once that lease has ended its GPU is free, settled or not.
        vm.warp(block.timestamp + 100);
        vm.prank(alice);
        registry.delistMachine(M1);
    }

    function test_updateMachineMetadata() public {
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineNotListed.selector, M1));
        vm.prank(alice);
        registry.updateMachineMetadata(M1, "x", "y");

        _list(alice, M1, RTX4090, 1);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotMachineProvider.selector, M1, mallory));
        vm.prank(mallory);
        registry.updateMachineMetadata(M1, "x", "y");

        vm.expectEmit(true, false, false, true, address(registry));
        emit INodeRegistry.MachineMetadataUpdated(M1, "bafy-new", "https://new.example:7443");
        vm.prank(alice);
        registry.updateMachineMetadata(M1, "bafy-new", "https://new.example:7443");
        INodeRegistry.Machine memory m = registry.machine(M1);
        vm.assertEq(m.metadataCID, "bafy-new", "cid");
        vm.assertEq(m.endpoint, "https://new.example:7443", "endpoint");
    }

    function test_inspectorEndpoint() public {
        address inspector = signers[0];
        vm.expectEmit(address(registry));
        emit INodeRegistry.InspectorEndpointSet(inspector, "https://insp-0.example:7443");
        vm.prank(inspector);
        registry.setInspectorEndpoint("https://insp-0.example:7443");
        vm.assertEq(registry.inspectorEndpoint(inspector), "https://insp-0.example:7443", "endpoint");

        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotAnInspector.selector, mallory));
        vm.prank(mallory);
        registry.setInspectorEndpoint("https://x");
        string memory long = string(new bytes(257));
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.StringTooLong.selector, 257, 256));
        vm.prank(inspector);
        registry.setInspectorEndpoint(long);
    }

    // =============================================================== GPU holds

    function test_reserve_picksFreeSlotsAndHoldsThemUntilTheEnd() public {
        _list(alice, M1, RTX4090, 4);
        uint256 end = block.timestamp + 1 hours;
        vm.expectEmit(true, false, false, true, address(registry));
        emit INodeRegistry.GpusReserved(M1, 0x7, _u64(end));
        vm.prank(escrow);
        (address provider, uint32 index, uint32 mask) = registry.reserveGpus(M1, 3, _u64(end));
        vm.assertEq(provider, alice, "provider");
        vm.assertEq(uint256(index), 1, "index");
        vm.assertEq(uint256(mask), 0x7, "first three slots");
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 3, "reserved");
        uint64[] memory holds = registry.gpuHolds(M1);
        vm.assertEq(uint256(holds[0]), end, "slot 0 held until the end");
        vm.assertEq(uint256(holds[3]), 0, "slot 3 free");

        bytes memory err = abi.encodeWithSelector(INodeRegistry.InsufficientFreeGpus.selector, M1, 1, 2);
        vm.expectRevert(err);
        vm.prank(escrow);
        registry.reserveGpus(M1, 2, _u64(end));
        vm.assertEq(uint256(_reserve(M1, 1, end + 10)), 0x8, "the last slot");
    }

    /// @notice Regression, issue #9 hole 7 (capacity held by expired leases): in v1 a 1-second lease that nobody
    /// settled kept its GPUs reserved after it ended, so the machine looked fully booked for $0.001. Caught: v1
    /// kept a reservation counter that only a settle decremented (the escrow-level twin of this test opened a
    /// lease on such a machine and got InsufficientFreeGpus). Now a GPU's hold ends with its lease.
    function test_regression_gpusOfEndedLeasesAreFree() public {
        _list(alice, M1, RTX4090, 8);
        _reserve(M1, 8, block.timestamp + 1); // a 1-second lease of the whole machine, never settled
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 8, "booked for one second");
        vm.warp(block.timestamp + 1);
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 0, "free the second it ends");
        vm.assertEq(uint256(_reserve(M1, 8, block.timestamp + 1 days)), 0xff, "the whole machine again");
    }

    function test_release_freesEarlyAndLeavesReassignedSlotsAlone() public {
        _list(alice, M1, RTX4090, 4);
        uint256 end1 = block.timestamp + 100;
        uint32 m1 = _reserve(M1, 2, end1); // slots 0, 1
        uint32 m2 = _reserve(M1, 2, block.timestamp + 1 days); // slots 2, 3
        vm.expectEmit(true, false, false, true, address(registry));
        emit INodeRegistry.GpusReleased(M1, m2, uint64(block.timestamp));
        vm.prank(escrow);
        registry.releaseGpus(1, m2, uint64(block.timestamp + 1 days));
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 2, "released early");

        // Lease 1 ends; a new lease takes its slots; a late release of lease 1 must not free them.
        vm.warp(end1);
        uint32 m3 = _reserve(M1, 4, block.timestamp + 1 hours);
        vm.assertEq(uint256(m3), 0xf, "all four");
        vm.prank(escrow);
        registry.releaseGpus(1, m1, _u64(end1));
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 4, "the new lease keeps its slots");
    }

    function test_extend_movesTheHoldOfExactlyThoseGpus() public {
        _list(alice, M1, RTX4090, 4);
        uint256 end = block.timestamp + 100;
        uint32 mask = _reserve(M1, 2, end);
        vm.prank(escrow);
        registry.extendGpus(1, mask, _u64(end), _u64(end + 50));
        vm.warp(end);
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 2, "still held after the old end");
        vm.warp(end + 50);
        vm.assertEq(uint256(registry.machine(M1).reservedGpus), 0, "free at the new end");

        // Not held until `until` (another time, or a slot that was never reserved): reverts.
        uint32 mask2 = _reserve(M1, 1, block.timestamp + 10);
        bytes memory err = abi.encodeWithSelector(
            INodeRegistry.GpusNotHeld.selector, M1, mask2, uint64(block.timestamp + 11)
        );
        vm.expectRevert(err);
        vm.prank(escrow);
        registry.extendGpus(1, mask2, uint64(block.timestamp + 11), uint64(block.timestamp + 20));
        err = abi.encodeWithSelector(INodeRegistry.GpusNotHeld.selector, M1, uint32(1) << 5, uint64(1));
        vm.expectRevert(err);
        vm.prank(escrow);
        registry.extendGpus(1, uint32(1) << 5, 1, 2);
    }

    function test_reservations_onlyTheEscrow() public {
        _list(alice, M1, RTX4090, 2);
        vm.startPrank(mallory);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotLeaseEscrow.selector, mallory));
        registry.reserveGpus(M1, 1, uint64(block.timestamp + 1));
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotLeaseEscrow.selector, mallory));
        registry.extendGpus(1, 1, 1, 2);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NotLeaseEscrow.selector, mallory));
        registry.releaseGpus(1, 1, 1);
        vm.stopPrank();
        vm.startPrank(escrow);
        vm.expectRevert(INodeRegistry.ZeroGpus.selector);
        registry.reserveGpus(M1, 0, uint64(block.timestamp + 1));
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineNotListed.selector, M2));
        registry.reserveGpus(M2, 1, uint64(block.timestamp + 1));
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.UnknownMachineIndex.selector, 9));
        registry.releaseGpus(9, 1, 1);
        vm.stopPrank();
    }

    function test_collateral_slashedProviderCannotBeRentedUntilCovered() public {
        _list(alice, M1, RTX4090, 2);
        _slash(alice, PROVIDER, 1, address(0), 0, new address[](0), keccak256("e"));
        vm.assertTrue(registry.underCollateralised(alice), "pushed by Staking");
        vm.assertFalse(registry.isRentable(M1), "not rentable");
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.InsufficientCollateral.selector, alice));
        vm.prank(escrow);
        registry.reserveGpus(M1, 1, uint64(block.timestamp + 1));
        _stake(alice, PROVIDER, 1);
        vm.assertFalse(registry.underCollateralised(alice), "top-up pushed");
        _reserve(M1, 1, block.timestamp + 1);
    }

    function testFuzz_holds_neverExceedListedAndMatchModel(uint8 gpuCount, uint256 seed) public {
        uint32 n = uint32(bound(gpuCount, 1, 32));
        _list(alice, M1, RTX4090, n);
        uint64[] memory model = new uint64[](n);
        for (uint256 step; step < 24; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            vm.warp(block.timestamp + r % 50);
            uint32 want = uint32(bound(r >> 8, 1, n));
            uint256 free;
            for (uint256 i; i < n; ++i) {
                if (model[i] <= block.timestamp) ++free;
            }
            uint64 until = uint64(block.timestamp + 1 + (r >> 16) % 100);
            vm.prank(escrow);
            if (want > free) {
                vm.expectRevert(
                    abi.encodeWithSelector(INodeRegistry.InsufficientFreeGpus.selector, M1, _u32(free), want)
                );
                registry.reserveGpus(M1, want, until);
                continue;
            }
            (,, uint32 mask) = registry.reserveGpus(M1, want, until);
            uint256 picked;
            for (uint256 i; i < n; ++i) {
                if (mask & (uint32(1) << i) == 0) continue;
                vm.assertLe(uint256(model[i]), block.timestamp, "only free slots are picked");
                model[i] = until;
                ++picked;
            }
            vm.assertEq(picked, want, "exactly the GPUs asked for");
            uint256 reserved;
            for (uint256 i; i < n; ++i) {
                if (model[i] > block.timestamp) ++reserved;
            }
            vm.assertEq(uint256(registry.machine(M1).reservedGpus), reserved, "reserved = model");
            vm.assertLe(reserved, n, "never more than listed");
        }
    }

    // =============================================================== hardware verification

    function test_verify_recordsAndClaimsEachGpu() public {
        _list(alice, M1, H100, 4);
        bytes32[] memory gpuIds = _ids("rig-1", 4);
        INodeRegistry.Verification memory v =
            _verification(M1, gpuIds, uint64(block.timestamp - 10), uint64(block.timestamp + TTL));
        bytes32 attId = keccak256("v-1");
        bytes memory sigs = _sign(v, attId);
        vm.expectEmit(true, true, true, true, address(registry));
        emit INodeRegistry.MachineVerified(M1, H100, attId, 4, gpuIds, v.verifiedAt, v.expiresAt, 1);
        vm.prank(mallory); // anyone submits a signed verification
        registry.verifyMachine(v, attId, sigs);
        INodeRegistry.Machine memory m = registry.machine(M1);
        vm.assertEq(uint256(m.verifiedAt), uint256(v.verifiedAt), "verifiedAt");
        vm.assertEq(uint256(m.verifiedUntil), uint256(v.expiresAt), "verifiedUntil");
        for (uint256 i; i < 4; ++i) {
            (bytes32 holder, uint64 until) = registry.gpuHolder(gpuIds[i]);
            vm.assertEq(holder, M1, "each GPU claimed by the machine");
            vm.assertEq(uint256(until), uint256(v.expiresAt), "until the expiry");
        }
        // Replayed, it is refused (not newer than the machine's current verification, and its id is used).
        vm.expectRevert(
            abi.encodeWithSelector(INodeRegistry.VerificationNotNewer.selector, v.verifiedAt, v.verifiedAt)
        );
        registry.verifyMachine(v, attId, sigs);
        vm.assertTrue(
            quorum.consumed(address(registry), Attestations.KIND_HARDWARE_VERIFICATION, attId), "consumed"
        );
    }

    function test_verify_rejectsWhatDoesNotMatchTheListing() public {
        _list(alice, M1, H100, 4);
        uint64 t = uint64(block.timestamp);
        INodeRegistry.Verification memory v = _verification(M1, _ids("a", 4), t, t + TTL);
        v.gpuClass = RTX4090;
        _expectVerifyRevert(
            v, abi.encodeWithSelector(INodeRegistry.VerificationMismatch.selector, M1, RTX4090, uint32(4))
        );
        v = _verification(M1, _ids("a", 4), t, t + TTL);
        v.gpuCount = 3;
        _expectVerifyRevert(
            v, abi.encodeWithSelector(INodeRegistry.VerificationMismatch.selector, M1, H100, uint32(3))
        );
        v = _verification(M1, _ids("a", 3), t, t + TTL);
        _expectVerifyRevert(
            v, abi.encodeWithSelector(INodeRegistry.VerificationMismatch.selector, M1, H100, uint32(4))
        );
        bytes32[] memory dup = _ids("a", 4);
        dup[2] = dup[1];
        _expectVerifyRevert(
            _verification(M1, dup, t, t + TTL),
            abi.encodeWithSelector(INodeRegistry.GpuIdsNotAscending.selector, 2)
        );
        bytes32[] memory zero = _ids("a", 4);
        zero[0] = bytes32(0);
        _expectVerifyRevert(
            _verification(M1, zero, t, t + TTL),
            abi.encodeWithSelector(INodeRegistry.GpuIdsNotAscending.selector, 0)
        );
        _expectVerifyRevert(
            _verification(M2, _ids("a", 4), t, t + TTL),
            abi.encodeWithSelector(INodeRegistry.MachineNotListed.selector, M2)
        );
    }

    function test_verify_rejectsBadTimes() public {
        _list(alice, M1, H100, 2);
        uint64 t = uint64(block.timestamp);
        uint64 ttl = registry.maxVerificationTtl();
        bytes32[] memory ids = _ids("a", 2);
        _expectVerifyRevert(
            _verification(M1, ids, t + 1, t + TTL),
            abi.encodeWithSelector(INodeRegistry.InvalidVerificationTimes.selector, t + 1, t + TTL, t, ttl)
        );
        _expectVerifyRevert(
            _verification(M1, ids, t - 10, t),
            abi.encodeWithSelector(INodeRegistry.InvalidVerificationTimes.selector, t - 10, t, t, ttl)
        );
        _expectVerifyRevert(
            _verification(M1, ids, t, t + ttl + 1),
            abi.encodeWithSelector(INodeRegistry.InvalidVerificationTimes.selector, t, t + ttl + 1, t, ttl)
        );
        _submit(_verification(M1, ids, t, t + TTL));
        _expectVerifyRevert(
            _verification(M1, ids, t, t + TTL),
            abi.encodeWithSelector(INodeRegistry.VerificationNotNewer.selector, t, t)
        );
        vm.warp(t + 1);
        _submit(_verification(M1, ids, t + 1, t + 1 + TTL)); // a newer one is fine
    }

    /// @dev The same physical GPU cannot back two machines: a claim is live until it expires, its machine is
    /// delisted, or its machine is re-verified without it.
    function test_verify_sameGpuCannotBackTwoMachines() public {
        _list(alice, M1, H100, 2);
        _list(bob, M2, H100, 2);
        bytes32[] memory a = _ids("a", 2);
        _verify(M1, a);
        bytes32[] memory overlap = new bytes32[](2);
        (overlap[0], overlap[1]) =
            a[0] < keccak256("fresh") ? (a[0], keccak256("fresh")) : (keccak256("fresh"), a[0]);
        uint64 t = uint64(block.timestamp);
        _expectVerifyRevert(
            _verification(M2, overlap, t, t + TTL),
            abi.encodeWithSelector(INodeRegistry.GpuBacksOtherMachine.selector, a[0], M1)
        );

        // Expired: the GPU may move.
        vm.warp(block.timestamp + TTL);
        _verify(M2, overlap);
        (bytes32 holder,) = registry.gpuHolder(a[0]);
        vm.assertEq(holder, M2, "moved after the expiry");

        // M1 cannot take it back while M2's claim lives; after M2 delists it can.
        t = uint64(block.timestamp);
        _expectVerifyRevert(
            _verification(M1, a, t, t + TTL),
            abi.encodeWithSelector(INodeRegistry.GpuBacksOtherMachine.selector, a[0], M2)
        );
        vm.prank(bob);
        registry.delistMachine(M2);
        (holder,) = registry.gpuHolder(a[0]);
        vm.assertEq(holder, bytes32(0), "delisting retires the claims");
        _verify(M1, a);

        // Re-verified without a GPU, a machine releases it at once.
        vm.warp(block.timestamp + 1);
        bytes32[] memory other = _ids("b", 2);
        _verify(M1, other);
        (holder,) = registry.gpuHolder(a[1]);
        vm.assertEq(holder, bytes32(0), "no longer claimed");
    }

    /// @notice Regression, issue #9 (hardware verification): in v1 nothing on chain tied a listing to hardware: a
    /// machine with no GPU at all, listed as "8 x H200", was rented and paid on devnet. Caught: v1's reserveGpus
    /// checked only the listing. With verification required, an unverified or expired machine cannot be rented;
    /// an exempt class (the simulated one on dev chains) still can.
    function test_regression_unverifiedMachineCannotBeRented() public {
        _list(alice, M1, H100, 2);
        _requireVerification();
        vm.assertFalse(registry.isRentable(M1), "unverified");
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.MachineNotVerified.selector, M1, uint64(0)));
        vm.prank(escrow);
        registry.reserveGpus(M1, 1, uint64(block.timestamp + 1));

        _verify(M1, _ids("a", 2));
        vm.assertTrue(registry.isRentable(M1), "verified");
        uint32 mask = _reserve(M1, 1, block.timestamp + 10);

        // Verification expiry: renting and extending stop; stopping early still works.
        vm.warp(block.timestamp + TTL);
        uint64 until = uint64(block.timestamp - TTL + 10);
        vm.assertFalse(registry.isRentable(M1), "expired");
        bytes memory err =
            abi.encodeWithSelector(INodeRegistry.MachineNotVerified.selector, M1, uint64(block.timestamp));
        vm.expectRevert(err);
        vm.prank(escrow);
        registry.reserveGpus(M1, 1, uint64(block.timestamp + 1));
        vm.expectRevert(err);
        vm.prank(escrow);
        registry.extendGpus(1, mask, until, until + 1);

        vm.prank(governance);
        registry.setVerificationExempt(H100, true);
        vm.assertTrue(registry.isRentable(M1), "exempt class");
    }

    function test_relisting_startsUnverified() public {
        _list(alice, M1, H100, 2);
        _verify(M1, _ids("a", 2));
        vm.prank(alice);
        registry.delistMachine(M1);
        _list(alice, M1, H100, 2);
        vm.assertEq(uint256(registry.machine(M1).verifiedUntil), 0, "unverified after relisting");
        (bytes32 holder,) = registry.gpuHolder(_ids("a", 2)[0]);
        vm.assertEq(holder, bytes32(0), "old claims retired");
    }

    // =============================================================== gas

    /// @dev One transaction each under --isolate (cold storage): listing with a 59-byte CID and an endpoint, and
    /// verifying 8 GPUs the first time (fresh claim slots) and again (overwritten slots), k = 3.
    function test_gas_registry() public {
        _stake(alice, PROVIDER, 20_000e18);
        // The registry's first listing also takes the machine counter from zero (+20k once).
        vm.prank(alice);
        registry.listMachine(M2, H100, 8, CID, ENDPOINT);
        uint256 firstListGas = vm.lastCallGas().gasTotalUsed;
        vm.prank(alice);
        registry.listMachine(M1, H100, 8, CID, ENDPOINT);
        uint256 listGas = vm.lastCallGas().gasTotalUsed;

        bytes32[] memory ids = _ids("rig", 8);
        INodeRegistry.Verification memory v =
            _verification(M1, ids, uint64(block.timestamp), uint64(block.timestamp + TTL));
        bytes32 attId = keccak256("gas-1");
        bytes memory sigs = _sign(v, attId);
        registry.verifyMachine(v, attId, sigs);
        uint256 firstGas = vm.lastCallGas().gasTotalUsed;

        vm.warp(block.timestamp + 1 hours);
        v = _verification(M1, ids, uint64(block.timestamp), uint64(block.timestamp + TTL));
        attId = keccak256("gas-2");
        sigs = _sign(v, attId);
        registry.verifyMachine(v, attId, sigs);
        uint256 againGas = vm.lastCallGas().gasTotalUsed;

        GasLog.log("listMachine, first of the registry", firstListGas);
        GasLog.log("listMachine", listGas);
        GasLog.log("verifyMachine 8 GPUs, first", firstGas);
        GasLog.log("verifyMachine 8 GPUs, again", againGas);
        vm.assertLe(listGas, 235_000, "listMachine (59-byte CID and 26-byte endpoint stored)");
        vm.assertLe(firstGas, 330_000, "first verification of 8 GPUs");
        vm.assertLe(againGas, 170_000, "re-verification of 8 GPUs");
    }
}
