// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ILeaseEscrow} from "./interfaces/ILeaseEscrow.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {Attestations} from "./Attestations.sol";

/// @title LeaseJournal
/// @notice What a lease ran and what came of it, apart from the money: the job a renter names after opening a
/// lease without one (once), and the job's completion, recorded by the renter or attested by the inspector quorum
/// (an attested completion supersedes the renter's own; reputation counts the attested one).
/// @dev The escrow emits the job CID a lease was opened with (LeaseOpened.jobCID); this contract takes the later
/// one, reading from the escrow who rents the lease and whether it already named a job. It never moves funds.
contract LeaseJournal {
    /// @notice The escrow whose leases this journal records.
    ILeaseEscrow public immutable escrow;
    /// @notice Verifies completion attestations (target: this contract).
    IAttestationQuorum public immutable quorum;

    uint8 private constant JOB = 1;
    uint8 private constant COMPLETED = 2;
    uint8 private constant ATTESTED = 4;

    mapping(uint256 leaseId => uint8 flags) private _flags;

    /// @notice The renter named its job (digest of the job spec's IPFS CID) after opening without one.
    event JobSet(uint256 indexed leaseId, bytes32 jobCID);
    /// @notice A completion with result `resultCID`, by the renter (`attested` false) or the quorum.
    event CompletionRecorded(
        uint256 indexed leaseId, bytes32 indexed cidHash, string resultCID, bool attested
    );

    error ZeroAddress();
    error LeaseNotFound(uint256 leaseId);
    error LeaseNotOpen(uint256 leaseId);
    error NotRenter(uint256 leaseId, address caller);
    error ZeroJob();
    error JobAlreadySet(uint256 leaseId);
    error EmptyResultCID();
    error CompletionAlreadyRecorded(uint256 leaseId);

    /// @param escrow_ The lease escrow.
    /// @param quorum_ The attestation quorum.
    constructor(ILeaseEscrow escrow_, IAttestationQuorum quorum_) {
        if (address(escrow_) == address(0) || address(quorum_) == address(0)) revert ZeroAddress();
        escrow = escrow_;
        quorum = quorum_;
    }

    /// @notice Names the job of an open lease opened without one (jobCID = digest of the job spec's CID).
    /// Renter only, once.
    function setJob(uint256 leaseId, bytes32 jobCID) external {
        (address renter, ILeaseEscrow.LeaseStatus status, bool jobAtOpen) = escrow.leaseParties(leaseId);
        if (status == ILeaseEscrow.LeaseStatus.None) revert LeaseNotFound(leaseId);
        if (status != ILeaseEscrow.LeaseStatus.Open) revert LeaseNotOpen(leaseId);
        if (msg.sender != renter) revert NotRenter(leaseId, msg.sender);
        if (jobCID == bytes32(0)) revert ZeroJob();
        uint8 flags = _flags[leaseId];
        if (jobAtOpen || flags & JOB != 0) revert JobAlreadySet(leaseId);
        _flags[leaseId] = flags | JOB;
        emit JobSet(leaseId, jobCID);
    }

    /// @notice The renter records the job's result CID, unless a completion is already recorded.
    function recordCompletion(uint256 leaseId, string calldata resultCID) external {
        (address renter, ILeaseEscrow.LeaseStatus status,) = escrow.leaseParties(leaseId);
        if (status == ILeaseEscrow.LeaseStatus.None) revert LeaseNotFound(leaseId);
        if (msg.sender != renter) revert NotRenter(leaseId, msg.sender);
        _complete(leaseId, resultCID, false);
    }

    /// @notice Records a quorum-attested completion (kind `KIND_COMPLETION`, target this contract, payload
    /// `Attestations.completionHash(leaseId, resultCID)`); it supersedes the renter's own. Anyone can submit it.
    function attestCompletion(
        uint256 leaseId,
        string calldata resultCID,
        bytes32 attestationId,
        bytes calldata signatures
    ) external {
        (, ILeaseEscrow.LeaseStatus status,) = escrow.leaseParties(leaseId);
        if (status == ILeaseEscrow.LeaseStatus.None) revert LeaseNotFound(leaseId);
        quorum.consume(
            Attestations.KIND_COMPLETION,
            attestationId,
            Attestations.completionHash(leaseId, resultCID),
            signatures
        );
        _complete(leaseId, resultCID, true);
    }

    /// @notice A lease's records: a job named here (jobs named at open are in LeaseOpened), a completion, and
    /// whether the completion is attested.
    function records(uint256 leaseId) external view returns (bool jobSet, bool completed, bool attested) {
        uint8 flags = _flags[leaseId];
        return (flags & JOB != 0, flags & COMPLETED != 0, flags & ATTESTED != 0);
    }

    function _complete(uint256 leaseId, string calldata resultCID, bool attested) private {
        if (bytes(resultCID).length == 0) revert EmptyResultCID();
        uint8 flags = _flags[leaseId];
        // The renter's own record yields to an attested one; nothing replaces an attested record.
        if (flags & (attested ? ATTESTED : COMPLETED) != 0) revert CompletionAlreadyRecorded(leaseId);
        _flags[leaseId] = flags | COMPLETED | (attested ? ATTESTED : 0);
        emit CompletionRecorded(leaseId, keccak256(bytes(resultCID)), resultCID, attested);
    }
}
