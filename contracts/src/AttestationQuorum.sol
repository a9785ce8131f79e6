// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {IStaking} from "./interfaces/IStaking.sol";

/// @title AttestationQuorum
/// @notice Verifies k-of-n EIP-712 attestations signed by idlegrid's inspectors and makes each one take effect
/// at most once. It is the only place signatures are checked: LeaseEscrow (breach), LeaseJournal (completion),
/// Staking (slash), NodeRegistry (hardware verification), GridPriceOracle (GRID/USD) and Rewards (epoch roots)
/// all call `consume`, whose event names the signers that counted.
/// @dev Security properties (protocol invariants 17-20, 22):
/// - the digest binds the chain id and this contract (EIP-712 domain) and the consumer contract, the attestation
///   kind and the signer-set version (struct fields), so a signature is valid for exactly one use site;
/// - signatures must come from distinct current signers in strictly ascending address order; recovery rejects
///   malleable (high-s) signatures and invalid ones (which `ecrecover` maps to address zero), as OpenZeppelin's
///   ECDSA does;
/// - a signature counts only if its signer's active inspector stake is at least the inspector minimum at that
///   moment: Staking pushes every change of an inspector's active stake (`syncStake`) and of the minimum
///   (`syncMinStake`), and both sit in the slots verification already reads, so stake costs no extra SLOAD.
///   A signer that unbonds stops counting in the same transaction; nobody has to remove it, and signatures of the
///   other signers stay valid (the set's version does not change);
/// - (consumer, kind, id) is consumed once, whatever the payload or signer-set version;
/// - the signer set changes only through a proposal that takes effect after `signerSetDelay` (> 0) and expires
///   `PROPOSAL_LIFETIME` after that, and only to staked inspectors;
/// - with no signer set applied every path reverts; thresholds must be a strict majority of the set.
contract AttestationQuorum is IAttestationQuorum, EIP712, Ownable2Step {
    /// @notice Upper bound on the signer set, which bounds every loop in this contract.
    uint256 public constant MAX_SIGNERS = 32;
    /// @notice How long a due proposal stays applicable: a stale proposal must be proposed again.
    uint64 public constant PROPOSAL_LIFETIME = 7 days;

    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(uint8 kind,address target,bytes32 id,uint64 signerSetVersion,bytes32 payloadHash)"
    );

    /// @notice Where inspector stake lives; the only caller of `syncStake` and `syncMinStake`.
    IStaking public immutable staking;

    /// @inheritdoc IAttestationQuorum
    uint64 public immutable signerSetDelay;

    /// @dev The active set's version and threshold and the inspector minimum, in one slot (a struct starts its
    /// own slot), read with one SLOAD on every verification.
    struct Config {
        uint64 version;
        uint8 threshold;
        uint96 minStake;
    }

    Config private _config;
    address[] private _signers;

    /// @dev Per address: the latest signer-set version it was a signer in (it signs for the active set iff this
    /// equals `_version`; rotating never has to clear old entries), its active inspector stake as Staking last
    /// reported it, and its position in that set (for the signer bitmap of `AttestationConsumed`). One slot:
    /// verification reads all three with one SLOAD.
    struct Member {
        uint64 version;
        uint96 stake;
        uint8 index;
    }

    mapping(address account => Member) private _members;

    struct PendingSignerSet {
        uint64 effectiveAt;
        uint8 threshold;
        address[] signers;
    }

    PendingSignerSet private _pending;

    mapping(bytes32 key => bool) private _consumed;

    event SignerStakeSynced(address indexed account, uint256 activeStake);
    event MinStakeSynced(uint256 minStake);

    error UnknownKind();
    error ZeroStaking();
    error ZeroSignerSetDelay();
    error NotStaking(address caller);
    error QuorumNotWiredInStaking(address wired);

    modifier onlyStaking() {
        if (msg.sender != address(staking)) revert NotStaking(msg.sender);
        _;
    }

    /// @param owner_ Governance (a timelock in production).
    /// @param staking_ The staking contract whose active inspectors may sign.
    /// @param signerSetDelay_ Delay before a proposed signer set can be applied (nonzero: a compromised governance
    /// key must not be able to install a signer set at once).
    constructor(address owner_, IStaking staking_, uint64 signerSetDelay_)
        EIP712("idlegrid AttestationQuorum", "1")
        Ownable(owner_)
    {
        if (address(staking_) == address(0)) revert ZeroStaking();
        if (signerSetDelay_ == 0) revert ZeroSignerSetDelay();
        staking = staking_;
        signerSetDelay = signerSetDelay_;
        _config.minStake = _toStake(staking_.inspectorMinStake());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Verification
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc IAttestationQuorum
    function consume(uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures) external {
        bytes32 key = _consumedKey(msg.sender, kind, id);
        if (_consumed[key]) revert AttestationAlreadyConsumed(msg.sender, kind, id);
        (, uint32 signers) = _verify(msg.sender, kind, id, payloadHash, signatures);
        _consumed[key] = true;
        emit AttestationConsumed(msg.sender, kind, id, payloadHash, _config.version, signers);
    }

    /// @inheritdoc IAttestationQuorum
    function verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures)
        external
        view
        returns (uint256)
    {
        (uint256 count,) = _verify(target, kind, id, payloadHash, signatures);
        return count;
    }

    /// @inheritdoc IAttestationQuorum
    function attestationDigest(address target, uint8 kind, bytes32 id, bytes32 payloadHash)
        public
        view
        returns (bytes32)
    {
        return _digest(target, kind, id, _config.version, payloadHash);
    }

    /// @inheritdoc IAttestationQuorum
    function consumed(address target, uint8 kind, bytes32 id) external view returns (bool) {
        return _consumed[_consumedKey(target, kind, id)];
    }

    /// @dev Returns how many signatures counted and which signers they came from (bit i: the i-th signer of the
    /// active set, in `signerSet()` order).
    function _verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes calldata signatures)
        private
        view
        returns (uint256 count, uint32 counted)
    {
        Config memory config = _config;
        uint64 version = config.version;
        uint256 threshold = config.threshold;
        uint256 minimum = config.minStake;
        if (version == 0) revert NoActiveSignerSet();
        if (kind == 0) revert UnknownKind();
        if (id == bytes32(0)) revert ZeroAttestationId();
        if (payloadHash == bytes32(0)) revert ZeroPayloadHash();
        if (signatures.length % 65 != 0) revert SignaturesLength(signatures.length);
        uint256 n = signatures.length / 65;
        if (n < threshold) revert NotEnoughSignatures(n, threshold);

        bytes32 digest = _digest(target, kind, id, version, payloadHash);
        address previous;
        for (uint256 i; i < n; ++i) {
            // ECDSA recovery as OpenZeppelin's ECDSA.tryRecover(digest, v, r, s), inlined (it keeps a signature
            // under 7k gas and the stack shallow): a high-s twin (EIP-2), a bad v or a signature that recovers
            // nothing leaves `signer` zero and is refused.
            address signer;
            assembly ("memory-safe") {
                let p := add(signatures.offset, mul(i, 65))
                let s := calldataload(add(p, 32))
                if iszero(gt(s, 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0)) {
                    let m := mload(0x40)
                    mstore(m, digest)
                    mstore(add(m, 32), byte(0, calldataload(add(p, 64))))
                    mstore(add(m, 64), calldataload(p))
                    mstore(add(m, 96), s)
                    // The precompile returns nothing when it cannot recover: read its answer only if there is one.
                    if staticcall(gas(), 1, m, 128, m, 32) {
                        if eq(returndatasize(), 32) { signer := mload(m) }
                    }
                }
            }
            if (signer == address(0)) revert InvalidSignature(i);
            // Strictly ascending also rules out duplicates; `previous` starts at zero, which tryRecover never
            // returns without an error.
            if (signer <= previous) revert SignatureOrder(i);
            previous = signer;
            // The member's word: version in the low 64 bits, stake in the next 96, index in the next 8 (struct
            // Member). Read in assembly: one SLOAD, no memory struct, which keeps a signature under 7k gas.
            uint256 word;
            assembly ("memory-safe") {
                mstore(0, signer)
                mstore(32, _members.slot)
                word := sload(keccak256(0, 64))
            }
            // casting to 'uint64' is safe: it takes the version field (the low 64 bits) on purpose
            // forge-lint: disable-next-line(unsafe-typecast)
            if (uint64(word) != version) revert UnknownSigner(i, signer);
            // A member whose stake fell below the minimum is still a member (its signature is well-formed and
            // in order) but does not count. Otherwise its bit (index field) joins `counted`; no overflow is
            // possible (at most 32 signatures get here), so plain assembly arithmetic.
            assembly ("memory-safe") {
                if iszero(lt(and(shr(64, word), 0xffffffffffffffffffffffff), minimum)) {
                    counted := or(counted, shl(and(shr(160, word), 0xff), 1))
                    count := add(count, 1)
                }
            }
        }
        if (count < threshold) revert NotEnoughSignatures(count, threshold);
    }

    function _digest(address target, uint8 kind, bytes32 id, uint64 version, bytes32 payloadHash)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(ATTESTATION_TYPEHASH, kind, target, id, version, payloadHash))
        );
    }

    function _consumedKey(address target, uint8 kind, bytes32 id) private pure returns (bytes32) {
        return keccak256(abi.encode(target, kind, id));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Stake, pushed by Staking
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc IAttestationQuorum
    function syncStake(address account, uint256 activeStake) external onlyStaking {
        _members[account].stake = _toStake(activeStake);
        emit SignerStakeSynced(account, activeStake);
    }

    /// @inheritdoc IAttestationQuorum
    function syncMinStake(uint256 minimum) external onlyStaking {
        _config.minStake = _toStake(minimum);
        emit MinStakeSynced(minimum);
    }

    /// @dev GRID amounts fit 96 bits (7.9e28 wei, 79 times the whole supply); larger values saturate, which
    /// only matters for comparisons against the minimum and keeps them correct.
    function _toStake(uint256 amount) private pure returns (uint96) {
        // casting to 'uint96' is safe: checked against the maximum first
        // forge-lint: disable-next-line(unsafe-typecast)
        return amount > type(uint96).max ? type(uint96).max : uint96(amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signer-set governance
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Proposes a new signer set; it can be applied after `signerSetDelay` and until
    /// `PROPOSAL_LIFETIME` after that. Replaces any pending one.
    /// @param signers The signers in strictly ascending address order, at most MAX_SIGNERS.
    /// @param threshold Signatures required: a strict majority of the set (2k > n) and at most n.
    function proposeSignerSet(address[] calldata signers, uint8 threshold) external onlyOwner {
        _checkSignerSet(signers, threshold);
        uint64 effectiveAt = uint64(block.timestamp) + signerSetDelay;
        _pending.effectiveAt = effectiveAt;
        _pending.threshold = threshold;
        _pending.signers = signers;
        emit SignerSetProposed(_config.version + 1, threshold, signers, effectiveAt);
    }

    /// @notice Cancels the pending signer-set proposal.
    function cancelSignerSetProposal() external onlyOwner {
        if (_pending.effectiveAt == 0) revert NoPendingSignerSet();
        delete _pending;
        emit SignerSetProposalCancelled(_config.version + 1);
    }

    /// @notice Applies the pending signer set once its delay has passed and before it expires. Anyone can call
    /// it. Every signer must be an active inspector at this moment; their stake is read from Staking here and
    /// kept current by Staking from then on, so Staking must have this contract wired as its quorum.
    function applySignerSet() external {
        uint64 effectiveAt = _pending.effectiveAt;
        if (effectiveAt == 0) revert NoPendingSignerSet();
        if (block.timestamp < effectiveAt) {
            revert SignerSetNotYetEffective(effectiveAt, uint64(block.timestamp));
        }
        if (block.timestamp > effectiveAt + PROPOSAL_LIFETIME) {
            revert SignerSetProposalExpired(effectiveAt + PROPOSAL_LIFETIME, uint64(block.timestamp));
        }
        address wired = address(staking.quorum());
        if (wired != address(this)) revert QuorumNotWiredInStaking(wired);
        address[] memory signers = _pending.signers;
        uint8 threshold = _pending.threshold;
        delete _pending;
        uint64 version = _config.version + 1;
        for (uint256 i; i < signers.length; ++i) {
            if (!staking.isActiveInspector(signers[i])) revert SignerNotActiveInspector(signers[i]);
            _members[signers[i]] = Member({
                version: version,
                stake: _toStake(staking.activeStake(signers[i], IStaking.Role.Inspector)),
                // casting to 'uint8' is safe: i < signers.length <= MAX_SIGNERS = 32
                // forge-lint: disable-next-line(unsafe-typecast)
                index: uint8(i)
            });
        }
        _config.version = version;
        _config.threshold = threshold;
        _signers = signers;
        emit SignerSetApplied(version, threshold, signers);
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
        return SignerSet({version: _config.version, threshold: _config.threshold, signers: _signers});
    }

    /// @notice The pending proposal, if any (effectiveAt = 0 when none). It can be applied from `effectiveAt`
    /// until `effectiveAt + PROPOSAL_LIFETIME`.
    function pendingSignerSet()
        external
        view
        returns (uint64 effectiveAt, uint8 threshold, address[] memory signers)
    {
        return (_pending.effectiveAt, _pending.threshold, _pending.signers);
    }

    /// @notice Whether `account` is in the active signer set (whether or not its stake counts right now).
    function isSigner(address account) external view returns (bool) {
        uint64 version = _config.version;
        return version != 0 && _members[account].version == version;
    }

    /// @notice Whether a signature by `account` counts right now: a signer of the active set whose active
    /// inspector stake is at least the minimum.
    function signatureCounts(address account) external view returns (bool) {
        Member memory m = _members[account];
        Config memory config = _config;
        return config.version != 0 && m.version == config.version && m.stake >= config.minStake;
    }

    /// @notice `account`'s active inspector stake as last reported by Staking (saturated at 2^96 - 1).
    function signerStake(address account) external view returns (uint256) {
        return _members[account].stake;
    }

    /// @notice The inspector minimum a signer's stake must reach for its signature to count.
    function minSignerStake() external view returns (uint256) {
        return _config.minStake;
    }

    /// @notice The EIP-712 domain separator (chain id and this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }
}
