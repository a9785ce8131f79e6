// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Logs a measured gas figure as `label value` through forge's console, the form scripts/gas reads.
library GasLog {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory label, uint256 gas) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, gas));
        ok;
    }
}
