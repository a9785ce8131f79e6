// Generates oz_vectors.json with @openzeppelin/merkle-tree 1.x (npm install @openzeppelin/merkle-tree@1; node oz_merkle_vectors.js > oz_merkle_vectors.json).
const { StandardMerkleTree } = require("@openzeppelin/merkle-tree");
const cases = [];
const sizes = [1, 2, 3, 5, 8, 13];
for (const n of sizes) {
  const values = [];
  for (let i = 0; i < n; i++) {
    const addr = "0x" + (BigInt(i + 1) * 0x1111111111111111111111111111111111111n).toString(16).padStart(40, "0").slice(-40);
    const amount = (BigInt(i + 1) * 10n ** 18n + BigInt(i * 7)).toString();
    values.push([addr, amount]);
  }
  const tree = StandardMerkleTree.of(values, ["address", "uint256"]);
  const proofs = values.map((v, i) => ({ account: v[0], cumulativeAmount: v[1], proof: tree.getProof(i) }));
  cases.push({ leaves: proofs, root: tree.root });
}
console.log(JSON.stringify(cases, null, 1));
