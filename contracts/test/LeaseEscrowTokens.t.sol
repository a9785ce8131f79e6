// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {EscrowFixture} from "./utils/EscrowFixture.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {NoBoolToken} from "./mocks/NoBoolToken.sol";
import {FeeOnTransferToken} from "./mocks/FeeOnTransferToken.sol";
import {BlacklistToken} from "./mocks/BlacklistToken.sol";
import {ReentrantToken} from "./mocks/ReentrantToken.sol";
import {ILeaseEscrow} from "../src/interfaces/ILeaseEscrow.sol";

/// @notice The escrow with awkward stablecoins: no-bool returns (USDT), fee on transfer, blacklists (USDC/USDT),
/// callbacks into the escrow (ERC-777-style or malicious), and 18 decimals (DAI).
contract LeaseEscrowTokensTest is EscrowFixture {
    /// @dev 1,000 stablecoin units per second (6 decimals): the quote's 18-decimal price is 1,000 x 1e12.
    uint256 internal constant RATE = 1_000;
    uint64 internal constant DURATION = 1 days;

    address internal provider;
    uint256 internal providerKey;
    bytes32[] internal machines;
    address internal renter;
    uint256 internal nonce;

    function _setUpWith(IERC20 token) internal {
        _deployProtocol(token);
        (provider, providerKey, machines) = _addProvider("provider", 1);
        renter = _addRenter("renter", 1e15, 1e27);
    }

    function _openUsd(uint256 usdPerSecond, uint64 duration) internal returns (uint256) {
        return _open(
            renter,
            providerKey,
            _quote(provider, machines[0], 1, usdPerSecond * UNIT, nonce++),
            duration,
            ILeaseEscrow.PayToken.USD
        );
    }

    function _deposit(uint256 usdPerSecond, uint64 duration) internal pure returns (uint256) {
        uint256 principal = usdPerSecond * duration;
        return principal + principal * USD_FEE_BPS / 10_000;
    }

    // ---------------------------------------------------------------- no-bool (USDT-style)

    function test_noBoolToken_fullLifecycle() public {
        NoBoolToken t = new NoBoolToken();
        _setUpWith(IERC20(address(t)));
        uint256 before = t.balanceOf(renter);
        uint256 a = _openUsd(RATE, DURATION);
        uint256 b = _openUsd(RATE, DURATION);
        vm.prank(renter);
        escrow.extend(a, 100, type(uint256).max, "");
        vm.warp(block.timestamp + 1000);
        escrow.settle(a);
        vm.prank(renter);
        escrow.closeLease(a);
        vm.prank(provider);
        escrow.endLease(b);
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (a, b);
        escrow.settleMany(ids);
        vm.prank(renter);
        escrow.withdraw(usd);
        vm.prank(provider);
        escrow.withdraw(usd);
        escrow.collectFees(usd);

        uint256 paid = RATE * 1000 * 2;
        uint256 fee = 2 * (RATE * 1000 * USD_FEE_BPS / 10_000);
        vm.assertEq(t.balanceOf(provider), paid, "provider paid");
        vm.assertEq(t.balanceOf(treasury), fee, "fees");
        vm.assertEq(before - t.balanceOf(renter), paid + fee, "renter paid exactly paid + fee");
        vm.assertEq(t.balanceOf(address(escrow)), 0, "escrow empty");
    }

    // ---------------------------------------------------------------- fee on transfer

    function test_regression_feeOnTransferRejected() public {
        FeeOnTransferToken t = new FeeOnTransferToken(100); // 1%
        _setUpWith(IERC20(address(t)));
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, RATE * UNIT, 0);
        bytes memory sig = _signQuote(providerKey, q);
        uint256 deposit = _deposit(RATE, DURATION);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                ILeaseEscrow.FeeOnTransferNotSupported.selector, deposit, deposit - deposit / 100
            )
        );
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, type(uint256).max, JOB_CID, "");
    }

    /// @dev After the dispute window, settles `id` so its pay is credited.
    function _settleAfterWindow(uint256 id) internal {
        vm.warp(block.timestamp + DURATION + DISPUTE_WINDOW + 1);
        escrow.settle(id);
    }

    /// @dev A token that switches a fee on later (USDT can): new deposits are refused, existing leases still
    /// settle, close and withdraw, and the escrow never owes more than it holds.
    function test_feeSwitchedOnLater() public {
        FeeOnTransferToken t = new FeeOnTransferToken(0);
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        t.setFeeBps(50);
        uint256 extra = _deposit(RATE, 100); // cumulative fees round exactly here
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                ILeaseEscrow.FeeOnTransferNotSupported.selector, extra, extra - extra * 50 / 10_000
            )
        );
        escrow.extend(id, 100, type(uint256).max, "");

        vm.warp(block.timestamp + 500);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.prank(provider);
        escrow.withdraw(usd);
        escrow.collectFees(usd);
        vm.assertEq(t.balanceOf(address(escrow)), 0, "escrow paid out everything it owed");
        vm.assertEq(t.balanceOf(provider), RATE * 500 - RATE * 500 * 50 / 10_000, "the token took its fee");
    }

    // ---------------------------------------------------------------- blacklist

    function test_regression_blacklistedProviderDoesNotBlockRenter() public {
        BlacklistToken t = new BlacklistToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        uint256 id2 = _openUsd(RATE, DURATION);
        t.setBlacklisted(provider, true);
        vm.warp(block.timestamp + 100);
        escrow.settle(id);
        uint256 before = t.balanceOf(renter);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.assertGt(t.balanceOf(renter), before, "renter refunded at once");
        vm.warp(block.timestamp + DURATION + DISPUTE_WINDOW);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (id, id2);
        escrow.settleMany(ids); // id2 ran to its end; both are past their windows
        vm.assertEq(
            escrow.withdrawable(provider, usd), RATE * 100 + RATE * DURATION, "provider's pay is kept"
        );

        // The provider cannot receive, but can send its balance elsewhere.
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(BlacklistToken.Blacklisted.selector, provider));
        escrow.withdraw(usd);
        address other = makeAddr("providerColdWallet");
        vm.prank(provider);
        escrow.withdrawTo(usd, other);
        vm.assertEq(t.balanceOf(other), RATE * 100 + RATE * DURATION, "withdrawn elsewhere");
    }

    function test_blacklistedRenterDoesNotBlockProvider() public {
        BlacklistToken t = new BlacklistToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        uint256 id2 = _openUsd(RATE, DURATION);
        t.setBlacklisted(renter, true);
        vm.warp(block.timestamp + 100);
        escrow.settle(id);
        vm.prank(provider);
        escrow.endLease(id);

        // The renter's own close still closes: the refund the token refuses is credited.
        uint256 refund = _deposit(RATE, DURATION) - RATE * 100 - RATE * 100 * USD_FEE_BPS / 10_000;
        vm.expectEmit(address(escrow));
        emit ILeaseEscrow.RefundCredited(id2, renter, refund);
        vm.prank(renter);
        escrow.closeLease(id2);
        vm.assertEq(uint256(escrow.lease(id2).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
        vm.assertEq(escrow.withdrawable(renter, usd), 2 * refund, "both refunds credited");

        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.prank(provider);
        escrow.withdraw(usd);
        vm.assertEq(t.balanceOf(provider), RATE * 100, "provider paid");
        address other = makeAddr("renterOtherWallet");
        vm.prank(renter);
        escrow.withdrawTo(usd, other);
        vm.assertEq(t.balanceOf(other), 2 * refund, "withdrawn elsewhere");
    }

    // ---------------------------------------------------------------- reentrancy

    function test_reentrancy_duringOpenReverts() public {
        ReentrantToken t = new ReentrantToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        vm.warp(block.timestamp + 10);
        t.arm(address(escrow), abi.encodeCall(escrow.settle, (id)), false);
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, RATE * UNIT, nonce++);
        bytes memory sig = _signQuote(providerKey, q);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        escrow.openLease(q, sig, DURATION, ILeaseEscrow.PayToken.USD, type(uint256).max, JOB_CID, "");
        vm.assertEq(escrow.leaseCount(), 1, "nothing opened");
    }

    function test_reentrancy_swallowedCallbackChangesNothing() public {
        ReentrantToken t = new ReentrantToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        vm.warp(block.timestamp + 10);
        // During the next open's pull the token calls settle(id) and ignores the failure: the guard blocks it
        // before anything is read or written.
        t.arm(address(escrow), abi.encodeCall(escrow.settle, (id)), true);
        uint256 id2 = _openUsd(RATE, DURATION);
        vm.assertFalse(t.lastCallbackSucceeded(), "callback blocked");
        vm.assertEq(
            t.lastCallbackReturn(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "by the reentrancy guard"
        );
        vm.assertEq(
            uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Open), "lease 1 untouched"
        );
        vm.assertEq(
            uint256(escrow.lease(id2).status), uint256(ILeaseEscrow.LeaseStatus.Open), "lease 2 opened"
        );
        vm.assertEq(
            t.balanceOf(address(escrow)),
            2 * _deposit(RATE, DURATION),
            "escrow holds exactly the two deposits"
        );
    }

    function test_reentrancy_doubleWithdrawBlocked() public {
        ReentrantToken t = new ReentrantToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, 100);
        _settleAfterWindow(id);
        // The provider is a contract-like attacker: the token calls withdraw again mid-transfer.
        t.arm(address(escrow), abi.encodeCall(escrow.withdraw, (usd)), true);
        vm.prank(provider);
        escrow.withdraw(usd);
        vm.assertFalse(t.lastCallbackSucceeded(), "second withdraw blocked");
        vm.assertEq(t.balanceOf(provider), RATE * 100, "paid once");
        vm.assertEq(escrow.withdrawable(provider, usd), 0, "credit spent");
        vm.assertEq(
            t.balanceOf(address(escrow)), RATE * 100 * USD_FEE_BPS / 10_000, "only the fee still held"
        );
    }

    /// @dev A read during the refund transfer sees the final state (effects before interactions): the lease is
    /// already closed and holds nothing.
    function test_reentrancy_viewsDuringRefundSeeFinalState() public {
        ReentrantToken t = new ReentrantToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        vm.warp(block.timestamp + 100);
        t.arm(address(escrow), abi.encodeCall(escrow.amountsOf, (id)), true);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.assertTrue(t.lastCallbackSucceeded(), "view ran");
        (uint256 held, uint256 payout, uint256 fee, uint256 refundable) =
            abi.decode(t.lastCallbackReturn(), (uint256, uint256, uint256, uint256));
        vm.assertEq(refundable, 0, "closed lease refunds nothing more mid-transfer");
        vm.assertEq(held, payout + fee, "it holds only the pay and the fee");
        vm.assertEq(payout, RATE * 100, "pay up to the close");
    }

    /// @dev A token whose refund transfer calls back (and so reverts) cannot keep a lease open: the refund is
    /// credited.
    function test_reentrancy_duringCloseRefundIsCredited() public {
        ReentrantToken t = new ReentrantToken();
        _setUpWith(IERC20(address(t)));
        uint256 id = _openUsd(RATE, DURATION);
        vm.warp(block.timestamp + 100);
        t.arm(address(escrow), abi.encodeCall(escrow.collectFees, (usd)), false);
        vm.prank(renter);
        escrow.closeLease(id);
        uint256 refund = _deposit(RATE, DURATION) - RATE * 100 - RATE * 100 * USD_FEE_BPS / 10_000;
        vm.assertEq(uint256(escrow.lease(id).status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
        vm.assertEq(escrow.withdrawable(renter, usd), refund, "refund credited");
        t.disarm();
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        vm.assertEq(escrow.accruedFees(usd), RATE * 100 * USD_FEE_BPS / 10_000, "fees accrued at the settle");
        vm.prank(renter);
        escrow.withdraw(usd);
        vm.prank(provider);
        escrow.withdraw(usd);
        escrow.collectFees(usd);
        vm.assertEq(t.balanceOf(address(escrow)), 0, "escrow empty");
    }

    // ---------------------------------------------------------------- 18-decimal stablecoin

    /// @dev An 18-decimal stablecoin (DAI-like): USD leases at any rate (rate = the quote's wad x 1e12) and GRID
    /// leases converted exactly as for 6 decimals. Each run deploys the whole protocol, so fewer runs.
    /// forge-config: default.fuzz.runs = 200
    function testFuzz_18DecimalStablecoin(
        uint256 usdPerSecondWad,
        uint64 duration,
        uint64 closeAt,
        uint256 price
    ) public {
        MockERC20 dai = new MockERC20("Mock DAI", "mDAI", 18);
        _setUpWith(IERC20(address(dai)));
        usdPerSecondWad = bound(usdPerSecondWad, 1, 1e22);
        duration = uint64(bound(duration, 1, 30 days));
        closeAt = uint64(bound(closeAt, 0, duration));
        price = bound(price, 1e15, 1e21);
        vm.warp(block.timestamp + 1);
        _postPrice(price);
        _fund(renter, usdPerSecondWad * duration * 2, 0);

        // GRID lease: rate (GRID wei/s x 1e12) = ceil(wad * 1e30 / price).
        ILeaseEscrow.Quote memory q = _quote(provider, machines[0], 1, usdPerSecondWad, nonce++);
        (uint256 rate,) = escrow.previewOpen(q, duration, ILeaseEscrow.PayToken.GRID);
        vm.assertGe(rate * price, usdPerSecondWad * 1e30, "worth at least the quote");
        vm.assertLt((rate - 1) * price, usdPerSecondWad * 1e30, "rounded up by less than one step");

        // USD lease: 18-decimal units per second x 1e12.
        uint256 before = dai.balanceOf(renter);
        uint256 id = _open(renter, providerKey, q, duration, ILeaseEscrow.PayToken.USD);
        vm.assertEq(escrow.lease(id).rate, usdPerSecondWad * 1e12, "usd rate");
        vm.warp(block.timestamp + closeAt);
        vm.prank(renter);
        escrow.closeLease(id);
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        escrow.settle(id);
        uint256 paid = escrow.withdrawable(provider, usd);
        vm.assertEq(paid, usdPerSecondWad * closeAt, "paid exactly wad x seconds (18 decimals)");
        vm.assertEq(
            before - dai.balanceOf(renter), paid + paid * USD_FEE_BPS / 10_000, "renter paid net + fee"
        );
    }
}
