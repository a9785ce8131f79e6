// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title FeeOnTransferToken
/// @notice A 6-decimal token for tests only that burns `feeBps` of every transfer (the receiver gets less than
/// was sent). Open minting; the fee can be changed by anyone to model a token that turns fees on later.
contract FeeOnTransferToken is ERC20 {
    uint16 public feeBps;

    constructor(uint16 feeBps_) ERC20("Fee USD", "fUSD") {
        feeBps = feeBps_;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` to `to`. Open to anyone: tests only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Sets the transfer fee. Open to anyone: tests only.
    function setFeeBps(uint16 feeBps_) external {
        feeBps = feeBps_;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value * feeBps / 10_000;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
