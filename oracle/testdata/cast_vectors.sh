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
sep() { h "bytes32,bytes32,bytes32,uint256,address" "$(th "$domain_type")" "$(cast keccak "$1")" "$(cast keccak "$2")" "$chain_id" "$3"; }
digest() { cast keccak "0x1901${1#0x}${2#0x}"; }

quote_type="Quote(address provider,bytes32 machineId,uint32 gpuCount,uint256 usdPerSecondWad,uint64 minDuration,uint64 maxDuration,uint64 expiry,uint256 nonce,address renter,bool singleUse)"
att_type="Attestation(uint8 kind,address target,bytes32 id,uint64 signerSetVersion,bytes32 payloadHash)"

escrow_sep=$(sep "idlegrid LeaseEscrow" 2 "$escrow")
quorum_sep=$(sep "idlegrid AttestationQuorum" 1 "$quorum")

# 0.01 USD per GPU-hour for 4 GPUs: 4e16 / 3600 wad per second, rounded down.
usd_wad=11111111111111
quote_struct=$(h "bytes32,address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool" "$(th "$quote_type")" "$provider" "$machine_id" 4 "$usd_wad" 3600 86400 1750000000 7 "$r1" true)
quote_digest=$(digest "$escrow_sep" "$quote_struct")

breach=$(h "bytes32,uint256,uint64" "$(th "Breach(uint256 leaseId,uint64 downSince)")" 42 1700000000)
completion=$(h "bytes32,uint256,bytes32" "$(th "Completion(uint256 leaseId,string resultCID)")" 42 "$(cast keccak "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")")
# Reporters strictly ascending, as Staking requires: r2 < r1.
reporters_packed=$(cast abi-encode "f(address,address)" "$r2" "$r1")
slash_type="Slash(address offender,uint8 role,uint8 kind,uint256 amount,address renter,uint16 renterBps,address[] reporters)"
slash=$(h "bytes32,address,uint8,uint8,uint256,address,uint16,bytes32" "$(th "$slash_type")" "$provider" 0 0 1000000000000000000000 "$target" 2500 "$(cast keccak "$reporters_packed")")
slash_empty=$(h "bytes32,address,uint8,uint8,uint256,address,uint16,bytes32" "$(th "$slash_type")" "$provider" 1 1 "$max" 0x0000000000000000000000000000000000000000 0 "$(cast keccak 0x)")
reward=$(h "bytes32,uint64,bytes32,uint256" "$(th "RewardRoot(uint64 epoch,bytes32 root,uint256 cumulativeTotal)")" 7 "$root" 5000000000000000000000000)
# Two GPUs: keccak256 of each UUID string, ascending (the ids are sorted below with sort on their hex).
gpu_a=$(cast keccak "GPU-8e2a0c6f-4f1e-3c55-b0a2-6d1f2e3a4b5c")
gpu_b=$(cast keccak "GPU-11111111-2222-3333-4444-555555555555")
gpu_ids=$(printf '%s\n%s\n' "$gpu_a" "$gpu_b" | sort)
gpu_packed=0x$(echo "$gpu_ids" | sed 's/^0x//' | tr -d '\n')
sim_class=0x$(printf 'SIM' | xxd -p)$(printf '0%.0s' $(seq 1 58))
hardware=$(h "bytes32,bytes32,bytes32,uint32,bytes32,uint64,uint64" "$(th "HardwareVerification(bytes32 machineId,bytes32 gpuClass,uint32 gpuCount,bytes32[] gpuIds,uint64 verifiedAt,uint64 expiresAt)")" "$machine_id" "$sim_class" 2 "$(cast keccak "$gpu_packed")" 1700000000 1700604800)
price=$(h "bytes32,uint256,uint64" "$(th "GridPrice(uint256 price,uint64 observedAt)")" 250000000000000000 1700000123)

att_struct=$(h "bytes32,uint8,address,bytes32,uint64,bytes32" "$(th "$att_type")" 3 "$target" "$att_id" 2 "$slash")
att_digest=$(digest "$quorum_sep" "$att_struct")

# Signatures from cast's own EIP-712 encoder (typed-data JSON), cross-checked against signing the digest above.
quote_json=$(jq -nc --arg p "$provider" --arg m "$machine_id" --arg e "$escrow" --argjson c "$chain_id" --arg w "$usd_wad" --arg r "$r1" '{
  types: {
    EIP712Domain: [{name:"name",type:"string"},{name:"version",type:"string"},{name:"chainId",type:"uint256"},{name:"verifyingContract",type:"address"}],
    Quote: [{name:"provider",type:"address"},{name:"machineId",type:"bytes32"},{name:"gpuCount",type:"uint32"},{name:"usdPerSecondWad",type:"uint256"},{name:"minDuration",type:"uint64"},{name:"maxDuration",type:"uint64"},{name:"expiry",type:"uint64"},{name:"nonce",type:"uint256"},{name:"renter",type:"address"},{name:"singleUse",type:"bool"}]
  },
  primaryType: "Quote",
  domain: {name:"idlegrid LeaseEscrow",version:"2",chainId:$c,verifyingContract:$e},
  message: {provider:$p,machineId:$m,gpuCount:4,usdPerSecondWad:$w,minDuration:3600,maxDuration:86400,expiry:1750000000,nonce:"7",renter:$r,singleUse:true}
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
  --arg rewardRoot "$reward" --arg gridPrice "$price" --arg hardware "$hardware" --arg gpuA "$gpu_a" --arg gpuB "$gpu_b" \
  --arg attestationStructHash "$att_struct" --arg attestationDigest "$att_digest" --arg attestationSignature "$att_sig" \
  '{inputs: {key:$key, provider:$provider, chainId:$chainId, escrow:$escrow, quorum:$quorum, target:$target,
             machineId:$machineId, attestationId:$attId, root:$root, reporters:[$r2,$r1], gpuIdA:$gpuA, gpuIdB:$gpuB},
    escrowSeparator:$escrowSeparator, quorumSeparator:$quorumSeparator,
    quoteStructHash:$quoteStructHash, quoteDigest:$quoteDigest, quoteSignature:$quoteSignature,
    payloads: {breach:$breach, completion:$completion, slash:$slash, slashEmpty:$slashEmpty, rewardRoot:$rewardRoot, gridPrice:$gridPrice, hardwareVerification:$hardware},
    attestationStructHash:$attestationStructHash, attestationDigest:$attestationDigest, attestationSignature:$attestationSignature}'
