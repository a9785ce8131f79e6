// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./utils/Test.sol";
import {Coverage, HandlerCoverage} from "./utils/HandlerCoverage.sol";

/// @dev Handlers of the three kinds the coverage check must tell apart.
contract CoverageProbeHandler is HandlerCoverage {
    /// @dev Does its action on every call.
    function works(uint256) external {
        _succeeded();
    }

    /// @dev Always reverts, as a handler whose protocol call the fixture never lets through.
    function alwaysReverts(uint256) external pure {
        revert("the protocol refused");
    }

    /// @dev Never reaches its action: it returns early on every seed.
    function neverActs(uint256 seed) external pure {
        if (seed == seed) return;
    }
}

/// @notice The coverage check every invariant suite ends with (issue 8, item 3: "a handler that always reverts must
/// fail the suite") fails on a handler that always reverts and on one that never acts, naming it, and passes on
/// one that works, even when the run never called it.
contract HandlerCoverageTest is Test {
    CoverageProbeHandler internal handler;

    function setUp() public {
        handler = new CoverageProbeHandler();
    }

    /// @dev Runs the check over one selector in a call of its own, so a failure is a revert the test can read.
    function check(bytes4 selector, string calldata name) external {
        bytes4[] memory selectors = new bytes4[](1);
        selectors[0] = selector;
        string[] memory names = new string[](1);
        names[0] = name;
        Coverage.requireEveryHandlerSucceeded(address(handler), selectors, names);
    }

    function test_handlerThatWorksPassesWithoutARun() public {
        this.check(CoverageProbeHandler.works.selector, "works");
        vm.assertGt(handler.successes(CoverageProbeHandler.works.selector), 0, "the check called the handler");
    }

    function test_handlerThatAlwaysRevertsFailsTheSuite() public {
        _requireCheckFails(
            CoverageProbeHandler.alwaysReverts.selector,
            "alwaysReverts",
            "handler reverted: alwaysReverts: the protocol refused"
        );
    }

    function test_handlerThatNeverActsFailsTheSuite() public {
        _requireCheckFails(
            CoverageProbeHandler.neverActs.selector, "neverActs", "handler never succeeded: neverActs: 0 <= 0"
        );
    }

    /// @dev The check over `selector` must fail, its revert data carrying `message` (a failed cheatcode assertion
    /// reverts with the message inside the cheatcode's own error, not as Error(string)).
    function _requireCheckFails(bytes4 selector, string memory name, string memory message) internal {
        try this.check(selector, name) {
            vm.assertTrue(false, string.concat("the coverage check passed handler ", name));
        } catch (bytes memory data) {
            vm.assertTrue(
                _contains(data, bytes(message)), string.concat("the failure does not say: ", message)
            );
        }
    }

    function _contains(bytes memory data, bytes memory part) internal pure returns (bool) {
        for (uint256 i; i + part.length <= data.length; ++i) {
            bool all = true;
            for (uint256 j; j < part.length && all; ++j) {
                all = data[i + j] == part[j];
            }
            if (all) return true;
        }
        return false;
    }
}
