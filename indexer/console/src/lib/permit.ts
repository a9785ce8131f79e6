// Paying the escrow: an EIP-2612 permit where the token supports it and the escrow takes one (no allowance
// stays behind), otherwise an approval of exactly the amount.
import { encodeAbiParameters, hexToSignature, type Address, type Hex } from "viem";
import { abiERC20 } from "../gen/protocol";
import { read, write, type Session } from "./wallet";

/** Whether token implements EIP-2612 (eip712Domain and nonces answer). */
export async function supportsPermit(s: Session, token: Address): Promise<boolean> {
  try {
    await read(s, { address: token, abi: abiERC20, functionName: "nonces", args: [s.account] });
    await read(s, { address: token, abi: abiERC20, functionName: "eip712Domain" });
    return true;
  } catch {
    return false;
  }
}

/** Has the wallet sign a permit of value for spender, valid for `validFor` seconds; returns the escrow's encoding. */
export async function signPermit(s: Session, token: Address, spender: Address, value: bigint, validFor = 1800): Promise<Hex> {
  const [domain, nonce] = await Promise.all([
    read<readonly [Hex, string, string, bigint, Address, Hex, readonly bigint[]]>(s, { address: token, abi: abiERC20, functionName: "eip712Domain" }),
    read<bigint>(s, { address: token, abi: abiERC20, functionName: "nonces", args: [s.account] }),
  ]);
  const block = await s.public.getBlock();
  const deadline = block.timestamp + BigInt(validFor);
  const signature = await s.wallet.signTypedData({
    account: s.account,
    domain: { name: domain[1], version: domain[2], chainId: domain[3], verifyingContract: domain[4] },
    types: {
      Permit: [
        { name: "owner", type: "address" },
        { name: "spender", type: "address" },
        { name: "value", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    },
    primaryType: "Permit",
    message: { owner: s.account, spender, value, nonce, deadline },
  });
  const { r, s: sv, v, yParity } = hexToSignature(signature);
  const vv = v !== undefined ? Number(v) : 27 + (yParity ?? 0);
  return encodeAbiParameters(
    [{ type: "uint256" }, { type: "uint256" }, { type: "uint8" }, { type: "bytes32" }, { type: "bytes32" }],
    [value, deadline, vv, r, sv],
  );
}

/** Approves exactly value when the allowance is short; returns whether a transaction was sent. */
export async function approveIfShort(s: Session, token: Address, spender: Address, value: bigint, onSent?: (h: Hex) => void) {
  const allowance = await read<bigint>(s, { address: token, abi: abiERC20, functionName: "allowance", args: [s.account, spender] });
  if (allowance >= value) return false;
  await write(s, { address: token, abi: abiERC20, functionName: "approve", args: [spender, value] }, onSent);
  return true;
}
