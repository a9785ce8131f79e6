// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {Vm} from "../test/utils/Vm.sol";
import {MockUSD} from "../test/mocks/MockUSD.sol";
import {GridToken} from "../src/GridToken.sol";
import {Staking} from "../src/Staking.sol";
import {AttestationQuorum} from "../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../src/GridPriceOracle.sol";
import {NodeRegistry} from "../src/NodeRegistry.sol";
import {LeaseEscrow} from "../src/LeaseEscrow.sol";
import {LeaseJournal} from "../src/LeaseJournal.sol";
import {Rewards} from "../src/Rewards.sol";
import {SolanaGateway} from "../src/SolanaGateway.sol";

/// @notice Deploys and wires the whole idlegrid suite, then prints the addresses as JSON.
/// @dev Run against any node, e.g. anvil:
///   forge script contracts/script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 --private-key $KEY --broadcast
/// Dev chains (chain id 31337 or 1337) and the rest differ in three ways:
///   - governance: on a dev chain every contract is owned by GOVERNANCE (default: the deployer; another address
///     must accept with Ownable2Step); elsewhere by an OpenZeppelin TimelockController with delay
///     TIMELOCK_DELAY whose proposers and cancellers are GOVERNANCE and whose executor role is open, and the
///     deployer keeps no role;
///   - the stablecoin: MockUSD is deployed only on a dev chain when USD_TOKEN is unset; elsewhere USD_TOKEN is
///     required;
///   - the simulated GPU class SIM is configured (and exempt from hardware verification) only on a dev chain.
/// Hardware verification is required for every other class everywhere (REQUIRE_VERIFICATION=false turns it off).
/// Parameters come from the environment, each with a default:
///   GOVERNANCE (deployer)      proposer of the timelock, or the owner on a dev chain
///   TREASURY (deployer)        receives the GRID supply and the protocol fees
///   USD_TOKEN (unset)          the stablecoin (USDC on Arbitrum); unset deploys MockUSD on dev chains only
///   GRID_SUPPLY (1e9 GRID)     fixed GRID supply
///   UNBONDING_PERIOD (7 days)  stake thaw; must cover DISPUTE_WINDOW + SIGNER_SET_DELAY
///   INSPECTOR_MIN_STAKE (10,000 GRID)
///   SIGNER_SET_DELAY (2 days)  delay before a new inspector set (or a higher inspector minimum) takes effect
///   DISPUTE_WINDOW (2 days)    breaches accepted that long after a lease closes; provider pay held as long
///   TIMELOCK_DELAY (2 days)    governance delay outside dev chains
///   PRICE_MAX_AGE (1 hour)     GRID/USD rate staleness bound
///   PRICE_MAX_MOVE_BPS_PER_HOUR (1,000)  GRID/USD speed limit (0 turns the breaker off)
///   REQUIRE_VERIFICATION (true)
///   USD_FEE_BPS (500), GRID_FEE_BPS (250)
///   EPOCH_LENGTH (1 day), INITIAL_EMISSION (1,000,000 GRID), HALVING_EPOCHS (365), REWARDS_CAP (300M GRID)
///   REWARDS_FUNDING (REWARDS_CAP)  GRID moved from the treasury into the reward reserve when the treasury is
///                                  the deployer
///   SOLANA_GRID_DECIMALS (9), SOLANA_USD_DECIMALS (6)  the Solana mints' decimals (oracle/solgateway)
///   GATEWAY_WINDOW (1 day)     the Solana gateway's cap window (Wormhole's governor: 24 hours)
///   GATEWAY_WINDOW_CAP (5,000,000 GRID)  GRID released per window, and the largest single release
///   GATEWAY_LARGE_THRESHOLD (500,000 GRID), GATEWAY_LARGE_DELAY (1 day)  larger releases wait the delay
///   GATEWAY_SWAP_FEE_BPS (50)  USDC <-> GRID swap fee (at most 1,000)
///   GATEWAY_MIN_OUTBOUND (10 GRID)  smallest transfer to Solana
///   GATEWAY_GUARDIAN (GOVERNANCE)  may pause the gateway at once (unpausing goes through governance)
///   GATEWAY_RESERVE (10,000,000 GRID on dev chains, 0 elsewhere)  GRID moved from the treasury into the
///                              gateway's swap reserve when the treasury is the deployer
///   DEPLOYMENT_OUT (unset)     also write the JSON to this path
contract Deploy {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    struct Suite {
        address gridToken;
        address usdToken;
        address staking;
        address quorum;
        address priceOracle;
        address registry;
        address escrow;
        address journal;
        address rewards;
        address solanaGateway;
        address timelock;
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

    /// @notice Whether `chainId` is a local dev chain (anvil, the Go devnet, geth --dev).
    function isDevChain(uint256 chainId) public pure returns (bool) {
        return chainId == 31337 || chainId == 1337;
    }

    function deploy(address deployer) internal returns (Suite memory s) {
        bool dev = isDevChain(block.chainid);
        address governance = vm.envOr("GOVERNANCE", deployer);
        address treasury = vm.envOr("TREASURY", deployer);

        GridToken grid = new GridToken(treasury, vm.envOr("GRID_SUPPLY", uint256(1_000_000_000e18)));
        s.gridToken = address(grid);
        s.usdToken = vm.envOr("USD_TOKEN", address(0));
        if (s.usdToken == address(0)) {
            require(dev, "USD_TOKEN is required outside dev chains (MockUSD has an open mint)");
            s.usdToken = address(new MockUSD());
        }

        // Outside dev chains the timelock owns everything. It starts with no delay and the deployer as its only
        // proposer and executor, just long enough to accept the ownerships below in one batch and set its real
        // delay; then the deployer gives every role away.
        address owner_ = governance;
        if (!dev) {
            address[] memory self = new address[](1);
            self[0] = deployer;
            s.timelock = address(new TimelockController(0, self, self, deployer));
            owner_ = s.timelock;
        }

        _deployCore(s, deployer, owner_, treasury);
        Staking staking = Staking(s.staking);
        NodeRegistry registry = NodeRegistry(s.registry);
        GridPriceOracle oracle = GridPriceOracle(s.priceOracle);
        _configure(staking, registry, oracle, dev);
        _handOver(deployer, owner_, governance, dev, staking, oracle, registry);

        s.solanaGateway = _solanaGateway(s, owner_, governance);

        if (treasury == deployer) {
            uint256 funding = vm.envOr("REWARDS_FUNDING", vm.envOr("REWARDS_CAP", uint256(300_000_000e18)));
            if (funding != 0) {
                grid.approve(s.rewards, funding);
                Rewards(s.rewards).fund(funding);
            }
            uint256 reserve = vm.envOr("GATEWAY_RESERVE", dev ? uint256(10_000_000e18) : 0);
            if (reserve != 0) {
                grid.approve(s.solanaGateway, reserve);
                SolanaGateway(s.solanaGateway).fundReserve(reserve);
            }
        }
    }

    /// @dev Deploys and wires Staking, the quorum, the oracle, the registry, the escrow, the journal and Rewards.
    /// Staking, the oracle and the registry start owned by the deployer (for their one-time wiring and
    /// configuration); the rest belong to `owner_` from the start.
    function _deployCore(Suite memory s, address deployer, address owner_, address treasury) internal {
        GridToken grid = GridToken(s.gridToken);
        Staking staking = new Staking(
            grid,
            deployer,
            uint64(vm.envOr("UNBONDING_PERIOD", uint256(7 days))),
            vm.envOr("INSPECTOR_MIN_STAKE", uint256(10_000e18))
        );
        AttestationQuorum quorum =
            new AttestationQuorum(owner_, staking, uint64(vm.envOr("SIGNER_SET_DELAY", uint256(2 days))));
        GridPriceOracle oracle =
            new GridPriceOracle(deployer, quorum, uint64(vm.envOr("PRICE_MAX_AGE", uint256(1 hours))));
        NodeRegistry registry = new NodeRegistry(deployer, staking, quorum);
        staking.setQuorum(quorum);
        staking.setNodeRegistry(registry);
        LeaseEscrow escrow =
            _escrow(owner_, staking, registry, quorum, oracle, IERC20(s.usdToken), grid, treasury);
        staking.setLeaseEscrow(address(escrow));
        registry.setLeaseEscrow(address(escrow));
        s.journal = address(new LeaseJournal(escrow, quorum));
        s.rewards = address(
            new Rewards(
                grid,
                quorum,
                owner_,
                uint64(block.timestamp),
                uint64(vm.envOr("EPOCH_LENGTH", uint256(1 days))),
                vm.envOr("INITIAL_EMISSION", uint256(1_000_000e18)),
                uint64(vm.envOr("HALVING_EPOCHS", uint256(365))),
                vm.envOr("REWARDS_CAP", uint256(300_000_000e18))
            )
        );
        s.staking = address(staking);
        s.quorum = address(quorum);
        s.priceOracle = address(oracle);
        s.registry = address(registry);
        s.escrow = address(escrow);
    }

    function _escrow(
        address owner_,
        Staking staking,
        NodeRegistry registry,
        AttestationQuorum quorum,
        GridPriceOracle oracle,
        IERC20 usd,
        GridToken grid,
        address treasury
    ) internal returns (LeaseEscrow) {
        return new LeaseEscrow(
            owner_,
            staking,
            registry,
            quorum,
            oracle,
            usd,
            grid,
            treasury,
            uint16(vm.envOr("USD_FEE_BPS", uint256(500))),
            uint16(vm.envOr("GRID_FEE_BPS", uint256(250))),
            uint64(vm.envOr("DISPUTE_WINDOW", uint256(2 days)))
        );
    }

    /// @dev The Solana gateway, owned by `owner_` from the start (nothing to configure before the hand-over), wired
    /// to the quorum, the GRID/USD oracle and GRID; its guardian (GATEWAY_GUARDIAN, default GOVERNANCE) can pause
    /// it without waiting for the timelock.
    function _solanaGateway(Suite memory s, address owner_, address governance) internal returns (address) {
        SolanaGateway.Config memory config = SolanaGateway.Config({
            solanaGridDecimals: uint8(_envBounded("SOLANA_GRID_DECIMALS", 9, type(uint8).max)),
            solanaUsdDecimals: uint8(_envBounded("SOLANA_USD_DECIMALS", 6, type(uint8).max)),
            windowLength: uint32(_envBounded("GATEWAY_WINDOW", 1 days, type(uint32).max)),
            windowCap: uint96(_envBounded("GATEWAY_WINDOW_CAP", 5_000_000e18, type(uint96).max)),
            largeThreshold: uint96(_envBounded("GATEWAY_LARGE_THRESHOLD", 500_000e18, type(uint96).max)),
            largeDelay: uint32(_envBounded("GATEWAY_LARGE_DELAY", 1 days, type(uint32).max)),
            swapFeeBps: uint16(_envBounded("GATEWAY_SWAP_FEE_BPS", 50, type(uint16).max)),
            minOutbound: uint96(_envBounded("GATEWAY_MIN_OUTBOUND", 10e18, type(uint96).max)),
            guardian: vm.envOr("GATEWAY_GUARDIAN", governance)
        });
        return address(
            new SolanaGateway(
                owner_,
                AttestationQuorum(s.quorum),
                GridPriceOracle(s.priceOracle),
                IERC20(s.gridToken),
                config
            )
        );
    }

    /// @dev An environment number that must fit its field: a value that would be truncated is an error naming the
    /// variable (the contract then checks the value's range itself).
    function _envBounded(string memory name, uint256 defaultValue, uint256 max)
        internal
        view
        returns (uint256 v)
    {
        v = vm.envOr(name, defaultValue);
        require(v <= max, string.concat(name, " is too large for its field"));
    }

    /// @dev Per-class stake, the verification requirement, the price breaker.
    function _configure(Staking staking, NodeRegistry registry, GridPriceOracle oracle, bool dev) internal {
        // The class names of oracle/gpuclass (H100 is one class for SXM5 and PCIe cards).
        string[7] memory classes = ["RTX3090", "RTX4090", "A100-40GB", "A100-80GB", "H100", "H200", "SIM"];
        // GRID per GPU, scaled by class (io.net/Aethir pattern): consumer cards 200, A100 600-800, H100/H200 1,500.
        uint16[7] memory perGpu = [200, 200, 600, 800, 1_500, 1_500, 100];
        uint256 n = dev ? classes.length : classes.length - 1; // SIM only on dev chains
        for (uint256 i; i < n; ++i) {
            staking.setMinStakePerGpu(classId(classes[i]), uint256(perGpu[i]) * 1e18);
        }
        registry.setRequireVerification(vm.envOr("REQUIRE_VERIFICATION", true));
        if (dev) registry.setVerificationExempt(classId("SIM"), true);
        oracle.setMaxMoveBpsPerHour(uint32(vm.envOr("PRICE_MAX_MOVE_BPS_PER_HOUR", uint256(1_000))));
    }

    /// @dev Moves the contracts the deployer configured to their owner. Outside dev chains the timelock accepts
    /// them, takes its real delay and its proposers, and the deployer renounces every role.
    function _handOver(
        address deployer,
        address owner_,
        address governance,
        bool dev,
        Staking staking,
        GridPriceOracle oracle,
        NodeRegistry registry
    ) internal {
        if (owner_ == deployer) return;
        Ownable2Step[3] memory owned = [Ownable2Step(address(staking)), oracle, registry];
        for (uint256 i; i < owned.length; ++i) {
            owned[i].transferOwnership(owner_);
        }
        if (dev) return; // a dev-chain GOVERNANCE accepts itself

        TimelockController tl = TimelockController(payable(owner_));
        address[] memory targets = new address[](4);
        uint256[] memory values = new uint256[](4);
        bytes[] memory calls = new bytes[](4);
        for (uint256 i; i < owned.length; ++i) {
            targets[i] = address(owned[i]);
            calls[i] = abi.encodeCall(Ownable2Step.acceptOwnership, ());
        }
        targets[3] = address(tl);
        calls[3] =
            abi.encodeCall(TimelockController.updateDelay, (vm.envOr("TIMELOCK_DELAY", uint256(2 days))));
        tl.scheduleBatch(targets, values, calls, bytes32(0), bytes32(0), 0);
        tl.executeBatch(targets, values, calls, bytes32(0), bytes32(0));

        tl.grantRole(tl.PROPOSER_ROLE(), governance);
        tl.grantRole(tl.CANCELLER_ROLE(), governance);
        tl.grantRole(tl.EXECUTOR_ROLE(), address(0)); // anyone executes a proposal whose delay has passed
        tl.revokeRole(tl.PROPOSER_ROLE(), deployer);
        tl.revokeRole(tl.CANCELLER_ROLE(), deployer);
        tl.revokeRole(tl.EXECUTOR_ROLE(), deployer);
        tl.renounceRole(tl.DEFAULT_ADMIN_ROLE(), deployer);
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
        vm.serializeAddress(k, "NodeRegistry", s.registry);
        vm.serializeAddress(k, "LeaseEscrow", s.escrow);
        vm.serializeAddress(k, "LeaseJournal", s.journal);
        vm.serializeAddress(k, "SolanaGateway", s.solanaGateway);
        if (s.timelock != address(0)) vm.serializeAddress(k, "TimelockController", s.timelock);
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
