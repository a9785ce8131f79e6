// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {GatewayFixture} from "./utils/GatewayFixture.sol";
import {QuorumHelper} from "./utils/QuorumHelper.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {SolanaGateway} from "../src/SolanaGateway.sol";
import {ISolanaGateway} from "../src/interfaces/ISolanaGateway.sol";
import {IAttestationQuorum} from "../src/interfaces/IAttestationQuorum.sol";
import {IGridPriceOracle} from "../src/interfaces/IGridPriceOracle.sol";
import {AttestationQuorum} from "../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../src/GridPriceOracle.sol";
import {Staking} from "../src/Staking.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";
import {Attestations} from "../src/Attestations.sol";

/// @notice Unit and regression tests for SolanaGateway against the real GRID, Staking, quorum and oracle: every
/// flow and revert path with exact errors, replay (same key, mutated key and domain fields, rotated signer
/// set), f < k signers, cap windows and the large-transfer delay, pause and unpause, USDC swap math and its
/// rounding, refund decisions for deposits that cannot be served, the reserve, governance and views.
contract SolanaGatewayTest is GatewayFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    bytes32 internal constant REFUND_ACCOUNT = keccak256("depositor's token account");
    uint8 internal constant MALFORMED = uint8(ISolanaGateway.RefundReason.MalformedMemo);

    function setUp() public {
        _deployGateway(1 hours);
    }

    /// @dev The address AttestationQuorum recovers from the first signature of `sigs` for an attestation.
    function _firstSigner(bytes32 id, uint8 kind, address target, bytes32 payloadHash, bytes memory sigs)
        internal
        view
        returns (address)
    {
        bytes32 digest = quorum.attestationDigest(target, kind, id, payloadHash);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(sigs, 32))
            s := mload(add(sigs, 64))
            v := byte(0, mload(add(sigs, 96)))
        }
        return ecrecover(digest, v, r, s);
    }

    function _releasePayload(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        address recipient
    ) internal pure returns (bytes32) {
        return Attestations.solanaDepositReleaseHash(_id(key), mint, amount, recipient);
    }

    // ============================================================================================== vectors

    /// @notice The encodings the Go side mirrors (notes: abi-gateway.md), against values computed independently
    /// with `cast keccak` / `cast abi-encode`: Solana mainnet's genesis hash as the cluster, signature bytes
    /// 0x01..0x40, instruction 2.
    function test_vectors_forGo() public view {
        ISolanaGateway.DepositKey memory key = ISolanaGateway.DepositKey({
            cluster: 0x45296998a6f8e2a784db5d9f95e18fc23f70441a1039446801089879b08c7ef0,
            signatureHi: 0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20,
            signatureLo: 0x2122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f40,
            index: 2
        });
        bytes32 id = 0x22194526a5ede1bb569b369d8ef563dcc3b2a7de00e16966192eaad6efa59af5;
        vm.assertEq(gateway.depositId(key), id, "depositId");
        vm.assertEq(
            Attestations.SOLANA_DEPOSIT_RELEASE_TYPEHASH,
            0x30c6de564d934d7118dcce2539b6bf4069a86a132d449be9d618d576f6453ee7,
            "release typehash"
        );
        vm.assertEq(
            Attestations.SOLANA_DEPOSIT_REFUND_TYPEHASH,
            0x2a209fd502e217c2892fdb79b40d3cc118d65647f2976cfe76f05fa18f9bd7ba,
            "refund typehash"
        );
        vm.assertEq(
            Attestations.SOLANA_OUTBOUND_RETURN_TYPEHASH,
            0x1d15ecf4068eb51a2f99096e91e25c6fcc204e3c2b6ec68b7df950f5097b6523,
            "return typehash"
        );
        vm.assertEq(
            Attestations.solanaDepositReleaseHash(
                id, USDC_MINT, 1_000_000_000, 0x1111111111111111111111111111111111111111
            ),
            0x4f9c3ad0b4621af6429e20f08482d35aec378e275192e541c13a9de179f8ee6d,
            "release payload"
        );
        vm.assertEq(
            Attestations.solanaDepositRefundHash(
                id,
                GRID_MINT,
                5_000_000_000,
                0x4142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f60,
                1
            ),
            0xd1b947470e85741dd6f81c640ec6a9d9f39602d0b6165942e90bfd7b7f95146e,
            "refund payload"
        );
        vm.assertEq(
            Attestations.solanaOutboundReturnHash(7, 1),
            0xec92b9327b4632b56eaeee98ce522fc75dabaaf8bc36463c360e316901cb9ddd,
            "return payload"
        );
    }

    // =============================================================================================== set-up

    function test_constructor() public view {
        vm.assertEq(address(gateway.quorum()), address(quorum), "quorum");
        vm.assertEq(address(gateway.priceOracle()), address(oracle), "oracle");
        vm.assertEq(address(gateway.grid()), address(grid), "grid");
        vm.assertEq(gateway.owner(), governance, "owner");
        vm.assertEq(gateway.guardian(), guardian, "guardian");
        vm.assertEq(uint256(gateway.solanaGridDecimals()), 9, "grid decimals");
        vm.assertEq(uint256(gateway.solanaUsdDecimals()), 6, "usd decimals");
        vm.assertEq(uint256(gateway.windowLength()), WINDOW, "window");
        (uint256 cap, uint256 threshold, uint32 delay, uint16 fee) = gateway.limits();
        vm.assertEq(cap, WINDOW_CAP, "cap");
        vm.assertEq(threshold, LARGE_THRESHOLD, "threshold");
        vm.assertEq(uint256(delay), LARGE_DELAY, "delay");
        vm.assertEq(uint256(fee), SWAP_FEE_BPS, "fee");
        vm.assertEq(gateway.minOutbound(), MIN_OUTBOUND, "min outbound");
        vm.assertEq(gateway.locked() + gateway.reserve() + gateway.pendingTotal(), 0, "holds nothing");
        vm.assertFalse(gateway.paused(), "not paused");
    }

    function test_constructor_reverts() public {
        SolanaGateway.Config memory c = _config();
        vm.expectRevert(ISolanaGateway.ZeroAddress.selector);
        new SolanaGateway(governance, IAttestationQuorum(address(0)), oracle, grid, c);
        vm.expectRevert(ISolanaGateway.ZeroAddress.selector);
        new SolanaGateway(governance, quorum, IGridPriceOracle(address(0)), grid, c);
        vm.expectRevert(ISolanaGateway.ZeroAddress.selector);
        new SolanaGateway(governance, quorum, oracle, IERC20(address(0)), c);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new SolanaGateway(address(0), quorum, oracle, grid, c);

        c = _config();
        c.solanaGridDecimals = 19;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnsupportedDecimals.selector, 19));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c = _config();
        c.solanaUsdDecimals = 24;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnsupportedDecimals.selector, 24));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c = _config();
        c.windowLength = 1 hours - 1;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "windowLength"));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c.windowLength = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "windowLength"));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c = _config();
        c.windowCap = 0;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "windowCap"));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c = _config();
        c.largeThreshold = 0;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "largeThreshold"));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c = _config();
        c.largeDelay = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "largeDelay"));
        new SolanaGateway(governance, quorum, oracle, grid, c);
        c = _config();
        c.swapFeeBps = 1_001;
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "swapFeeBps"));
        new SolanaGateway(governance, quorum, oracle, grid, c);
    }

    /// @notice No trusted defaults: a gateway on a quorum that never applied a signer set releases nothing, even
    /// with signatures that are genuine for another quorum.
    function test_noSignerSet_everyAttestedPathReverts() public {
        AttestationQuorum empty = new AttestationQuorum(governance, staking, SIGNER_SET_DELAY);
        SolanaGateway bare = new SolanaGateway(governance, empty, oracle, grid, _config());
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, GRID_MINT, 1, alice, _keys(THRESHOLD));
        vm.expectRevert(IAttestationQuorum.NoActiveSignerSet.selector);
        bare.recordRefund(key, GRID_MINT, 1, REFUND_ACCOUNT, MALFORMED, sigs);
        _fundReserveOf(bare, 1_000e18);
        vm.expectRevert(IAttestationQuorum.NoActiveSignerSet.selector);
        bare.releaseDeposit(key, USDC_MINT, 1e6, alice, sigs);
        vm.expectRevert(IAttestationQuorum.NoActiveSignerSet.selector);
        bare.releaseDeposit(key, USDC_MINT, 1e6, alice, "");
    }

    function _fundReserveOf(SolanaGateway g, uint256 amount) internal {
        vm.startPrank(treasury);
        grid.approve(address(g), amount);
        g.fundReserve(amount);
        vm.stopPrank();
    }

    // ============================================================================================= releases

    function test_releaseGrid_paidAtOnce() public {
        _bridgeGrid(bob, 10_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes32 id = _id(key);
        vm.assertEq(gateway.depositId(key), id, "deposit id view");
        bytes memory sigs = _signRelease(key, GRID_MINT, 2_500e9, alice, _keys(THRESHOLD));
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.DepositReleased(id, alice, GRID_MINT, 2_500e9, 2_500e18, 0, 0);
        (uint256 gridAmount, uint64 releasableAt) =
            gateway.releaseDeposit(key, GRID_MINT, 2_500e9, alice, sigs);
        vm.assertEq(gridAmount, 2_500e18, "9-decimal units scale to wei");
        vm.assertEq(uint256(releasableAt), block.timestamp, "paid now");
        vm.assertEq(grid.balanceOf(alice), 2_500e18, "recipient paid");
        vm.assertEq(gateway.locked(), 7_500e18, "locked decreased");
        vm.assertEq(grid.balanceOf(address(gateway)), 7_500e18, "gateway holds the rest");
        (uint64 window, uint256 scheduled) = gateway.frontier();
        vm.assertEq(uint256(window), block.timestamp / WINDOW, "current window");
        vm.assertEq(scheduled, 2_500e18, "counted in the window");
        vm.assertTrue(gateway.depositDecided(id), "decided");
        vm.assertEq(gateway.queuedRelease(id).recipient, address(0), "nothing queued");
    }

    function test_releaseGrid_insufficientLocked() public {
        _bridgeGrid(bob, 1_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, GRID_MINT, 1_001e9, alice, _keys(THRESHOLD));
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.InsufficientLocked.selector, 1_001e18, 1_000e18)
        );
        gateway.releaseDeposit(key, GRID_MINT, 1_001e9, alice, sigs);
        vm.assertFalse(gateway.depositDecided(_id(key)), "attestation left unused");
    }

    function test_release_inputChecks() public {
        _bridgeGrid(bob, 1_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, GRID_MINT, 1e9, alice, _keys(THRESHOLD));
        ISolanaGateway.DepositKey memory zero = _key(1);
        zero.cluster = bytes32(0);
        vm.expectRevert(ISolanaGateway.ZeroDepositKey.selector);
        gateway.releaseDeposit(zero, GRID_MINT, 1e9, alice, sigs);
        zero = _key(1);
        zero.signatureHi = bytes32(0);
        zero.signatureLo = bytes32(0);
        vm.expectRevert(ISolanaGateway.ZeroDepositKey.selector);
        gateway.releaseDeposit(zero, GRID_MINT, 1e9, alice, sigs);
        vm.expectRevert(ISolanaGateway.ZeroAmount.selector);
        gateway.releaseDeposit(key, GRID_MINT, 0, alice, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnknownMint.selector, 0));
        gateway.releaseDeposit(key, 0, 1e9, alice, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnknownMint.selector, 3));
        gateway.releaseDeposit(key, 3, 1e9, alice, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnusableRecipient.selector, address(0)));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, address(0), sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnusableRecipient.selector, address(gateway)));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, address(gateway), sigs);
        // Still releasable as attested.
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, sigs);
        vm.assertEq(grid.balanceOf(alice), 1e18, "released");
    }

    // =============================================================================================== replay

    function test_replay_sameKeyRefused() public {
        _bridgeGrid(bob, 1_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, GRID_MINT, 1e9, alice, _keys(THRESHOLD));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, sigs);
        bytes memory err = abi.encodeWithSelector(
            IAttestationQuorum.AttestationAlreadyConsumed.selector,
            address(gateway),
            Attestations.KIND_SOLANA_DEPOSIT,
            _id(key)
        );
        vm.expectRevert(err);
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, sigs);
        // Fresh signatures by another k-subset, or for another recipient or amount: the key is spent.
        uint256[] memory others = new uint256[](3);
        (others[0], others[1], others[2]) = (signerKeys[2], signerKeys[3], signerKeys[4]);
        bytes memory fresh = _signRelease(key, GRID_MINT, 1e9, alice, others);
        vm.expectRevert(err);
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, fresh);
        fresh = _signRelease(key, GRID_MINT, 2e9, bob, _keys(THRESHOLD));
        vm.expectRevert(err);
        gateway.releaseDeposit(key, GRID_MINT, 2e9, bob, fresh);
        // Nor can it be refunded after its release.
        fresh = _signRefund(key, GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, _keys(THRESHOLD));
        vm.expectRevert(err);
        gateway.recordRefund(key, GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, fresh);
        vm.assertEq(grid.balanceOf(alice), 1e18, "paid once");
    }

    /// @notice Signatures over one deposit key do not verify for any other: each field of the replay key
    /// (cluster, both signature halves, instruction index) is bound.
    function test_replay_mutatedKeyFieldsRefused() public {
        _bridgeGrid(bob, 1_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, GRID_MINT, 1e9, alice, _keys(THRESHOLD));
        for (uint256 field; field < 4; ++field) {
            ISolanaGateway.DepositKey memory m = _key(1);
            if (field == 0) m.cluster = keccak256("another cluster");
            if (field == 1) m.signatureHi = bytes32(uint256(m.signatureHi) ^ 1);
            if (field == 2) m.signatureLo = bytes32(uint256(m.signatureLo) ^ 1);
            if (field == 3) m.index = m.index + 1;
            address recovered = _firstSigner(
                _id(m),
                Attestations.KIND_SOLANA_DEPOSIT,
                address(gateway),
                _releasePayload(m, GRID_MINT, 1e9, alice),
                sigs
            );
            vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
            gateway.releaseDeposit(m, GRID_MINT, 1e9, alice, sigs);
        }
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, sigs);
    }

    /// @notice Mutated payload and domain fields: amount, mint, recipient, and signatures made for another
    /// consumer, another kind, another chain and an older signer set are all refused.
    function test_replay_mutatedDomainFieldsRefused() public {
        _bridgeGrid(bob, 1_000e18);
        _fundReserve(10_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes32 id = _id(key);
        bytes memory sigs = _signRelease(key, GRID_MINT, 1e9, alice, _keys(THRESHOLD));

        // Payload fields.
        _expectUnknownSigner(
            key, GRID_MINT, 2e9, alice, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), sigs
        );
        gateway.releaseDeposit(key, GRID_MINT, 2e9, alice, sigs);
        _expectUnknownSigner(
            key, USDC_MINT, 1e9, alice, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), sigs
        );
        gateway.releaseDeposit(key, USDC_MINT, 1e9, alice, sigs);
        _expectUnknownSigner(
            key, GRID_MINT, 1e9, bob, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), sigs
        );
        gateway.releaseDeposit(key, GRID_MINT, 1e9, bob, sigs);

        // Signed for another gateway (target), or as another kind.
        SolanaGateway other = new SolanaGateway(governance, quorum, oracle, grid, _config());
        bytes32 payload = _releasePayload(key, GRID_MINT, 1e9, alice);
        bytes memory forOther = QuorumHelper.sign(
            quorum, address(other), Attestations.KIND_SOLANA_DEPOSIT, id, payload, _keys(THRESHOLD)
        );
        address recovered =
            _firstSigner(id, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), payload, forOther);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, forOther);
        bytes memory asBreach = QuorumHelper.sign(
            quorum, address(gateway), Attestations.KIND_BREACH, id, payload, _keys(THRESHOLD)
        );
        recovered = _firstSigner(id, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), payload, asBreach);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, asBreach);
        // A release signature does not record a refund (another payload type, same kind and id).
        bytes32 refundPayload =
            Attestations.solanaDepositRefundHash(id, GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED);
        recovered = _firstSigner(id, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), refundPayload, sigs);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
        gateway.recordRefund(key, GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, sigs);

        // Another chain: the quorum's EIP-712 domain binds the chain id.
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        recovered = _firstSigner(id, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), payload, sigs);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, sigs);
        vm.chainId(chainId);

        // The same members re-applied as a new signer set version: the old signatures are dead.
        vm.prank(governance);
        quorum.proposeSignerSet(QuorumHelper.addresses(signerKeys), THRESHOLD);
        vm.warp(block.timestamp + SIGNER_SET_DELAY);
        quorum.applySignerSet();
        _postPrice(GRID_PRICE);
        recovered = _firstSigner(id, Attestations.KIND_SOLANA_DEPOSIT, address(gateway), payload, sigs);
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, sigs);
        // Re-signed under the new set, it goes through once.
        _release(key, GRID_MINT, 1e9, alice);
        vm.assertEq(grid.balanceOf(alice), 1e18, "paid once");
    }

    function _expectUnknownSigner(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        address recipient,
        uint8 kind,
        address target,
        bytes memory sigs
    ) internal {
        address recovered = _firstSigner(
            _id(key), kind, target, _releasePayload(key, mint, amount, recipient), sigs
        );
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.UnknownSigner.selector, 0, recovered));
    }

    // ========================================================================================= f < k signers

    function test_fewerThanK_cannotRelease() public {
        _bridgeGrid(bob, 1_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        // k - 1 members.
        bytes memory two = _signRelease(key, GRID_MINT, 1e9, alice, _keys(THRESHOLD - 1));
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.NotEnoughSignatures.selector, 2, 3));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, two);
        // k - 1 members and staked inspectors outside the set.
        uint256[] memory mixed = new uint256[](4);
        (mixed[0], mixed[1], mixed[2], mixed[3]) =
        (signerKeys[0], signerKeys[1], outsiderKeys[0], outsiderKeys[1]);
        bytes memory withOutsiders = _signRelease(key, GRID_MINT, 1e9, alice, mixed);
        uint256[] memory sorted = QuorumHelper.sortByAddress(mixed);
        uint256 firstOutsider;
        while (sorted[firstOutsider] == signerKeys[0] || sorted[firstOutsider] == signerKeys[1]) {
            ++firstOutsider;
        }
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.UnknownSigner.selector, firstOutsider, vm.addr(sorted[firstOutsider])
            )
        );
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, withOutsiders);
        // One member's signature three times.
        bytes memory one = _signRelease(key, GRID_MINT, 1e9, alice, _keys(1));
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.SignatureOrder.selector, 1));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, bytes.concat(one, one, one));
        // k members, one of whom unbonded below the minimum: its signature no longer counts.
        vm.prank(vm.addr(signerKeys[0]));
        staking.unbond(IStaking.Role.Inspector, 1);
        bytes memory three = _signRelease(key, GRID_MINT, 1e9, alice, _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.NotEnoughSignatures.selector, 2, 3));
        gateway.releaseDeposit(key, GRID_MINT, 1e9, alice, three);
        vm.assertFalse(gateway.depositDecided(_id(key)), "nothing consumed");
        vm.assertEq(grid.balanceOf(alice), 0, "nothing paid");
        // The same f < k cannot record a refund or return an outbound transfer either.
        bytes memory refundTwo =
            _signRefund(key, GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, _keys(THRESHOLD - 1));
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.NotEnoughSignatures.selector, 2, 3));
        gateway.recordRefund(key, GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, refundTwo);
        bytes memory returnTwo = _signReturn(1, 1, _keys(THRESHOLD - 1));
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.NotEnoughSignatures.selector, 2, 3));
        gateway.returnOutbound(1, 1, returnTwo);
    }

    // ========================================================================================= cap, delay

    function test_cap_fullWindowQueuesIntoNext() public {
        _bridgeGrid(bob, 3_000_000e18);
        vm.prank(governance);
        gateway.setLargeTransfer(WINDOW_CAP, LARGE_DELAY); // nothing counts as large here
        uint256 windowStart = (block.timestamp / WINDOW) * WINDOW;
        // 600k + 400k fill the window exactly, paid at once.
        _release(_key(1), GRID_MINT, 600_000e9, alice);
        _release(_key(2), GRID_MINT, 400_000e9, alice);
        vm.assertEq(grid.balanceOf(alice), 1_000_000e18, "cap paid at once");
        // One wei-unit more goes to the next window.
        ISolanaGateway.DepositKey memory key = _key(3);
        bytes32 id = _id(key);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.DepositQueued(
            id,
            bob,
            GRID_MINT,
            1,
            1e9,
            0,
            0,
            uint64(block.timestamp / WINDOW + 1),
            uint64(windowStart + WINDOW)
        );
        (, uint64 due) = _release(key, GRID_MINT, 1, bob);
        vm.assertEq(uint256(due), windowStart + WINDOW, "queued to the next window's start");
        vm.assertEq(gateway.pendingTotal(), 1e9, "pending");
        vm.assertEq(grid.balanceOf(bob), 0, "not paid yet");
        ISolanaGateway.QueuedRelease memory q = gateway.queuedRelease(id);
        vm.assertEq(q.recipient, bob, "queued recipient");
        vm.assertEq(uint256(q.amount), 1e9, "queued amount");

        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.NotYetReleasable.selector, id, due, block.timestamp)
        );
        gateway.completeRelease(id);
        vm.warp(due);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.QueuedReleaseCompleted(id, bob, 1e9);
        vm.prank(makeAddr("anyone"));
        gateway.completeRelease(id);
        vm.assertEq(grid.balanceOf(bob), 1e9, "paid");
        vm.assertEq(gateway.pendingTotal(), 0, "nothing pending");
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.NotQueued.selector, id));
        gateway.completeRelease(id);
        // The next window already holds 1e9; 999,999.999999999 GRID more fit, paid now (its start has come).
        (, due) = _release(_key(4), GRID_MINT, 999_999_999_999_999, alice);
        vm.assertEq(uint256(due), block.timestamp, "fits the rest of the window");
        (, due) = _release(_key(5), GRID_MINT, 1, alice);
        vm.assertEq(uint256(due), windowStart + 2 * WINDOW, "then the window after");
    }

    function test_cap_singleReleaseAboveCapBecomesRefund() public {
        _bridgeGrid(bob, 2_000_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        uint64 amount = 1_000_000e9 + 1;
        bytes memory sigs = _signRelease(key, GRID_MINT, amount, alice, _keys(THRESHOLD));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISolanaGateway.AmountAboveCap.selector, uint256(amount) * GRID_UNIT, WINDOW_CAP
            )
        );
        gateway.releaseDeposit(key, GRID_MINT, amount, alice, sigs);
        // The inspectors attest a refund instead; the release can never go through afterwards.
        uint8 reason = uint8(ISolanaGateway.RefundReason.AboveCap);
        bytes memory refund = _signRefund(key, GRID_MINT, amount, REFUND_ACCOUNT, reason, _keys(THRESHOLD));
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.DepositRefundRecorded(_id(key), GRID_MINT, amount, REFUND_ACCOUNT, reason);
        gateway.recordRefund(key, GRID_MINT, amount, REFUND_ACCOUNT, reason, refund);
        vm.prank(governance);
        gateway.setWindowCap(2 * WINDOW_CAP);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.AttestationAlreadyConsumed.selector,
                address(gateway),
                Attestations.KIND_SOLANA_DEPOSIT,
                _id(key)
            )
        );
        gateway.releaseDeposit(key, GRID_MINT, amount, alice, sigs);
        vm.assertEq(gateway.locked(), 2_000_000e18, "nothing released");
    }

    function test_delay_largeTransferQueued() public {
        _bridgeGrid(bob, 1_000_000e18);
        // At the threshold: paid now. One unit above: waits LARGE_DELAY.
        (, uint64 due) = _release(_key(1), GRID_MINT, 100_000e9, alice);
        vm.assertEq(uint256(due), block.timestamp, "threshold itself is not large");
        bytes32 id = _id(_key(2));
        (uint256 gridAmount, uint64 due2) = _release(_key(2), GRID_MINT, 100_000e9 + 1, alice);
        vm.assertEq(uint256(due2), block.timestamp + LARGE_DELAY, "large: delayed");
        vm.assertEq(gateway.pendingTotal(), gridAmount, "pending");
        vm.warp(due2 - 1);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.NotYetReleasable.selector, id, due2, due2 - 1));
        gateway.completeRelease(id);
        vm.warp(due2);
        gateway.completeRelease(id);
        vm.assertEq(grid.balanceOf(alice), 200_000e18 + 1e9, "both paid");
    }

    /// @notice Whoever holds k keys can schedule at most the cap per window, and nothing is paid before its
    /// window starts: over any number of forged releases, GRID paid by the end of window w is at most
    /// (w - first + 1) x cap.
    function test_cap_attackerWithKKeysBoundedPerWindow() public {
        _bridgeGrid(bob, 10_000_000e18);
        address attacker = makeAddr("attacker");
        uint256 first = block.timestamp / WINDOW;
        bytes32[] memory ids = new bytes32[](30);
        // 30 forged "deposits" of 300k GRID each; the threshold is raised so only the cap holds them back.
        vm.prank(governance);
        gateway.setLargeTransfer(WINDOW_CAP, LARGE_DELAY);
        for (uint256 i; i < 30; ++i) {
            ids[i] = _id(_key(100 + i));
            _release(_key(100 + i), GRID_MINT, 300_000e9, attacker);
        }
        // Three fit per window (900k); the rest queue, three per window.
        for (uint256 w; w < 10; ++w) {
            vm.warp((first + w) * WINDOW + (w == 0 ? block.timestamp % WINDOW : 0));
            for (uint256 i; i < 30; ++i) {
                ISolanaGateway.QueuedRelease memory q = gateway.queuedRelease(ids[i]);
                if (q.recipient != address(0) && q.releasableAt <= block.timestamp) {
                    gateway.completeRelease(ids[i]);
                }
            }
            vm.assertLe(grid.balanceOf(attacker), (w + 1) * WINDOW_CAP, "paid <= cap per elapsed window");
            vm.assertEq(grid.balanceOf(attacker), (w + 1) * 900_000e18, "three per window");
        }
    }

    function test_cap_loweredLaterNeverStrandsQueued() public {
        _bridgeGrid(bob, 2_000_000e18);
        _release(_key(1), GRID_MINT, 900_000e9, alice);
        (, uint64 due) = _release(_key(2), GRID_MINT, 200_000e9, alice); // large, and into the next window
        vm.prank(governance);
        gateway.setWindowCap(1e18);
        vm.prank(governance);
        gateway.setLargeTransfer(1, 30 days);
        vm.warp(due);
        gateway.completeRelease(_id(_key(1)));
        gateway.completeRelease(_id(_key(2)));
        vm.assertEq(grid.balanceOf(alice), 1_100_000e18, "queued releases paid under the old terms");
    }

    function test_previewSchedule_matchesRelease() public {
        _bridgeGrid(bob, 2_000_000e18);
        _release(_key(1), GRID_MINT, 950_000e9, alice);
        (uint64 window, uint64 due) = gateway.previewSchedule(60_000e18);
        (, uint64 actual) = _release(_key(2), GRID_MINT, 60_000e9, alice);
        vm.assertEq(uint256(due), uint256(actual), "preview = release");
        (uint64 w,) = gateway.frontier();
        vm.assertEq(uint256(window), uint256(w), "window");
        vm.assertEq(gateway.currentWindow() + 1, w, "next window");
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.AmountAboveCap.selector, WINDOW_CAP + 1, WINDOW_CAP)
        );
        gateway.previewSchedule(uint256(WINDOW_CAP) + 1);
    }

    // ================================================================================================ pause

    function test_pause_blocksEverythingAndAttestedCompletesAfter() public {
        _bridgeGrid(bob, 1_000_000e18);
        (, uint64 due) = _release(_key(1), GRID_MINT, 200_000e9, alice); // queued (large)
        ISolanaGateway.DepositKey memory key = _key(2);
        bytes memory sigs = _signRelease(key, GRID_MINT, 10e9, alice, _keys(THRESHOLD));
        bytes memory refund =
            _signRefund(_key(3), GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, _keys(THRESHOLD));
        address carol = makeAddr("carol");
        uint64 outId = _bridgeGrid(carol, 5e18);
        bytes memory ret = _signReturn(outId, 1, _keys(THRESHOLD));

        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.NotGuardian.selector, alice));
        vm.prank(alice);
        gateway.pause();
        vm.prank(guardian);
        gateway.pause();
        vm.assertTrue(gateway.paused(), "paused");
        vm.warp(due + 1 days);

        vm.expectRevert(Pausable.EnforcedPause.selector);
        gateway.releaseDeposit(key, GRID_MINT, 10e9, alice, sigs);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        gateway.completeRelease(_id(_key(1)));
        vm.expectRevert(Pausable.EnforcedPause.selector);
        gateway.recordRefund(_key(3), GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, refund);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        gateway.returnOutbound(outId, 1, ret);
        vm.startPrank(bob);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        gateway.bridgeToSolana(GRID_MINT, 1e18, keccak256("w"), 0);
        vm.stopPrank();
        // The guardian cannot unpause.
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
        vm.prank(guardian);
        gateway.unpause();
        // The reserve can still be funded and withdrawn.
        _fundReserve(10e18);

        vm.prank(governance);
        gateway.unpause();
        _postPrice(GRID_PRICE);
        gateway.completeRelease(_id(_key(1)));
        gateway.releaseDeposit(key, GRID_MINT, 10e9, alice, sigs);
        gateway.recordRefund(_key(3), GRID_MINT, 1e9, REFUND_ACCOUNT, MALFORMED, refund);
        gateway.returnOutbound(outId, 1, ret);
        vm.assertEq(grid.balanceOf(alice), 200_010e18, "everything attested completed");
        vm.assertEq(grid.balanceOf(carol), 5e18, "outbound returned");
    }

    function test_pause_ownerAndNoGuardian() public {
        vm.prank(governance);
        gateway.setGuardian(address(0));
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.NotGuardian.selector, guardian));
        vm.prank(guardian);
        gateway.pause();
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.NotGuardian.selector, address(0)));
        vm.prank(address(0));
        gateway.pause();
        vm.prank(governance);
        gateway.pause();
        vm.assertTrue(gateway.paused(), "owner paused");
    }

    // ================================================================================================= USDC

    function test_releaseUsdc_swapMathWithFee() public {
        _fundReserve(100_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        // 1,000 USDC at $0.50: 2,000 GRID gross, 0.5% fee = 10 GRID, 1,990 GRID out.
        (uint256 quoted, uint256 qFee, uint256 qPrice) = gateway.quoteDeposit(USDC_MINT, 1_000e6);
        vm.assertEq(quoted, 1_990e18, "quote");
        vm.assertEq(qFee, 10e18, "quote fee");
        vm.assertEq(qPrice, GRID_PRICE, "quote price");
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.DepositReleased(_id(key), alice, USDC_MINT, 1_000e6, 1_990e18, 10e18, GRID_PRICE);
        (uint256 gridAmount,) = _release(key, USDC_MINT, 1_000e6, alice);
        vm.assertEq(gridAmount, 1_990e18, "GRID out");
        vm.assertEq(grid.balanceOf(alice), 1_990e18, "paid");
        vm.assertEq(gateway.reserve(), 100_000e18 - 1_990e18, "fee stays in the reserve");
        vm.assertEq(gateway.usdcLiquidity(), 1_000e6, "USDC counted in the pool");
        vm.assertEq(gateway.locked(), 0, "locked untouched");
    }

    /// @notice A price that does not divide: gross rounds down, the fee rounds up, gross = out + fee.
    function test_releaseUsdc_roundingInProtocolFavour() public {
        _fundReserve(100_000e18);
        vm.warp(block.timestamp + 1);
        _postPrice(0.3e18);
        // 1 raw USDC = 1e12 USD wei -> 1e30 / 0.3e18 = 3,333,333,333,333.33 -> 3,333,333,333,333 GRID wei.
        (uint256 out, uint256 fee,) = gateway.quoteDeposit(USDC_MINT, 1);
        vm.assertEq(out + fee, 3_333_333_333_333, "gross rounded down");
        vm.assertEq(fee, 16_666_666_667, "fee rounded up (16,666,666,666.665)");
        (uint256 gridAmount,) = _release(_key(1), USDC_MINT, 1, alice);
        vm.assertEq(gridAmount, 3_316_666_666_666, "out");
    }

    /// forge-config: default.fuzz.runs = 2000
    function testFuzz_usdcToGrid_neverOverpays(uint64 amount, uint256 price, uint16 feeBps) public {
        price = bound(price, 1e9, 1e30);
        feeBps = uint16(bound(feeBps, 0, 1_000));
        amount = uint64(bound(amount, 1, 1e15));
        vm.prank(governance);
        gateway.setSwapFee(feeBps);
        vm.warp(block.timestamp + 1);
        _postPrice(price);
        uint256 gross = (uint256(amount) * USD_UNIT * 1e18) / price;
        uint256 expectedFee = Math.mulDiv(gross, feeBps, 10_000, Math.Rounding.Ceil);
        if (gross - expectedFee == 0) {
            vm.expectRevert(ISolanaGateway.SwapTooSmall.selector);
            gateway.quoteDeposit(USDC_MINT, amount);
            return;
        }
        (uint256 out, uint256 fee,) = gateway.quoteDeposit(USDC_MINT, amount);
        vm.assertEq(out + fee, gross, "gross = out + fee, no dust");
        // The GRID paid is worth at most the USDC deposited, less at least the fee.
        vm.assertLe(out * price, uint256(amount) * USD_UNIT * 1e18, "out worth <= deposit");
        vm.assertLe(out * 10_000, gross * (10_000 - uint256(feeBps)), "fee at least feeBps of gross");
        vm.assertLe(fee * 10_000, gross * feeBps + 9_999, "fee rounds up by < 1 wei");
    }

    /// forge-config: default.fuzz.runs = 2000
    function testFuzz_gridToUsdc_neverOverpays(uint256 gridAmount, uint256 price, uint16 feeBps) public {
        price = bound(price, 1e9, 1e24);
        feeBps = uint16(bound(feeBps, 0, 1_000));
        gridAmount = bound(gridAmount, 1, 1e27);
        vm.prank(governance);
        gateway.setSwapFee(feeBps);
        vm.warp(block.timestamp + 1);
        _postPrice(price);
        uint256 gross = Math.mulDiv(gridAmount, price, 1e18 * USD_UNIT);
        uint256 expectedFee = Math.mulDiv(gross, feeBps, 10_000, Math.Rounding.Ceil);
        if (gross - expectedFee == 0) {
            vm.expectRevert(ISolanaGateway.SwapTooSmall.selector);
            gateway.quoteOutbound(USDC_MINT, gridAmount);
            return;
        }
        if (gross - expectedFee > type(uint64).max) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    SafeCast.SafeCastOverflowedUintDowncast.selector, 64, gross - expectedFee
                )
            );
            gateway.quoteOutbound(USDC_MINT, gridAmount);
            return;
        }
        (uint64 out, uint256 fee,) = gateway.quoteOutbound(USDC_MINT, gridAmount);
        vm.assertEq(uint256(out) + fee, gross, "gross = out + fee");
        vm.assertLe(uint256(out) * USD_UNIT * 1e18, gridAmount * price, "USDC out worth <= GRID in");
        vm.assertLe(uint256(out) * 10_000, gross * (10_000 - uint256(feeBps)), "fee at least feeBps");
    }

    function test_releaseUsdc_reserveShortBecomesRefund() public {
        _fundReserve(1_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, USDC_MINT, 1_000e6, alice, _keys(THRESHOLD));
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.InsufficientReserve.selector, 1_990e18, 1_000e18)
        );
        gateway.releaseDeposit(key, USDC_MINT, 1_000e6, alice, sigs);
        uint8 reason = uint8(ISolanaGateway.RefundReason.ReserveShort);
        gateway.recordRefund(
            key,
            USDC_MINT,
            1_000e6,
            REFUND_ACCOUNT,
            reason,
            _signRefund(key, USDC_MINT, 1_000e6, REFUND_ACCOUNT, reason, _keys(THRESHOLD))
        );
        vm.assertTrue(gateway.depositDecided(_id(key)), "decided: refund");
        vm.assertEq(gateway.usdcLiquidity(), 0, "refunded USDC is not the pool's");
        vm.assertEq(gateway.reserve(), 1_000e18, "reserve untouched");
    }

    function test_releaseUsdc_stalePriceWaitsThenReleases() public {
        _fundReserve(100_000e18);
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, USDC_MINT, 100e6, alice, _keys(THRESHOLD));
        uint64 observed = uint64(block.timestamp);
        vm.warp(block.timestamp + 1 hours + 1);
        vm.expectRevert(abi.encodeWithSelector(GridPriceOracle.StalePrice.selector, observed, 1 hours));
        gateway.releaseDeposit(key, USDC_MINT, 100e6, alice, sigs);
        _postPrice(0.25e18);
        (uint256 gridAmount,) = gateway.releaseDeposit(key, USDC_MINT, 100e6, alice, sigs);
        vm.assertEq(gridAmount, 398e18, "priced at the fresh rate: 400 GRID less 0.5%");
    }

    function test_releaseUsdc_tooSmall() public {
        _fundReserve(100e18);
        vm.warp(block.timestamp + 1);
        _postPrice(1e30); // 1 raw USDC buys less than 1 GRID wei
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRelease(key, USDC_MINT, 1, alice, _keys(THRESHOLD));
        vm.expectRevert(ISolanaGateway.SwapTooSmall.selector);
        gateway.releaseDeposit(key, USDC_MINT, 1, alice, sigs);
    }

    function test_releaseUsdc_largeQueuedEarmarksReserve() public {
        _fundReserve(1_000_000e18);
        // 100,000 USDC -> 199,000 GRID: large, queued; its GRID leaves the reserve at once.
        (uint256 gridAmount, uint64 due) = _release(_key(1), USDC_MINT, 100_000e6, alice);
        vm.assertEq(gridAmount, 199_000e18, "GRID out");
        vm.assertEq(uint256(due), block.timestamp + LARGE_DELAY, "delayed");
        vm.assertEq(gateway.reserve(), 801_000e18, "earmarked");
        vm.assertEq(gateway.pendingTotal(), 199_000e18, "pending");
        // Governance cannot withdraw the earmarked GRID.
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.InsufficientReserve.selector, 801_000e18 + 1, 801_000e18)
        );
        vm.prank(governance);
        gateway.withdrawReserve(governance, 801_000e18 + 1);
        vm.prank(governance);
        gateway.withdrawReserve(governance, 801_000e18);
        vm.warp(due);
        gateway.completeRelease(_id(_key(1)));
        vm.assertEq(grid.balanceOf(alice), 199_000e18, "paid");
        vm.assertEq(grid.balanceOf(address(gateway)), 0, "nothing left");
    }

    // ============================================================================================= refunds

    function test_refund_malformedAndUnusableRecipient() public {
        _bridgeGrid(bob, 1_000e18);
        // A deposit whose memo did not parse.
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRefund(key, GRID_MINT, 5e9, REFUND_ACCOUNT, MALFORMED, _keys(THRESHOLD));
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.DepositRefundRecorded(_id(key), GRID_MINT, 5e9, REFUND_ACCOUNT, MALFORMED);
        vm.prank(makeAddr("anyone"));
        gateway.recordRefund(key, GRID_MINT, 5e9, REFUND_ACCOUNT, MALFORMED, sigs);
        vm.assertTrue(gateway.depositDecided(_id(key)), "decided");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.AttestationAlreadyConsumed.selector,
                address(gateway),
                Attestations.KIND_SOLANA_DEPOSIT,
                _id(key)
            )
        );
        gateway.recordRefund(key, GRID_MINT, 5e9, REFUND_ACCOUNT, MALFORMED, sigs);

        // A memo naming the gateway itself: the release reverts, the refund goes through.
        ISolanaGateway.DepositKey memory key2 = _key(2);
        bytes memory release = _signRelease(key2, GRID_MINT, 5e9, address(gateway), _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnusableRecipient.selector, address(gateway)));
        gateway.releaseDeposit(key2, GRID_MINT, 5e9, address(gateway), release);
        uint8 reason = uint8(ISolanaGateway.RefundReason.RecipientUnusable);
        gateway.recordRefund(
            key2,
            GRID_MINT,
            5e9,
            REFUND_ACCOUNT,
            reason,
            _signRefund(key2, GRID_MINT, 5e9, REFUND_ACCOUNT, reason, _keys(3))
        );
        vm.assertEq(gateway.locked(), 1_000e18, "refunds move nothing here");
    }

    function test_refund_inputChecks() public {
        ISolanaGateway.DepositKey memory key = _key(1);
        bytes memory sigs = _signRefund(key, GRID_MINT, 5e9, REFUND_ACCOUNT, MALFORMED, _keys(THRESHOLD));
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnknownMint.selector, 9));
        gateway.recordRefund(key, 9, 5e9, REFUND_ACCOUNT, MALFORMED, sigs);
        vm.expectRevert(ISolanaGateway.ZeroAmount.selector);
        gateway.recordRefund(key, GRID_MINT, 0, REFUND_ACCOUNT, MALFORMED, sigs);
        vm.expectRevert(ISolanaGateway.ZeroRefundAccount.selector);
        gateway.recordRefund(key, GRID_MINT, 5e9, bytes32(0), MALFORMED, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidReason.selector, 0));
        gateway.recordRefund(key, GRID_MINT, 5e9, REFUND_ACCOUNT, 0, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidReason.selector, 7));
        gateway.recordRefund(key, GRID_MINT, 5e9, REFUND_ACCOUNT, 7, sigs);
        ISolanaGateway.DepositKey memory zero = _key(1);
        zero.cluster = bytes32(0);
        vm.expectRevert(ISolanaGateway.ZeroDepositKey.selector);
        gateway.recordRefund(zero, GRID_MINT, 5e9, REFUND_ACCOUNT, MALFORMED, sigs);
    }

    // ============================================================================================ outbound

    function test_bridgeGrid() public {
        _give(alice, 10e18);
        bytes32 wallet = keccak256("alice's solana wallet");
        vm.startPrank(alice);
        grid.approve(address(gateway), 10e18);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.OutboundRequested(1, alice, GRID_MINT, wallet, 3e18, 3e9, 0, 0);
        uint64 id = gateway.bridgeToSolana(GRID_MINT, 3e18, wallet, 3e9);
        vm.stopPrank();
        vm.assertEq(uint256(id), 1, "first id");
        vm.assertEq(gateway.locked(), 3e18, "locked");
        vm.assertEq(grid.balanceOf(alice), 7e18, "paid in");
        ISolanaGateway.Outbound memory o = gateway.outbound(id);
        vm.assertEq(o.sender, alice, "sender");
        vm.assertEq(uint256(o.gridAmount), 3e18, "amount");
        vm.assertEq(uint256(o.solanaAmount), 3e9, "solana amount");
        vm.assertEq(uint256(o.mint), GRID_MINT, "mint");
        vm.assertEq(uint256(o.status), uint256(ISolanaGateway.OutboundStatus.Open), "open");
        vm.assertEq(uint256(gateway.outboundCount()), 1, "count");
        (uint64 quoted,,) = gateway.quoteOutbound(GRID_MINT, 3e18);
        vm.assertEq(uint256(quoted), 3e9, "quote");
    }

    function test_bridge_inputChecks() public {
        _give(alice, 10e18);
        bytes32 wallet = keccak256("w");
        vm.startPrank(alice);
        grid.approve(address(gateway), 10e18);
        vm.expectRevert(ISolanaGateway.ZeroSolanaRecipient.selector);
        gateway.bridgeToSolana(GRID_MINT, 2e18, bytes32(0), 0);
        vm.expectRevert(ISolanaGateway.ZeroAmount.selector);
        gateway.bridgeToSolana(GRID_MINT, 0, wallet, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.BelowMinOutbound.selector, 1e18 - 1, MIN_OUTBOUND)
        );
        gateway.bridgeToSolana(GRID_MINT, 1e18 - 1, wallet, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.AmountNotRepresentable.selector, 2e18 + 1, GRID_UNIT)
        );
        gateway.bridgeToSolana(GRID_MINT, 2e18 + 1, wallet, 0);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnknownMint.selector, 0));
        gateway.bridgeToSolana(0, 2e18, wallet, 0);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.SlippageExceeded.selector, 2e9, 2e9 + 1));
        gateway.bridgeToSolana(GRID_MINT, 2e18, wallet, 2e9 + 1);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InsufficientUsdcLiquidity.selector, 995e3, 0));
        gateway.bridgeToSolana(USDC_MINT, 2e18, wallet, 0);
        vm.stopPrank();
        // A GRID amount that does not fit a Solana u64.
        vm.expectRevert(
            abi.encodeWithSelector(
                ISolanaGateway.AmountNotRepresentable.selector,
                (uint256(type(uint64).max) + 1) * GRID_UNIT,
                GRID_UNIT
            )
        );
        gateway.quoteOutbound(GRID_MINT, (uint256(type(uint64).max) + 1) * GRID_UNIT);
    }

    function test_bridgeUsdc_swapMath() public {
        _fundReserve(100_000e18);
        _release(_key(1), USDC_MINT, 1_000e6, alice); // the pool now holds 1,000 USDC
        _give(bob, 1_000e18);
        bytes32 wallet = keccak256("bob's wallet");
        // 1,000 GRID at $0.50 = 500 USDC gross, fee 2.5 USDC, 497.5 out.
        vm.startPrank(bob);
        grid.approve(address(gateway), 1_000e18);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.OutboundRequested(1, bob, USDC_MINT, wallet, 1_000e18, 497.5e6, 2.5e6, GRID_PRICE);
        gateway.bridgeToSolana(USDC_MINT, 1_000e18, wallet, 497.5e6);
        vm.stopPrank();
        vm.assertEq(gateway.usdcLiquidity(), 502.5e6, "pool paid the net out, kept the fee");
        vm.assertEq(gateway.reserve(), 100_000e18 - 1_990e18 + 1_000e18, "GRID joined the reserve");
        vm.assertEq(gateway.locked(), 0, "not locked");
        // Rounding: 1 GRID wei buys nothing.
        vm.expectRevert(ISolanaGateway.SwapTooSmall.selector);
        gateway.quoteOutbound(USDC_MINT, 1);
        // 3 GRID at $0.50 with a 0.5% fee: 1,500,000 raw gross, fee 7,500, 1,492,500 out.
        (uint64 out, uint256 fee,) = gateway.quoteOutbound(USDC_MINT, 3e18 + 1);
        vm.assertEq(uint256(out), 1_492_500, "out rounded down");
        vm.assertEq(fee, 7_500, "fee");
    }

    function test_returnOutbound_grid() public {
        uint64 id = _bridgeGrid(alice, 50e18);
        uint8 reason = uint8(ISolanaGateway.ReturnReason.RecipientUnusable);
        bytes memory sigs = _signReturn(id, reason, _keys(THRESHOLD));
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.OutboundReturned(id, alice, 50e18, reason);
        vm.prank(makeAddr("anyone"));
        gateway.returnOutbound(id, reason, sigs);
        vm.assertEq(grid.balanceOf(alice), 50e18, "returned");
        vm.assertEq(gateway.locked(), 0, "unlocked");
        vm.assertEq(
            uint256(gateway.outbound(id).status), uint256(ISolanaGateway.OutboundStatus.Returned), "status"
        );
        vm.expectRevert(
            abi.encodeWithSelector(
                ISolanaGateway.OutboundNotOpen.selector, id, ISolanaGateway.OutboundStatus.Returned
            )
        );
        gateway.returnOutbound(id, reason, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.UnknownOutbound.selector, 9));
        gateway.returnOutbound(9, reason, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidReason.selector, 0));
        gateway.returnOutbound(id, 0, sigs);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidReason.selector, 3));
        gateway.returnOutbound(id, 3, sigs);
    }

    function test_returnOutbound_usdcRestoresPool() public {
        _fundReserve(100_000e18);
        _release(_key(1), USDC_MINT, 1_000e6, alice);
        _give(bob, 1_000e18);
        vm.startPrank(bob);
        grid.approve(address(gateway), 1_000e18);
        uint64 id = gateway.bridgeToSolana(USDC_MINT, 1_000e18, keccak256("frozen account"), 0);
        vm.stopPrank();
        uint256 reserveBefore = gateway.reserve();
        gateway.returnOutbound(id, 1, _signReturn(id, 1, _keys(THRESHOLD)));
        vm.assertEq(grid.balanceOf(bob), 1_000e18, "all GRID back");
        vm.assertEq(gateway.usdcLiquidity(), 1_000e6, "pool USDC restored");
        vm.assertEq(gateway.reserve(), reserveBefore - 1_000e18, "reserve gives the GRID back");
    }

    // ============================================================================================= reserve

    function test_reserve_fundWithdrawSweep() public {
        MockERC20 stray = new MockERC20("stray", "STR", 18);
        _bridgeGrid(bob, 100e18);
        vm.startPrank(treasury);
        grid.approve(address(gateway), 500e18);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.ReserveFunded(treasury, 500e18, 500e18);
        gateway.fundReserve(500e18);
        vm.stopPrank();
        vm.expectRevert(ISolanaGateway.ZeroAmount.selector);
        gateway.fundReserve(0);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        gateway.withdrawReserve(alice, 1);
        vm.startPrank(governance);
        vm.expectRevert(ISolanaGateway.ZeroAddress.selector);
        gateway.withdrawReserve(address(0), 1);
        vm.expectRevert(ISolanaGateway.ZeroAmount.selector);
        gateway.withdrawReserve(governance, 0);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InsufficientReserve.selector, 501e18, 500e18));
        gateway.withdrawReserve(governance, 501e18);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.ReserveWithdrawn(governance, 200e18, 300e18);
        gateway.withdrawReserve(governance, 200e18);
        vm.stopPrank();

        // A donation can be swept; locked and reserve GRID cannot.
        _give(address(gateway), 7e18);
        stray.mint(address(gateway), 3e18);
        vm.startPrank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(ISolanaGateway.SweepAboveSurplus.selector, address(grid), 7e18 + 1, 7e18)
        );
        gateway.sweep(grid, governance, 7e18 + 1);
        gateway.sweep(grid, governance, 7e18);
        gateway.sweep(stray, governance, 3e18);
        vm.stopPrank();
        vm.assertEq(grid.balanceOf(address(gateway)), 100e18 + 300e18, "locked + reserve");
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        gateway.sweep(grid, alice, 1);
    }

    // ========================================================================================== governance

    function test_governance_settersAndBounds() public {
        vm.startPrank(governance);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.WindowCapSet(5e18);
        gateway.setWindowCap(5e18);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "windowCap"));
        gateway.setWindowCap(0);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.LargeTransferSet(2e18, 3 days);
        gateway.setLargeTransfer(2e18, 3 days);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "largeThreshold"));
        gateway.setLargeTransfer(0, 1);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "largeDelay"));
        gateway.setLargeTransfer(1, 30 days + 1);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.SwapFeeSet(1_000);
        gateway.setSwapFee(1_000);
        vm.expectRevert(abi.encodeWithSelector(ISolanaGateway.InvalidConfig.selector, "swapFeeBps"));
        gateway.setSwapFee(1_001);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.MinOutboundSet(0);
        gateway.setMinOutbound(0);
        vm.expectEmit(address(gateway));
        emit ISolanaGateway.GuardianSet(alice);
        gateway.setGuardian(alice);
        vm.stopPrank();
        (uint256 cap, uint256 threshold, uint32 delay, uint16 fee) = gateway.limits();
        vm.assertEq(cap, 5e18, "cap");
        vm.assertEq(threshold, 2e18, "threshold");
        vm.assertEq(uint256(delay), 3 days, "delay");
        vm.assertEq(uint256(fee), 1_000, "fee");

        bytes memory unauthorized =
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian);
        vm.startPrank(guardian);
        vm.expectRevert(unauthorized);
        gateway.setWindowCap(1);
        vm.expectRevert(unauthorized);
        gateway.setLargeTransfer(1, 1);
        vm.expectRevert(unauthorized);
        gateway.setSwapFee(1);
        vm.expectRevert(unauthorized);
        gateway.setMinOutbound(1);
        vm.expectRevert(unauthorized);
        gateway.setGuardian(guardian);
        vm.stopPrank();
    }
}
