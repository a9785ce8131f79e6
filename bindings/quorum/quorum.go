// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package quorum

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IAttestationQuorumSignerSet is an auto generated low-level Go binding around an user-defined struct.
type IAttestationQuorumSignerSet struct {
	Version   uint64
	Threshold uint8
	Signers   []common.Address
}

// AttestationQuorumMetaData contains all meta data concerning the AttestationQuorum contract.
var AttestationQuorumMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"signerSetDelay_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ATTESTATION_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PROPOSAL_LIFETIME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"applySignerSet\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestationDigest\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancelSignerSetProposal\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"consume\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"consumed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isSigner\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minSignerStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingSignerSet\",\"inputs\":[],\"outputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposeSignerSet\",\"inputs\":[{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signatureCounts\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signerSet\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAttestationQuorum.SignerSet\",\"components\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signerSetDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signerStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"syncMinStake\",\"inputs\":[{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"syncStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"activeStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AttestationConsumed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signerSetVersion\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinStakeSynced\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetApplied\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetProposalCancelled\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetProposed\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerStakeSynced\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"activeStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AttestationAlreadyConsumed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EmptySignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signers\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoActiveSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoPendingSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotEnoughSignatures\",\"inputs\":[{\"name\":\"have\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"need\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotStaking\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"QuorumNotWiredInStaking\",\"inputs\":[{\"name\":\"wired\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignatureOrder\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SignaturesLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SignerNotActiveInspector\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignerSetNotYetEffective\",\"inputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SignerSetProposalExpired\",\"inputs\":[{\"name\":\"expiredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SignersNotAscending\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManySigners\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownKind\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnknownSigner\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAttestationId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPayloadHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroSigner\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroSignerSetDelay\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroStaking\",\"inputs\":[]}]",
	ID:  "AttestationQuorum",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051612caa380380612caa83398101604081905261002f91610359565b826040518060400160405280601a81526020017f69646c6567726964204174746573746174696f6e51756f72756d000000000000815250604051806040016040528060018152602001603160f81b81525061008f8261027760201b60201c565b6101205261009c81610277565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610168816102b4565b506001600160a01b03821661019057604051630cf21c2760e31b815260040160405180910390fd5b806001600160401b03165f036101b95760405163548104b160e01b815260040160405180910390fd5b6001600160a01b0382166101608190526001600160401b03821661018052604080516392de473b60e01b8152905161023d92916392de473b9160048083019260209291908290030181865afa158015610214573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023891906103ae565b6102d0565b600480546001600160601b0392909216690100000000000000000002600160481b600160a81b031990921691909117905550610420915050565b5f5f829050601f815111156102a1578260405163305a27a960e01b815260040161015691906103c5565b80516102ac826103fa565b179392505050565b600380546001600160a01b03191690556102cd816102f4565b50565b5f6001600160601b0382116102e557816102ee565b6001600160601b035b92915050565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03811681146102cd575f5ffd5b5f5f5f6060848603121561036b575f5ffd5b835161037681610345565b602085015190935061038781610345565b60408501519092506001600160401b03811681146103a3575f5ffd5b809150509250925092565b5f602082840312156103be575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561041a575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516127fb6104af5f395f81816102f001526112a501525f81816102a4015281816104ef015281816105ef01528181610812015281816109e70152610b3f01525f611af301525f611ac801525f611e3401525f611e0c01525f611d6701525f611d9101525f611dbb01526127fb5ff3fe608060405234801561000f575f5ffd5b50600436106101b0575f3560e01c806379ba5097116100f3578063a9fd281411610093578063d7efed171161006e578063d7efed171461048b578063e30c39781461049e578063f2fde38b146104bc578063f698da25146104cf575f5ffd5b8063a9fd28141461045d578063bfd7999c14610465578063ce811b5314610478575f5ffd5b806384b0196e116100ce57806384b0196e146103ec5780638da5cb5b14610407578063915c80e114610425578063a8e8a24914610448575f5ffd5b806379ba5097146103be5780637c283c22146103c65780637df73e27146103d9575f5ffd5b80635059f12c1161015e57806364c4f3f31161013957806364c4f3f31461033d5780636c34eb481461038c5780636f1a9918146103a3578063715018a6146103b6575f5ffd5b80635059f12c146102eb578063582109ad1461032b57806359ecd65714610335575f5ffd5b80634b2c4f911161018e5780634b2c4f91146102165780634ca9b8801461021e5780634cf088d91461029f575f5ffd5b806307090c1f146101b45780630e659ddd146101ee57806316de8e7614610203575b5f5ffd5b6101db7ff0c1c3b25747bed446fbf35af8c33f485906aca70e3896c04e502ee285e989e881565b6040519081526020015b60405180910390f35b6102016101fc366004611fed565b6104d7565b005b610201610211366004612025565b6105d7565b6102016106fd565b61028f61022c366004612064565b6040805173ffffffffffffffffffffffffffffffffffffffff9490941660208086019190915260ff9384168583015260608086019390935281518086039093018352608090940181528151918401919091205f9081526009909352909120541690565b60405190151581526020016101e5565b6102c67f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101e5565b6103127f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101e5565b61031262093a8081565b6101db602081565b6101db61034b3660046120a0565b73ffffffffffffffffffffffffffffffffffffffff165f908152600660205260409020546801000000000000000090046bffffffffffffffffffffffff1690565b610394610da3565b6040516101e59392919061210b565b6101db6103b1366004612136565b610e3c565b610201610e64565b610201610e77565b6102016103d43660046121bc565b610eee565b61028f6103e73660046120a0565b611033565b6103f4611088565b6040516101e5979695949392919061226b565b60025473ffffffffffffffffffffffffffffffffffffffff166102c6565b600454690100000000000000000090046bffffffffffffffffffffffff166101db565b6104506110e6565b6040516101e5919061232a565b61020161119c565b6101db6104733660046123b5565b61126f565b61020161048636600461242a565b61128c565b61028f6104993660046120a0565b611385565b60035473ffffffffffffffffffffffffffffffffffffffff166102c6565b6102016104ca3660046120a0565b61148f565b6101db61153f565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461054d576040517f77b081520000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6105568161154d565b600480546bffffffffffffffffffffffff929092166901000000000000000000027fffffffffffffffffffffff000000000000000000000000ffffffffffffffffff9092169190911790556040518181527f86217ae7bf35a38decfcfbd824b36ba49223fdebec1c6a159b77372d003871379060200160405180910390a150565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610648576040517f77b08152000000000000000000000000000000000000000000000000000000008152336004820152602401610544565b6106518161154d565b73ffffffffffffffffffffffffffffffffffffffff83165f818152600660205260409081902080546bffffffffffffffffffffffff9490941668010000000000000000027fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff9094169390931790925590517f3d724564c38aa7a9d2bf0015d1005f98ca7c50e559769a44b5dd0d4991cdf57b906106f19084815260200190565b60405180910390a25050565b60075467ffffffffffffffff165f819003610744576040517fbde4972d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff1642101561079c576040517ff5ea4b4c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808316600483015242166024820152604401610544565b6107a962093a80826124d6565b67ffffffffffffffff1642111561080f576107c762093a80826124d6565b6040517f3ddc1df600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152429091166024820152604401610544565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16631703a0186040518163ffffffff1660e01b8152600401602060405180830381865afa158015610879573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061089d91906124f6565b905073ffffffffffffffffffffffffffffffffffffffff81163014610906576040517ffa049d1b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610544565b5f600760010180548060200260200160405190810160405280929190818152602001828054801561096b57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610940575b5050600780547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000811682559495506801000000000000000090940460ff169392505f91506109bc9050600882611fbe565b50506004545f906109d89067ffffffffffffffff1660016124d6565b90505f5b8351811015610d04577f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663872c32fa858381518110610a3357610a33612511565b60200260200101516040518263ffffffff1660e01b8152600401610a73919073ffffffffffffffffffffffffffffffffffffffff91909116815260200190565b602060405180830381865afa158015610a8e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab2919061253e565b610b1f57838181518110610ac857610ac8612511565b60200260200101516040517f6f3155a3000000000000000000000000000000000000000000000000000000008152600401610544919073ffffffffffffffffffffffffffffffffffffffff91909116815260200190565b60405180606001604052808367ffffffffffffffff168152602001610bf67f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16637a04519c888681518110610b8b57610b8b612511565b602002602001015160016040518363ffffffff1660e01b8152600401610bb292919061255d565b602060405180830381865afa158015610bcd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bf191906125bc565b61154d565b6bffffffffffffffffffffffff1681526020018260ff1681525060065f868481518110610c2557610c25612511565b60209081029190910181015173ffffffffffffffffffffffffffffffffffffffff1682528181019290925260409081015f208351815493850151949092015160ff1674010000000000000000000000000000000000000000027fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff90951668010000000000000000027fffffffffffffffffffffffff000000000000000000000000000000000000000090941667ffffffffffffffff9093169290921792909217929092169190911790556001016109dc565b506004805460ff841668010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911667ffffffffffffffff8416171790556005610d578482612660565b508067ffffffffffffffff167f9e346219500eeafee56b9f25a7566ed91f9aa5fdc520e18dd629c3e55dd98b0a8385604051610d949291906126c3565b60405180910390a25050505050565b60075460088054604080516020808402820181019092528281525f94859460609467ffffffffffffffff8316946801000000000000000090930460ff16939192839190830182828015610e2a57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610dff575b50505050509050925092509250909192565b6004545f90610e5b9086908690869067ffffffffffffffff168661157b565b95945050505050565b610e6c611618565b610e755f61166b565b565b600354339073ffffffffffffffffffffffffffffffffffffffff168114610ee2576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610544565b610eeb8161166b565b50565b604080513360208083019190915260ff88811683850152606080840189905284518085039091018152608090930184528251928201929092205f8181526009909252929020541615610f7e576040517f2410d21900000000000000000000000000000000000000000000000000000000815233600482015260ff8716602482015260448101869052606401610544565b5f610f8d33888888888861169c565b5f8481526009602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905560045482518a815267ffffffffffffffff9091169181019190915263ffffffff83169181019190915290925087915060ff89169033907f03bbad0050529014ccd2282af368af89e78bdd96aca5d673443a92d86ff7699a9060600160405180910390a450505050505050565b6004545f9067ffffffffffffffff168015801590611081575073ffffffffffffffffffffffffffffffffffffffff83165f9081526006602052604090205467ffffffffffffffff8281169116145b9392505050565b5f6060805f5f5f6060611099611ac1565b6110a1611aec565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b60408051606080820183525f8083526020830152918101919091526040805160608101825260045467ffffffffffffffff8116825268010000000000000000900460ff1660208083019190915260058054845181840281018401865281815293948501939283018282801561118f57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611164575b5050505050815250905090565b6111a4611618565b60075467ffffffffffffffff165f036111e9576040517fbde4972d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001681555f61121d600882611fbe565b50506004546112379067ffffffffffffffff1660016124d6565b67ffffffffffffffff167f98455dd3b4902dbed75aadd9b10949b1b9df0ce94ef7121753dc21c3f18376ad60405160405180910390a2565b5f5f61127f88888888888861169c565b5098975050505050505050565b611294611618565b61129f838383611b17565b5f6112ca7f0000000000000000000000000000000000000000000000000000000000000000426124d6565b6007805460ff851668010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911667ffffffffffffffff8416171790559050600861131f8486836126de565b506004546113389067ffffffffffffffff1660016124d6565b67ffffffffffffffff167fc93b3ea8c5558d67fd2e2e4658c9c8df9a679927870edf1925ceb79b60b321e6838686856040516113779493929190612730565b60405180910390a250505050565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600660209081526040808320815160608082018452915467ffffffffffffffff8082168352680100000000000000008083046bffffffffffffffffffffffff908116858901527401000000000000000000000000000000000000000090930460ff9081168588015286519586018752600454928316808752918304169685019690965269010000000000000000009004169282019290925290911580159061145757508051825167ffffffffffffffff9081169116145b8015611487575080604001516bffffffffffffffffffffffff1682602001516bffffffffffffffffffffffff1610155b949350505050565b611497611618565b6003805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556114fa60025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611548611d4e565b905090565b5f6bffffffffffffffffffffffff82116115675781611575565b6bffffffffffffffffffffffff5b92915050565b604080517ff0c1c3b25747bed446fbf35af8c33f485906aca70e3896c04e502ee285e989e8602082015260ff86169181019190915273ffffffffffffffffffffffffffffffffffffffff861660608201526080810184905267ffffffffffffffff831660a082015260c081018290525f9061160e9060e00160405160208183030381529060405280519060200120611e84565b9695505050505050565b60025473ffffffffffffffffffffffffffffffffffffffff163314610e75576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610544565b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610eeb81611ecb565b6040805160608101825260045467ffffffffffffffff811680835268010000000000000000820460ff166020840181905269010000000000000000009092046bffffffffffffffffffffffff169383018490525f938493929082850361172e576040517ff9f76b3000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8a60ff165f0361176a576040517f9f74ba6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b896117a1576040517fc610589500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b886117d8576040517fa23a525a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6117e36041886127d5565b1561181d576040517fcda278c700000000000000000000000000000000000000000000000000000000815260048101889052602401610544565b5f6118296041896127e8565b90508281101561186f576040517f79c193d20000000000000000000000000000000000000000000000000000000081526004810182905260248101849052604401610544565b5f61187d8e8e8e888f61157b565b90505f5f5b83811015611a6a575f604182028d0160208101357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a081116118fa5760405186815260408301355f1a60208201528235604082015281606082015260208160808360015afa156118f85760203d036118f857805193505b505b505073ffffffffffffffffffffffffffffffffffffffff811661194c576040517f52bf984800000000000000000000000000000000000000000000000000000000815260048101839052602401610544565b8273ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16116119b4576040517f34a7e74600000000000000000000000000000000000000000000000000000000815260048101839052602401610544565b8092505f815f52600660205260405f205490508867ffffffffffffffff168167ffffffffffffffff1614611a33576040517fb846e11d0000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff83166024820152604401610544565b866bffffffffffffffffffffffff8260401c1610611a6057600160ff8260a01c161b8b179a5060018c019b505b5050600101611882565b5084891015611aaf576040517f79c193d2000000000000000000000000000000000000000000000000000000008152600481018a905260248101869052604401610544565b50505050505050965096945050505050565b60606115487f0000000000000000000000000000000000000000000000000000000000000000611f41565b60606115487f0000000000000000000000000000000000000000000000000000000000000000611f41565b815f819003611b52576040517fcac0fd8200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6020811115611b97576040517f46161fe40000000000000000000000000000000000000000000000000000000081526004810182905260206024820152604401610544565b60ff82161580611ba95750808260ff16115b80611bc1575080611bbe60ff84166002612600565b11155b15611c04576040517f7b7a98f100000000000000000000000000000000000000000000000000000000815260ff8316600482015260248101829052604401610544565b5f5f5b82811015611d46575f868683818110611c2257611c22612511565b9050602002016020810190611c3791906120a0565b73ffffffffffffffffffffffffffffffffffffffff1603611c87576040517fde1954f300000000000000000000000000000000000000000000000000000000815260048101829052602401610544565b8173ffffffffffffffffffffffffffffffffffffffff16868683818110611cb057611cb0612511565b9050602002016020810190611cc591906120a0565b73ffffffffffffffffffffffffffffffffffffffff1611611d15576040517f590a84f700000000000000000000000000000000000000000000000000000000815260048101829052602401610544565b858582818110611d2757611d27612511565b9050602002016020810190611d3c91906120a0565b9150600101611c07565b505050505050565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015611db357507f000000000000000000000000000000000000000000000000000000000000000046145b15611ddd57507f000000000000000000000000000000000000000000000000000000000000000090565b611548604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f611575611e90611d4e565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6002805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f611f4d83611f7e565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115611575576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5080545f8255905f5260205f2090610e7591905f5b80821115611fe8575f81840155600101611fd3565b505050565b5f60208284031215611ffd575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff81168114610eeb575f5ffd5b5f5f60408385031215612036575f5ffd5b823561204181612004565b946020939093013593505050565b803560ff8116811461205f575f5ffd5b919050565b5f5f5f60608486031215612076575f5ffd5b833561208181612004565b925061208f6020850161204f565b929592945050506040919091013590565b5f602082840312156120b0575f5ffd5b813561108181612004565b5f8151808452602084019350602083015f5b8281101561210157815173ffffffffffffffffffffffffffffffffffffffff168652602095860195909101906001016120cd565b5093949350505050565b67ffffffffffffffff8416815260ff83166020820152606060408201525f610e5b60608301846120bb565b5f5f5f5f60808587031215612149575f5ffd5b843561215481612004565b93506121626020860161204f565b93969395505050506040820135916060013590565b5f5f83601f840112612187575f5ffd5b50813567ffffffffffffffff81111561219e575f5ffd5b6020830191508360208285010111156121b5575f5ffd5b9250929050565b5f5f5f5f5f608086880312156121d0575f5ffd5b6121d98661204f565b94506020860135935060408601359250606086013567ffffffffffffffff811115612202575f5ffd5b61220e88828901612177565b969995985093965092949392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6122a560e083018961221f565b82810360408401526122b7818961221f565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156123195783518352602093840193909201916001016122fb565b50909b9a5050505050505050505050565b602081525f6080820167ffffffffffffffff845116602084015260ff6020850151166040840152604084015160608085015281815180845260a0860191506020830193505f92505b808310156123ab5773ffffffffffffffffffffffffffffffffffffffff8451168252602082019150602084019350600183019250612372565b5095945050505050565b5f5f5f5f5f5f60a087890312156123ca575f5ffd5b86356123d581612004565b95506123e36020880161204f565b94506040870135935060608701359250608087013567ffffffffffffffff81111561240c575f5ffd5b61241889828a01612177565b979a9699509497509295939492505050565b5f5f5f6040848603121561243c575f5ffd5b833567ffffffffffffffff811115612452575f5ffd5b8401601f81018613612462575f5ffd5b803567ffffffffffffffff811115612478575f5ffd5b8660208260051b840101111561248c575f5ffd5b6020918201945092506124a090850161204f565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff8181168382160190811115611575576115756124a9565b5f60208284031215612506575f5ffd5b815161108181612004565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f6020828403121561254e575f5ffd5b81518015158114611081575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff8316815260408101600283106125af577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8260208301529392505050565b5f602082840312156125cc575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b8082028115828204841417611575576115756124a9565b68010000000000000000821115612630576126306125d3565b805482825580831015611fe857815f528260205f20018382035f5b81811015611d46575f8382015560010161264b565b815167ffffffffffffffff81111561267a5761267a6125d3565b6126848183612617565b60208301825f5260205f205f5b83811015611d4657825173ffffffffffffffffffffffffffffffffffffffff1682820155602090920191600101612691565b60ff83168152604060208201525f61148760408301846120bb565b67ffffffffffffffff8311156126f6576126f66125d3565b6127008382612617565b81815f5260205f205f5b85811015611d4657823561271d81612004565b828201556020929092019160010161270a565b60ff8516815260606020820181905281018390525f8460808301825b8681101561278957823561275f81612004565b73ffffffffffffffffffffffffffffffffffffffff1682526020928301929091019060010161274c565b50809250505067ffffffffffffffff8316604083015295945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826127e3576127e36127a8565b500690565b5f826127f6576127f66127a8565b50049056",
}

