// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
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

/// @notice Unit, fuzz and regression tests of LeaseEscrow against the real Staking, AttestationQuorum,
/// GridPriceOracle and GridToken, paid in MockUSD (6 decimals) or GRID.
contract LeaseEscrowTest is EscrowFixture {
    uint256 internal constant RATE = 1_000; // 0.001 mUSD/s for the quote = $3.60/h
    uint64 internal constant DURATION = 1 days;

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

    // ---------------------------------------------------------------- helpers

    function _fee(uint256 amount, uint16 bps) internal pure returns (uint256) {
        return amount * bps / 10_000;
    }

    function _q(uint256 usdPerSecond) internal returns (ILeaseEscrow.Quote memory) {
        return _quote(provider, machines[0], 2, usdPerSecond, nonce++);
    }

    function _openUsd() internal returns (uint256) {
        return _open(renter, providerKey, _q(RATE), DURATION, ILeaseEscrow.PayToken.USD);
    }

    function _openWith(uint256 usdPerSecond, uint64 duration, ILeaseEscrow.PayToken payToken)
        internal
        returns (uint256)
    {
        return _open(renter, providerKey, _q(usdPerSecond), duration, payToken);
    }

    function _reserved(bytes32 machineId) internal view returns (uint32) {
        return staking.machine(machineId).reservedGpus;
    }

    function _escrowHolds(IERC20 token) internal view returns (uint256) {
        return token.balanceOf(address(escrow));
    }

    function _expectOpenRevert(
        ILeaseEscrow.Quote memory q,
        bytes memory sig,
        uint64 duration,
        bytes memory err
    ) internal {
        vm.prank(renter);
        vm.expectRevert(err);
        escrow.openLease(q, sig, duration, ILeaseEscrow.PayToken.USD, type(uint256).max);
    }

    // ================================================================ construction and governance

    function test_constructor_setsState() public view {
        vm.assertEq(address(escrow.staking()), address(staking), "staking");
        vm.assertEq(address(escrow.quorum()), address(quorum), "quorum");
        vm.assertEq(address(escrow.priceOracle()), address(oracle), "oracle");
        vm.assertEq(address(escrow.usd()), address(usd), "usd");
        vm.assertEq(address(escrow.grid()), address(grid), "grid");
        vm.assertEq(escrow.treasury(), treasury, "treasury");
        vm.assertEq(uint256(escrow.usdFeeBps()), USD_FEE_BPS, "usd fee");
        vm.assertEq(uint256(escrow.gridFeeBps()), GRID_FEE_BPS, "grid fee");
        vm.assertEq(escrow.owner(), governance, "owner");
        vm.assertEq(escrow.leaseCount(), 0, "no leases");
        vm.assertEq(address(escrow.tokenOf(ILeaseEscrow.PayToken.USD)), address(usd), "tokenOf USD");
        vm.assertEq(address(escrow.tokenOf(ILeaseEscrow.PayToken.GRID)), address(grid), "tokenOf GRID");
        vm.assertFalse(escrow.paused(), "not paused");
    }

    function _deployEscrow(
        address owner_,
        address staking_,
        address quorum_,
        address oracle_,
        address usd_,
        address grid_,
        address treasury_,
        uint16 usdFee,
        uint16 gridFee
    ) internal returns (LeaseEscrow) {
        return new LeaseEscrow(
            owner_,
            IStaking(staking_),
            IAttestationQuorum(quorum_),
            IGridPriceOracle(oracle_),
            IERC20(usd_),
            IERC20(grid_),
            treasury_,
            usdFee,
            gridFee
        );
    }

    function test_constructor_revertsOnZeroAddresses() public {
        bytes memory zero = abi.encodeWithSelector(ILeaseEscrow.ZeroAddress.selector);
        address s = address(staking);
        address q = address(quorum);
        address o = address(oracle);
        address u = address(usd);
        address g = address(grid);
        vm.expectRevert(zero);
        _deployEscrow(governance, address(0), q, o, u, g, treasury, 500, 250);
        vm.expectRevert(zero);
        _deployEscrow(governance, s, address(0), o, u, g, treasury, 500, 250);
        vm.expectRevert(zero);
        _deployEscrow(governance, s, q, address(0), u, g, treasury, 500, 250);
        vm.expectRevert(zero);
        _deployEscrow(governance, s, q, o, address(0), g, treasury, 500, 250);
        vm.expectRevert(zero);
        _deployEscrow(governance, s, q, o, u, address(0), treasury, 500, 250);
        vm.expectRevert(zero);
        _deployEscrow(governance, s, q, o, u, g, address(0), 500, 250);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        _deployEscrow(address(0), s, q, o, u, g, treasury, 500, 250);
    }

    function test_constructor_revertsOnSameToken() public {
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.SameToken.selector));
        _deployEscrow(
            governance,
            address(staking),
            address(quorum),
            address(oracle),
            address(grid),
            address(grid),
            treasury,
            500,
            250
        );
    }

    function test_constructor_revertsOnMoreThan18Decimals() public {
        MockERC20 weird = new MockERC20("w", "w", 19);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.UnsupportedDecimals.selector, uint8(19)));
        _deployEscrow(
            governance,
            address(staking),
            address(quorum),
            address(oracle),
            address(weird),
            address(grid),
            treasury,
            500,
            250
        );
    }

    function test_constructor_revertsOnInvalidFees() public {
        address s = address(staking);
        address q = address(quorum);
        address o = address(oracle);
        address u = address(usd);
        address g = address(grid);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, uint16(1001), uint16(0), uint16(1000))
        );
        _deployEscrow(governance, s, q, o, u, g, treasury, 1001, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, uint16(200), uint16(201), uint16(1000))
        );
        _deployEscrow(governance, s, q, o, u, g, treasury, 200, 201);
    }

    function test_setFees() public {
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.FeesSet(1000, 1000);
        vm.prank(governance);
        escrow.setFees(1000, 1000);
        vm.assertEq(uint256(escrow.usdFeeBps()), 1000, "usd fee");
        vm.assertEq(uint256(escrow.gridFeeBps()), 1000, "grid fee");

        vm.prank(governance);
        escrow.setFees(0, 0);
        vm.assertEq(uint256(escrow.usdFeeBps()), 0, "zero usd fee");
    }

    function test_setFees_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        escrow.setFees(100, 50);
        vm.startPrank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, uint16(1001), uint16(1), uint16(1000))
        );
        escrow.setFees(1001, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.InvalidFees.selector, uint16(100), uint16(101), uint16(1000))
        );
        escrow.setFees(100, 101);
        vm.stopPrank();
    }

    function test_setFees_onlyAffectsNewLeases() public {
        uint256 id = _openUsd();
        vm.prank(governance);
        escrow.setFees(1000, 0);
        vm.assertEq(uint256(escrow.lease(id).feeBps), USD_FEE_BPS, "open lease keeps its fee");
        vm.warp(block.timestamp + DURATION);
        escrow.settle(id);
        vm.assertEq(escrow.accruedFees(usd), _fee(RATE * DURATION, USD_FEE_BPS), "fee at the snapshotted bps");
        uint256 id2 = _openUsd();
        vm.assertEq(uint256(escrow.lease(id2).feeBps), 1000, "new lease gets the new fee");
    }

    function test_setTreasury() public {
        address t = makeAddr("newTreasury");
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.TreasurySet(t);
        vm.prank(governance);
        escrow.setTreasury(t);
        vm.assertEq(escrow.treasury(), t, "treasury");

        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.ZeroAddress.selector));
        escrow.setTreasury(address(0));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        escrow.setTreasury(t);
    }

    function test_setPriceOracle() public {
        GridPriceOracle o2 = new GridPriceOracle(governance, quorum, 1 hours);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.PriceOracleSet(address(o2));
        vm.prank(governance);
        escrow.setPriceOracle(o2);
        vm.assertEq(address(escrow.priceOracle()), address(o2), "oracle");
        // The new oracle has no price yet: GRID leases revert, USD leases don't care.
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(GridPriceOracle.NoPrice.selector));
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, type(uint256).max);
        _openUsd();

        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.ZeroAddress.selector));
        escrow.setPriceOracle(IGridPriceOracle(address(0)));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        escrow.setPriceOracle(o2);
    }

    function test_ownership_twoStep() public {
        address next = makeAddr("nextGovernance");
        vm.prank(governance);
        escrow.transferOwnership(next);
        vm.assertEq(escrow.owner(), governance, "still the old owner");
        vm.prank(next);
        escrow.acceptOwnership();
        vm.assertEq(escrow.owner(), next, "new owner");
    }

    function test_pause_blocksOpenAndExtendOnly() public {
        uint256 id = _openUsd();
        uint256 id2 = _openUsd();
        uint256 id3 = _openUsd();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        escrow.pause();
        vm.prank(governance);
        escrow.pause();

        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        _expectOpenRevert(q, sig, DURATION, abi.encodeWithSelector(Pausable.EnforcedPause.selector));
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(Pausable.EnforcedPause.selector));
        escrow.extend(id, 1, type(uint256).max);

        // Everything that moves money out keeps working.
        vm.warp(block.timestamp + 100);
        escrow.settle(id);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.prank(provider);
        escrow.endLease(id2);
        (bytes32 attId, bytes memory sigs) = _breachSigs(id3, uint64(block.timestamp - 50));
        escrow.breach(id3, uint64(block.timestamp - 50), attId, sigs);
        vm.prank(provider);
        escrow.withdraw(usd);
        escrow.collectFees(usd);

        vm.prank(governance);
        escrow.unpause();
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    // ================================================================ quotes and digests

    function test_quoteDigest_matchesEip712() public view {
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 3, 12345, 7);
        vm.assertEq(escrow.quoteDigest(q), _quoteDigest(q, block.chainid, address(escrow)), "digest");
        vm.assertEq(escrow.QUOTE_TYPEHASH(), QUOTE_TYPEHASH, "type hash");
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                keccak256("idlegrid LeaseEscrow"),
                keccak256("1"),
                block.chainid,
                address(escrow)
            )
        );
        vm.assertEq(escrow.domainSeparator(), domain, "domain separator");
    }

    /// @dev A fixed vector the Go quote hashing must reproduce: chain id 31337, the escrow's code at anvil's first
    /// deployment address. The constants were also computed outside Solidity (js-sha3).
    function test_quoteDigest_fixedVector() public {
        ILeaseEscrow.Quote memory q = ILeaseEscrow.Quote({
            provider: address(0x1111111111111111111111111111111111111111),
            machineId: bytes32(uint256(0xabc)),
            gpuCount: 4,
            usdPerSecond: 1_000,
            maxDuration: 86_400,
            expiry: 1_700_003_600,
            nonce: 42
        });
        address deployed = 0x5FbDB2315678afecb367f032d93F642f64180aa3;
        vm.etch(deployed, address(escrow).code);
        vm.chainId(31337);
        vm.assertEq(
            keccak256(abi.encode(QUOTE_TYPEHASH, q)),
            0xc6ca1dc6bc789f1f891b4e19c219455f55202623d7121ed27428c9d2dcd12fd0,
            "struct hash"
        );
        vm.assertEq(
            LeaseEscrow(deployed).quoteDigest(q),
            0x58ec188770a5a8b56513a03dc69911b1d4df678d6a4df4c24de879aa50f9b1a3,
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
        vm.assertFalse(escrow.isNonceUsed(provider2, 300), "other provider untouched");
        vm.assertEq(escrow.nonceBitmap(provider, 1), uint256(1) << 44, "bitmap");

        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, RATE, 300);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, 300)
        );
        // Idempotent.
        vm.prank(provider);
        escrow.cancelQuote(300);
        vm.assertEq(escrow.nonceBitmap(provider, 1), uint256(1) << 44, "bitmap unchanged");
    }

    function test_cancelQuotes_mask() public {
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.QuoteNoncesCancelled(provider, 2, 0x5);
        vm.prank(provider);
        escrow.cancelQuotes(2, 0x5);
        vm.assertTrue(escrow.isNonceUsed(provider, 512), "bit 0");
        vm.assertFalse(escrow.isNonceUsed(provider, 513), "bit 1");
        vm.assertTrue(escrow.isNonceUsed(provider, 514), "bit 2");
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, RATE, 514);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, 514)
        );
        q.nonce = 513;
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    function test_cancelQuote_onlyOwnNonces() public {
        vm.prank(stranger);
        escrow.cancelQuote(5);
        vm.assertTrue(escrow.isNonceUsed(stranger, 5), "stranger's own bitmap");
        vm.assertFalse(escrow.isNonceUsed(provider, 5), "provider's untouched");
        _open(
            renter,
            providerKey,
            _quote(provider, machines[0], 1, RATE, 5),
            DURATION,
            ILeaseEscrow.PayToken.USD
        );
    }

    // ================================================================ openLease

    function test_openLease_usd() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        uint256 principal = RATE * DURATION;
        uint256 deposit = principal + _fee(principal, USD_FEE_BPS);
        uint256 before = usd.balanceOf(renter);

        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseOpened(
            1,
            renter,
            provider,
            machines[0],
            2,
            ILeaseEscrow.PayToken.USD,
            RATE,
            RATE,
            uint64(block.timestamp + DURATION),
            deposit,
            q.nonce
        );
        vm.prank(renter);
        uint256 id = escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit);

        vm.assertEq(id, 1, "first id");
        vm.assertEq(escrow.leaseCount(), 1, "count");
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(l.renter, renter, "renter");
        vm.assertEq(l.provider, provider, "provider");
        vm.assertEq(l.machineId, machines[0], "machine");
        vm.assertEq(uint256(l.gpuCount), 2, "gpus");
        vm.assertEq(uint256(l.payToken), uint256(ILeaseEscrow.PayToken.USD), "pay token");
        vm.assertEq(uint256(l.status), uint256(ILeaseEscrow.LeaseStatus.Open), "open");
        vm.assertFalse(l.completed, "not completed");
        vm.assertEq(uint256(l.feeBps), USD_FEE_BPS, "fee");
        vm.assertEq(l.rate, RATE, "rate");
        vm.assertEq(uint256(l.startedAt), block.timestamp, "start");
        vm.assertEq(uint256(l.settledAt), block.timestamp, "settled");
        vm.assertEq(uint256(l.endsAt), block.timestamp + DURATION, "end");
        vm.assertEq(uint256(l.maxDuration), 30 days, "max duration");

        vm.assertEq(before - usd.balanceOf(renter), deposit, "renter paid the deposit");
        vm.assertEq(_escrowHolds(usd), deposit, "escrow holds it");
        vm.assertEq(uint256(_reserved(machines[0])), 2, "GPUs reserved");
        vm.assertTrue(escrow.isNonceUsed(provider, q.nonce), "nonce used");
        (uint256 balance, uint256 accrued, uint256 fee, uint256 refundable) = escrow.amountsOf(id);
        vm.assertEq(balance, deposit, "balance");
        vm.assertEq(accrued, 0, "nothing accrued");
        vm.assertEq(fee, 0, "no fee yet");
        vm.assertEq(refundable, deposit, "all refundable");
    }

    function test_openLease_grid() public {
        uint256 id = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.GRID);
        // $0.001/s at $0.50/GRID = 0.002 GRID/s, exactly.
        uint256 rate = RATE * 1e12 * 1e18 / GRID_PRICE;
        vm.assertEq(escrow.lease(id).rate, rate, "GRID rate");
        vm.assertEq(uint256(escrow.lease(id).feeBps), GRID_FEE_BPS, "lower GRID fee");
        uint256 principal = rate * DURATION;
        vm.assertEq(_escrowHolds(grid), principal + _fee(principal, GRID_FEE_BPS), "GRID deposit");
        vm.assertEq(_escrowHolds(usd), 0, "no USD");
    }

    function test_openLease_gridRateRoundsUpForProvider() public {
        vm.warp(block.timestamp + 1);
        _postPrice(3e18); // $3/GRID: 1e-3 USD/s = 3.33..e-4 GRID/s
        uint256 id = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.GRID);
        vm.assertEq(escrow.lease(id).rate, 333_333_333_333_334, "ceil(1e15 / 3)");
    }

    function test_openLease_gridRateNeverZero() public {
        vm.warp(block.timestamp + 1);
        _postPrice(type(uint128).max); // the fixture's oracle has no circuit breaker

        uint256 id = _openWith(1, DURATION, ILeaseEscrow.PayToken.GRID);
        vm.assertEq(escrow.lease(id).rate, 1, "1 unit/s at an absurd price still pays 1 wei/s");
    }

    function test_openLease_previewMatches() public {
        ILeaseEscrow.Quote memory q = _q(777);
        (uint256 rateUsd, uint256 depUsd) = escrow.previewOpen(q, 1234, ILeaseEscrow.PayToken.USD);
        (uint256 rateGrid, uint256 depGrid) = escrow.previewOpen(q, 1234, ILeaseEscrow.PayToken.GRID);
        uint256 beforeUsd = usd.balanceOf(renter);
        uint256 beforeGrid = grid.balanceOf(renter);
        uint256 a = _open(renter, providerKey, q, 1234, ILeaseEscrow.PayToken.USD);
        uint256 b = _open(renter, providerKey, _q(777), 1234, ILeaseEscrow.PayToken.GRID);
        vm.assertEq(escrow.lease(a).rate, rateUsd, "usd rate");
        vm.assertEq(escrow.lease(b).rate, rateGrid, "grid rate");
        vm.assertEq(beforeUsd - usd.balanceOf(renter), depUsd, "usd deposit");
        vm.assertEq(beforeGrid - grid.balanceOf(renter), depGrid, "grid deposit");
    }

    function test_openLease_idsIncrement() public {
        vm.assertEq(_openUsd(), 1, "1");
        vm.assertEq(_openUsd(), 2, "2");
        vm.assertEq(
            _open(
                renter2,
                provider2Key,
                _quote(provider2, machines2[0], 1, RATE, 0),
                10,
                ILeaseEscrow.PayToken.USD
            ),
            3,
            "3"
        );
        vm.assertEq(escrow.lease(3).provider, provider2, "provider2");
        vm.assertEq(escrow.lease(3).renter, renter2, "renter2");
    }

    function test_openLease_atExpiryInclusive() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        vm.warp(q.expiry);
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    function test_openLease_revertsWhenExpired() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        vm.warp(q.expiry + 1);
        _expectOpenRevert(
            q,
            sig,
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.QuoteExpired.selector, q.expiry, q.expiry + 1)
        );
    }

    function test_openLease_revertsOnBadDuration() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        _expectOpenRevert(
            q, sig, 0, abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 0, 30 days)
        );
        _expectOpenRevert(
            q,
            sig,
            30 days + 1,
            abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 30 days + 1, 30 days)
        );
        _open(renter, providerKey, q, 30 days, ILeaseEscrow.PayToken.USD);
    }

    function test_openLease_maxDurationClampedToMaxDuration() public {
        ILeaseEscrow.Quote memory q = _q(1);
        q.maxDuration = type(uint64).max;
        bytes memory sig = _signQuote(providerKey, q);
        uint64 cap = escrow.MAX_DURATION();
        _expectOpenRevert(
            q, sig, cap + 1, abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, cap + 1, cap)
        );
        uint256 id = _open(renter, providerKey, q, cap, ILeaseEscrow.PayToken.USD);
        vm.assertEq(uint256(escrow.lease(id).maxDuration), cap, "stored clamped");
    }

    function test_openLease_revertsOnZeroRate() public {
        ILeaseEscrow.Quote memory q = _q(0);
        _expectOpenRevert(
            q, _signQuote(providerKey, q), DURATION, abi.encodeWithSelector(ILeaseEscrow.ZeroRate.selector)
        );
    }

    function test_openLease_revertsOnWrongSigner() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory err = abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider);
        _expectOpenRevert(q, _signQuote(provider2Key, q), DURATION, err);
    }

    function test_openLease_revertsOnTamperedQuote() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        bytes memory err = abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider);
        q.usdPerSecond = RATE - 1;
        _expectOpenRevert(q, sig, DURATION, err);
        q.usdPerSecond = RATE;
        q.gpuCount = 1;
        _expectOpenRevert(q, sig, DURATION, err);
        q.gpuCount = 2;
        q.maxDuration += 1;
        _expectOpenRevert(q, sig, DURATION, err);
    }

    function test_openLease_revertsOnMalformedSignature() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        bytes memory err = abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider);
        _expectOpenRevert(q, "", DURATION, err);
        bytes memory shortSig = new bytes(64);
        for (uint256 i; i < 64; ++i) {
            shortSig[i] = sig[i];
        }
        _expectOpenRevert(q, shortSig, DURATION, err);
        // High-s twin of a valid signature (malleability) is rejected.
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        bytes memory twin = abi.encodePacked(r, bytes32(n - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        _expectOpenRevert(q, twin, DURATION, err);
    }

    function test_openLease_revertsOnReplay() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        _expectOpenRevert(
            q, sig, DURATION, abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, q.nonce)
        );
        // Also when another renter replays it, and after the first lease closed.
        vm.prank(renter);
        escrow.closeLease(1);
        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.QuoteNonceUsed.selector, provider, q.nonce));
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, type(uint256).max);
    }

    function test_openLease_revertsForAnotherChain() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory err = abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, provider);
        // Signed for another chain id.
        bytes memory otherChain = signDigest(providerKey, _quoteDigest(q, block.chainid + 1, address(escrow)));
        _expectOpenRevert(q, otherChain, DURATION, err);
        // Signed for another escrow deployment.
        bytes memory otherContract = signDigest(providerKey, _quoteDigest(q, block.chainid, address(oracle)));
        _expectOpenRevert(q, otherContract, DURATION, err);
        // A valid signature stops working on a fork with another chain id.
        bytes memory sig = _signQuote(providerKey, q);
        uint256 chain = block.chainid;
        vm.chainId(chain + 7);
        _expectOpenRevert(q, sig, DURATION, err);
        vm.chainId(chain);
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    function test_openLease_revertsForMachineOfAnotherProvider() public {
        // provider signs a quote for provider2's machine.
        ILeaseEscrow.Quote memory q = _quote(provider, machines2[0], 1, RATE, 0);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(
                ILeaseEscrow.MachineNotOwnedByProvider.selector, machines2[0], provider, provider2
            )
        );
        bytes32 unknown = keccak256("never listed");
        q = _quote(provider, unknown, 1, RATE, 1);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(
                ILeaseEscrow.MachineNotOwnedByProvider.selector, unknown, provider, address(0)
            )
        );
    }

    function test_openLease_revertsOnDelistedMachine() public {
        // Delisted before any lease.
        vm.prank(provider);
        staking.delistMachine(machines[1]);
        ILeaseEscrow.Quote memory q = _quote(provider, machines[1], 1, RATE, 0);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(IStaking.MachineNotListed.selector, machines[1])
        );
        // Delisted after a lease on it closed (the machine reference is cached; listing is rechecked).
        uint256 id = _openUsd();
        vm.prank(renter);
        escrow.closeLease(id);
        vm.prank(provider);
        staking.delistMachine(machines[0]);
        q = _q(RATE);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(IStaking.MachineNotListed.selector, machines[0])
        );
    }

    function test_openLease_revertsWhenGpusRunOut() public {
        _open(
            renter,
            providerKey,
            _quote(provider, machines[0], 6, RATE, 100),
            DURATION,
            ILeaseEscrow.PayToken.USD
        );
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 3, RATE, 101);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(IStaking.InsufficientFreeGpus.selector, machines[0], uint32(2), uint32(3))
        );
        q = _quote(provider, machines[0], 0, RATE, 102);
        _expectOpenRevert(
            q, _signQuote(providerKey, q), DURATION, abi.encodeWithSelector(IStaking.ZeroGpus.selector)
        );
        q = _quote(provider, machines[0], 70_000, RATE, 103);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            DURATION,
            abi.encodeWithSelector(
                SafeCast.SafeCastOverflowedUintDowncast.selector, uint8(16), uint256(70_000)
            )
        );
    }

    function test_openLease_revertsAboveMaxDeposit() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        uint256 deposit = RATE * DURATION + _fee(RATE * DURATION, USD_FEE_BPS);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.DepositAboveMax.selector, deposit, deposit - 1));
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, deposit - 1);
    }

    function test_openLease_gridSlippageBound() public {
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        (, uint256 quoted) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.GRID);
        // GRID drops 10% before the renter's transaction lands: the deposit rises above the renter's bound.
        vm.warp(block.timestamp + 1);
        _postPrice(GRID_PRICE * 9 / 10);
        (, uint256 actual) = escrow.previewOpen(q, DURATION, ILeaseEscrow.PayToken.GRID);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.DepositAboveMax.selector, actual, quoted));
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, quoted);
    }

    function test_openLease_revertsOnStalePrice() public {
        (, uint64 observedAt) = oracle.gridUsdPrice();
        vm.warp(observedAt + PRICE_MAX_AGE + 1);
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(GridPriceOracle.StalePrice.selector, observedAt, PRICE_MAX_AGE)
        );
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.GRID, type(uint256).max);
        // USD leases don't need the price.
        _open(renter, providerKey, q, DURATION, ILeaseEscrow.PayToken.USD);
    }

    function test_openLease_revertsOnHugeRate() public {
        ILeaseEscrow.Quote memory q = _q(uint256(type(uint112).max) + 1);
        _expectOpenRevert(
            q,
            _signQuote(providerKey, q),
            1,
            abi.encodeWithSelector(
                SafeCast.SafeCastOverflowedUintDowncast.selector, uint8(112), uint256(type(uint112).max) + 1
            )
        );
    }

    function test_openLease_revertsWithoutFunds() public {
        address poor = makeAddr("poor");
        _approve(usd, poor, address(escrow), type(uint256).max);
        ILeaseEscrow.Quote memory q = _q(RATE);
        bytes memory sig = _signQuote(providerKey, q);
        uint256 deposit = RATE * DURATION + _fee(RATE * DURATION, USD_FEE_BPS);
        vm.prank(poor);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, poor, 0, deposit)
        );
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, type(uint256).max);
        vm.assertEq(uint256(_reserved(machines[0])), 0, "nothing reserved");
        vm.assertFalse(escrow.isNonceUsed(provider, q.nonce), "nonce not burned by a failed open");
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
            address(staking), abi.encodeCall(staking.listMachine, (machineId, GPU_CLASS, 4, "ipfs://w"))
        );
        vm.stopPrank();

        ILeaseEscrow.Quote memory q = _quote(address(wallet), machineId, 4, RATE, 0);
        uint256 id = _open(renter, walletKey, q, DURATION, ILeaseEscrow.PayToken.USD);
        vm.assertEq(escrow.lease(id).provider, address(wallet), "wallet is the provider");

        ILeaseEscrow.Quote memory q2 = _quote(address(wallet), machineId, 1, RATE, 1);
        _expectOpenRevert(
            q2,
            _signQuote(providerKey, q2),
            DURATION,
            abi.encodeWithSelector(ILeaseEscrow.InvalidQuoteSignature.selector, address(wallet))
        );
    }

    // ================================================================ settle

    function test_settle_paysElapsed() public {
        uint256 id = _openUsd();
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 100);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseSettled(id, provider, RATE * 100, start + 100);
        vm.prank(stranger);
        escrow.settle(id);
        vm.assertEq(escrow.withdrawable(provider, usd), RATE * 100, "credited");
        vm.assertEq(uint256(escrow.lease(id).settledAt), start + 100, "settledAt");

        vm.warp(start + 250);
        escrow.settle(id);
        vm.assertEq(escrow.withdrawable(provider, usd), RATE * 250, "cumulative");
        vm.assertEq(escrow.accruedFees(usd), 0, "fees wait for the close");
    }

    function test_settle_sameTimestampIsNoOp() public {
        uint256 id = _openUsd();
        escrow.settle(id); // same second as the open
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "nothing at t0");
        vm.warp(block.timestamp + 10);
        escrow.settle(id);
        uint256 credit = escrow.withdrawable(provider, usd);
        ILeaseEscrow.Lease memory before = escrow.lease(id);
        escrow.settle(id);
        escrow.settle(id);
        vm.assertEq(escrow.withdrawable(provider, usd), credit, "no double pay");
        vm.assertEq(uint256(escrow.lease(id).settledAt), uint256(before.settledAt), "settledAt unchanged");
        vm.assertEq(uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Open), "still open");
    }

    function test_settle_afterEndCloses() public {
        uint256 id = _openUsd();
        uint64 end = uint64(block.timestamp + DURATION);
        vm.warp(end + 1000);
        uint256 principal = RATE * DURATION;
        uint256 fee = _fee(principal, USD_FEE_BPS);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseSettled(id, provider, principal, end);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseClosed(id, ILeaseEscrow.CloseReason.Expired, end, 0, fee);
        escrow.settle(id);

        vm.assertEq(uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
        vm.assertEq(escrow.withdrawable(provider, usd), principal, "provider got the principal");
        vm.assertEq(escrow.accruedFees(usd), fee, "fee accrued");
        vm.assertEq(escrow.withdrawable(renter, usd), 0, "nothing to refund");
        vm.assertEq(uint256(_reserved(machines[0])), 0, "GPUs released");
        vm.assertEq(_escrowHolds(usd), principal + fee, "held = credit + fees");
        (uint256 b, uint256 a, uint256 f, uint256 r) = escrow.amountsOf(id);
        vm.assertEq(b + a + f + r, 0, "closed lease holds nothing");

        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        escrow.settle(id);
    }

    function test_settle_exactlyAtEndCloses() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + DURATION);
        escrow.settle(id);
        vm.assertEq(
            uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed at end"
        );
    }

    function test_settle_revertsOnUnknownLease() public {
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 7));
        escrow.settle(7);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 0));
        escrow.settle(0);
    }

    // ================================================================ settleMany

    function test_settleMany() public {
        uint256 a = _openUsd();
        uint256 b = _openWith(RATE * 2, DURATION, ILeaseEscrow.PayToken.USD);
        uint256 c = _open(
            renter,
            provider2Key,
            _quote(provider2, machines2[0], 1, RATE * 3, 0),
            50,
            ILeaseEscrow.PayToken.USD
        );
        uint256 d = _openWith(RATE, 50, ILeaseEscrow.PayToken.GRID);
        uint256 e = _openUsd();
        vm.prank(renter);
        escrow.closeLease(e);
        uint256 credit1 = escrow.withdrawable(provider, usd);
        vm.warp(block.timestamp + 100);

        uint256[] memory ids = new uint256[](5);
        (ids[0], ids[1], ids[2], ids[3], ids[4]) = (a, e, b, c, d);
        escrow.settleMany(ids);

        vm.assertEq(escrow.withdrawable(provider, usd), credit1 + RATE * 100 + RATE * 2 * 100, "provider usd");
        vm.assertEq(escrow.withdrawable(provider2, usd), RATE * 3 * 50, "provider2 (ended lease)");
        vm.assertEq(escrow.withdrawable(provider, grid), escrow.lease(d).rate * 50, "provider grid");
        vm.assertEq(
            uint256(escrow.lease(c).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "c closed at its end"
        );
        vm.assertEq(
            uint256(escrow.lease(d).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "d closed at its end"
        );
        vm.assertEq(uint256(escrow.lease(a).status), uint256(ILeaseEscrow.LeaseStatus.Open), "a open");
        vm.assertEq(escrow.accruedFees(usd), _fee(RATE * 3 * 50, USD_FEE_BPS), "fee for c");

        // Same second again: nothing changes.
        escrow.settleMany(ids);
        vm.assertEq(escrow.withdrawable(provider, usd), credit1 + RATE * 300, "no-op");

        ids[1] = 99;
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 99));
        escrow.settleMany(ids);
        escrow.settleMany(new uint256[](0));
    }

    function test_settleMany_interleavedProvidersCreditEachOnce() public {
        uint256 a = _openUsd();
        uint256 b = _open(
            renter,
            provider2Key,
            _quote(provider2, machines2[0], 1, 7, 0),
            DURATION,
            ILeaseEscrow.PayToken.USD
        );
        uint256 c = _openWith(5, DURATION, ILeaseEscrow.PayToken.USD);
        vm.warp(block.timestamp + 10);
        uint256[] memory ids = new uint256[](4);
        (ids[0], ids[1], ids[2], ids[3]) = (a, b, c, a);
        escrow.settleMany(ids);
        vm.assertEq(escrow.withdrawable(provider, usd), RATE * 10 + 5 * 10, "provider");
        vm.assertEq(escrow.withdrawable(provider2, usd), 70, "provider2");
    }

    // ================================================================ extend

    function test_extend() public {
        uint256 id = _openWith(333, 1001, ILeaseEscrow.PayToken.USD);
        uint256 p0 = 333 * 1001;
        uint256 p1 = 333 * (1001 + 999);
        uint256 expected = p1 - p0 + _fee(p1, USD_FEE_BPS) - _fee(p0, USD_FEE_BPS);
        uint64 newEnd = escrow.lease(id).endsAt + 999;
        uint256 before = usd.balanceOf(renter);
        vm.warp(block.timestamp + 500);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseExtended(id, newEnd, expected);
        vm.prank(renter);
        escrow.extend(id, 999, expected);
        vm.assertEq(before - usd.balanceOf(renter), expected, "paid the cumulative-fee delta");
        vm.assertEq(uint256(escrow.lease(id).endsAt), newEnd, "end moved");
        (uint256 balance,,,) = escrow.amountsOf(id);
        vm.assertEq(
            balance, p1 + _fee(p1, USD_FEE_BPS), "balance = deposit of the longer lease (nothing settled)"
        );

        // Runs to the end: no dust.
        vm.warp(newEnd);
        escrow.settle(id);
        vm.assertEq(escrow.accruedFees(usd), _fee(p1, USD_FEE_BPS), "fee on the full principal");
        vm.assertEq(_escrowHolds(usd), p1 + _fee(p1, USD_FEE_BPS), "exactly credit + fee");
    }

    function test_extend_reverts() public {
        uint256 id = _openWith(RATE, 10 days, ILeaseEscrow.PayToken.USD);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, stranger));
        escrow.extend(id, 1, type(uint256).max);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, provider));
        escrow.extend(id, 1, type(uint256).max);

        vm.startPrank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 0, 20 days));
        escrow.extend(id, 0, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 20 days + 1, 20 days));
        escrow.extend(id, 20 days + 1, type(uint256).max);
        uint256 deposit =
            RATE * 1 days + _fee(RATE * 11 days, USD_FEE_BPS) - _fee(RATE * 10 days, USD_FEE_BPS);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.DepositAboveMax.selector, deposit, deposit - 1));
        escrow.extend(id, 1 days, deposit - 1);
        escrow.extend(id, 20 days, type(uint256).max); // up to maxDuration exactly
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 1, 0));
        escrow.extend(id, 1, type(uint256).max);
        vm.stopPrank();

        uint256 id2 = _openUsd();
        vm.warp(block.timestamp + DURATION);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.LeaseEnded.selector, id2, uint64(block.timestamp))
        );
        escrow.extend(id2, 1, type(uint256).max);
        escrow.settle(id2);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id2));
        escrow.extend(id2, 1, type(uint256).max);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 42));
        escrow.extend(42, 1, type(uint256).max);
    }

    function test_extend_gridKeepsOpenRate() public {
        uint256 id = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.GRID);
        uint256 rate = escrow.lease(id).rate;
        vm.warp(block.timestamp + 10);
        _postPrice(GRID_PRICE * 2);
        uint256 before = grid.balanceOf(renter);
        vm.prank(renter);
        escrow.extend(id, 100, type(uint256).max);
        uint256 p0 = rate * DURATION;
        uint256 p1 = rate * (DURATION + 100);
        vm.assertEq(
            before - grid.balanceOf(renter),
            p1 - p0 + _fee(p1, GRID_FEE_BPS) - _fee(p0, GRID_FEE_BPS),
            "same rate"
        );
        vm.assertEq(escrow.lease(id).rate, rate, "rate unchanged");
    }

    // ================================================================ closeLease / endLease

    function test_closeLease_refundsRenterNow() public {
        uint256 id = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.USD);
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 333);
        escrow.settle(id);
        vm.warp(start + 1000);
        uint256 principal = RATE * DURATION;
        uint256 deposit = principal + _fee(principal, USD_FEE_BPS);
        uint256 paid = RATE * 1000;
        uint256 fee = _fee(paid, USD_FEE_BPS);
        uint256 refund = deposit - paid - fee;
        uint256 before = usd.balanceOf(renter);

        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseSettled(id, provider, RATE * 667, start + 1000);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseClosed(id, ILeaseEscrow.CloseReason.RenterClosed, start + 1000, refund, fee);
        vm.prank(renter);
        escrow.closeLease(id);

        vm.assertEq(usd.balanceOf(renter) - before, refund, "refund transferred");
        vm.assertEq(escrow.withdrawable(provider, usd), paid, "provider paid to now");
        vm.assertEq(escrow.accruedFees(usd), fee, "fee on paid");
        vm.assertEq(_escrowHolds(usd), paid + fee, "holds credit + fee");
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(uint256(l.status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
        vm.assertEq(uint256(l.endsAt), start + 1000, "endsAt = closedAt");
        vm.assertEq(uint256(_reserved(machines[0])), 0, "GPUs released");
        vm.assertEq(paid + fee + refund, deposit, "gross = net + fee + refund");

        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        escrow.closeLease(id);
    }

    function test_closeLease_sameSecondRefundsAll() public {
        uint256 before = usd.balanceOf(renter);
        uint256 id = _openUsd();
        vm.prank(renter);
        escrow.closeLease(id);
        vm.assertEq(usd.balanceOf(renter), before, "full refund, no fee");
        vm.assertEq(_escrowHolds(usd), 0, "escrow empty");
    }

    function test_closeLease_afterEndRefundsNothing() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + DURATION + 5);
        uint256 before = usd.balanceOf(renter);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.assertEq(usd.balanceOf(renter), before, "nothing left");
        vm.assertEq(escrow.withdrawable(provider, usd), RATE * DURATION, "full principal");
    }

    function test_closeLease_reverts() public {
        uint256 id = _openUsd();
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, provider));
        escrow.closeLease(id);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, id + 1));
        escrow.closeLease(id + 1);
    }

    function test_endLease_creditsRenter() public {
        uint256 id = _openWith(RATE, DURATION, ILeaseEscrow.PayToken.GRID);
        uint256 rate = escrow.lease(id).rate;
        vm.warp(block.timestamp + 77);
        uint256 principal = rate * DURATION;
        uint256 paid = rate * 77;
        uint256 fee = _fee(paid, GRID_FEE_BPS);
        uint256 refund = principal + _fee(principal, GRID_FEE_BPS) - paid - fee;
        uint256 before = grid.balanceOf(renter);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseClosed(
            id, ILeaseEscrow.CloseReason.ProviderEnded, uint64(block.timestamp), refund, fee
        );
        vm.prank(provider);
        escrow.endLease(id);
        vm.assertEq(grid.balanceOf(renter), before, "not pushed");
        vm.assertEq(escrow.withdrawable(renter, grid), refund, "credited");
        vm.assertEq(escrow.withdrawable(provider, grid), paid, "provider paid");
        vm.prank(renter);
        escrow.withdraw(grid);
        vm.assertEq(grid.balanceOf(renter) - before, refund, "renter withdrew");
    }

    function test_endLease_reverts() public {
        uint256 id = _openUsd();
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotProvider.selector, id, renter));
        escrow.endLease(id);
        vm.prank(provider2);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotProvider.selector, id, provider2));
        escrow.endLease(id);
        vm.prank(provider);
        escrow.endLease(id);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        escrow.endLease(id);
    }

    // ================================================================ breach

    function test_breach_beforeSettle() public {
        uint256 id = _openUsd();
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 1000);
        escrow.settle(id);
        vm.warp(start + 5000);
        uint64 downSince = start + 3000;
        (bytes32 attId, bytes memory sigs) = _breachSigs(id, downSince);

        uint256 principal = RATE * DURATION;
        uint256 billable = RATE * 3000;
        uint256 fee = _fee(billable, USD_FEE_BPS);
        uint256 refund = principal + _fee(principal, USD_FEE_BPS) - billable - fee;
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseSettled(id, provider, RATE * 2000, downSince);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseBreached(id, provider, renter, attId, downSince, downSince, 0, 0);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseClosed(id, ILeaseEscrow.CloseReason.Breached, downSince, refund, fee);
        vm.prank(stranger);
        escrow.breach(id, downSince, attId, sigs);

        vm.assertEq(escrow.withdrawable(provider, usd), billable, "provider paid to downSince");
        vm.assertEq(escrow.withdrawable(renter, usd), refund, "renter refunded from downSince");
        vm.assertEq(escrow.accruedFees(usd), fee, "fee on billable");
        vm.assertEq(uint256(escrow.lease(id).endsAt), downSince, "closed at downSince");
        vm.assertEq(uint256(_reserved(machines[0])), 0, "released");
        vm.assertTrue(quorum.consumed(address(escrow), Attestations.KIND_BREACH, attId), "consumed");
    }

    function test_breach_clawsBackOverpayment() public {
        uint256 id = _openUsd();
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 5000);
        escrow.settle(id);
        uint64 downSince = start + 2000;
        (bytes32 attId, bytes memory sigs) = _breachSigs(id, downSince);
        uint256 overpaid = RATE * 3000;
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseBreached(id, provider, renter, attId, downSince, downSince, overpaid, 0);
        escrow.breach(id, downSince, attId, sigs);

        uint256 principal = RATE * DURATION;
        uint256 billable = RATE * 2000;
        vm.assertEq(escrow.withdrawable(provider, usd), billable, "overpayment taken back");
        vm.assertEq(
            escrow.withdrawable(renter, usd),
            principal + _fee(principal, USD_FEE_BPS) - billable - _fee(billable, USD_FEE_BPS),
            "renter whole"
        );
        vm.assertEq(uint256(escrow.lease(id).settledAt), start + 5000, "settledAt never moves back");
    }

    function test_breach_partialClawbackReportsUnrecovered() public {
        uint256 id = _openUsd();
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 5000);
        escrow.settle(id);
        vm.prank(provider);
        escrow.withdraw(usd); // provider ran with RATE * 5000
        // The provider's other lease earns a little credit.
        uint256 other = _openWith(1, DURATION, ILeaseEscrow.PayToken.USD);
        vm.warp(block.timestamp + 100);
        escrow.settle(other);
        uint256 credit = escrow.withdrawable(provider, usd);
        vm.assertEq(credit, 100, "other credit");

        uint64 downSince = start + 2000;
        (bytes32 attId, bytes memory sigs) = _breachSigs(id, downSince);
        uint256 overpaid = RATE * 3000;
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.LeaseBreached(
            id, provider, renter, attId, downSince, downSince, credit, overpaid - credit
        );
        escrow.breach(id, downSince, attId, sigs);

        uint256 principal = RATE * DURATION;
        uint256 billable = RATE * 2000;
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "credit taken");
        uint256 refund = escrow.withdrawable(renter, usd);
        vm.assertEq(
            refund,
            principal + _fee(principal, USD_FEE_BPS) - billable - _fee(billable, USD_FEE_BPS)
                - (overpaid - credit),
            "renter short by exactly the unrecovered amount"
        );
    }

    function test_breach_downBeforeStartRefundsAll() public {
        uint256 before = usd.balanceOf(renter);
        uint256 id = _openUsd();
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 60);
        (bytes32 attId, bytes memory sigs) = _breachSigs(id, start - 100);
        escrow.breach(id, start - 100, attId, sigs);
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "provider gets nothing");
        vm.assertEq(escrow.accruedFees(usd), 0, "no fee");
        vm.prank(renter);
        escrow.withdraw(usd);
        vm.assertEq(usd.balanceOf(renter), before, "renter whole");
        vm.assertEq(uint256(escrow.lease(id).endsAt), start, "closed at start");
    }

    function test_breach_reverts() public {
        uint256 id = _openUsd();
        uint64 start = uint64(block.timestamp);
        vm.warp(start + 100);
        (bytes32 attId, bytes memory sigs) = _breachSigs(id, start + 101);
        vm.expectRevert(
            abi.encodeWithSelector(ILeaseEscrow.DownSinceInFuture.selector, start + 101, start + 100)
        );
        escrow.breach(id, start + 101, attId, sigs);

        vm.warp(start + DURATION + 10);
        (attId, sigs) = _breachSigs(id, start + DURATION);
        vm.expectRevert(
            abi.encodeWithSelector(
                ILeaseEscrow.DownAfterLeaseEnd.selector, start + DURATION, start + DURATION
            )
        );
        escrow.breach(id, start + DURATION, attId, sigs);

        // Signatures over another downSince recover to addresses that are not signers.
        (attId, sigs) = _breachSigs(id, start + 50);
        bytes32 digest = quorum.attestationDigest(
            address(escrow), Attestations.KIND_BREACH, attId, Attestations.breachHash(id, start + 60)
        );
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.UnknownSigner.selector, 0, ECDSA.recover(digest, _slice65(sigs, 0))
            )
        );
        escrow.breach(id, start + 60, attId, sigs);

        // Not enough signatures.
        bytes memory one = new bytes(65);
        for (uint256 i; i < 65; ++i) {
            one[i] = sigs[i];
        }
        vm.expectRevert(abi.encodeWithSelector(IAttestationQuorum.NotEnoughSignatures.selector, 1, 2));
        escrow.breach(id, start + 50, attId, one);

        // Valid, then replayed.
        escrow.breach(id, start + 50, attId, sigs);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        escrow.breach(id, start + 50, attId, sigs);
        uint256 id2 = _openUsd();
        vm.warp(block.timestamp + 5);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.AttestationAlreadyConsumed.selector,
                address(escrow),
                Attestations.KIND_BREACH,
                attId
            )
        );
        escrow.breach(id2, start + 50, attId, sigs);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 99));
        escrow.breach(99, start, attId, sigs);
    }

    function test_breach_signedForOtherConsumerRejected() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 10);
        uint64 downSince = uint64(block.timestamp - 5);
        bytes32 attId = _nextAttestationId();
        // Signed for the oracle as target: the quorum binds the consumer, so the escrow cannot use it.
        bytes32 payload = Attestations.breachHash(id, downSince);
        bytes memory sigs = _attest(address(oracle), Attestations.KIND_BREACH, attId, payload);
        bytes32 digest = quorum.attestationDigest(address(escrow), Attestations.KIND_BREACH, attId, payload);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.UnknownSigner.selector, 0, ECDSA.recover(digest, _slice65(sigs, 0))
            )
        );
        escrow.breach(id, downSince, attId, sigs);
    }

    function _slice65(bytes memory sigs, uint256 index) internal pure returns (bytes memory out) {
        out = new bytes(65);
        for (uint256 i; i < 65; ++i) {
            out[i] = sigs[index * 65 + i];
        }
    }

    // ================================================================ completion

    function test_recordCompletion() public {
        uint256 id = _openUsd();
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.CompletionRecorded(id, keccak256("bafyresult"), "bafyresult", false);
        vm.prank(renter);
        escrow.recordCompletion(id, "bafyresult");
        vm.assertTrue(escrow.lease(id).completed, "completed");

        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.CompletionAlreadyRecorded.selector, id));
        escrow.recordCompletion(id, "other");
    }

    function test_recordCompletion_reverts() public {
        uint256 id = _openUsd();
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, provider));
        escrow.recordCompletion(id, "cid");
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.EmptyResultCID.selector));
        escrow.recordCompletion(id, "");
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 5));
        escrow.recordCompletion(5, "cid");
    }

    function test_recordCompletion_afterClose() public {
        uint256 id = _openUsd();
        vm.prank(renter);
        escrow.closeLease(id);
        vm.prank(renter);
        escrow.recordCompletion(id, "cid");
        vm.assertTrue(escrow.lease(id).completed, "completed after close");
        vm.assertEq(
            uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "still closed"
        );
    }

    function test_attestCompletion() public {
        uint256 id = _openUsd();
        bytes32 attId = _nextAttestationId();
        bytes memory sigs = _attest(
            address(escrow), Attestations.KIND_COMPLETION, attId, Attestations.completionHash(id, "bafyjob")
        );
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.CompletionRecorded(id, keccak256("bafyjob"), "bafyjob", true);
        vm.prank(stranger);
        escrow.attestCompletion(id, "bafyjob", attId, sigs);
        vm.assertTrue(escrow.lease(id).completed, "completed");

        uint256 id2 = _openUsd();
        vm.prank(renter);
        escrow.recordCompletion(id2, "bafyjob");
        bytes32 attId2 = _nextAttestationId();
        bytes memory sigs2 = _attest(
            address(escrow), Attestations.KIND_COMPLETION, attId2, Attestations.completionHash(id2, "bafyjob")
        );
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.CompletionAlreadyRecorded.selector, id2));
        escrow.attestCompletion(id2, "bafyjob", attId2, sigs2);
    }

    function test_attestCompletion_reverts() public {
        uint256 id = _openUsd();
        bytes32 attId = _nextAttestationId();
        bytes memory sigs = _attest(
            address(escrow), Attestations.KIND_COMPLETION, attId, Attestations.completionHash(id, "a")
        );
        bytes32 digest = quorum.attestationDigest(
            address(escrow), Attestations.KIND_COMPLETION, attId, Attestations.completionHash(id, "b")
        );
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationQuorum.UnknownSigner.selector, 0, ECDSA.recover(digest, _slice65(sigs, 0))
            )
        );
        escrow.attestCompletion(id, "b", attId, sigs);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 9));
        escrow.attestCompletion(9, "a", attId, sigs);
        bytes32 emptyId = _nextAttestationId();
        bytes memory emptySigs = _attest(
            address(escrow), Attestations.KIND_COMPLETION, emptyId, Attestations.completionHash(id, "")
        );
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.EmptyResultCID.selector));
        escrow.attestCompletion(id, "", emptyId, emptySigs);
    }

    // ================================================================ withdraw and fees

    function test_withdraw() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 10);
        escrow.settle(id);
        uint256 before = usd.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.Withdrawn(provider, usd, provider, RATE * 10);
        vm.prank(provider);
        uint256 amount = escrow.withdraw(usd);
        vm.assertEq(amount, RATE * 10, "amount");
        vm.assertEq(usd.balanceOf(provider) - before, amount, "received");
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "zeroed");
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToWithdraw.selector, provider, usd));
        escrow.withdraw(usd);
    }

    function test_withdrawTo() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 10);
        escrow.settle(id);
        address cold = makeAddr("cold");
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.Withdrawn(provider, usd, cold, RATE * 10);
        vm.prank(provider);
        escrow.withdrawTo(usd, cold);
        vm.assertEq(usd.balanceOf(cold), RATE * 10, "sent to cold wallet");
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.ZeroAddress.selector));
        escrow.withdrawTo(usd, address(0));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToWithdraw.selector, stranger, usd));
        escrow.withdrawTo(usd, stranger);
    }

    function test_collectFees() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + DURATION);
        escrow.settle(id);
        uint256 fee = _fee(RATE * DURATION, USD_FEE_BPS);
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.FeesCollected(usd, treasury, fee);
        vm.prank(stranger);
        vm.assertEq(escrow.collectFees(usd), fee, "collected");
        vm.assertEq(usd.balanceOf(treasury), fee, "treasury got it");
        vm.assertEq(escrow.accruedFees(usd), 0, "zeroed");
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToCollect.selector, usd));
        escrow.collectFees(usd);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NothingToCollect.selector, grid));
        escrow.collectFees(grid);
    }

    function test_collectFees_goesToCurrentTreasury() public {
        uint256 id = _openWith(RATE, 100, ILeaseEscrow.PayToken.GRID);
        vm.warp(block.timestamp + 100);
        escrow.settle(id);
        address t2 = makeAddr("treasury2");
        vm.prank(governance);
        escrow.setTreasury(t2);
        uint256 fee = escrow.collectFees(grid);
        vm.assertGt(fee, 0, "some fee");
        vm.assertEq(grid.balanceOf(t2), fee, "new treasury");
    }

    // ================================================================ views

    function test_views_revertOnUnknownLease() public {
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 1));
        escrow.lease(1);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotFound.selector, 1));
        escrow.amountsOf(1);
    }

    // ================================================================ regressions

    /// @dev Akash: a settle in the same block as a previous settle left payments open and funds stuck.
    function test_regression_sameTimestampSettleThenCloseLeavesNothingStuck() public {
        uint256 id = _openUsd();
        vm.warp(block.timestamp + 100);
        escrow.settle(id);
        escrow.settle(id);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (id, id);
        escrow.settleMany(ids);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.prank(provider);
        escrow.withdraw(usd);
        escrow.collectFees(usd);
        vm.assertEq(_escrowHolds(usd), 0, "nothing stuck");
        vm.assertEq(usd.balanceOf(provider), RATE * 100, "provider paid exactly 100 s");
    }

    /// @dev Akash: overdrawn leases ran free. Here a lease can never pay more than its deposit: accrual stops at
    /// endsAt and the lease closes itself there.
    function test_regression_overdrawnLeaseCannotRunFree() public {
        uint256 before = usd.balanceOf(renter);
        uint256 id = _openWith(RATE, 1000, ILeaseEscrow.PayToken.USD);
        uint256 deposit = before - usd.balanceOf(renter);
        for (uint256 i; i < 5; ++i) {
            vm.warp(block.timestamp + 400);
            if (i < 2) escrow.settle(id);
        }
        escrow.settle(id);
        vm.assertEq(escrow.withdrawable(provider, usd), RATE * 1000, "paid exactly the prepaid time");
        vm.assertLe(
            escrow.withdrawable(provider, usd) + escrow.accruedFees(usd), deposit, "never above deposit"
        );
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.LeaseNotOpen.selector, id));
        escrow.settle(id);
        (uint256 balance,,,) = escrow.amountsOf(id);
        vm.assertEq(balance, 0, "closed lease holds nothing");
    }

    /// @dev Livepeer: anyone could cancel another payer's unlock with a zero top-up. Nobody but the renter can
    /// touch a lease's term, and a zero extension is refused.
    function test_regression_strangerCannotExtendOrZeroTopUp() public {
        uint256 id = _openUsd();
        uint64 end = escrow.lease(id).endsAt;
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.NotRenter.selector, id, stranger));
        escrow.extend(id, 1, type(uint256).max);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(ILeaseEscrow.InvalidDuration.selector, 0, 29 days));
        escrow.extend(id, 0, type(uint256).max);
        vm.assertEq(uint256(escrow.lease(id).endsAt), uint256(end), "unchanged");
    }

    // ================================================================ fuzz

    /// @dev Any rate, duration and close time: deposit = provider + fee + refund exactly; the escrow ends empty.
    function testFuzz_openSettleClose_conservation(
        uint256 rate,
        uint64 duration,
        uint64 settleAt,
        uint64 closeAt,
        bool grid_,
        bool byProvider
    ) public {
        rate = bound(rate, 1, grid_ ? 1e9 : 1e24);
        duration = uint64(bound(duration, 1, 30 days));
        settleAt = uint64(bound(settleAt, 0, duration + 10));
        closeAt = uint64(bound(closeAt, settleAt, duration + 20));
        ILeaseEscrow.PayToken pt = grid_ ? ILeaseEscrow.PayToken.GRID : ILeaseEscrow.PayToken.USD;
        IERC20 token = grid_ ? IERC20(grid) : usd;
        uint256 gridRate = rate * 1e30 / GRID_PRICE; // exact at $0.50
        uint256 tokenRate = grid_ ? gridRate : rate;
        vm.assume(tokenRate <= type(uint112).max);
        _fund(renter, grid_ ? 0 : rate * duration * 2, grid_ ? tokenRate * duration * 2 : 0);

        uint256 before = token.balanceOf(renter);
        uint64 start = uint64(block.timestamp);
        uint256 id = _openWith(rate, duration, pt);
        uint256 deposit = before - token.balanceOf(renter);
        vm.warp(start + settleAt);
        if (settleAt < duration) escrow.settle(id);
        vm.warp(start + closeAt);
        if (closeAt < duration || !byProvider) {
            if (byProvider) {
                vm.prank(provider);
                escrow.endLease(id);
            } else {
                vm.prank(renter);
                escrow.closeLease(id);
            }
        } else {
            escrow.settle(id);
        }

        uint256 elapsed = closeAt < duration ? closeAt : duration;
        uint16 bps = grid_ ? GRID_FEE_BPS : USD_FEE_BPS;
        uint256 paid = escrow.withdrawable(provider, token);
        vm.assertEq(paid, tokenRate * elapsed, "paid = rate x billable elapsed");
        vm.assertEq(escrow.accruedFees(token), _fee(paid, bps), "fee on cumulative paid");
        uint256 refund = token.balanceOf(renter) - (before - deposit) + escrow.withdrawable(renter, token);
        vm.assertEq(paid + _fee(paid, bps) + refund, deposit, "gross = net + fee + refund");

        if (paid != 0) {
            vm.prank(provider);
            escrow.withdraw(token);
        }
        if (escrow.withdrawable(renter, token) != 0) {
            vm.prank(renter);
            escrow.withdraw(token);
        }
        if (escrow.accruedFees(token) != 0) escrow.collectFees(token);
        vm.assertEq(token.balanceOf(address(escrow)), 0, "escrow empty");
    }

    /// @dev GRID conversion across price magnitudes: ceil, within one wei/s, in the provider's favour.
    function testFuzz_gridRate(uint256 usdPerSecond, uint256 price) public {
        usdPerSecond = bound(usdPerSecond, 1, 1e12);
        price = bound(price, 1e6, 1e30);
        vm.warp(block.timestamp + 1);
        _postPrice(price);
        (uint256 rate,) = escrow.previewOpen(_q(usdPerSecond), 1, ILeaseEscrow.PayToken.GRID);
        uint256 usdWad = usdPerSecond * 1e30; // 6-decimal units -> 18 decimals, times 1e18 for the price
        vm.assertGe(rate * price, usdWad, "worth at least the quote");
        vm.assertLt((rate - 1) * price, usdWad, "less than 1 wei/s above it");
        (, uint256 deposit) = escrow.previewOpen(_q(usdPerSecond), 1, ILeaseEscrow.PayToken.GRID);
        if (rate <= type(uint112).max && deposit <= grid.balanceOf(renter)) {
            uint256 id = _open(renter, providerKey, _q(usdPerSecond), 1, ILeaseEscrow.PayToken.GRID);
            vm.assertEq(escrow.lease(id).rate, rate, "stored rate");
        }
    }

    /// @dev amountsOf: balance = accrued + fee + refundable at any time, for any settle history.
    function testFuzz_amountsIdentity(uint256 rate, uint64 duration, uint64 t1, uint64 t2) public {
        rate = bound(rate, 1, 1e20);
        duration = uint64(bound(duration, 1, 30 days));
        _fund(renter, rate * duration * 2, 0);
        uint64 start = uint64(block.timestamp);
        uint256 id = _openWith(rate, duration, ILeaseEscrow.PayToken.USD);
        t1 = uint64(bound(t1, 0, duration));
        t2 = uint64(bound(t2, t1, duration + 100));
        vm.warp(start + t1);
        if (t1 < duration) escrow.settle(id);
        vm.warp(start + t2);
        (uint256 balance, uint256 accrued, uint256 fee, uint256 refundable) = escrow.amountsOf(id);
        vm.assertEq(balance, accrued + fee + refundable, "balance identity");
        vm.assertEq(balance + escrow.withdrawable(provider, usd), usd.balanceOf(address(escrow)), "held");
        uint256 settledAt = t1 < duration ? t1 : 0;
        vm.assertEq(accrued, rate * ((t2 < duration ? t2 : duration) - settledAt), "accrued since the settle");
    }

    /// @dev Breach anywhere, after any settle and partial withdrawal: deposit = kept + fee + refund + 0, and the
    /// renter's shortfall equals the reported unrecovered amount.
    function testFuzz_breach(
        uint256 rate,
        uint64 duration,
        uint64 settleAt,
        uint64 downAt,
        bool withdrawFirst
    ) public {
        rate = bound(rate, 1, 1e18);
        duration = uint64(bound(duration, 2, 30 days));
        settleAt = uint64(bound(settleAt, 0, duration - 1));
        downAt = uint64(bound(downAt, 0, duration - 1));
        _fund(renter, rate * duration * 2, 0);
        uint256 before = usd.balanceOf(renter);
        uint64 start = uint64(block.timestamp);
        uint256 id = _openWith(rate, duration, ILeaseEscrow.PayToken.USD);
        uint256 deposit = before - usd.balanceOf(renter);
        vm.warp(start + settleAt);
        escrow.settle(id);
        uint256 withdrawn;
        if (withdrawFirst && escrow.withdrawable(provider, usd) != 0) {
            vm.prank(provider);
            withdrawn = escrow.withdraw(usd);
        }
        uint64 nowAt = settleAt > downAt ? settleAt : downAt;
        vm.warp(start + nowAt);
        (bytes32 attId, bytes memory sigs) = _breachSigs(id, start + downAt);
        escrow.breach(id, start + downAt, attId, sigs);

        _checkBreach(rate * downAt, settleAt > downAt ? rate * (settleAt - downAt) : 0, deposit, withdrawn);
        if (!withdrawFirst) vm.assertEq(withdrawn, 0, "nothing withdrawn");
    }

    function _checkBreach(uint256 billable, uint256 overpaid, uint256 deposit, uint256 withdrawn)
        internal
        view
    {
        uint256 fee = escrow.accruedFees(usd);
        vm.assertEq(fee, _fee(billable, USD_FEE_BPS), "fee on billable only");
        uint256 kept = withdrawn + escrow.withdrawable(provider, usd);
        uint256 refund = escrow.withdrawable(renter, usd);
        vm.assertEq(kept + fee + refund, deposit, "conservation");
        uint256 unrecovered = kept - billable;
        vm.assertLe(unrecovered, overpaid, "unrecovered <= overpaid");
        if (withdrawn == 0) vm.assertEq(unrecovered, 0, "full clawback when the credit is there");
        vm.assertEq(
            usd.balanceOf(address(escrow)), escrow.withdrawable(provider, usd) + refund + fee, "solvent"
        );
    }

    /// @dev Extensions in odd steps keep deposit = principal + fee(principal) exactly.
    function testFuzz_extend_noDust(uint256 rate, uint64 d0, uint64 e1, uint64 e2) public {
        rate = bound(rate, 1, 1e18);
        d0 = uint64(bound(d0, 1, 10 days));
        e1 = uint64(bound(e1, 1, 10 days));
        e2 = uint64(bound(e2, 1, 10 days));
        _fund(renter, rate * 30 days * 2, 0);
        uint256 before = usd.balanceOf(renter);
        uint256 id = _openWith(rate, d0, ILeaseEscrow.PayToken.USD);
        vm.startPrank(renter);
        escrow.extend(id, e1, type(uint256).max);
        escrow.extend(id, e2, type(uint256).max);
        vm.stopPrank();
        uint256 principal = rate * (uint256(d0) + e1 + e2);
        vm.assertEq(before - usd.balanceOf(renter), principal + _fee(principal, USD_FEE_BPS), "exact deposit");
        vm.warp(block.timestamp + uint256(d0) + e1 + e2);
        escrow.settle(id);
        vm.assertEq(
            usd.balanceOf(address(escrow)), principal + _fee(principal, USD_FEE_BPS), "all to credit + fee"
        );
        vm.assertEq(escrow.withdrawable(renter, usd), 0, "no dust refund");
    }
}
