// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {IStaking} from "./interfaces/IStaking.sol";

/// @title AttestationQuorum
/// @notice Verifies k-of-n EIP-712 attestations signed by idlegrid's inspectors and makes each one take effect at
/// most once. It is the only place signatures are checked: LeaseEscrow (breach, completion), Staking (slash),
/// GridPriceOracle (GRID/USD) and Rewards (epoch roots) all call `consume`.
/// @dev Security properties (protocol invariants 17-20, 22):
/// - the digest binds the chain id and this contract (EIP-712 domain) and the consumer contract, the attestation
///   kind and the signer-set version (struct fields), so a signature is valid for exactly one use site;
/// - signatures must come from distinct current signers in strictly ascending address order, with OpenZeppelin's
///   ECDSA rejecting malleable (high-s) signatures and invalid ones (which `ecrecover` maps to address zero);
/// - (consumer, kind, id) is consumed once, whatever the payload or signer-set version;
/// - the signer set changes only through a proposal that takes effect after `signerSetDelay`, and only to staked
///   inspectors. A signer whose inspector stake drops below the minimum can be removed by anyone at once.
/// - with no signer set applied every path reverts; thresholds must be a strict majority of the set.
contract AttestationQuorum is IAttestationQuorum, EIP712, Ownable2Step {
    /// @notice Upper bound on the signer set, which bounds every loop in this contract.
    uint256 public constant MAX_SIGNERS = 32;

    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(uint8 kind,address target,bytes32 id,uint64 signerSetVersion,bytes32 payloadHash)"
    );

    /// @notice Where inspector stake is checked when a signer set is applied or a signer is removed.
    IStaking public immutable staking;

    /// @notice Seconds between a signer-set proposal and the earliest moment it can be applied.
    uint64 public immutable signerSetDelay;

    // Active set. Version and threshold share a slot, read together on every verification.
    uint64 private _version;
    uint8 private _threshold;
    address[] private _signers;
    /// @dev The latest version each address was a signer in; an address signs for the active set iff this
    /// equals `_version`. Rotating never has to clear old entries.
    mapping(address signer => uint64 version) private _memberOf;

    struct PendingSignerSet {
        uint64 effectiveAt;
        uint8 threshold;
        address[] signers;
    }

    PendingSignerSet private _pending;

    mapping(bytes32 key => bool) private _consumed;

    event SignerRemoved(uint64 indexed version, address indexed signer, uint8 threshold);

    error UnknownKind();
    error ZeroStaking();
    error NotASigner(address signer);
    error SignerStillActive(address signer);

    /// @param owner_ Governance (a timelock in production).
    /// @param staking_ The staking contract whose active inspectors may sign.
    /// @param signerSetDelay_ Delay before a proposed signer set can be applied.
    constructor(address owner_, IStaking staking_, uint64 signerSetDelay_)
        EIP712("idlegrid AttestationQuorum", "1")
        Ownable(owner_)
    {
        if (address(staking_) == address(0)) revert ZeroStaking();
        staking = staking_;
        signerSetDelay = signerSetDelay_;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Verification
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc IAttestationQuorum
    function consume(uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures) external {
        bytes32 key = _consumedKey(msg.sender, kind, id);
        if (_consumed[key]) revert AttestationAlreadyConsumed(msg.sender, kind, id);
        _verify(msg.sender, kind, id, payloadHash, signatures);
        _consumed[key] = true;
        emit AttestationConsumed(msg.sender, kind, id, payloadHash, _version);
    }

    /// @inheritdoc IAttestationQuorum
    function verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures)
        external
        view
        returns (uint256)
    {
        return _verify(target, kind, id, payloadHash, signatures);
    }

    /// @inheritdoc IAttestationQuorum
    function attestationDigest(address target, uint8 kind, bytes32 id, bytes32 payloadHash)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(ATTESTATION_TYPEHASH, kind, target, id, _version, payloadHash))
        );
    }

    /// @inheritdoc IAttestationQuorum
    function consumed(address target, uint8 kind, bytes32 id) external view returns (bool) {
        return _consumed[_consumedKey(target, kind, id)];
    }

    function _verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures)
        private
        view
        returns (uint256 count)
    {
        uint64 version = _version;
        uint256 threshold = _threshold;
        if (version == 0) revert NoActiveSignerSet();
        if (kind == 0) revert UnknownKind();
        if (id == bytes32(0)) revert ZeroAttestationId();
        if (payloadHash == bytes32(0)) revert ZeroPayloadHash();
        if (signatures.length % 65 != 0) revert SignaturesLength(signatures.length);
        count = signatures.length / 65;
        if (count < threshold) revert NotEnoughSignatures(count, threshold);

        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(ATTESTATION_TYPEHASH, kind, target, id, version, payloadHash))
        );
        address previous;
        for (uint256 i; i < count; ++i) {
            bytes32 r;
            bytes32 s;
            uint8 v;
            assembly ("memory-safe") {
                let p := add(signatures.offset, mul(i, 65))
                r := calldataload(p)
                s := calldataload(add(p, 32))
                v := byte(0, calldataload(add(p, 64)))
            }
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
            if (err != ECDSA.RecoverError.NoError) revert InvalidSignature(i);
            // Strictly ascending also rules out duplicates; `previous` starts at zero, which tryRecover never
            // returns without an error.
            if (signer <= previous) revert SignatureOrder(i);
            if (_memberOf[signer] != version) revert UnknownSigner(i, signer);
            previous = signer;
        }
    }

    function _consumedKey(address target, uint8 kind, bytes32 id) private pure returns (bytes32) {
        return keccak256(abi.encode(target, kind, id));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signer-set governance
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Proposes a new signer set; it can be applied after `signerSetDelay`. Replaces any pending one.
    /// @param signers The signers in strictly ascending address order, at most MAX_SIGNERS.
    /// @param threshold Signatures required: a strict majority of the set (2k > n) and at most n.
    function proposeSignerSet(address[] calldata signers, uint8 threshold) external onlyOwner {
        _checkSignerSet(signers, threshold);
        uint64 effectiveAt = uint64(block.timestamp) + signerSetDelay;
        _pending.effectiveAt = effectiveAt;
        _pending.threshold = threshold;
        _pending.signers = signers;
        emit SignerSetProposed(_version + 1, threshold, signers, effectiveAt);
    }

    /// @notice Cancels the pending signer-set proposal.
    function cancelSignerSetProposal() external onlyOwner {
        if (_pending.effectiveAt == 0) revert NoPendingSignerSet();
        delete _pending;
        emit SignerSetProposalCancelled(_version + 1);
    }

    /// @notice Applies the pending signer set once its delay has passed. Anyone can call it. Every signer must be
    /// an active inspector at this moment.
    function applySignerSet() external {
        uint64 effectiveAt = _pending.effectiveAt;
        if (effectiveAt == 0) revert NoPendingSignerSet();
        if (block.timestamp < effectiveAt) {
            revert SignerSetNotYetEffective(effectiveAt, uint64(block.timestamp));
        }
        address[] memory signers = _pending.signers;
        uint8 threshold = _pending.threshold;
        delete _pending;
        for (uint256 i; i < signers.length; ++i) {
            if (!staking.isActiveInspector(signers[i])) revert SignerNotActiveInspector(signers[i]);
        }
        _install(signers, threshold);
        emit SignerSetApplied(_version, threshold, signers);
    }

    /// @notice Removes a signer whose inspector stake is no longer active (below the minimum or unbonded), at once
    /// and by anyone: stake that is gone must not keep signing. Bumps the version, so attestations signed for the
    /// previous set must be signed again. The threshold stays; if it exceeds the remaining signers, verification
    /// halts until governance applies a new set (failing closed).
    function removeInactiveSigner(address signer) external {
        uint64 version = _version;
        if (version == 0 || _memberOf[signer] != version) revert NotASigner(signer);
        if (staking.isActiveInspector(signer)) revert SignerStillActive(signer);
        address[] memory remaining = new address[](_signers.length - 1);
        uint256 j;
        for (uint256 i; i < _signers.length; ++i) {
            if (_signers[i] != signer) remaining[j++] = _signers[i];
        }
        _install(remaining, _threshold);
        emit SignerRemoved(_version, signer, _threshold);
    }

    function _install(address[] memory signers, uint8 threshold) private {
        uint64 version = _version + 1;
        _version = version;
        _threshold = threshold;
        _signers = signers;
        for (uint256 i; i < signers.length; ++i) {
            _memberOf[signers[i]] = version;
        }
    }

    function _checkSignerSet(address[] calldata signers, uint8 threshold) private pure {
        uint256 n = signers.length;
        if (n == 0) revert EmptySignerSet();
        if (n > MAX_SIGNERS) revert TooManySigners(n, MAX_SIGNERS);
        if (threshold == 0 || threshold > n || uint256(threshold) * 2 <= n) {
            revert InvalidThreshold(threshold, n);
        }
        address previous;
        for (uint256 i; i < n; ++i) {
            if (signers[i] == address(0)) revert ZeroSigner(i);
            if (signers[i] <= previous) revert SignersNotAscending(i);
            previous = signers[i];
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc IAttestationQuorum
    function signerSet() external view returns (SignerSet memory) {
        return SignerSet({version: _version, threshold: _threshold, signers: _signers});
    }

    /// @notice The pending proposal, if any (effectiveAt = 0 when none).
    function pendingSignerSet()
        external
        view
        returns (uint64 effectiveAt, uint8 threshold, address[] memory signers)
    {
        return (_pending.effectiveAt, _pending.threshold, _pending.signers);
    }

    /// @notice Whether `account` signs for the active signer set.
    function isSigner(address account) external view returns (bool) {
        return _version != 0 && _memberOf[account] == _version;
    }

    /// @notice The EIP-712 domain separator (chain id and this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }
}
