#!/usr/bin/env bash
# Regenerates cast_vectors.json: EIP-712 digests, payload hashes and signatures computed by Foundry's cast
# (alloy), an implementation independent of go-ethereum, for oracle's tests to match byte for byte.
#   PATH=$PWD/node_modules/.bin:$PATH oracle/testdata/cast_vectors.sh > oracle/testdata/cast_vectors.json
# The key is anvil's well-known dev account #0: never use it for anything real.
set -euo pipefail

key=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
chain_id=42161
escrow=0x5FbDB2315678afecb367f032d93F642f64180aa3
quorum=0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512
target=0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0
provider=$(cast wallet address --private-key "$key")
machine_id=$(cast keccak "machine-1")
att_id=$(cast keccak "evidence-1")
root=$(cast keccak "root-7")
max=115792089237316195423570985008687907853269984665640564039457584007913129639935
r1=0x70997970C51812dc3A010C7d01b50e0d17dc79C8
r2=0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC

enc() { cast abi-encode "f($1)" "${@:2}"; }
h() { cast keccak "$(enc "$@")"; }
th() { cast keccak "$1"; }

domain_type="EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
sep() { h "bytes32,bytes32,bytes32,uint256,address" "$(th "$domain_type")" "$(cast keccak "$1")" "$(cast keccak 1)" "$chain_id" "$2"; }
digest() { cast keccak "0x1901${1#0x}${2#0x}"; }

quote_type="Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecond,uint64 maxDuration,uint64 expiry,uint256 nonce)"
att_type="Attestation(uint8 kind,address target,bytes32 id,uint64 signerSetVersion,bytes32 payloadHash)"

escrow_sep=$(sep "idlegrid LeaseEscrow" "$escrow")
quorum_sep=$(sep "idlegrid AttestationQuorum" "$quorum")

quote_struct=$(h "bytes32,address,bytes32,uint32,uint256,uint64,uint64,uint256" "$(th "$quote_type")" "$provider" "$machine_id" 4 1234567 86400 1750000000 7)
quote_digest=$(digest "$escrow_sep" "$quote_struct")

breach=$(h "bytes32,uint256,uint64" "$(th "Breach(uint256 leaseId,uint64 downSince)")" 42 1700000000)
completion=$(h "bytes32,uint256,bytes32" "$(th "Completion(uint256 leaseId,string resultCID)")" 42 "$(cast keccak "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")")
reporters_packed=$(cast abi-encode "f(address,address)" "$r1" "$r2")
slash=$(h "bytes32,address,uint8,uint256,address,uint16,bytes32" "$(th "Slash(address offender,uint8 role,uint256 amount,address renter,uint16 renterBps,address[] reporters)")" "$provider" 0 1000000000000000000000 "$target" 2500 "$(cast keccak "$reporters_packed")")
slash_empty=$(h "bytes32,address,uint8,uint256,address,uint16,bytes32" "$(th "Slash(address offender,uint8 role,uint256 amount,address renter,uint16 renterBps,address[] reporters)")" "$provider" 1 "$max" 0x0000000000000000000000000000000000000000 0 "$(cast keccak 0x)")
reward=$(h "bytes32,uint64,bytes32,uint256" "$(th "RewardRoot(uint64 epoch,bytes32 root,uint256 total)")" 7 "$root" 5000000000000000000000000)
price=$(h "bytes32,uint256,uint64" "$(th "GridPrice(uint256 price,uint64 observedAt)")" 250000000000000000 1700000123)

att_struct=$(h "bytes32,uint8,address,bytes32,uint64,bytes32" "$(th "$att_type")" 3 "$target" "$att_id" 2 "$slash")
att_digest=$(digest "$quorum_sep" "$att_struct")

