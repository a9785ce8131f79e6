// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title MockUSD
/// @notice A 6-decimal stand-in for a USD stablecoin on tests and the local devnet ONLY: anyone can mint any
/// amount. Like USDC on Arbitrum it supports EIP-2612 permits (domain name "Mock USD", version "1"). Never deploy
/// it on a public network.
contract MockUSD is ERC20, ERC20Permit {
    constructor() ERC20("Mock USD", "mUSD") ERC20Permit("Mock USD") {}

    /// @notice 6, like USDC and USDT.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` to `to`. Open to anyone: test and devnet use only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
