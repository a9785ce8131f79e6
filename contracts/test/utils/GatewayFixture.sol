// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./Test.sol";
import {QuorumHelper} from "./QuorumHelper.sol";
import {GridToken} from "../../src/GridToken.sol";
import {Staking} from "../../src/Staking.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../../src/GridPriceOracle.sol";
import {SolanaGateway} from "../../src/SolanaGateway.sol";
import {ISolanaGateway} from "../../src/interfaces/ISolanaGateway.sol";
import {Attestations} from "../../src/Attestations.sol";

/// @notice Deploys the real stack around a SolanaGateway: GridToken, Staking with staked inspectors,
/// AttestationQuorum (n = 5 signers, k = 3, plus staked outsiders), GridPriceOracle with a posted rate, and the
/// gateway with Solana GRID at 9 decimals and USDC at 6 (oracle/solgateway's set-up). Helpers sign the
/// gateway's attestations as inspector nodes do and stage its state (GRID locked by an outbound transfer, a
/// funded reserve).
abstract contract GatewayFixture is Test {
    uint256 internal constant INSPECTOR_MIN_STAKE = 1_000e18;
    uint64 internal constant SIGNER_SET_DELAY = 1 days;
    uint64 internal constant UNBONDING = 7 days;
    uint256 internal constant SIGNERS = 5;
    uint8 internal constant THRESHOLD = 3;
    uint256 internal constant OUTSIDERS = 2;
    uint256 internal constant GRID_SUPPLY = 1_000_000_000e18;
    uint256 internal constant START_TIME = 1_700_000_000;

    uint8 internal constant GRID_MINT = Attestations.SOLANA_MINT_GRID;
    uint8 internal constant USDC_MINT = Attestations.SOLANA_MINT_USDC;
    /// @dev GRID wei per Solana GRID raw unit (9 decimals) and USD wei per raw USDC (6 decimals).
    uint256 internal constant GRID_UNIT = 1e9;
    uint256 internal constant USD_UNIT = 1e12;

    /// @dev $0.50 per GRID.
    uint256 internal constant GRID_PRICE = 0.5e18;
    uint32 internal constant WINDOW = 1 days;
    uint96 internal constant WINDOW_CAP = 1_000_000e18;
    uint96 internal constant LARGE_THRESHOLD = 100_000e18;
    uint32 internal constant LARGE_DELAY = 12 hours;
    uint16 internal constant SWAP_FEE_BPS = 50;
    uint96 internal constant MIN_OUTBOUND = 1e18;

    address internal governance;
    address internal guardian;
    address internal treasury;
    GridToken internal grid;
    Staking internal staking;
    AttestationQuorum internal quorum;
    GridPriceOracle internal oracle;
    SolanaGateway internal gateway;

    /// @dev The signer set's keys, and staked inspectors outside it.
    uint256[] internal signerKeys;
    uint256[] internal outsiderKeys;
    uint256 private _priceNonce;

    /// @dev Deploys everything; block.timestamp ends at START_TIME with GRID_PRICE fresh.
    function _deployGateway(uint64 priceMaxAge) internal {
        vm.warp(START_TIME - SIGNER_SET_DELAY - 1);
        governance = makeAddr("governance");
        guardian = makeAddr("guardian");
        treasury = makeAddr("treasury");
        grid = new GridToken(treasury, GRID_SUPPLY);
        staking = new Staking(grid, governance, UNBONDING, INSPECTOR_MIN_STAKE);
        quorum = new AttestationQuorum(governance, staking, SIGNER_SET_DELAY);
        vm.prank(governance);
        staking.setQuorum(quorum);
        for (uint256 i; i < SIGNERS + OUTSIDERS; ++i) {
            (address inspector, uint256 key) =
                makeAccount(string.concat("gateway-inspector-", vm.toString(i)));
            _stake(inspector);
            if (i < SIGNERS) signerKeys.push(key);
            else outsiderKeys.push(key);
        }
        vm.prank(governance);
        quorum.proposeSignerSet(QuorumHelper.addresses(signerKeys), THRESHOLD);
        vm.warp(START_TIME - 1);
        quorum.applySignerSet();
        oracle = new GridPriceOracle(governance, quorum, priceMaxAge);
        gateway = new SolanaGateway(governance, quorum, oracle, grid, _config());
        vm.warp(START_TIME);
        _postPrice(GRID_PRICE);
    }

    function _config() internal view returns (SolanaGateway.Config memory) {
        return SolanaGateway.Config({
            solanaGridDecimals: 9,
            solanaUsdDecimals: 6,
            windowLength: WINDOW,
            windowCap: WINDOW_CAP,
            largeThreshold: LARGE_THRESHOLD,
            largeDelay: LARGE_DELAY,
            swapFeeBps: SWAP_FEE_BPS,
            minOutbound: MIN_OUTBOUND,
            guardian: guardian
        });
    }

    function _stake(address inspector) private {
        vm.prank(treasury);
        vm.assertTrue(grid.transfer(inspector, INSPECTOR_MIN_STAKE), "GRID transfer");
        vm.startPrank(inspector);
        grid.approve(address(staking), INSPECTOR_MIN_STAKE);
        staking.stake(IStaking.Role.Inspector, INSPECTOR_MIN_STAKE);
        vm.stopPrank();
    }

    /// @dev Posts `price` observed now, signed by k signers.
    function _postPrice(uint256 price) internal {
        bytes32 id = keccak256(abi.encode("gateway price", ++_priceNonce));
        uint64 observedAt = uint64(block.timestamp);
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(oracle),
            Attestations.KIND_GRID_PRICE,
            id,
            Attestations.gridPriceHash(price, observedAt),
            _keys(THRESHOLD)
        );
        oracle.postPrice(price, observedAt, id, sigs);
    }

    /// @dev The first `k` signer keys.
    function _keys(uint256 k) internal view returns (uint256[] memory keys) {
        keys = new uint256[](k);
        for (uint256 i; i < k; ++i) {
            keys[i] = signerKeys[i];
        }
    }

    /// @dev A distinct deposit key per `n` on one cluster.
    function _key(uint256 n) internal pure returns (ISolanaGateway.DepositKey memory) {
        return ISolanaGateway.DepositKey({
            cluster: keccak256("devnet genesis"),
            signatureHi: keccak256(abi.encode("sig hi", n)),
            signatureLo: keccak256(abi.encode("sig lo", n)),
            index: uint16(n % 3)
        });
    }

    function _id(ISolanaGateway.DepositKey memory key) internal pure returns (bytes32) {
        return Attestations.solanaDepositId(key.cluster, key.signatureHi, key.signatureLo, key.index);
    }

    function _signRelease(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        address recipient,
        uint256[] memory keys
    ) internal view returns (bytes memory) {
        bytes32 id = _id(key);
        return QuorumHelper.sign(
            quorum,
            address(gateway),
            Attestations.KIND_SOLANA_DEPOSIT,
            id,
            Attestations.solanaDepositReleaseHash(id, mint, amount, recipient),
            keys
        );
    }

    function _signRefund(
        ISolanaGateway.DepositKey memory key,
        uint8 mint,
        uint64 amount,
        bytes32 refundAccount,
        uint8 reason,
        uint256[] memory keys
    ) internal view returns (bytes memory) {
        bytes32 id = _id(key);
        return QuorumHelper.sign(
            quorum,
            address(gateway),
            Attestations.KIND_SOLANA_DEPOSIT,
            id,
            Attestations.solanaDepositRefundHash(id, mint, amount, refundAccount, reason),
            keys
        );
    }

    function _signReturn(uint64 outboundId, uint8 reason, uint256[] memory keys)
        internal
        view
        returns (bytes memory)
    {
        return QuorumHelper.sign(
            quorum,
            address(gateway),
            Attestations.KIND_SOLANA_OUTBOUND_RETURN,
            bytes32(uint256(outboundId)),
            Attestations.solanaOutboundReturnHash(outboundId, reason),
            keys
        );
    }

    /// @dev Releases a deposit signed by k signers.
    function _release(ISolanaGateway.DepositKey memory key, uint8 mint, uint64 amount, address recipient)
        internal
        returns (uint256 gridAmount, uint64 releasableAt)
    {
        bytes memory sigs = _signRelease(key, mint, amount, recipient, _keys(THRESHOLD));
        return gateway.releaseDeposit(key, mint, amount, recipient, sigs);
    }

    /// @dev Gives `who` GRID from the treasury.
    function _give(address who, uint256 amount) internal {
        vm.prank(treasury);
        vm.assertTrue(grid.transfer(who, amount), "GRID transfer");
    }

    /// @dev `who` sends `gridAmount` GRID to Solana (paid from the treasury first): GRID gets locked.
    function _bridgeGrid(address who, uint256 gridAmount) internal returns (uint64 id) {
        _give(who, gridAmount);
        vm.startPrank(who);
        grid.approve(address(gateway), gridAmount);
        id = gateway.bridgeToSolana(GRID_MINT, gridAmount, keccak256(abi.encode("solana wallet", who)), 0);
        vm.stopPrank();
    }

    /// @dev Funds the reserve from the treasury.
    function _fundReserve(uint256 amount) internal {
        vm.startPrank(treasury);
        grid.approve(address(gateway), amount);
        gateway.fundReserve(amount);
        vm.stopPrank();
    }
}
