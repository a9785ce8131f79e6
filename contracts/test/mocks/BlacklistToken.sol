// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title BlacklistToken
/// @notice A 6-decimal token for tests only that, like USDC and USDT, refuses transfers from or to blacklisted
/// accounts. Open minting and blacklisting.
contract BlacklistToken is ERC20 {
    mapping(address account => bool) public blacklisted;

    error Blacklisted(address account);

    constructor() ERC20("Blacklist USD", "bUSD") {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` to `to`. Open to anyone: tests only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Blacklists or clears `account`. Open to anyone: tests only.
    function setBlacklisted(address account, bool on) external {
        blacklisted[account] = on;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blacklisted[from]) revert Blacklisted(from);
        if (blacklisted[to]) revert Blacklisted(to);
        super._update(from, to, value);
    }
}
