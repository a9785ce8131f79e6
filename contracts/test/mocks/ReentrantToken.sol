// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice A 6-decimal token for tests only that, once armed, calls back into a target (the escrow) in the
/// middle of its next transfer, the way an ERC-777 hook or a malicious token would. The callback runs once per
/// arming (a callback whose failure reverts the transfer stays armed: its state is rolled back). With `swallow` the token ignores a failed callback and completes the transfer; without it, the
/// callback's revert bubbles up and fails the transfer.
contract ReentrantToken is ERC20 {
    address public hookTarget;
    bytes public hookData;
    bool public hookSwallow;
    bool public armed;

    /// @notice Outcome of the last callback.
    bool public lastCallbackSucceeded;
    bytes public lastCallbackReturn;
    uint256 public callbacks;

    constructor() ERC20("Reentrant USD", "rUSD") {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` to `to`. Open to anyone: tests only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Arms the callback: the next transfer calls `target` with `data`.
    function arm(address target, bytes calldata data, bool swallow) external {
        hookTarget = target;
        hookData = data;
        hookSwallow = swallow;
        armed = true;
    }

    /// @notice Disarms the callback (a failed callback's own disarming is rolled back with it).
    function disarm() external {
        armed = false;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (armed && from != address(0) && to != address(0)) {
            armed = false;
            ++callbacks;
            (bool ok, bytes memory ret) = hookTarget.call(hookData);
            lastCallbackSucceeded = ok;
            lastCallbackReturn = ret;
            if (!ok && !hookSwallow) {
                assembly ("memory-safe") {
                    revert(add(ret, 0x20), mload(ret))
                }
            }
        }
        super._update(from, to, value);
    }
}
