// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./utils/Test.sol";
import {GridToken} from "../src/GridToken.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

contract GridTokenTest is Test {
    uint256 internal constant SUPPLY = 1_000_000_000e18;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    GridToken internal token;
    address internal treasury;
    address internal alice;
    uint256 internal aliceKey;
    address internal bob;

    function setUp() public {
        treasury = makeAddr("treasury");
        (alice, aliceKey) = makeAccount("alice");
        bob = makeAddr("bob");
        token = new GridToken(treasury, SUPPLY);
    }

    // ---------------------------------------------------------------- construction

    function test_constructor_metadataAndSupply() public view {
        vm.assertEq(token.name(), "idlegrid", "name");
        vm.assertEq(token.symbol(), "GRID", "symbol");
        vm.assertEq(uint256(token.decimals()), 18, "decimals");
        vm.assertEq(token.totalSupply(), SUPPLY, "total supply");
        vm.assertEq(token.balanceOf(treasury), SUPPLY, "treasury holds the whole supply");
    }

    function test_constructor_emitsMintTransfer() public {
        vm.expectEmit(true, true, false, true);
        emit IERC20.Transfer(address(0), alice, 5);
        new GridToken(alice, 5);
    }

    function test_constructor_revertsOnZeroTreasury() public {
        vm.expectRevert(abi.encodeWithSelector(GridToken.ZeroTreasury.selector));
        new GridToken(address(0), SUPPLY);
    }

    function test_constructor_revertsOnZeroSupply() public {
        vm.expectRevert(abi.encodeWithSelector(GridToken.ZeroSupply.selector));
        new GridToken(treasury, 0);
    }

    function testFuzz_constructor_mintsExactSupply(address to, uint256 supply) public {
        vm.assume(to != address(0));
        supply = bound(supply, 1, type(uint256).max);
        GridToken t = new GridToken(to, supply);
        vm.assertEq(t.totalSupply(), supply, "supply");
        vm.assertEq(t.balanceOf(to), supply, "treasury balance");
    }

    // ---------------------------------------------------------------- transfers and burning

    function test_transfer_movesBalance() public {
        vm.prank(treasury);
        vm.assertTrue(token.transfer(alice, 100e18), "transfer returns true");
        vm.assertEq(token.balanceOf(alice), 100e18, "alice");
        vm.assertEq(token.balanceOf(treasury), SUPPLY - 100e18, "treasury");
    }

    function test_transfer_revertsOnInsufficientBalance() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 0, 1));
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        token.transfer(bob, 1);
    }

    function test_burn_reducesSupply() public {
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(treasury, address(0), 10e18);
        vm.prank(treasury);
        token.burn(10e18);
        vm.assertEq(token.totalSupply(), SUPPLY - 10e18, "supply after burn");
        vm.assertEq(token.balanceOf(treasury), SUPPLY - 10e18, "treasury after burn");
    }

    function test_burn_revertsBeyondBalance() public {
        vm.prank(treasury);
        vm.assertTrue(token.transfer(alice, 5), "transfer");
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 5, 6));
        vm.prank(alice);
        token.burn(6);
    }

    function test_burnFrom_spendsAllowance() public {
        vm.prank(treasury);
        token.approve(bob, 7e18);
        vm.prank(bob);
        token.burnFrom(treasury, 3e18);
        vm.assertEq(token.allowance(treasury, bob), 4e18, "allowance left");
        vm.assertEq(token.totalSupply(), SUPPLY - 3e18, "supply after burnFrom");
    }

    function test_burnFrom_revertsWithoutAllowance() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, 1));
        vm.prank(bob);
        token.burnFrom(treasury, 1);
    }

    function testFuzz_transferAndBurn_conserveSupply(uint256 sent, uint256 burned) public {
        sent = bound(sent, 0, SUPPLY);
        burned = bound(burned, 0, sent);
        vm.prank(treasury);
        vm.assertTrue(token.transfer(alice, sent), "transfer");
        vm.prank(alice);
        token.burn(burned);
        vm.assertEq(token.totalSupply(), SUPPLY - burned, "supply = minted - burned");
        vm.assertEq(
            token.balanceOf(alice) + token.balanceOf(treasury),
            token.totalSupply(),
            "balances sum to the supply"
        );
    }

    // ---------------------------------------------------------------- permit (EIP-2612)

    function test_domainSeparator_matchesNameAndVersion() public view {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("idlegrid"),
                keccak256("1"),
                block.chainid,
                address(token)
            )
        );
        vm.assertEq(token.DOMAIN_SEPARATOR(), expected, "domain separator");
    }

    function test_permit_setsAllowanceAndBumpsNonce() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = _permitDigest(alice, bob, 42e18, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, digest);

        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Approval(alice, bob, 42e18);
        token.permit(alice, bob, 42e18, deadline, v, r, s);

        vm.assertEq(token.allowance(alice, bob), 42e18, "allowance");
        vm.assertEq(token.nonces(alice), 1, "nonce bumped");
    }

    function test_permit_revertsOnReplay() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _permitDigest(alice, bob, 1e18, 0, deadline));
        token.permit(alice, bob, 1e18, deadline, v, r, s);

        // The nonce moved on, so the same signature now recovers a different signer.
        address recovered = _recover(_permitDigest(alice, bob, 1e18, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, alice));
        token.permit(alice, bob, 1e18, deadline, v, r, s);
    }

    function test_permit_revertsWhenExpired() public {
        vm.warp(1000);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _permitDigest(alice, bob, 1e18, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(alice, bob, 1e18, deadline, v, r, s);
    }

    function test_permit_revertsOnWrongSigner() public {
        (, uint256 malloryKey) = makeAccount("mallory");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = _permitDigest(alice, bob, 1e18, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(malloryKey, digest);
        vm.expectRevert(
            abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(malloryKey), alice)
        );
        token.permit(alice, bob, 1e18, deadline, v, r, s);
    }

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function _recover(bytes32 digest, uint8 v, bytes32 r, bytes32 s) internal pure returns (address) {
        return ecrecover(digest, v, r, s);
    }
}