// AttestationQuorum is an auto generated Go binding around an Ethereum contract.
type AttestationQuorum struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AttestationQuorum) GetABI() abi.ABI {
	return c.abi
}

// NewAttestationQuorum creates a new instance of AttestationQuorum.
func NewAttestationQuorum() *AttestationQuorum {
	parsed, err := AttestationQuorumMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AttestationQuorum{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AttestationQuorum) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address staking_, uint64 signerSetDelay_) returns()
func (attestationQuorum *AttestationQuorum) PackConstructor(owner_ common.Address, staking_ common.Address, signerSetDelay_ uint64) []byte {
	enc, err := attestationQuorum.abi.Pack("", owner_, staking_, signerSetDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (attestationQuorum *AttestationQuorum) PackATTESTATIONTYPEHASH() []byte {
	enc, err := attestationQuorum.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (attestationQuorum *AttestationQuorum) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return attestationQuorum.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (attestationQuorum *AttestationQuorum) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := attestationQuorum.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSIGNERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59ecd657.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SIGNERS() view returns(uint256)
func (attestationQuorum *AttestationQuorum) PackMAXSIGNERS() []byte {
	enc, err := attestationQuorum.abi.Pack("MAX_SIGNERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSIGNERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59ecd657.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SIGNERS() view returns(uint256)
func (attestationQuorum *AttestationQuorum) TryPackMAXSIGNERS() ([]byte, error) {
	return attestationQuorum.abi.Pack("MAX_SIGNERS")
}

// UnpackMAXSIGNERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59ecd657.
//
// Solidity: function MAX_SIGNERS() view returns(uint256)
func (attestationQuorum *AttestationQuorum) UnpackMAXSIGNERS(data []byte) (*big.Int, error) {
	out, err := attestationQuorum.abi.Unpack("MAX_SIGNERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPROPOSALLIFETIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582109ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSAL_LIFETIME() view returns(uint64)
func (attestationQuorum *AttestationQuorum) PackPROPOSALLIFETIME() []byte {
	enc, err := attestationQuorum.abi.Pack("PROPOSAL_LIFETIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSALLIFETIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582109ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSAL_LIFETIME() view returns(uint64)
func (attestationQuorum *AttestationQuorum) TryPackPROPOSALLIFETIME() ([]byte, error) {
	return attestationQuorum.abi.Pack("PROPOSAL_LIFETIME")
}

// UnpackPROPOSALLIFETIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x582109ad.
//
// Solidity: function PROPOSAL_LIFETIME() view returns(uint64)
func (attestationQuorum *AttestationQuorum) UnpackPROPOSALLIFETIME(data []byte) (uint64, error) {
	out, err := attestationQuorum.abi.Unpack("PROPOSAL_LIFETIME", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (attestationQuorum *AttestationQuorum) PackAcceptOwnership() []byte {
	enc, err := attestationQuorum.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (attestationQuorum *AttestationQuorum) TryPackAcceptOwnership() ([]byte, error) {
	return attestationQuorum.abi.Pack("acceptOwnership")
}

// PackApplySignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b2c4f91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applySignerSet() returns()
func (attestationQuorum *AttestationQuorum) PackApplySignerSet() []byte {
	enc, err := attestationQuorum.abi.Pack("applySignerSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplySignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b2c4f91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applySignerSet() returns()
func (attestationQuorum *AttestationQuorum) TryPackApplySignerSet() ([]byte, error) {
	return attestationQuorum.abi.Pack("applySignerSet")
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f1a9918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(address target, uint8 kind, bytes32 id, bytes32 payloadHash) view returns(bytes32)
func (attestationQuorum *AttestationQuorum) PackAttestationDigest(target common.Address, kind uint8, id [32]byte, payloadHash [32]byte) []byte {
	enc, err := attestationQuorum.abi.Pack("attestationDigest", target, kind, id, payloadHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f1a9918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(address target, uint8 kind, bytes32 id, bytes32 payloadHash) view returns(bytes32)
func (attestationQuorum *AttestationQuorum) TryPackAttestationDigest(target common.Address, kind uint8, id [32]byte, payloadHash [32]byte) ([]byte, error) {
	return attestationQuorum.abi.Pack("attestationDigest", target, kind, id, payloadHash)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f1a9918.
//
// Solidity: function attestationDigest(address target, uint8 kind, bytes32 id, bytes32 payloadHash) view returns(bytes32)
func (attestationQuorum *AttestationQuorum) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := attestationQuorum.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancelSignerSetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9fd2814.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelSignerSetProposal() returns()
func (attestationQuorum *AttestationQuorum) PackCancelSignerSetProposal() []byte {
	enc, err := attestationQuorum.abi.Pack("cancelSignerSetProposal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelSignerSetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9fd2814.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelSignerSetProposal() returns()
func (attestationQuorum *AttestationQuorum) TryPackCancelSignerSetProposal() ([]byte, error) {
	return attestationQuorum.abi.Pack("cancelSignerSetProposal")
}

// PackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c283c22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consume(uint8 kind, bytes32 id, bytes32 payloadHash, bytes signatures) returns()
func (attestationQuorum *AttestationQuorum) PackConsume(kind uint8, id [32]byte, payloadHash [32]byte, signatures []byte) []byte {
	enc, err := attestationQuorum.abi.Pack("consume", kind, id, payloadHash, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c283c22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consume(uint8 kind, bytes32 id, bytes32 payloadHash, bytes signatures) returns()
func (attestationQuorum *AttestationQuorum) TryPackConsume(kind uint8, id [32]byte, payloadHash [32]byte, signatures []byte) ([]byte, error) {
	return attestationQuorum.abi.Pack("consume", kind, id, payloadHash, signatures)
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ca9b880.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed(address target, uint8 kind, bytes32 id) view returns(bool)
func (attestationQuorum *AttestationQuorum) PackConsumed(target common.Address, kind uint8, id [32]byte) []byte {
	enc, err := attestationQuorum.abi.Pack("consumed", target, kind, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ca9b880.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed(address target, uint8 kind, bytes32 id) view returns(bool)
func (attestationQuorum *AttestationQuorum) TryPackConsumed(target common.Address, kind uint8, id [32]byte) ([]byte, error) {
	return attestationQuorum.abi.Pack("consumed", target, kind, id)
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ca9b880.
//
// Solidity: function consumed(address target, uint8 kind, bytes32 id) view returns(bool)
func (attestationQuorum *AttestationQuorum) UnpackConsumed(data []byte) (bool, error) {
	out, err := attestationQuorum.abi.Unpack("consumed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationQuorum *AttestationQuorum) PackDomainSeparator() []byte {
	enc, err := attestationQuorum.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationQuorum *AttestationQuorum) TryPackDomainSeparator() ([]byte, error) {
	return attestationQuorum.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationQuorum *AttestationQuorum) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := attestationQuorum.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (attestationQuorum *AttestationQuorum) PackEip712Domain() []byte {
	enc, err := attestationQuorum.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (attestationQuorum *AttestationQuorum) TryPackEip712Domain() ([]byte, error) {
	return attestationQuorum.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (attestationQuorum *AttestationQuorum) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := attestationQuorum.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df73e27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSigner(address account) view returns(bool)
func (attestationQuorum *AttestationQuorum) PackIsSigner(account common.Address) []byte {
	enc, err := attestationQuorum.abi.Pack("isSigner", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df73e27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSigner(address account) view returns(bool)
func (attestationQuorum *AttestationQuorum) TryPackIsSigner(account common.Address) ([]byte, error) {
	return attestationQuorum.abi.Pack("isSigner", account)
}

// UnpackIsSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7df73e27.
//
// Solidity: function isSigner(address account) view returns(bool)
func (attestationQuorum *AttestationQuorum) UnpackIsSigner(data []byte) (bool, error) {
	out, err := attestationQuorum.abi.Unpack("isSigner", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinSignerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x915c80e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minSignerStake() view returns(uint256)
func (attestationQuorum *AttestationQuorum) PackMinSignerStake() []byte {
	enc, err := attestationQuorum.abi.Pack("minSignerStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinSignerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x915c80e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minSignerStake() view returns(uint256)
func (attestationQuorum *AttestationQuorum) TryPackMinSignerStake() ([]byte, error) {
	return attestationQuorum.abi.Pack("minSignerStake")
}

// UnpackMinSignerStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x915c80e1.
//
// Solidity: function minSignerStake() view returns(uint256)
func (attestationQuorum *AttestationQuorum) UnpackMinSignerStake(data []byte) (*big.Int, error) {
	out, err := attestationQuorum.abi.Unpack("minSignerStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (attestationQuorum *AttestationQuorum) PackOwner() []byte {
	enc, err := attestationQuorum.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (attestationQuorum *AttestationQuorum) TryPackOwner() ([]byte, error) {
	return attestationQuorum.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (attestationQuorum *AttestationQuorum) UnpackOwner(data []byte) (common.Address, error) {
	out, err := attestationQuorum.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (attestationQuorum *AttestationQuorum) PackPendingOwner() []byte {
	enc, err := attestationQuorum.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (attestationQuorum *AttestationQuorum) TryPackPendingOwner() ([]byte, error) {
	return attestationQuorum.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (attestationQuorum *AttestationQuorum) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := attestationQuorum.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c34eb48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingSignerSet() view returns(uint64 effectiveAt, uint8 threshold, address[] signers)
func (attestationQuorum *AttestationQuorum) PackPendingSignerSet() []byte {
	enc, err := attestationQuorum.abi.Pack("pendingSignerSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c34eb48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingSignerSet() view returns(uint64 effectiveAt, uint8 threshold, address[] signers)
func (attestationQuorum *AttestationQuorum) TryPackPendingSignerSet() ([]byte, error) {
	return attestationQuorum.abi.Pack("pendingSignerSet")
}

// PendingSignerSetOutput serves as a container for the return parameters of contract
// method PendingSignerSet.
type PendingSignerSetOutput struct {
	EffectiveAt uint64
	Threshold   uint8
	Signers     []common.Address
}

// UnpackPendingSignerSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c34eb48.
//
// Solidity: function pendingSignerSet() view returns(uint64 effectiveAt, uint8 threshold, address[] signers)
func (attestationQuorum *AttestationQuorum) UnpackPendingSignerSet(data []byte) (PendingSignerSetOutput, error) {
	out, err := attestationQuorum.abi.Unpack("pendingSignerSet", data)
	outstruct := new(PendingSignerSetOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.EffectiveAt = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Signers = *abi.ConvertType(out[2], new([]common.Address)).(*[]common.Address)
	return *outstruct, nil
}

// PackProposeSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce811b53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeSignerSet(address[] signers, uint8 threshold) returns()
func (attestationQuorum *AttestationQuorum) PackProposeSignerSet(signers []common.Address, threshold uint8) []byte {
	enc, err := attestationQuorum.abi.Pack("proposeSignerSet", signers, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce811b53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeSignerSet(address[] signers, uint8 threshold) returns()
func (attestationQuorum *AttestationQuorum) TryPackProposeSignerSet(signers []common.Address, threshold uint8) ([]byte, error) {
	return attestationQuorum.abi.Pack("proposeSignerSet", signers, threshold)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (attestationQuorum *AttestationQuorum) PackRenounceOwnership() []byte {
	enc, err := attestationQuorum.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (attestationQuorum *AttestationQuorum) TryPackRenounceOwnership() ([]byte, error) {
	return attestationQuorum.abi.Pack("renounceOwnership")
}

// PackSignatureCounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7efed17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signatureCounts(address account) view returns(bool)
func (attestationQuorum *AttestationQuorum) PackSignatureCounts(account common.Address) []byte {
	enc, err := attestationQuorum.abi.Pack("signatureCounts", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignatureCounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7efed17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signatureCounts(address account) view returns(bool)
func (attestationQuorum *AttestationQuorum) TryPackSignatureCounts(account common.Address) ([]byte, error) {
	return attestationQuorum.abi.Pack("signatureCounts", account)
}

// UnpackSignatureCounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7efed17.
//
// Solidity: function signatureCounts(address account) view returns(bool)
func (attestationQuorum *AttestationQuorum) UnpackSignatureCounts(data []byte) (bool, error) {
	out, err := attestationQuorum.abi.Unpack("signatureCounts", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8e8a249.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerSet() view returns((uint64,uint8,address[]))
func (attestationQuorum *AttestationQuorum) PackSignerSet() []byte {
	enc, err := attestationQuorum.abi.Pack("signerSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8e8a249.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerSet() view returns((uint64,uint8,address[]))
func (attestationQuorum *AttestationQuorum) TryPackSignerSet() ([]byte, error) {
	return attestationQuorum.abi.Pack("signerSet")
}

// UnpackSignerSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8e8a249.
//
// Solidity: function signerSet() view returns((uint64,uint8,address[]))
func (attestationQuorum *AttestationQuorum) UnpackSignerSet(data []byte) (IAttestationQuorumSignerSet, error) {
	out, err := attestationQuorum.abi.Unpack("signerSet", data)
	if err != nil {
		return *new(IAttestationQuorumSignerSet), err
	}
	out0 := *abi.ConvertType(out[0], new(IAttestationQuorumSignerSet)).(*IAttestationQuorumSignerSet)
	return out0, nil
}

// PackSignerSetDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5059f12c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerSetDelay() view returns(uint64)
func (attestationQuorum *AttestationQuorum) PackSignerSetDelay() []byte {
	enc, err := attestationQuorum.abi.Pack("signerSetDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerSetDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5059f12c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerSetDelay() view returns(uint64)
func (attestationQuorum *AttestationQuorum) TryPackSignerSetDelay() ([]byte, error) {
	return attestationQuorum.abi.Pack("signerSetDelay")
}

// UnpackSignerSetDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5059f12c.
//
// Solidity: function signerSetDelay() view returns(uint64)
func (attestationQuorum *AttestationQuorum) UnpackSignerSetDelay(data []byte) (uint64, error) {
	out, err := attestationQuorum.abi.Unpack("signerSetDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSignerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c4f3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerStake(address account) view returns(uint256)
func (attestationQuorum *AttestationQuorum) PackSignerStake(account common.Address) []byte {
	enc, err := attestationQuorum.abi.Pack("signerStake", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c4f3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerStake(address account) view returns(uint256)
func (attestationQuorum *AttestationQuorum) TryPackSignerStake(account common.Address) ([]byte, error) {
	return attestationQuorum.abi.Pack("signerStake", account)
}

// UnpackSignerStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c4f3f3.
//
// Solidity: function signerStake(address account) view returns(uint256)
func (attestationQuorum *AttestationQuorum) UnpackSignerStake(data []byte) (*big.Int, error) {
	out, err := attestationQuorum.abi.Unpack("signerStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (attestationQuorum *AttestationQuorum) PackStaking() []byte {
	enc, err := attestationQuorum.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (attestationQuorum *AttestationQuorum) TryPackStaking() ([]byte, error) {
	return attestationQuorum.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (attestationQuorum *AttestationQuorum) UnpackStaking(data []byte) (common.Address, error) {
	out, err := attestationQuorum.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSyncMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e659ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function syncMinStake(uint256 minimum) returns()
func (attestationQuorum *AttestationQuorum) PackSyncMinStake(minimum *big.Int) []byte {
	enc, err := attestationQuorum.abi.Pack("syncMinStake", minimum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSyncMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e659ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function syncMinStake(uint256 minimum) returns()
func (attestationQuorum *AttestationQuorum) TryPackSyncMinStake(minimum *big.Int) ([]byte, error) {
	return attestationQuorum.abi.Pack("syncMinStake", minimum)
}

// PackSyncStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16de8e76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function syncStake(address account, uint256 activeStake) returns()
func (attestationQuorum *AttestationQuorum) PackSyncStake(account common.Address, activeStake *big.Int) []byte {
	enc, err := attestationQuorum.abi.Pack("syncStake", account, activeStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSyncStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16de8e76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function syncStake(address account, uint256 activeStake) returns()
func (attestationQuorum *AttestationQuorum) TryPackSyncStake(account common.Address, activeStake *big.Int) ([]byte, error) {
	return attestationQuorum.abi.Pack("syncStake", account, activeStake)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (attestationQuorum *AttestationQuorum) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := attestationQuorum.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (attestationQuorum *AttestationQuorum) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return attestationQuorum.abi.Pack("transferOwnership", newOwner)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd7999c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes signatures) view returns(uint256)
func (attestationQuorum *AttestationQuorum) PackVerify(target common.Address, kind uint8, id [32]byte, payloadHash [32]byte, signatures []byte) []byte {
	enc, err := attestationQuorum.abi.Pack("verify", target, kind, id, payloadHash, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd7999c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes signatures) view returns(uint256)
func (attestationQuorum *AttestationQuorum) TryPackVerify(target common.Address, kind uint8, id [32]byte, payloadHash [32]byte, signatures []byte) ([]byte, error) {
	return attestationQuorum.abi.Pack("verify", target, kind, id, payloadHash, signatures)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfd7999c.
//
// Solidity: function verify(address target, uint8 kind, bytes32 id, bytes32 payloadHash, bytes signatures) view returns(uint256)
func (attestationQuorum *AttestationQuorum) UnpackVerify(data []byte) (*big.Int, error) {
	out, err := attestationQuorum.abi.Unpack("verify", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// AttestationQuorumAttestationConsumed represents a AttestationConsumed event raised by the AttestationQuorum contract.
type AttestationQuorumAttestationConsumed struct {
	Target           common.Address
	Kind             uint8
	Id               [32]byte
	PayloadHash      [32]byte
	SignerSetVersion uint64
	Signers          uint32
	Raw              *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumAttestationConsumedEventName = "AttestationConsumed"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumAttestationConsumed) ContractEventName() string {
	return AttestationQuorumAttestationConsumedEventName
}

// UnpackAttestationConsumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationConsumed(address indexed target, uint8 indexed kind, bytes32 indexed id, bytes32 payloadHash, uint64 signerSetVersion, uint32 signers)
func (attestationQuorum *AttestationQuorum) UnpackAttestationConsumedEvent(log *types.Log) (*AttestationQuorumAttestationConsumed, error) {
	event := "AttestationConsumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumAttestationConsumed)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumEIP712DomainChanged represents a EIP712DomainChanged event raised by the AttestationQuorum contract.
type AttestationQuorumEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumEIP712DomainChanged) ContractEventName() string {
	return AttestationQuorumEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (attestationQuorum *AttestationQuorum) UnpackEIP712DomainChangedEvent(log *types.Log) (*AttestationQuorumEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumMinStakeSynced represents a MinStakeSynced event raised by the AttestationQuorum contract.
type AttestationQuorumMinStakeSynced struct {
	MinStake *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumMinStakeSyncedEventName = "MinStakeSynced"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumMinStakeSynced) ContractEventName() string {
	return AttestationQuorumMinStakeSyncedEventName
}

// UnpackMinStakeSyncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeSynced(uint256 minStake)
func (attestationQuorum *AttestationQuorum) UnpackMinStakeSyncedEvent(log *types.Log) (*AttestationQuorumMinStakeSynced, error) {
	event := "MinStakeSynced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumMinStakeSynced)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the AttestationQuorum contract.
type AttestationQuorumOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumOwnershipTransferStarted) ContractEventName() string {
	return AttestationQuorumOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (attestationQuorum *AttestationQuorum) UnpackOwnershipTransferStartedEvent(log *types.Log) (*AttestationQuorumOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumOwnershipTransferred represents a OwnershipTransferred event raised by the AttestationQuorum contract.
type AttestationQuorumOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumOwnershipTransferred) ContractEventName() string {
	return AttestationQuorumOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (attestationQuorum *AttestationQuorum) UnpackOwnershipTransferredEvent(log *types.Log) (*AttestationQuorumOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumSignerSetApplied represents a SignerSetApplied event raised by the AttestationQuorum contract.
type AttestationQuorumSignerSetApplied struct {
	Version   uint64
	Threshold uint8
	Signers   []common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumSignerSetAppliedEventName = "SignerSetApplied"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumSignerSetApplied) ContractEventName() string {
	return AttestationQuorumSignerSetAppliedEventName
}

// UnpackSignerSetAppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerSetApplied(uint64 indexed version, uint8 threshold, address[] signers)
func (attestationQuorum *AttestationQuorum) UnpackSignerSetAppliedEvent(log *types.Log) (*AttestationQuorumSignerSetApplied, error) {
	event := "SignerSetApplied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumSignerSetApplied)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumSignerSetProposalCancelled represents a SignerSetProposalCancelled event raised by the AttestationQuorum contract.
type AttestationQuorumSignerSetProposalCancelled struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumSignerSetProposalCancelledEventName = "SignerSetProposalCancelled"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumSignerSetProposalCancelled) ContractEventName() string {
	return AttestationQuorumSignerSetProposalCancelledEventName
}

// UnpackSignerSetProposalCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerSetProposalCancelled(uint64 indexed version)
func (attestationQuorum *AttestationQuorum) UnpackSignerSetProposalCancelledEvent(log *types.Log) (*AttestationQuorumSignerSetProposalCancelled, error) {
	event := "SignerSetProposalCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumSignerSetProposalCancelled)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumSignerSetProposed represents a SignerSetProposed event raised by the AttestationQuorum contract.
type AttestationQuorumSignerSetProposed struct {
	Version     uint64
	Threshold   uint8
	Signers     []common.Address
	EffectiveAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumSignerSetProposedEventName = "SignerSetProposed"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumSignerSetProposed) ContractEventName() string {
	return AttestationQuorumSignerSetProposedEventName
}

// UnpackSignerSetProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerSetProposed(uint64 indexed version, uint8 threshold, address[] signers, uint64 effectiveAt)
func (attestationQuorum *AttestationQuorum) UnpackSignerSetProposedEvent(log *types.Log) (*AttestationQuorumSignerSetProposed, error) {
	event := "SignerSetProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumSignerSetProposed)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationQuorumSignerStakeSynced represents a SignerStakeSynced event raised by the AttestationQuorum contract.
type AttestationQuorumSignerStakeSynced struct {
	Account     common.Address
	ActiveStake *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumSignerStakeSyncedEventName = "SignerStakeSynced"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumSignerStakeSynced) ContractEventName() string {
	return AttestationQuorumSignerStakeSyncedEventName
}

// UnpackSignerStakeSyncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerStakeSynced(address indexed account, uint256 activeStake)
func (attestationQuorum *AttestationQuorum) UnpackSignerStakeSyncedEvent(log *types.Log) (*AttestationQuorumSignerStakeSynced, error) {
	event := "SignerStakeSynced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumSignerStakeSynced)
	if len(log.Data) > 0 {
		if err := attestationQuorum.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationQuorum.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attestationQuorum *AttestationQuorum) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["AttestationAlreadyConsumed"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackAttestationAlreadyConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["EmptySignerSet"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackEmptySignerSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["NoActiveSignerSet"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackNoActiveSignerSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["NoPendingSignerSet"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackNoPendingSignerSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["NotStaking"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackNotStakingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["QuorumNotWiredInStaking"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackQuorumNotWiredInStakingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignatureOrder"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignatureOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignaturesLength"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignaturesLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignerNotActiveInspector"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignerNotActiveInspectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignerSetNotYetEffective"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignerSetNotYetEffectiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignerSetProposalExpired"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignerSetProposalExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["TooManySigners"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackTooManySignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["UnknownKind"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackUnknownKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["ZeroAttestationId"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackZeroAttestationIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["ZeroPayloadHash"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackZeroPayloadHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["ZeroSigner"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackZeroSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["ZeroSignerSetDelay"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackZeroSignerSetDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["ZeroStaking"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackZeroStakingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttestationQuorumAttestationAlreadyConsumed represents a AttestationAlreadyConsumed error raised by the AttestationQuorum contract.
type AttestationQuorumAttestationAlreadyConsumed struct {
	Target common.Address
	Kind   uint8
	Id     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationAlreadyConsumed(address target, uint8 kind, bytes32 id)
func AttestationQuorumAttestationAlreadyConsumedErrorID() common.Hash {
	return common.HexToHash("0x2410d219d1511ff42a9308916eed566b00c2f54ab5bc3b25b701021d74706af6")
}

// UnpackAttestationAlreadyConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationAlreadyConsumed(address target, uint8 kind, bytes32 id)
func (attestationQuorum *AttestationQuorum) UnpackAttestationAlreadyConsumedError(raw []byte) (*AttestationQuorumAttestationAlreadyConsumed, error) {
	out := new(AttestationQuorumAttestationAlreadyConsumed)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "AttestationAlreadyConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumEmptySignerSet represents a EmptySignerSet error raised by the AttestationQuorum contract.
type AttestationQuorumEmptySignerSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptySignerSet()
func AttestationQuorumEmptySignerSetErrorID() common.Hash {
	return common.HexToHash("0xcac0fd82ef512717621bd0f4e578b1dd0309134c3dbc8435e347cc141ff2857d")
}

// UnpackEmptySignerSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptySignerSet()
func (attestationQuorum *AttestationQuorum) UnpackEmptySignerSetError(raw []byte) (*AttestationQuorumEmptySignerSet, error) {
	out := new(AttestationQuorumEmptySignerSet)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "EmptySignerSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumInvalidShortString represents a InvalidShortString error raised by the AttestationQuorum contract.
type AttestationQuorumInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AttestationQuorumInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (attestationQuorum *AttestationQuorum) UnpackInvalidShortStringError(raw []byte) (*AttestationQuorumInvalidShortString, error) {
	out := new(AttestationQuorumInvalidShortString)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumInvalidSignature represents a InvalidSignature error raised by the AttestationQuorum contract.
type AttestationQuorumInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func AttestationQuorumInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (attestationQuorum *AttestationQuorum) UnpackInvalidSignatureError(raw []byte) (*AttestationQuorumInvalidSignature, error) {
	out := new(AttestationQuorumInvalidSignature)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumInvalidThreshold represents a InvalidThreshold error raised by the AttestationQuorum contract.
type AttestationQuorumInvalidThreshold struct {
	Threshold *big.Int
	Signers   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint256 threshold, uint256 signers)
func AttestationQuorumInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x7b7a98f144b22ac349117faf884147efe6b9d8f459322b9ed0cb76310884f093")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint256 threshold, uint256 signers)
func (attestationQuorum *AttestationQuorum) UnpackInvalidThresholdError(raw []byte) (*AttestationQuorumInvalidThreshold, error) {
	out := new(AttestationQuorumInvalidThreshold)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumNoActiveSignerSet represents a NoActiveSignerSet error raised by the AttestationQuorum contract.
type AttestationQuorumNoActiveSignerSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoActiveSignerSet()
func AttestationQuorumNoActiveSignerSetErrorID() common.Hash {
	return common.HexToHash("0xf9f76b3067cdc2ba72b5247a0fec898c3d9b878d70c9a7e63741f3608cb77bb1")
}

// UnpackNoActiveSignerSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoActiveSignerSet()
func (attestationQuorum *AttestationQuorum) UnpackNoActiveSignerSetError(raw []byte) (*AttestationQuorumNoActiveSignerSet, error) {
	out := new(AttestationQuorumNoActiveSignerSet)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "NoActiveSignerSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumNoPendingSignerSet represents a NoPendingSignerSet error raised by the AttestationQuorum contract.
type AttestationQuorumNoPendingSignerSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingSignerSet()
func AttestationQuorumNoPendingSignerSetErrorID() common.Hash {
	return common.HexToHash("0xbde4972d8f85c34c1983c39eca0a3246bd867dd8e66348d5120d507e55b00253")
}

// UnpackNoPendingSignerSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingSignerSet()
func (attestationQuorum *AttestationQuorum) UnpackNoPendingSignerSetError(raw []byte) (*AttestationQuorumNoPendingSignerSet, error) {
	out := new(AttestationQuorumNoPendingSignerSet)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "NoPendingSignerSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumNotEnoughSignatures represents a NotEnoughSignatures error raised by the AttestationQuorum contract.
type AttestationQuorumNotEnoughSignatures struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughSignatures(uint256 have, uint256 need)
func AttestationQuorumNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x79c193d2b9a5ab2a87f6c5945f80093d2564073c49c98e4bca0ef08737475744")
}

// UnpackNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughSignatures(uint256 have, uint256 need)
func (attestationQuorum *AttestationQuorum) UnpackNotEnoughSignaturesError(raw []byte) (*AttestationQuorumNotEnoughSignatures, error) {
	out := new(AttestationQuorumNotEnoughSignatures)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "NotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumNotStaking represents a NotStaking error raised by the AttestationQuorum contract.
type AttestationQuorumNotStaking struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaking(address caller)
func AttestationQuorumNotStakingErrorID() common.Hash {
	return common.HexToHash("0x77b08152bba8966acd93e1bf66172ec669aa590fac3e2929293562553a115ed6")
}

// UnpackNotStakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaking(address caller)
func (attestationQuorum *AttestationQuorum) UnpackNotStakingError(raw []byte) (*AttestationQuorumNotStaking, error) {
	out := new(AttestationQuorumNotStaking)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "NotStaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the AttestationQuorum contract.
type AttestationQuorumOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func AttestationQuorumOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (attestationQuorum *AttestationQuorum) UnpackOwnableInvalidOwnerError(raw []byte) (*AttestationQuorumOwnableInvalidOwner, error) {
	out := new(AttestationQuorumOwnableInvalidOwner)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the AttestationQuorum contract.
type AttestationQuorumOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func AttestationQuorumOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (attestationQuorum *AttestationQuorum) UnpackOwnableUnauthorizedAccountError(raw []byte) (*AttestationQuorumOwnableUnauthorizedAccount, error) {
	out := new(AttestationQuorumOwnableUnauthorizedAccount)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumQuorumNotWiredInStaking represents a QuorumNotWiredInStaking error raised by the AttestationQuorum contract.
type AttestationQuorumQuorumNotWiredInStaking struct {
	Wired common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotWiredInStaking(address wired)
func AttestationQuorumQuorumNotWiredInStakingErrorID() common.Hash {
	return common.HexToHash("0xfa049d1bb3afbe1350984f0c557ec82af219e676cdf34b823fab4e9ca559e816")
}

// UnpackQuorumNotWiredInStakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotWiredInStaking(address wired)
func (attestationQuorum *AttestationQuorum) UnpackQuorumNotWiredInStakingError(raw []byte) (*AttestationQuorumQuorumNotWiredInStaking, error) {
	out := new(AttestationQuorumQuorumNotWiredInStaking)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "QuorumNotWiredInStaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumSignatureOrder represents a SignatureOrder error raised by the AttestationQuorum contract.
type AttestationQuorumSignatureOrder struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureOrder(uint256 index)
func AttestationQuorumSignatureOrderErrorID() common.Hash {
	return common.HexToHash("0x34a7e746378b46e2e98fbf73be4a644aa433f2d6c66a645e0440bd9c5c5455c5")
}

// UnpackSignatureOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureOrder(uint256 index)
func (attestationQuorum *AttestationQuorum) UnpackSignatureOrderError(raw []byte) (*AttestationQuorumSignatureOrder, error) {
	out := new(AttestationQuorumSignatureOrder)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignatureOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumSignaturesLength represents a SignaturesLength error raised by the AttestationQuorum contract.
type AttestationQuorumSignaturesLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignaturesLength(uint256 length)
func AttestationQuorumSignaturesLengthErrorID() common.Hash {
	return common.HexToHash("0xcda278c70321925b8169fce3ef9602dbc68cb30d4a7ce95038d844e1d6922f1b")
}

// UnpackSignaturesLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignaturesLength(uint256 length)
func (attestationQuorum *AttestationQuorum) UnpackSignaturesLengthError(raw []byte) (*AttestationQuorumSignaturesLength, error) {
	out := new(AttestationQuorumSignaturesLength)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignaturesLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumSignerNotActiveInspector represents a SignerNotActiveInspector error raised by the AttestationQuorum contract.
type AttestationQuorumSignerNotActiveInspector struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerNotActiveInspector(address signer)
func AttestationQuorumSignerNotActiveInspectorErrorID() common.Hash {
	return common.HexToHash("0x6f3155a36388e1f653728b10c9962f79473569453ccdfd03e3e0b453f30bbe6f")
}

// UnpackSignerNotActiveInspectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerNotActiveInspector(address signer)
func (attestationQuorum *AttestationQuorum) UnpackSignerNotActiveInspectorError(raw []byte) (*AttestationQuorumSignerNotActiveInspector, error) {
	out := new(AttestationQuorumSignerNotActiveInspector)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignerNotActiveInspector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumSignerSetNotYetEffective represents a SignerSetNotYetEffective error raised by the AttestationQuorum contract.
type AttestationQuorumSignerSetNotYetEffective struct {
	EffectiveAt uint64
	NowTs       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerSetNotYetEffective(uint64 effectiveAt, uint64 nowTs)
func AttestationQuorumSignerSetNotYetEffectiveErrorID() common.Hash {
	return common.HexToHash("0xf5ea4b4c5fa3df0af6107a1860c3a358ec47d5335797a210b097c38353ad6af6")
}

// UnpackSignerSetNotYetEffectiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerSetNotYetEffective(uint64 effectiveAt, uint64 nowTs)
func (attestationQuorum *AttestationQuorum) UnpackSignerSetNotYetEffectiveError(raw []byte) (*AttestationQuorumSignerSetNotYetEffective, error) {
	out := new(AttestationQuorumSignerSetNotYetEffective)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignerSetNotYetEffective", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumSignerSetProposalExpired represents a SignerSetProposalExpired error raised by the AttestationQuorum contract.
type AttestationQuorumSignerSetProposalExpired struct {
	ExpiredAt uint64
	NowTs     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerSetProposalExpired(uint64 expiredAt, uint64 nowTs)
func AttestationQuorumSignerSetProposalExpiredErrorID() common.Hash {
	return common.HexToHash("0x3ddc1df6607aae696b890972637186abee1ebb7b79d7328455f4d1a5c3f92e01")
}

// UnpackSignerSetProposalExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerSetProposalExpired(uint64 expiredAt, uint64 nowTs)
func (attestationQuorum *AttestationQuorum) UnpackSignerSetProposalExpiredError(raw []byte) (*AttestationQuorumSignerSetProposalExpired, error) {
	out := new(AttestationQuorumSignerSetProposalExpired)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignerSetProposalExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumSignersNotAscending represents a SignersNotAscending error raised by the AttestationQuorum contract.
type AttestationQuorumSignersNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending(uint256 index)
func AttestationQuorumSignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x590a84f76cadfc6716aaea24107af9134f0cd4c66edbe9af3ffe914656b566fa")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending(uint256 index)
func (attestationQuorum *AttestationQuorum) UnpackSignersNotAscendingError(raw []byte) (*AttestationQuorumSignersNotAscending, error) {
	out := new(AttestationQuorumSignersNotAscending)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumStringTooLong represents a StringTooLong error raised by the AttestationQuorum contract.
type AttestationQuorumStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AttestationQuorumStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (attestationQuorum *AttestationQuorum) UnpackStringTooLongError(raw []byte) (*AttestationQuorumStringTooLong, error) {
	out := new(AttestationQuorumStringTooLong)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumTooManySigners represents a TooManySigners error raised by the AttestationQuorum contract.
type AttestationQuorumTooManySigners struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySigners(uint256 count, uint256 max)
func AttestationQuorumTooManySignersErrorID() common.Hash {
	return common.HexToHash("0x46161fe4a09a4384e5c2bbdea2840977f4bd89131c2c9a593e56f049a6473c91")
}

// UnpackTooManySignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySigners(uint256 count, uint256 max)
func (attestationQuorum *AttestationQuorum) UnpackTooManySignersError(raw []byte) (*AttestationQuorumTooManySigners, error) {
	out := new(AttestationQuorumTooManySigners)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "TooManySigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumUnknownKind represents a UnknownKind error raised by the AttestationQuorum contract.
type AttestationQuorumUnknownKind struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKind()
func AttestationQuorumUnknownKindErrorID() common.Hash {
	return common.HexToHash("0x9f74ba64734561ea6746755d8d532cab060e9c514a2dc7244bb711e3e54673f9")
}

// UnpackUnknownKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKind()
func (attestationQuorum *AttestationQuorum) UnpackUnknownKindError(raw []byte) (*AttestationQuorumUnknownKind, error) {
	out := new(AttestationQuorumUnknownKind)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "UnknownKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumUnknownSigner represents a UnknownSigner error raised by the AttestationQuorum contract.
type AttestationQuorumUnknownSigner struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(uint256 index, address signer)
func AttestationQuorumUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xb846e11db5f91576af0c69700833f9eb4aa4f46d715759730092bcec1eff6aa4")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(uint256 index, address signer)
func (attestationQuorum *AttestationQuorum) UnpackUnknownSignerError(raw []byte) (*AttestationQuorumUnknownSigner, error) {
	out := new(AttestationQuorumUnknownSigner)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumZeroAttestationId represents a ZeroAttestationId error raised by the AttestationQuorum contract.
type AttestationQuorumZeroAttestationId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAttestationId()
func AttestationQuorumZeroAttestationIdErrorID() common.Hash {
	return common.HexToHash("0xc6105895252b5fb66878305345b2de3a93a53c870f88428c0c0b98a4c97fdcd1")
}

// UnpackZeroAttestationIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAttestationId()
func (attestationQuorum *AttestationQuorum) UnpackZeroAttestationIdError(raw []byte) (*AttestationQuorumZeroAttestationId, error) {
	out := new(AttestationQuorumZeroAttestationId)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "ZeroAttestationId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumZeroPayloadHash represents a ZeroPayloadHash error raised by the AttestationQuorum contract.
type AttestationQuorumZeroPayloadHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPayloadHash()
func AttestationQuorumZeroPayloadHashErrorID() common.Hash {
	return common.HexToHash("0xa23a525a69e1e6750dafdcf5868e18da34ed110430e238f4564ccff2e9c5c76d")
}

// UnpackZeroPayloadHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPayloadHash()
func (attestationQuorum *AttestationQuorum) UnpackZeroPayloadHashError(raw []byte) (*AttestationQuorumZeroPayloadHash, error) {
	out := new(AttestationQuorumZeroPayloadHash)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "ZeroPayloadHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumZeroSigner represents a ZeroSigner error raised by the AttestationQuorum contract.
type AttestationQuorumZeroSigner struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSigner(uint256 index)
func AttestationQuorumZeroSignerErrorID() common.Hash {
	return common.HexToHash("0xde1954f30e17a5ae019ea7542a7e190925d13667d01d53603fdb7196bcecd2ce")
}

// UnpackZeroSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSigner(uint256 index)
func (attestationQuorum *AttestationQuorum) UnpackZeroSignerError(raw []byte) (*AttestationQuorumZeroSigner, error) {
	out := new(AttestationQuorumZeroSigner)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "ZeroSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumZeroSignerSetDelay represents a ZeroSignerSetDelay error raised by the AttestationQuorum contract.
type AttestationQuorumZeroSignerSetDelay struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSignerSetDelay()
func AttestationQuorumZeroSignerSetDelayErrorID() common.Hash {
	return common.HexToHash("0x548104b183eabaf5a73a090f860633c8ec92ebc9d2f077dcd547fca76ae4b171")
}

// UnpackZeroSignerSetDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSignerSetDelay()
func (attestationQuorum *AttestationQuorum) UnpackZeroSignerSetDelayError(raw []byte) (*AttestationQuorumZeroSignerSetDelay, error) {
	out := new(AttestationQuorumZeroSignerSetDelay)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "ZeroSignerSetDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationQuorumZeroStaking represents a ZeroStaking error raised by the AttestationQuorum contract.
type AttestationQuorumZeroStaking struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroStaking()
func AttestationQuorumZeroStakingErrorID() common.Hash {
	return common.HexToHash("0x6790e138b2f7aa4f554b9be2a8479d581783ca93229dbf40bb3a5c01bf0d5a73")
}

// UnpackZeroStakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroStaking()
func (attestationQuorum *AttestationQuorum) UnpackZeroStakingError(raw []byte) (*AttestationQuorumZeroStaking, error) {
	out := new(AttestationQuorumZeroStaking)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "ZeroStaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}
