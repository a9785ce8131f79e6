// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title ISolanaGateway
/// @notice The Arbitrum side of the GRID gateway to Solana. Solana → Arbitrum: the inspector quorum attests each
/// finalized deposit into a Solana vault with one decision, release (GRID to an Arbitrum recipient, through a
/// windowed cap and a delay for large transfers) or refund (recorded here, executed from the vault by the
/// inspectors' Solana multisig). Arbitrum → Solana: a sender pays GRID in and names a Solana wallet; the
/// inspectors release GRID or USDC to it from the vaults (or, if they cannot, attest a return of the GRID).
/// @dev Attestations (AttestationQuorum, target = this contract):
///   kind 7 (Solana deposit), id = depositId = keccak256(abi.encode(cluster, signatureHi, signatureLo, index)):
///     SolanaDepositRelease(bytes32 depositId,uint8 mint,uint64 amount,address recipient)
///     SolanaDepositRefund(bytes32 depositId,uint8 mint,uint64 amount,bytes32 refundAccount,uint8 reason)
///   kind 8 (outbound return), id = bytes32(uint256(outboundId)):
///     SolanaOutboundReturn(uint64 outboundId,uint8 reason)
/// `mint` is 1 (GRID) or 2 (USDC); `amount` is in the Solana mint's raw units.
interface ISolanaGateway {
    /// @notice A deposit's replay key: the cluster's genesis hash, the deposit transaction's first signature
    /// (64 bytes: `signatureHi` its first 32, `signatureLo` its last 32) and the top-level index of the transfer
    /// instruction in it.
    struct DepositKey {
        bytes32 cluster;
        bytes32 signatureHi;
        bytes32 signatureLo;
        uint16 index;
    }

    /// @notice A release waiting for its time: `amount` GRID wei to `recipient` from `releasableAt` on.
    struct QueuedRelease {
        address recipient;
        uint96 amount;
        uint64 releasableAt;
    }

    /// @notice Status of an Arbitrum → Solana transfer. Open: paid in, for the inspectors to release on Solana.
    /// Returned: the inspectors attested they will not, and the GRID went back to the sender.
    enum OutboundStatus {
        None,
        Open,
        Returned
    }

    /// @notice An Arbitrum → Solana transfer: `sender` paid `gridAmount` GRID wei; the inspectors release
    /// `solanaAmount` raw units of `mint` to the wallet named in `OutboundRequested`.
    struct Outbound {
        address sender;
        uint96 gridAmount;
        uint64 solanaAmount;
        uint8 mint;
        OutboundStatus status;
    }

    /// @notice Why a deposit is refunded rather than released (the `reason` of `SolanaDepositRefund`).
    enum RefundReason {
        None,
        /// The memo is missing, repeated, or not an Arbitrum address (the Solana parser's "malformed").
        MalformedMemo,
        /// The memo names an address the gateway cannot pay (zero, or the gateway itself).
        RecipientUnusable,
        /// The GRID value is above the window cap, the largest single release.
        AboveCap,
        /// A USDC deposit's GRID exceeds the reserve, or a GRID deposit exceeds the GRID locked here.
        ReserveShort,
        /// No fresh GRID/USD rate to price a USDC deposit.
        NoPrice,
        /// A USDC deposit too small to buy one GRID wei after the fee.
        TooSmall
    }

    /// @notice Why an outbound transfer is returned (the `reason` of `SolanaOutboundReturn`).
    enum ReturnReason {
        None,
        /// The recipient's token account cannot receive the mint (frozen, or not creatable).
        RecipientUnusable,
        /// The vault cannot pay it.
        VaultShort
    }

    // ------------------------------------------------------------------------------------------------ events

    /// @notice A deposit was released at once: `gridAmount` GRID wei paid to `recipient` for `solanaAmount` raw
    /// units of `mint` deposited on Solana. For USDC, `fee` GRID wei stayed in the reserve and `price` is the
    /// GRID/USD rate used (18 decimals); both are zero for GRID.
    event DepositReleased(
        bytes32 indexed depositId,
        address indexed recipient,
        uint8 mint,
        uint64 solanaAmount,
        uint256 gridAmount,
        uint256 fee,
        uint256 price
    );
    /// @notice A deposit was recorded but its GRID waits until `releasableAt` (the window was full, or it is a
    /// large transfer): anyone can `completeRelease` it from then on. `window` is the cap window it counts in.
    event DepositQueued(
        bytes32 indexed depositId,
        address indexed recipient,
        uint8 mint,
        uint64 solanaAmount,
        uint256 gridAmount,
        uint256 fee,
        uint256 price,
        uint64 window,
        uint64 releasableAt
    );
    /// @notice A queued release was paid.
    event QueuedReleaseCompleted(bytes32 indexed depositId, address indexed recipient, uint256 gridAmount);
    /// @notice The inspectors decided to refund a deposit from the vault to `refundAccount` (a Solana token
    /// account); nothing moves on Arbitrum, and the deposit can never be released.
    event DepositRefundRecorded(
        bytes32 indexed depositId, uint8 mint, uint64 solanaAmount, bytes32 refundAccount, uint8 reason
    );
    /// @notice `sender` paid `gridAmount` GRID wei for `solanaAmount` raw units of `mint` to be released to the
    /// Solana wallet `solanaRecipient` (32-byte public key). For USDC, `fee` is in USDC raw units (kept in the
    /// vault) and `price` the GRID/USD rate used; both zero for GRID.
    event OutboundRequested(
        uint64 indexed id,
        address indexed sender,
        uint8 mint,
        bytes32 solanaRecipient,
        uint256 gridAmount,
        uint64 solanaAmount,
        uint256 fee,
        uint256 price
    );
    /// @notice An outbound transfer was returned: `gridAmount` GRID wei paid back to `sender`.
    event OutboundReturned(uint64 indexed id, address indexed sender, uint256 gridAmount, uint8 reason);
    event ReserveFunded(address indexed funder, uint256 amount, uint256 reserve);
    event ReserveWithdrawn(address indexed to, uint256 amount, uint256 reserve);
    event WindowCapSet(uint256 windowCap);
    event LargeTransferSet(uint256 threshold, uint32 delay);
    event SwapFeeSet(uint16 swapFeeBps);
    event MinOutboundSet(uint256 minOutbound);
    event GuardianSet(address guardian);
    event Swept(address indexed token, address indexed to, uint256 amount);

