// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";

/// @notice Builds reward Merkle trees in tests exactly as OpenZeppelin's StandardMerkleTree (the JS package
/// openzeppelin/merkle-tree) does for leaf encoding ["address", "uint256"]: leaves are
/// `keccak256(bytes.concat(keccak256(abi.encode(account, amount))))`, sorted ascending by hash, laid out in a
/// complete binary tree array (`tree[len - 1 - i] = sortedLeaf[i]`, node i has children 2i + 1 and 2i + 2),
/// interior nodes hashed as sorted pairs (`Hashes.commutativeKeccak256`). Roots and proofs therefore match the
/// JS library byte for byte and verify with OpenZeppelin's `MerkleProof`.
library MerkleTreeBuilder {
    /// @notice A built tree: `nodes[0]` is the root, the last `leafCount` nodes are the sorted leaves.
    struct Tree {
        bytes32[] nodes;
        uint256 leafCount;
    }

    /// @notice The double-hashed leaf of (account, cumulativeAmount).
    function leafHash(address account, uint256 amount) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, amount))));
    }

    /// @notice Builds the tree over (accounts[i], amounts[i]). Needs at least one leaf.
    function build(address[] memory accounts, uint256[] memory amounts) internal pure returns (Tree memory) {
        require(accounts.length == amounts.length, "MerkleTreeBuilder: length mismatch");
        bytes32[] memory leaves = new bytes32[](accounts.length);
        for (uint256 i = 0; i < accounts.length; i++) {
            leaves[i] = leafHash(accounts[i], amounts[i]);
        }
        return buildFromLeaves(leaves);
    }

    /// @notice Builds the tree over already hashed leaves (the array is copied, not modified).
    function buildFromLeaves(bytes32[] memory leaves) internal pure returns (Tree memory tree) {
        uint256 n = leaves.length;
        require(n > 0, "MerkleTreeBuilder: no leaves");
        bytes32[] memory sorted = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            sorted[i] = leaves[i];
        }
        _sort(sorted);
        bytes32[] memory nodes = new bytes32[](2 * n - 1);
        for (uint256 i = 0; i < n; i++) {
            nodes[nodes.length - 1 - i] = sorted[i];
        }
        for (uint256 i = nodes.length - n; i > 0;) {
            i--;
            nodes[i] = Hashes.commutativeKeccak256(nodes[2 * i + 1], nodes[2 * i + 2]);
        }
        tree.nodes = nodes;
        tree.leafCount = n;
    }

    /// @notice The root of a built tree.
    function root(Tree memory tree) internal pure returns (bytes32) {
        return tree.nodes[0];
    }

    /// @notice The proof for (account, amount); reverts if the leaf is not in the tree.
    function proof(Tree memory tree, address account, uint256 amount)
        internal
        pure
        returns (bytes32[] memory)
    {
        return proofForLeaf(tree, leafHash(account, amount));
    }

    /// @notice The proof for a leaf hash (siblings from the leaf up); reverts if the leaf is not in the tree.
    function proofForLeaf(Tree memory tree, bytes32 leaf) internal pure returns (bytes32[] memory) {
        uint256 len = tree.nodes.length;
        uint256 index = type(uint256).max;
        for (uint256 i = len - tree.leafCount; i < len; i++) {
            if (tree.nodes[i] == leaf) {
                index = i;
                break;
            }
        }
        require(index != type(uint256).max, "MerkleTreeBuilder: leaf not in tree");
        uint256 depth = 0;
        for (uint256 j = index; j > 0; j = (j - 1) / 2) {
            depth++;
        }
        bytes32[] memory siblings = new bytes32[](depth);
        uint256 k = 0;
        while (index > 0) {
            siblings[k++] = tree.nodes[index % 2 == 1 ? index + 1 : index - 1];
            index = (index - 1) / 2;
        }
        return siblings;
    }

    /// @notice The root a leaf hashes up to along `siblings`: for a proof of arbitrary depth without building
    /// 2^depth leaves (the siblings stand for the rest of a real tree).
    function rootFromProof(bytes32 leaf, bytes32[] memory siblings) internal pure returns (bytes32 node) {
        node = leaf;
        for (uint256 i = 0; i < siblings.length; i++) {
            node = Hashes.commutativeKeccak256(node, siblings[i]);
        }
    }

    /// @dev In-place ascending sort (insertion sort: test trees are small).
    function _sort(bytes32[] memory a) private pure {
        for (uint256 i = 1; i < a.length; i++) {
            bytes32 key = a[i];
            uint256 j = i;
            while (j > 0 && a[j - 1] > key) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = key;
        }
    }
}
