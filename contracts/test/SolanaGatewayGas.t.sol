// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {GatewayFixture} from "./utils/GatewayFixture.sol";
import {GasLog} from "./utils/GasLog.sol";
import {ISolanaGateway} from "../src/interfaces/ISolanaGateway.sol";

/// @notice Gas of the gateway's paths as L2 execution gas including the 21,000 base and the calldata
/// (`vm.lastCallGas`, plus the intrinsic gas when not isolated), with k = 3 signatures where an attestation is
/// needed. `scripts/gas` runs it with `--isolate` (each call its own transaction, cold storage). The steady
/// state: GRID already locked and the reserve funded, the window slot already written, recipients holding no
/// GRID yet (their balance slot goes from zero to non-zero, the common and dearest case).
contract SolanaGatewayGasTest is GatewayFixture {
    /// @dev protocol.md: a gateway release (verify + replay mark + rate limit + transfer) within 180k.
    uint256 internal constant RELEASE_TARGET = 180_000;

    function setUp() public {
        _deployGateway(1 hours);
        _bridgeGrid(makeAddr("early bridger"), 5_000_000e18);
        _fundReserve(5_000_000e18);
        // One release already in this window: the frontier slot is non-zero, as in steady state.
        _release(_key(1_000_000), GRID_MINT, 1e9, makeAddr("first recipient"));
        // USDC in the pool, for GRID -> USDC transfers.
        _release(_key(1_000_001), USDC_MINT, 10_000e6, makeAddr("first recipient"));
    }

    /// @dev 21,000 + 16 per nonzero calldata byte + 4 per zero byte (Cancun).
    function _intrinsic(bytes memory data) internal pure returns (uint256 gas) {
        gas = 21_000;
        for (uint256 i; i < data.length; ++i) {
            gas += data[i] == 0 ? 4 : 16;
        }
    }

    /// @dev Under `--isolate` every call is its own transaction and `lastCallGas` already includes the intrinsic
    /// gas; otherwise it is the call frame only.
    function _isolated() internal returns (bool) {
        grid.approve(address(0xdead), 0);
        return vm.lastCallGas().gasTotalUsed >= 21_000;
    }

    function _measured(string memory label, bytes memory data, uint256 target)
        internal
        returns (uint256 gas)
    {
        gas = vm.lastCallGas().gasTotalUsed;
        if (!_isolated()) gas += _intrinsic(data);
        GasLog.log(label, gas);
        vm.assertLe(gas, target, label);
    }

    function _measureRelease(uint256 n, uint8 mint, uint64 amount, string memory label, uint256 target)
        internal
        returns (uint64 releasableAt)
    {
        ISolanaGateway.DepositKey memory key = _key(n);
        address recipient = makeAddr(string.concat("recipient ", vm.toString(n)));
        bytes memory sigs = _signRelease(key, mint, amount, recipient, _keys(THRESHOLD));
        (, releasableAt) = gateway.releaseDeposit(key, mint, amount, recipient, sigs);
        _measured(label, abi.encodeCall(gateway.releaseDeposit, (key, mint, amount, recipient, sigs)), target);
    }

    function test_gas_releaseGrid() public {
        uint64 due = _measureRelease(1, GRID_MINT, 1_000e9, "gateway release GRID (k=3)", RELEASE_TARGET);
        vm.assertEq(uint256(due), block.timestamp, "paid at once");
    }

    function test_gas_releaseUsdc() public {
        uint64 due = _measureRelease(2, USDC_MINT, 1_000e6, "gateway release USDC (k=3)", RELEASE_TARGET);
        vm.assertEq(uint256(due), block.timestamp, "paid at once");
    }

    function test_gas_releaseQueuedAndComplete() public {
        uint64 due =
            _measureRelease(3, GRID_MINT, 200_000e9, "gateway release queued (k=3, large)", RELEASE_TARGET);
        vm.assertGt(uint256(due), block.timestamp, "queued");
        vm.warp(due);
        bytes32 id = _id(_key(3));
        gateway.completeRelease(id);
        _measured("gateway complete queued release", abi.encodeCall(gateway.completeRelease, (id)), 65_000);
    }

    function test_gas_recordRefund() public {
        ISolanaGateway.DepositKey memory key = _key(4);
        bytes32 account = keccak256("source token account");
        uint8 reason = uint8(ISolanaGateway.RefundReason.MalformedMemo);
        bytes memory sigs = _signRefund(key, GRID_MINT, 5e9, account, reason, _keys(THRESHOLD));
        gateway.recordRefund(key, GRID_MINT, 5e9, account, reason, sigs);
        _measured(
            "gateway record refund (k=3)",
            abi.encodeCall(gateway.recordRefund, (key, GRID_MINT, 5e9, account, reason, sigs)),
            RELEASE_TARGET
        );
    }

    function test_gas_bridge() public {
        address sender = makeAddr("sender");
        _give(sender, 10_000e18);
        bytes32 wallet = keccak256("wallet");
        vm.startPrank(sender);
        grid.approve(address(gateway), 10_000e18);
        gateway.bridgeToSolana(GRID_MINT, 1_000e18, wallet, 0);
        _measured(
            "gateway bridge GRID to Solana",
            abi.encodeCall(gateway.bridgeToSolana, (GRID_MINT, 1_000e18, wallet, 0)),
            150_000
        );
        gateway.bridgeToSolana(USDC_MINT, 100e18, wallet, 0);
        _measured(
            "gateway bridge GRID for USDC on Solana",
            abi.encodeCall(gateway.bridgeToSolana, (USDC_MINT, 100e18, wallet, 0)),
            150_000
        );
        vm.stopPrank();
    }
}