    // ------------------------------------------------------------------------------------------------ errors

    error ZeroAddress();
    /// @notice A constructor or governance parameter is out of range; `name` says which.
    error InvalidConfig(string name);
    error UnsupportedDecimals(uint8 decimals);
    error ZeroDepositKey();
    error UnknownMint(uint8 mint);
    error ZeroAmount();
    error UnusableRecipient(address recipient);
    error ZeroSolanaRecipient();
    error ZeroRefundAccount();
    error InvalidReason(uint8 reason);
    /// @notice A release's GRID value is above the window cap (the largest single release): refund it instead.
    error AmountAboveCap(uint256 gridAmount, uint256 windowCap);
    /// @notice A GRID deposit asks for more GRID than is locked here.
    error InsufficientLocked(uint256 gridAmount, uint256 locked);
    /// @notice A USDC deposit's GRID (or a USDC return) exceeds the reserve.
    error InsufficientReserve(uint256 gridAmount, uint256 reserve);
    /// @notice A GRID → USDC transfer asks for more USDC than the vault holds for the pool.
    error InsufficientUsdcLiquidity(uint256 usdcAmount, uint256 liquidity);
    /// @notice A swap would pay nothing after the fee.
    error SwapTooSmall();
    error SlippageExceeded(uint256 solanaAmount, uint256 minSolanaAmount);
    /// @notice A GRID amount bound for Solana is not a whole number of Solana GRID units (10^(18 - decimals)
    /// wei each), or does not fit a Solana u64.
    error AmountNotRepresentable(uint256 gridAmount, uint256 unit);
    error BelowMinOutbound(uint256 gridAmount, uint256 minOutbound);
    error NotQueued(bytes32 depositId);
    error NotYetReleasable(bytes32 depositId, uint64 releasableAt, uint256 nowTs);
    error UnknownOutbound(uint64 id);
    error OutboundNotOpen(uint64 id, OutboundStatus status);
    error NotGuardian(address caller);
    error SweepAboveSurplus(address token, uint256 amount, uint256 surplus);

    // ------------------------------------------------------------------------------------------------ flows

    /// @notice Releases a finalized Solana deposit on a k-of-n attestation (kind 7, payload
    /// `SolanaDepositRelease`). Anyone can submit it. GRID deposits pay `amount * 10^(18 - solanaGridDecimals)`
    /// GRID wei out of the GRID locked here; USDC deposits buy GRID from the reserve at the oracle's current rate
    /// less the swap fee. The GRID counts against the cap window; it is paid at once when the window has room and
    /// it is not a large transfer, and queued otherwise. Reverts (leaving the attestation unused, so the
    /// inspectors can attest a refund instead) when it cannot be served: above the cap, reserve or lock short,
    /// no fresh rate, recipient unusable.
    /// @return gridAmount GRID wei released or queued.
    /// @return releasableAt When it can be paid (now when it was paid at once).
    function releaseDeposit(
        DepositKey calldata key,
        uint8 mint,
        uint64 amount,
        address recipient,
        bytes calldata signatures
    ) external returns (uint256 gridAmount, uint64 releasableAt);

    /// @notice Records the inspectors' decision to refund a deposit from the vault (kind 7, payload
    /// `SolanaDepositRefund`). Anyone can submit it; nothing moves on Arbitrum. The deposit can never be
    /// released afterwards: the inspectors execute the refund on Solana once they see this record.
    function recordRefund(
        DepositKey calldata key,
        uint8 mint,
        uint64 amount,
        bytes32 refundAccount,
        uint8 reason,
        bytes calldata signatures
    ) external;

    /// @notice Pays a queued release once its time has come. Anyone can call it.
    function completeRelease(bytes32 depositId) external;

    /// @notice Pays `gridAmount` GRID in for a release on Solana to wallet `solanaRecipient`, of GRID (1:1,
    /// `gridAmount` a whole number of Solana units) or USDC (at the oracle's rate less the swap fee, paid from
    /// the USDC the pool holds in the vault; the GRID joins the reserve). Needs an allowance.
    /// @param minSolanaAmount The least raw units the recipient must get (slippage bound for USDC).
    /// @return id The outbound transfer's id (the inspectors' release memo names it).
    function bridgeToSolana(uint8 mint, uint256 gridAmount, bytes32 solanaRecipient, uint64 minSolanaAmount)
        external
        returns (uint64 id);

    /// @notice Returns an open outbound transfer's GRID to its sender on a k-of-n attestation (kind 8, payload
    /// `SolanaOutboundReturn`) that the inspectors will not release it on Solana. Anyone can submit it.
    function returnOutbound(uint64 id, uint8 reason, bytes calldata signatures) external;

    /// @notice Adds `amount` GRID to the reserve that pays USDC deposits. Anyone can fund it.
    function fundReserve(uint256 amount) external;
}
