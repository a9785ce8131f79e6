// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {RewardsSetup} from "./utils/RewardsSetup.sol";
import {MerkleTreeBuilder} from "./utils/MerkleTreeBuilder.sol";
import {QuorumHelper} from "./utils/QuorumHelper.sol";
import {Rewards} from "../src/Rewards.sol";
import {AttestationQuorum} from "../src/AttestationQuorum.sol";
import {Attestations} from "../src/Attestations.sol";
import {IAttestationQuorum} from "../src/interfaces/IAttestationQuorum.sol";

/// @dev A token that keeps `feeBps` of every transfer and mints `bonus` extra to every recipient: it delivers
/// less (or more) than asked, to check `fund` credits what actually arrived.
contract QuirkyToken is ERC20 {
    uint256 public feeBps;
    uint256 public bonus;

    constructor() ERC20("Quirky", "QRK") {
        _mint(msg.sender, 1e30);
    }

    function setQuirks(uint256 feeBps_, uint256 bonus_) external {
        feeBps = feeBps_;
        bonus = bonus_;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = (value * feeBps) / 10_000;
        super._update(from, to, value - fee);
        if (fee > 0) super._update(from, address(0), fee);
        if (bonus > 0) super._update(address(0), to, bonus);
    }
}

/// @dev A token that calls back into a registered recipient on every transfer (an ERC-777-style hook).
contract HookToken is ERC20 {
    address public hooked;

    constructor() ERC20("Hook", "HOOK") {
        _mint(msg.sender, 1e30);
    }

    function setHooked(address hooked_) external {
        hooked = hooked_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (to == hooked && hooked != address(0)) HookReceiver(to).onTokenTransfer(from, value);
    }
}

/// @dev A claimant contract that re-enters Rewards from the token hook.
contract HookReceiver {
    Rewards public rewards;
    bytes32[] public proof;
    uint256 public cumulativeAmount;
    uint256 public calls;

    function arm(Rewards rewards_, uint256 cumulativeAmount_, bytes32[] calldata proof_) external {
        rewards = rewards_;
        cumulativeAmount = cumulativeAmount_;
        proof = proof_;
    }

    function onTokenTransfer(address, uint256) external {
        calls++;
        rewards.claim(address(this), cumulativeAmount, proof);
    }
}

