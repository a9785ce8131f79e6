// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MockUSD
/// @notice A 6-decimal stand-in for a USD stablecoin on tests and the local devnet ONLY: anyone can mint any
/// amount. Never deploy it on a public network.
contract MockUSD is ERC20 {
    constructor() ERC20("Mock USD", "mUSD") {}

    /// @notice 6, like USDC and USDT.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` to `to`. Open to anyone: test and devnet use only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
