// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title GridToken
/// @notice GRID, idlegrid's staking and payment token: a fixed supply minted once to the treasury, with EIP-2612
/// permits and burning (Staking burns the part of each slash that is not paid out).
contract GridToken is ERC20, ERC20Permit, ERC20Burnable {
    error ZeroTreasury();
    error ZeroSupply();

    /// @param treasury Receives the whole supply.
    /// @param supply The fixed total supply, in wei (18 decimals); no more can ever be minted.
    constructor(address treasury, uint256 supply) ERC20("idlegrid", "GRID") ERC20Permit("idlegrid") {
        if (treasury == address(0)) revert ZeroTreasury();
        if (supply == 0) revert ZeroSupply();
        _mint(treasury, supply);
    }
}
