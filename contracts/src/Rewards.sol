// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {Attestations} from "./Attestations.sol";

/// @title Rewards
/// @notice idlegrid's supply subsidy ("chicken first"): providers are paid GRID per epoch out of a funded
/// reserve, on a public decaying schedule, through quorum-signed cumulative Merkle roots.
///
/// Emission schedule — a halving every `halvingEpochs` epochs, linearly interpolated inside each era:
///
///     era k = epoch / H,  j = epoch % H,  hi = initialEmission >> k,  lo = hi >> 1
///     emission(epoch) = hi - floor((hi - lo) * j / H)
///
/// It is O(1), exact in integers, and monotonic non-increasing: inside an era the subtracted term only grows
/// with j, and the last epoch of era k emits `hi - floor((hi - lo)(H - 1) / H) >= lo`, which is exactly the
/// first epoch of era k + 1. It reaches 0 after at most 256 eras. The whole schedule sums to about
/// `(1.5 * H + 0.5) * initialEmission`. Examples with initialEmission = 1,000,000 GRID and H = 52 (weekly
/// epochs, yearly halving; 78.5M GRID over the whole schedule): emission(0) = 1,000,000;
/// emission(13) = 875,000; emission(26) = 750,000; emission(51) = 509,615.38...; emission(52) = 500,000;
/// emission(78) = 375,000; emission(104) = 250,000.
///
/// Epoch `e` spans [genesis + e * epochLength, genesis + (e + 1) * epochLength). Once it has ended, k-of-n
/// inspectors sign `Attestations.rewardRootHash(e, root, cumulativeTotal)` for this contract (KIND_REWARD_ROOT)
/// and anyone posts it. The root is CUMULATIVE: each leaf is (account, cumulative amount earned over all epochs so
/// far), double-hashed like OpenZeppelin's StandardMerkleTree, `keccak256(bytes.concat(keccak256(abi.encode(
/// account, cumulativeAmount))))`, with sorted-pair interior nodes; `cumulativeTotal` is the sum of ALL the
/// root's leaves, and becomes the lifetime allocation. So Σ claimable = Σ posted leaves by construction: the epoch's
/// increment is `cumulativeTotal - allocated`. A claim pays `cumulativeAmount - claimed[account]` against the
/// latest root only.
///
/// Caps: increment <= emission(epoch); `allocated <= funded` (the reserve); `funded <= maxSupply`; and
/// `totalClaimed <= allocated` is enforced on every claim, so even a bad root cannot pay out more than the
/// quorum attested. Epochs finalize once each, in order, none skipped: an epoch whose root was never posted
/// must be posted (possibly with a zero increment) before the next one, so no epoch's allocation can be lost to
/// an out-of-order post.
/// @dev Governance (the Ownable2Step owner) can do nothing to the reserve or to roots; it may only sweep tokens
/// sent here by mistake (GRID above `funded - totalClaimed`, or any other token).
contract Rewards is Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice A zero address was given where a contract or account is required.
    error ZeroAddress();
    /// @notice A constructor parameter was zero or out of range; `name` says which.
    error InvalidConfig(string name);
    /// @notice `currentEpoch` was asked before `genesis`.
    error BeforeGenesis(uint64 genesis, uint256 nowTs);
    /// @notice `fund` with a zero amount (or a transfer that delivered nothing).
    error ZeroAmount();
    /// @notice Funding would take the reserve above `maxSupply`.
    error FundingAboveCap(uint256 funded, uint256 amount, uint256 maxSupply);
    /// @notice A zero Merkle root was posted (the Nomad bug: a zero root must never be trusted).
    error ZeroRoot();
    /// @notice Epochs finalize once each, in order, none skipped: only `nextEpoch` can be posted.
    error EpochNotNext(uint64 epoch, uint64 nextEpoch);
    /// @notice The signed cumulative total is below what earlier roots already allocated.
    error CumulativeTotalDecreased(uint256 cumulativeTotal, uint256 allocated);
    /// @notice The epoch has not ended yet.
    error EpochNotEnded(uint64 epoch, uint256 endsAt, uint256 nowTs);
    /// @notice The epoch's increment exceeds its scheduled emission.
    error TotalAboveEmission(uint64 epoch, uint256 increment, uint256 emission);
    /// @notice The epoch's increment exceeds the unallocated reserve.
    error InsufficientReserve(uint256 increment, uint256 unallocated);
    /// @notice `claim` before any root was posted.
    error NoRoot();
    /// @notice The proof does not place (account, cumulativeAmount) in the latest root.
    error InvalidProof(address account, uint256 cumulativeAmount);
    /// @notice The account has already claimed `claimed` >= `cumulativeAmount`: nothing to pay.
    error NothingToClaim(address account, uint256 cumulativeAmount, uint256 claimed);
    /// @notice Paying `amount` would take total claims above the total allocated by attested roots.
    error ClaimExceedsAllocation(uint256 amount, uint256 unclaimedAllocation);
    /// @notice A sweep asked for more than the surplus above what this contract owes.
    error SweepAboveSurplus(address token, uint256 amount, uint256 surplus);

    /// @notice The immutable configuration, emitted once at deployment.
    event RewardsConfigured(
        address indexed grid,
        address indexed quorum,
        uint64 genesis,
        uint64 epochLength,
        uint256 initialEmission,
        uint64 halvingEpochs,
        uint256 maxSupply
    );
    /// @notice `funder` added `amount` GRID to the reserve; `funded` is the new lifetime total.
    event Funded(address indexed funder, uint256 amount, uint256 funded);
    /// @notice The cumulative root for `epoch` was accepted: its leaves sum to `cumulativeTotal`, which adds
    /// `increment` to the allocation.
    event RootPosted(
        uint64 indexed epoch,
        bytes32 indexed root,
        uint256 cumulativeTotal,
        uint256 increment,
        bytes32 attestationId
    );
    /// @notice `amount` GRID was paid to `account` (submitted by `caller`); `cumulativeClaimed` is its new total.
    event Claimed(address indexed account, address indexed caller, uint256 amount, uint256 cumulativeClaimed);
    /// @notice Governance swept `amount` of `token` that was not part of the reserve to `to`.
    event Swept(address indexed token, address indexed to, uint256 amount);

    /// @notice The GRID token paid out.
    IERC20 public immutable grid;
    /// @notice The k-of-n inspector quorum that signs reward roots.
    IAttestationQuorum public immutable quorum;
    /// @notice Start of epoch 0 (unix seconds).
    uint64 public immutable genesis;
    /// @notice Length of every epoch in seconds.
    uint64 public immutable epochLength;
    /// @notice Emission of epoch 0, in GRID wei.
    uint256 public immutable initialEmission;
    /// @notice Epochs per halving era (the schedule's decay parameter).
    uint64 public immutable halvingEpochs;
    /// @notice Lifetime cap on GRID funded into (and so ever paid out of) this contract.
    uint256 public immutable maxSupply;

    /// @notice Upper bound on `maxSupply`: the ledger packs its totals in 96 bits (79.2 billion GRID at 18
    /// decimals), so a claim and a root post each write one accounting slot.
    uint256 public constant MAX_SUPPLY_LIMIT = type(uint96).max;

    /// @dev Everything postRoot checks and updates, in one slot: the reserve not yet allocated, the lifetime
    /// allocation (the latest root's signed cumulative total) and the latest epoch. The next postable epoch is 0
    /// before the first root (the root is then zero), latestEpoch + 1 after.
    struct Ledger {
        uint96 unallocated;
        uint96 allocated;
        uint64 latestEpoch;
    }

    Ledger private _ledger;
    /// @dev Lifetime GRID funded (read and written by `fund`) and paid by claims (by `claim`), in one slot.
    uint96 private _funded;
    uint96 private _totalClaimed;
    bytes32 private _latestRoot;
    mapping(address account => uint256) private _claimed;

    /// @param grid_ The GRID token.
    /// @param quorum_ The attestation quorum whose KIND_REWARD_ROOT attestations post roots.
    /// @param owner_ Governance (Ownable2Step); may only sweep tokens sent by mistake.
    /// @param genesis_ Start of epoch 0 (unix seconds, non-zero; may be in the future).
    /// @param epochLength_ Seconds per epoch (non-zero).
    /// @param initialEmission_ GRID wei emitted in epoch 0 (non-zero, at most `maxSupply_`).
    /// @param halvingEpochs_ Epochs per halving era (non-zero; 1 = halve every epoch).
    /// @param maxSupply_ Lifetime funding cap (non-zero, at most MAX_SUPPLY_LIMIT).
    constructor(
        IERC20 grid_,
        IAttestationQuorum quorum_,
        address owner_,
        uint64 genesis_,
        uint64 epochLength_,
        uint256 initialEmission_,
        uint64 halvingEpochs_,
        uint256 maxSupply_
    ) Ownable(owner_) {
        if (address(grid_) == address(0) || address(quorum_) == address(0)) {
            revert ZeroAddress();
        }
        if (genesis_ == 0) revert InvalidConfig("genesis");
        if (epochLength_ == 0) revert InvalidConfig("epochLength");
        if (halvingEpochs_ == 0) revert InvalidConfig("halvingEpochs");
        if (maxSupply_ == 0 || maxSupply_ > MAX_SUPPLY_LIMIT) revert InvalidConfig("maxSupply");
        if (initialEmission_ == 0 || initialEmission_ > maxSupply_) revert InvalidConfig("initialEmission");
        grid = grid_;
        quorum = quorum_;
        genesis = genesis_;
        epochLength = epochLength_;
        initialEmission = initialEmission_;
        halvingEpochs = halvingEpochs_;
        maxSupply = maxSupply_;
        emit RewardsConfigured(
            address(grid_),
            address(quorum_),
            genesis_,
            epochLength_,
            initialEmission_,
            halvingEpochs_,
            maxSupply_
        );
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reserve
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Pulls `amount` GRID from the caller into the reserve (anyone may fund). Needs an allowance.
    /// @dev Credits what actually arrived, so a token that delivers less than asked cannot inflate `funded`.
    function fund(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 fundedBefore = _funded;
        if (fundedBefore + amount > maxSupply) revert FundingAboveCap(fundedBefore, amount, maxSupply);
        uint256 balanceBefore = grid.balanceOf(address(this));
        grid.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = grid.balanceOf(address(this)) - balanceBefore;
        if (received == 0) revert ZeroAmount();
        if (fundedBefore + received > maxSupply) revert FundingAboveCap(fundedBefore, received, maxSupply);
        uint256 fundedAfter = fundedBefore + received;
        // casting to 'uint96' is safe because fundedAfter <= maxSupply <= MAX_SUPPLY_LIMIT (constructor), and
        // unallocated + received <= fundedAfter.
        // forge-lint: disable-next-line(unsafe-typecast)
        _funded = uint96(fundedAfter);
        // forge-lint: disable-next-line(unsafe-typecast)
        _ledger.unallocated += uint96(received);
        emit Funded(msg.sender, received, fundedAfter);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Roots
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Posts the cumulative rewards root for an ended epoch, signed k-of-n by the inspector quorum.
    /// Anyone may submit it. Epochs finalize once each and in order: only `nextEpoch()` can be posted.
    /// @param epoch The epoch (must have ended, and be `nextEpoch()`).
    /// @param root Cumulative Merkle root over (account, cumulativeAmount) leaves (non-zero).
    /// @param cumulativeTotal The sum of all the root's leaves: at least `allocated()`; the increment over it is
    /// at most `emission(epoch)` and the unallocated reserve.
    /// @param attestationId The quorum attestation id (consumed; cannot be reused).
    /// @param signatures k or more 65-byte signatures, ascending by signer, over the KIND_REWARD_ROOT attestation
    /// with payloadHash = `Attestations.rewardRootHash(epoch, root, cumulativeTotal)` and target = this contract.
    function postRoot(
        uint64 epoch,
        bytes32 root,
        uint256 cumulativeTotal,
        bytes32 attestationId,
        bytes calldata signatures
    ) external {
        // No reentrancy guard: the only call is to the quorum, a protocol contract fixed at deployment.
        if (root == bytes32(0)) revert ZeroRoot();
        Ledger memory ledger = _ledger;
        uint256 increment = _checkPost(ledger, epoch, cumulativeTotal);

        // The quorum is the last check: it verifies k-of-n signatures bound to (chain id, this contract,
        // KIND_REWARD_ROOT, attestationId, signer set, epoch/root/total) and marks the attestation consumed.
        quorum.consume(
            Attestations.KIND_REWARD_ROOT,
            attestationId,
            Attestations.rewardRootHash(epoch, root, cumulativeTotal),
            signatures
        );

        // casting to 'uint96' is safe because increment <= unallocated (checked), a uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint96 amount = uint96(increment);
        // allocated + amount <= funded <= MAX_SUPPLY_LIMIT: no overflow.
        _ledger = Ledger({
            unallocated: ledger.unallocated - amount, allocated: ledger.allocated + amount, latestEpoch: epoch
        });
        _latestRoot = root;
        emit RootPosted(epoch, root, cumulativeTotal, increment, attestationId);
    }

    /// @dev postRoot's epoch, schedule and reserve checks; returns the epoch's increment.
    function _checkPost(Ledger memory ledger, uint64 epoch, uint256 cumulativeTotal)
        private
        view
        returns (uint256 increment)
    {
        uint64 next = _latestRoot == bytes32(0) ? 0 : ledger.latestEpoch + 1;
        if (epoch != next) revert EpochNotNext(epoch, next);
        uint256 endsAt = epochEnd(epoch);
        if (block.timestamp < endsAt) revert EpochNotEnded(epoch, endsAt, block.timestamp);
        uint256 allocatedSoFar = ledger.allocated;
        if (cumulativeTotal < allocatedSoFar) {
            revert CumulativeTotalDecreased(cumulativeTotal, allocatedSoFar);
        }
        increment = cumulativeTotal - allocatedSoFar;
        uint256 scheduled = emission(epoch);
        if (increment > scheduled) revert TotalAboveEmission(epoch, increment, scheduled);
        if (increment > ledger.unallocated) revert InsufficientReserve(increment, ledger.unallocated);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Claims
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Pays `account` what the latest root grants it beyond what it already claimed. Anyone may submit a
    /// claim for any account; the tokens always go to `account`.
    /// @param account The leaf's account (receives the GRID).
    /// @param cumulativeAmount The leaf's cumulative amount over all epochs up to the latest root.
    /// @param proof Sorted-pair Merkle proof of the double-hashed leaf against the latest root.
    /// @return amount The GRID paid: `cumulativeAmount - claimed(account)` before the call.
    function claim(address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        nonReentrant
        returns (uint256 amount)
    {
        bytes32 root = _latestRoot;
        if (root == bytes32(0)) revert NoRoot();
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidProof(account, cumulativeAmount);
        uint256 already = _claimed[account];
        if (cumulativeAmount <= already) revert NothingToClaim(account, cumulativeAmount, already);
        amount = cumulativeAmount - already;
        uint96 totalClaimed_ = _totalClaimed;
        uint256 unclaimed = uint256(_ledger.allocated) - totalClaimed_;
        if (amount > unclaimed) revert ClaimExceedsAllocation(amount, unclaimed);

        _claimed[account] = cumulativeAmount;
        // casting to 'uint96' is safe because totalClaimed + amount <= allocated, a uint96.
        // forge-lint: disable-next-line(unsafe-typecast)
        _totalClaimed = totalClaimed_ + uint96(amount);
        emit Claimed(account, msg.sender, amount, cumulativeAmount);
        grid.safeTransfer(account, amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Governance
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Sends tokens that are not owed by this contract to `to`: for GRID only the balance above
    /// `funded - totalClaimed` (a donation made without `fund`), for any other token up to its whole balance.
    /// Only the owner.
    /// @param token The token to sweep.
    /// @param to The recipient (non-zero).
    /// @param amount How much to send (non-zero, at most the surplus).
    function sweep(IERC20 token, address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 surplus = token.balanceOf(address(this));
        if (address(token) == address(grid)) surplus -= uint256(_funded) - _totalClaimed;
        if (amount > surplus) revert SweepAboveSurplus(address(token), amount, surplus);
        emit Swept(address(token), to, amount);
        token.safeTransfer(to, amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------

    /// @notice GRID wei scheduled for `epoch` (see the contract NatSpec for the formula and examples).
    /// Monotonic non-increasing in `epoch`; 0 once `initialEmission >> era` is (from era 96 at the latest).
    function emission(uint64 epoch) public view returns (uint256) {
        uint64 h = halvingEpochs;
        uint256 era = epoch / h;
        if (era >= 256) return 0;
        uint256 hi = initialEmission >> era;
        uint256 lo = hi >> 1;
        // (hi - lo) < 2^96 (initialEmission <= maxSupply) and (epoch % h) < 2^64: the product cannot overflow.
        return hi - ((hi - lo) * (epoch % h)) / h;
    }

    /// @notice The epoch in progress. Reverts `BeforeGenesis` before epoch 0 starts.
    function currentEpoch() external view returns (uint64) {
        if (block.timestamp < genesis) revert BeforeGenesis(genesis, block.timestamp);
        // Fits: (timestamp - genesis) / epochLength < 2^64 for any timestamp below 2^64.
        return uint64((block.timestamp - genesis) / epochLength);
    }

    /// @notice Start of `epoch` (unix seconds; 256-bit so no epoch overflows).
    function epochStart(uint64 epoch) public view returns (uint256) {
        return uint256(genesis) + uint256(epoch) * epochLength;
    }

    /// @notice End of `epoch` (exclusive; unix seconds): its root may be posted from this time on.
    function epochEnd(uint64 epoch) public view returns (uint256) {
        return uint256(genesis) + (uint256(epoch) + 1) * epochLength;
    }

    /// @notice The latest accepted cumulative root (zero before the first post).
    function latestRoot() external view returns (bytes32) {
        return _latestRoot;
    }

    /// @notice The epoch of the latest accepted root; `posted` is false (and `epoch` 0) before the first post.
    function latestEpoch() external view returns (uint64 epoch, bool posted) {
        return (_ledger.latestEpoch, _latestRoot != bytes32(0));
    }

    /// @notice The only epoch a root may be posted for next (latest posted epoch + 1, or 0).
    function nextEpoch() external view returns (uint64) {
        return _latestRoot == bytes32(0) ? 0 : _ledger.latestEpoch + 1;
    }

    /// @notice GRID already paid to `account` (its cumulative claimed amount).
    function claimed(address account) external view returns (uint256) {
        return _claimed[account];
    }

    /// @notice Lifetime GRID allocated by accepted roots (Σ posted totals).
    function allocated() external view returns (uint256) {
        return _ledger.allocated;
    }

    /// @notice Lifetime GRID paid by claims.
    function totalClaimed() external view returns (uint256) {
        return _totalClaimed;
    }

    /// @notice Lifetime GRID funded into the reserve.
    function funded() external view returns (uint256) {
        return _funded;
    }

    /// @notice The reserve not yet allocated to any epoch (`funded - allocated`).
    function remainingReserve() external view returns (uint256) {
        return _ledger.unallocated;
    }

    /// @notice GRID allocated by roots but not yet claimed (`allocated - totalClaimed`).
    function unclaimedAllocation() external view returns (uint256) {
        return uint256(_ledger.allocated) - _totalClaimed;
    }
}
