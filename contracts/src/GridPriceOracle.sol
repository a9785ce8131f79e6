// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {IGridPriceOracle} from "./interfaces/IGridPriceOracle.sol";
import {IAttestationQuorum} from "./interfaces/IAttestationQuorum.sol";
import {Attestations} from "./Attestations.sol";

/// @title GridPriceOracle
/// @notice The GRID/USD rate as attested by the inspector quorum (kind `KIND_GRID_PRICE`). Anyone may submit an
/// attested observation; it takes effect if it is newer than the current one and, when the circuit breaker is
/// on, moves the price relative to the current one by at most `maxMoveBpsPerHour` per hour of block time since
/// the last post (pro rata by the second). Readers get the rate only while it is fresh.
/// @dev The breaker bounds the SPEED at which a quorum (or whoever holds k of its keys) can move the price: the
/// allowance grows with the block time elapsed since the previous post, so any number of posts in one block
/// cannot move it at all, and over a span T the price moves by at most a factor of about
/// exp(maxMoveBpsPerHour / 1e4 * T / 1 hour) however the posts are spaced. A real move faster than that is
/// followed with a lag.
contract GridPriceOracle is IGridPriceOracle, Ownable2Step {
    /// @notice Basis-point denominator.
    uint256 public constant BPS = 10_000;

    /// @notice Verifies the price attestations.
    IAttestationQuorum public immutable quorum;

    // price, observedAt and maxAge share one slot: `gridUsdPrice` is one SLOAD.
    /// @notice Latest price: USD per whole GRID, 18 decimals.
    uint128 public price;
    /// @notice When the latest price was observed (inspector clock, unix seconds); zero before the first post.
    uint64 public observedAt;
    /// @notice Oldest observation `gridUsdPrice` serves, in seconds.
    uint64 public maxAge;
    /// @notice Largest relative move per hour of block time since the last post, in basis points of the current
    /// price; zero disables the breaker.
    uint32 public maxMoveBpsPerHour;
    /// @notice Block time of the latest post (the breaker's clock; observers cannot fake it).
    uint64 public postedAt;

    event PricePosted(uint256 price, uint64 observedAt, bytes32 indexed attestationId);
    event MaxAgeSet(uint64 maxAge);
    event MaxMoveBpsPerHourSet(uint32 maxMoveBpsPerHour);

    error ZeroQuorum();
    error ZeroMaxAge();
    error ZeroPrice();
    error PriceTooLarge(uint256 price);
    error ObservedInFuture(uint64 observedAt, uint256 nowTs);
    error ObservationNotNewer(uint64 observedAt, uint64 current);
    error PriceMoveTooFast(uint256 current, uint256 proposed, uint256 elapsed, uint32 maxMoveBpsPerHour);
    error NoPrice();
    error StalePrice(uint64 observedAt, uint64 maxAge);

    /// @param owner_ Governance: sets the maximum age and the circuit breaker.
    /// @param quorum_ The attestation quorum.
    /// @param maxAge_ Oldest observation served (nonzero).
    constructor(address owner_, IAttestationQuorum quorum_, uint64 maxAge_) Ownable(owner_) {
        if (address(quorum_) == address(0)) revert ZeroQuorum();
        quorum = quorum_;
        _setMaxAge(maxAge_);
    }

    /// @notice Posts an attested GRID/USD observation. Anyone can submit it.
    /// @param newPrice USD per whole GRID, 18 decimals (nonzero, below 2^128).
    /// @param newObservedAt When the inspectors observed it: not in the future, newer than the current one.
    /// @param attestationId The attestation id (each is usable once).
    /// @param signatures k-of-n inspector signatures over `Attestations.gridPriceHash(newPrice, newObservedAt)`.
    function postPrice(
        uint256 newPrice,
        uint64 newObservedAt,
        bytes32 attestationId,
        bytes calldata signatures
    ) external {
        if (newPrice == 0) revert ZeroPrice();
        if (newPrice > type(uint128).max) revert PriceTooLarge(newPrice);
        if (newObservedAt > block.timestamp) revert ObservedInFuture(newObservedAt, block.timestamp);
        uint64 current = observedAt;
        if (newObservedAt <= current) revert ObservationNotNewer(newObservedAt, current);
        uint256 oldPrice = price;
        uint32 cap = maxMoveBpsPerHour;
        if (cap != 0 && oldPrice != 0) {
            uint256 move = newPrice > oldPrice ? newPrice - oldPrice : oldPrice - newPrice;
            uint256 elapsed = block.timestamp - postedAt;
            // move / oldPrice <= cap / BPS * elapsed / 1 hour
            if (move * BPS * 1 hours > oldPrice * cap * elapsed) {
                revert PriceMoveTooFast(oldPrice, newPrice, elapsed, cap);
            }
        }
        quorum.consume(
            Attestations.KIND_GRID_PRICE,
            attestationId,
            Attestations.gridPriceHash(newPrice, newObservedAt),
            signatures
        );
        // casting to 'uint128' is safe: checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        price = uint128(newPrice);
        observedAt = newObservedAt;
        postedAt = uint64(block.timestamp);
        emit PricePosted(newPrice, newObservedAt, attestationId);
    }

    /// @inheritdoc IGridPriceOracle
    function gridUsdPrice() external view returns (uint256, uint64) {
        uint64 observed = observedAt;
        if (observed == 0) revert NoPrice();
        uint64 age = maxAge;
        if (block.timestamp - observed > age) revert StalePrice(observed, age);
        return (price, observed);
    }

    /// @notice Sets the oldest observation served (nonzero). Owner.
    function setMaxAge(uint64 maxAge_) external onlyOwner {
        _setMaxAge(maxAge_);
    }

    /// @notice Sets the circuit breaker: the largest move per hour since the last post, in basis points of the
    /// current price (zero turns it off). Owner.
    function setMaxMoveBpsPerHour(uint32 maxMoveBpsPerHour_) external onlyOwner {
        maxMoveBpsPerHour = maxMoveBpsPerHour_;
        emit MaxMoveBpsPerHourSet(maxMoveBpsPerHour_);
    }

    function _setMaxAge(uint64 maxAge_) private {
        if (maxAge_ == 0) revert ZeroMaxAge();
        maxAge = maxAge_;
        emit MaxAgeSet(maxAge_);
    }
}
