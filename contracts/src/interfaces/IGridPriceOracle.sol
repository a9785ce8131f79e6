// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IGridPriceOracle
/// @notice The quorum-posted GRID/USD rate.
interface IGridPriceOracle {
    /// @notice USD per whole GRID with 18 decimals (1e18 = $1 per GRID), and when it was observed.
    /// @dev Reverts `StalePrice`/`NoPrice` when the rate is older than the maximum age or was never posted.
    function gridUsdPrice() external view returns (uint256 price, uint64 observedAt);
}