# Signatures from cast's own EIP-712 encoder (typed-data JSON), cross-checked against signing the digest above.
quote_json=$(jq -nc --arg p "$provider" --arg m "$machine_id" --arg e "$escrow" --argjson c "$chain_id" '{
  types: {
    EIP712Domain: [{name:"name",type:"string"},{name:"version",type:"string"},{name:"chainId",type:"uint256"},{name:"verifyingContract",type:"address"}],
    Quote: [{name:"provider",type:"address"},{name:"machineId",type:"bytes32"},{name:"gpuCount",type:"uint32"},{name:"usdPerSecond",type:"uint256"},{name:"maxDuration",type:"uint64"},{name:"expiry",type:"uint64"},{name:"nonce",type:"uint256"}]
  },
  primaryType: "Quote",
  domain: {name:"idlegrid LeaseEscrow",version:"1",chainId:$c,verifyingContract:$e},
  message: {provider:$p,machineId:$m,gpuCount:4,usdPerSecond:"1234567",maxDuration:86400,expiry:1750000000,nonce:"7"}
}')
att_json=$(jq -nc --arg t "$target" --arg i "$att_id" --arg ph "$slash" --arg q "$quorum" --argjson c "$chain_id" '{
  types: {
    EIP712Domain: [{name:"name",type:"string"},{name:"version",type:"string"},{name:"chainId",type:"uint256"},{name:"verifyingContract",type:"address"}],
    Attestation: [{name:"kind",type:"uint8"},{name:"target",type:"address"},{name:"id",type:"bytes32"},{name:"signerSetVersion",type:"uint64"},{name:"payloadHash",type:"bytes32"}]
  },
  primaryType: "Attestation",
  domain: {name:"idlegrid AttestationQuorum",version:"1",chainId:$c,verifyingContract:$q},
  message: {kind:3,target:$t,id:$i,signerSetVersion:2,payloadHash:$ph}
}')
quote_sig=$(cast wallet sign --private-key "$key" --data "$quote_json")
att_sig=$(cast wallet sign --private-key "$key" --data "$att_json")
[ "$quote_sig" = "$(cast wallet sign --private-key "$key" --no-hash "$quote_digest")" ] || { echo "quote digest disagrees with cast's EIP-712" >&2; exit 1; }
[ "$att_sig" = "$(cast wallet sign --private-key "$key" --no-hash "$att_digest")" ] || { echo "attestation digest disagrees with cast's EIP-712" >&2; exit 1; }

jq -n \
  --arg key "$key" --arg provider "$provider" --argjson chainId "$chain_id" --arg escrow "$escrow" --arg quorum "$quorum" \
  --arg target "$target" --arg machineId "$machine_id" --arg attId "$att_id" --arg root "$root" --arg r1 "$r1" --arg r2 "$r2" \
  --arg escrowSeparator "$escrow_sep" --arg quorumSeparator "$quorum_sep" \
  --arg quoteStructHash "$quote_struct" --arg quoteDigest "$quote_digest" --arg quoteSignature "$quote_sig" \
  --arg breach "$breach" --arg completion "$completion" --arg slash "$slash" --arg slashEmpty "$slash_empty" \
  --arg rewardRoot "$reward" --arg gridPrice "$price" \
  --arg attestationStructHash "$att_struct" --arg attestationDigest "$att_digest" --arg attestationSignature "$att_sig" \
  '{inputs: {key:$key, provider:$provider, chainId:$chainId, escrow:$escrow, quorum:$quorum, target:$target,
             machineId:$machineId, attestationId:$attId, root:$root, reporters:[$r1,$r2]},
    escrowSeparator:$escrowSeparator, quorumSeparator:$quorumSeparator,
    quoteStructHash:$quoteStructHash, quoteDigest:$quoteDigest, quoteSignature:$quoteSignature,
    payloads: {breach:$breach, completion:$completion, slash:$slash, slashEmpty:$slashEmpty, rewardRoot:$rewardRoot, gridPrice:$gridPrice},
    attestationStructHash:$attestationStructHash, attestationDigest:$attestationDigest, attestationSignature:$attestationSignature}'
