// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EscrowFixture} from "./utils/EscrowFixture.sol";
import {MockUSD} from "./mocks/MockUSD.sol";
import {LeaseJournal} from "../src/LeaseJournal.sol";
import {ILeaseEscrow} from "../src/interfaces/ILeaseEscrow.sol";
import {IAttestationQuorum} from "../src/interfaces/IAttestationQuorum.sol";
import {Attestations} from "../src/Attestations.sol";

/// @notice LeaseJournal against the real escrow and quorum: a job named after opening, once, by the renter; the
/// renter's completion and the quorum's, which supersedes it.
contract LeaseJournalTest is EscrowFixture {
    address internal provider;
    uint256 internal providerKey;
    bytes32[] internal machines;
    address internal renter;
    address internal stranger;
    uint256 internal nonce;

    string internal constant RESULT = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    function setUp() public {
        _deployProtocol(new MockUSD());
        (provider, providerKey, machines) = _addProvider("provider", 1);
        renter = _addRenter("renter", 1e15, 0);
        stranger = makeAddr("stranger");
    }

    function _openWithJob(bytes32 jobCID) internal returns (uint256 id) {
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, 1_000 * UNIT, nonce++);
        bytes memory sig = _signQuote(providerKey, q);
        vm.prank(renter);
        id = escrow.openLease(q, sig, 1 days, ILeaseEscrow.PayToken.USD, type(uint256).max, jobCID, "");
    }

    function _attestCompletion(uint256 id, string memory cid)
        internal
        returns (bytes32 att, bytes memory sigs)
    {
        att = _nextAttestationId();
        sigs = _attest(
            address(journal), Attestations.KIND_COMPLETION, att, Attestations.completionHash(id, cid)
        );
    }

    function test_setJob_renterOnceWhenOpenedWithout() public {
        uint256 id = _openWithJob(bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.NotRenter.selector, id, stranger));
        vm.prank(stranger);
        journal.setJob(id, JOB_CID);
        vm.expectRevert(LeaseJournal.ZeroJob.selector);
        vm.prank(renter);
        journal.setJob(id, bytes32(0));
        vm.expectEmit(address(journal));
        emit LeaseJournal.JobSet(id, JOB_CID);
        vm.prank(renter);
        journal.setJob(id, JOB_CID);
        (bool jobSet,,) = journal.records(id);
        vm.assertTrue(jobSet, "job set");
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.JobAlreadySet.selector, id));
        vm.prank(renter);
        journal.setJob(id, keccak256("another job"));
    }

    function test_setJob_refusedWhenNamedAtOpenOrNotOpen() public {
        uint256 id = _openWithJob(JOB_CID);
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.JobAlreadySet.selector, id));
        vm.prank(renter);
        journal.setJob(id, keccak256("swap the job"));
        uint256 id2 = _openWithJob(bytes32(0));
        vm.prank(renter);
        escrow.closeLease(id2);
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.LeaseNotOpen.selector, id2));
        vm.prank(renter);
        journal.setJob(id2, JOB_CID);
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.LeaseNotFound.selector, 99));
        journal.setJob(99, JOB_CID);
    }

    function test_recordCompletion() public {
        uint256 id = _openWithJob(JOB_CID);
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.NotRenter.selector, id, stranger));
        vm.prank(stranger);
        journal.recordCompletion(id, RESULT);
        vm.expectRevert(LeaseJournal.EmptyResultCID.selector);
        vm.prank(renter);
        journal.recordCompletion(id, "");
        vm.expectEmit(address(journal));
        emit LeaseJournal.CompletionRecorded(id, keccak256(bytes(RESULT)), RESULT, false);
        vm.prank(renter);
        journal.recordCompletion(id, RESULT);
        (, bool completed, bool attested) = journal.records(id);
        vm.assertTrue(completed, "completed");
        vm.assertFalse(attested, "by the renter");
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.CompletionAlreadyRecorded.selector, id));
        vm.prank(renter);
        journal.recordCompletion(id, RESULT);
        // After the lease closed, the record stays and a close does not need one.
        vm.prank(renter);
        escrow.closeLease(id);
    }

    /// @notice Regression, issue #9 hole 6 (completion): in v1 a renter's self-reported completion blocked the
    /// inspectors' attested one forever (CompletionAlreadyRecorded). Caught: v1 kept one completion flag. Now an
    /// attested completion supersedes the renter's, and nothing replaces an attested one.
    function test_regression_attestedCompletionSupersedesTheRenters() public {
        uint256 id = _openWithJob(JOB_CID);
        vm.prank(renter);
        journal.recordCompletion(id, "renter-says");
        (bytes32 att, bytes memory sigs) = _attestCompletion(id, RESULT);
        vm.expectEmit(address(journal));
        emit LeaseJournal.CompletionRecorded(id, keccak256(bytes(RESULT)), RESULT, true);
        vm.prank(stranger); // anyone submits it
        journal.attestCompletion(id, RESULT, att, sigs);
        (, bool completed, bool attested) = journal.records(id);
        vm.assertTrue(completed && attested, "attested record");
        (att, sigs) = _attestCompletion(id, "another");
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.CompletionAlreadyRecorded.selector, id));
        journal.attestCompletion(id, "another", att, sigs);
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.CompletionAlreadyRecorded.selector, id));
        vm.prank(renter);
        journal.recordCompletion(id, "renter again");
    }

    function test_attestCompletion_checks() public {
        uint256 id = _openWithJob(JOB_CID);
        (bytes32 att, bytes memory sigs) = _attestCompletion(id, RESULT);
        vm.expectRevert(abi.encodeWithSelector(LeaseJournal.LeaseNotFound.selector, 99));
        journal.attestCompletion(99, RESULT, att, sigs);
        // Signed for the escrow instead of the journal: refused by the quorum.
        bytes32 att2 = _nextAttestationId();
        bytes memory wrongTarget = _attest(
            address(escrow), Attestations.KIND_COMPLETION, att2, Attestations.completionHash(id, RESULT)
        );
        vm.expectRevert();
        journal.attestCompletion(id, RESULT, att2, wrongTarget);
        journal.attestCompletion(id, RESULT, att, sigs);
        vm.assertTrue(quorum.consumed(address(journal), Attestations.KIND_COMPLETION, att), "consumed");
    }

    function test_constructor_rejectsZero() public {
        vm.expectRevert(LeaseJournal.ZeroAddress.selector);
        new LeaseJournal(ILeaseEscrow(address(0)), quorum);
        vm.expectRevert(LeaseJournal.ZeroAddress.selector);
        new LeaseJournal(escrow, IAttestationQuorum(address(0)));
    }
}
