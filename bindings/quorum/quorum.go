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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"signerSetDelay_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ATTESTATION_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"applySignerSet\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestationDigest\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancelSignerSetProposal\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"consume\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"consumed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isSigner\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingSignerSet\",\"inputs\":[],\"outputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposeSignerSet\",\"inputs\":[{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeInactiveSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerSet\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAttestationQuorum.SignerSet\",\"components\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signerSetDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AttestationConsumed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signerSetVersion\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerRemoved\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetApplied\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetProposalCancelled\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetProposed\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AttestationAlreadyConsumed\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EmptySignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signers\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoActiveSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoPendingSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotASigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotEnoughSignatures\",\"inputs\":[{\"name\":\"have\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"need\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignatureOrder\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SignaturesLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SignerNotActiveInspector\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignerSetNotYetEffective\",\"inputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SignerStillActive\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotAscending\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManySigners\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownKind\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnknownSigner\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAttestationId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPayloadHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroSigner\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroStaking\",\"inputs\":[]}]",
	ID:  "AttestationQuorum",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516129cc3803806129cc83398101604081905261002f91610270565b826040518060400160405280601a81526020017f69646c6567726964204174746573746174696f6e51756f72756d000000000000815250604051806040016040528060018152602001603160f81b81525061008f826101b260201b60201c565b6101205261009c816101b2565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610168816101ef565b506001600160a01b03821661019057604051630cf21c2760e31b815260040160405180910390fd5b6001600160a01b03909116610160526001600160401b03166101805250610320565b5f5f829050601f815111156101dc578260405163305a27a960e01b815260040161015691906102c5565b80516101e7826102fa565b179392505050565b600380546001600160a01b03191690556102088161020b565b50565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610208575f5ffd5b5f5f5f60608486031215610282575f5ffd5b835161028d8161025c565b602085015190935061029e8161025c565b60408501519092506001600160401b03811681146102ba575f5ffd5b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561031a575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516101805161263261039a5f395f81816102a601526110d801525f818161025a015281816104fa015261092701525f6118ca01525f61189f01525f611c0b01525f611be301525f611b3e01525f611b6801525f611b9201526126325ff3fe608060405234801561000f575f5ffd5b5060043610610179575f3560e01c80637c283c22116100d2578063a9fd281411610088578063e30c397811610063578063e30c3978146103c5578063f2fde38b146103e3578063f698da25146103f6575f5ffd5b8063a9fd281414610397578063bfd7999c1461039f578063ce811b53146103b2575f5ffd5b806384b0196e116100b857806384b0196e146103495780638da5cb5b14610364578063a8e8a24914610382575f5ffd5b80637c283c22146103235780637df73e2714610336575f5ffd5b80635059f12c116101325780636f1a99181161010d5780636f1a991814610300578063715018a61461031357806379ba50971461031b575f5ffd5b80635059f12c146102a157806359ecd657146102e15780636c34eb48146102e9575f5ffd5b80634b2c4f91116101625780634b2c4f91146101cc5780634ca9b880146101d45780634cf088d914610255575f5ffd5b806307090c1f1461017d5780630ffd7e89146101b7575b5f5ffd5b6101a47ff0c1c3b25747bed446fbf35af8c33f485906aca70e3896c04e502ee285e989e881565b6040519081526020015b60405180910390f35b6101ca6101c5366004611e91565b6103fe565b005b6101ca6107c3565b6102456101e2366004611ec8565b6040805173ffffffffffffffffffffffffffffffffffffffff9490941660208086019190915260ff9384168583015260608086019390935281518086039093018352608090940181528151918401919091205f9081526008909352909120541690565b60405190151581526020016101ae565b61027c7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ae565b6102c87f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101ae565b6101a4602081565b6102f1610ad1565b6040516101ae93929190611f54565b6101a461030e366004611f7f565b610b6a565b6101ca610c22565b6101ca610c35565b6101ca610331366004612005565b610cac565b610245610344366004611e91565b610df5565b610351610e7b565b6040516101ae97969594939291906120b4565b60025473ffffffffffffffffffffffffffffffffffffffff1661027c565b61038a610ed9565b6040516101ae9190612173565b6101ca610fba565b6101a46103ad3660046121fe565b6110a5565b6101ca6103c0366004612273565b6110bf565b60035473ffffffffffffffffffffffffffffffffffffffff1661027c565b6101ca6103f1366004611e91565b6111d0565b6101a4611280565b60035474010000000000000000000000000000000000000000900467ffffffffffffffff16801580610461575073ffffffffffffffffffffffffffffffffffffffff82165f9081526005602052604090205467ffffffffffffffff828116911614155b156104b5576040517fa029609200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024015b60405180910390fd5b6040517f872c32fa00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063872c32fa90602401602060405180830381865afa15801561053f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061056391906122f2565b156105b2576040517f85d3e75500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016104ac565b6004545f906105c39060019061233e565b67ffffffffffffffff8111156105db576105db612351565b604051908082528060200260200182016040528015610604578160200160208202803683370190505b5090505f5f5b6004548110156106f8578473ffffffffffffffffffffffffffffffffffffffff166004828154811061063e5761063e61237e565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff16146106f057600481815481106106775761067761237e565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff1683836106a3816123ab565b9450815181106106b5576106b561237e565b602002602001019073ffffffffffffffffffffffffffffffffffffffff16908173ffffffffffffffffffffffffffffffffffffffff16815250505b60010161060a565b5060035461072a9083907c0100000000000000000000000000000000000000000000000000000000900460ff1661128e565b6003546040517c0100000000000000000000000000000000000000000000000000000000820460ff16815273ffffffffffffffffffffffffffffffffffffffff86169174010000000000000000000000000000000000000000900467ffffffffffffffff16907f11c09436d302c31c220e38b3e4ba322ee51cdba608f18f3ba60c567d41f633399060200160405180910390a350505050565b60065467ffffffffffffffff165f81900361080a576040517fbde4972d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff16421015610862576040517ff5ea4b4c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8083166004830152421660248201526044016104ac565b5f60066001018054806020026020016040519081016040528092919081815260200182805480156108c757602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff16815260019091019060200180831161089c575b5050600680547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000811682559495506801000000000000000090940460ff169392505f91506109189050600782611e41565b50505f5b8251811015610a67577f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663872c32fa8483815181106109735761097361237e565b60200260200101516040518263ffffffff1660e01b81526004016109b3919073ffffffffffffffffffffffffffffffffffffffff91909116815260200190565b602060405180830381865afa1580156109ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109f291906122f2565b610a5f57828181518110610a0857610a0861237e565b60200260200101516040517f6f3155a30000000000000000000000000000000000000000000000000000000081526004016104ac919073ffffffffffffffffffffffffffffffffffffffff91909116815260200190565b60010161091c565b50610a72828261128e565b600360149054906101000a900467ffffffffffffffff1667ffffffffffffffff167f9e346219500eeafee56b9f25a7566ed91f9aa5fdc520e18dd629c3e55dd98b0a8284604051610ac49291906123e2565b60405180910390a2505050565b60065460078054604080516020808402820181019092528281525f94859460609467ffffffffffffffff8316946801000000000000000090930460ff16939192839190830182828015610b5857602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610b2d575b50505050509050925092509250909192565b600354604080517ff0c1c3b25747bed446fbf35af8c33f485906aca70e3896c04e502ee285e989e8602082015260ff86169181019190915273ffffffffffffffffffffffffffffffffffffffff86166060820152608081018490527401000000000000000000000000000000000000000090910467ffffffffffffffff1660a082015260c081018290525f90610c199060e0015b604051602081830303815290604052805190602001206113f5565b95945050505050565b610c2a61143c565b610c335f61148f565b565b600354339073ffffffffffffffffffffffffffffffffffffffff168114610ca0576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016104ac565b610ca98161148f565b50565b604080513360208083019190915260ff88811683850152606080840189905284518085039091018152608090930184528251928201929092205f8181526008909252929020541615610d3c576040517f2410d21900000000000000000000000000000000000000000000000000000000815233600482015260ff87166024820152604481018690526064016104ac565b610d4a3387878787876114c0565b505f81815260086020908152604091829020805460017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0090911617905560035482518781527401000000000000000000000000000000000000000090910467ffffffffffffffff1691810191909152869160ff89169133917fa7b79e84e502e45986aca7c3f9884f03d1835dbdefd83f536b82438be724694b910160405180910390a4505050505050565b6003545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1615801590610e75575060035473ffffffffffffffffffffffffffffffffffffffff83165f9081526005602052604090205467ffffffffffffffff9081167401000000000000000000000000000000000000000090920416145b92915050565b5f6060805f5f5f6060610e8c611898565b610e946118c3565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b60408051606080820183525f8083526020830152918101919091526040805160608101825260035474010000000000000000000000000000000000000000810467ffffffffffffffff1682527c0100000000000000000000000000000000000000000000000000000000900460ff16602080830191909152600480548451818402810184018652818152939485019392830182828015610fad57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610f82575b5050505050815250905090565b610fc261143c565b60065467ffffffffffffffff165f03611007576040517fbde4972d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600680547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000001681555f61103b600782611e41565b505060035461106d9074010000000000000000000000000000000000000000900467ffffffffffffffff166001612405565b67ffffffffffffffff167f98455dd3b4902dbed75aadd9b10949b1b9df0ce94ef7121753dc21c3f18376ad60405160405180910390a2565b5f6110b48787878787876114c0565b979650505050505050565b6110c761143c565b6110d28383836118ee565b5f6110fd7f000000000000000000000000000000000000000000000000000000000000000042612405565b6006805460ff851668010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911667ffffffffffffffff84161717905590506007611152848683612485565b506003546111839074010000000000000000000000000000000000000000900467ffffffffffffffff166001612405565b67ffffffffffffffff167fc93b3ea8c5558d67fd2e2e4658c9c8df9a679927870edf1925ceb79b60b321e6838686856040516111c294939291906124d7565b60405180910390a250505050565b6111d861143c565b6003805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561123b60025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611289611b25565b905090565b6003545f906112c09074010000000000000000000000000000000000000000900467ffffffffffffffff166001612405565b600380547fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8416027fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177c010000000000000000000000000000000000000000000000000000000060ff8616021790559050600461135f848261254f565b505f5b83518110156113ef578160055f8684815181106113815761138161237e565b60209081029190910181015173ffffffffffffffffffffffffffffffffffffffff1682528101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055600101611362565b50505050565b5f610e75611401611b25565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60025473ffffffffffffffffffffffffffffffffffffffff163314610c33576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016104ac565b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610ca981611c5b565b6003545f9074010000000000000000000000000000000000000000810467ffffffffffffffff16907c0100000000000000000000000000000000000000000000000000000000900460ff16818303611544576040517ff9f76b3000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8760ff165f03611580576040517f9f74ba6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b866115b7576040517fc610589500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b856115ee576040517fa23a525a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6115f96041856125df565b15611633576040517fcda278c7000000000000000000000000000000000000000000000000000000008152600481018590526024016104ac565b61163e6041856125f2565b925080831015611684576040517f79c193d200000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016104ac565b604080517ff0c1c3b25747bed446fbf35af8c33f485906aca70e3896c04e502ee285e989e8602082015260ff8a169181019190915273ffffffffffffffffffffffffffffffffffffffff8a1660608201526080810188905267ffffffffffffffff831660a082015260c081018790525f906117019060e001610bfe565b90505f5f5b8581101561188957604181028801803590602081013590604001355f90811a908061173388848787611cd1565b5090925090505f81600381111561174c5761174c612605565b14611786576040517f52bf9848000000000000000000000000000000000000000000000000000000008152600481018790526024016104ac565b8673ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16116117ee576040517f34a7e746000000000000000000000000000000000000000000000000000000008152600481018790526024016104ac565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526005602052604090205467ffffffffffffffff8b8116911614611877576040517fb846e11d0000000000000000000000000000000000000000000000000000000081526004810187905273ffffffffffffffffffffffffffffffffffffffff831660248201526044016104ac565b50945050600190920191506117069050565b50505050509695505050505050565b60606112897f0000000000000000000000000000000000000000000000000000000000000000611dc4565b60606112897f0000000000000000000000000000000000000000000000000000000000000000611dc4565b815f819003611929576040517fcac0fd8200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b602081111561196e576040517f46161fe400000000000000000000000000000000000000000000000000000000815260048101829052602060248201526044016104ac565b60ff821615806119805750808260ff16115b8061199857508061199560ff84166002612425565b11155b156119db576040517f7b7a98f100000000000000000000000000000000000000000000000000000000815260ff83166004820152602481018290526044016104ac565b5f5f5b82811015611b1d575f8686838181106119f9576119f961237e565b9050602002016020810190611a0e9190611e91565b73ffffffffffffffffffffffffffffffffffffffff1603611a5e576040517fde1954f3000000000000000000000000000000000000000000000000000000008152600481018290526024016104ac565b8173ffffffffffffffffffffffffffffffffffffffff16868683818110611a8757611a8761237e565b9050602002016020810190611a9c9190611e91565b73ffffffffffffffffffffffffffffffffffffffff1611611aec576040517f590a84f7000000000000000000000000000000000000000000000000000000008152600481018290526024016104ac565b858582818110611afe57611afe61237e565b9050602002016020810190611b139190611e91565b91506001016119de565b505050505050565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015611b8a57507f000000000000000000000000000000000000000000000000000000000000000046145b15611bb457507f000000000000000000000000000000000000000000000000000000000000000090565b611289604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6002805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611d0a57505f91506003905082611dba565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611d5b573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116611db157505f925060019150829050611dba565b92505f91508190505b9450945094915050565b60605f611dd083611e01565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610e75576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5080545f8255905f5260205f2090610c3391905f5b80821115611e6b575f81840155600101611e56565b505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610ca9575f5ffd5b5f60208284031215611ea1575f5ffd5b8135611eac81611e70565b9392505050565b803560ff81168114611ec3575f5ffd5b919050565b5f5f5f60608486031215611eda575f5ffd5b8335611ee581611e70565b9250611ef360208501611eb3565b929592945050506040919091013590565b5f8151808452602084019350602083015f5b82811015611f4a57815173ffffffffffffffffffffffffffffffffffffffff16865260209586019590910190600101611f16565b5093949350505050565b67ffffffffffffffff8416815260ff83166020820152606060408201525f610c196060830184611f04565b5f5f5f5f60808587031215611f92575f5ffd5b8435611f9d81611e70565b9350611fab60208601611eb3565b93969395505050506040820135916060013590565b5f5f83601f840112611fd0575f5ffd5b50813567ffffffffffffffff811115611fe7575f5ffd5b602083019150836020828501011115611ffe575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612019575f5ffd5b61202286611eb3565b94506020860135935060408601359250606086013567ffffffffffffffff81111561204b575f5ffd5b61205788828901611fc0565b969995985093965092949392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6120ee60e0830189612068565b82810360408401526121008189612068565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612162578351835260209384019390920191600101612144565b50909b9a5050505050505050505050565b602081525f6080820167ffffffffffffffff845116602084015260ff6020850151166040840152604084015160608085015281815180845260a0860191506020830193505f92505b808310156121f45773ffffffffffffffffffffffffffffffffffffffff84511682526020820191506020840193506001830192506121bb565b5095945050505050565b5f5f5f5f5f5f60a08789031215612213575f5ffd5b863561221e81611e70565b955061222c60208801611eb3565b94506040870135935060608701359250608087013567ffffffffffffffff811115612255575f5ffd5b61226189828a01611fc0565b979a9699509497509295939492505050565b5f5f5f60408486031215612285575f5ffd5b833567ffffffffffffffff81111561229b575f5ffd5b8401601f810186136122ab575f5ffd5b803567ffffffffffffffff8111156122c1575f5ffd5b8660208260051b84010111156122d5575f5ffd5b6020918201945092506122e9908501611eb3565b90509250925092565b5f60208284031215612302575f5ffd5b81518015158114611eac575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610e7557610e75612311565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036123db576123db612311565b5060010190565b60ff83168152604060208201525f6123fd6040830184611f04565b949350505050565b67ffffffffffffffff8181168382160190811115610e7557610e75612311565b8082028115828204841417610e7557610e75612311565b6801000000000000000082111561245557612455612351565b805482825580831015611e6b57815f528260205f20018382035f5b81811015611b1d575f83820155600101612470565b67ffffffffffffffff83111561249d5761249d612351565b6124a7838261243c565b81815f5260205f205f5b85811015611b1d5782356124c481611e70565b82820155602092909201916001016124b1565b60ff8516815260606020820181905281018390525f8460808301825b8681101561253057823561250681611e70565b73ffffffffffffffffffffffffffffffffffffffff168252602092830192909101906001016124f3565b50809250505067ffffffffffffffff8316604083015295945050505050565b815167ffffffffffffffff81111561256957612569612351565b612573818361243c565b60208301825f5260205f205f5b83811015611b1d57825173ffffffffffffffffffffffffffffffffffffffff1682820155602090920191600101612580565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826125ed576125ed6125b2565b500690565b5f82612600576126006125b2565b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd",
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

// PackRemoveInactiveSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ffd7e89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeInactiveSigner(address signer) returns()
func (attestationQuorum *AttestationQuorum) PackRemoveInactiveSigner(signer common.Address) []byte {
	enc, err := attestationQuorum.abi.Pack("removeInactiveSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveInactiveSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ffd7e89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeInactiveSigner(address signer) returns()
func (attestationQuorum *AttestationQuorum) TryPackRemoveInactiveSigner(signer common.Address) ([]byte, error) {
	return attestationQuorum.abi.Pack("removeInactiveSigner", signer)
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
// Solidity: event AttestationConsumed(address indexed target, uint8 indexed kind, bytes32 indexed id, bytes32 payloadHash, uint64 signerSetVersion)
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

// AttestationQuorumSignerRemoved represents a SignerRemoved event raised by the AttestationQuorum contract.
type AttestationQuorumSignerRemoved struct {
	Version   uint64
	Signer    common.Address
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const AttestationQuorumSignerRemovedEventName = "SignerRemoved"

// ContractEventName returns the user-defined event name.
func (AttestationQuorumSignerRemoved) ContractEventName() string {
	return AttestationQuorumSignerRemovedEventName
}

// UnpackSignerRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerRemoved(uint64 indexed version, address indexed signer, uint8 threshold)
func (attestationQuorum *AttestationQuorum) UnpackSignerRemovedEvent(log *types.Log) (*AttestationQuorumSignerRemoved, error) {
	event := "SignerRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationQuorum.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationQuorumSignerRemoved)
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
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["NotASigner"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackNotASignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackOwnableUnauthorizedAccountError(raw[4:])
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
	if bytes.Equal(raw[:4], attestationQuorum.abi.Errors["SignerStillActive"].ID.Bytes()[:4]) {
		return attestationQuorum.UnpackSignerStillActiveError(raw[4:])
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

// AttestationQuorumNotASigner represents a NotASigner error raised by the AttestationQuorum contract.
type AttestationQuorumNotASigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotASigner(address signer)
func AttestationQuorumNotASignerErrorID() common.Hash {
	return common.HexToHash("0xa0296092d31483952e1e1b5b5d99b5b142144d707496ac7219fdeb36b1c058f5")
}

// UnpackNotASignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotASigner(address signer)
func (attestationQuorum *AttestationQuorum) UnpackNotASignerError(raw []byte) (*AttestationQuorumNotASigner, error) {
	out := new(AttestationQuorumNotASigner)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "NotASigner", raw); err != nil {
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

// AttestationQuorumSignerStillActive represents a SignerStillActive error raised by the AttestationQuorum contract.
type AttestationQuorumSignerStillActive struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerStillActive(address signer)
func AttestationQuorumSignerStillActiveErrorID() common.Hash {
	return common.HexToHash("0x85d3e755c120087b9cbe0f72b8986145c0e88c9a5dbf920f3e184a1cc6c424d5")
}

// UnpackSignerStillActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerStillActive(address signer)
func (attestationQuorum *AttestationQuorum) UnpackSignerStillActiveError(raw []byte) (*AttestationQuorumSignerStillActive, error) {
	out := new(AttestationQuorumSignerStillActive)
	if err := attestationQuorum.abi.UnpackIntoInterface(out, "SignerStillActive", raw); err != nil {
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
