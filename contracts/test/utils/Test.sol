// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "./Vm.sol";

/// @notice Base for idlegrid's Foundry tests: the cheatcode handle, `bound`, key helpers and the invariant
/// targeting functions forge reads (`targetContracts`, `targetSelectors`, `targetSenders`, `excludeSenders`).
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev Read by forge to decide a contract holds tests.
    bool public IS_TEST = true;

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetContracts;
    FuzzSelector[] private _targetSelectors;
    address[] private _targetSenders;
    address[] private _excludeSenders;

    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetSenders;
    }

    function excludeSenders() public view returns (address[] memory) {
        return _excludeSenders;
    }

    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    function targetSelector(FuzzSelector memory selector) internal {
        _targetSelectors.push(selector);
    }

    function targetSender(address sender) internal {
        _targetSenders.push(sender);
    }

    function excludeSender(address sender) internal {
        _excludeSenders.push(sender);
    }

    /// @dev A checked narrowing cast for test arithmetic (reverts instead of truncating).
    function _u64(uint256 x) internal pure returns (uint64) {
        require(x <= type(uint64).max, "_u64: overflow");
        // casting to 'uint64' is safe: checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(x);
    }

    /// @dev A checked narrowing cast for test arithmetic (reverts instead of truncating).
    function _u32(uint256 x) internal pure returns (uint32) {
        require(x <= type(uint32).max, "_u32: overflow");
        // casting to 'uint32' is safe: checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint32(x);
    }

    /// @dev Maps `x` into [min, max] uniformly enough for fuzzing, keeping small values small (forge-std's rule).
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (size == 0) return x; // full range
        return min + (x % size);
    }

    /// @dev A deterministic labelled account and its key.
    function makeAccount(string memory name) internal returns (address account, uint256 key) {
        key = uint256(keccak256(abi.encodePacked(name)));
        account = vm.addr(key);
        vm.label(account, name);
    }

    function makeAddr(string memory name) internal returns (address account) {
        (account,) = makeAccount(name);
    }

    /// @dev A 65-byte (r, s, v) signature over `digest`.
    function signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }
}
