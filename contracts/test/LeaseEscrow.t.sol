// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {EscrowFixture} from "./utils/EscrowFixture.sol";
import {MockUSD} from "./mocks/MockUSD.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {LeaseEscrow} from "../src/LeaseEscrow.sol";
import {ILeaseEscrow} from "../src/interfaces/ILeaseEscrow.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";
import {INodeRegistry} from "../src/interfaces/INodeRegistry.sol";
import {IAttestationQuorum} from "../src/interfaces/IAttestationQuorum.sol";
import {IGridPriceOracle} from "../src/interfaces/IGridPriceOracle.sol";
import {GridPriceOracle} from "../src/GridPriceOracle.sol";
import {Attestations} from "../src/Attestations.sol";

/// @notice A contract provider (a smart wallet) that signs quotes through ERC-1271 with its owner's key.
contract QuoteSignerWallet {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    function execute(address target, bytes calldata data) external returns (bytes memory) {
        require(msg.sender == owner, "not owner");
        (bool ok, bytes memory ret) = target.call(data);
        require(ok, "call failed");
        return ret;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(hash, signature);
        return err == ECDSA.RecoverError.NoError && signer == owner ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}

/// @notice Unit, fuzz and regression tests of LeaseEscrow against the real Staking, NodeRegistry,
/// AttestationQuorum, GridPriceOracle and GridToken, paid in MockUSD (6 decimals) or GRID.
contract LeaseEscrowTest is EscrowFixture {
    /// @dev 0.001 mUSD/s for the quote = $3.60/h (1,000 stablecoin units per second).
    uint256 internal constant RATE = 1_000 * UNIT;
    uint64 internal constant DURATION = 1 days;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    MockUSD internal mockUsd;
    address internal provider;
    uint256 internal providerKey;
    bytes32[] internal machines;
    address internal provider2;
    uint256 internal provider2Key;
    bytes32[] internal machines2;
    address internal renter;
    address internal renter2;
    address internal stranger;
    uint256 internal nonce;

    function setUp() public {
        mockUsd = new MockUSD();
        _deployProtocol(mockUsd);
        (provider, providerKey, machines) = _addProvider("provider", 2);
        (provider2, provider2Key, machines2) = _addProvider("provider2", 1);
        renter = _addRenter("renter", 1e15, 1e27);
        renter2 = _addRenter("renter2", 1e15, 1e27);
        stranger = makeAddr("stranger");
    }

    // ================================================================ helpers

    function _fee(uint256 amount, uint16 bps) internal pure returns (uint256) {
        return amount * bps / 10_000;
    }

    /// @dev What a lease at `rate` (scaled) owes for `dt` seconds: ceil(rate * dt / 1e12).
    function _pay(uint256 rate, uint256 dt) internal pure returns (uint256) {
        return (rate * dt + 1e12 - 1) / 1e12;
    }

    function _withFee(uint256 amount, uint16 bps) internal pure returns (uint256) {
        return amount + _fee(amount, bps);
    }

    function _q(uint256 usdPerSecondWad) internal returns (ILeaseEscrow.Quote memory) {
        return _quote(provider, machines[0], 2, usdPerSecondWad, nonce++);
    }

    function _openUsd() internal returns (uint256) {
        return _open(renter, providerKey, _q(RATE), DURATION, ILeaseEscrow.PayToken.USD);
    }

    function _openWith(uint256 usdPerSecondWad, uint64 duration, ILeaseEscrow.PayToken payToken)
        internal
        returns (uint256)
    {
        return _open(renter, providerKey, _q(usdPerSecondWad), duration, payToken);
    }

    function _reserved(bytes32 machineId) internal view returns (uint32) {
        return registry.machine(machineId).reservedGpus;
    }

    function _escrowHolds(IERC20 token) internal view returns (uint256) {
        return token.balanceOf(address(escrow));
    }

    function _openAs(address who, ILeaseEscrow.Quote memory q, bytes memory sig, uint64 duration)
        internal
        returns (uint256)
    {
        vm.prank(who);
        return escrow.openLease(q, sig, duration, ILeaseEscrow.PayToken.USD, type(uint256).max, JOB_CID, "");
    }

    function _expectOpenRevert(
        ILeaseEscrow.Quote memory q,
        bytes memory sig,
        uint64 duration,
        bytes memory err
    ) internal {
        vm.prank(renter);
        vm.expectRevert(err);
        escrow.openLease(q, sig, duration, ILeaseEscrow.PayToken.USD, type(uint256).max, JOB_CID, "");
    }

    function _breach(uint256 id, uint64 downSince) internal {
        (bytes32 att, bytes memory sigs) = _breachSigs(id, downSince);
        escrow.breach(id, downSince, att, sigs);
    }

    function _expectBreachRevert(uint256 id, uint64 downSince, bytes memory err) internal {
        (bytes32 att, bytes memory sigs) = _breachSigs(id, downSince);
        vm.expectRevert(err);
        escrow.breach(id, downSince, att, sigs);
    }

    /// @dev An EIP-2612 permit by `key` for the escrow, encoded as openLease/extend take it.
    function _permit(IERC20 token, uint256 key, uint256 value, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        address owner = vm.addr(key);
        bytes32 structHash = keccak256(
            abi.encode(
                PERMIT_TYPEHASH,
                owner,
                address(escrow),
                value,
                IERC20Permit(address(token)).nonces(owner),
                deadline
            )
        );
        bytes32 digest = keccak256(
            abi.encodePacked("\x19\x01", IERC20Permit(address(token)).DOMAIN_SEPARATOR(), structHash)
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encode(value, deadline, v, r, s);
    }

    // ================================================================ construction and governance

    function test_constructor_setsState() public view {
        vm.assertEq(address(escrow.staking()), address(staking), "staking");
        vm.assertEq(address(escrow.registry()), address(registry), "registry");
        vm.assertEq(address(escrow.quorum()), address(quorum), "quorum");
        vm.assertEq(address(escrow.priceOracle()), address(oracle), "oracle");
        vm.assertEq(address(escrow.usd()), address(usd), "usd");
        vm.assertEq(address(escrow.grid()), address(grid), "grid");
        vm.assertEq(escrow.treasury(), treasury, "treasury");
        vm.assertEq(uint256(escrow.usdFeeBps()), USD_FEE_BPS, "usd fee");
        vm.assertEq(uint256(escrow.gridFeeBps()), GRID_FEE_BPS, "grid fee");
        vm.assertEq(uint256(escrow.disputeWindow()), DISPUTE_WINDOW, "dispute window");
        vm.assertEq(escrow.owner(), governance, "owner");
        vm.assertEq(escrow.RATE_SCALE(), 1e12, "rate scale");
        vm.assertEq(address(escrow.tokenOf(ILeaseEscrow.PayToken.USD)), address(usd), "tokenOf USD");
        vm.assertEq(address(escrow.tokenOf(ILeaseEscrow.PayToken.GRID)), address(grid), "tokenOf GRID");
        vm.assertEq(escrow.leaseCount(), 0, "no leases");
    }

    function _deployEscrow(address usd_, address grid_, uint16 usdFee, uint16 gridFee, uint64 window)
        internal
        returns (LeaseEscrow)
    {
        return new LeaseEscrow(
            governance,
            staking,
            registry,
            quorum,
            oracle,
            IERC20(usd_),
            IERC20(grid_),
            treasury,
            usdFee,
            gridFee,
            window
        );
    }

    function test_constructor_reverts() public {
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        new LeaseEscrow(
            governance, IStaking(address(0)), registry, quorum, oracle, usd, grid, treasury, 500, 250, 1 days
        );
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        new LeaseEscrow(
            governance,
            staking,
            INodeRegistry(address(0)),
            quorum,
            oracle,
            usd,
            grid,
            treasury,
            500,
            250,
            1 days
        );
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        new LeaseEscrow(
            governance,
            staking,
            registry,
            IAttestationQuorum(address(0)),
            oracle,
            usd,
            grid,
            treasury,
            500,
            250,
            1 days
        );
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        new LeaseEscrow(
            governance,
            staking,
            registry,
            quorum,
            IGridPriceOracle(address(0)),
            usd,
            grid,
            treasury,
            500,
            250,
            1 days
        );
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        _deployEscrow(address(0), address(grid), 500, 250, 1 days);
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        new LeaseEscrow(
            governance, staking, registry, quorum, oracle, usd, grid, address(0), 500, 250, 1 days
        );
        vm.expectRevert(ILeaseEscrow.SameToken.selector);
        _deployEscrow(address(grid), address(grid), 500, 250, 1 days);
        MockERC20 wide = new MockERC20("Wide", "W", 19);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.UnsupportedDecimals.selector, 19));
        _deployEscrow(address(wide), address(grid), 500, 250, 1 days);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, 1_001, 0, 1_000));
        _deployEscrow(address(usd), address(grid), 1_001, 0, 1 days);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, 100, 101, 1_000));
        _deployEscrow(address(usd), address(grid), 100, 101, 1 days);
        // The dispute window must fit, with the signer-set delay, in the unbonding period.
        uint64 max = UNBONDING - SIGNER_SET_DELAY;
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.DisputeWindowOutOfRange.selector, max + 1, 1 hours, max)
        );
        _deployEscrow(address(usd), address(grid), 500, 250, max + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.DisputeWindowOutOfRange.selector, 1 hours - 1, 1 hours, max)
        );
        _deployEscrow(address(usd), address(grid), 500, 250, 1 hours - 1);
    }

    function test_setFees() public {
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.FeesSet(300, 100);
        vm.prank(governance);
        escrow.setFees(300, 100);
        vm.assertEq(uint256(escrow.usdFeeBps()), 300, "usd");
        vm.assertEq(uint256(escrow.gridFeeBps()), 100, "grid");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, 1_001, 0, 1_000));
        vm.prank(governance);
        escrow.setFees(1_001, 0);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, 100, 200, 1_000));
        vm.prank(governance);
        escrow.setFees(100, 200);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        escrow.setFees(0, 0);
    }

    function test_setFees_onlyAffectsNewLeases() public {
        uint256 id = _openUsd();
        vm.prank(governance);
        escrow.setFees(0, 0);
        vm.assertEq(uint256(escrow.lease(id).feeBps), USD_FEE_BPS, "open lease keeps its fee");
        uint256 id2 = _openUsd();
        vm.assertEq(uint256(escrow.lease(id2).feeBps), 0, "new lease uses the new fee");
    }

    function test_setTreasuryAndOracle() public {
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.TreasurySet(stranger);
        vm.prank(governance);
        escrow.setTreasury(stranger);
        vm.assertEq(escrow.treasury(), stranger, "treasury");
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        vm.prank(governance);
        escrow.setTreasury(address(0));

        GridPriceOracle other = new GridPriceOracle(governance, quorum, 1 hours);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.PriceOracleSet(address(other));
        vm.prank(governance);
        escrow.setPriceOracle(other);
        vm.assertEq(address(escrow.priceOracle()), address(other), "oracle");
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        vm.prank(governance);
        escrow.setPriceOracle(IGridPriceOracle(address(0)));
    }

    function test_disputeWindow_governedThroughStaking() public {
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotStaking.selector, governance));
        vm.prank(governance);
        escrow.syncDisputeWindow(1 days);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.DisputeWindowSet(3 days);
        vm.prank(governance);
        staking.setDisputeWindow(3 days);
        vm.assertEq(uint256(escrow.disputeWindow()), 3 days, "window");
        // Staking refuses a window that, with the signer-set delay, exceeds its unbonding period.
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.DisputeWindowOutOfRange.selector, 6 days + 1, 1 hours, 6 days)
        );
        vm.prank(governance);
        staking.setDisputeWindow(6 days + 1);
        // And an unbonding period that no longer covers the window.
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.UnbondingBelowDisputeCover.selector, 4 days - 1, 4 days)
        );
        vm.prank(governance);
        staking.setUnbondingPeriod(4 days - 1);
    }

    function test_ownership_twoStep() public {
        vm.prank(governance);
        escrow.transferOwnership(stranger);
        vm.assertEq(escrow.owner(), governance, "still governance");
        vm.prank(stranger);
        escrow.acceptOwnership();
        vm.assertEq(escrow.owner(), stranger, "accepted");
    }

    function test_pause_blocksOpenAndExtendOnly() public {
        uint256 id = _openUsd();
        vm.prank(governance);
        escrow.pause();
        ILeaseEscrow.Quote memory q = _q(RATE);
        _expectOpenRevert(
            q, _signQuote(providerKey, q), DURATION, abi.encodeWithSelector(Pausable.EnforcedPause.selector)
        );
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(renter);
        escrow.extend(id, 1, type(uint256).max, "");
        vm.warp(block.timestamp + 10);
        vm.prank(renter);
        escrow.closeLease(id);
        escrow.settle(id);
        vm.prank(governance);
        escrow.unpause();
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    // ================================================================ quotes

    function test_quoteDigest_matchesEip712() public view {
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 3, 12345, 7);
        q.minDuration = 600;
        q.renter = renter;
        q.singleUse = true;
        vm.assertEq(escrow.quoteDigest(q), _quoteDigest(q, block.chainid, address(escrow)), "digest");
        vm.assertEq(escrow.QUOTE_TYPEHASH(), QUOTE_TYPEHASH, "type hash");
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                keccak256("idlegrid LeaseEscrow"),
                keccak256("2"),
                block.chainid,
                address(escrow)
            )
        );
        vm.assertEq(escrow.domainSeparator(), domain, "domain separator");
    }

    /// @dev A fixed vector the Go quote hashing must reproduce: chain id 31337, the escrow's code at anvil's first
    /// deployment address. The constants were computed outside Solidity (node, js-sha3, hand-written ABI
    /// encoding).
    function test_quoteDigest_fixedVector() public {
        ILeaseEscrow.Quote memory q = ILeaseEscrow.Quote({
            provider: address(0x1111111111111111111111111111111111111111),
            machineId: bytes32(uint256(0xabc)),
            gpuCount: 4,
            usdPerSecondWad: 1e15,
            minDuration: 3_600,
            maxDuration: 86_400,
            expiry: 1_700_003_600,
            nonce: 42,
            renter: address(0x2222222222222222222222222222222222222222),
            singleUse: true
        });
        vm.assertEq(
            QUOTE_TYPEHASH, 0x7816224cec2084e1da631dbd07c78967794956eecaaa096bc06db49cef51fcc4, "typehash"
        );
        address deployed = 0x5FbDB2315678afecb367f032d93F642f64180aa3;
        vm.etch(deployed, address(escrow).code);
        vm.chainId(31337);
        vm.assertEq(
            keccak256(abi.encode(QUOTE_TYPEHASH, q)),
            0x1a39d899897dcee7ca7eeb7af7530183b6efc2fdc5268d3b47b3c8cc54d6e232,
            "struct hash"
        );
        vm.assertEq(
            LeaseEscrow(deployed).quoteDigest(q),
            0xc447d74b12063a71dc8cf159b3b4dbe99ce05ca03ae7e6f38ecae098880190b0,
            "digest"
        );
    }

    function test_cancelQuote() public {
        vm.assertFalse(escrow.isNonceUsed(provider, 300), "fresh");
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.QuoteNoncesCancelled(provider, 1, uint256(1) << 44);
        vm.prank(provider);
        escrow.cancelQuote(300);
        vm.assertTrue(escrow.isNonceUsed(provider, 300), "cancelled");
        vm.assertFalse(escrow.isNonceUsed(provider, 301), "neighbour untouched");
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, RATE, 300);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, 300)
        );
    }

    function test_cancelQuotes_maskAndOnlyOwnNonces() public {
        vm.prank(provider);
        escrow.cancelQuotes(2, 0x5);
        vm.assertTrue(escrow.isNonceUsed(provider, 512), "bit 0");
        vm.assertFalse(escrow.isNonceUsed(provider, 513), "bit 1");
        vm.assertTrue(escrow.isNonceUsed(provider, 514), "bit 2");
        vm.prank(stranger);
        escrow.cancelQuote(7);
        vm.assertFalse(escrow.isNonceUsed(provider, 7), "a stranger cancels only its own");
        vm.assertTrue(escrow.isNonceUsed(stranger, 7), "its own");
    }

    // ================================================================ open

    function test_openLease_usd() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.minDuration = 1 hours;
        bytes memory sig = _signQuote(providerKey, q);
        uint256 principal = 1_000 * DURATION;
        uint256 deposit = principal + _fee(principal, USD_FEE_BPS);
        uint256 before = usd.balanceOf(renter);
        uint64 start = uint64(block.timestamp);
        _expectOpened(q, deposit);
        vm.prank(renter);
        uint256 id = escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit, JOB_CID, "");
        vm.assertEq(id, 1, "id");
        vm.assertEq(before - usd.balanceOf(renter), deposit, "deposit pulled");
        vm.assertEq(_escrowHolds(usd), deposit, "escrow holds it");
        vm.assertEq(uint256(_reserved(machines[0])), 2, "GPUs held");

        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(l.renter, renter, "renter");
        vm.assertEq(l.provider, provider, "provider");
        vm.assertEq(l.machineId, machines[0], "machine");
        vm.assertEq(uint256(l.gpuCount), 2, "gpus");
        vm.assertEq(uint256(l.gpuMask), 3, "mask");
        vm.assertEq(uint256(l.status), uint256(ILeaseEscrow.LeaseStatus.Open), "open");
        vm.assertTrue(l.jobAtOpen, "job named at open");
        vm.assertEq(l.rate, RATE, "rate: 6-decimal stablecoin units x 1e12 = the quote's wad");
        vm.assertEq(uint256(l.startedAt), start, "start");
        vm.assertEq(uint256(l.endsAt), start + DURATION, "end");
        vm.assertEq(uint256(l.minEndsAt), start + 1 hours, "min end");
        vm.assertEq(uint256(l.maxEndsAt), start + 30 days, "max end");
        (uint256 held, uint256 payout, uint256 fee, uint256 refundable) = escrow.amountsOf(id);
        vm.assertEq(held, deposit, "held");
        vm.assertEq(payout, 1_000 * 1 hours, "a close now bills the minimum");
        vm.assertEq(fee + refundable + payout, held, "identity");
    }

    function _expectOpened(ILeaseEscrow.Quote memory q, uint256 deposit) internal {
        uint64 start = uint64(block.timestamp);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseOpened(
            1,
            renter,
            provider,
            machines[0],
            0x3,
            ILeaseEscrow.PayToken.USD,
            RATE,
            RATE,
            start + q.minDuration,
            start + DURATION,
            deposit,
            q.nonce,
            JOB_CID
        );
    }

    function test_openLease_grid() public {
        uint256 id = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.GRID);
        // rate = ceil(1e15 wad/s * 1e30 / 0.5e18) GRID wei/s x 1e12 = 2e27 (0.002 GRID/s)
        vm.assertEq(escrow.lease(id).rate, 2e27, "GRID rate at $0.50");
        uint256 principal = _pay(2e27, DURATION);
        vm.assertEq(principal, 2e15 * uint256(DURATION), "0.002 GRID per second");
        (uint256 held,,,) = escrow.amountsOf(id);
        vm.assertEq(held, _withFee(principal, GRID_FEE_BPS), "GRID deposit, GRID fee");
        vm.assertEq(uint256(escrow.lease(id).payToken), uint256(ILeaseEscrow.PayToken.GRID), "GRID");
    }

    function test_openLease_gridRateRoundsUpAndIsNeverZero() public {
        vm.warp(block.timestamp + 1);
        _postPrice(3e18); // $3 per GRID: 1 wad/s -> 1e30/3e18 = 333333333333.33 -> 333333333334
        (uint256 rate,) = escrow.previewOpen(_q(1), 1, ILeaseEscrow.PayToken.GRID);
        vm.assertEq(rate, 333_333_333_334, "rounded up");
        vm.warp(block.timestamp + 1);
        _postPrice(1e30);
        (rate,) = escrow.previewOpen(_q(1), 1, ILeaseEscrow.PayToken.GRID);
        vm.assertEq(rate, 1, "never zero");
    }

    function test_openLease_previewMatchesAndIdsIncrement() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        (uint256 rate, uint256 deposit) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.USD);
        uint256 before = usd.balanceOf(renter);
        uint256 id = _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.assertEq(before - usd.balanceOf(renter), deposit, "preview deposit");
        vm.assertEq(escrow.lease(id).rate, rate, "preview rate");
        vm.assertEq(_openUsd(), 2, "second id");
        vm.assertEq(escrow.leaseCount(), 2, "count");
    }

    function test_openLease_expiryAndDurations() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.minDuration = 1 hours;
        q.maxDuration = 2 days;
        bytes memory sig = _signQuote(providerKey, q);
        _expectOpenRevert(
            q, sig, 0, abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 0, 1 hours, 2 days)
        );
        _expectOpenRevert(
            q,
            sig,
            1 hours - 1,
            abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 1 hours - 1, 1 hours, 2 days)
        );
        _expectOpenRevert(
            q,
            sig,
            2 days + 1,
            abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 2 days + 1, 1 hours, 2 days)
        );
        vm.warp(q.expiry); // inclusive
        _openAs(renter, q, sig, 1 hours);
        vm.warp(uint256(q.expiry) + 1);
        _expectOpenRevert(
            q,
            sig,
            1 hours,
            abi.encodeWithSelector(ILeaseEscrow.QuoteExpired.selector, q.expiry, block.timestamp)
        );
    }

    function test_openLease_maxDurationBeyond2106IsClamped() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.maxDuration = type(uint64).max;
        uint256 id = _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.assertEq(uint256(escrow.lease(id).maxEndsAt), type(uint32).max, "clamped to 32-bit time");
        ILeaseEscrow.Quote memory q2 = _q(RATE);
        q2.maxDuration = type(uint64).max;
        bytes memory sig = _signQuote(providerKey, q2);
        vm.expectRevert(
            abi.encodeWithSelector(
                SafeCast.SafeCastOverflowedUintDowncast.selector, 32, uint256(type(uint32).max) + 1
            )
        );
        _openAs(renter, q2, sig, uint64(uint256(type(uint32).max) + 1 - block.timestamp));
    }

    function test_openLease_signatureChecks() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.usdPerSecondWad = 0;
        _expectOpenRevert(
            q, _signQuote(providerKey, q), DURATION, abi.encodeWithSelector(ILeaseEscrow.ZeroRate.selector)
        );
        q = _q(RATE);
        bytes memory wrong = _signQuote(provider2Key, q);
        _expectOpenRevert(
            q, wrong, DURATION, abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider)
        );
        bytes memory sig = _signQuote(providerKey, q);
        q.gpuCount = 3; // tampered after signing
        _expectOpenRevert(
            q, sig, DURATION, abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider)
        );
        q.gpuCount = 2;
        _expectOpenRevert(
            q,
            hex"00",
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider)
        );
        // Signed for another chain.
        bytes memory otherChain = signDigest(providerKey, _quoteDigest(q, block.chainid + 1, address(escrow)));
        _expectOpenRevert(
            q,
            otherChain,
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider)
        );
    }

    function test_openLease_machineChecks() public {
        // The machine belongs to another provider.
        ILeaseEscrow.Quote memory q = _quote(provider, machines2[0], 1, RATE, nonce++);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(
                ILeaseEscrow.MachineNotOwnedByProvider.selector, machines2[0], provider, provider2
            )
        );
        // A delisted machine.
        vm.prank(provider);
        registry.delistMachine(machines[1]);
        q = _quote(provider, machines[1], 1, RATE, nonce++);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(INodeRegistry.MachineNotListed.selector, machines[1])
        );
        // An unverified machine once verification is required.
        vm.prank(governance);
        registry.setRequireVerification(true);
        q = _q(RATE);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(INodeRegistry.MachineNotVerified.selector, machines[0], uint64(0))
        );
        _verify(machines[0], "rig", 1 days);
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    function test_openLease_gpusRunOut() public {
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], MACHINE_GPUS, RATE, nonce++);
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        ILeaseEscrow.Quote memory q2 = _quote(provider, machines[0], 1, RATE, nonce++);
        _expectOpenRevert(
            q2,
            _signQuote(providerKey, q2),
            DURATION,
            abi.encodeWithSelector(INodeRegistry.InsufficientFreeGpus.selector, machines[0], 0, 1)
        );
    }

    /// @notice Regression, issue #9 hole 7 (capacity held by expired leases), at the escrow: a 1-second lease of
    /// every GPU that nobody settles must not keep the machine booked. Caught: v1 answered this open with
    /// InsufficientFreeGpus(machine, 0, 1) until someone settled the dead lease.
    function test_regression_expiredUnsettledLeaseFreesCapacity() public {
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], MACHINE_GPUS, 1, nonce++);
        uint256 cheap = _open(renter2, providerKey, q, 1, ILeaseEscrow.PayToken.USD);
        vm.warp(block.timestamp + 1);
        vm.assertEq(
            uint256(escrow.lease(cheap).status), uint256(ILeaseEscrow.LeaseStatus.Open), "never settled"
        );
        ILeaseEscrow.Quote memory q2 = _quote(provider, machines[0], MACHINE_GPUS, RATE, nonce++);
        uint256 id = _open(renter, providerKey, q2, DURATION, ILeaseEscrow.PayToken.USD);
        vm.assertEq(uint256(escrow.lease(id).gpuCount), MACHINE_GPUS, "the whole machine again");
        // Settling the dead lease later does not free the new lease's GPUs.
        escrow.settle(cheap);
        vm.assertEq(uint256(_reserved(machines[0])), MACHINE_GPUS, "still held by the new lease");
    }

    function test_openLease_depositBounds() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.expiry = uint64(block.timestamp + 1 days);
        bytes memory sig = _signQuote(providerKey, q);
        (, uint256 deposit) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.DepositAboveMax.selector, deposit, deposit - 1));
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit - 1, JOB_CID, "");

        // GRID slippage: the price drops between preview and open.
        (, uint256 gridDeposit) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.GRID);
        vm.warp(block.timestamp + 1);
        _postPrice(GRID_PRICE / 2);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.DepositAboveMax.selector, 2 * gridDeposit, gridDeposit)
        );
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, gridDeposit, JOB_CID, "");

        // A stale price refuses GRID.
        vm.warp(block.timestamp + PRICE_MAX_AGE + 1);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                GridPriceOracle.StalePrice.selector,
                uint64(block.timestamp - PRICE_MAX_AGE - 1),
                PRICE_MAX_AGE
            )
        );
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, type(uint256).max, JOB_CID, "");

        // A rate beyond 128 bits.
        ILeaseEscrow.Quote memory huge = _q(uint256(type(uint128).max) + 1);
        bytes memory hugeSig = _signQuote(providerKey, huge);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                SafeCast.SafeCastOverflowedUintDowncast.selector, 128, uint256(type(uint128).max) + 1
            )
        );
        escrow.openLease(huge, hugeSig, 1, ILeaseEscrow.PayToken.USD, type(uint256).max, JOB_CID, "");

        // No funds.
        vm.prank(stranger);
        vm.expectRevert();
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, type(uint256).max, JOB_CID, "");
    }

    function test_openLease_erc1271Provider() public {
        (address walletOwner, uint256 walletKey) = makeAccount("walletOwner");
        QuoteSignerWallet wallet = new QuoteSignerWallet(walletOwner);
        _giveGrid(address(wallet), PROVIDER_STAKE);
        bytes32 machineId = keccak256("wallet machine");
        vm.startPrank(walletOwner);
        wallet.execute(address(grid), abi.encodeCall(IERC20.approve, (address(staking), PROVIDER_STAKE)));
        wallet.execute(
            address(staking), abi.encodeCall(staking.stake, (IStaking.Role.Provider, PROVIDER_STAKE))
        );
        wallet.execute(
            address(registry),
            abi.encodeCall(registry.listMachine, (machineId, GPU_CLASS, 4, "ipfs://w", "https://w"))
        );
        vm.stopPrank();

        ILeaseEscrow.Quote memory q = _quote(address(wallet), machineId, 4, RATE, 0);
        uint256 id = _open(renter, walletKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.assertEq(escrow.lease(id).provider, address(wallet), "wallet is the provider");
        vm.warp(block.timestamp + 1);
        ILeaseEscrow.Quote memory q2 = _quote(address(wallet), machineId, 1, RATE, 1);
        _expectOpenRevert(
            q2,
            _signQuote(providerKey, q2),
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, address(wallet))
        );
    }

    /// @dev A quote is reusable: many renters, many leases, each needing free GPUs; only the provider's
    /// cancellation ends it.
    function test_openLease_quoteIsReusableUntilCancelled() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        uint256 a = _openAs(renter, q, sig, DURATION);
        uint256 b = _openAs(renter2, q, sig, DURATION);
        vm.assertEq(b, a + 1, "same quote, two leases");
        vm.assertFalse(escrow.isNonceUsed(provider, q.nonce), "nonce untouched");
        vm.prank(provider);
        escrow.cancelQuote(q.nonce);
        _expectOpenRevert(
            q, sig, DURATION, abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, q.nonce)
        );
    }

    function test_openLease_singleUseQuote() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.singleUse = true;
        bytes memory sig = _signQuote(providerKey, q);
        _openAs(renter, q, sig, DURATION);
        vm.assertTrue(escrow.isNonceUsed(provider, q.nonce), "used up");
        _expectOpenRevert(
            q, sig, DURATION, abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, q.nonce)
        );
    }

    function test_openLease_quoteForOneRenter() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.renter = renter2;
        bytes memory sig = _signQuote(providerKey, q);
        _expectOpenRevert(
            q,
            sig,
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.QuoteForOtherRenter.selector, renter2, renter)
        );
        _openAs(renter2, q, sig, DURATION);
    }

    /// @notice Regression, issue #9 hole 1 (quote sniping): in v1 anyone could open a public quote from the book
    /// for one second and close it in the same second, get the whole deposit back, and burn the quote's nonce so
    /// the honest renter's open reverted with QuoteNonceUsed. Caught: v1 used the nonce on every open and had no
    /// minimum duration. Now the sniper pays the quote's minimum and the quote stays open to others.
    function test_regression_quoteSnipingCostsTheMinimumAndLeavesTheQuote() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.minDuration = 1 hours;
        bytes memory sig = _signQuote(providerKey, q);
        address bot = _addRenter("bot", 1e15, 0);
        uint256 before = usd.balanceOf(bot);
        _expectOpenRevert(
            q, sig, 1, abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 1, 1 hours, 30 days)
        );
        uint256 sniped = _openAs(bot, q, sig, 1 hours);
        vm.prank(bot);
        escrow.closeLease(sniped);
        uint256 minimum = 1_000 * 1 hours;
        vm.assertEq(
            before - usd.balanceOf(bot), _withFee(minimum, USD_FEE_BPS), "the sniper paid the minimum"
        );
        vm.assertEq(uint256(_reserved(machines[0])), 0, "its GPUs are free at once");
        uint256 honest = _openAs(renter, q, sig, DURATION);
        vm.assertEq(escrow.lease(honest).renter, renter, "the honest renter still opens the quote");
    }

    function test_openLease_withoutJobAndWithPermit() public {
        // No job yet: zero CID, named later in the journal.
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        (address payer, uint256 payerKey) = makeAccount("payer");
        mockUsd.mint(payer, 1e12);
        (, uint256 deposit) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.assertEq(usd.allowance(payer, address(escrow)), 0, "no standing allowance");
        bytes memory permit = _permit(usd, payerKey, deposit, block.timestamp + 1 hours);
        vm.prank(payer);
        uint256 id =
            escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit, bytes32(0), permit);
        vm.assertFalse(escrow.lease(id).jobAtOpen, "no job at open");
        vm.assertEq(usd.allowance(payer, address(escrow)), 0, "the permit was spent exactly");

        // A bad permit with no allowance is refused by name.
        bytes memory bad = _permit(usd, providerKey, deposit, block.timestamp + 1 hours);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.PermitFailed.selector, usd, 0, deposit));
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit, bytes32(0), bad);
    }

    /// @dev GRID permits too; a permit somebody submitted first still works when the allowance covers it.
    function test_openLease_frontRunGridPermit() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        (address payer, uint256 payerKey) = makeAccount("payer");
        _giveGrid(payer, 1e24);
        (, uint256 gridDeposit) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.GRID);
        bytes memory gridPermit = _permit(grid, payerKey, gridDeposit, block.timestamp + 1 hours);
        (uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) =
            abi.decode(gridPermit, (uint256, uint256, uint8, bytes32, bytes32));
        IERC20Permit(address(grid)).permit(payer, address(escrow), value, deadline, v, r, s); // the front-run
        vm.prank(payer);
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, gridDeposit, bytes32(0), gridPermit);
        vm.assertEq(grid.allowance(payer, address(escrow)), 0, "spent");
    }

    // ================================================================ extend

    function test_extend_usd() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 1_000);
        uint64 oldEnd = escrow.lease(id).endsAt;
        (uint256 rate, uint256 deposit) = escrow.previewExtend(id, 1 days);
        uint256 oldP = 1_000 * DURATION;
        uint256 newP = oldP + 1_000 * 1 days;
        vm.assertEq(
            deposit, _withFee(newP, USD_FEE_BPS) - _withFee(oldP, USD_FEE_BPS), "cumulative fee delta"
        );
        vm.assertEq(rate, RATE, "same rate");
        uint256 before = usd.balanceOf(renter);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseExtended(id, oldEnd + 1 days, deposit, RATE);
        vm.prank(renter);
        escrow.extend(id, 1 days, deposit, "");
        vm.assertEq(before - usd.balanceOf(renter), deposit, "pulled");
        vm.assertEq(uint256(escrow.lease(id).endsAt), oldEnd + 1 days, "new end");
        vm.warp(oldEnd);
        vm.assertEq(uint256(_reserved(machines[0])), 2, "GPUs held past the old end");
    }

    function test_extend_reverts() public {
        uint256 id = _openUsd();
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, stranger));
        vm.prank(stranger);
        escrow.extend(id, 1, type(uint256).max, "");
        uint64 allowance = 30 days - DURATION;
        vm.startPrank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 0, 1, allowance));
        escrow.extend(id, 0, type(uint256).max, "");
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, allowance + 1, 1, allowance)
        );
        escrow.extend(id, allowance + 1, type(uint256).max, "");
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.DepositAboveMax.selector, _withFee(1_000, USD_FEE_BPS), 1)
        );
        escrow.extend(id, 1, 1, "");
        vm.stopPrank();
        vm.warp(block.timestamp + DURATION);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseEnded.selector, id, uint64(block.timestamp)));
        vm.prank(renter);
        escrow.extend(id, 1, type(uint256).max, "");
        escrow.settle(id);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        vm.prank(renter);
        escrow.extend(id, 1, type(uint256).max, "");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 99));
        escrow.extend(99, 1, type(uint256).max, "");
    }

    function test_extend_refusedOnceVerificationExpired() public {
        vm.prank(governance);
        registry.setRequireVerification(true);
        _verify(machines[0], "rig", 1 hours);
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 1 hours);
        vm.expectRevert(
            abi.encodeWithSelector(
                INodeRegistry.MachineNotVerified.selector, machines[0], uint64(block.timestamp)
            )
        );
        vm.prank(renter);
        escrow.extend(id, 1 hours, type(uint256).max, "");
        // Closing always works.
        vm.prank(renter);
        escrow.closeLease(id);
    }

    /// @notice Regression, issue #9 hole 4 (GRID extensions at the opening rate): in v1 a GRID lease kept the rate
    /// fixed at open for the quote's whole maxDuration, a free option on GRID's price. Caught: v1 charged the
    /// extension at the old rate (the test paid 7.38 GRID where the current rate asks 14.4). Now the extension
    /// is repriced at the current attested rate, as a new segment from the old end, and every later amount
    /// (close, breach, settle) follows the segments exactly.
    function test_regression_gridExtensionRepricedAtTheCurrentRate() public {
        uint256 id = _openWith(RATE, 1 hours, ILeaseEscrow.PayToken.GRID);
        uint256 rate0 = escrow.lease(id).rate;
        vm.warp(block.timestamp + 10 minutes);
        _postPrice(GRID_PRICE / 2); // GRID halves: a second costs twice the GRID
        uint256 before = grid.balanceOf(renter);
        vm.prank(renter);
        escrow.extend(id, 1 hours, type(uint256).max, "");
        uint256 paid = before - grid.balanceOf(renter);
        uint256 rate1 = 2 * rate0;
        uint256 p0 = _pay(rate0, 1 hours);
        uint256 p1 = p0 + _pay(rate1, 1 hours);
        vm.assertEq(
            paid, _withFee(p1, GRID_FEE_BPS) - _withFee(p0, GRID_FEE_BPS), "extension at the current rate"
        );
        ILeaseEscrow.Segment[] memory segs = escrow.segments(id);
        vm.assertEq(segs.length, 1, "one repriced segment");
        vm.assertEq(uint256(segs[0].start), uint256(escrow.lease(id).startedAt) + 1 hours, "from the old end");
        vm.assertEq(uint256(segs[0].base), p0, "base = pay up to the old end");
        vm.assertEq(uint256(segs[0].rate), rate1, "the current rate");

        // A close in the second segment bills each segment at its own rate.
        vm.warp(uint256(escrow.lease(id).startedAt) + 1 hours + 30 minutes);
        (, uint256 payout,,) = escrow.amountsOf(id);
        vm.assertEq(payout, p0 + _pay(rate1, 30 minutes), "piecewise pay");
        vm.prank(renter);
        escrow.closeLease(id);
        (uint256 held,,,) = escrow.amountsOf(id);
        vm.assertEq(held, _withFee(payout, GRID_FEE_BPS), "held = pay + fee");
    }

    function test_extend_gridSamePriceAddsNoSegment() public {
        uint256 id = _openWith(RATE, 1 hours, ILeaseEscrow.PayToken.GRID);
        vm.prank(renter);
        escrow.extend(id, 1 hours, type(uint256).max, "");
        vm.assertEq(escrow.segments(id).length, 0, "same rate, one segment");
    }

    function test_extend_withPermit() public {
        (address payer, uint256 payerKey) = makeAccount("payer");
        mockUsd.mint(payer, 1e12);
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        (, uint256 deposit) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.USD);
        bytes memory permit = _permit(usd, payerKey, deposit, block.timestamp + 1);
        vm.prank(payer);
        uint256 id = escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit, JOB_CID, permit);
        (, uint256 more) = escrow.previewExtend(id, 1 hours);
        permit = _permit(usd, payerKey, more, block.timestamp + 1);
        vm.prank(payer);
        escrow.extend(id, 1 hours, more, permit);
        vm.assertEq(usd.allowance(payer, address(escrow)), 0, "no standing allowance");
    }

    // ================================================================ close and end

    function test_closeLease_refundsTheUnusedNowAndHoldsPay() public {
        uint256 id = _openUsd();
        uint256 deposit = _withFee(1_000 * DURATION, USD_FEE_BPS);
        vm.warp(block.timestamp + 1_000);
        uint256 payout = 1_000 * 1_000;
        uint256 fee = _fee(payout, USD_FEE_BPS);
        uint256 refund = deposit - payout - fee;
        uint256 before = usd.balanceOf(renter);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseClosed(
            id,
            ILeaseEscrow.CloseReason.RenterClosed,
            uint64(block.timestamp),
            uint64(block.timestamp),
            refund,
            payout,
            fee
        );
        vm.prank(renter);
        escrow.closeLease(id);
        vm.assertEq(usd.balanceOf(renter) - before, refund, "refund transferred at once");
        vm.assertEq(uint256(_reserved(machines[0])), 0, "GPUs freed at once");
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(uint256(l.status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
        vm.assertEq(uint256(l.closedAt), block.timestamp, "closedAt");
        vm.assertEq(uint256(l.disputeEndsAt), block.timestamp + DISPUTE_WINDOW, "dispute window");
        (uint256 held, uint256 p, uint256 f, uint256 r) = escrow.amountsOf(id);
        vm.assertEq(held, payout + fee, "pay and fee held");
        vm.assertEq(p, payout, "payout");
        vm.assertEq(f, fee, "fee");
        vm.assertEq(r, 0, "nothing refundable");
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "the provider is not paid yet");
        vm.assertEq(_escrowHolds(usd), payout + fee, "escrow holds exactly pay and fee");
    }

    function test_closeLease_billsTheMinimum() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.minDuration = 1 hours;
        uint256 id = _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.warp(block.timestamp + 10);
        vm.prank(renter);
        escrow.closeLease(id);
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(uint256(l.endsAt), uint256(l.startedAt) + 1 hours, "billed until the minimum");
        vm.assertEq(uint256(l.closedAt), uint256(l.startedAt) + 10, "stopped now");
        (, uint256 payout,,) = escrow.amountsOf(id);
        vm.assertEq(payout, 1_000 * 1 hours, "the minimum");
    }

    function test_closeLease_sameSecondAndAfterEnd() public {
        uint256 id = _openUsd();
        uint256 before = usd.balanceOf(renter);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.assertEq(usd.balanceOf(renter) - before, _withFee(1_000 * DURATION, USD_FEE_BPS), "all back");
        uint256 id2 = _openUsd();
        vm.warp(block.timestamp + DURATION + 5);
        before = usd.balanceOf(renter);
        vm.prank(renter);
        escrow.closeLease(id2);
        vm.assertEq(usd.balanceOf(renter), before, "nothing back after the end");
        vm.assertEq(
            uint256(escrow.lease(id2).closedAt),
            uint256(escrow.lease(id2).startedAt) + DURATION,
            "stopped at the end"
        );
    }

    function test_closeLease_reverts() public {
        uint256 id = _openUsd();
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, stranger));
        vm.prank(stranger);
        escrow.closeLease(id);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        vm.prank(renter);
        escrow.closeLease(id);
    }

    function test_endLease_creditsTheRenterAndIgnoresTheMinimum() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.minDuration = 1 hours;
        uint256 id = _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.warp(block.timestamp + 100);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotProvider.selector, id, stranger));
        vm.prank(stranger);
        escrow.endLease(id);
        vm.prank(provider);
        escrow.endLease(id);
        uint256 deposit = _withFee(1_000 * DURATION, USD_FEE_BPS);
        uint256 payout = 1_000 * 100;
        vm.assertEq(
            escrow.withdrawable(renter, usd), deposit - _withFee(payout, USD_FEE_BPS), "refund credited"
        );
        vm.assertEq(
            uint256(escrow.lease(id).endsAt), uint256(escrow.lease(id).startedAt) + 100, "billed until now"
        );
        vm.assertEq(uint256(_reserved(machines[0])), 0, "GPUs freed");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        vm.prank(provider);
        escrow.endLease(id);
    }

    // ================================================================ settle

    function test_settle_walksTheLeaseThroughItsStates() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        // Running: nothing to do.
        escrow.settle(id);
        vm.assertEq(uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Open), "open");
        // Past its end: closes (Expired), refunds nothing, holds pay and fee.
        vm.warp(start + DURATION);
        uint256 payout = 1_000 * DURATION;
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseClosed(
            id,
            ILeaseEscrow.CloseReason.Expired,
            _u64(start + DURATION),
            _u64(start + DURATION),
            0,
            payout,
            _fee(payout, USD_FEE_BPS)
        );
        escrow.settle(id);
        vm.assertEq(uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
        // Within the window: still held.
        vm.warp(start + DURATION + DISPUTE_WINDOW);
        escrow.settle(id);
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "held through the window");
        // After it: pay to the provider, fee to the fees.
        vm.warp(start + DURATION + DISPUTE_WINDOW + 1);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseSettled(id, provider, payout, _fee(payout, USD_FEE_BPS));
        vm.prank(stranger); // anyone
        escrow.settle(id);
        vm.assertEq(escrow.withdrawable(provider, usd), payout, "provider credited");
        vm.assertEq(escrow.accruedFees(usd), _fee(payout, USD_FEE_BPS), "fee accrued");
        vm.assertEq(uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Settled), "settled");
        (uint256 held,,,) = escrow.amountsOf(id);
        vm.assertEq(held, 0, "holds nothing");
        escrow.settle(id); // final: nothing happens
        vm.assertEq(escrow.withdrawable(provider, usd), payout, "paid once");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 99));
        escrow.settle(99);
    }

    function test_settle_longAfterTheEndDoesBothSteps() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + DURATION + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.assertEq(
            uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Settled), "settled in one call"
        );
        vm.assertEq(escrow.withdrawable(provider, usd), 1_000 * DURATION, "paid");
    }

    function test_settleMany_creditsEachProviderOnceAndSkipsTheRest() public {
        uint256[] memory ids = new uint256[](5);
        ids[0] = _openUsd();
        ids[1] = _open(
            renter,
            provider2Key,
            _quote(provider2, machines2[0], 1, RATE, nonce++),
            DURATION,
            ILeaseEscrow.PayToken.USD
        );
        ids[2] = _openUsd();
        ids[3] = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.GRID);
        vm.warp(block.timestamp + 1 hours);
        ids[4] = _openUsd(); // still running when the batch lands
        vm.warp(block.timestamp + DURATION + DISPUTE_WINDOW - 1 hours + 1);
        escrow.settleMany(ids);
        uint256 usdPay = 1_000 * DURATION;
        vm.assertEq(escrow.withdrawable(provider, usd), 2 * usdPay, "two USD leases");
        vm.assertEq(escrow.withdrawable(provider2, usd), usdPay, "provider2");
        vm.assertEq(escrow.withdrawable(provider, grid), _pay(2e27, DURATION), "GRID lease");
        vm.assertEq(escrow.accruedFees(usd), 3 * _fee(usdPay, USD_FEE_BPS), "USD fees");
        vm.assertEq(
            uint256(escrow.lease(ids[4]).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed, held"
        );
        escrow.settleMany(ids); // again: nothing more
        vm.assertEq(escrow.withdrawable(provider, usd), 2 * usdPay, "paid once");
        uint256[] memory bad = new uint256[](1);
        bad[0] = 99;
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 99));
        escrow.settleMany(bad);
    }

    // ================================================================ breach and the dispute window

    function test_breach_openLease() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        vm.warp(start + 1_000);
        uint64 down = _u64(start + 400);
        uint256 deposit = _withFee(1_000 * DURATION, USD_FEE_BPS);
        uint256 payout = 1_000 * 400;
        uint256 refund = deposit - _withFee(payout, USD_FEE_BPS);
        (bytes32 att, bytes memory sigs) = _breachSigs(id, down);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseBreached(id, provider, renter, att, down, down, refund);
        vm.prank(stranger); // anyone submits
        escrow.breach(id, down, att, sigs);
        vm.assertEq(escrow.withdrawable(renter, usd), refund, "renter refunded from the outage");
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(uint256(l.endsAt), down, "billed until the outage");
        vm.assertEq(uint256(l.closedAt), block.timestamp, "stopped now");
        vm.assertEq(uint256(_reserved(machines[0])), 0, "GPUs freed");
    }

    function test_breach_downBeforeStartRefundsAll() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 500);
        _breach(id, uint64(block.timestamp - 10_000));
        vm.assertEq(
            escrow.withdrawable(renter, usd), _withFee(1_000 * DURATION, USD_FEE_BPS), "everything back"
        );
    }

    /// @notice Regression, issue #9 hole 2 (no dispute window, expiry): in v1, after a lease expired, anyone's
    /// routine settle closed it as served and a breach for downtime inside it then reverted with LeaseNotOpen:
    /// the renter lost the whole lease. Caught: v1 accepted breaches only while the lease was open.
    function test_regression_breachAfterExpirySettleStillRefunds() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        uint64 down = _u64(start + 10 minutes);
        vm.warp(start + DURATION + 1);
        escrow.settle(id); // closed as served
        vm.warp(start + DURATION + DISPUTE_WINDOW); // the last second of the window
        _breach(id, down);
        uint256 deposit = _withFee(1_000 * DURATION, USD_FEE_BPS);
        uint256 owed = _withFee(1_000 * 10 minutes, USD_FEE_BPS);
        vm.assertEq(escrow.withdrawable(renter, usd), deposit - owed, "renter loss from the outage is zero");
        vm.warp(start + DURATION + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.assertEq(
            escrow.withdrawable(provider, usd), 1_000 * 10 minutes, "provider paid only up to the outage"
        );
    }

    /// @notice Regression, issue #9 hole 2 (the provider ends first): in v1 a provider that expected a breach
    /// could endLease before it landed, and the breach then reverted (closed was final). Caught: v1's breach
    /// required an open lease.
    function test_regression_providerEndingFirstDoesNotEscapeTheBreach() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        vm.warp(start + 20 minutes);
        vm.prank(provider);
        escrow.endLease(id);
        _breach(id, _u64(start + 5 minutes));
        uint256 deposit = _withFee(1_000 * DURATION, USD_FEE_BPS);
        vm.assertEq(
            escrow.withdrawable(renter, usd),
            deposit - _withFee(1_000 * 5 minutes, USD_FEE_BPS),
            "billed to the outage"
        );
    }

    /// @notice Regression, issue #9 hole 2 (withdraw before the clawback): in v1 a provider settled and withdrew
    /// its pay before the breach landed, so the clawback came up short and the renter lost the difference
    /// ("unrecovered"). Caught: v1 credited pay by the second. Now pay is withdrawable only after the dispute
    /// window, so a breach always finds it.
    function test_regression_providerCannotWithdrawBeforeTheWindow() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        vm.warp(start + 30 minutes);
        escrow.settle(id);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToWithdraw.selector, provider, usd));
        vm.prank(provider);
        escrow.withdraw(usd);
        _breach(id, _u64(start + 5 minutes));
        uint256 deposit = _withFee(1_000 * DURATION, USD_FEE_BPS);
        vm.assertEq(
            escrow.withdrawable(renter, usd),
            deposit - _withFee(1_000 * 5 minutes, USD_FEE_BPS),
            "renter loss zero"
        );
    }

    function test_breach_closedLeaseRefundsTheMinimumIfDownBeforeTheClose() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        q.minDuration = 1 hours;
        uint256 id = _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        uint256 start = block.timestamp;
        vm.warp(start + 10 minutes);
        vm.prank(renter);
        escrow.closeLease(id);
        // A breach after the renter left bills nothing less (the lease had stopped).
        _expectBreachRevert(
            id,
            _u64(start + 10 minutes),
            abi.encodeWithSelector(
                ILeaseEscrow.DownAfterLeaseEnd.selector, _u64(start + 10 minutes), _u64(start + 10 minutes)
            )
        );
        uint256 before = escrow.withdrawable(renter, usd);
        _breach(id, _u64(start + 5 minutes));
        vm.assertEq(
            escrow.withdrawable(renter, usd) - before,
            _withFee(1_000 * 1 hours, USD_FEE_BPS) - _withFee(1_000 * 5 minutes, USD_FEE_BPS),
            "the minimum charge refunded"
        );
    }

    function test_breach_secondBreachMustBillLess() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        vm.warp(start + 1 hours);
        _breach(id, _u64(start + 30 minutes));
        _expectBreachRevert(
            id,
            _u64(start + 40 minutes),
            abi.encodeWithSelector(
                ILeaseEscrow.BreachBillsNothingLess.selector,
                _u64(start + 40 minutes),
                _u64(start + 30 minutes)
            )
        );
        uint256 before = escrow.withdrawable(renter, usd);
        _breach(id, _u64(start + 20 minutes));
        vm.assertEq(
            escrow.withdrawable(renter, usd) - before,
            _withFee(1_000 * 30 minutes, USD_FEE_BPS) - _withFee(1_000 * 20 minutes, USD_FEE_BPS),
            "ten more minutes back"
        );
    }

    function test_breach_reverts() public {
        uint256 id = _openUsd();
        uint256 start = block.timestamp;
        vm.warp(start + 100);
        _expectBreachRevert(
            id,
            _u64(start + 101),
            abi.encodeWithSelector(ILeaseEscrow.DownSinceInFuture.selector, _u64(start + 101), start + 100)
        );
        _expectBreachRevert(99, 1, abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 99));
        // Signed for another lease or by too few inspectors: refused by the quorum.
        bytes32 att = _nextAttestationId();
        bytes memory other = _attest(
            address(escrow), Attestations.KIND_BREACH, att, Attestations.breachHash(id + 1, _u64(start))
        );
        vm.expectRevert();
        escrow.breach(id, _u64(start), att, other);
        // After the window, nothing.
        vm.prank(renter);
        escrow.closeLease(id);
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        _expectBreachRevert(
            id,
            _u64(start),
            abi.encodeWithSelector(
                ILeaseEscrow.DisputeWindowOver.selector, id, _u64(start + 100 + DISPUTE_WINDOW)
            )
        );
        escrow.settle(id);
        _expectBreachRevert(
            id,
            _u64(start),
            abi.encodeWithSelector(
                ILeaseEscrow.DisputeWindowOver.selector, id, _u64(start + 100 + DISPUTE_WINDOW)
            )
        );
    }

    /// @dev An open lease nobody settled ended at its end: the window runs from there, not from a late settle.
    function test_breach_unsettledLeaseWindowRunsFromItsEnd() public {
        uint256 id = _openUsd();
        uint256 end = block.timestamp + DURATION;
        vm.warp(end + DISPUTE_WINDOW + 1);
        _expectBreachRevert(
            id,
            _u64(end - 1),
            abi.encodeWithSelector(ILeaseEscrow.DisputeWindowOver.selector, id, _u64(end + DISPUTE_WINDOW))
        );
        uint256 id2 = _openUsd();
        uint256 end2 = block.timestamp + DURATION;
        vm.warp(end2 + DISPUTE_WINDOW);
        _breach(id2, _u64(end2 - 1));
        vm.assertEq(uint256(escrow.lease(id2).closedAt), end2, "stopped at its end");
    }

    // ================================================================ balances

    function test_withdrawAndCollectFees() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + DURATION + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        uint256 payout = 1_000 * DURATION;
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.Withdrawn(provider, usd, stranger, payout);
        vm.prank(provider);
        escrow.withdrawTo(usd, stranger);
        vm.assertEq(usd.balanceOf(stranger), payout, "paid to the given address");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToWithdraw.selector, provider, usd));
        vm.prank(provider);
        escrow.withdraw(usd);
        vm.expectRevert(ILeaseEscrow.ZeroAddress.selector);
        vm.prank(provider);
        escrow.withdrawTo(usd, address(0));

        vm.prank(governance);
        escrow.setTreasury(renter2);
        uint256 before = usd.balanceOf(renter2);
        escrow.collectFees(usd); // anyone
        vm.assertEq(usd.balanceOf(renter2) - before, _fee(payout, USD_FEE_BPS), "to the current treasury");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToCollect.selector, usd));
        escrow.collectFees(usd);
        vm.assertEq(_escrowHolds(usd), 0, "drained to exactly zero");
    }

    function test_views_revertOnUnknownLease() public {
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 7));
        escrow.lease(7);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 7));
        escrow.amountsOf(7);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 7));
        escrow.previewExtend(7, 1);
        (address r, ILeaseEscrow.LeaseStatus st, bool job) = escrow.leaseParties(7);
        vm.assertEq(r, address(0), "no renter");
        vm.assertEq(uint256(st), 0, "None");
        vm.assertFalse(job, "no job");
    }

    // ================================================================ regressions (protocol.md)

    /// @dev Akash: a settle in the same block as a previous settle left payments open and funds stuck.
    function test_regression_sameTimestampSettleThenCloseLeavesNothingStuck() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 100);
        escrow.settle(id);
        escrow.settle(id);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.prank(provider);
        escrow.withdraw(usd);
        escrow.collectFees(usd);
        vm.assertEq(_escrowHolds(usd), 0, "nothing stuck");
    }

    /// @dev Akash: an overdrawn lease ran free. Here nothing is owed past the prepaid end.
    function test_regression_overdrawnLeaseCannotRunFree() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + DURATION * 5);
        (uint256 held, uint256 payout,,) = escrow.amountsOf(id);
        vm.assertEq(payout, 1_000 * DURATION, "pay stops at the prepaid end");
        vm.assertEq(held, _withFee(payout, USD_FEE_BPS), "nothing beyond the deposit");
        escrow.settle(id);
        vm.assertEq(uint256(_reserved(machines[0])), 0, "nothing held");
    }

    /// @dev Livepeer-style: a stranger cannot extend someone's lease (nor top it up by zero).
    function test_regression_strangerCannotExtendOrZeroTopUp() public {
        uint256 id = _openUsd();
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, stranger));
        vm.prank(stranger);
        escrow.extend(id, 0, 0, "");
    }

    /// @notice Regression, issue #9 hole 10 (price precision): v1 quoted USD per second with 6 decimals, so prices
    /// came in steps of 0.0036 USD/h: "1 USD/h" became 0.9972 and 0.01 USD per GPU-hour was off by 8-28%.
    /// Caught: v1's best 0.01 USD/h quote (3 units/s) charged 10,800 units an hour instead of 10,000. Now quotes
    /// are 18-decimal USD per second and rates carry 12 more digits: the price survives within 0.01%.
    function test_regression_pricePrecisionAtOneCentPerGpuHour() public {
        uint256 perSecond = uint256(0.01e18) / 3_600; // 0.01 USD per hour, one GPU
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, perSecond, nonce++);
        (, uint256 deposit) = escrow.previewOpen(q, 1 hours, ILeaseEscrow.PayToken.USD);
        uint256 principal = deposit * 10_000 / (10_000 + USD_FEE_BPS);
        vm.assertApproxEqAbs(principal, 10_000, 1, "1 hour = 10,000 units (0.01 USD) within 0.01%");
        (, deposit) = escrow.previewOpen(q, 30 days, ILeaseEscrow.PayToken.USD);
        // 30 days x 24 h x 10,000 units = 7,200,000 units (7.20 USD)
        vm.assertApproxEqRel(
            deposit * 10_000 / (10_000 + USD_FEE_BPS), 7_200_000, 1e14, "a month within 0.01%"
        );
        // "1 USD/h" is exact over an hour (v1: 0.9972).
        ILeaseEscrow.Quote memory dollar = _quote(provider, machines[0], 1, uint256(1e18) / 3_600, nonce++);
        (, deposit) = escrow.previewOpen(dollar, 1 hours, ILeaseEscrow.PayToken.USD);
        vm.assertEq(deposit, _withFee(1e6, USD_FEE_BPS), "1 USD/h for an hour is 1 USD");
    }

    // ================================================================ fuzz

    /// @dev Any open, a close (renter or provider) or an expiry at any time, then the window and a settle: the
    /// deposit splits exactly into refund + pay + fee and the escrow drains to zero.
    function testFuzz_lifecycle_conservation(uint256 rateSeed, uint64 duration, uint64 closeAfter, uint8 how)
        public
    {
        uint256 wad = bound(rateSeed, 1, 1e20);
        duration = uint64(bound(duration, 1, 30 days));
        closeAfter = uint64(bound(closeAfter, 0, 2 * uint256(duration)));
        ILeaseEscrow.PayToken pt = how % 2 == 0 ? ILeaseEscrow.PayToken.USD : ILeaseEscrow.PayToken.GRID;
        IERC20 token = escrow.tokenOf(pt);
        _fund(renter, 1e30, 0);
        _giveGrid(renter, 1e27);
        (uint256 rate, uint256 deposit) = escrow.previewOpen(_q(wad), duration, pt);
        vm.assume(rate <= type(uint128).max && deposit < 1e27);
        uint256 before = token.balanceOf(renter);
        uint256 id = _open(renter, providerKey, _q(wad), duration, pt);
        vm.warp(block.timestamp + closeAfter);
        if (how % 3 == 0) {
            vm.prank(renter);
            escrow.closeLease(id);
        } else if (how % 3 == 1) {
            vm.prank(provider);
            escrow.endLease(id);
        }
        vm.warp(block.timestamp + duration + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        uint256 payout = _pay(rate, uint256(l.endsAt) - l.startedAt);
        uint256 fee = _fee(payout, l.feeBps);
        vm.assertEq(escrow.withdrawable(provider, token), payout, "provider paid pay(billed)");
        vm.assertEq(escrow.accruedFees(token), fee, "fee on the pay");
        uint256 refunded = token.balanceOf(renter) + escrow.withdrawable(renter, token) + deposit - before;
        vm.assertEq(refunded + payout + fee, deposit, "deposit = refund + pay + fee");
        vm.prank(provider);
        if (payout != 0) escrow.withdraw(token);
        if (escrow.withdrawable(renter, token) != 0) {
            vm.prank(renter);
            escrow.withdraw(token);
        }
        if (fee != 0) escrow.collectFees(token);
        vm.assertEq(token.balanceOf(address(escrow)), 0, "drains to exactly zero");
    }

    function testFuzz_gridRate(uint256 wad, uint256 price) public {
        wad = bound(wad, 1, type(uint128).max);
        price = bound(price, 1, type(uint128).max);
        vm.warp(block.timestamp + 1);
        vm.prank(governance);
        oracle.setMaxMoveBpsPerHour(0);
        _postPrice(price);
        (uint256 rate,) = escrow.previewOpen(_q(wad), 1, ILeaseEscrow.PayToken.GRID);
        vm.assertEq(rate, (wad * 1e30 + price - 1) / price, "ceil(wad * 1e30 / price)");
        vm.assertGt(rate, 0, "never free");
    }

    function testFuzz_amountsIdentity(uint256 wad, uint64 duration, uint64 t) public {
        wad = bound(wad, 1, 1e20);
        duration = uint64(bound(duration, 1, 30 days));
        t = uint64(bound(t, 0, 40 days));
        _fund(renter, 1e30, 0);
        uint256 id = _open(renter, providerKey, _q(wad), duration, ILeaseEscrow.PayToken.USD);
        vm.warp(block.timestamp + t);
        (uint256 held, uint256 payout, uint256 fee, uint256 refundable) = escrow.amountsOf(id);
        vm.assertEq(held, payout + fee + refundable, "held = payout + fee + refundable");
        vm.assertLe(payout, _pay(wad, duration), "never more than the principal");
    }

    /// @dev A breach from any moment, while open or within the window: the renter pays exactly pay(max(down,
    /// start)) plus its fee, whatever happened before (settles, closes, expiry).
    function testFuzz_breach_renterLossIsZero(
        uint256 wad,
        uint64 duration,
        uint64 downAt,
        uint64 landAt,
        uint8 how
    ) public {
        wad = bound(wad, 1, 1e20);
        duration = uint64(bound(duration, 60, 30 days));
        _fund(renter, 1e30, 0);
        uint256 before = usd.balanceOf(renter);
        uint256 id = _open(renter, providerKey, _q(wad), duration, ILeaseEscrow.PayToken.USD);
        uint256 start = block.timestamp;
        uint256 stop = start + bound(how, 1, duration);
        vm.warp(stop);
        if (how % 3 == 0) {
            vm.prank(renter);
            escrow.closeLease(id);
        } else if (how % 3 == 1) {
            vm.prank(provider);
            escrow.endLease(id);
        }
        uint256 stoppedAt =
            escrow.lease(id).status == ILeaseEscrow.LeaseStatus.Open ? stop : escrow.lease(id).closedAt;
        uint64 down = uint64(bound(downAt, start, stoppedAt - 1));
        vm.warp(bound(landAt, stop, stoppedAt + DISPUTE_WINDOW));
        _breach(id, down);
        vm.warp(block.timestamp + duration + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        uint256 owed = _withFee(_pay(wad, down - start), USD_FEE_BPS);
        uint256 spent = before - usd.balanceOf(renter) - escrow.withdrawable(renter, usd);
        vm.assertEq(spent, owed, "renter paid exactly up to the outage");
    }

    function testFuzz_extend_noDust(uint256 wad, uint64 d0, uint64 e1, uint64 e2, uint256 priceSeed) public {
        wad = bound(wad, 1, 1e20);
        d0 = uint64(bound(d0, 10, 10 days));
        e1 = uint64(bound(e1, 1, 5 days));
        e2 = uint64(bound(e2, 1, 5 days));
        _fund(renter, 1e30, 0);
        _giveGrid(renter, 1e27);
        uint256 id = _openWith(wad, d0, ILeaseEscrow.PayToken.GRID);
        uint256 paid = grid.balanceOf(address(escrow));
        vm.warp(block.timestamp + 1);
        vm.prank(governance);
        oracle.setMaxMoveBpsPerHour(0);
        _postPrice(bound(priceSeed, GRID_PRICE / 4, GRID_PRICE * 4));
        vm.prank(renter);
        escrow.extend(id, e1, type(uint256).max, "");
        vm.warp(block.timestamp + 1);
        _postPrice(bound(priceSeed >> 64, GRID_PRICE / 4, GRID_PRICE * 4));
        vm.prank(renter);
        escrow.extend(id, e2, type(uint256).max, "");
        (uint256 held,,,) = escrow.amountsOf(id);
        vm.assertEq(held, grid.balanceOf(address(escrow)), "held = every deposit, no dust");
        vm.assertGe(held, paid, "monotonic");
        vm.warp(uint256(escrow.lease(id).endsAt) + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.prank(provider);
        escrow.withdraw(grid);
        escrow.collectFees(grid);
        vm.assertEq(grid.balanceOf(address(escrow)), 0, "drains to zero across repriced segments");
    }
}
