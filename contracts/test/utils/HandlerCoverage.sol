// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "./Vm.sol";

/// @notice Counts, per handler function, the calls that did what the function is for (the protocol call went
/// through, or an attack was refused as expected). A handler records it with `_succeeded()` once its action is
/// done; an early return (nothing to act on) records nothing.
abstract contract HandlerCoverage {
    /// @notice Successful calls per handler selector in the current run.
    mapping(bytes4 selector => uint256) public successes;

    function _succeeded() internal {
        ++successes[msg.sig];
    }
}

/// @notice Makes every invariant run prove each handler works: a handler that always reverts, or that never
/// reaches its action, fails the suite. Forge picks handlers at random, so in a short run some may never be
/// picked; those are called here, after the run, with deterministic seeds until one call succeeds. A call that
/// reverts fails at once (the suites run with fail_on_revert, so handlers must not revert).
library Coverage {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev Seeds tried per handler that the run never exercised.
    uint256 internal constant ATTEMPTS = 24;
    /// @dev Seed words sent after the selector: at least as many as any handler takes (extra calldata is ignored).
    uint256 internal constant WORDS = 8;

    /// @notice Requires each of `selectors` of `handler` (named `names` in messages) to have succeeded at least
    /// once this run, calling the ones that did not with fresh seeds first. Handlers take only uint256 seeds.
    function requireEveryHandlerSucceeded(address handler, bytes4[] memory selectors, string[] memory names)
        internal
    {
        for (uint256 i; i < selectors.length; ++i) {
            bytes4 selector = selectors[i];
            for (
                uint256 attempt;
                attempt < ATTEMPTS && HandlerCoverage(handler).successes(selector) == 0;
                ++attempt
            ) {
                bytes memory data = abi.encodePacked(selector);
                for (uint256 w; w < WORDS; ++w) {
                    data =
                        bytes.concat(data, abi.encode(uint256(keccak256(abi.encode(selector, attempt, w)))));
                }
                (bool ok, bytes memory ret) = handler.call(data);
                if (!ok) {
                    vm.assertTrue(false, string.concat("handler reverted: ", names[i], ": ", _reason(ret)));
                }
            }
            vm.assertGt(
                HandlerCoverage(handler).successes(selector),
                0,
                string.concat("handler never succeeded: ", names[i])
            );
        }
    }

    /// @dev The message of an Error(string) revert, else the raw revert data in hex.
    function _reason(bytes memory ret) private pure returns (string memory) {
        // casting to 'bytes4' is safe: it takes the selector (the first four bytes) on purpose
        // forge-lint: disable-next-line(unsafe-typecast)
        if (ret.length >= 68 && bytes4(ret) == bytes4(keccak256("Error(string)"))) {
            bytes memory body = new bytes(ret.length - 4);
            for (uint256 i; i < body.length; ++i) {
                body[i] = ret[i + 4];
            }
            return abi.decode(body, (string));
        }
        return vm.toString(ret);
    }
}
