// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IAttestationQuorum
/// @notice The single k-of-n verifier of inspector attestations. Every consumer contract (escrow breaches and
/// completions, slashes, hardware verifications, reward roots, the GRID/USD rate, later the Solana gateway) calls
/// `consume`, which verifies the signatures and marks the attestation id used, so an attestation takes effect at
/// most once. A signature counts only while its signer is in the active set AND its active inspector stake is at
/// least the inspector minimum (Staking pushes every change of either here, so the check is one storage read).
/// @dev Signed digest (EIP-712, domain name "idlegrid AttestationQuorum", version "1", chain id, this contract):
///   Attestation(uint8 kind,address target,bytes32 id,uint64 signerSetVersion,bytes32 payloadHash)
/// `target` is the consumer contract (msg.sender of `consume`), `payloadHash` is the kind-specific
/// `Attestations.*Hash` of the payload. Signatures are 65-byte (r, s, v) concatenated, ordered by strictly
/// ascending signer address.
interface IAttestationQuorum {
    /// @notice The active signer set: version, threshold k and the n signers (ascending).
    struct SignerSet {
        uint64 version;
        uint8 threshold;
        address[] signers;
    }

    event SignerSetProposed(uint64 indexed version, uint8 threshold, address[] signers, uint64 effectiveAt);
    event SignerSetApplied(uint64 indexed version, uint8 threshold, address[] signers);
    event SignerSetProposalCancelled(uint64 indexed version);
    /// @notice `target` consumed attestation `id` of `kind` over `payloadHash`, signed under signer set
    /// `signerSetVersion`. `signers` says whose signatures counted: bit i is the i-th signer of that set (the order
    /// of `SignerSetApplied.signers`, ascending addresses). Enough to credit each inspector with the attestations
    /// it co-signed from logs alone.
    event AttestationConsumed(
        address indexed target,
        uint8 indexed kind,
        bytes32 indexed id,
        bytes32 payloadHash,
        uint64 signerSetVersion,
        uint32 signers
    );

    error EmptySignerSet();
    error TooManySigners(uint256 count, uint256 max);
    error InvalidThreshold(uint256 threshold, uint256 signers);
    error SignersNotAscending(uint256 index);
    error ZeroSigner(uint256 index);
    error SignerNotActiveInspector(address signer);
    error NoPendingSignerSet();
    error SignerSetNotYetEffective(uint64 effectiveAt, uint64 nowTs);
    error SignerSetProposalExpired(uint64 expiredAt, uint64 nowTs);
    error NoActiveSignerSet();
    error SignaturesLength(uint256 length);
    error NotEnoughSignatures(uint256 have, uint256 need);
    error InvalidSignature(uint256 index);
    error UnknownSigner(uint256 index, address signer);
    error SignatureOrder(uint256 index);
    error AttestationAlreadyConsumed(address target, uint8 kind, bytes32 id);
    error ZeroAttestationId();
    error ZeroPayloadHash();

    /// @notice Verifies a k-of-n attestation addressed to msg.sender and marks (msg.sender, kind, id) consumed.
    /// @param kind One of `Attestations.KIND_*`.
    /// @param id Unique message id chosen by the inspectors (for slashes: the evidence id).
    /// @param payloadHash Kind-specific payload hash (see `Attestations`).
    /// @param signatures k or more 65-byte signatures ordered by ascending signer address.
    function consume(uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures) external;

    /// @notice Verifies without consuming; reverts with the reason when the attestation is not valid.
    /// @return signers The number of valid signatures counted (signers whose stake is below the minimum are
    /// not counted).
    function verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures)
        external
        view
        returns (uint256 signers);

    /// @notice The EIP-712 digest inspectors sign for an attestation under the current signer set.
    function attestationDigest(address target, uint8 kind, bytes32 id, bytes32 payloadHash)
        external
        view
        returns (bytes32);

    /// @notice Whether (target, kind, id) has been consumed.
    function consumed(address target, uint8 kind, bytes32 id) external view returns (bool);

    /// @notice The active signer set.
    function signerSet() external view returns (SignerSet memory);

    /// @notice Seconds between a signer-set proposal and the earliest moment it can be applied (> 0).
    function signerSetDelay() external view returns (uint64);

    /// @notice Staking reports `account`'s active inspector stake after every change. Only Staking.
    function syncStake(address account, uint256 activeStake) external;

    /// @notice Staking reports a new inspector minimum once it takes effect. Only Staking.
    function syncMinStake(uint256 minStake) external;
}
