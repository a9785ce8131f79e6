// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./Test.sol";
import {QuorumHelper} from "./QuorumHelper.sol";
import {GridToken} from "../../src/GridToken.sol";
import {Staking} from "../../src/Staking.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {Rewards} from "../../src/Rewards.sol";
import {Attestations} from "../../src/Attestations.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";

/// @notice Deploys the real reward stack — GridToken, Staking with staked inspectors, AttestationQuorum with an
/// applied signer set, Rewards — and signs reward-root attestations with the inspectors' keys.
abstract contract RewardsSetup is Test {
    uint256 internal constant GRID_SUPPLY = 1_000_000_000e18;
    uint256 internal constant INSPECTOR_MIN_STAKE = 10_000e18;
    uint64 internal constant UNBONDING_PERIOD = 14 days;
    uint64 internal constant SIGNER_SET_DELAY = 2 days;
    /// @dev n = 10 inspectors in the set, k = 7 signatures (a strict majority, as the quorum requires).
    uint256 internal constant SIGNERS = 10;
    uint8 internal constant THRESHOLD = 7;
    /// @dev Staked inspectors that are not in the signer set (for wrong-signer tests).
    uint256 internal constant OUTSIDERS = 7;

    /// @dev The default schedule: weekly epochs, 1M GRID in epoch 0, halving yearly, 100M GRID lifetime cap.
    uint64 internal constant GENESIS = 1_700_000_000;
    uint64 internal constant EPOCH_LENGTH = 7 days;
    uint256 internal constant INITIAL_EMISSION = 1_000_000e18;
    uint64 internal constant HALVING_EPOCHS = 52;
    uint256 internal constant MAX_SUPPLY = 100_000_000e18;

    address internal governance;
    address internal treasury;
    GridToken internal grid;
    Staking internal staking;
    AttestationQuorum internal quorum;
    Rewards internal rewards;

    uint256[] internal signerKeys;
    uint256[] internal outsiderKeys;

    /// @dev Deploys everything with the default schedule; block.timestamp ends at GENESIS.
    function _deployStack() internal {
        _deployStack(GENESIS, EPOCH_LENGTH, INITIAL_EMISSION, HALVING_EPOCHS, MAX_SUPPLY);
    }

    function _deployStack(
        uint64 genesis,
        uint64 epochLength,
        uint256 initialEmission,
        uint64 halvingEpochs,
        uint256 maxSupply
    ) internal {
        require(genesis > SIGNER_SET_DELAY + 1, "RewardsSetup: genesis too early");
        vm.warp(genesis - SIGNER_SET_DELAY - 1);
        governance = makeAddr("governance");
        treasury = makeAddr("treasury");
        grid = new GridToken(treasury, GRID_SUPPLY);
        staking = new Staking(grid, governance, UNBONDING_PERIOD, INSPECTOR_MIN_STAKE);
        quorum = new AttestationQuorum(governance, staking, SIGNER_SET_DELAY);
        vm.prank(governance);
        staking.setQuorum(quorum);

        for (uint256 i; i < SIGNERS; ++i) {
            (, uint256 key) = makeAccount(string.concat("inspector-", vm.toString(i)));
            signerKeys.push(key);
        }
        for (uint256 i; i < OUTSIDERS; ++i) {
            (, uint256 key) = makeAccount(string.concat("outsider-", vm.toString(i)));
            outsiderKeys.push(key);
        }
        _stakeInspectors(signerKeys);
        _stakeInspectors(outsiderKeys);

        vm.prank(governance);
        quorum.proposeSignerSet(QuorumHelper.addresses(signerKeys), THRESHOLD);
        vm.warp(block.timestamp + SIGNER_SET_DELAY);
        quorum.applySignerSet();

        rewards = new Rewards(
            grid, quorum, governance, genesis, epochLength, initialEmission, halvingEpochs, maxSupply
        );
        vm.warp(genesis);
    }

    function _stakeInspectors(uint256[] memory keys) private {
        vm.startPrank(treasury);
        grid.approve(address(staking), INSPECTOR_MIN_STAKE * keys.length);
        for (uint256 i; i < keys.length; ++i) {
            staking.stakeFor(vm.addr(keys[i]), IStaking.Role.Inspector, INSPECTOR_MIN_STAKE);
        }
        vm.stopPrank();
    }

    /// @dev Moves `amount` GRID from the treasury into the reserve through `fund`.
    function _fund(uint256 amount) internal {
        vm.startPrank(treasury);
        grid.approve(address(rewards), amount);
        rewards.fund(amount);
        vm.stopPrank();
    }

    /// @dev The attestation id inspectors use for an epoch's root.
    function _rootId(uint64 epoch) internal pure returns (bytes32) {
        return keccak256(abi.encode("idlegrid.rewards.root", epoch));
    }

    /// @dev The first `k` signer keys.
    function _keys(uint256 k) internal view returns (uint256[] memory keys) {
        keys = new uint256[](k);
        for (uint256 i; i < k; ++i) {
            keys[i] = signerKeys[i];
        }
    }

    /// @dev Signatures by `keys` over the reward-root attestation (epoch, root, total) for `rewards`.
    function _signRoot(uint64 epoch, bytes32 root, uint256 total, bytes32 id, uint256[] memory keys)
        internal
        view
        returns (bytes memory)
    {
        return QuorumHelper.sign(
            quorum,
            address(rewards),
            Attestations.KIND_REWARD_ROOT,
            id,
            Attestations.rewardRootHash(epoch, root, total),
            keys
        );
    }

    /// @dev Posts (epoch, root, total) signed by the threshold of signers, warping to the epoch's end if needed.
    function _postRoot(uint64 epoch, bytes32 root, uint256 total) internal {
        uint256 endsAt = rewards.epochEnd(epoch);
        if (block.timestamp < endsAt) vm.warp(endsAt);
        bytes32 id = _rootId(epoch);
        rewards.postRoot(epoch, root, total, id, _signRoot(epoch, root, total, id, _keys(THRESHOLD)));
    }
}
