// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Attestations
/// @notice Attestation kinds and the payload hashes inspectors sign, shared by every consumer contract and
/// mirrored byte for byte by the Go `oracle` package. A payload hash is `keccak256(abi.encode(TYPEHASH, fields))`,
/// an EIP-712 struct hash (dynamic arrays and strings hashed as EIP-712 prescribes), so each kind's payload cannot
/// be mistaken for another's.
library Attestations {
    /// @notice A provider was down from `downSince`: the escrow bills the lease only up to there and refunds the
    /// renter the rest, while the lease is open or within the dispute window after it closed.
    uint8 internal constant KIND_BREACH = 1;
    /// @notice A lease's job completed with a result CID.
    uint8 internal constant KIND_COMPLETION = 2;
    /// @notice Slash a staker for the evidence named by the attestation id (downtime or fraud, capped per kind).
    uint8 internal constant KIND_SLASH = 3;
    /// @notice An epoch's cumulative rewards Merkle root and the cumulative total of its leaves.
    uint8 internal constant KIND_REWARD_ROOT = 4;
    /// @notice The GRID/USD rate.
    uint8 internal constant KIND_GRID_PRICE = 5;
    /// @notice A machine passed its hardware checks: class, GPU count and the identity of each GPU, until an
    /// expiry.
    uint8 internal constant KIND_HARDWARE_VERIFICATION = 6;
    /// @notice The inspectors' decision on one finalized Solana deposit into a gateway vault: release it on
    /// Arbitrum (`SolanaDepositRelease`) or refund it from the vault (`SolanaDepositRefund`). The attestation id
    /// is the deposit's replay key, `solanaDepositId(cluster, signature, index)`, so a deposit gets at most one
    /// decision, whichever it is.
    uint8 internal constant KIND_SOLANA_DEPOSIT = 7;
    /// @notice An Arbitrum-to-Solana transfer that the inspectors will not execute on Solana (the recipient's
    /// token account cannot receive it): its GRID goes back to the sender. Id: `bytes32(uint256(outboundId))`.
    uint8 internal constant KIND_SOLANA_OUTBOUND_RETURN = 8;

    /// @notice Solana mints the gateway knows (`mint` fields of the Solana payloads and of outbound transfers).
    uint8 internal constant SOLANA_MINT_GRID = 1;
    uint8 internal constant SOLANA_MINT_USDC = 2;

    bytes32 internal constant BREACH_TYPEHASH = keccak256("Breach(uint256 leaseId,uint64 downSince)");
    bytes32 internal constant COMPLETION_TYPEHASH = keccak256("Completion(uint256 leaseId,string resultCID)");
    bytes32 internal constant SLASH_TYPEHASH = keccak256(
        "Slash(address offender,uint8 role,uint8 kind,uint256 amount,address renter,uint16 renterBps,address[] reporters)"
    );
    bytes32 internal constant REWARD_ROOT_TYPEHASH =
        keccak256("RewardRoot(uint64 epoch,bytes32 root,uint256 cumulativeTotal)");
    bytes32 internal constant GRID_PRICE_TYPEHASH = keccak256("GridPrice(uint256 price,uint64 observedAt)");
    bytes32 internal constant HARDWARE_VERIFICATION_TYPEHASH = keccak256(
        "HardwareVerification(bytes32 machineId,bytes32 gpuClass,uint32 gpuCount,bytes32[] gpuIds,uint64 verifiedAt,uint64 expiresAt)"
    );
    bytes32 internal constant SOLANA_DEPOSIT_RELEASE_TYPEHASH =
        keccak256("SolanaDepositRelease(bytes32 depositId,uint8 mint,uint64 amount,address recipient)");
    bytes32 internal constant SOLANA_DEPOSIT_REFUND_TYPEHASH = keccak256(
        "SolanaDepositRefund(bytes32 depositId,uint8 mint,uint64 amount,bytes32 refundAccount,uint8 reason)"
    );
    bytes32 internal constant SOLANA_OUTBOUND_RETURN_TYPEHASH =
        keccak256("SolanaOutboundReturn(uint64 outboundId,uint8 reason)");

    function breachHash(uint256 leaseId, uint64 downSince) internal pure returns (bytes32) {
        return keccak256(abi.encode(BREACH_TYPEHASH, leaseId, downSince));
    }

    function completionHash(uint256 leaseId, string memory resultCID) internal pure returns (bytes32) {
        return keccak256(abi.encode(COMPLETION_TYPEHASH, leaseId, keccak256(bytes(resultCID))));
    }

    function slashHash(
        address offender,
        uint8 role,
        uint8 kind,
        uint256 amount,
        address renter,
        uint16 renterBps,
        address[] memory reporters
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                SLASH_TYPEHASH,
                offender,
                role,
                kind,
                amount,
                renter,
                renterBps,
                keccak256(abi.encodePacked(reporters))
            )
        );
    }

    function rewardRootHash(uint64 epoch, bytes32 root, uint256 cumulativeTotal)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(REWARD_ROOT_TYPEHASH, epoch, root, cumulativeTotal));
    }

    function gridPriceHash(uint256 price, uint64 observedAt) internal pure returns (bytes32) {
        return keccak256(abi.encode(GRID_PRICE_TYPEHASH, price, observedAt));
    }

    /// @param gpuIds One identity hash per GPU (keccak256 of the GPU's UUID string as NVML reports it, e.g.
    /// "GPU-8e2a..."), strictly ascending.
    function hardwareVerificationHash(
        bytes32 machineId,
        bytes32 gpuClass,
        uint32 gpuCount,
        bytes32[] memory gpuIds,
        uint64 verifiedAt,
        uint64 expiresAt
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                HARDWARE_VERIFICATION_TYPEHASH,
                machineId,
                gpuClass,
                gpuCount,
                keccak256(abi.encodePacked(gpuIds)),
                verifiedAt,
                expiresAt
            )
        );
    }

    /// @notice A Solana deposit's replay key as one word: the cluster's genesis hash, the transaction's first
    /// signature (64 bytes, split into its two halves) and the top-level instruction index of the transfer.
    function solanaDepositId(bytes32 cluster, bytes32 signatureHi, bytes32 signatureLo, uint16 index)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(cluster, signatureHi, signatureLo, index));
    }

    /// @param amount The deposit in the Solana mint's raw units (what the TransferChecked moved).
    function solanaDepositReleaseHash(bytes32 depositId, uint8 mint, uint64 amount, address recipient)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(SOLANA_DEPOSIT_RELEASE_TYPEHASH, depositId, mint, amount, recipient));
    }

    /// @param refundAccount The Solana token account the refund goes to (the deposit's source).
    function solanaDepositRefundHash(
        bytes32 depositId,
        uint8 mint,
        uint64 amount,
        bytes32 refundAccount,
        uint8 reason
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(SOLANA_DEPOSIT_REFUND_TYPEHASH, depositId, mint, amount, refundAccount, reason)
        );
    }

    function solanaOutboundReturnHash(uint64 outboundId, uint8 reason) internal pure returns (bytes32) {
        return keccak256(abi.encode(SOLANA_OUTBOUND_RETURN_TYPEHASH, outboundId, reason));
    }
}
