// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./utils/Test.sol";
import {QuorumHelper} from "./utils/QuorumHelper.sol";
import {GridToken} from "../src/GridToken.sol";
import {Staking} from "../src/Staking.sol";
import {NodeRegistry} from "../src/NodeRegistry.sol";
import {AttestationQuorum} from "../src/AttestationQuorum.sol";
import {Attestations} from "../src/Attestations.sol";
import {IStaking} from "../src/interfaces/IStaking.sol";

/// @notice Stands in for the lease escrow in Staking's tests: it has the dispute window Staking checks its
/// unbonding period against; tests prank as it to reserve and release GPUs.
contract EscrowStub {
    uint64 public disputeWindow = 1 days;
}

/// @notice A deployed GRID + Staking + AttestationQuorum + NodeRegistry with four staked inspectors forming a
/// 3-of-4 signer set, the lease escrow played by a stub, and two GPU classes configured. Slashes are signed by the real
/// quorum's signers through `QuorumHelper`.
abstract contract StakingFixture is Test {
    uint256 internal constant SUPPLY = 1_000_000_000e18;
    uint64 internal constant UNBONDING = 7 days;
    uint64 internal constant SIGNER_SET_DELAY = 1 days;
    uint256 internal constant INSPECTOR_MIN = 1_000e18;
    uint256 internal constant N_SIGNERS = 4;
    uint8 internal constant THRESHOLD = 3;

    bytes32 internal constant RTX4090 = "RTX4090";
    bytes32 internal constant H100 = "H100";
    bytes32 internal constant A100 = "A100-40GB";
    uint256 internal constant MIN_RTX4090 = 100e18;
    uint256 internal constant MIN_H100 = 1_000e18;

    IStaking.Role internal constant PROVIDER = IStaking.Role.Provider;
    IStaking.Role internal constant INSPECTOR = IStaking.Role.Inspector;

    GridToken internal grid;
    Staking internal staking;
    AttestationQuorum internal quorum;
    NodeRegistry internal registry;

    address internal governance;
    address internal treasury;
    address internal escrow;

    /// @dev Keys of the quorum's signers; the first THRESHOLD of them sign slashes.
    uint256[] internal signerKeys;
    address[] internal signers;

    function _deploy() internal {
        governance = makeAddr("governance");
        treasury = makeAddr("treasury");
        escrow = address(new EscrowStub());
        vm.label(escrow, "leaseEscrow");

        grid = new GridToken(treasury, SUPPLY);
        staking = new Staking(grid, governance, UNBONDING, INSPECTOR_MIN);
        quorum = new AttestationQuorum(governance, staking, SIGNER_SET_DELAY);

        registry = new NodeRegistry(governance, staking, quorum);

        vm.startPrank(governance);
        staking.setQuorum(quorum);
        staking.setNodeRegistry(registry);
        staking.setLeaseEscrow(escrow);
        registry.setLeaseEscrow(escrow);
        staking.setMinStakePerGpu(RTX4090, MIN_RTX4090);
        staking.setMinStakePerGpu(H100, MIN_H100);
        vm.stopPrank();

        for (uint256 i; i < N_SIGNERS; ++i) {
            (address account, uint256 key) = makeAccount(string.concat("signer", vm.toString(i)));
            signerKeys.push(key);
            _stake(account, INSPECTOR, INSPECTOR_MIN);
        }
        signers = QuorumHelper.addresses(signerKeys);
        vm.prank(governance);
        quorum.proposeSignerSet(signers, THRESHOLD);
        vm.warp(block.timestamp + SIGNER_SET_DELAY);
        quorum.applySignerSet();
    }

    /// @dev Sends `amount` GRID from the treasury to `account` and approves Staking for everything.
    function _fund(address account, uint256 amount) internal {
        vm.prank(treasury);
        vm.assertTrue(grid.transfer(account, amount), "transfer");
        vm.prank(account);
        grid.approve(address(staking), type(uint256).max);
    }

    function _stake(address account, IStaking.Role role, uint256 amount) internal {
        _fund(account, amount);
        vm.prank(account);
        staking.stake(role, amount);
    }

    function _signers(uint256 count) internal view returns (uint256[] memory keys) {
        keys = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            keys[i] = signerKeys[i];
        }
    }

    function _order(
        address offender,
        IStaking.Role role,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] memory reporters
    ) internal pure returns (IStaking.SlashOrder memory) {
        return IStaking.SlashOrder({
            offender: offender,
            role: role,
            kind: IStaking.SlashKind.Fraud,
            amount: amount,
            renter: renter,
            renterBps: renterBps,
            reporters: reporters
        });
    }

    function _slashSignatures(IStaking.SlashOrder memory o, bytes32 evidenceId)
        internal
        view
        returns (bytes memory)
    {
        bytes32 payload = Attestations.slashHash(
            o.offender, uint8(o.role), uint8(o.kind), o.amount, o.renter, o.renterBps, o.reporters
        );
        return QuorumHelper.sign(
            quorum, address(staking), Attestations.KIND_SLASH, evidenceId, payload, _signers(THRESHOLD)
        );
    }

    function _slashSignatures(
        address offender,
        IStaking.Role role,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] memory reporters,
        bytes32 evidenceId
    ) internal view returns (bytes memory) {
        return _slashSignatures(_order(offender, role, amount, renter, renterBps, reporters), evidenceId);
    }

    /// @dev Signs with THRESHOLD quorum signers and submits a fraud slash (cap: all of the stake).
    function _slash(
        address offender,
        IStaking.Role role,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] memory reporters,
        bytes32 evidenceId
    ) internal {
        _slash(_order(offender, role, amount, renter, renterBps, reporters), evidenceId);
    }

    function _slash(IStaking.SlashOrder memory o, bytes32 evidenceId) internal {
        staking.slash(o, evidenceId, _slashSignatures(o, evidenceId));
    }

    function _active(address account, IStaking.Role role) internal view returns (uint256) {
        return staking.stakeInfo(account, role).active;
    }

    function _unbonding(address account, IStaking.Role role) internal view returns (uint256) {
        return staking.stakeInfo(account, role).unbonding;
    }

    function _locked(address account) internal view returns (uint256) {
        return staking.stakeInfo(account, PROVIDER).locked;
    }
}
