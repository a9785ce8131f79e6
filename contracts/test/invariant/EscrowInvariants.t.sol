// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {EscrowFixture} from "../utils/EscrowFixture.sol";
import {Coverage} from "../utils/HandlerCoverage.sol";
import {EscrowHandler} from "./EscrowHandler.sol";
import {MockUSD} from "../mocks/MockUSD.sol";
import {NoBoolToken} from "../mocks/NoBoolToken.sol";
import {ILeaseEscrow} from "../../src/interfaces/ILeaseEscrow.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";

/// @notice Escrow invariants (protocol.md 1-9) over random sequences of opens (fresh, reused, single-use,
/// renter-bound quotes with minimums), settles and batch settles, extensions (GRID ones repriced at the current
/// rate), renter closes, provider ends, breaches while open and disputes after close (in and past the window),
/// hardware re-verifications and expiries, withdrawals, fee collection, GRID price moves and adversarial calls,
/// with time warps between them. Hardware verification is required, so every open and extension depends on the
/// machine's verification being live. `afterInvariant` proves every handler succeeded at least once, settles
/// everything past its dispute window, withdraws every credit and the fees, and requires the escrow to hold
/// exactly zero of each token. Runs with a 6-decimal stablecoin (MockUSD, or the USDT-style no-bool token) and
/// GRID.
abstract contract EscrowInvariantsBase is EscrowFixture {
    uint8 internal constant OPEN = 1;
    uint8 internal constant CLOSED = 2;
    uint8 internal constant SETTLED = 3;

    EscrowHandler internal handler;
    IERC20[2] internal tokenList;
    bytes4[] internal selectors;
    string[] internal names;

    function _stablecoin() internal virtual returns (IERC20);

    function setUp() public {
        _deployProtocol(_stablecoin());
        tokenList[0] = usd;
        tokenList[1] = grid;
        vm.prank(governance);
        registry.setRequireVerification(true);

        address[] memory renters = new address[](3);
        for (uint256 i; i < 3; ++i) {
            renters[i] = _addRenter(string.concat("renter", vm.toString(i)), 0, 1e26);
        }
        address[] memory providers = new address[](2);
        uint256[] memory keys = new uint256[](2);
        bytes32[] memory machines = new bytes32[](6);
        for (uint256 i; i < 2; ++i) {
            bytes32[] memory ms;
            (providers[i], keys[i], ms) = _addProvider(string.concat("provider", vm.toString(i)), 3);
            for (uint256 j; j < 3; ++j) {
                machines[3 * i + j] = ms[j];
            }
        }

        handler = new EscrowHandler(
            EscrowHandler.Setup({
                escrow: escrow,
                registry: registry,
                quorum: quorum,
                oracle: oracle,
                gridTreasury: gridTreasury,
                treasury: treasury,
                adversary: makeAddr("adversary"),
                renters: renters,
                providers: providers,
                providerKeys: keys,
                machines: machines,
                inspectorKeys: inspectorKeys,
                disputeWindow: DISPUTE_WINDOW
            })
        );
        targetContract(address(handler));
        selectors.push(EscrowHandler.openLease.selector);
        selectors.push(EscrowHandler.settle.selector);
        selectors.push(EscrowHandler.settleMany.selector);
        selectors.push(EscrowHandler.extend.selector);
        selectors.push(EscrowHandler.closeLease.selector);
        selectors.push(EscrowHandler.endLease.selector);
        selectors.push(EscrowHandler.breach.selector);
        selectors.push(EscrowHandler.breachAfterClose.selector);
        selectors.push(EscrowHandler.verifyMachine.selector);
        selectors.push(EscrowHandler.withdraw.selector);
        selectors.push(EscrowHandler.collectFees.selector);
        selectors.push(EscrowHandler.postPrice.selector);
        selectors.push(EscrowHandler.adversary_.selector);
        string[13] memory n = [
            "openLease",
            "settle",
            "settleMany",
            "extend",
            "closeLease",
            "endLease",
            "breach",
            "breachAfterClose",
            "verifyMachine",
            "withdraw",
            "collectFees",
            "postPrice",
            "adversary_"
        ];
        for (uint256 i; i < n.length; ++i) {
            names.push(n[i]);
        }
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    // ---------------------------------------------------------------- helpers

    function _log(string memory label, uint256 value) internal view {
        (bool ok,) = address(0x000000000000000000636F6e736F6c652e6c6f67)
            .staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }

    function _withFee(uint256 amount, uint16 feeBps) internal pure returns (uint256) {
        return amount + amount * feeBps / 10_000;
    }

    /// @dev Σ of what the escrow holds for its leases in token `t` (deposits not yet refunded or settled).
    function _sumHeld(uint8 t) internal view returns (uint256 sum) {
        uint256 n = handler.leaseCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.leaseIds(i);
            (, uint8 token,,,,) = handler.modelTerms(id);
            if (token != t) continue;
            (uint256 held,,,) = escrow.amountsOf(id);
            sum += held;
        }
    }

    function _sumCredits(uint8 t) internal view returns (uint256 sum) {
        uint256 n = handler.actorCount();
        for (uint256 i; i < n; ++i) {
            sum += escrow.withdrawable(handler.actor(i), tokenList[t]);
        }
    }

    // ---------------------------------------------------------------- invariants

    /// @dev 1. Solvency, exact: the escrow holds Σ lease balances + Σ credits + accrued fees, no more, no less
    /// (nothing else is ever sent to it here).
    function _checkSolvency() internal view {
        for (uint8 t; t < 2; ++t) {
            uint256 owed = _sumHeld(t) + _sumCredits(t) + escrow.accruedFees(tokenList[t]);
            vm.assertEq(tokenList[t].balanceOf(address(escrow)), owed, "balance = held + credits + fees");
        }
    }

    /// @dev 2. Conservation (ghost): Σ deposits = Σ held + Σ paid + Σ fees + Σ refunds, and what left the escrow is
    /// exactly what was withdrawn, refunded directly or collected.
    function _checkConservation() internal view {
        for (uint8 t; t < 2; ++t) {
            vm.assertEq(
                handler.deposits(t),
                _sumHeld(t) + handler.paid(t) + handler.fees(t) + handler.refunds(t),
                "deposits = held + paid + fees + refunds"
            );
            vm.assertEq(
                tokenList[t].balanceOf(address(escrow)),
                handler.deposits(t) - handler.withdrawn(t) - handler.collected(t),
                "balance = deposits - outflows"
            );
        }
    }

    /// @dev 7-8. Fees follow the model and their bounds; every account's credit is exactly what the model
    /// credited it (a provider's pay only after its lease's dispute window), minus what it withdrew.
    function _checkFeesAndCredits() internal view {
        vm.assertLe(uint256(escrow.gridFeeBps()), uint256(escrow.usdFeeBps()), "GRID fee <= USD fee");
        vm.assertLe(uint256(escrow.usdFeeBps()), uint256(escrow.MAX_FEE_BPS()), "fee <= max");
        for (uint8 t; t < 2; ++t) {
            vm.assertEq(
                escrow.accruedFees(tokenList[t]), handler.fees(t) - handler.collected(t), "accrued fees"
            );
            uint256 n = handler.actorCount();
            for (uint256 i; i < n; ++i) {
                address who = handler.actor(i);
                vm.assertEq(escrow.withdrawable(who, tokenList[t]), handler.credit(who, t), "credit = model");
            }
        }
    }

    /// @dev 3-5, 9. Per lease: state, times, segments and amounts equal the model; a lease's deposit splits
    /// exactly into pay, fee and refunds; pay reaches the provider only after the dispute window; a breached
    /// lease bills exactly until the outage began, so the renter loses nothing to it.
    function _checkLeases() internal view {
        uint256 n = handler.leaseCount();
        for (uint256 i; i < n; ++i) {
            _checkLease(handler.leaseIds(i));
        }
    }

    function _checkLease(uint256 id) internal view {
        (uint8 status,, uint16 feeBps,,,) = handler.modelTerms(id);
        (uint64 start, uint64 end, uint64 stoppedAt,) = handler.modelTimes(id);
        ILeaseEscrow.Lease memory l = escrow.lease(id);
        vm.assertEq(uint256(l.status), uint256(status), "status = model");
        vm.assertEq(uint256(l.startedAt), uint256(start), "start = model");
        vm.assertEq(uint256(l.endsAt), uint256(end), "end = model");
        _checkSegments(id, l);
        uint256 pay = handler.modelPay(id, end);
        (uint256 deposited, uint256 refunded,,) = handler.modelAmounts(id);
        (uint256 held,,,) = escrow.amountsOf(id);
        if (status == OPEN) {
            vm.assertEq(refunded, 0, "an open lease refunded nothing");
            vm.assertEq(deposited, _withFee(pay, feeBps), "deposit = pay(end) + fee");
            vm.assertEq(held, deposited, "an open lease holds its deposit");
            return;
        }
        vm.assertEq(uint256(l.closedAt), uint256(stoppedAt), "stopped at = model");
        vm.assertEq(uint256(l.disputeEndsAt), uint256(stoppedAt) + DISPUTE_WINDOW, "dispute window");
        vm.assertEq(deposited, refunded + _withFee(pay, feeBps), "deposit = refunds + pay + fee");
        _checkClosedAmounts(id, status == SETTLED, feeBps, stoppedAt, pay);
        _checkBreached(id, feeBps, start, end);
    }

    /// @dev A closed lease holds pay + fee until it settles after its window; a settled one holds nothing and paid
    /// the model's pay and fee.
    function _checkClosedAmounts(uint256 id, bool settled, uint16 feeBps, uint64 stoppedAt, uint256 pay)
        internal
        view
    {
        (,, uint256 paidNet, uint256 fee) = handler.modelAmounts(id);
        (uint256 held, uint256 payout,,) = escrow.amountsOf(id);
        if (!settled) {
            vm.assertEq(held, _withFee(pay, feeBps), "a closed lease holds pay + fee until settled");
            vm.assertEq(payout, pay, "pay = model");
            vm.assertEq(paidNet + fee, 0, "nothing paid before the settle");
        } else {
            vm.assertEq(held, 0, "a settled lease holds nothing");
            vm.assertEq(paidNet, pay, "settled pay = model");
            vm.assertEq(fee, pay * feeBps / 10_000, "fee = bps x pay, no dust");
            vm.assertGt(block.timestamp, uint256(stoppedAt) + DISPUTE_WINDOW, "paid only after the window");
        }
    }

    /// @dev A breached lease bills exactly until the outage began: the renter loses nothing to it.
    function _checkBreached(uint256 id, uint16 feeBps, uint64 start, uint64 end) internal view {
        (bool breached, uint64 downSince) = handler.modelBreach(id);
        if (!breached) return;
        uint256 billedUntil = downSince > start ? downSince : start;
        vm.assertEq(uint256(end), billedUntil, "a breached lease bills until the outage began");
        (uint256 deposited, uint256 refunded,,) = handler.modelAmounts(id);
        vm.assertEq(
            deposited - refunded,
            _withFee(handler.modelPay(id, billedUntil), feeBps),
            "renter loss from the outage is zero"
        );
    }

    /// @dev The escrow's repriced segments equal the model's (the model's first segment is the opening rate).
    function _checkSegments(uint256 id, ILeaseEscrow.Lease memory l) internal view {
        (uint256[] memory starts, uint256[] memory bases, uint256[] memory rates) = handler.modelSegments(id);
        vm.assertEq(l.rate, rates[0], "opening rate = model");
        ILeaseEscrow.Segment[] memory segs = escrow.segments(id);
        vm.assertEq(segs.length + 1, starts.length, "segments = model");
        for (uint256 k; k < segs.length; ++k) {
            vm.assertEq(uint256(segs[k].start), starts[k + 1], "segment start");
            vm.assertEq(uint256(segs[k].base), bases[k + 1], "segment base");
            vm.assertEq(uint256(segs[k].rate), rates[k + 1], "segment rate");
        }
    }

    /// @dev GPU holds in the registry = the GPUs of the model's running leases, each held until its lease's end;
    /// verification expiry in the registry = the model's, and a machine rents exactly while it is verified.
    function _checkMachines() internal view {
        uint256 machineCount = handler.machineCount();
        for (uint256 j; j < machineCount; ++j) {
            bytes32 machine = handler.machines(j);
            INodeRegistry.Machine memory m = registry.machine(machine);
            vm.assertEq(uint256(m.reservedGpus), handler.modelHeld(machine), "held GPUs = running leases");
            vm.assertEq(uint256(m.verifiedUntil), uint256(handler.verifiedUntil(machine)), "verified until");
            vm.assertEq(
                registry.isRentable(machine), m.verifiedUntil > block.timestamp, "rentable iff verified"
            );
        }
        uint256 n = handler.leaseCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.leaseIds(i);
            (uint8 status,,, bytes32 machine,,) = handler.modelTerms(id);
            (, uint64 end,,) = handler.modelTimes(id);
            if (status != OPEN || end <= block.timestamp) continue;
            uint64[] memory holds = registry.gpuHolds(machine);
            uint32 mask = escrow.lease(id).gpuMask;
            for (uint256 b; b < holds.length; ++b) {
                if ((uint256(mask) >> b) & 1 != 0) {
                    vm.assertEq(uint256(holds[b]), uint256(end), "held until the end");
                }
            }
        }
    }

    /// @dev Nothing the model did not expect happened inside any action.
    function _checkNoViolations() internal view {
        vm.assertEq(handler.violations(), 0, handler.lastViolation());
    }

    // Three campaigns (forge runs one per invariant function), each checking its group after every call.

    /// @notice Money: solvency and conservation per token.
    function invariant_solvencyAndConservation() public view {
        _checkSolvency();
        _checkConservation();
    }

    /// @notice Accounts: fees and every account's credit equal the model; no unexpected outcome in any action.
    function invariant_feesCreditsAndActions() public view {
        _checkFeesAndCredits();
        _checkNoViolations();
    }

    /// @notice Leases and machines: per-lease states and amounts, the dispute window, breaches; GPU holds and
    /// verification.
    function invariant_leasesAndMachines() public view {
        _checkLeases();
        _checkMachines();
    }

    /// @dev Every handler must have succeeded this run; then closing everything leaves the escrow with exactly
    /// zero of each token and no GPU held.
    function afterInvariant() public {
        Coverage.requireEveryHandlerSucceeded(address(handler), selectors, names);
        _checkSolvency();
        _checkConservation();
        _checkFeesAndCredits();
        _checkLeases();
        _checkMachines();
        _checkNoViolations();
        string[13] memory counters = [
            "open: USD",
            "open: GRID",
            "open: reused quote",
            "open refused: verification expired",
            "extend: repriced",
            "extend refused: verification expired",
            "settle: closed at the end",
            "settle: paid after the window",
            "breach: open lease",
            "breach: after close",
            "verification expired",
            "adversary",
            "withdraw"
        ];
        for (uint256 i; i < counters.length; ++i) {
            _log(counters[i], handler.calls(counters[i]));
        }
        _log("leases", handler.leaseCount());
        handler.drain();
        for (uint8 t; t < 2; ++t) {
            vm.assertEq(
                tokenList[t].balanceOf(address(escrow)), 0, "escrow holds exactly zero after the drain"
            );
            vm.assertEq(escrow.accruedFees(tokenList[t]), 0, "fees collected");
            vm.assertEq(
                handler.deposits(t),
                handler.paid(t) + handler.fees(t) + handler.refunds(t),
                "every deposit went to pay, fees or refunds"
            );
        }
        uint256 machines = handler.machineCount();
        for (uint256 j; j < machines; ++j) {
            vm.assertEq(uint256(registry.machine(handler.machines(j)).reservedGpus), 0, "no GPU held");
        }
        _checkLeases();
        _checkNoViolations();
    }
}

/// @notice The invariant suite with MockUSD (6 decimals) and GRID.
contract EscrowInvariantsTest is EscrowInvariantsBase {
    function _stablecoin() internal override returns (IERC20) {
        return new MockUSD();
    }
}

/// @notice The invariant suite with a USDT-style stablecoin whose transfers return nothing.
contract EscrowInvariantsNoBoolTest is EscrowInvariantsBase {
    function _stablecoin() internal override returns (IERC20) {
        return IERC20(address(new NoBoolToken()));
    }
}
