// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Test} from "./Test.sol";
import {QuorumHelper} from "./QuorumHelper.sol";
import {GridToken} from "../../src/GridToken.sol";
import {Staking} from "../../src/Staking.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../../src/GridPriceOracle.sol";
import {LeaseEscrow} from "../../src/LeaseEscrow.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {LeaseJournal} from "../../src/LeaseJournal.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {ILeaseEscrow} from "../../src/interfaces/ILeaseEscrow.sol";
import {Attestations} from "../../src/Attestations.sol";

/// @notice Every test token has an open `mint`.
interface IMintable {
    function mint(address to, uint256 amount) external;
}

/// @notice Deploys the real protocol around a LeaseEscrow: GridToken, Staking, AttestationQuorum (three staked
/// inspectors, threshold 2), GridPriceOracle (a price posted), NodeRegistry and the escrow, with helpers to add
/// providers with listed machines, fund renters, sign quotes, sign attestations and verify machines. Hardware
/// verification is not required unless a test turns it on.
abstract contract EscrowFixture is Test {
    // casting to 'bytes32' is safe: the class name is 4 ASCII bytes
    // forge-lint: disable-next-line(unsafe-typecast)
    bytes32 internal constant GPU_CLASS = bytes32("H100");
    uint256 internal constant MIN_STAKE_PER_GPU = 100e18;
    uint256 internal constant INSPECTOR_MIN_STAKE = 1_000e18;
    uint256 internal constant PROVIDER_STAKE = 10_000e18;
    uint32 internal constant MACHINE_GPUS = 8;
    uint64 internal constant SIGNER_SET_DELAY = 1 days;
    uint64 internal constant PRICE_MAX_AGE = 1 hours;
    uint64 internal constant UNBONDING = 7 days;
    uint64 internal constant DISPUTE_WINDOW = 2 days;
    /// @dev Quote prices are 18-decimal USD per second; with the 6-decimal stablecoin one unit per second is 1e12.
    uint256 internal constant UNIT = 1e12;
    bytes32 internal constant JOB_CID = keccak256("job spec");
    uint16 internal constant USD_FEE_BPS = 500;
    uint16 internal constant GRID_FEE_BPS = 250;
    /// @dev $0.50 per GRID.
    uint256 internal constant GRID_PRICE = 0.5e18;
    uint256 internal constant GRID_SUPPLY = 1e30;
    uint256 internal constant START_TIME = 1_700_000_000;

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant QUOTE_TYPEHASH = keccak256(
        "Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecondWad,uint64 minDuration,uint64 maxDuration,uint64 expiry,uint256 nonce,address renter,bool singleUse)"
    );

    address internal governance;
    address internal treasury;
    address internal gridTreasury;

    GridToken internal grid;
    IERC20 internal usd;
    Staking internal staking;
    AttestationQuorum internal quorum;
    GridPriceOracle internal oracle;
    LeaseEscrow internal escrow;
    NodeRegistry internal registry;
    LeaseJournal internal journal;

    uint256[] internal inspectorKeys;
    uint256 private _attestationCounter;
    uint256 private _machineCounter;

    /// @dev Deploys everything with `usd_` as the stablecoin and posts GRID_PRICE.
    function _deployProtocol(IERC20 usd_) internal {
        vm.warp(START_TIME);
        governance = makeAddr("governance");
        treasury = makeAddr("treasury");
        gridTreasury = makeAddr("gridTreasury");
        usd = usd_;

        grid = new GridToken(gridTreasury, GRID_SUPPLY);
        staking = new Staking(grid, governance, UNBONDING, INSPECTOR_MIN_STAKE);
        quorum = new AttestationQuorum(governance, staking, SIGNER_SET_DELAY);
        oracle = new GridPriceOracle(governance, quorum, PRICE_MAX_AGE);
        registry = new NodeRegistry(governance, staking, quorum);
        vm.startPrank(governance);
        staking.setMinStakePerGpu(GPU_CLASS, MIN_STAKE_PER_GPU);
        staking.setQuorum(quorum);
        staking.setNodeRegistry(registry);
        vm.stopPrank();
        escrow = new LeaseEscrow(
            governance,
            staking,
            registry,
            quorum,
            oracle,
            usd_,
            grid,
            treasury,
            USD_FEE_BPS,
            GRID_FEE_BPS,
            DISPUTE_WINDOW
        );
        journal = new LeaseJournal(escrow, quorum);
        vm.startPrank(governance);
        staking.setLeaseEscrow(address(escrow));
        registry.setLeaseEscrow(address(escrow));
        vm.stopPrank();

        for (uint256 i; i < 3; ++i) {
            (address inspector, uint256 key) = makeAccount(string.concat("inspector", vm.toString(i)));
            inspectorKeys.push(key);
            _giveGrid(inspector, INSPECTOR_MIN_STAKE);
            vm.startPrank(inspector);
            grid.approve(address(staking), INSPECTOR_MIN_STAKE);
            staking.stake(IStaking.Role.Inspector, INSPECTOR_MIN_STAKE);
            vm.stopPrank();
        }
        vm.prank(governance);
        quorum.proposeSignerSet(QuorumHelper.addresses(inspectorKeys), 2);
        vm.warp(block.timestamp + SIGNER_SET_DELAY);
        quorum.applySignerSet();

        _postPrice(GRID_PRICE);
    }

    // ---------------------------------------------------------------- actors

    /// @dev A staked provider with `machines` listed machines of MACHINE_GPUS GPUs each.
    function _addProvider(string memory name, uint256 machines)
        internal
        returns (address provider, uint256 key, bytes32[] memory machineIds)
    {
        (provider, key) = makeAccount(name);
        _giveGrid(provider, PROVIDER_STAKE);
        vm.startPrank(provider);
        grid.approve(address(staking), PROVIDER_STAKE);
        staking.stake(IStaking.Role.Provider, PROVIDER_STAKE);
        machineIds = new bytes32[](machines);
        for (uint256 i; i < machines; ++i) {
            machineIds[i] = keccak256(abi.encode("machine", ++_machineCounter));
            registry.listMachine(
                machineIds[i], GPU_CLASS, MACHINE_GPUS, "ipfs://machine", "https://rig.example:7443"
            );
        }
        vm.stopPrank();
    }

    /// @dev A renter holding `usdAmount` stablecoin and `gridAmount` GRID, both approved to the escrow.
    function _addRenter(string memory name, uint256 usdAmount, uint256 gridAmount)
        internal
        returns (address renter)
    {
        renter = makeAddr(name);
        _fund(renter, usdAmount, gridAmount);
    }

    function _fund(address renter, uint256 usdAmount, uint256 gridAmount) internal {
        if (usdAmount != 0) IMintable(address(usd)).mint(renter, usdAmount);
        if (gridAmount != 0) _giveGrid(renter, gridAmount);
        _approve(usd, renter, address(escrow), type(uint256).max);
        _approve(grid, renter, address(escrow), type(uint256).max);
    }

    function _giveGrid(address to, uint256 amount) internal {
        vm.prank(gridTreasury);
        vm.assertTrue(grid.transfer(to, amount), "GRID transfer");
    }

    /// @dev approve through a low-level call, so tokens that return nothing (USDT-style) work too.
    function _approve(IERC20 token, address owner, address spender, uint256 amount) internal {
        vm.prank(owner);
        (bool ok,) = address(token).call(abi.encodeCall(IERC20.approve, (spender, amount)));
        vm.assertTrue(ok, "approve");
    }

    // ---------------------------------------------------------------- quotes

    /// @dev A reusable public quote (no minimum, 30 days maximum, anyone) at `usdPerSecondWad` (18 decimals).
    function _quote(address provider, bytes32 machineId, uint32 gpus, uint256 usdPerSecondWad, uint256 nonce)
        internal
        view
        returns (ILeaseEscrow.Quote memory q)
    {
        q = ILeaseEscrow.Quote({
            provider: provider,
            machineId: machineId,
            gpuCount: gpus,
            usdPerSecondWad: usdPerSecondWad,
            minDuration: 0,
            maxDuration: 30 days,
            expiry: uint64(block.timestamp + 1 hours),
            nonce: nonce,
            renter: address(0),
            singleUse: false
        });
    }

    /// @dev The quote digest computed from the EIP-712 spec, independently of the escrow's own code.
    function _quoteDigest(ILeaseEscrow.Quote memory q, uint256 chainId, address verifyingContract)
        internal
        pure
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                keccak256("idlegrid LeaseEscrow"),
                keccak256("2"),
                chainId,
                verifyingContract
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                QUOTE_TYPEHASH,
                q.provider,
                q.machineId,
                q.gpuCount,
                q.usdPerSecondWad,
                q.minDuration,
                q.maxDuration,
                q.expiry,
                q.nonce,
                q.renter,
                q.singleUse
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function _signQuote(uint256 key, ILeaseEscrow.Quote memory q) internal view returns (bytes memory) {
        return signDigest(key, _quoteDigest(q, block.chainid, address(escrow)));
    }

    /// @dev Opens a lease as `renter` from a quote signed with `providerKey`.
    function _open(
        address renter,
        uint256 providerKey,
        ILeaseEscrow.Quote memory q,
        uint64 duration,
        ILeaseEscrow.PayToken payToken
    ) internal returns (uint256 leaseId) {
        bytes memory sig = _signQuote(providerKey, q);
        vm.prank(renter);
        leaseId = escrow.openLease(q, sig, duration, payToken, type(uint256).max, JOB_CID, "");
    }

    // ---------------------------------------------------------------- attestations

    function _nextAttestationId() internal returns (bytes32) {
        return keccak256(abi.encode("attestation", ++_attestationCounter));
    }

    /// @dev Threshold (2 of 3) inspector signatures over an attestation addressed to `target`.
    function _attest(address target, uint8 kind, bytes32 id, bytes32 payloadHash)
        internal
        view
        returns (bytes memory)
    {
        uint256[] memory keys = new uint256[](2);
        keys[0] = inspectorKeys[0];
        keys[1] = inspectorKeys[1];
        return QuorumHelper.sign(quorum, target, kind, id, payloadHash, keys);
    }

    function _postPrice(uint256 price) internal {
        bytes32 id = _nextAttestationId();
        uint64 observedAt = uint64(block.timestamp);
        bytes memory sigs = _attest(
            address(oracle), Attestations.KIND_GRID_PRICE, id, Attestations.gridPriceHash(price, observedAt)
        );
        oracle.postPrice(price, observedAt, id, sigs);
    }

    function _breachSigs(uint256 leaseId, uint64 downSince) internal returns (bytes32 id, bytes memory sigs) {
        id = _nextAttestationId();
        sigs = _attest(
            address(escrow), Attestations.KIND_BREACH, id, Attestations.breachHash(leaseId, downSince)
        );
    }

    /// @dev Attests and records a hardware verification of `machineId` (its listed class and count) with GPU
    /// identities derived from `salt`, valid from now for `ttl`.
    function _verify(bytes32 machineId, bytes32 salt, uint64 ttl) internal returns (bytes32[] memory gpuIds) {
        INodeRegistry.Machine memory m = registry.machine(machineId);
        gpuIds = _gpuIds(salt, m.gpuCount);
        _verifyWith(machineId, m.gpuClass, gpuIds, uint64(block.timestamp), uint64(block.timestamp) + ttl);
    }

    function _verifyWith(
        bytes32 machineId,
        bytes32 gpuClass,
        bytes32[] memory gpuIds,
        uint64 verifiedAt,
        uint64 expiresAt
    ) internal {
        // casting to 'uint32' is safe: test GPU counts are small
        // forge-lint: disable-next-line(unsafe-typecast)
        INodeRegistry.Verification memory v = INodeRegistry.Verification({
            machineId: machineId,
            gpuClass: gpuClass,
            gpuCount: uint32(gpuIds.length),
            gpuIds: gpuIds,
            verifiedAt: verifiedAt,
            expiresAt: expiresAt
        });
        bytes32 id = _nextAttestationId();
        bytes memory sigs = _attest(
            address(registry),
            Attestations.KIND_HARDWARE_VERIFICATION,
            id,
            Attestations.hardwareVerificationHash(
                machineId, gpuClass, v.gpuCount, gpuIds, verifiedAt, expiresAt
            )
        );
        registry.verifyMachine(v, id, sigs);
    }

    /// @dev `count` ascending GPU identities (keccak256 of made-up UUIDs) derived from `salt`.
    function _gpuIds(bytes32 salt, uint256 count) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = keccak256(abi.encodePacked("GPU-", salt, i));
        }
        // insertion sort: ascending, as the registry requires
        for (uint256 i = 1; i < count; ++i) {
            bytes32 x = ids[i];
            uint256 j = i;
            while (j > 0 && ids[j - 1] > x) {
                ids[j] = ids[j - 1];
                --j;
            }
            ids[j] = x;
        }
    }
}
