// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {EscrowFixture} from "../utils/EscrowFixture.sol";
import {EscrowHandler} from "./EscrowHandler.sol";
import {MockUSD} from "../mocks/MockUSD.sol";
import {NoBoolToken} from "../mocks/NoBoolToken.sol";
import {ILeaseEscrow} from "../../src/interfaces/ILeaseEscrow.sol";

/// @notice Escrow invariants (protocol.md 1-5, 7-9) over random sequences of opens, settles, batch settles,
/// extensions, renter closes, provider ends, breaches (with clawbacks), withdrawals, fee collection, GRID price
/// moves, completions and adversarial calls, with time warps between them. `afterInvariant` closes everything,
/// withdraws every credit and the fees, and requires the escrow to hold exactly zero of each token.
/// Runs with a 6-decimal stablecoin (MockUSD, or the USDT-style no-bool token) and GRID.
abstract contract EscrowInvariantsBase is EscrowFixture {
    EscrowHandler internal handler;
    IERC20[2] internal tokenList;

    function _stablecoin() internal virtual returns (IERC20);

    function setUp() public {
        _deployProtocol(_stablecoin());
        tokenList[0] = usd;
        tokenList[1] = grid;

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
        address adversary = makeAddr("adversary");

        handler = new EscrowHandler(
            EscrowHandler.Setup({
                escrow: escrow,
                staking: staking,
                quorum: quorum,
                oracle: oracle,
                gridTreasury: gridTreasury,
                treasury: treasury,
                adversary: adversary,
                renters: renters,
                providers: providers,
                providerKeys: keys,
                machines: machines,
                inspectorKeys: inspectorKeys
            })
        );
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](12);
        selectors[0] = EscrowHandler.openLease.selector;
        selectors[1] = EscrowHandler.settle.selector;
        selectors[2] = EscrowHandler.settleMany.selector;
        selectors[3] = EscrowHandler.extend.selector;
        selectors[4] = EscrowHandler.closeLease.selector;
        selectors[5] = EscrowHandler.endLease.selector;
        selectors[6] = EscrowHandler.breach.selector;
        selectors[7] = EscrowHandler.withdraw.selector;
        selectors[8] = EscrowHandler.collectFees.selector;
        selectors[9] = EscrowHandler.postPrice.selector;
        selectors[10] = EscrowHandler.recordCompletion.selector;
        selectors[11] = EscrowHandler.adversary_.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    // ---------------------------------------------------------------- helpers

    function _log(string memory label, uint256 value) internal view {
        (bool ok,) = address(0x000000000000000000636F6e736F6c652e6c6f67)
            .staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }

    function _sumOpenBalances(uint8 t) internal view returns (uint256 sum) {
        uint256 n = handler.leaseCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.leaseIds(i);
            (bool open, uint8 token,,,,) = handler.modelTerms(id);
            if (!open || token != t) continue;
            (uint256 balance,,,) = escrow.amountsOf(id);
            sum += balance;
        }
    }

    function _sumCredits(uint8 t) internal view returns (uint256 sum) {
        uint256 n = handler.actorCount();
        for (uint256 i; i < n; ++i) {
            sum += escrow.withdrawable(handler.actor(i), tokenList[t]);
        }
    }

    // ---------------------------------------------------------------- invariants

    /// @dev 1. Solvency, exact: the escrow holds Σ open-lease balances + Σ credits + accrued fees, no more, no less
    /// (nothing else is ever sent to it here).
    function _checkSolvency() internal view {
        for (uint8 t; t < 2; ++t) {
            uint256 owed = _sumOpenBalances(t) + _sumCredits(t) + escrow.accruedFees(tokenList[t]);
            vm.assertEq(
                tokenList[t].balanceOf(address(escrow)), owed, "balance = open balances + credits + fees"
            );
        }
    }

    /// @dev 2. Conservation (ghost): Σ deposits = Σ held + Σ paid + Σ fees + Σ refunds, and what left the escrow is
    /// exactly what was withdrawn, refunded directly or collected.
    function _checkConservation() internal view {
        for (uint8 t; t < 2; ++t) {
            vm.assertEq(
                handler.deposits(t),
                _sumOpenBalances(t) + handler.paid(t) + handler.fees(t) + handler.refunds(t),
                "deposits = held + paid + fees + refunds"
            );
            vm.assertEq(
                tokenList[t].balanceOf(address(escrow)),
                handler.deposits(t) - handler.withdrawn(t) - handler.collected(t),
                "balance = deposits - outflows"
            );
        }
    }

    /// @dev 7-8. Fees follow the model and their bounds; every account's credit is exactly what its own leases
    /// (and its own refunds) put there, minus what it withdrew or had clawed back.
    function _checkFeesAndIsolation() internal view {
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

    /// @dev 3-5, 9. Per lease: paid <= rate x billable time and never above the deposit; settledAt monotonic,
    /// <= now and <= end; balance = accrued + fee + refundable; a closed lease holds nothing and split its deposit exactly.
    function _checkLeases() internal view {
        uint256 n = handler.leaseCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.leaseIds(i);
            (bool open,, uint16 feeBps, uint256 rate,,) = handler.modelTerms(id);
            (uint64 start, uint64 end, uint64 settledAt) = handler.modelTimes(id);
            (uint256 deposited, uint256 paidNet, uint256 fee, uint256 refunded) = handler.modelAmounts(id);
            ILeaseEscrow.Lease memory l = escrow.lease(id);
            vm.assertEq(l.rate, rate, "rate");
            // The model's settledAt only moves forward, so equality after every call is monotonicity.
            vm.assertEq(uint256(l.settledAt), uint256(settledAt), "settledAt = model (monotonic)");
            vm.assertLe(uint256(l.settledAt), block.timestamp, "settledAt <= now");
            vm.assertLe(paidNet + fee, deposited, "never pays more than the deposit");
            if (open) {
                vm.assertEq(uint256(l.status), uint256(ILeaseEscrow.LeaseStatus.Open), "open");
                vm.assertLe(uint256(l.settledAt), uint256(l.endsAt), "settledAt <= end");
                vm.assertEq(uint256(l.endsAt), uint256(end), "end");
                uint256 elapsed = (block.timestamp < end ? block.timestamp : end) - start;
                vm.assertLe(paidNet, rate * elapsed, "paid <= rate x billable elapsed");
                uint256 principal = rate * (end - start);
                vm.assertEq(deposited, principal + principal * feeBps / 10_000, "deposit formula");
                _checkOpenAmounts(id, deposited - paidNet);
            } else {
                vm.assertEq(uint256(l.status), uint256(ILeaseEscrow.LeaseStatus.Closed), "closed");
                _checkOpenAmounts(id, 0);
                vm.assertEq(deposited, paidNet + fee + refunded, "deposit = paid + fee + refund");
                vm.assertEq(fee, rate * (end - start) * feeBps / 10_000, "fee = bps x billable paid, no dust");
            }
        }
    }

    function _checkOpenAmounts(uint256 id, uint256 expectedBalance) internal view {
        (uint256 balance, uint256 accrued, uint256 fee, uint256 refundable) = escrow.amountsOf(id);
        vm.assertEq(balance, expectedBalance, "balance = deposit - paid (zero once closed)");
        vm.assertEq(balance, accrued + fee + refundable, "balance = accrued + fee + refundable");
    }

    /// @dev GPUs reserved in Staking = Σ gpuCount of the open leases on each machine.
    function _checkReservedGpus() internal view {
        uint256 machineCount = handler.machineCount();
        bytes32[] memory machines = new bytes32[](machineCount);
        uint256[] memory sums = new uint256[](machineCount);
        for (uint256 j; j < machineCount; ++j) {
            machines[j] = handler.machines(j);
        }
        uint256 n = handler.leaseCount();
        for (uint256 i; i < n; ++i) {
            (bool open,,,, bytes32 machine, uint32 gpus) = handler.modelTerms(handler.leaseIds(i));
            if (!open) continue;
            for (uint256 j; j < machineCount; ++j) {
                if (machines[j] == machine) sums[j] += gpus;
            }
        }
        for (uint256 j; j < machineCount; ++j) {
            vm.assertEq(
                uint256(staking.machine(machines[j]).reservedGpus), sums[j], "reserved = open leases' GPUs"
            );
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
        _checkFeesAndIsolation();
        _checkNoViolations();
    }

    /// @notice Leases: per-lease bounds and states; GPU reservations.
    function invariant_leasesAndGpus() public view {
        _checkLeases();
        _checkReservedGpus();
    }

    /// @dev Closing everything leaves the escrow with exactly zero of each token and no GPU reserved.
    function afterInvariant() public {
        _log("openLease calls", handler.calls("openLease"));
        _log("settle calls", handler.calls("settle"));
        _log("breach calls", handler.calls("breach"));
        _log("leases", handler.leaseCount());
        _log("open: USD", handler.calls("open: USD"));
        _log("open: GRID", handler.calls("open: GRID"));
        _log("settle: closed at the end", handler.calls("settle: closed at the end"));
        _log("settle: same second", handler.calls("settle: same second"));
        _log("breaches", handler.calls("breaches"));
        _log("breach: full clawback", handler.calls("breach: full clawback"));
        _log("breach: partial clawback", handler.calls("breach: partial clawback"));
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
            vm.assertEq(uint256(staking.machine(handler.machines(j)).reservedGpus), 0, "no GPU reserved");
        }
        vm.assertEq(handler.violations(), 0, handler.lastViolation());
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
