// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Vm} from "../test/utils/Vm.sol";
import {MockUSD} from "../test/mocks/MockUSD.sol";
import {GridToken} from "../src/GridToken.sol";
import {Staking} from "../src/Staking.sol";
import {AttestationQuorum} from "../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../src/GridPriceOracle.sol";
import {LeaseEscrow} from "../src/LeaseEscrow.sol";
import {Rewards} from "../src/Rewards.sol";

/// @notice Deploys and wires the whole idlegrid suite, then prints the addresses as JSON.
/// @dev Run against any node, e.g. anvil:
///   forge script contracts/script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 --private-key $KEY --broadcast
/// Parameters come from the environment, each with a devnet default:
///   GOVERNANCE (deployer)      owner of every contract after deployment (must accept: Ownable2Step)
///   TREASURY (deployer)        receives the GRID supply and the protocol fees
///   USD_TOKEN (unset)          the stablecoin; unset deploys MockUSD (dev chains only)
///   GRID_SUPPLY (1e9 GRID)     fixed GRID supply
///   UNBONDING_PERIOD (7 days)  stake thaw; must cover the dispute window
///   INSPECTOR_MIN_STAKE (10,000 GRID)
///   SIGNER_SET_DELAY (2 days)  delay before a new inspector set takes effect
///   PRICE_MAX_AGE (1 hour)     GRID/USD rate staleness bound
///   USD_FEE_BPS (500), GRID_FEE_BPS (250)
///   EPOCH_LENGTH (1 day), INITIAL_EMISSION (1,000,000 GRID), HALVING_EPOCHS (365), REWARDS_CAP (300M GRID)
///   REWARDS_FUNDING (REWARDS_CAP)  GRID moved from the treasury into the reward reserve when the treasury is
///                                  the deployer
///   DEPLOYMENT_OUT (unset)     also write the JSON to this path
contract Deploy {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    struct Suite {
        address gridToken;
        address usdToken;
        address staking;
        address quorum;
        address priceOracle;
        address escrow;
        address rewards;
    }

    /// @notice Deploys the suite from the broadcasting account.
    function run() external returns (Suite memory suite) {
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        suite = deploy(deployer);
        vm.stopBroadcast();
        string memory json = toJson(suite);
        Console.log(json);
        string memory out = vm.envOr("DEPLOYMENT_OUT", string(""));
        if (bytes(out).length != 0) vm.writeFile(out, json);
    }

    function deploy(address deployer) internal returns (Suite memory s) {
        address governance = vm.envOr("GOVERNANCE", deployer);
        address treasury = vm.envOr("TREASURY", deployer);

        GridToken grid = new GridToken(treasury, vm.envOr("GRID_SUPPLY", uint256(1_000_000_000e18)));
        s.gridToken = address(grid);
        s.usdToken = vm.envOr("USD_TOKEN", address(0));
        if (s.usdToken == address(0)) s.usdToken = address(new MockUSD());

        Staking staking = new Staking(
            grid,
            deployer,
            uint64(vm.envOr("UNBONDING_PERIOD", uint256(7 days))),
            vm.envOr("INSPECTOR_MIN_STAKE", uint256(10_000e18))
        );
        AttestationQuorum quorum =
            new AttestationQuorum(governance, staking, uint64(vm.envOr("SIGNER_SET_DELAY", uint256(2 days))));
        GridPriceOracle oracle =
            new GridPriceOracle(governance, quorum, uint64(vm.envOr("PRICE_MAX_AGE", uint256(1 hours))));
        LeaseEscrow escrow = new LeaseEscrow(
            governance,
            staking,
            quorum,
            oracle,
            IERC20(s.usdToken),
            grid,
            treasury,
            uint16(vm.envOr("USD_FEE_BPS", uint256(500))),
            uint16(vm.envOr("GRID_FEE_BPS", uint256(250)))
        );
        Rewards rewards = new Rewards(
            grid,
            quorum,
            governance,
            uint64(block.timestamp),
            uint64(vm.envOr("EPOCH_LENGTH", uint256(1 days))),
            vm.envOr("INITIAL_EMISSION", uint256(1_000_000e18)),
            uint64(vm.envOr("HALVING_EPOCHS", uint256(365))),
            vm.envOr("REWARDS_CAP", uint256(300_000_000e18))
        );

        staking.setQuorum(quorum);
        staking.setLeaseEscrow(address(escrow));
        string[8] memory classes =
            ["RTX3090", "RTX4090", "A100-40GB", "A100-80GB", "H100-PCIE", "H100-SXM", "H200", "SIM"];
        // GRID per GPU, scaled by class (io.net/Aethir pattern): consumer cards 200, A100 600-800, H100/H200 1,500.
        uint16[8] memory perGpu = [200, 200, 600, 800, 1_500, 1_500, 1_500, 100];
        for (uint256 i; i < classes.length; ++i) {
            staking.setMinStakePerGpu(classId(classes[i]), uint256(perGpu[i]) * 1e18);
        }
        if (governance != deployer) staking.transferOwnership(governance);

        if (treasury == deployer) {
            uint256 funding = vm.envOr("REWARDS_FUNDING", vm.envOr("REWARDS_CAP", uint256(300_000_000e18)));
            if (funding != 0) {
                grid.approve(address(rewards), funding);
                rewards.fund(funding);
            }
        }

        s.staking = address(staking);
        s.quorum = address(quorum);
        s.priceOracle = address(oracle);
        s.escrow = address(escrow);
        s.rewards = address(rewards);
    }

    /// @notice A GPU class id: the ASCII name left-aligned in a bytes32, as `bytes32("RTX4090")` would give.
    function classId(string memory name) internal pure returns (bytes32 id) {
        require(bytes(name).length <= 32, "class name longer than 32 bytes");
        assembly ("memory-safe") {
            id := mload(add(name, 32))
        }
    }

    function toJson(Suite memory s) internal returns (string memory json) {
        string memory k = "deployment";
        vm.serializeUint(k, "chainId", block.chainid);
        vm.serializeAddress(k, "GridToken", s.gridToken);
        vm.serializeAddress(k, "MockUSD", s.usdToken);
        vm.serializeAddress(k, "Staking", s.staking);
        vm.serializeAddress(k, "AttestationQuorum", s.quorum);
        vm.serializeAddress(k, "GridPriceOracle", s.priceOracle);
        vm.serializeAddress(k, "LeaseEscrow", s.escrow);
        json = vm.serializeAddress(k, "Rewards", s.rewards);
    }
}

/// @notice forge's console: a staticcall to the well-known console address with a `log(string)` payload.
library Console {
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory message) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string)", message));
        ok;
    }
}
