// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {INodeRegistry} from "./interfaces/INodeRegistry.sol";
import {IStaking} from "./interfaces/IStaking.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {Attestations} from "./Attestations.sol";

/// @title NodeRegistry
/// @notice The network's nodes: machine listings (stake locked in Staking), per-GPU reservations for the lease
/// escrow, quorum-attested hardware verification, machine metadata and endpoints, inspector endpoints.
/// @dev GPU reservations are per GPU slot: each of a machine's slots holds the time until which a lease holds it
/// (32-bit unix seconds, eight to a storage word). A slot is free once that time has passed, so a lease that ends
/// frees its GPUs the same second whether or not anyone settles it; the escrow moves the time on an extension and
/// brings it forward when a lease stops early. `reserveGpus` reads one machine word (provider, listing, GPU count,
/// index, verification expiry), the hold words it needs and the provider's collateral flag (pushed by Staking).
///
/// "The same GPU cannot back two machines" needs per-GPU identities: a single digest over all of a machine's
/// UUIDs could not detect an overlap. So each GPU identity (keccak256 of its UUID) maps to the claim of the
/// verification that last named it: (machine index, verification sequence number, expiry). A claim is live while
/// it has not expired and the machine still holds that very verification (listing and delisting reset the
/// machine's sequence number, and a newer verification replaces it), so retiring all of a machine's claims is
/// O(1). A verification naming a GPU live-claimed by another machine reverts, and renting checks the machine's
/// own verification, so at any moment each physical GPU backs at most one rentable machine. Cost: one slot per
/// GPU (~22k the first time a GPU is seen, ~5k when re-verified), at most MAX_GPUS_PER_MACHINE per verification.
contract NodeRegistry is INodeRegistry, Ownable2Step, ReentrancyGuardTransient {
    /// @notice GPUs one machine may list (one reservation bit per GPU in a 32-bit mask).
    uint256 public constant MAX_GPUS_PER_MACHINE = 32;
    /// @notice Longest metadata CID or endpoint stored, in bytes.
    uint256 public constant MAX_STRING_LENGTH = 256;
    /// @notice Default longest validity of one verification.
    uint64 public constant DEFAULT_MAX_VERIFICATION_TTL = 7 days;

    /// @dev Slot 0 is what `reserveGpus` checks; GPU hold times follow, eight 32-bit times per word.
    struct MachineRecord {
        address provider;
        uint8 gpuCount;
        bool listed;
        uint32 index;
        uint40 verifiedUntil;
        bytes32 gpuClass;
        uint128 lockedStake;
        uint64 verificationSeq;
        uint40 verifiedAt;
        uint256[4] busyWords;
        string metadataCID;
        string endpoint;
    }

    struct GpuClaim {
        uint32 machineIndex;
        uint64 seq;
        uint40 expiresAt;
    }

    /// @notice Provider stake, locked per listing.
    IStaking public immutable staking;
    /// @notice Verifies hardware-verification attestations.
    IAttestationQuorum public immutable quorum;

    /// @notice The only caller of `reserveGpus`/`extendGpus`/`releaseGpus` (set once).
    address public leaseEscrow;
    /// @notice Whether machines must hold an unexpired hardware verification to be rented (classes marked
    /// `verificationExempt` excepted). On outside dev chains.
    bool public requireVerification;
    uint32 private _machineCount;
    /// @notice Longest validity (expiresAt - verifiedAt) one verification may grant.
    uint64 public maxVerificationTtl;
    uint64 private _verificationCount;
    /// @notice Classes rentable without a hardware verification even when it is required (dev chains: SIM).
    mapping(bytes32 gpuClass => bool) public verificationExempt;
    /// @notice Providers whose active stake no longer covers their listings (pushed by Staking).
    mapping(address provider => bool) public underCollateralised;

    mapping(bytes32 machineId => MachineRecord) private _machines;
    mapping(uint32 index => bytes32 machineId) private _machineIdAt;
    mapping(bytes32 gpuId => GpuClaim) private _claims;
    mapping(address inspector => string) private _endpoints;

    modifier onlyLeaseEscrow() {
        // While unset, leaseEscrow is zero and no caller matches.
        if (msg.sender != leaseEscrow) revert NotLeaseEscrow(msg.sender);
        _;
    }

    /// @param owner_ Governance: the verification switch and exemptions, the longest verification validity, the
    /// one-time escrow.
    /// @param staking_ Staking, which must name this contract its node registry.
    /// @param quorum_ The attestation quorum.
    constructor(address owner_, IStaking staking_, IAttestationQuorum quorum_) Ownable(owner_) {
        if (address(staking_) == address(0) || address(quorum_) == address(0)) revert ZeroAddress();
        staking = staking_;
        quorum = quorum_;
        maxVerificationTtl = DEFAULT_MAX_VERIFICATION_TTL;
        emit MaxVerificationTtlSet(DEFAULT_MAX_VERIFICATION_TTL);
    }

    // ================================================================ governance

    /// @notice Sets the lease escrow, the only caller of the GPU reservation functions. Owner, once.
    function setLeaseEscrow(address leaseEscrow_) external onlyOwner {
        if (leaseEscrow_ == address(0)) revert ZeroAddress();
        if (leaseEscrow != address(0)) revert LeaseEscrowAlreadySet();
        leaseEscrow = leaseEscrow_;
        emit LeaseEscrowSet(leaseEscrow_);
    }

    /// @notice Turns the hardware-verification requirement on or off. Owner.
    function setRequireVerification(bool required) external onlyOwner {
        requireVerification = required;
        emit RequireVerificationSet(required);
    }

    /// @notice Exempts a class from the verification requirement (dev chains: the simulated class). Owner.
    function setVerificationExempt(bytes32 gpuClass, bool exempt) external onlyOwner {
        if (gpuClass == bytes32(0)) revert ZeroGpuClass();
        verificationExempt[gpuClass] = exempt;
        emit VerificationExemptSet(gpuClass, exempt);
    }

    /// @notice Sets the longest validity one verification may grant (1 hour to 90 days). Owner.
    function setMaxVerificationTtl(uint64 ttl) external onlyOwner {
        if (ttl < 1 hours || ttl > 90 days) revert VerificationTtlOutOfRange(ttl);
        maxVerificationTtl = ttl;
        emit MaxVerificationTtlSet(ttl);
    }

    // ================================================================ machines

    /// @inheritdoc INodeRegistry
    function listMachine(
        bytes32 machineId,
        bytes32 gpuClass,
        uint32 gpuCount,
        string calldata metadataCID,
        string calldata endpoint
    ) external {
        if (machineId == bytes32(0)) revert ZeroMachineId();
        if (gpuCount == 0) revert ZeroGpus();
        if (gpuCount > MAX_GPUS_PER_MACHINE) revert TooManyGpus(gpuCount, MAX_GPUS_PER_MACHINE);
        MachineRecord storage m = _machines[machineId];
        if (m.listed) revert MachineAlreadyListed(machineId);
        if (m.provider != address(0) && m.provider != msg.sender) {
            revert MachineOwnedByOther(machineId, m.provider);
        }
        uint256 required = staking.lockForListing(msg.sender, gpuClass, gpuCount);
        uint32 index = m.index;
        if (index == 0) {
            index = ++_machineCount;
            _machineIdAt[index] = machineId;
        }
        // gpuCount <= MAX_GPUS_PER_MACHINE fits 8 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        _setSlot0(m, uint8(gpuCount), index);
        m.gpuClass = gpuClass;
        // required <= minimum per GPU (<= 1e36) x 32 < 2^128
        // forge-lint: disable-next-line(unsafe-typecast)
        m.lockedStake = uint128(required);
        m.verificationSeq = 0;
        m.verifiedAt = 0;
        _setMetadata(m, metadataCID, endpoint);
        emit MachineListed(machineId, msg.sender, gpuClass, gpuCount, required, index, metadataCID, endpoint);
    }

    /// @inheritdoc INodeRegistry
    function delistMachine(bytes32 machineId) external {
        MachineRecord storage m = _listedMachineOf(machineId);
        uint32 reserved = _reservedCount(m);
        if (reserved != 0) revert GpusStillReserved(machineId, reserved);
        uint256 unlocked = m.lockedStake;
        m.listed = false;
        m.verifiedUntil = 0;
        m.lockedStake = 0;
        m.verificationSeq = 0;
        emit MachineDelisted(machineId, msg.sender, unlocked);
        staking.unlockListing(msg.sender, unlocked);
    }

    /// @inheritdoc INodeRegistry
    function updateMachineMetadata(bytes32 machineId, string calldata metadataCID, string calldata endpoint)
        external
    {
        _setMetadata(_listedMachineOf(machineId), metadataCID, endpoint);
        emit MachineMetadataUpdated(machineId, metadataCID, endpoint);
    }

    /// @inheritdoc INodeRegistry
    function verifyMachine(Verification calldata v, bytes32 attestationId, bytes calldata signatures)
        external
        nonReentrant
    {
        MachineRecord storage m = _machines[v.machineId];
        _checkVerification(m, v);
        quorum.consume(
            Attestations.KIND_HARDWARE_VERIFICATION,
            attestationId,
            Attestations.hardwareVerificationHash(
                v.machineId, v.gpuClass, v.gpuCount, v.gpuIds, v.verifiedAt, v.expiresAt
            ),
            signatures
        );
        uint64 seq = _claimGpus(m, v);
        emit MachineVerified(
            v.machineId, v.gpuClass, attestationId, v.gpuCount, v.gpuIds, v.verifiedAt, v.expiresAt, seq
        );
    }

    /// @inheritdoc INodeRegistry
    function setInspectorEndpoint(string calldata endpoint) external {
        if (staking.activeStake(msg.sender, IStaking.Role.Inspector) == 0) revert NotAnInspector(msg.sender);
        _checkLength(endpoint);
        _endpoints[msg.sender] = endpoint;
        emit InspectorEndpointSet(msg.sender, endpoint);
    }

    // ================================================================ reservations (the escrow)

    /// @inheritdoc INodeRegistry
    function reserveGpus(bytes32 machineId, uint32 gpus, uint64 until)
        external
        onlyLeaseEscrow
        returns (address provider, uint32 index, uint32 gpuMask)
    {
        if (gpus == 0) revert ZeroGpus();
        MachineRecord storage m = _machines[machineId];
        provider = _checkRentable(machineId, m);
        index = m.index;
        uint256 count = m.gpuCount;
        uint256 time = SafeCast.toUint32(until);
        uint256 picked;
        for (uint256 w; w * 8 < count && picked < gpus; ++w) {
            uint256 word = m.busyWords[w];
            uint256 before = word;
            for (uint256 j; j < 8 && w * 8 + j < count && picked < gpus; ++j) {
                uint256 shift = 32 * j;
                if ((word >> shift) & 0xffffffff <= block.timestamp) {
                    word = (word & ~(uint256(0xffffffff) << shift)) | (time << shift);
                    // w * 8 + j < MAX_GPUS_PER_MACHINE = 32: the bit fits the mask
                    // forge-lint: disable-next-line(unsafe-typecast)
                    gpuMask |= uint32(uint256(1) << (w * 8 + j));
                    ++picked;
                }
            }
            if (word != before) m.busyWords[w] = word;
        }
        // Short of GPUs, the scan covered every slot, so `picked` is how many were free.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (picked < gpus) revert InsufficientFreeGpus(machineId, uint32(picked), gpus);
        emit GpusReserved(machineId, gpuMask, until);
    }

    /// @inheritdoc INodeRegistry
    function extendGpus(uint32 index, uint32 gpuMask, uint64 until, uint64 newUntil)
        external
        onlyLeaseEscrow
    {
        bytes32 machineId = _machineIdAt[index];
        MachineRecord storage m = _machines[machineId];
        _checkRentable(machineId, m);
        _moveHold(m, machineId, gpuMask, until, SafeCast.toUint32(newUntil), true);
        emit GpusReserved(machineId, gpuMask, newUntil);
    }

    /// @inheritdoc INodeRegistry
    /// @dev Never blocked by listing, verification or collateral, so leases can always stop.
    function releaseGpus(uint32 index, uint32 gpuMask, uint64 until) external onlyLeaseEscrow {
        bytes32 machineId = _machineIdAt[index];
        if (machineId == bytes32(0)) revert UnknownMachineIndex(index);
        _moveHold(_machines[machineId], machineId, gpuMask, until, block.timestamp, false);
        emit GpusReleased(machineId, gpuMask, uint64(block.timestamp));
    }

    /// @inheritdoc INodeRegistry
    function syncCollateral(address provider, bool under) external {
        if (msg.sender != address(staking)) revert NotStaking(msg.sender);
        underCollateralised[provider] = under;
        emit CollateralSynced(provider, under);
    }

    // ================================================================ views

    /// @inheritdoc INodeRegistry
    function machineAt(uint32 index) external view returns (bytes32 machineId, address provider) {
        machineId = _machineIdAt[index];
        provider = _machines[machineId].provider;
    }

    /// @inheritdoc INodeRegistry
    function machine(bytes32 machineId) external view returns (Machine memory v) {
        MachineRecord storage m = _machines[machineId];
        v.provider = m.provider;
        v.index = m.index;
        v.gpuCount = m.gpuCount;
        v.reservedGpus = _reservedCount(m);
        v.listed = m.listed;
        v.gpuClass = m.gpuClass;
        v.lockedStake = m.lockedStake;
        v.verifiedAt = m.verifiedAt;
        v.verifiedUntil = m.verifiedUntil;
        v.metadataCID = m.metadataCID;
        v.endpoint = m.endpoint;
    }

    /// @inheritdoc INodeRegistry
    function isRentable(bytes32 machineId) external view returns (bool) {
        MachineRecord storage m = _machines[machineId];
        if (!m.listed || underCollateralised[m.provider]) return false;
        return m.verifiedUntil > block.timestamp || !_verificationRequired(m.gpuClass);
    }

    /// @notice Until when each GPU slot of `machineId` is held (0 or a past time: free).
    function gpuHolds(bytes32 machineId) external view returns (uint64[] memory holds) {
        MachineRecord storage m = _machines[machineId];
        holds = new uint64[](m.gpuCount);
        for (uint256 i; i < holds.length; ++i) {
            holds[i] = uint64((m.busyWords[i / 8] >> (32 * (i % 8))) & 0xffffffff);
        }
    }

    /// @inheritdoc INodeRegistry
    function gpuHolder(bytes32 gpuId) external view returns (bytes32 machineId, uint64 expiresAt) {
        GpuClaim memory c = _claims[gpuId];
        if (!_live(c)) return (bytes32(0), 0);
        return (_machineIdAt[c.machineIndex], c.expiresAt);
    }

    /// @inheritdoc INodeRegistry
    function inspectorEndpoint(address inspector) external view returns (string memory) {
        return _endpoints[inspector];
    }

    /// @notice The provider that listed `machineId` (zero if never listed).
    function machineProvider(bytes32 machineId) external view returns (address) {
        return _machines[machineId].provider;
    }

    /// @notice Number of machines ever listed (the largest machine index).
    function machineCount() external view returns (uint32) {
        return _machineCount;
    }

    // ================================================================ internals

    function _setSlot0(MachineRecord storage m, uint8 gpuCount, uint32 index) private {
        m.provider = msg.sender;
        m.gpuCount = gpuCount;
        m.listed = true;
        m.index = index;
        m.verifiedUntil = 0;
    }

    function _setMetadata(MachineRecord storage m, string calldata metadataCID, string calldata endpoint)
        private
    {
        _checkLength(metadataCID);
        _checkLength(endpoint);
        m.metadataCID = metadataCID;
        m.endpoint = endpoint;
    }

    function _checkLength(string calldata value) private pure {
        if (bytes(value).length > MAX_STRING_LENGTH) {
            revert StringTooLong(bytes(value).length, MAX_STRING_LENGTH);
        }
    }

    function _listedMachineOf(bytes32 machineId) private view returns (MachineRecord storage m) {
        m = _machines[machineId];
        if (!m.listed) revert MachineNotListed(machineId);
        if (m.provider != msg.sender) revert NotMachineProvider(machineId, msg.sender);
    }

    /// @dev Listed, verified where required, collateralised; returns the provider.
    function _checkRentable(bytes32 machineId, MachineRecord storage m)
        private
        view
        returns (address provider)
    {
        provider = m.provider;
        if (!m.listed) revert MachineNotListed(machineId);
        uint40 verifiedUntil = m.verifiedUntil;
        // Ordered so the common cases read nothing more: a verified machine stops at the first test, an
        // unverified one where verification is off at the second (the class is read only when it matters).
        if (verifiedUntil <= block.timestamp && requireVerification && !verificationExempt[m.gpuClass]) {
            revert MachineNotVerified(machineId, verifiedUntil);
        }
        if (underCollateralised[provider]) revert InsufficientCollateral(provider);
    }

    function _verificationRequired(bytes32 gpuClass) private view returns (bool) {
        return requireVerification && !verificationExempt[gpuClass];
    }

    function _checkVerification(MachineRecord storage m, Verification calldata v) private view {
        if (!m.listed) revert MachineNotListed(v.machineId);
        if (m.gpuClass != v.gpuClass || m.gpuCount != v.gpuCount || v.gpuIds.length != v.gpuCount) {
            revert VerificationMismatch(v.machineId, v.gpuClass, v.gpuCount);
        }
        uint64 ttl = maxVerificationTtl;
        if (
            v.verifiedAt > block.timestamp || v.expiresAt <= block.timestamp || v.expiresAt <= v.verifiedAt
                || v.expiresAt - v.verifiedAt > ttl
        ) revert InvalidVerificationTimes(v.verifiedAt, v.expiresAt, block.timestamp, ttl);
        if (v.verifiedAt <= m.verifiedAt) revert VerificationNotNewer(v.verifiedAt, m.verifiedAt);
        bytes32 previous;
        for (uint256 i; i < v.gpuIds.length; ++i) {
            if (v.gpuIds[i] <= previous) revert GpuIdsNotAscending(i);
            previous = v.gpuIds[i];
        }
    }

    /// @dev Claims each GPU identity for the machine's new verification (reverting on a live claim by another
    /// machine) and makes it the machine's current one, which retires its older claims.
    function _claimGpus(MachineRecord storage m, Verification calldata v) private returns (uint64 seq) {
        seq = ++_verificationCount;
        uint32 index = m.index;
        // expiresAt <= verifiedAt + maxVerificationTtl <= now + 90 days fits 40 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        uint40 until = uint40(v.expiresAt);
        for (uint256 i; i < v.gpuIds.length; ++i) {
            bytes32 gpuId = v.gpuIds[i];
            GpuClaim memory c = _claims[gpuId];
            if (c.machineIndex != index && _live(c)) {
                revert GpuBacksOtherMachine(gpuId, _machineIdAt[c.machineIndex]);
            }
            _claims[gpuId] = GpuClaim({machineIndex: index, seq: seq, expiresAt: until});
        }
        m.verifiedUntil = until;
        m.verificationSeq = seq;
        // verifiedAt <= now fits 40 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        m.verifiedAt = uint40(v.verifiedAt);
    }

    /// @dev Unexpired and still its machine's current verification.
    function _live(GpuClaim memory c) private view returns (bool) {
        return c.machineIndex != 0 && c.expiresAt > block.timestamp
            && _machines[_machineIdAt[c.machineIndex]].verificationSeq == c.seq;
    }

    /// @dev GPUs of `m` held past now.
    function _reservedCount(MachineRecord storage m) private view returns (uint32 reserved) {
        uint256 count = m.gpuCount;
        for (uint256 w; w * 8 < count; ++w) {
            uint256 word = m.busyWords[w];
            for (uint256 j; j < 8 && w * 8 + j < count; ++j) {
                if ((word >> (32 * j)) & 0xffffffff > block.timestamp) ++reserved;
            }
        }
    }

    /// @dev Moves every GPU in `gpuMask` held until `until` to `time`. `strict` (an extension): each must be held
    /// until exactly `until`, else it reverts. Otherwise (a release) GPUs held until another time are another
    /// lease's and are skipped, as is everything when `until` has already passed.
    function _moveHold(
        MachineRecord storage m,
        bytes32 machineId,
        uint32 gpuMask,
        uint64 until,
        uint256 time,
        bool strict
    ) private {
        if (!strict && until <= block.timestamp) return;
        if (gpuMask == 0 || uint256(gpuMask) >> m.gpuCount != 0) {
            revert GpusNotHeld(machineId, gpuMask, until);
        }
        for (uint256 w; w < 4; ++w) {
            uint256 bits = (uint256(gpuMask) >> (8 * w)) & 0xff;
            if (bits == 0) continue;
            uint256 word = m.busyWords[w];
            uint256 before = word;
            for (uint256 j; j < 8; ++j) {
                if (bits & (uint256(1) << j) == 0) continue;
                uint256 shift = 32 * j;
                if ((word >> shift) & 0xffffffff != until) {
                    if (strict) revert GpusNotHeld(machineId, gpuMask, until);
                    continue;
                }
                word = (word & ~(uint256(0xffffffff) << shift)) | (time << shift);
            }
            if (word != before) m.busyWords[w] = word;
        }
    }
}