contract RewardsTest is RewardsSetup {
    using MerkleTreeBuilder for MerkleTreeBuilder.Tree;

    address internal alice;
    address internal bob;
    address internal carol;
    address internal dave;
    address internal anyone;

    // Events re-declared for expectEmit.
    event RewardsConfigured(
        address indexed grid,
        address indexed quorum,
        uint64 genesis,
        uint64 epochLength,
        uint256 initialEmission,
        uint64 halvingEpochs,
        uint256 maxSupply
    );
    event Funded(address indexed funder, uint256 amount, uint256 funded);
    event RootPosted(
        uint64 indexed epoch,
        bytes32 indexed root,
        uint256 cumulativeTotal,
        uint256 increment,
        bytes32 attestationId
    );
    event Claimed(address indexed account, address indexed caller, uint256 amount, uint256 cumulativeClaimed);
    event Swept(address indexed token, address indexed to, uint256 amount);
    event AttestationConsumed(
        address indexed target,
        uint8 indexed kind,
        bytes32 indexed id,
        bytes32 payloadHash,
        uint64 signerSetVersion,
        uint32 signers
    );

    function setUp() public {
        _deployStack();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        dave = makeAddr("dave");
        anyone = makeAddr("anyone");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    function _tree4(uint256 a, uint256 b, uint256 c, uint256 d)
        internal
        view
        returns (MerkleTreeBuilder.Tree memory)
    {
        address[] memory accounts = new address[](4);
        uint256[] memory amounts = new uint256[](4);
        (accounts[0], accounts[1], accounts[2], accounts[3]) = (alice, bob, carol, dave);
        (amounts[0], amounts[1], amounts[2], amounts[3]) = (a, b, c, d);
        return MerkleTreeBuilder.build(accounts, amounts);
    }

    function _deployRewards(uint64 genesis, uint64 epochLength, uint256 initial, uint64 halving, uint256 cap)
        internal
        returns (Rewards)
    {
        return new Rewards(grid, quorum, governance, genesis, epochLength, initial, halving, cap);
    }

    /// @dev The address `signatures[index]` recovers to for the digest of (epoch, root, total, id).
    function _recovered(
        uint64 epoch,
        bytes32 root,
        uint256 total,
        bytes32 id,
        bytes memory signatures,
        uint256 index
    ) internal view returns (address) {
        bytes32 digest = quorum.attestationDigest(
            address(rewards),
            Attestations.KIND_REWARD_ROOT,
            id,
            Attestations.rewardRootHash(epoch, root, total)
        );
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly {
            let p := add(add(signatures, 32), mul(index, 65))
            r := mload(p)
            s := mload(add(p, 32))
            v := byte(0, mload(add(p, 64)))
        }
        return ecrecover(digest, v, r, s);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Constructor
    // ---------------------------------------------------------------------------------------------------------

    function test_constructor_setsConfigAndEmits() public {
        vm.expectEmit();
        emit RewardsConfigured(address(grid), address(quorum), GENESIS, EPOCH_LENGTH, 5e18, 3, 77e18);
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, 5e18, 3, 77e18);
        vm.assertEq(address(r.grid()), address(grid), "grid");
        vm.assertEq(address(r.quorum()), address(quorum), "quorum");
        vm.assertEq(r.owner(), governance, "owner");
        vm.assertEq(uint256(r.genesis()), GENESIS, "genesis");
        vm.assertEq(uint256(r.epochLength()), EPOCH_LENGTH, "epochLength");
        vm.assertEq(r.initialEmission(), 5e18, "initialEmission");
        vm.assertEq(uint256(r.halvingEpochs()), 3, "halvingEpochs");
        vm.assertEq(r.maxSupply(), 77e18, "maxSupply");
        vm.assertEq(r.funded(), 0, "funded");
        vm.assertEq(r.allocated(), 0, "allocated");
        vm.assertEq(r.totalClaimed(), 0, "totalClaimed");
        vm.assertEq(r.latestRoot(), bytes32(0), "latestRoot");
        (uint64 epoch, bool posted) = r.latestEpoch();
        vm.assertEq(uint256(epoch), 0, "latestEpoch");
        vm.assertFalse(posted, "posted");
        vm.assertEq(uint256(r.nextEpoch()), 0, "nextEpoch");
    }

    function test_constructor_revertsOnZeroGrid() public {
        vm.expectRevert(Rewards.ZeroAddress.selector);
        new Rewards(IERC20(address(0)), quorum, governance, GENESIS, EPOCH_LENGTH, 1, 1, 1);
    }

    function test_constructor_revertsOnZeroQuorum() public {
        vm.expectRevert(Rewards.ZeroAddress.selector);
        new Rewards(grid, IAttestationQuorum(address(0)), governance, GENESIS, EPOCH_LENGTH, 1, 1, 1);
    }

    function test_constructor_revertsOnZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new Rewards(grid, quorum, address(0), GENESIS, EPOCH_LENGTH, 1, 1, 1);
    }

    function test_constructor_revertsOnZeroGenesis() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "genesis"));
        _deployRewards(0, EPOCH_LENGTH, 1, 1, 1);
    }

    function test_constructor_revertsOnZeroEpochLength() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "epochLength"));
        _deployRewards(GENESIS, 0, 1, 1, 1);
    }

    function test_constructor_revertsOnZeroHalvingEpochs() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "halvingEpochs"));
        _deployRewards(GENESIS, EPOCH_LENGTH, 1, 0, 1);
    }

    function test_constructor_revertsOnZeroMaxSupply() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "maxSupply"));
        _deployRewards(GENESIS, EPOCH_LENGTH, 1, 1, 0);
    }

    function test_constructor_revertsOnMaxSupplyAboveLimit() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "maxSupply"));
        _deployRewards(GENESIS, EPOCH_LENGTH, 1, 1, uint256(type(uint96).max) + 1);
    }

    function test_constructor_acceptsMaxSupplyAtLimit() public {
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, type(uint96).max, 1, type(uint96).max);
        vm.assertEq(r.MAX_SUPPLY_LIMIT(), type(uint96).max, "limit");
        vm.assertEq(r.emission(0), type(uint96).max, "emission(0) at the bound");
        vm.assertEq(r.emission(1), type(uint96).max >> 1, "emission(1) at the bound");
    }

    function test_constructor_revertsOnZeroInitialEmission() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "initialEmission"));
        _deployRewards(GENESIS, EPOCH_LENGTH, 0, 1, 1);
    }

    function test_constructor_revertsOnInitialEmissionAboveCap() public {
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidConfig.selector, "initialEmission"));
        _deployRewards(GENESIS, EPOCH_LENGTH, 2, 1, 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Emission schedule
    // ---------------------------------------------------------------------------------------------------------

    /// @dev The examples in the contract's NatSpec (1,000,000 GRID, H = 52).
    function test_emission_documentedExamples() public view {
        vm.assertEq(rewards.emission(0), 1_000_000e18, "epoch 0");
        vm.assertEq(rewards.emission(13), 875_000e18, "epoch 13");
        vm.assertEq(rewards.emission(26), 750_000e18, "epoch 26");
        uint256 half = 500_000e18;
        vm.assertEq(rewards.emission(51), 1_000_000e18 - (half * 51) / 52, "epoch 51");
        vm.assertEq(rewards.emission(51) / 1e16, 50_961_538, "epoch 51 ~ 509,615.38");
        vm.assertEq(rewards.emission(52), 500_000e18, "epoch 52");
        vm.assertEq(rewards.emission(78), 375_000e18, "epoch 78");
        vm.assertEq(rewards.emission(104), 250_000e18, "epoch 104");
    }

    function test_emission_pureHalvingWithOneEpochEras() public {
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, 1024, 1, 1024);
        vm.assertEq(r.emission(0), 1024, "epoch 0");
        vm.assertEq(r.emission(1), 512, "epoch 1");
        vm.assertEq(r.emission(2), 256, "epoch 2");
        vm.assertEq(r.emission(10), 1, "epoch 10");
        vm.assertEq(r.emission(11), 0, "epoch 11");
    }

    function test_emission_reachesZero() public {
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, type(uint96).max, 2, type(uint96).max);
        vm.assertEq(r.emission(190), 1, "era 95: (2^96 - 1) >> 95 = 1");
        vm.assertEq(r.emission(191), 1, "era 95, second epoch: 1 - floor(1 * 1 / 2) = 1");
        vm.assertEq(r.emission(192), 0, "era 96");
        vm.assertEq(r.emission(511), 0, "era 255");
        vm.assertEq(r.emission(512), 0, "era 256");
        vm.assertEq(r.emission(type(uint64).max), 0, "max epoch");
    }

    /// @dev Σ emission over the whole schedule for H = 4, initial = 2^20: each era sums 4 epochs linearly
    /// interpolated from hi to hi/2.
    function test_emission_scheduleSum() public {
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, 1 << 20, 4, 1 << 30);
        uint256 sum;
        for (uint64 e; e < 4 * 22; ++e) {
            sum += r.emission(e);
        }
        // Era k (hi = 2^(20-k)): hi + 7/8 hi + 6/8 hi + 5/8 hi = 26/8 hi, exact while hi >= 8.
        uint256 expected;
        for (uint256 k; k <= 17; ++k) {
            expected += (26 * (uint256(1) << (20 - k))) / 8;
        }
        // Eras 18-20 (hi = 4, 2, 1) round: 4+4+3+3, 2+2+2+2, 1+1+1+1 (floor of the subtracted term).
        expected += 14 + 8 + 4;
        vm.assertEq(sum, expected, "schedule sum");
        vm.assertEq(sum, 13 << 19, "= (1.5 * H + 0.5) * initial");
    }

    function testFuzz_emission_monotonicAndBounded(uint256 initial, uint64 halving, uint64 epoch) public {
        initial = bound(initial, 1, type(uint96).max);
        halving = uint64(bound(halving, 1, type(uint64).max));
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, initial, halving, type(uint96).max);
        uint256 e = r.emission(epoch);
        vm.assertLe(e, initial, "never above the initial emission");
        uint256 era = epoch / halving;
        uint256 hi = era >= 256 ? 0 : initial >> era;
        vm.assertLe(e, hi, "at most the era's start");
        vm.assertGe(e, hi >> 1, "at least the next era's start");
        if (epoch < type(uint64).max) {
            vm.assertLe(r.emission(epoch + 1), e, "non-increasing");
        }
        if (epoch > 0) {
            vm.assertGe(r.emission(epoch - 1), e, "non-increasing (previous)");
        }
    }

    /// @dev Small eras and epochs across many of them, so the fuzzer crosses era boundaries often.
    function testFuzz_emission_monotonicAcrossEras(uint256 initial, uint16 halving, uint64 epoch) public {
        initial = bound(initial, 1, type(uint96).max);
        uint64 h = uint64(bound(halving, 1, 1_000));
        epoch = uint64(bound(epoch, 0, 100 * uint256(h)));
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, initial, h, type(uint96).max);
        uint256 e = r.emission(epoch);
        vm.assertLe(r.emission(epoch + 1), e, "non-increasing");
        vm.assertLe(e, initial >> (epoch / h), "at most the era's start");
        vm.assertGe(e, initial >> (epoch / h + 1), "at least the next era's start");
        if (epoch % h == h - 1) {
            vm.assertEq(r.emission(epoch + 1), initial >> (epoch / h + 1), "next epoch starts the next era");
        }
    }

    function testFuzz_emission_eraStartsHalve(uint256 initial, uint64 halving, uint8 era) public {
        initial = bound(initial, 1, type(uint96).max);
        halving = uint64(bound(halving, 1, type(uint64).max / 256));
        Rewards r = _deployRewards(GENESIS, EPOCH_LENGTH, initial, halving, type(uint96).max);
        vm.assertEq(r.emission(uint64(era) * halving), initial >> era, "era start = initial >> era");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Epoch clock
    // ---------------------------------------------------------------------------------------------------------

    function test_currentEpoch_revertsBeforeGenesis() public {
        vm.warp(GENESIS - 1);
        vm.expectRevert(abi.encodeWithSelector(Rewards.BeforeGenesis.selector, GENESIS, GENESIS - 1));
        rewards.currentEpoch();
    }

    function test_currentEpoch_boundaries() public {
        vm.warp(GENESIS);
        vm.assertEq(uint256(rewards.currentEpoch()), 0, "at genesis");
        vm.warp(GENESIS + EPOCH_LENGTH - 1);
        vm.assertEq(uint256(rewards.currentEpoch()), 0, "last second of epoch 0");
        vm.warp(GENESIS + EPOCH_LENGTH);
        vm.assertEq(uint256(rewards.currentEpoch()), 1, "first second of epoch 1");
        vm.warp(GENESIS + 10 * uint256(EPOCH_LENGTH) + 5);
        vm.assertEq(uint256(rewards.currentEpoch()), 10, "epoch 10");
    }

    function test_epochStartAndEnd() public view {
        vm.assertEq(rewards.epochStart(0), GENESIS, "start 0");
        vm.assertEq(rewards.epochEnd(0), GENESIS + EPOCH_LENGTH, "end 0");
        vm.assertEq(rewards.epochStart(3), GENESIS + 3 * uint256(EPOCH_LENGTH), "start 3");
        vm.assertEq(rewards.epochEnd(3), rewards.epochStart(4), "end 3 = start 4");
        vm.assertEq(
            rewards.epochEnd(type(uint64).max),
            GENESIS + (uint256(type(uint64).max) + 1) * EPOCH_LENGTH,
            "no overflow at the last epoch"
        );
    }

    // ---------------------------------------------------------------------------------------------------------
    // fund
    // ---------------------------------------------------------------------------------------------------------

    function test_fund_pullsAndEmits() public {
        vm.startPrank(treasury);
        grid.approve(address(rewards), 3_000_000e18);
        vm.expectEmit(address(rewards));
        emit Funded(treasury, 1_000_000e18, 1_000_000e18);
        rewards.fund(1_000_000e18);
        vm.stopPrank();

        // Anyone can fund.
        vm.prank(treasury);
        vm.assertTrue(grid.transfer(anyone, 500e18), "transfer");
        vm.startPrank(anyone);
        grid.approve(address(rewards), 500e18);
        vm.expectEmit(address(rewards));
        emit Funded(anyone, 500e18, 1_000_500e18);
        rewards.fund(500e18);
        vm.stopPrank();

        vm.assertEq(rewards.funded(), 1_000_500e18, "funded");
        vm.assertEq(rewards.remainingReserve(), 1_000_500e18, "remaining reserve");
        vm.assertEq(grid.balanceOf(address(rewards)), 1_000_500e18, "balance");
        vm.assertEq(grid.balanceOf(anyone), 0, "funder paid");
    }

    function test_fund_revertsOnZeroAmount() public {
        vm.prank(treasury);
        vm.expectRevert(Rewards.ZeroAmount.selector);
        rewards.fund(0);
    }

    function test_fund_revertsAboveCap() public {
        _fund(MAX_SUPPLY - 1);
        vm.startPrank(treasury);
        grid.approve(address(rewards), 2);
        vm.expectRevert(
            abi.encodeWithSelector(Rewards.FundingAboveCap.selector, MAX_SUPPLY - 1, 2, MAX_SUPPLY)
        );
        rewards.fund(2);
        rewards.fund(1); // exactly to the cap
        vm.stopPrank();
        vm.assertEq(rewards.funded(), MAX_SUPPLY, "funded up to the cap");
    }

    function test_fund_revertsWithoutAllowance() public {
        vm.prank(treasury);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(rewards), 0, 1e18
            )
        );
        rewards.fund(1e18);
    }

    function test_fund_creditsWhatArrives() public {
        QuirkyToken token = new QuirkyToken();
        Rewards r =
            new Rewards(IERC20(address(token)), quorum, governance, GENESIS, EPOCH_LENGTH, 1e18, 1, 100e18);
        token.approve(address(r), type(uint256).max);

        token.setQuirks(1_000, 0); // 10% fee
        vm.expectEmit(address(r));
        emit Funded(address(this), 9e18, 9e18);
        r.fund(10e18);
        vm.assertEq(r.funded(), 9e18, "credited net of the fee");
        vm.assertEq(token.balanceOf(address(r)), 9e18, "balance matches funded");

        token.setQuirks(10_000, 0); // nothing arrives
        vm.expectRevert(Rewards.ZeroAmount.selector);
        r.fund(1e18);

        token.setQuirks(0, 2e18); // arrives with a bonus that crosses the cap
        vm.expectRevert(abi.encodeWithSelector(Rewards.FundingAboveCap.selector, 9e18, 92e18, 100e18));
        r.fund(90e18);
    }

    // ---------------------------------------------------------------------------------------------------------
    // postRoot
    // ---------------------------------------------------------------------------------------------------------

    function test_postRoot_storesAndEmits() public {
        _fund(2_000_000e18);
        bytes32 root = _tree4(100e18, 200e18, 0, 50e18).root();
        uint256 total = 350e18;
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, total, id, _keys(THRESHOLD));

        vm.expectEmit(address(quorum));
        emit AttestationConsumed(
            address(rewards),
            Attestations.KIND_REWARD_ROOT,
            id,
            Attestations.rewardRootHash(0, root, total),
            1,
            QuorumHelper.bitmap(quorum, _keys(THRESHOLD))
        );
        vm.expectEmit(address(rewards));
        emit RootPosted(0, root, total, total, id);
        vm.prank(anyone); // anyone may submit a signed root
        rewards.postRoot(0, root, total, id, sigs);

        vm.assertEq(rewards.latestRoot(), root, "latest root");
        (uint64 epoch, bool posted) = rewards.latestEpoch();
        vm.assertEq(uint256(epoch), 0, "latest epoch");
        vm.assertTrue(posted, "posted");
        vm.assertEq(uint256(rewards.nextEpoch()), 1, "next epoch");
        vm.assertEq(rewards.allocated(), total, "allocated");
        vm.assertEq(rewards.remainingReserve(), 2_000_000e18 - total, "remaining reserve");
        vm.assertEq(rewards.unclaimedAllocation(), total, "unclaimed allocation");
        vm.assertTrue(
            quorum.consumed(address(rewards), Attestations.KIND_REWARD_ROOT, id), "attestation consumed"
        );
    }

    function test_postRoot_acceptsAllSignersAndExactEmission() public {
        _fund(2_000_000e18);
        bytes32 root = _tree4(1, 2, 3, 4).root();
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        rewards.postRoot(0, root, INITIAL_EMISSION, id, _signRoot(0, root, INITIAL_EMISSION, id, signerKeys));
        vm.assertEq(rewards.allocated(), INITIAL_EMISSION, "a total equal to the emission is accepted");
    }

    function test_postRoot_zeroTotalEpoch() public {
        _fund(1e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        _postRoot(0, root, 1);
        _postRoot(1, root, 1); // nothing earned in epoch 1: same cumulative root and total, zero increment
        vm.assertEq(rewards.allocated(), 1, "allocated unchanged");
        vm.assertEq(uint256(rewards.nextEpoch()), 2, "epoch 1 finalized");
    }

    /// @dev Nomad regression: a zero root must never be accepted, even when the quorum really signed it.
    function test_postRoot_revertsOnZeroRoot_nomadRegression() public {
        _fund(1e18);
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, bytes32(0), 0, id, _keys(THRESHOLD));
        vm.expectRevert(Rewards.ZeroRoot.selector);
        rewards.postRoot(0, bytes32(0), 0, id, sigs);
        vm.assertEq(rewards.latestRoot(), bytes32(0), "still no root");

        // And claiming against the (zero) root is impossible: there is no root.
        vm.expectRevert(Rewards.NoRoot.selector);
        rewards.claim(alice, 0, new bytes32[](0));
    }

    function test_postRoot_revertsBeforeEpochEnds() public {
        _fund(1e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        uint256 endsAt = rewards.epochEnd(0);
        vm.warp(endsAt - 1);
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, 1, id, _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotEnded.selector, 0, endsAt, endsAt - 1));
        rewards.postRoot(0, root, 1, id, sigs);

        // A later epoch cannot be posted either (it is not the next one, nor has it ended).
        bytes memory sigs5 = _signRoot(5, root, 1, _rootId(5), _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotNext.selector, 5, 0));
        rewards.postRoot(5, root, 1, _rootId(5), sigs5);

        vm.warp(endsAt); // the first second after the epoch
        rewards.postRoot(0, root, 1, id, sigs);
        vm.assertEq(rewards.latestRoot(), root, "posted at the end boundary");
    }

    function test_postRoot_revertsOnReplayOfSameEpoch() public {
        _fund(10e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        _postRoot(0, root, 1);
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, 1, id, _keys(THRESHOLD));
        // The very same attestation again.
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotNext.selector, 0, 1));
        rewards.postRoot(0, root, 1, id, sigs);
        // A fresh attestation for the finalized epoch (a second root for epoch 0).
        bytes32 root2 = _tree4(2, 0, 0, 0).root();
        bytes32 id2 = keccak256("another id");
        bytes memory sigs2 = _signRoot(0, root2, 2, id2, _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotNext.selector, 0, 1));
        rewards.postRoot(0, root2, 2, id2, sigs2);
        vm.assertEq(rewards.latestRoot(), root, "root unchanged");
        vm.assertEq(rewards.allocated(), 1, "allocated unchanged");
    }

    /// @dev Epochs are posted in order, none skipped: a late epoch waits until every earlier one is posted (with a
    /// zero increment if nothing was earned), so no epoch's allocation can be lost.
    function test_postRoot_skippingIsRefused() public {
        _fund(10_000_000e18);
        bytes32 root0 = _tree4(1, 0, 0, 0).root();
        _postRoot(0, root0, 1);
        bytes32 root3 = _tree4(1, 5, 0, 0).root();
        vm.warp(rewards.epochEnd(3));
        bytes memory sigs = _signRoot(3, root3, 6, _rootId(3), _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotNext.selector, 3, 1));
        rewards.postRoot(3, root3, 6, _rootId(3), sigs);
        _postRoot(1, root0, 1);
        _postRoot(2, root0, 1);
        _postRoot(3, root3, 6);
        vm.assertEq(rewards.allocated(), 6, "allocated = the latest cumulative total");
    }

    function test_postRoot_revertsWhenCumulativeTotalDecreases() public {
        _fund(10_000_000e18);
        _postRoot(0, _tree4(5, 0, 0, 0).root(), 5);
        bytes32 root = _tree4(4, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(1));
        bytes memory sigs = _signRoot(1, root, 4, _rootId(1), _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.CumulativeTotalDecreased.selector, 4, 5));
        rewards.postRoot(1, root, 4, _rootId(1), sigs);
    }

    /// @notice Regression, issue #9 hole 3 (reward epochs posted out of order): in v1 the signed total was one
    /// epoch's increment and any ended epoch could be posted, so posting epoch 1 before epoch 0 left epoch 0's
    /// allocation unclaimable while the (cumulative) leaves still included it: claims became first come, first
    /// served. Caught: v1 accepted epoch 1 first with its own increment, and the second claim reverted with
    /// ClaimExceedsAllocation. Now the total is cumulative and epochs cannot be skipped: every leaf is claimable.
    function test_regression_outOfOrderRootsLeaveEveryLeafClaimable() public {
        _fund(10_000_000e18);
        // Cumulative leaves after epochs 0 and 1: alice earned 100 in epoch 0, bob 100 in epoch 1.
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 100e18, 0, 0);
        vm.warp(rewards.epochEnd(1));
        // Posting epoch 1 first is refused whatever total it carries.
        bytes memory sigs = _signRoot(1, tree.root(), 200e18, _rootId(1), _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotNext.selector, 1, 0));
        rewards.postRoot(1, tree.root(), 200e18, _rootId(1), sigs);
        // In order, the cumulative totals make Σ claimable = Σ leaves.
        _postRoot(0, _tree4(100e18, 0, 0, 0).root(), 100e18);
        _postRoot(1, tree.root(), 200e18);
        rewards.claim(alice, 100e18, tree.proof(alice, 100e18));
        rewards.claim(bob, 100e18, tree.proof(bob, 100e18));
        vm.assertEq(rewards.totalClaimed(), 200e18, "sum of the leaves claimed");
        vm.assertEq(rewards.unclaimedAllocation(), 0, "nothing allocated is left unclaimable");
    }

    function test_postRoot_revertsOnTotalAboveEmission() public {
        _fund(10_000_000e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        uint256 over = INITIAL_EMISSION + 1;
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, over, id, _keys(THRESHOLD));
        vm.expectRevert(
            abi.encodeWithSelector(Rewards.TotalAboveEmission.selector, 0, over, INITIAL_EMISSION)
        );
        rewards.postRoot(0, root, over, id, sigs);

        // The next epoch's increment is bounded by its own emission, whatever was posted before.
        _postRoot(0, root, 7);
        uint64 e = 1;
        uint256 em = rewards.emission(e);
        vm.warp(rewards.epochEnd(e));
        sigs = _signRoot(e, root, 7 + em + 1, _rootId(e), _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.TotalAboveEmission.selector, e, em + 1, em));
        rewards.postRoot(e, root, 7 + em + 1, _rootId(e), sigs);
    }

    function test_postRoot_revertsOnTotalAboveReserve() public {
        _fund(100e18);
        bytes32 root = _tree4(60e18, 0, 0, 0).root();
        _postRoot(0, root, 60e18);
        bytes32 root1 = _tree4(60e18, 41e18, 0, 0).root();
        vm.warp(rewards.epochEnd(1));
        bytes32 id = _rootId(1);
        bytes memory sigs = _signRoot(1, root1, 101e18, id, _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.InsufficientReserve.selector, 41e18, 40e18));
        rewards.postRoot(1, root1, 101e18, id, sigs);

        // Funding more makes the same attestation acceptable.
        _fund(1e18);
        rewards.postRoot(1, root1, 101e18, id, sigs);
        vm.assertEq(rewards.remainingReserve(), 0, "reserve fully allocated");
    }

    function test_postRoot_revertsWithoutReserve() public {
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, 1, id, _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(Rewards.InsufficientReserve.selector, 1, 0));
        rewards.postRoot(0, root, 1, id, sigs);
    }

    function test_postRoot_revertsOnTooFewSignatures() public {
        _fund(1e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, 1, id, _keys(THRESHOLD - 1));
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationQuorum.NotEnoughSignatures.selector, THRESHOLD - 1, THRESHOLD)
        );
        rewards.postRoot(0, root, 1, id, sigs);
    }

    /// @dev Staked inspectors outside the signer set (f < k colluders) cannot post.
    function test_postRoot_revertsOnSignersOutsideTheSet() public {
        _fund(1e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, 1, id, outsiderKeys);
        address first = QuorumHelper.addresses(outsiderKeys)[0];
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, first));
        rewards.postRoot(0, root, 1, id, sigs);

        // k - 1 real signers plus one outsider.
        uint256[] memory mixed = _keys(THRESHOLD);
        mixed[THRESHOLD - 1] = outsiderKeys[0];
        sigs = _signRoot(0, root, 1, id, mixed);
        address[] memory ordered = QuorumHelper.addresses(mixed);
        uint256 pos;
        while (ordered[pos] != vm.addr(outsiderKeys[0])) ++pos;
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, pos, ordered[pos]));
        rewards.postRoot(0, root, 1, id, sigs);
    }

    /// @dev After a rotation, the old set's signatures (now for a stale version) no longer verify.
    function test_postRoot_revertsWithRotatedOutSigners() public {
        _fund(1e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        uint256[] memory oldKeys = _keys(THRESHOLD);

        // Rotate to the outsiders: 4-of-7.
        vm.prank(governance);
        quorum.proposeSignerSet(QuorumHelper.addresses(outsiderKeys), 4);
        vm.warp(block.timestamp + SIGNER_SET_DELAY);
        quorum.applySignerSet();

        bytes memory sigs = _signRoot(0, root, 1, id, oldKeys);
        address first = QuorumHelper.addresses(oldKeys)[0];
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, first));
        rewards.postRoot(0, root, 1, id, sigs);

        // The new set posts.
        sigs = _signRoot(0, root, 1, id, outsiderKeys);
        rewards.postRoot(0, root, 1, id, sigs);
        vm.assertEq(rewards.latestRoot(), root, "new set posted");
    }

    /// @dev Signatures over one (epoch, root, total) do not authorise any other: the payload is bound.
    function test_postRoot_revertsOnAlteredPayload() public {
        _fund(10e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(1));
        bytes32 id = _rootId(0);
        bytes memory sigs = _signRoot(0, root, 1, id, _keys(THRESHOLD));

        // Inflated total.
        address rec = _recovered(0, root, 2, id, sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, rec));
        rewards.postRoot(0, root, 2, id, sigs);
        // Other root.
        bytes32 other = _tree4(2, 0, 0, 0).root();
        rec = _recovered(0, other, 1, id, sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, rec));
        rewards.postRoot(0, other, 1, id, sigs);
        // Other epoch: refused before the signatures are even checked (only the next epoch can be posted).
        vm.expectRevert(abi.encodeWithSelector(Rewards.EpochNotNext.selector, 1, 0));
        rewards.postRoot(1, root, 1, id, sigs);
    }

    /// @dev Signatures for another consumer (another Rewards deployment) do not verify here.
    function test_postRoot_revertsOnSignaturesForAnotherTarget() public {
        _fund(1e18);
        Rewards other = _deployRewards(GENESIS, EPOCH_LENGTH, INITIAL_EMISSION, HALVING_EPOCHS, MAX_SUPPLY);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(other),
            Attestations.KIND_REWARD_ROOT,
            id,
            Attestations.rewardRootHash(0, root, 1),
            _keys(THRESHOLD)
        );
        address rec = _recovered(0, root, 1, id, sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, rec));
        rewards.postRoot(0, root, 1, id, sigs);
    }

    /// @dev An attestation id is single-use at the quorum, even for a different epoch.
    function test_postRoot_revertsOnReusedAttestationId() public {
        _fund(10e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        bytes32 id = keccak256("reused");
        vm.warp(rewards.epochEnd(1));
        rewards.postRoot(0, root, 1, id, _signRoot(0, root, 1, id, _keys(THRESHOLD)));
        bytes memory sigs = _signRoot(1, root, 1, id, _keys(THRESHOLD));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.AttestationAlreadyConsumed.selector,
                address(rewards),
                Attestations.KIND_REWARD_ROOT,
                id
            )
        );
        rewards.postRoot(1, root, 1, id, sigs);
    }

    function test_postRoot_revertsOnZeroAttestationId() public {
        _fund(1e18);
        bytes32 root = _tree4(1, 0, 0, 0).root();
        vm.warp(rewards.epochEnd(0));
        bytes memory sigs = _signRoot(0, root, 1, bytes32(0), _keys(THRESHOLD));
        vm.expectRevert(IAttestationQuorum.ZeroAttestationId.selector);
        rewards.postRoot(0, root, 1, bytes32(0), sigs);
    }

    /// @dev No trusted defaults: with no signer set applied, nothing can be posted.
    function test_postRoot_revertsWithoutSignerSet() public {
        AttestationQuorum empty = new AttestationQuorum(governance, staking, SIGNER_SET_DELAY);
        Rewards r =
            new Rewards(grid, empty, governance, GENESIS, EPOCH_LENGTH, INITIAL_EMISSION, 1, MAX_SUPPLY);
        vm.startPrank(treasury);
        grid.approve(address(r), 1e18);
        r.fund(1e18);
        vm.stopPrank();
        vm.warp(r.epochEnd(0));
        vm.expectRevert(IAttestationQuorum.NoActiveSignerSet.selector);
        r.postRoot(0, keccak256("root"), 1, _rootId(0), "");
    }

    // ---------------------------------------------------------------------------------------------------------
    // claim
    // ---------------------------------------------------------------------------------------------------------

    function test_claim_paysAndEmits() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, tree.root(), 350e18);

        bytes32[] memory proof = tree.proof(alice, 100e18);
        vm.expectEmit(address(rewards));
        emit Claimed(alice, alice, 100e18, 100e18);
        vm.prank(alice);
        uint256 paid = rewards.claim(alice, 100e18, proof);
        vm.assertEq(paid, 100e18, "returned amount");
        vm.assertEq(grid.balanceOf(alice), 100e18, "alice paid");
        vm.assertEq(rewards.claimed(alice), 100e18, "alice claimed");
        vm.assertEq(rewards.totalClaimed(), 100e18, "total claimed");
        vm.assertEq(rewards.unclaimedAllocation(), 250e18, "unclaimed allocation");
        vm.assertEq(grid.balanceOf(address(rewards)), 1_000_000e18 - 100e18, "balance = funded - claimed");
    }

    function test_claim_anyoneCanSubmitForAnAccount() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, tree.root(), 350e18);
        vm.expectEmit(address(rewards));
        emit Claimed(bob, anyone, 200e18, 200e18);
        vm.prank(anyone);
        rewards.claim(bob, 200e18, tree.proof(bob, 200e18));
        vm.assertEq(grid.balanceOf(bob), 200e18, "tokens go to the account");
        vm.assertEq(grid.balanceOf(anyone), 0, "never to the caller");
    }

    function test_claim_revertsBeforeAnyRoot() public {
        vm.expectRevert(Rewards.NoRoot.selector);
        rewards.claim(alice, 1, new bytes32[](0));
    }

    function test_claim_revertsOnWrongProof() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, tree.root(), 350e18);

        // Bob's proof for alice's leaf.
        bytes32[] memory bobProof = tree.proof(bob, 200e18);
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, alice, 100e18));
        rewards.claim(alice, 100e18, bobProof);
        // Empty proof.
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, alice, 100e18));
        rewards.claim(alice, 100e18, new bytes32[](0));
        // Tampered sibling.
        bytes32[] memory proof = tree.proof(alice, 100e18);
        proof[0] = bytes32(uint256(proof[0]) ^ 1);
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, alice, 100e18));
        rewards.claim(alice, 100e18, proof);
        // Right proof, wrong account.
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, anyone, 100e18));
        rewards.claim(anyone, 100e18, tree.proof(alice, 100e18));
    }

    function test_claim_revertsOnWrongAmount() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, tree.root(), 350e18);
        bytes32[] memory proof = tree.proof(alice, 100e18);
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, alice, 100e18 + 1));
        rewards.claim(alice, 100e18 + 1, proof);
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, alice, 100e18 - 1));
        rewards.claim(alice, 100e18 - 1, proof);
    }

    function test_claim_revertsOnSecondClaimOfSameLeaf() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, tree.root(), 350e18);
        bytes32[] memory proof = tree.proof(alice, 100e18);
        rewards.claim(alice, 100e18, proof);
        vm.expectRevert(abi.encodeWithSelector(Rewards.NothingToClaim.selector, alice, 100e18, 100e18));
        rewards.claim(alice, 100e18, proof);
    }

    function test_claim_revertsOnZeroLeaf() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, tree.root(), 350e18);
        vm.expectRevert(abi.encodeWithSelector(Rewards.NothingToClaim.selector, carol, 0, 0));
        rewards.claim(carol, 0, tree.proof(carol, 0));
    }

    function test_claim_newCumulativeRootPaysOnlyTheDelta() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory t0 = _tree4(100e18, 200e18, 0, 50e18);
        _postRoot(0, t0.root(), 350e18);
        rewards.claim(alice, 100e18, t0.proof(alice, 100e18));

        // Epoch 1: alice earns 150 more, carol 30; bob nothing.
        MerkleTreeBuilder.Tree memory t1 = _tree4(250e18, 200e18, 30e18, 50e18);
        _postRoot(1, t1.root(), 530e18); // cumulative: 350 + 180

        // Old proofs are dead: claims go against the latest root only.
        bytes32[] memory stale = t0.proof(bob, 200e18);
        vm.expectRevert(abi.encodeWithSelector(Rewards.InvalidProof.selector, bob, 200e18));
        rewards.claim(bob, 200e18, stale);

        vm.expectEmit(address(rewards));
        emit Claimed(alice, address(this), 150e18, 250e18);
        uint256 paid = rewards.claim(alice, 250e18, t1.proof(alice, 250e18));
        vm.assertEq(paid, 150e18, "pays only the delta");
        vm.assertEq(grid.balanceOf(alice), 250e18, "alice has her cumulative amount");
        vm.assertEq(rewards.claimed(alice), 250e18, "claimed = cumulative");

        // Bob never claimed epoch 0: the cumulative leaf pays it all now.
        rewards.claim(bob, 200e18, t1.proof(bob, 200e18));
        rewards.claim(carol, 30e18, t1.proof(carol, 30e18));
        rewards.claim(dave, 50e18, t1.proof(dave, 50e18));
        vm.assertEq(rewards.totalClaimed(), rewards.allocated(), "everything claimed");
        vm.assertEq(rewards.unclaimedAllocation(), 0, "nothing left to claim");
        vm.assertEq(
            grid.balanceOf(address(rewards)),
            rewards.funded() - rewards.totalClaimed(),
            "balance = funded - claimed"
        );
    }

    /// @dev A bad root (leaves summing above the attested totals) can only pay out what was attested.
    function test_claim_revertsAboveAllocation() public {
        _fund(1_000_000e18);
        // Leaves sum to 300 but the quorum attested a total of 120.
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 200e18, 0, 0);
        _postRoot(0, tree.root(), 120e18);

        vm.expectRevert(abi.encodeWithSelector(Rewards.ClaimExceedsAllocation.selector, 200e18, 120e18));
        rewards.claim(bob, 200e18, tree.proof(bob, 200e18));

        rewards.claim(alice, 100e18, tree.proof(alice, 100e18));
        vm.expectRevert(abi.encodeWithSelector(Rewards.ClaimExceedsAllocation.selector, 200e18, 20e18));
        rewards.claim(bob, 200e18, tree.proof(bob, 200e18));
        vm.assertEq(rewards.totalClaimed(), 100e18, "claims stayed within the allocation");
        vm.assertEq(grid.balanceOf(address(rewards)), 1_000_000e18 - 100e18, "reserve untouched beyond it");
    }

    /// @dev A later root with a lower leaf than already claimed pays nothing and cannot underflow.
    function test_claim_lowerLeafThanClaimedPaysNothing() public {
        _fund(1_000_000e18);
        MerkleTreeBuilder.Tree memory t0 = _tree4(100e18, 0, 0, 0);
        _postRoot(0, t0.root(), 100e18);
        rewards.claim(alice, 100e18, t0.proof(alice, 100e18));
        MerkleTreeBuilder.Tree memory t1 = _tree4(40e18, 60e18, 0, 0);
        _postRoot(1, t1.root(), 100e18);
        vm.expectRevert(abi.encodeWithSelector(Rewards.NothingToClaim.selector, alice, 40e18, 100e18));
        rewards.claim(alice, 40e18, t1.proof(alice, 40e18));
        vm.assertEq(rewards.claimed(alice), 100e18, "claimed never decreases");
    }

    function test_claim_zeroAccountLeafCannotBePaid() public {
        _fund(1_000_000e18);
        address[] memory accounts = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (accounts[0], amounts[0]) = (address(0), 10e18);
        (accounts[1], amounts[1]) = (alice, 5e18);
        MerkleTreeBuilder.Tree memory tree = MerkleTreeBuilder.build(accounts, amounts);
        _postRoot(0, tree.root(), 15e18);
        bytes32[] memory proof = tree.proof(address(0), 10e18);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        rewards.claim(address(0), 10e18, proof);
        vm.assertEq(rewards.totalClaimed(), 0, "nothing recorded");
    }

    function test_claim_singleLeafTree() public {
        _fund(1_000_000e18);
        address[] memory accounts = new address[](1);
        uint256[] memory amounts = new uint256[](1);
        (accounts[0], amounts[0]) = (alice, 7e18);
        MerkleTreeBuilder.Tree memory tree = MerkleTreeBuilder.build(accounts, amounts);
        vm.assertEq(tree.root(), MerkleTreeBuilder.leafHash(alice, 7e18), "root is the leaf");
        _postRoot(0, tree.root(), 7e18);
        rewards.claim(alice, 7e18, new bytes32[](0));
        vm.assertEq(grid.balanceOf(alice), 7e18, "paid with an empty proof");
    }

    /// @dev A token hook that re-enters `claim` is stopped by the guard, and the outer claim reverts with it.
    function test_claim_reentrancyBlocked() public {
        HookToken token = new HookToken();
        Rewards r =
            new Rewards(IERC20(address(token)), quorum, governance, GENESIS, EPOCH_LENGTH, 1e24, 1, 1e24);
        token.approve(address(r), 1e24);
        r.fund(1e24);
        HookReceiver receiver = new HookReceiver();
        address[] memory accounts = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (accounts[0], amounts[0]) = (address(receiver), 10e18);
        (accounts[1], amounts[1]) = (alice, 5e18);
        MerkleTreeBuilder.Tree memory tree = MerkleTreeBuilder.build(accounts, amounts);
        bytes32 root = tree.root();
        vm.warp(r.epochEnd(0));
        bytes32 id = _rootId(0);
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(r),
            Attestations.KIND_REWARD_ROOT,
            id,
            Attestations.rewardRootHash(0, root, 15e18),
            _keys(THRESHOLD)
        );
        r.postRoot(0, root, 15e18, id, sigs);

        bytes32[] memory proof = tree.proof(address(receiver), 10e18);
        receiver.arm(r, 10e18, proof);
        token.setHooked(address(receiver));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        r.claim(address(receiver), 10e18, proof);
        vm.assertEq(r.totalClaimed(), 0, "nothing paid");
        vm.assertEq(token.balanceOf(address(receiver)), 0, "receiver got nothing");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fuzz: claims with random trees
    // ---------------------------------------------------------------------------------------------------------

    function _randomAccounts(uint256 seed, uint256 n) internal pure returns (address[] memory accounts) {
        accounts = new address[](n);
        for (uint256 i; i < n; ++i) {
            // Distinct, non-zero, not precompiles.
            accounts[i] = address(uint160(uint256(keccak256(abi.encode(seed, i))) | (1 << 100)));
        }
    }

    function testFuzz_claim_randomTree(uint256 seed, uint8 size) public {
        uint256 n = bound(size, 1, 40);
        address[] memory accounts = _randomAccounts(seed, n);
        uint256[] memory amounts = new uint256[](n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            amounts[i] = uint256(keccak256(abi.encode(seed, i, "amount"))) % (INITIAL_EMISSION / 40);
            total += amounts[i];
        }
        _fund(INITIAL_EMISSION);
        MerkleTreeBuilder.Tree memory tree = MerkleTreeBuilder.build(accounts, amounts);
        _postRoot(0, tree.root(), total);

        // Claim in a seed-dependent order: start anywhere, step by a stride coprime to n.
        uint256 start = seed % n;
        uint256 stride = 1;
        for (uint256 s = (seed >> 128) % n + 1; s <= n; ++s) {
            if (_gcd(s, n) == 1) {
                stride = s;
                break;
            }
        }
        uint256 paid;
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k * stride) % n;
            bytes32[] memory proof = tree.proof(accounts[i], amounts[i]);
            if (amounts[i] == 0) {
                vm.expectRevert(abi.encodeWithSelector(Rewards.NothingToClaim.selector, accounts[i], 0, 0));
                rewards.claim(accounts[i], 0, proof);
                continue;
            }
            rewards.claim(accounts[i], amounts[i], proof);
            paid += amounts[i];
            vm.assertEq(grid.balanceOf(accounts[i]), amounts[i], "account paid its leaf");
            vm.expectRevert(
                abi.encodeWithSelector(Rewards.NothingToClaim.selector, accounts[i], amounts[i], amounts[i])
            );
            rewards.claim(accounts[i], amounts[i], proof);
            // A leaf amount one higher never verifies.
            vm.expectRevert(
                abi.encodeWithSelector(Rewards.InvalidProof.selector, accounts[i], amounts[i] + 1)
            );
            rewards.claim(accounts[i], amounts[i] + 1, proof);
        }
        vm.assertEq(paid, total, "all leaves paid");
        vm.assertEq(rewards.totalClaimed(), total, "total claimed = posted total");
        vm.assertEq(grid.balanceOf(address(rewards)), INITIAL_EMISSION - total, "balance = funded - claimed");
    }

    function testFuzz_claim_cumulativeOverEpochs(uint256 seed) public {
        uint256 n = bound(seed, 2, 12);
        address[] memory accounts = _randomAccounts(seed, n);
        uint256[] memory cumulative = new uint256[](n);
        _fund(MAX_SUPPLY);
        uint256 allocatedSoFar;
        for (uint64 epoch; epoch < 4; ++epoch) {
            uint256 total;
            for (uint256 i; i < n; ++i) {
                uint256 inc = uint256(keccak256(abi.encode(seed, epoch, i))) % (rewards.emission(epoch) / n);
                cumulative[i] += inc;
                total += inc;
            }
            MerkleTreeBuilder.Tree memory tree = MerkleTreeBuilder.build(accounts, cumulative);
            allocatedSoFar += total;
            _postRoot(epoch, tree.root(), allocatedSoFar);
            // Each epoch, a seed-chosen subset claims.
            for (uint256 i; i < n; ++i) {
                if (uint256(keccak256(abi.encode(seed, epoch, i, "claims"))) % 2 == 0) continue;
                uint256 before = rewards.claimed(accounts[i]);
                if (cumulative[i] == before) continue;
                uint256 paid =
                    rewards.claim(accounts[i], cumulative[i], tree.proof(accounts[i], cumulative[i]));
                vm.assertEq(paid, cumulative[i] - before, "pays the delta");
                vm.assertEq(grid.balanceOf(accounts[i]), cumulative[i], "balance = cumulative leaf");
            }
            vm.assertEq(rewards.allocated(), allocatedSoFar, "allocated = sum of totals");
            vm.assertLe(rewards.totalClaimed(), rewards.allocated(), "claimed <= allocated");
        }
    }

    function _gcd(uint256 a, uint256 b) internal pure returns (uint256) {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    // ---------------------------------------------------------------------------------------------------------
    // sweep and ownership
    // ---------------------------------------------------------------------------------------------------------

    function test_sweep_onlyTheGridSurplus() public {
        _fund(1_000e18);
        MerkleTreeBuilder.Tree memory tree = _tree4(100e18, 0, 0, 0);
        _postRoot(0, tree.root(), 100e18);
        rewards.claim(alice, 100e18, tree.proof(alice, 100e18));
        vm.prank(treasury);
        vm.assertTrue(grid.transfer(address(rewards), 7e18), "donation without fund()");

        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(Rewards.SweepAboveSurplus.selector, address(grid), 7e18 + 1, 7e18)
        );
        rewards.sweep(grid, governance, 7e18 + 1);

        vm.expectEmit(address(rewards));
        emit Swept(address(grid), governance, 7e18);
        vm.prank(governance);
        rewards.sweep(grid, governance, 7e18);
        vm.assertEq(grid.balanceOf(governance), 7e18, "surplus swept");
        vm.assertEq(grid.balanceOf(address(rewards)), 900e18, "reserve and allocations untouched");

        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(Rewards.SweepAboveSurplus.selector, address(grid), 1, 0));
        rewards.sweep(grid, governance, 1);
    }

    function test_sweep_otherToken() public {
        QuirkyToken token = new QuirkyToken();
        vm.assertTrue(token.transfer(address(rewards), 5e18), "transfer");
        vm.prank(governance);
        rewards.sweep(IERC20(address(token)), anyone, 5e18);
        vm.assertEq(token.balanceOf(anyone), 5e18, "other token swept whole");
    }

    function test_sweep_reverts() public {
        vm.prank(anyone);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, anyone));
        rewards.sweep(grid, anyone, 1);
        vm.startPrank(governance);
        vm.expectRevert(Rewards.ZeroAddress.selector);
        rewards.sweep(grid, address(0), 1);
        vm.expectRevert(Rewards.ZeroAmount.selector);
        rewards.sweep(grid, governance, 0);
        vm.stopPrank();
    }

    function test_ownership_twoStep() public {
        vm.prank(governance);
        rewards.transferOwnership(anyone);
        vm.assertEq(rewards.owner(), governance, "not yet transferred");
        vm.assertEq(rewards.pendingOwner(), anyone, "pending");
        vm.prank(anyone);
        rewards.acceptOwnership();
        vm.assertEq(rewards.owner(), anyone, "transferred");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Merkle tree builder: byte-for-byte OpenZeppelin StandardMerkleTree
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Vector from @openzeppelin/merkle-tree 1.0.x:
    /// StandardMerkleTree.of([[0x11..11, 5e18], [0x22..22, 2.5e18], [0x33..33, 1], [0x44..44, 1000e18],
    /// [0x55..55, 7]], ["address", "uint256"]).
    function test_merkleTreeBuilder_matchesOpenZeppelinJs() public pure {
        address[] memory accounts = new address[](5);
        uint256[] memory amounts = new uint256[](5);
        accounts[0] = 0x1111111111111111111111111111111111111111;
        accounts[1] = 0x2222222222222222222222222222222222222222;
        accounts[2] = 0x3333333333333333333333333333333333333333;
        accounts[3] = 0x4444444444444444444444444444444444444444;
        accounts[4] = 0x5555555555555555555555555555555555555555;
        (amounts[0], amounts[1], amounts[2], amounts[3], amounts[4]) = (5e18, 2.5e18, 1, 1000e18, 7);
        MerkleTreeBuilder.Tree memory tree = MerkleTreeBuilder.build(accounts, amounts);
        vm.assertEq(
            tree.root(),
            0xac5471d8fcf03a717427eda4812f3eec4c76f63698f95d288806bd573218d207,
            "root (JS vector)"
        );
        bytes32[] memory p = tree.proof(accounts[1], amounts[1]);
        vm.assertEq(p.length, 3, "proof length for 0x22..22");
        vm.assertEq(p[0], 0x01ca829ede63c03e464b2400201ae111bbc5b35a7b80444d58dc728bd19bd783, "proof[0]");
        vm.assertEq(p[1], 0xfa522059ca1799a828e685724e22f89ce8654fe92bfd9cda7431e92a03c266ad, "proof[1]");
        vm.assertEq(p[2], 0x21c4464cf1269efc87ac45e35e6d3c6a9850599efd681877517f870069acf046, "proof[2]");
        p = tree.proof(accounts[4], amounts[4]);
        vm.assertEq(p.length, 2, "proof length for 0x55..55");
        vm.assertEq(p[0], 0x85290a89b25e31fb67540994e9e00c0c5fef479ed62a683dd18b27a32156e31d, "proof[0]");
        vm.assertEq(p[1], 0x21c4464cf1269efc87ac45e35e6d3c6a9850599efd681877517f870069acf046, "proof[1]");
    }
}
