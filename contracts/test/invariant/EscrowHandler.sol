// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Vm} from "../utils/Vm.sol";
import {QuorumHelper} from "../utils/QuorumHelper.sol";
import {IMintable} from "../utils/EscrowFixture.sol";
import {LeaseEscrow} from "../../src/LeaseEscrow.sol";
import {ILeaseEscrow} from "../../src/interfaces/ILeaseEscrow.sol";
import {Staking} from "../../src/Staking.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {AttestationQuorum} from "../../src/AttestationQuorum.sol";
import {GridPriceOracle} from "../../src/GridPriceOracle.sol";
import {Attestations} from "../../src/Attestations.sol";

/// @notice Drives the escrow for the invariant suite with renters, providers and an adversary, time warps and
/// GRID price moves, and keeps a reference model of every lease and every balance, computed from the
/// specification (not read back from the escrow): per lease its deposit, settled time, net pay, fee and refund;
/// per account and token the credit it should be able to withdraw; per token the ghost totals. Anything the
/// escrow does that the model did not expect (a wrong transfer, an adversary call that succeeds, a settle
/// that pays the wrong amount) is counted in `violations`, which an invariant requires to stay zero. The model's
/// `settledAt` only moves forward; the invariants compare the escrow's to it after every call.
contract EscrowHandler {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint8 internal constant USD = 0;
    uint8 internal constant GRID = 1;
    uint256 internal constant MAX_LEASES = 48;
    uint256 internal constant BPS = 10_000;

    struct Model {
        address renter;
        address provider;
        bytes32 machine;
        uint32 gpus;
        uint8 token;
        uint16 feeBps;
        bool open;
        uint64 start;
        uint64 end; // the close time once closed
        uint64 maxEnd;
        uint64 settledAt;
        uint256 rate;
        uint256 deposited;
        uint256 paid; // net kept by the provider, after clawbacks
        uint256 fee;
        uint256 refunded;
    }

    LeaseEscrow public immutable escrow;
    Staking public immutable staking;
    AttestationQuorum public immutable quorum;
    GridPriceOracle public immutable oracle;
    IERC20[2] public tokens;
    address public immutable gridTreasury;
    address public immutable treasury;
    address public immutable adversary;

    address[] public renters;
    address[] public providers;
    uint256[] internal _providerKeys;
    bytes32[] public machines;
    mapping(bytes32 machine => address) public machineOwner;
    uint256[] internal _inspectorKeys;

    uint256[] public leaseIds;
    mapping(uint256 leaseId => Model) internal _models;
    mapping(uint256 leaseId => ILeaseEscrow.Quote) internal _quotes;
    mapping(uint256 leaseId => bytes) internal _sigs;
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
    uint256[2] public unrecovered;

    uint256 public violations;
    string public lastViolation;
    mapping(string action => uint256) public calls;
    uint256 private _attestations;

    /// @notice Everything the handler acts with (one struct: twelve parameters are too deep for the decoder).
    struct Setup {
        LeaseEscrow escrow;
        Staking staking;
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
    }

    constructor(Setup memory setup) {
        escrow = setup.escrow;
        staking = setup.staking;
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
        for (uint256 i; i < setup.machines.length; ++i) {
            machineOwner[setup.machines[i]] = setup.staking.machineProvider(setup.machines[i]);
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

    function _pickLease(uint256 seed) internal view returns (uint256 id, bool found) {
        uint256 n = leaseIds.length;
        if (n == 0) return (0, false);
        return (leaseIds[seed % n], true);
    }

    /// @dev An open lease, searching from the seed's position.
    function _pickOpen(uint256 seed) internal view returns (uint256 id, bool found) {
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            id = leaseIds[(seed % n + i) % n];
            if (_models[id].open) return (id, true);
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

    function _fee(uint256 amount, uint16 bps) internal pure returns (uint256) {
        return amount * bps / BPS;
    }

    function _balance(uint8 t, address who) internal view returns (uint256) {
        return tokens[t].balanceOf(who);
    }

    function _attest(uint8 kind, bytes32 id, bytes32 payload, uint256 signers)
        internal
        view
        returns (bytes memory)
    {
        uint256[] memory keys = new uint256[](signers);
        for (uint256 i; i < signers; ++i) {
            keys[i] = _inspectorKeys[i];
        }
        return QuorumHelper.sign(quorum, address(escrow), kind, id, payload, keys);
    }

    function _nextAttestationId() internal returns (bytes32) {
        return keccak256(abi.encode("handler attestation", ++_attestations));
    }

    /// @dev Posts a GRID price of a magnitude picked by the seed ($1e-6 .. $1e4 per GRID).
    function _postPrice(uint256 seed) internal {
        if (oracle.observedAt() >= block.timestamp) return;
        uint256 price = _bound(seed, 1, 9) * 10 ** _bound(seed >> 8, 12, 22);
        uint64 observedAt = uint64(block.timestamp);
        bytes32 id = _nextAttestationId();
        bytes memory sigs = QuorumHelper.sign(
            quorum,
            address(oracle),
            Attestations.KIND_GRID_PRICE,
            id,
            Attestations.gridPriceHash(price, observedAt),
            _keys2()
        );
        oracle.postPrice(price, observedAt, id, sigs);
    }

    function _keys2() internal view returns (uint256[] memory keys) {
        keys = new uint256[](2);
        keys[0] = _inspectorKeys[0];
        keys[1] = _inspectorKeys[1];
    }

    function _priceFresh() internal view returns (bool) {
        uint64 observedAt = oracle.observedAt();
        return observedAt != 0 && block.timestamp - observedAt <= oracle.maxAge();
    }

    // ================================================================ model

    /// @dev The escrow's settle semantics: pay up to min(now, end); close at the end once it has passed.
    function _modelAccrue(Model storage m) internal {
        uint64 until = uint64(_min(block.timestamp, m.end));
        if (until > m.settledAt) {
            uint256 amount = m.rate * (until - m.settledAt);
            credit[m.provider][m.token] += amount;
            m.paid += amount;
            paid[m.token] += amount;
            m.settledAt = until;
        }
    }

    function _modelClose(Model storage m, uint64 closedAt, uint256 fee, bool creditRenter)
        internal
        returns (uint256 refund)
    {
        refund = m.deposited - m.paid - fee;
        m.fee = fee;
        m.refunded = refund;
        m.open = false;
        m.end = closedAt;
        fees[m.token] += fee;
        refunds[m.token] += refund;
        if (creditRenter) credit[m.renter][m.token] += refund;
    }

    function _modelSettle(uint256 id) internal {
        Model storage m = _models[id];
        if (!m.open) return;
        _modelAccrue(m);
        if (block.timestamp >= m.end) {
            ++calls["settle: closed at the end"];
            uint256 refund = _modelClose(m, m.end, _fee(m.rate * (m.end - m.start), m.feeBps), true);
            _check(refund == 0, "a lease that ran to its end refunds nothing");
        }
    }

    modifier instrumented(string memory action, uint256 jump) {
        _advance(jump);
        ++calls[action];
        _;
    }

    // ================================================================ actions

    /// @notice Renters open one to four leases from fresh quotes: any provider machine, 1 unit/s up to 1e12
    /// units/s, 1 s up to ~11 days, USD or GRID.
    function openLease(
        uint256 renterSeed,
        uint256 machineSeed,
        uint256 rateSeed,
        uint256 durationSeed,
        uint256 tokenSeed,
        uint256 jump
    ) external instrumented("openLease", jump) {
        uint256 count = 1 + renterSeed % 4;
        for (uint256 i; i < count; ++i) {
            _openOne(
                renterSeed >> (8 * i),
                uint256(keccak256(abi.encode(machineSeed, i))),
                uint256(keccak256(abi.encode(rateSeed, i))),
                uint256(keccak256(abi.encode(durationSeed, i))),
                uint256(keccak256(abi.encode(tokenSeed, i)))
            );
        }
    }

    function _openOne(
        uint256 renterSeed,
        uint256 machineSeed,
        uint256 rateSeed,
        uint256 durationSeed,
        uint256 tokenSeed
    ) internal {
        if (leaseIds.length >= MAX_LEASES) return;
        bytes32 machine = machines[machineSeed % machines.length];
        uint32 free;
        {
            (,, uint32 gpuCount, uint32 reserved,) = _machineGpus(machine);
            free = gpuCount - reserved;
        }
        if (free == 0) return;
        uint8 t = tokenSeed % 2 == 0 ? USD : GRID;
        if (t == GRID && (!_priceFresh() || (tokenSeed >> 8) % 5 == 0)) _postPrice(tokenSeed >> 16);

        ILeaseEscrow.Quote memory q;
        q.provider = machineOwner[machine];
        q.machineId = machine;
        // Mostly one or two GPUs, so machines rarely fill up; sometimes all that is free.
        q.gpuCount = uint32(1 + (machineSeed >> 8) % ((machineSeed >> 16) % 8 == 0 || free < 2 ? free : 2));
        q.usdPerSecond = _bound(rateSeed, 1, 10 ** ((rateSeed >> 128) % 13));
        // 1 s up to ~11 days, spread over magnitudes.
        uint64 duration = uint64(_bound(durationSeed, 1, 10 ** (1 + (durationSeed >> 128) % 6)));
        q.maxDuration = duration + uint64(_bound(durationSeed >> 64, 0, 10 days));
        q.expiry = uint64(block.timestamp + 1 hours);
        q.nonce = _nextNonce[q.provider]++;
        _openWith(renters[renterSeed % renters.length], q, duration, t);
    }

    function _machineGpus(bytes32 machine)
        internal
        view
        returns (address provider, bytes32 gpuClass, uint32 gpuCount, uint32 reserved, bool listed)
    {
        IStaking.Machine memory m = staking.machine(machine);
        return (m.provider, m.gpuClass, m.gpuCount, m.reservedGpus, m.listed);
    }

    function _keyOf(address provider) internal view returns (uint256) {
        for (uint256 i; i < providers.length; ++i) {
            if (providers[i] == provider) return _providerKeys[i];
        }
        revert("unknown provider");
    }

    function _openWith(address renter, ILeaseEscrow.Quote memory q, uint64 duration, uint8 t) internal {
        ILeaseEscrow.PayToken pt = ILeaseEscrow.PayToken(t);
        (uint256 rate, uint256 deposit) = escrow.previewOpen(q, duration, pt);
        if (rate > type(uint112).max) return;
        if (t == USD) {
            IMintable(address(tokens[USD])).mint(renter, deposit);
        } else if (_balance(GRID, renter) < deposit) {
            if (_balance(GRID, gridTreasury) < deposit) return;
            vm.prank(gridTreasury);
            _check(tokens[GRID].transfer(renter, deposit), "GRID top-up");
        }
        if (t == GRID) {
            (uint256 price,) = oracle.gridUsdPrice();
            _check(
                rate == (q.usdPerSecond * 1e30 + price - 1) / price, "GRID rate = ceil(usd * 1e30 / price)"
            );
        } else {
            _check(rate == q.usdPerSecond, "USD rate = quote");
        }
        bytes memory sig = _sign(q);
        uint256 before = _balance(t, renter);
        vm.prank(renter);
        uint256 id = escrow.openLease(q, sig, duration, pt, deposit);
        ++calls[t == USD ? "open: USD" : "open: GRID"];
        _check(before - _balance(t, renter) == deposit, "open pulls exactly the previewed deposit");

        uint16 bps = t == USD ? escrow.usdFeeBps() : escrow.gridFeeBps();
        _check(
            deposit == rate * duration + _fee(rate * duration, bps), "deposit = principal + fee(principal)"
        );
        Model storage m = _models[id];
        m.renter = renter;
        m.provider = q.provider;
        m.machine = q.machineId;
        m.gpus = q.gpuCount;
        m.token = t;
        m.feeBps = bps;
        m.open = true;
        m.start = uint64(block.timestamp);
        m.end = uint64(block.timestamp) + duration;
        m.maxEnd = uint64(block.timestamp) + q.maxDuration;
        m.settledAt = uint64(block.timestamp);
        m.rate = rate;
        m.deposited = deposit;
        deposits[t] += deposit;
        leaseIds.push(id);
        _quotes[id] = q;
        _sigs[id] = sig;
    }

    function _sign(ILeaseEscrow.Quote memory q) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(_keyOf(q.provider), escrow.quoteDigest(q));
        return abi.encodePacked(r, s, v);
    }

    /// @notice Anyone (the adversary included) settles a lease; a closed one must revert.
    function settle(uint256 leaseSeed, uint256 callerSeed, uint256 jump)
        external
        instrumented("settle", jump)
    {
        // Mostly open leases; one time in five any lease, closed ones included.
        (uint256 id, bool found) = callerSeed % 5 == 0 ? _pickLease(leaseSeed) : _pickOpen(leaseSeed);
        if (!found) return;
        vm.prank(_actor(callerSeed));
        if (!_models[id].open) {
            (bool ok,) = address(escrow).call(abi.encodeCall(escrow.settle, (id)));
            _check(!ok, "settle of a closed lease succeeded");
            return;
        }
        escrow.settle(id);
        _modelSettle(id);
        // A third of the time the keeper settles again in the same second: nothing may change.
        if (callerSeed % 3 == 0 && _models[id].open) {
            uint256 creditBefore = escrow.withdrawable(_models[id].provider, tokens[_models[id].token]);
            escrow.settle(id);
            ++calls["settle: same second"];
            _check(
                escrow.withdrawable(_models[id].provider, tokens[_models[id].token]) == creditBefore,
                "a same-second settle paid something"
            );
        }
    }

    /// @notice A keeper settles up to six leases at once, duplicates and closed ones included.
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
    }

    /// @notice The renter extends an open lease within its quote's maximum.
    function extend(uint256 leaseSeed, uint256 extraSeed, uint256 jump)
        external
        instrumented("extend", jump)
    {
        (uint256 id, bool found) = _pickOpen(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        if (block.timestamp >= m.end || m.maxEnd == m.end) return;
        uint64 extra = uint64(_bound(extraSeed, 1, m.maxEnd - m.end));
        uint256 oldP = m.rate * (m.end - m.start);
        uint256 newP = oldP + m.rate * extra;
        uint256 deposit = newP - oldP + _fee(newP, m.feeBps) - _fee(oldP, m.feeBps);
        if (m.token == USD) {
            IMintable(address(tokens[USD])).mint(m.renter, deposit);
        } else if (_balance(GRID, m.renter) < deposit) {
            return;
        }
        uint256 before = _balance(m.token, m.renter);
        vm.prank(m.renter);
        escrow.extend(id, extra, deposit);
        _check(before - _balance(m.token, m.renter) == deposit, "extend pulls the cumulative-fee delta");
        m.end += extra;
        m.deposited += deposit;
        deposits[m.token] += deposit;
    }

    /// @notice The renter closes: paid to now, refund transferred.
    function closeLease(uint256 leaseSeed, uint256 jump) external instrumented("closeLease", jump) {
        // Acts half the time, so leases live long enough to be settled, extended and run out.
        if ((leaseSeed >> 128) % 2 == 0) return;
        (uint256 id, bool found) = _pickOpen(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        uint256 before = _balance(m.token, m.renter);
        uint256 creditBefore = escrow.withdrawable(m.renter, tokens[m.token]);
        vm.prank(m.renter);
        escrow.closeLease(id);
        _modelAccrue(m);
        uint256 refund = _modelClose(m, m.settledAt, _fee(m.rate * (m.settledAt - m.start), m.feeBps), false);
        _check(_balance(m.token, m.renter) - before == refund, "renter close transfers the refund");
        _check(escrow.withdrawable(m.renter, tokens[m.token]) == creditBefore, "renter close credits nothing");
        withdrawn[m.token] += refund; // left the escrow already
        _checkClosed(id);
    }

    /// @notice The provider ends early: paid to now, refund credited to the renter.
    function endLease(uint256 leaseSeed, uint256 jump) external instrumented("endLease", jump) {
        // Acts half the time, so leases live long enough to be settled, extended and run out.
        if ((leaseSeed >> 128) % 2 == 0) return;
        (uint256 id, bool found) = _pickOpen(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        vm.prank(m.provider);
        escrow.endLease(id);
        _modelAccrue(m);
        _modelClose(m, m.settledAt, _fee(m.rate * (m.settledAt - m.start), m.feeBps), true);
        _checkClosed(id);
    }

    /// @notice The inspectors attest a breach from some time in the lease (possibly before it, possibly before
    /// the last settle, so the escrow claws back).
    function breach(uint256 leaseSeed, uint256 downSeed, uint256 jump) external instrumented("breach", jump) {
        (uint256 id, bool found) = _pickOpen(leaseSeed);
        if (!found) return;
        Model storage m = _models[id];
        uint256 latest = _min(block.timestamp, m.end - 1);
        uint256 earliest = m.start > 1 hours ? m.start - 1 hours : 0;
        if (latest < earliest) return;
        uint64 downSince = uint64(_bound(downSeed, earliest, latest));
        // Half the time the provider was down before the last settle: the escrow must claw back.
        if ((downSeed >> 64) % 2 == 0 && m.settledAt > m.start) {
            downSince = uint64(_bound(downSeed, m.start, m.settledAt - 1));
        }
        // A third of the time the provider has already withdrawn everything: the clawback comes up short.
        if ((downSeed >> 96) % 3 == 0) _withdrawAll(m.provider, m.token);
        bytes32 attId = _nextAttestationId();
        bytes memory sigs =
            _attest(Attestations.KIND_BREACH, attId, Attestations.breachHash(id, downSince), 2);
        vm.prank(_actor(downSeed >> 128));
        escrow.breach(id, downSince, attId, sigs);
        ++calls["breaches"];
        _modelBreach(m, downSince);
        _checkClosed(id);
    }

    function _modelBreach(Model storage m, uint64 downSince) internal {
        uint64 t = downSince > m.start ? downSince : m.start;
        if (m.settledAt < t) {
            uint256 amount = m.rate * (t - m.settledAt);
            credit[m.provider][m.token] += amount;
            m.paid += amount;
            paid[m.token] += amount;
            m.settledAt = t;
        } else if (m.settledAt > t) {
            uint256 overpaid = m.rate * (m.settledAt - t);
            uint256 clawed = _min(overpaid, credit[m.provider][m.token]);
            ++calls[clawed == overpaid ? "breach: full clawback" : "breach: partial clawback"];
            credit[m.provider][m.token] -= clawed;
            m.paid -= clawed;
            paid[m.token] -= clawed;
            unrecovered[m.token] += overpaid - clawed;
        }
        _modelClose(m, t, _fee(m.rate * (t - m.start), m.feeBps), true);
    }

    function _checkClosed(uint256 id) internal {
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        Model storage m = _models[id];
        _check(l.status == ILeaseEscrow.LeaseStatus.Closed, "closed in the escrow");
        _check(l.endsAt == m.end, "closed at the model's time");
        _check(m.deposited == m.paid + m.fee + m.refunded, "closed lease: deposit = paid + fee + refund");
    }

    function _withdrawAll(address who, uint8 t) internal {
        uint256 amount = credit[who][t];
        if (amount == 0) return;
        uint256 before = _balance(t, who);
        vm.prank(who);
        escrow.withdraw(tokens[t]);
        _check(_balance(t, who) - before == amount, "withdraw pays exactly the credit");
        credit[who][t] = 0;
        withdrawn[t] += amount;
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
        if (expected == 0) {
            _check(!ok, "withdraw with no credit succeeded");
            return;
        }
        _check(ok, "withdraw of a credit failed");
        _check(_balance(t, who) - before == expected, "withdraw pays exactly the credit");
        credit[who][t] = 0;
        withdrawn[t] += expected;
    }

    /// @notice Anyone sends the accrued fees to the treasury.
    function collectFees(uint256 tokenSeed, uint256 jump) external instrumented("collectFees", jump) {
        uint8 t = tokenSeed % 2 == 0 ? USD : GRID;
        uint256 expected = fees[t] - collected[t];
        if (expected == 0) return;
        uint256 before = _balance(t, treasury);
        vm.prank(_actor(tokenSeed >> 8));
        escrow.collectFees(tokens[t]);
        _check(_balance(t, treasury) - before == expected, "collectFees sends the accrued fees");
        collected[t] += expected;
    }

    /// @notice The quorum posts a new GRID price (magnitudes from $1e-6 to $9e4).
    function postPrice(uint256 seed, uint256 jump) external instrumented("postPrice", jump) {
        _postPrice(seed);
    }

    /// @notice The renter records a completion (no money moves).
    function recordCompletion(uint256 leaseSeed, uint256 jump)
        external
        instrumented("recordCompletion", jump)
    {
        (uint256 id, bool found) = _pickLease(leaseSeed);
        if (!found || escrow.lease(id).completed) return;
        vm.prank(_models[id].renter);
        escrow.recordCompletion(id, "bafyresult");
        _check(escrow.lease(id).completed, "completion recorded");
    }

    /// @notice The adversary acts on others' leases and balances; every attempt must fail.
    function adversary_(uint256 leaseSeed, uint256 actionSeed, uint256 jump)
        external
        instrumented("adversary", jump)
    {
        (uint256 id, bool found) = _pickLease(leaseSeed);
        if (!found) return;
        uint256 action = actionSeed % 8;
        bytes memory data;
        if (action == 0) {
            data = abi.encodeCall(escrow.closeLease, (id));
        } else if (action == 1) {
            data = abi.encodeCall(escrow.endLease, (id));
        } else if (action == 2) {
            data = abi.encodeCall(escrow.extend, (id, 1, type(uint256).max));
        } else if (action == 3) {
            data = abi.encodeCall(escrow.recordCompletion, (id, "forged"));
        } else if (action == 4) {
            // Replays the lease's own quote (used nonce).
            data = abi.encodeCall(
                escrow.openLease, (_quotes[id], _sigs[id], 1, ILeaseEscrow.PayToken.USD, type(uint256).max)
            );
        } else if (action == 5) {
            // A breach with one signature (below the threshold).
            bytes32 attId = _nextAttestationId();
            uint64 down = _models[id].start;
            data = abi.encodeCall(
                escrow.breach,
                (
                    id,
                    down,
                    attId,
                    _attest(Attestations.KIND_BREACH, attId, Attestations.breachHash(id, down), 1)
                )
            );
        } else if (action == 6) {
            // A valid 2-of-3 breach attestation for another lease id.
            bytes32 attId = _nextAttestationId();
            uint64 down = _models[id].start;
            data = abi.encodeCall(
                escrow.breach,
                (
                    id,
                    down,
                    attId,
                    _attest(Attestations.KIND_BREACH, attId, Attestations.breachHash(id + 1000, down), 2)
                )
            );
        } else {
            data = abi.encodeCall(escrow.withdraw, (tokens[actionSeed % 2 == 0 ? USD : GRID]));
            if (credit[adversary][USD] != 0 || credit[adversary][GRID] != 0) return;
        }
        vm.prank(adversary);
        (bool ok,) = address(escrow).call(data);
        _check(!ok, "an adversary call succeeded");
    }

    // ================================================================ closing everything (afterInvariant)

    /// @notice Settles every lease past its end, withdraws every credit and collects the fees.
    function drain() external {
        uint64 last = uint64(block.timestamp);
        uint256 n = leaseIds.length;
        for (uint256 i; i < n; ++i) {
            Model storage m = _models[leaseIds[i]];
            if (m.open && m.end > last) last = m.end;
        }
        vm.warp(uint256(last) + 1);
        for (uint256 i; i < n; ++i) {
            uint256 id = leaseIds[i];
            if (!_models[id].open) continue;
            escrow.settle(id);
            _modelSettle(id);
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

    /// @dev The model in three views (a 16-field struct is too deep for the legacy ABI decoder).
    function modelTerms(uint256 id)
        external
        view
        returns (bool open, uint8 token, uint16 feeBps, uint256 rate, bytes32 machine, uint32 gpus)
    {
        Model storage m = _models[id];
        return (m.open, m.token, m.feeBps, m.rate, m.machine, m.gpus);
    }

    function modelTimes(uint256 id) external view returns (uint64 start, uint64 end, uint64 settledAt) {
        Model storage m = _models[id];
        return (m.start, m.end, m.settledAt);
    }

    function modelAmounts(uint256 id)
        external
        view
        returns (uint256 deposited, uint256 paidNet, uint256 fee, uint256 refunded)
    {
        Model storage m = _models[id];
        return (m.deposited, m.paid, m.fee, m.refunded);
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
