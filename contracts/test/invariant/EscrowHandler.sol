// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Vm} from "../utils/Vm.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {HandlerCoverage} from "../utils/HandlerCoverage.sol";
import {IMintable} from "../utils/EscrowFixture.sol";
import {LeaseEscrow} from "../../src/LeaseEscrow.sol";
import {ILeaseEscrow} from "../../src/interfaces/ILeaseEscrow.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../../src/GridPriceOracle.sol";
import {Attestations} from "../../src/Attestations.sol";

/// @notice Drives the escrow for the invariant suite with renters, providers and an adversary, time warps, GRID
/// price moves and hardware (re-)verifications, and keeps a reference model computed from the specification (not
/// read back from the escrow): per lease its segments (rates), deposit, billed time, refunds, pay and fee; per
/// machine its verification expiry; per account and token the credit it should be able to withdraw; per token the
/// ghost totals. Every outcome is predicted: a call the model expects to fail is made with a low-level call and
/// must fail; anything else unexpected is counted in `violations`, which an invariant requires to stay zero.
/// Covers the v2 paths: reusable, single-use and renter-bound quotes with a minimum; settles that close and, after
/// the dispute window, pay; breaches while open and after any close within the window; repriced GRID extensions;
/// verification expiry.
contract EscrowHandler is HandlerCoverage {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint8 internal constant USD = 0;
    uint8 internal constant GRID = 1;
    uint8 internal constant OPEN = 1;
    uint8 internal constant CLOSED = 2;
    uint8 internal constant SETTLED = 3;
    uint256 internal constant MAX_LEASES = 48;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant SCALE = 1e12;
    uint32 internal constant MACHINE_GPUS = 8;

    struct Model {
        address renter;
        address provider;
        bytes32 machine;
        uint32 gpus;
        uint8 token;
        uint16 feeBps;
        uint8 status;
        uint64 start;
        uint64 end; // prepaid end while open; end of the billed time once closed
        uint64 minEnd;
        uint64 maxEnd;
        uint64 stoppedAt;
        uint256 usdWad;
        uint256 deposited;
        uint256 refunded;
        uint256 paid; // credited to the provider at the settle
        uint256 fee; // accrued at the settle
        bool breached;
        uint64 downSince; // the earliest breach's downSince
    }

    struct Setup {
        LeaseEscrow escrow;
        NodeRegistry registry;
        AttestationQuorum quorum;
        GridPriceOracle oracle;
        address gridTreasury;
        address treasury;
        address adversary;
        address[] renters;
        address[] providers;
        uint256[] providerKeys;
        bytes32[] machines;
        uint256[] inspectorKeys;
        uint64 disputeWindow;
    }

    struct StoredQuote {
        ILeaseEscrow.Quote q;
        bytes sig;
        bool used; // a single-use quote that was opened
    }

    LeaseEscrow public immutable escrow;
    NodeRegistry public immutable registry;
    AttestationQuorum public immutable quorum;
    GridPriceOracle public immutable oracle;
    IERC20[2] public tokens;
    address public immutable gridTreasury;
    address public immutable treasury;
    address public immutable adversary;
    uint64 public immutable window;

    address[] public renters;
    address[] public providers;
    uint256[] internal _providerKeys;
    bytes32[] public machines;
    mapping(bytes32 machine => address) public machineOwner;
    mapping(bytes32 machine => uint64) public verifiedUntil;
    mapping(bytes32 machine => uint256) internal _verifications;
    uint256[] internal _inspectorKeys;

    uint256[] public leaseIds;
    mapping(uint256 leaseId => Model) internal _models;
    mapping(uint256 leaseId => uint256[]) internal _segStart;
    mapping(uint256 leaseId => uint256[]) internal _segBase;
    mapping(uint256 leaseId => uint256[]) internal _segRate;
    StoredQuote[] internal _quotes;
    mapping(address provider => uint256) internal _nextNonce;

    /// @notice Expected withdrawable balance per account and token.
    mapping(address account => mapping(uint8 token => uint256)) public credit;
    /// @notice Ghost totals per token.
    uint256[2] public deposits;
    uint256[2] public paid;
    uint256[2] public fees;
    uint256[2] public refunds;
    uint256[2] public withdrawn;
    uint256[2] public collected;

    uint256 public violations;
    string public lastViolation;
    mapping(string action => uint256) public calls;
    uint256 private _attestations;
    bytes private _lastRevert;

    constructor(Setup memory setup) {
        escrow = setup.escrow;
        registry = setup.registry;
        quorum = setup.quorum;
        oracle = setup.oracle;
        tokens[USD] = setup.escrow.usd();
        tokens[GRID] = setup.escrow.grid();
        gridTreasury = setup.gridTreasury;
        treasury = setup.treasury;
        adversary = setup.adversary;
        renters = setup.renters;
        providers = setup.providers;
        _providerKeys = setup.providerKeys;
        machines = setup.machines;
        window = setup.disputeWindow;
        for (uint256 i; i < setup.machines.length; ++i) {
            machineOwner[setup.machines[i]] = setup.registry.machineProvider(setup.machines[i]);
        }
        _inspectorKeys = setup.inspectorKeys;
    }

    // ================================================================ helpers

    function _bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        if (x >= min && x <= max) return x;
        return min + x % (max - min + 1);
    }

    function _check(bool ok, string memory what) internal {
        if (!ok) {
            ++violations;
            lastViolation = what;
        }
    }

    /// @dev A quarter of the actions keep the same second; the rest move time by 1 s up to ~1 day, spread over
    /// magnitudes (seconds, minutes, hours).
    function _advance(uint256 jump) internal {
        if (jump % 4 == 0) return;
        vm.warp(block.timestamp + _bound(jump >> 8, 1, 10 ** (1 + (jump >> 4) % 5)));
    }

    modifier instrumented(string memory action, uint256 jump) {
        _advance(jump);
        ++calls[action];
        _;
    }

    function _pickIn(uint256 seed, uint8 status) internal view returns (uint256 id, bool found) {
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            id = leaseIds[(seed % n + i) % n];
            if (_models[id].status == status) return (id, true);
        }
        return (0, false);
    }

    function _actor(uint256 seed) internal view returns (address) {
        uint256 n = renters.length + providers.length + 1;
        uint256 i = seed % n;
        if (i < renters.length) return renters[i];
        if (i < renters.length + providers.length) return providers[i - renters.length];
        return adversary;
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    function _max(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a : b;
    }

    function _fee(uint256 amount, uint16 bps) internal pure returns (uint256) {
        return amount * bps / BPS;
    }

    function _withFee(uint256 amount, uint16 bps) internal pure returns (uint256) {
        return amount + amount * bps / BPS;
    }

    function _balance(uint8 t, address who) internal view returns (uint256) {
        return tokens[t].balanceOf(who);
    }

    /// @dev Sends `amount` of `who`'s token `t` away (an unused top-up), through a low-level call so tokens whose
    /// transfer returns nothing work too.
    function _drop(address who, uint8 t, uint256 amount) internal {
        vm.prank(who);
        (bool ok,) = address(tokens[t]).call(abi.encodeCall(IERC20.transfer, (address(0xdead), amount)));
        _check(ok, "drop an unused top-up");
    }

    function _keyOf(address provider) internal view returns (uint256) {
        for (uint256 i; i < providers.length; ++i) {
            if (providers[i] == provider) return _providerKeys[i];
        }
        revert("unknown provider");
    }

    function _keys(uint256 n) internal view returns (uint256[] memory keys) {
        keys = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            keys[i] = _inspectorKeys[i];
        }
    }

    function _nextAttestationId() internal returns (bytes32) {
        return keccak256(abi.encode("handler attestation", ++_attestations));
    }

    function _priceFresh() internal view returns (bool) {
        uint64 observedAt = oracle.observedAt();
        return observedAt != 0 && block.timestamp - observedAt <= oracle.maxAge();
    }

    /// @dev Posts a GRID price of a magnitude picked by the seed ($1e-3 .. $9e3 per GRID).
    function _postPrice(uint256 seed) internal {
        if (oracle.observedAt() >= block.timestamp) return;
        uint256 price = _bound(seed, 1, 9) * 10 ** _bound(seed >> 8, 15, 21);
        uint64 observedAt = uint64(block.timestamp);
        bytes32 id = _nextAttestationId();
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(oracle),
            Attestations.KIND_GRID_PRICE,
            id,
            Attestations.gridPriceHash(price, observedAt),
            _keys(2)
        );
        oracle.postPrice(price, observedAt, id, sigs);
    }

    function _gridRate(uint256 usdWad) internal view returns (uint256) {
        (uint256 price,) = oracle.gridUsdPrice();
        return (usdWad * 1e30 + price - 1) / price;
    }

    /// @dev GPUs of `machine` held by model leases that have not ended.
    function _held(bytes32 machine) internal view returns (uint256 held) {
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            Model storage m = _models[leaseIds[i]];
            if (m.machine == machine && m.status == OPEN && m.end > block.timestamp) held += m.gpus;
        }
    }

    // ================================================================ model

    /// @dev pay(t) from the model's segments: the last segment starting at or before t.
    function _pay(uint256 id, uint256 t) internal view returns (uint256) {
        uint256[] storage starts = _segStart[id];
        uint256 k = starts.length - 1;
        while (starts[k] > t) --k;
        uint256 dt = t - starts[k];
        return _segBase[id][k] + (_segRate[id][k] * dt + SCALE - 1) / SCALE;
    }

    /// @dev Closes a model lease billed until `billed`, stopped at `stopped`; returns the refund.
    function _modelClose(uint256 id, uint256 billed, uint256 stopped, bool creditRenter)
        internal
        returns (uint256 refund)
    {
        Model storage m = _models[id];
        refund = m.deposited - _withFee(_pay(id, billed), m.feeBps);
        // casting to 'uint64' is safe: lease times are block times
        // forge-lint: disable-next-line(unsafe-typecast)
        m.end = uint64(billed);
        // forge-lint: disable-next-line(unsafe-typecast)
        m.stoppedAt = uint64(stopped);
        m.status = CLOSED;
        m.refunded += refund;
        refunds[m.token] += refund;
        if (creditRenter) credit[m.renter][m.token] += refund;
    }

    /// @dev The escrow's settle: an open lease past its end closes there; a closed one past its window pays.
    function _modelSettle(uint256 id) internal {
        Model storage m = _models[id];
        if (m.status == OPEN && block.timestamp >= m.end) {
            uint256 refund = _modelClose(id, m.end, m.end, true);
            _check(refund == 0, "a lease that ran to its end refunds nothing");
            ++calls["settle: closed at the end"];
        }
        if (m.status == CLOSED && block.timestamp > uint256(m.stoppedAt) + window) {
            uint256 payout = _pay(id, m.end);
            uint256 fee = _fee(payout, m.feeBps);
            m.paid = payout;
            m.fee = fee;
            m.status = SETTLED;
            credit[m.provider][m.token] += payout;
            paid[m.token] += payout;
            fees[m.token] += fee;
            ++calls["settle: paid after the window"];
        }
    }

    // ================================================================ opening

    /// @notice Renters open one to three leases: from a fresh quote (sometimes single-use, renter-bound or with a
    /// minimum) or by reusing a quote already opened. Machines whose verification expired must refuse, and are
    /// sometimes re-verified first.
    function openLease(
        uint256 renterSeed,
        uint256 machineSeed,
        uint256 rateSeed,
        uint256 durationSeed,
        uint256 tokenSeed,
        uint256 jump
    ) external instrumented("openLease", jump) {
        uint256 count = 1 + renterSeed % 3;
        for (uint256 i; i < count; ++i) {
            _openOne(
                renterSeed >> (8 * i),
                uint256(keccak256(abi.encode(machineSeed, i))),
                uint256(keccak256(abi.encode(rateSeed, i))),
                uint256(keccak256(abi.encode(durationSeed, i))),
                uint256(keccak256(abi.encode(tokenSeed, i)))
            );
        }
        _succeeded();
    }

    function _openOne(
        uint256 renterSeed,
        uint256 machineSeed,
        uint256 rateSeed,
        uint256 durationSeed,
        uint256 tokenSeed
    ) internal returns (uint256 id) {
        if (leaseIds.length >= MAX_LEASES) return 0;
        address renter = renters[renterSeed % renters.length];
        uint8 t = tokenSeed % 2 == 0 ? USD : GRID;
        if (t == GRID && (!_priceFresh() || (tokenSeed >> 8) % 5 == 0)) _postPrice(tokenSeed >> 16);
        StoredQuote memory sq;
        uint64 duration;
        if (_quotes.length != 0 && rateSeed % 4 == 0) {
            // Reuse a quote already opened by someone: quotes are reusable.
            sq = _quotes[(rateSeed >> 8) % _quotes.length];
            if (sq.q.expiry < block.timestamp || sq.used) return 0;
            if (sq.q.renter != address(0)) renter = sq.q.renter;
            duration =
                uint64(_bound(durationSeed, sq.q.minDuration == 0 ? 1 : sq.q.minDuration, sq.q.maxDuration));
            ++calls["open: reused quote"];
        } else {
            (sq, duration) = _newQuote(machineSeed, rateSeed, durationSeed, renterSeed, renter);
        }
        bytes32 machine = sq.q.machineId;
        if (verifiedUntil[machine] <= block.timestamp && machineSeed % 2 == 0) _verify(machine, machineSeed);
        return _openWith(renter, sq, duration, t);
    }

    function _newQuote(
        uint256 machineSeed,
        uint256 rateSeed,
        uint256 durationSeed,
        uint256 kindSeed,
        address renter
    ) internal returns (StoredQuote memory sq, uint64 duration) {
        bytes32 machine = machines[machineSeed % machines.length];
        ILeaseEscrow.Quote memory q;
        q.provider = machineOwner[machine];
        q.machineId = machine;
        // Mostly one or two GPUs; sometimes all eight.
        q.gpuCount = (machineSeed >> 16) % 8 == 0 ? MACHINE_GPUS : uint32(1 + (machineSeed >> 8) % 2);
        // 1e-12 USD/s up to 1 USD/s, spread over magnitudes (the wad of 0.01 USD/GPU-h is 2.8e12).
        q.usdPerSecondWad = _bound(rateSeed, 1, 10 ** ((rateSeed >> 128) % 19));
        // 1 s up to ~11 days, spread over magnitudes.
        duration = uint64(_bound(durationSeed, 1, 10 ** (1 + (durationSeed >> 128) % 6)));
        q.minDuration = (kindSeed >> 24) % 3 == 0 ? uint64(_bound(durationSeed >> 32, 1, duration)) : 0;
        q.maxDuration = duration + uint64(_bound(durationSeed >> 64, 0, 10 days));
        q.expiry = uint64(block.timestamp + 2 days);
        q.nonce = _nextNonce[q.provider]++;
        q.singleUse = (kindSeed >> 28) % 8 == 0;
        if ((kindSeed >> 32) % 8 == 0) q.renter = renter;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(_keyOf(q.provider), escrow.quoteDigest(q));
        sq = StoredQuote(q, abi.encodePacked(r, s, v), false);
        _quotes.push(sq);
    }

    function _openWith(address renter, StoredQuote memory sq, uint64 duration, uint8 t)
        internal
        returns (uint256 id)
    {
        ILeaseEscrow.Quote memory q = sq.q;
        ILeaseEscrow.PayToken pt = ILeaseEscrow.PayToken(t);
        if (t == GRID && !_priceFresh()) return 0;
        (uint256 rate, uint256 deposit) = escrow.previewOpen(q, duration, pt);
        if (rate > type(uint128).max || deposit > 1e30) return 0;
        if (t == USD) {
            IMintable(address(tokens[USD])).mint(renter, deposit);
        } else if (_balance(GRID, renter) < deposit) {
            if (_balance(GRID, gridTreasury) < deposit) return 0;
            vm.prank(gridTreasury);
            _check(tokens[GRID].transfer(renter, deposit), "GRID top-up");
        }
        _check(
            rate == (t == USD ? q.usdPerSecondWad : _gridRate(q.usdPerSecondWad)),
            "rate = priced from the quote"
        );
        bool shouldWork =
            verifiedUntil[q.machineId] > block.timestamp && _held(q.machineId) + q.gpuCount <= MACHINE_GPUS;
        bool ok;
        (ok, id) = _callOpen(renter, sq, duration, t, deposit);
        if (!ok) {
            _check(
                !shouldWork,
                string.concat("an open the model expects to work failed: ", vm.toString(_lastRevert))
            );
            if (verifiedUntil[q.machineId] <= block.timestamp) ++calls["open refused: verification expired"];
            if (t == USD) {
                // Give the minted deposit back to the mint's void: keep the renter's balance out of the ghosts.
                _drop(renter, USD, deposit);
            }
            return 0;
        }
        _check(shouldWork, "an open the model expects to fail worked");
        ++calls[t == USD ? "open: USD" : "open: GRID"];
        _recordOpen(id, renter, q, duration, t, rate, deposit);
        if (q.singleUse) _markUsed(q);
    }

    /// @dev Opens `sq` as `renter`; on success checks that exactly `deposit` was pulled.
    function _callOpen(address renter, StoredQuote memory sq, uint64 duration, uint8 t, uint256 deposit)
        internal
        returns (bool ok, uint256 id)
    {
        uint256 before = _balance(t, renter);
        vm.prank(renter);
        bytes memory ret;
        (ok, ret) = address(escrow)
            .call(
                abi.encodeCall(
                    escrow.openLease,
                    (sq.q, sq.sig, duration, ILeaseEscrow.PayToken(t), deposit, bytes32(0), "")
                )
            );
        if (!ok) {
            _lastRevert = ret;
            return (false, 0);
        }
        id = abi.decode(ret, (uint256));
        _check(before - _balance(t, renter) == deposit, "open pulls exactly the previewed deposit");
    }

    function _recordOpen(
        uint256 id,
        address renter,
        ILeaseEscrow.Quote memory q,
        uint64 duration,
        uint8 t,
        uint256 rate,
        uint256 deposit
    ) internal {
        Model storage m = _models[id];
        m.renter = renter;
        m.provider = q.provider;
        m.machine = q.machineId;
        m.gpus = q.gpuCount;
        m.token = t;
        m.feeBps = t == USD ? escrow.usdFeeBps() : escrow.gridFeeBps();
        m.status = OPEN;
        m.start = uint64(block.timestamp);
        m.end = uint64(block.timestamp) + duration;
        m.minEnd = uint64(block.timestamp) + q.minDuration;
        m.maxEnd = uint64(_min(block.timestamp + q.maxDuration, type(uint32).max));
        m.usdWad = q.usdPerSecondWad;
        _segStart[id].push(block.timestamp);
        _segBase[id].push(0);
        _segRate[id].push(rate);
        m.deposited = deposit;
        _check(deposit == _withFee(_pay(id, m.end), m.feeBps), "deposit = pay(end) + fee");
        deposits[t] += deposit;
        leaseIds.push(id);
    }

    function _markUsed(ILeaseEscrow.Quote memory q) internal {
        for (uint256 i; i < _quotes.length; ++i) {
            if (_quotes[i].q.provider == q.provider && _quotes[i].q.nonce == q.nonce) _quotes[i].used = true;
        }
    }

    /// @dev Some open lease, opening one first when there is none (so every lease action can run).
    function _anOpenLease(uint256 seed) internal returns (uint256 id, bool found) {
        (id, found) = _pickIn(seed, OPEN);
        if (found) return (id, true);
        return _openFresh(seed, USD);
    }

    /// @dev Opens a plain lease (one GPU, 1 to 25 hours, extendable to 3 days) on the first machine from the seed
    /// that has a GPU free, verifying the machine first if needed.
    function _openFresh(uint256 seed, uint8 t) internal returns (uint256 id, bool found) {
        if (t == GRID && !_priceFresh()) _postPrice(seed >> 32);
        for (uint256 i; i < 6 && !found; ++i) {
            bytes32 machine = machines[(seed % machines.length + i) % machines.length];
            if (verifiedUntil[machine] <= block.timestamp) _verify(machine, seed >> 1);
            (StoredQuote memory sq,) =
                _newQuote(seed >> 2, uint256(keccak256(abi.encode(seed, "rate"))), 1 days + i, 0, renters[0]);
            uint64 duration = uint64(1 hours + seed % 1 days); // forge-lint: disable-line(unsafe-typecast)
            sq.q.machineId = machine;
            sq.q.provider = machineOwner[machine];
            sq.q.nonce = _nextNonce[sq.q.provider]++;
            sq.q.singleUse = false;
            sq.q.renter = address(0);
            sq.q.minDuration = 0;
            sq.q.maxDuration = 3 days;
            sq.q.gpuCount = 1;
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(_keyOf(sq.q.provider), escrow.quoteDigest(sq.q));
            sq.sig = abi.encodePacked(r, s, v);
            id = _openWith(renters[seed % renters.length], sq, duration, t);
            found = id != 0;
        }
    }

    /// @dev An open lease whose dispute window has not passed: open leases long past their end are settled
    /// (closed at their end) on the way, and a fresh lease is opened when none is left.
    function _aDisputableOpenLease(uint256 seed) internal returns (uint256 id, bool found) {
        for (uint256 tries; tries < 8; ++tries) {
            (id, found) = _anOpenLease(uint256(keccak256(abi.encode(seed, tries))));
            if (!found) return (0, false);
            if (block.timestamp <= uint256(_models[id].end) + window) return (id, true);
            escrow.settle(id);
            _modelSettle(id);
        }
        return (0, false);
    }

    // ================================================================ verification

    /// @dev Attests and records a fresh verification of `machine` (new GPU identities each time) for 1 hour to
    /// 3 days; time passing then expires it.
    function _verify(bytes32 machine, uint256 seed) internal {
        uint256 n = ++_verifications[machine];
        bytes32[] memory ids = new bytes32[](MACHINE_GPUS);
        for (uint256 i; i < MACHINE_GPUS; ++i) {
            ids[i] = keccak256(abi.encode("GPU", machine, n, i));
        }
        for (uint256 i = 1; i < MACHINE_GPUS; ++i) {
            bytes32 x = ids[i];
            uint256 j = i;
            while (j > 0 && ids[j - 1] > x) {
                ids[j] = ids[j - 1];
                --j;
            }
            ids[j] = x;
        }
        INodeRegistry.Machine memory mm = registry.machine(machine);
        uint64 verifiedAt = uint64(block.timestamp);
        if (verifiedAt <= mm.verifiedAt) {
            vm.warp(uint256(mm.verifiedAt) + 1);
            verifiedAt = uint64(block.timestamp);
        }
        uint64 expiresAt = verifiedAt + uint64(_bound(seed, 1 hours, 3 days));
        bytes32 id = _nextAttestationId();
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(registry),
            Attestations.KIND_HARDWARE_VERIFICATION,
            id,
            Attestations.hardwareVerificationHash(
                machine, mm.gpuClass, MACHINE_GPUS, ids, verifiedAt, expiresAt
            ),
            _keys(2)
        );
        registry.verifyMachine(
            INodeRegistry.Verification(machine, mm.gpuClass, MACHINE_GPUS, ids, verifiedAt, expiresAt),
            id,
            sigs
        );
        verifiedUntil[machine] = expiresAt;
    }

    /// @notice The quorum re-verifies a machine (or, half the time when it already holds a verification, time
    /// runs past its expiry so the next rentals of it must be refused).
    function verifyMachine(uint256 machineSeed, uint256 seed, uint256 jump)
        external
        instrumented("verifyMachine", jump)
    {
        bytes32 machine = machines[machineSeed % machines.length];
        if (verifiedUntil[machine] > block.timestamp && seed % 2 == 0) {
            vm.warp(verifiedUntil[machine]);
            ++calls["verification expired"];
            _check(!registry.isRentable(machine), "an expired verification still rents");
        }
        _verify(machine, seed);
        _check(registry.isRentable(machine), "a verified machine rents");
        _succeeded();
    }

    // ================================================================ lease actions

    /// @notice Anyone (the adversary included) settles a lease, in any state.
    function settle(uint256 leaseSeed, uint256 callerSeed, uint256 jump)
        external
        instrumented("settle", jump)
    {
        uint256 n = leaseIds.length;
        if (n == 0) {
            (uint256 opened, bool ok) = _anOpenLease(leaseSeed);
            if (!ok) return;
            leaseSeed = opened;
            n = leaseIds.length;
        }
        uint256 id = leaseIds[leaseSeed % n];
        uint256 creditBefore = escrow.withdrawable(_models[id].provider, tokens[_models[id].token]);
        vm.prank(_actor(callerSeed));
        escrow.settle(id);
        uint256 expectedCredit = credit[_models[id].provider][_models[id].token];
        _modelSettle(id);
        uint256 delta = credit[_models[id].provider][_models[id].token] - expectedCredit;
        _check(
            escrow.withdrawable(_models[id].provider, tokens[_models[id].token]) == creditBefore + delta,
            "settle credits exactly what the model pays"
        );
        _succeeded();
    }

    /// @notice A keeper settles up to six leases at once, duplicates and every state included.
    function settleMany(uint256 seed, uint256 count, uint256 jump) external instrumented("settleMany", jump) {
        uint256 n = leaseIds.length;
        if (n == 0) return;
        uint256[] memory ids = new uint256[](_bound(count, 1, 6));
        for (uint256 i; i < ids.length; ++i) {
            ids[i] = leaseIds[uint256(keccak256(abi.encode(seed, i))) % n];
        }
        vm.prank(_actor(seed));
        escrow.settleMany(ids);
        for (uint256 i; i < ids.length; ++i) {
            _modelSettle(ids[i]);
        }
        _succeeded();
    }

    /// @notice The renter extends an open lease within its quote's maximum; a GRID lease pays the extension at the
    /// current rate (a new segment when it changed).
    function extend(uint256 leaseSeed, uint256 extraSeed, uint256 jump)
        external
        instrumented("extend", jump)
    {
        (uint256 id, bool found) = _anExtendableLease(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        if (m.token == GRID && !_priceFresh()) _postPrice(extraSeed >> 16);
        if (m.token == GRID && extraSeed % 3 == 0) _postPrice(extraSeed >> 24); // a move since the open
        uint64 extra = uint64(_bound(extraSeed, 1, m.maxEnd - m.end));
        _extendModelled(id, extra);
        _succeeded();
    }

    /// @dev An open lease that has not ended and can run longer; a fresh one when there is none.
    /// @dev Half the time only GRID leases qualify (so repriced extensions are common).
    function _anExtendableLease(uint256 seed) internal returns (uint256 id, bool found) {
        uint8 t = (seed >> 128) % 2 == 0 ? GRID : USD;
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            id = leaseIds[(seed % n + i) % n];
            Model storage m = _models[id];
            if (t == GRID && m.token != GRID) continue;
            if (m.status == OPEN && block.timestamp < m.end && m.end < m.maxEnd) return (id, true);
        }
        return _openFresh(seed, t);
    }

    function _extendModelled(uint256 id, uint64 extra) internal {
        Model storage m = _models[id];
        uint256 oldP = _pay(id, m.end);
        uint256 rate = m.token == USD ? _segRate[id][0] : _gridRate(m.usdWad);
        bool reprice = rate != _segRate[id][_segRate[id].length - 1];
        // A repriced extension starts a segment at the old end; otherwise the last segment runs on.
        uint256 newP =
            reprice ? oldP + (rate * extra + SCALE - 1) / SCALE : _payExtended(id, uint256(m.end) + extra);
        uint256 deposit = _withFee(newP, m.feeBps) - _withFee(oldP, m.feeBps);
        if (m.token == USD) {
            IMintable(address(tokens[USD])).mint(m.renter, deposit);
        } else if (_balance(GRID, m.renter) < deposit) {
            vm.prank(gridTreasury);
            _check(tokens[GRID].transfer(m.renter, deposit), "GRID top-up");
        }
        bool shouldWork = verifiedUntil[m.machine] > block.timestamp;
        uint256 before = _balance(m.token, m.renter);
        vm.prank(m.renter);
        (bool ok,) = address(escrow).call(abi.encodeCall(escrow.extend, (id, extra, deposit, "")));
        if (!ok) {
            _check(!shouldWork, "an extension the model expects to work failed");
            ++calls["extend refused: verification expired"];
            _drop(m.renter, m.token, deposit);
            return;
        }
        _check(shouldWork, "an extension of an unverified machine worked");
        _check(before - _balance(m.token, m.renter) == deposit, "extend pulls exactly the deposit delta");
        if (reprice) {
            _segStart[id].push(m.end);
            _segBase[id].push(oldP);
            _segRate[id].push(rate);
            ++calls["extend: repriced"];
        }
        m.end += extra;
        m.deposited += deposit;
        deposits[m.token] += deposit;
    }

    /// @dev pay(t) for a t past the prepaid end within the last segment (the same rate continues).
    function _payExtended(uint256 id, uint256 t) internal view returns (uint256) {
        uint256 k = _segStart[id].length - 1;
        return _segBase[id][k] + (_segRate[id][k] * (t - _segStart[id][k]) + SCALE - 1) / SCALE;
    }

    /// @notice The renter closes: billed until max(now, its minimum), capped at the end; refund transferred.
    function closeLease(uint256 leaseSeed, uint256 jump) external instrumented("closeLease", jump) {
        (uint256 id, bool found) = _anOpenLease(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        uint256 before = _balance(m.token, m.renter);
        uint256 creditBefore = escrow.withdrawable(m.renter, tokens[m.token]);
        vm.prank(m.renter);
        escrow.closeLease(id);
        uint256 stopped = _min(block.timestamp, m.end);
        uint256 refund = _modelClose(id, _max(stopped, m.minEnd), stopped, false);
        _check(_balance(m.token, m.renter) - before == refund, "renter close transfers the refund");
        _check(escrow.withdrawable(m.renter, tokens[m.token]) == creditBefore, "renter close credits nothing");
        withdrawn[m.token] += refund; // left the escrow already
        _checkState(id);
        _succeeded();
    }

    /// @notice The provider ends early: billed until now, refund credited to the renter.
    function endLease(uint256 leaseSeed, uint256 jump) external instrumented("endLease", jump) {
        (uint256 id, bool found) = _anOpenLease(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        vm.prank(m.provider);
        escrow.endLease(id);
        uint256 stopped = _min(block.timestamp, m.end);
        _modelClose(id, stopped, stopped, true);
        _checkState(id);
        _succeeded();
    }

    /// @notice The inspectors attest a breach of an open lease from some moment of it (possibly before it began).
    function breach(uint256 leaseSeed, uint256 downSeed, uint256 jump) external instrumented("breach", jump) {
        (uint256 id, bool found) = _aDisputableOpenLease(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        uint256 stopped = _min(block.timestamp, m.end);
        if (stopped == m.start) {
            vm.warp(block.timestamp + 1); // a breach needs a moment before the lease stopped
            stopped = _min(block.timestamp, m.end);
        }
        if (block.timestamp > uint256(m.end) + window) return; // ended long ago: the window is over
        uint256 earliest = m.start > 1 hours ? m.start - 1 hours : 0;
        uint64 downSince = uint64(_bound(downSeed, earliest, stopped - 1));
        _submitBreach(id, downSince, downSeed);
        uint256 refund = _modelClose(id, _max(downSince, m.start), stopped, true);
        m.breached = true;
        m.downSince = downSince;
        ++calls["breach: open lease"];
        _check(
            refund + _withFee(_pay(id, m.end), m.feeBps) == m.deposited, "breach splits the deposit exactly"
        );
        _checkState(id);
        _succeeded();
    }

    /// @notice Disputes after close: a breach of a closed lease (however it closed) within the dispute window
    /// bills it less and refunds the difference; one after the window, or billing nothing less, must fail.
    function breachAfterClose(uint256 leaseSeed, uint256 downSeed, uint256 jump)
        external
        instrumented("breachAfterClose", jump)
    {
        (uint256 id, bool found) = _pickIn(leaseSeed, CLOSED);
        if (!found || _models[id].stoppedAt == _models[id].start) {
            // A closed lease to dispute: open one and let its provider end it a while later.
            (id, found) = _anOpenLease(leaseSeed);
            if (!found) return;
            vm.warp(block.timestamp + 1 + downSeed % 1 hours);
            uint256 stopped = _min(block.timestamp, _models[id].end);
            vm.prank(_models[id].provider);
            escrow.endLease(id);
            _modelClose(id, stopped, stopped, true);
        }
        uint64 stoppedAt = _models[id].stoppedAt;
        uint256 earliest = _models[id].start > 1 hours ? _models[id].start - 1 hours : 0;
        _tryBreachClosed(id, uint64(_bound(downSeed, earliest, uint256(stoppedAt) - 1)), downSeed >> 128);
        _checkState(id);
        _succeeded();
    }

    /// @dev Submits a breach of closed lease `id` from `downSince` and checks the outcome against the model: it
    /// must land exactly when it is within the window and bills less.
    function _tryBreachClosed(uint256 id, uint64 downSince, uint256 callerSeed) internal {
        Model storage m = _models[id];
        bool inWindow = block.timestamp <= uint256(m.stoppedAt) + window;
        uint256 billed = _max(downSince, m.start);
        bytes32 attId = _nextAttestationId();
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(escrow),
            Attestations.KIND_BREACH,
            attId,
            Attestations.breachHash(id, downSince),
            _keys(2)
        );
        vm.prank(_actor(callerSeed));
        (bool ok,) = address(escrow).call(abi.encodeCall(escrow.breach, (id, downSince, attId, sigs)));
        _check(ok == (inWindow && billed < m.end), "a breach after close landed against the model");
        if (!ok) {
            ++calls[inWindow ? "breach refused: bills nothing less" : "breach refused: window over"];
            return;
        }
        uint256 extra = _withFee(_pay(id, m.end), m.feeBps) - _withFee(_pay(id, billed), m.feeBps);
        // casting to 'uint64' is safe: lease times are block times
        // forge-lint: disable-next-line(unsafe-typecast)
        m.end = uint64(billed);
        m.refunded += extra;
        refunds[m.token] += extra;
        credit[m.renter][m.token] += extra;
        if (!m.breached || downSince < m.downSince) m.downSince = downSince;
        m.breached = true;
        ++calls["breach: after close"];
    }

    function _submitBreach(uint256 id, uint64 downSince, uint256 seed) internal {
        bytes32 attId = _nextAttestationId();
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(escrow),
            Attestations.KIND_BREACH,
            attId,
            Attestations.breachHash(id, downSince),
            _keys(2)
        );
        vm.prank(_actor(seed >> 128));
        escrow.breach(id, downSince, attId, sigs);
    }

    /// @dev The escrow's view of a lease equals the model's.
    function _checkState(uint256 id) internal {
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        Model storage m = _models[id];
        _check(uint8(l.status) == m.status, "status = model");
        _check(l.endsAt == m.end, "billed/prepaid end = model");
        if (m.status != OPEN) _check(l.closedAt == m.stoppedAt, "stopped at the model's time");
        _check(m.deposited >= m.refunded, "never refunds more than the deposit");
    }

    /// @notice Any account withdraws its credit; with none, the call must revert.
    function withdraw(uint256 actorSeed, uint256 tokenSeed, uint256 jump)
        external
        instrumented("withdraw", jump)
    {
        address who = _actor(actorSeed);
        uint8 t = tokenSeed % 2 == 0 ? USD : GRID;
        uint256 expected = credit[who][t];
        uint256 before = _balance(t, who);
        vm.prank(who);
        (bool ok,) = address(escrow).call(abi.encodeCall(escrow.withdraw, (tokens[t])));
        _check(ok == (expected != 0), "withdraw works exactly when there is a credit");
        if (ok) {
            _check(_balance(t, who) - before == expected, "withdraw pays exactly the credit");
            credit[who][t] = 0;
            withdrawn[t] += expected;
        }
        _succeeded();
    }

    /// @notice Anyone sends the accrued fees to the treasury; with none, the call must revert.
    function collectFees(uint256 tokenSeed, uint256 jump) external instrumented("collectFees", jump) {
        uint8 t = tokenSeed % 2 == 0 ? USD : GRID;
        uint256 expected = fees[t] - collected[t];
        uint256 before = _balance(t, treasury);
        vm.prank(_actor(tokenSeed >> 8));
        (bool ok,) = address(escrow).call(abi.encodeCall(escrow.collectFees, (tokens[t])));
        _check(ok == (expected != 0), "collect works exactly when fees accrued");
        if (ok) {
            _check(_balance(t, treasury) - before == expected, "collectFees sends the accrued fees");
            collected[t] += expected;
        }
        _succeeded();
    }

    /// @notice The quorum posts a new GRID price (magnitudes from $1e-3 to $9e3).
    function postPrice(uint256 seed, uint256 jump) external instrumented("postPrice", jump) {
        if (oracle.observedAt() >= block.timestamp) vm.warp(block.timestamp + 1);
        _postPrice(seed);
        _succeeded();
    }

    /// @notice The adversary acts on others' leases, balances and quotes; every attempt must fail.
    function adversary_(uint256 leaseSeed, uint256 actionSeed, uint256 jump)
        external
        instrumented("adversary", jump)
    {
        (uint256 id, bool found) = _anOpenLease(leaseSeed);
        if (!found) return;
        (bytes memory data, bool skip) = _adversaryCall(id, actionSeed);
        if (skip) return;
        vm.prank(adversary);
        (bool ok,) = address(escrow).call(data);
        _check(!ok, "an adversary call succeeded");
        _succeeded();
    }

    function _adversaryCall(uint256 id, uint256 actionSeed) internal returns (bytes memory data, bool skip) {
        uint256 action = actionSeed % 8;
        if (action == 0) return (abi.encodeCall(escrow.closeLease, (id)), false);
        if (action == 1) return (abi.encodeCall(escrow.endLease, (id)), false);
        if (action == 2) return (abi.encodeCall(escrow.extend, (id, 1, type(uint256).max, "")), false);
        // A breach with one signature (below the threshold).
        if (action == 3) return (_breachCall(id, id, 1), false);
        // A valid 2-of-3 breach attestation for another lease id.
        if (action == 4) return (_breachCall(id, id + 1000, 2), false);
        if (action == 5 || action == 6) {
            // Reopen a used single-use quote, or open a quote bound to another renter.
            for (uint256 i; i < _quotes.length; ++i) {
                StoredQuote memory c = _quotes[(actionSeed % _quotes.length + i) % _quotes.length];
                if (action == 5 ? c.used : c.q.renter != address(0)) {
                    return (
                        abi.encodeCall(
                            escrow.openLease,
                            (
                                c.q,
                                c.sig,
                                c.q.maxDuration,
                                ILeaseEscrow.PayToken.USD,
                                type(uint256).max,
                                bytes32(0),
                                ""
                            )
                        ),
                        false
                    );
                }
            }
        }
        uint8 t = actionSeed % 2 == 0 ? USD : GRID;
        return (abi.encodeCall(escrow.withdraw, (tokens[t])), credit[adversary][t] != 0);
    }

    /// @dev A breach call for lease `id` from its start with `keys` signatures over the payload of `signedId`.
    function _breachCall(uint256 id, uint256 signedId, uint256 keys) internal returns (bytes memory) {
        uint64 downSince = _models[id].start;
        bytes32 attId = _nextAttestationId();
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(escrow),
            Attestations.KIND_BREACH,
            attId,
            Attestations.breachHash(signedId, downSince),
            _keys(keys)
        );
        return abi.encodeCall(escrow.breach, (id, downSince, attId, sigs));
    }

    // ================================================================ closing everything (afterInvariant)

    /// @notice Settles every lease past its end and its window, withdraws every credit and collects the fees.
    function drain() external {
        uint256 last = block.timestamp;
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            Model storage m = _models[leaseIds[i]];
            if (m.status == OPEN && m.end > last) last = m.end;
        }
        vm.warp(last + window + 1);
        for (uint256 i; i < n; ++i) {
            uint256 id = leaseIds[i];
            if (_models[id].status == SETTLED) continue;
            escrow.settle(id);
            _modelSettle(id);
            _check(_models[id].status == SETTLED, "everything settles after its window");
        }
        uint256 actors = renters.length + providers.length + 1;
        for (uint256 i; i < actors; ++i) {
            address who = _actor(i);
            for (uint8 t; t < 2; ++t) {
                uint256 amount = credit[who][t];
                if (amount == 0) continue;
                vm.prank(who);
                escrow.withdraw(tokens[t]);
                credit[who][t] = 0;
                withdrawn[t] += amount;
            }
        }
        for (uint8 t; t < 2; ++t) {
            uint256 pending = fees[t] - collected[t];
            if (pending == 0) continue;
            escrow.collectFees(tokens[t]);
            collected[t] += pending;
        }
    }

    // ================================================================ views for the invariants

    function leaseCount() external view returns (uint256) {
        return leaseIds.length;
    }

    function modelTerms(uint256 id)
        external
        view
        returns (uint8 status, uint8 token, uint16 feeBps, bytes32 machine, uint32 gpus, address renter)
    {
        Model storage m = _models[id];
        return (m.status, m.token, m.feeBps, m.machine, m.gpus, m.renter);
    }

    function modelTimes(uint256 id)
        external
        view
        returns (uint64 start, uint64 end, uint64 stoppedAt, uint64 minEnd)
    {
        Model storage m = _models[id];
        return (m.start, m.end, m.stoppedAt, m.minEnd);
    }

    function modelAmounts(uint256 id)
        external
        view
        returns (uint256 deposited, uint256 refunded, uint256 paidNet, uint256 fee)
    {
        Model storage m = _models[id];
        return (m.deposited, m.refunded, m.paid, m.fee);
    }

    function modelBreach(uint256 id) external view returns (bool breached, uint64 downSince) {
        return (_models[id].breached, _models[id].downSince);
    }

    /// @notice pay(t) by the model's segments.
    function modelPay(uint256 id, uint256 t) external view returns (uint256) {
        return _pay(id, t);
    }

    /// @notice The model's segments of a lease (the first starts at the open, at the opening rate).
    function modelSegments(uint256 id)
        external
        view
        returns (uint256[] memory starts, uint256[] memory bases, uint256[] memory rates)
    {
        return (_segStart[id], _segBase[id], _segRate[id]);
    }

    function modelHeld(bytes32 machine) external view returns (uint256) {
        return _held(machine);
    }

    function actorCount() external view returns (uint256) {
        return renters.length + providers.length + 1;
    }

    function actor(uint256 i) external view returns (address) {
        return _actor(i);
    }

    function machineCount() external view returns (uint256) {
        return machines.length;
    }
}
