// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rewards

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

// RewardsMetaData contains all meta data concerning the Rewards contract.
var RewardsMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"genesis_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"epochLength_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"initialEmission_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"halvingEpochs_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxSupply_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_SUPPLY_LIMIT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allocated\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"emission\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochEnd\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochStart\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fund\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"funded\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"genesis\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"halvingEpochs\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialEmission\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"posted\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"postRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cumulativeTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"remainingReserve\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"totalClaimed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unclaimedAllocation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulativeClaimed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Funded\",\"inputs\":[{\"name\":\"funder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"funded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsConfigured\",\"inputs\":[{\"name\":\"grid\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"quorum\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"genesis\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"epochLength\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"initialEmission\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"halvingEpochs\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxSupply\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootPosted\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"cumulativeTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"increment\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Swept\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BeforeGenesis\",\"inputs\":[{\"name\":\"genesis\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ClaimExceedsAllocation\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unclaimedAllocation\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CumulativeTotalDecreased\",\"inputs\":[{\"name\":\"cumulativeTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"allocated\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EpochNotEnded\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endsAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EpochNotNext\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nextEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"FundingAboveCap\",\"inputs\":[{\"name\":\"funded\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxSupply\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientReserve\",\"inputs\":[{\"name\":\"increment\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unallocated\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidConfig\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SweepAboveSurplus\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"surplus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TotalAboveEmission\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"increment\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"emission\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "Rewards",
	Bin: "0x610160604052348015610010575f5ffd5b506040516125a83803806125a883398101604081905261002f91610349565b856001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610067816102af565b506001600160a01b038816158061008557506001600160a01b038716155b156100a35760405163d92e233d60e01b815260040160405180910390fd5b846001600160401b03165f036100e6576040516389a6198960e01b815260206004820152600760248201526667656e6573697360c81b6044820152606401610055565b836001600160401b03165f0361012d576040516389a6198960e01b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606401610055565b816001600160401b03165f03610176576040516389a6198960e01b815260206004820152600d60248201526c68616c76696e6745706f63687360981b6044820152606401610055565b80158061018957506001600160601b0381115b156101c3576040516389a6198960e01b81526020600482015260096024820152686d6178537570706c7960b81b6044820152606401610055565b8215806101cf57508083115b1561020f576040516389a6198960e01b815260206004820152600f60248201526e34b734ba34b0b622b6b4b9b9b4b7b760891b6044820152606401610055565b6001600160a01b03888116608081815291891660a08181526001600160401b0389811660c081905289821660e08190526101008a90529188166101208190526101408890526040805192835260208301939093528183018a905260608201529485018690525191937f1f2f78eb99ac6e66d554207108dba7cdabc3825448d435eee7cc962c5891d0fc929081900390910190a350505050505050506103d8565b600180546001600160a01b03191690556102c8816102cb565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146102c8575f5ffd5b80516001600160401b0381168114610344575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b031215610361575f5ffd5b885161036c8161031a565b60208a015190985061037d8161031a565b60408a015190975061038e8161031a565b955061039c60608a0161032e565b94506103aa60808a0161032e565b60a08a015190945092506103c060c08a0161032e565b60e09990990151979a96995094979396929591945050565b60805160a05160c05160e0516101005161012051610140516120fa6104ae5f395f81816104cc01528181611221015281816112860152818161149b015261150001525f8181610321015261054001525f81816102f2015261058a01525f818161025f01528181610faf015281816110da015261118301525f81816103f601528181610f1901528181610f7a01528181610fda015261111201525f81816101da0152610d3b01525f81816103cf0152818161092501528181610a89015281816112e20152818161137c01526113eb01526120fa5ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c8063a060ae18116100fe578063c884ef831161009e578063d7b0fef11161006e578063d7b0fef1146104ee578063e30c3978146104f6578063f2fde38b14610514578063f3a504f214610527575f5ffd5b8063c884ef8314610459578063ca1d209d1461048e578063d54ad2a1146104a1578063d5abeb01146104c7575f5ffd5b8063a7f0b3de116100d9578063a7f0b3de146103f1578063aea0e78b14610418578063b304b2e114610420578063b4683db214610446575f5ffd5b8063a060ae18146103a1578063a1587509146103b7578063a23836ef146103ca575f5ffd5b8063715018a611610174578063814a231711610144578063814a2317146103145780638cb35aa71461031c5780638da5cb5b146103435780639cb118bf14610360575f5ffd5b8063715018a6146102d557806376671808146102dd57806379ba5097146102e55780637c817fd2146102ed575f5ffd5b806357d775f8116101af57806357d775f81461025a578063617d11261461029a57806362c06767146102ad57806367b9c005146102c2575f5ffd5b80631703a018146101d55780631a4fef06146102265780633d13f87414610247575b5f5ffd5b6101fc7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b610239610234366004611d16565b61053d565b60405190815260200161021d565b610239610255366004611d50565b610601565b6102817f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161021d565b6102396bffffffffffffffffffffffff81565b6102c06102bb366004611dd8565b610961565b005b6102c06102d0366004611e16565b610c0a565b6102c0610f03565b610281610f16565b6102c061101d565b6102397f000000000000000000000000000000000000000000000000000000000000000081565b610239611094565b6102817f000000000000000000000000000000000000000000000000000000000000000081565b5f5473ffffffffffffffffffffffffffffffffffffffff166101fc565b60025460045460408051780100000000000000000000000000000000000000000000000090930467ffffffffffffffff16835290151560208301520161021d565b6002546bffffffffffffffffffffffff16610239565b6102396103c5366004611d16565b6110cb565b6101fc7f000000000000000000000000000000000000000000000000000000000000000081565b6102817f000000000000000000000000000000000000000000000000000000000000000081565b61028161113d565b6002546c0100000000000000000000000090046bffffffffffffffffffffffff16610239565b610239610454366004611d16565b611180565b610239610467366004611eb0565b73ffffffffffffffffffffffffffffffffffffffff165f9081526005602052604090205490565b6102c061049c366004611ecb565b6111cd565b6003546c0100000000000000000000000090046bffffffffffffffffffffffff16610239565b6102397f000000000000000000000000000000000000000000000000000000000000000081565b600454610239565b60015473ffffffffffffffffffffffffffffffffffffffff166101fc565b6102c0610522366004611eb0565b611620565b6003546bffffffffffffffffffffffff16610239565b5f7f00000000000000000000000000000000000000000000000000000000000000008161056a8285611f3c565b67ffffffffffffffff169050610100811061058857505f9392505050565b7f0000000000000000000000000000000000000000000000000000000000000000811c600181901c67ffffffffffffffff84166105c58588611f6b565b67ffffffffffffffff166105d98385611f9a565b6105e39190611fad565b6105ed9190611fc4565b6105f79083611f9a565b9695505050505050565b5f61060a6116cf565b60045480610644576040517fcccc270000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040805173ffffffffffffffffffffffffffffffffffffffff881660208201529081018690525f90606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506106ce85858484611704565b610728576040517fadbd651200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff88166004820152602481018790526044015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff87165f908152600560205260409020548087116107ac576040517f0cfa2bb000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff89166004820152602481018890526044810182905260640161071f565b6107b68188611f9a565b6003546002549195506bffffffffffffffffffffffff6c01000000000000000000000000918290048116925f926107f39285929190910416611f9a565b905080861115610839576040517f9f284867000000000000000000000000000000000000000000000000000000008152600481018790526024810182905260440161071f565b73ffffffffffffffffffffffffffffffffffffffff8a165f90815260056020526040902089905561086a8683611fd7565b600380546bffffffffffffffffffffffff929092166c01000000000000000000000000027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff90921691909117905560408051878152602081018b9052339173ffffffffffffffffffffffffffffffffffffffff8d16917f2f6639d24651730c7bf57c95ddbf96d66d11477e4ec626876f92c22e5f365e68910160405180910390a361094c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168b8861171b565b5050505050610959611776565b949350505050565b6109696117a0565b6109716116cf565b73ffffffffffffffffffffffffffffffffffffffff82166109be576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f036109f7576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015610a61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a859190611ffb565b90507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff1603610b1457600354610b07906bffffffffffffffffffffffff6c01000000000000000000000000820481169116611f9a565b610b119082611f9a565b90505b80821115610b74576040517f2190968100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602481018390526044810182905260640161071f565b8273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf71884604051610bd391815260200190565b60405180910390a3610bfc73ffffffffffffffffffffffffffffffffffffffff8516848461171b565b50610c05611776565b505050565b84610c41576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082041660208301527801000000000000000000000000000000000000000000000000900467ffffffffffffffff16918101919091525f610caf8289886117f2565b604080517f27d874cfc4910da388e3517349249e3c223c5f5eb00969af66dc7820b8aed57460208083019190915267ffffffffffffffff8c1682840152606082018b905260808083018b90528351808403909101815260a083019384905280519101207f7c283c22000000000000000000000000000000000000000000000000000000009092529192507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1691637c283c2291610d8c916004918a918a908a9060a401612012565b5f604051808303815f87803b158015610da3575f5ffd5b505af1158015610db5573d5f5f3e3d5ffd5b505050505f819050604051806060016040528082855f0151610dd79190612076565b6bffffffffffffffffffffffff168152602001828560200151610dfa9190611fd7565b6bffffffffffffffffffffffff908116825267ffffffffffffffff8c81166020938401819052845160028054878701516040988901519387167fffffffffffffffff000000000000000000000000000000000000000000000000909216919091176c0100000000000000000000000091909616029490941777ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000091909316029190911790915560048b905582518a81529182018590529181018890528991907fe937b6c4029e888917a385f2730f4f172a84a8b3331b406c70f7410309bb034b9060600160405180910390a3505050505050505050565b610f0b6117a0565b610f145f611a08565b565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16421015610fad576040517f8755db5200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600482015242602482015260440161071f565b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff164261100e9190611f9a565b6110189190611fc4565b905090565b600154339073ffffffffffffffffffffffffffffffffffffffff168114611088576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260240161071f565b61109181611a08565b50565b6003546002545f91611018916bffffffffffffffffffffffff6c010000000000000000000000009283900481169290910416611f9a565b5f61110367ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116908416611fad565b6111379067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661209a565b92915050565b6004545f901561117b57600254611018907801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660016120ad565b505f90565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168267ffffffffffffffff1660016111c3919061209a565b6111039190611fad565b6111d56116cf565b805f0361120e576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546bffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000061124a838361209a565b11156112b2576040517f2689025f00000000000000000000000000000000000000000000000000000000815260048101829052602481018390527f0000000000000000000000000000000000000000000000000000000000000000604482015260640161071f565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa15801561133c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113609190611ffb565b90506113a473ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333086611a39565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015611430573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114549190611ffb565b61145e9190611f9a565b9050805f03611499576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006114c4828561209a565b111561152c576040517f2689025f00000000000000000000000000000000000000000000000000000000815260048101849052602481018290527f0000000000000000000000000000000000000000000000000000000000000000604482015260640161071f565b5f611537828561209a565b600380547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff8381169190911790915560028054929350849290915f9161158d91859116611fd7565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055503373ffffffffffffffffffffffffffffffffffffffff167fcd909ec339185c4598a4096e174308fbdf136d117f230960f873a2f2e81f63af838360405161160c929190918252602082015260400190565b60405180910390a250505050611091611776565b6116286117a0565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561168a5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6116d7611a9b565b610f1460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611af4565b5f82611711868685611afb565b1495945050505050565b6117288383836001611b3c565b610c05576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161071f565b610f145f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006116fe565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610f14576040517f118cdaa700000000000000000000000000000000000000000000000000000000815233600482015260240161071f565b6004545f9081901561181357604085015161180e9060016120ad565b611815565b5f5b90508067ffffffffffffffff168467ffffffffffffffff1614611878576040517f3080f52300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80861660048301528216602482015260440161071f565b5f61188285611180565b9050804210156118d7576040517f7d997a7900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff861660048201526024810182905242604482015260640161071f565b60208601516bffffffffffffffffffffffff168085101561192e576040517f44b0cea2000000000000000000000000000000000000000000000000000000008152600481018690526024810182905260440161071f565b6119388186611f9a565b93505f6119448761053d565b90508085111561199a576040517fb96daea200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602481018690526044810182905260640161071f565b87516bffffffffffffffffffffffff168511156119fd5787516040517f315276c9000000000000000000000000000000000000000000000000000000008152600481018790526bffffffffffffffffffffffff909116602482015260440161071f565b505050509392505050565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561109181611bc4565b611a47848484846001611c38565b611a95576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161071f565b50505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610f14576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f81815b84811015611b3357611b2982878784818110611b1d57611b1d6120cd565b90506020020135611ccb565b9150600101611aff565b50949350505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316611bb8578383151615611bac573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f51148316611cba578383151615611cae573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f818310611ce5575f828152602084905260409020611cf3565b5f8381526020839052604090205b9392505050565b803567ffffffffffffffff81168114611d11575f5ffd5b919050565b5f60208284031215611d26575f5ffd5b611cf382611cfa565b73ffffffffffffffffffffffffffffffffffffffff81168114611091575f5ffd5b5f5f5f5f60608587031215611d63575f5ffd5b8435611d6e81611d2f565b935060208501359250604085013567ffffffffffffffff811115611d90575f5ffd5b8501601f81018713611da0575f5ffd5b803567ffffffffffffffff811115611db6575f5ffd5b8760208260051b8401011115611dca575f5ffd5b949793965060200194505050565b5f5f5f60608486031215611dea575f5ffd5b8335611df581611d2f565b92506020840135611e0581611d2f565b929592945050506040919091013590565b5f5f5f5f5f5f60a08789031215611e2b575f5ffd5b611e3487611cfa565b9550602087013594506040870135935060608701359250608087013567ffffffffffffffff811115611e64575f5ffd5b8701601f81018913611e74575f5ffd5b803567ffffffffffffffff811115611e8a575f5ffd5b896020828401011115611e9b575f5ffd5b60208201935080925050509295509295509295565b5f60208284031215611ec0575f5ffd5b8135611cf381611d2f565b5f60208284031215611edb575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f67ffffffffffffffff831680611f5557611f55611ee2565b8067ffffffffffffffff84160491505092915050565b5f67ffffffffffffffff831680611f8457611f84611ee2565b8067ffffffffffffffff84160691505092915050565b8181038181111561113757611137611f0f565b808202811582820484141761113757611137611f0f565b5f82611fd257611fd2611ee2565b500490565b6bffffffffffffffffffffffff818116838216019081111561113757611137611f0f565b5f6020828403121561200b575f5ffd5b5051919050565b60ff8616815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b6bffffffffffffffffffffffff828116828216039081111561113757611137611f0f565b8082018082111561113757611137611f0f565b67ffffffffffffffff818116838216019081111561113757611137611f0f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd",
}

// Rewards is an auto generated Go binding around an Ethereum contract.
type Rewards struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rewards) GetABI() abi.ABI {
	return c.abi
}

// NewRewards creates a new instance of Rewards.
func NewRewards() *Rewards {
	parsed, err := RewardsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rewards{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rewards) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address grid_, address quorum_, address owner_, uint64 genesis_, uint64 epochLength_, uint256 initialEmission_, uint64 halvingEpochs_, uint256 maxSupply_) returns()
func (rewards *Rewards) PackConstructor(grid_ common.Address, quorum_ common.Address, owner_ common.Address, genesis_ uint64, epochLength_ uint64, initialEmission_ *big.Int, halvingEpochs_ uint64, maxSupply_ *big.Int) []byte {
	enc, err := rewards.abi.Pack("", grid_, quorum_, owner_, genesis_, epochLength_, initialEmission_, halvingEpochs_, maxSupply_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSUPPLYLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617d1126.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SUPPLY_LIMIT() view returns(uint256)
func (rewards *Rewards) PackMAXSUPPLYLIMIT() []byte {
	enc, err := rewards.abi.Pack("MAX_SUPPLY_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSUPPLYLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617d1126.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SUPPLY_LIMIT() view returns(uint256)
func (rewards *Rewards) TryPackMAXSUPPLYLIMIT() ([]byte, error) {
	return rewards.abi.Pack("MAX_SUPPLY_LIMIT")
}

// UnpackMAXSUPPLYLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x617d1126.
//
// Solidity: function MAX_SUPPLY_LIMIT() view returns(uint256)
func (rewards *Rewards) UnpackMAXSUPPLYLIMIT(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("MAX_SUPPLY_LIMIT", data)
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
func (rewards *Rewards) PackAcceptOwnership() []byte {
	enc, err := rewards.abi.Pack("acceptOwnership")
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
func (rewards *Rewards) TryPackAcceptOwnership() ([]byte, error) {
	return rewards.abi.Pack("acceptOwnership")
}

// PackAllocated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb304b2e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allocated() view returns(uint256)
func (rewards *Rewards) PackAllocated() []byte {
	enc, err := rewards.abi.Pack("allocated")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllocated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb304b2e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allocated() view returns(uint256)
func (rewards *Rewards) TryPackAllocated() ([]byte, error) {
	return rewards.abi.Pack("allocated")
}

// UnpackAllocated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb304b2e1.
//
// Solidity: function allocated() view returns(uint256)
func (rewards *Rewards) UnpackAllocated(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("allocated", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d13f874.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 amount)
func (rewards *Rewards) PackClaim(account common.Address, cumulativeAmount *big.Int, proof [][32]byte) []byte {
	enc, err := rewards.abi.Pack("claim", account, cumulativeAmount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d13f874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 amount)
func (rewards *Rewards) TryPackClaim(account common.Address, cumulativeAmount *big.Int, proof [][32]byte) ([]byte, error) {
	return rewards.abi.Pack("claim", account, cumulativeAmount, proof)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 amount)
func (rewards *Rewards) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc884ef83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(address account) view returns(uint256)
func (rewards *Rewards) PackClaimed(account common.Address) []byte {
	enc, err := rewards.abi.Pack("claimed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc884ef83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(address account) view returns(uint256)
func (rewards *Rewards) TryPackClaimed(account common.Address) ([]byte, error) {
	return rewards.abi.Pack("claimed", account)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (rewards *Rewards) UnpackClaimed(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("claimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (rewards *Rewards) PackCurrentEpoch() []byte {
	enc, err := rewards.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (rewards *Rewards) TryPackCurrentEpoch() ([]byte, error) {
	return rewards.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (rewards *Rewards) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := rewards.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a4fef06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emission(uint64 epoch) view returns(uint256)
func (rewards *Rewards) PackEmission(epoch uint64) []byte {
	enc, err := rewards.abi.Pack("emission", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a4fef06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emission(uint64 epoch) view returns(uint256)
func (rewards *Rewards) TryPackEmission(epoch uint64) ([]byte, error) {
	return rewards.abi.Pack("emission", epoch)
}

// UnpackEmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a4fef06.
//
// Solidity: function emission(uint64 epoch) view returns(uint256)
func (rewards *Rewards) UnpackEmission(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("emission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4683db2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochEnd(uint64 epoch) view returns(uint256)
func (rewards *Rewards) PackEpochEnd(epoch uint64) []byte {
	enc, err := rewards.abi.Pack("epochEnd", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4683db2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochEnd(uint64 epoch) view returns(uint256)
func (rewards *Rewards) TryPackEpochEnd(epoch uint64) ([]byte, error) {
	return rewards.abi.Pack("epochEnd", epoch)
}

// UnpackEpochEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4683db2.
//
// Solidity: function epochEnd(uint64 epoch) view returns(uint256)
func (rewards *Rewards) UnpackEpochEnd(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("epochEnd", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint64)
func (rewards *Rewards) PackEpochLength() []byte {
	enc, err := rewards.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint64)
func (rewards *Rewards) TryPackEpochLength() ([]byte, error) {
	return rewards.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (rewards *Rewards) UnpackEpochLength(data []byte) (uint64, error) {
	out, err := rewards.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1587509.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochStart(uint64 epoch) view returns(uint256)
func (rewards *Rewards) PackEpochStart(epoch uint64) []byte {
	enc, err := rewards.abi.Pack("epochStart", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1587509.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochStart(uint64 epoch) view returns(uint256)
func (rewards *Rewards) TryPackEpochStart(epoch uint64) ([]byte, error) {
	return rewards.abi.Pack("epochStart", epoch)
}

// UnpackEpochStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1587509.
//
// Solidity: function epochStart(uint64 epoch) view returns(uint256)
func (rewards *Rewards) UnpackEpochStart(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("epochStart", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 amount) returns()
func (rewards *Rewards) PackFund(amount *big.Int) []byte {
	enc, err := rewards.abi.Pack("fund", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 amount) returns()
func (rewards *Rewards) TryPackFund(amount *big.Int) ([]byte, error) {
	return rewards.abi.Pack("fund", amount)
}

// PackFunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3a504f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function funded() view returns(uint256)
func (rewards *Rewards) PackFunded() []byte {
	enc, err := rewards.abi.Pack("funded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3a504f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function funded() view returns(uint256)
func (rewards *Rewards) TryPackFunded() ([]byte, error) {
	return rewards.abi.Pack("funded")
}

// UnpackFunded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3a504f2.
//
// Solidity: function funded() view returns(uint256)
func (rewards *Rewards) UnpackFunded(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("funded", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f0b3de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesis() view returns(uint64)
func (rewards *Rewards) PackGenesis() []byte {
	enc, err := rewards.abi.Pack("genesis")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f0b3de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesis() view returns(uint64)
func (rewards *Rewards) TryPackGenesis() ([]byte, error) {
	return rewards.abi.Pack("genesis")
}

// UnpackGenesis is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7f0b3de.
//
// Solidity: function genesis() view returns(uint64)
func (rewards *Rewards) UnpackGenesis(data []byte) (uint64, error) {
	out, err := rewards.abi.Unpack("genesis", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGrid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23836ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grid() view returns(address)
func (rewards *Rewards) PackGrid() []byte {
	enc, err := rewards.abi.Pack("grid")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23836ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grid() view returns(address)
func (rewards *Rewards) TryPackGrid() ([]byte, error) {
	return rewards.abi.Pack("grid")
}

// UnpackGrid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa23836ef.
//
// Solidity: function grid() view returns(address)
func (rewards *Rewards) UnpackGrid(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("grid", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHalvingEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cb35aa7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function halvingEpochs() view returns(uint64)
func (rewards *Rewards) PackHalvingEpochs() []byte {
	enc, err := rewards.abi.Pack("halvingEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHalvingEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cb35aa7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function halvingEpochs() view returns(uint64)
func (rewards *Rewards) TryPackHalvingEpochs() ([]byte, error) {
	return rewards.abi.Pack("halvingEpochs")
}

// UnpackHalvingEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cb35aa7.
//
// Solidity: function halvingEpochs() view returns(uint64)
func (rewards *Rewards) UnpackHalvingEpochs(data []byte) (uint64, error) {
	out, err := rewards.abi.Unpack("halvingEpochs", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInitialEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c817fd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialEmission() view returns(uint256)
func (rewards *Rewards) PackInitialEmission() []byte {
	enc, err := rewards.abi.Pack("initialEmission")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c817fd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialEmission() view returns(uint256)
func (rewards *Rewards) TryPackInitialEmission() ([]byte, error) {
	return rewards.abi.Pack("initialEmission")
}

// UnpackInitialEmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c817fd2.
//
// Solidity: function initialEmission() view returns(uint256)
func (rewards *Rewards) UnpackInitialEmission(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("initialEmission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestEpoch() view returns(uint64 epoch, bool posted)
func (rewards *Rewards) PackLatestEpoch() []byte {
	enc, err := rewards.abi.Pack("latestEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestEpoch() view returns(uint64 epoch, bool posted)
func (rewards *Rewards) TryPackLatestEpoch() ([]byte, error) {
	return rewards.abi.Pack("latestEpoch")
}

// LatestEpochOutput serves as a container for the return parameters of contract
// method LatestEpoch.
type LatestEpochOutput struct {
	Epoch  uint64
	Posted bool
}

// UnpackLatestEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb118bf.
//
// Solidity: function latestEpoch() view returns(uint64 epoch, bool posted)
func (rewards *Rewards) UnpackLatestEpoch(data []byte) (LatestEpochOutput, error) {
	out, err := rewards.abi.Unpack("latestEpoch", data)
	outstruct := new(LatestEpochOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Epoch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Posted = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackLatestRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7b0fef1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoot() view returns(bytes32)
func (rewards *Rewards) PackLatestRoot() []byte {
	enc, err := rewards.abi.Pack("latestRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7b0fef1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoot() view returns(bytes32)
func (rewards *Rewards) TryPackLatestRoot() ([]byte, error) {
	return rewards.abi.Pack("latestRoot")
}

// UnpackLatestRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7b0fef1.
//
// Solidity: function latestRoot() view returns(bytes32)
func (rewards *Rewards) UnpackLatestRoot(data []byte) ([32]byte, error) {
	out, err := rewards.abi.Unpack("latestRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMaxSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5abeb01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxSupply() view returns(uint256)
func (rewards *Rewards) PackMaxSupply() []byte {
	enc, err := rewards.abi.Pack("maxSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5abeb01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxSupply() view returns(uint256)
func (rewards *Rewards) TryPackMaxSupply() ([]byte, error) {
	return rewards.abi.Pack("maxSupply")
}

// UnpackMaxSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5abeb01.
//
// Solidity: function maxSupply() view returns(uint256)
func (rewards *Rewards) UnpackMaxSupply(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("maxSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaea0e78b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextEpoch() view returns(uint64)
func (rewards *Rewards) PackNextEpoch() []byte {
	enc, err := rewards.abi.Pack("nextEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaea0e78b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextEpoch() view returns(uint64)
func (rewards *Rewards) TryPackNextEpoch() ([]byte, error) {
	return rewards.abi.Pack("nextEpoch")
}

// UnpackNextEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaea0e78b.
//
// Solidity: function nextEpoch() view returns(uint64)
func (rewards *Rewards) UnpackNextEpoch(data []byte) (uint64, error) {
	out, err := rewards.abi.Unpack("nextEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (rewards *Rewards) PackOwner() []byte {
	enc, err := rewards.abi.Pack("owner")
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
func (rewards *Rewards) TryPackOwner() ([]byte, error) {
	return rewards.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rewards *Rewards) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("owner", data)
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
func (rewards *Rewards) PackPendingOwner() []byte {
	enc, err := rewards.abi.Pack("pendingOwner")
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
func (rewards *Rewards) TryPackPendingOwner() ([]byte, error) {
	return rewards.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (rewards *Rewards) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b9c005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postRoot(uint64 epoch, bytes32 root, uint256 cumulativeTotal, bytes32 attestationId, bytes signatures) returns()
func (rewards *Rewards) PackPostRoot(epoch uint64, root [32]byte, cumulativeTotal *big.Int, attestationId [32]byte, signatures []byte) []byte {
	enc, err := rewards.abi.Pack("postRoot", epoch, root, cumulativeTotal, attestationId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b9c005.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postRoot(uint64 epoch, bytes32 root, uint256 cumulativeTotal, bytes32 attestationId, bytes signatures) returns()
func (rewards *Rewards) TryPackPostRoot(epoch uint64, root [32]byte, cumulativeTotal *big.Int, attestationId [32]byte, signatures []byte) ([]byte, error) {
	return rewards.abi.Pack("postRoot", epoch, root, cumulativeTotal, attestationId, signatures)
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(address)
func (rewards *Rewards) PackQuorum() []byte {
	enc, err := rewards.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(address)
func (rewards *Rewards) TryPackQuorum() ([]byte, error) {
	return rewards.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (rewards *Rewards) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemainingReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa060ae18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remainingReserve() view returns(uint256)
func (rewards *Rewards) PackRemainingReserve() []byte {
	enc, err := rewards.abi.Pack("remainingReserve")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemainingReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa060ae18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remainingReserve() view returns(uint256)
func (rewards *Rewards) TryPackRemainingReserve() ([]byte, error) {
	return rewards.abi.Pack("remainingReserve")
}

// UnpackRemainingReserve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa060ae18.
//
// Solidity: function remainingReserve() view returns(uint256)
func (rewards *Rewards) UnpackRemainingReserve(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("remainingReserve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (rewards *Rewards) PackRenounceOwnership() []byte {
	enc, err := rewards.abi.Pack("renounceOwnership")
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
func (rewards *Rewards) TryPackRenounceOwnership() ([]byte, error) {
	return rewards.abi.Pack("renounceOwnership")
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (rewards *Rewards) PackSweep(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := rewards.abi.Pack("sweep", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (rewards *Rewards) TryPackSweep(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return rewards.abi.Pack("sweep", token, to, amount)
}

// PackTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd54ad2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalClaimed() view returns(uint256)
func (rewards *Rewards) PackTotalClaimed() []byte {
	enc, err := rewards.abi.Pack("totalClaimed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd54ad2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalClaimed() view returns(uint256)
func (rewards *Rewards) TryPackTotalClaimed() ([]byte, error) {
	return rewards.abi.Pack("totalClaimed")
}

// UnpackTotalClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (rewards *Rewards) UnpackTotalClaimed(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("totalClaimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rewards *Rewards) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := rewards.abi.Pack("transferOwnership", newOwner)
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
func (rewards *Rewards) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return rewards.abi.Pack("transferOwnership", newOwner)
}

// PackUnclaimedAllocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x814a2317.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unclaimedAllocation() view returns(uint256)
func (rewards *Rewards) PackUnclaimedAllocation() []byte {
	enc, err := rewards.abi.Pack("unclaimedAllocation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnclaimedAllocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x814a2317.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unclaimedAllocation() view returns(uint256)
func (rewards *Rewards) TryPackUnclaimedAllocation() ([]byte, error) {
	return rewards.abi.Pack("unclaimedAllocation")
}

// UnpackUnclaimedAllocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x814a2317.
//
// Solidity: function unclaimedAllocation() view returns(uint256)
func (rewards *Rewards) UnpackUnclaimedAllocation(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("unclaimedAllocation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RewardsClaimed represents a Claimed event raised by the Rewards contract.
type RewardsClaimed struct {
	Account           common.Address
	Caller            common.Address
	Amount            *big.Int
	CumulativeClaimed *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const RewardsClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RewardsClaimed) ContractEventName() string {
	return RewardsClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, address indexed caller, uint256 amount, uint256 cumulativeClaimed)
func (rewards *Rewards) UnpackClaimedEvent(log *types.Log) (*RewardsClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsClaimed)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsFunded represents a Funded event raised by the Rewards contract.
type RewardsFunded struct {
	Funder common.Address
	Amount *big.Int
	Funded *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (RewardsFunded) ContractEventName() string {
	return RewardsFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(address indexed funder, uint256 amount, uint256 funded)
func (rewards *Rewards) UnpackFundedEvent(log *types.Log) (*RewardsFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsFunded)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Rewards contract.
type RewardsOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardsOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RewardsOwnershipTransferStarted) ContractEventName() string {
	return RewardsOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (rewards *Rewards) UnpackOwnershipTransferStartedEvent(log *types.Log) (*RewardsOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsOwnershipTransferred represents a OwnershipTransferred event raised by the Rewards contract.
type RewardsOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardsOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RewardsOwnershipTransferred) ContractEventName() string {
	return RewardsOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (rewards *Rewards) UnpackOwnershipTransferredEvent(log *types.Log) (*RewardsOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsRewardsConfigured represents a RewardsConfigured event raised by the Rewards contract.
type RewardsRewardsConfigured struct {
	Grid            common.Address
	Quorum          common.Address
	Genesis         uint64
	EpochLength     uint64
	InitialEmission *big.Int
	HalvingEpochs   uint64
	MaxSupply       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const RewardsRewardsConfiguredEventName = "RewardsConfigured"

// ContractEventName returns the user-defined event name.
func (RewardsRewardsConfigured) ContractEventName() string {
	return RewardsRewardsConfiguredEventName
}

// UnpackRewardsConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsConfigured(address indexed grid, address indexed quorum, uint64 genesis, uint64 epochLength, uint256 initialEmission, uint64 halvingEpochs, uint256 maxSupply)
func (rewards *Rewards) UnpackRewardsConfiguredEvent(log *types.Log) (*RewardsRewardsConfigured, error) {
	event := "RewardsConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsRewardsConfigured)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsRootPosted represents a RootPosted event raised by the Rewards contract.
type RewardsRootPosted struct {
	Epoch           uint64
	Root            [32]byte
	CumulativeTotal *big.Int
	Increment       *big.Int
	AttestationId   [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const RewardsRootPostedEventName = "RootPosted"

// ContractEventName returns the user-defined event name.
func (RewardsRootPosted) ContractEventName() string {
	return RewardsRootPostedEventName
}

// UnpackRootPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootPosted(uint64 indexed epoch, bytes32 indexed root, uint256 cumulativeTotal, uint256 increment, bytes32 attestationId)
func (rewards *Rewards) UnpackRootPostedEvent(log *types.Log) (*RewardsRootPosted, error) {
	event := "RootPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsRootPosted)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsSwept represents a Swept event raised by the Rewards contract.
type RewardsSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (RewardsSwept) ContractEventName() string {
	return RewardsSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (rewards *Rewards) UnpackSweptEvent(log *types.Log) (*RewardsSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsSwept)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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
func (rewards *Rewards) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewards.abi.Errors["BeforeGenesis"].ID.Bytes()[:4]) {
		return rewards.UnpackBeforeGenesisError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ClaimExceedsAllocation"].ID.Bytes()[:4]) {
		return rewards.UnpackClaimExceedsAllocationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["CumulativeTotalDecreased"].ID.Bytes()[:4]) {
		return rewards.UnpackCumulativeTotalDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["EpochNotEnded"].ID.Bytes()[:4]) {
		return rewards.UnpackEpochNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["EpochNotNext"].ID.Bytes()[:4]) {
		return rewards.UnpackEpochNotNextError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["FundingAboveCap"].ID.Bytes()[:4]) {
		return rewards.UnpackFundingAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InsufficientReserve"].ID.Bytes()[:4]) {
		return rewards.UnpackInsufficientReserveError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return rewards.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return rewards.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NoRoot"].ID.Bytes()[:4]) {
		return rewards.UnpackNoRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewards.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return rewards.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rewards.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return rewards.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rewards.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SweepAboveSurplus"].ID.Bytes()[:4]) {
		return rewards.UnpackSweepAboveSurplusError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["TotalAboveEmission"].ID.Bytes()[:4]) {
		return rewards.UnpackTotalAboveEmissionError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rewards.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rewards.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return rewards.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardsBeforeGenesis represents a BeforeGenesis error raised by the Rewards contract.
type RewardsBeforeGenesis struct {
	Genesis uint64
	NowTs   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeforeGenesis(uint64 genesis, uint256 nowTs)
func RewardsBeforeGenesisErrorID() common.Hash {
	return common.HexToHash("0x8755db52efb7a83d48b44d816f8b45455e9ce9cb38685c09308f6cc100050bf3")
}

// UnpackBeforeGenesisError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeforeGenesis(uint64 genesis, uint256 nowTs)
func (rewards *Rewards) UnpackBeforeGenesisError(raw []byte) (*RewardsBeforeGenesis, error) {
	out := new(RewardsBeforeGenesis)
	if err := rewards.abi.UnpackIntoInterface(out, "BeforeGenesis", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsClaimExceedsAllocation represents a ClaimExceedsAllocation error raised by the Rewards contract.
type RewardsClaimExceedsAllocation struct {
	Amount              *big.Int
	UnclaimedAllocation *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimExceedsAllocation(uint256 amount, uint256 unclaimedAllocation)
func RewardsClaimExceedsAllocationErrorID() common.Hash {
	return common.HexToHash("0x9f284867c6c12efb36098883ef394da229dc9f2aad652ee0422bca8957e480eb")
}

// UnpackClaimExceedsAllocationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimExceedsAllocation(uint256 amount, uint256 unclaimedAllocation)
func (rewards *Rewards) UnpackClaimExceedsAllocationError(raw []byte) (*RewardsClaimExceedsAllocation, error) {
	out := new(RewardsClaimExceedsAllocation)
	if err := rewards.abi.UnpackIntoInterface(out, "ClaimExceedsAllocation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsCumulativeTotalDecreased represents a CumulativeTotalDecreased error raised by the Rewards contract.
type RewardsCumulativeTotalDecreased struct {
	CumulativeTotal *big.Int
	Allocated       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CumulativeTotalDecreased(uint256 cumulativeTotal, uint256 allocated)
func RewardsCumulativeTotalDecreasedErrorID() common.Hash {
	return common.HexToHash("0x44b0cea2edca5b65ae1241559648eae9d3a73f64d57b0dc4af3047b4736c5a36")
}

// UnpackCumulativeTotalDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CumulativeTotalDecreased(uint256 cumulativeTotal, uint256 allocated)
func (rewards *Rewards) UnpackCumulativeTotalDecreasedError(raw []byte) (*RewardsCumulativeTotalDecreased, error) {
	out := new(RewardsCumulativeTotalDecreased)
	if err := rewards.abi.UnpackIntoInterface(out, "CumulativeTotalDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsEpochNotEnded represents a EpochNotEnded error raised by the Rewards contract.
type RewardsEpochNotEnded struct {
	Epoch  uint64
	EndsAt *big.Int
	NowTs  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotEnded(uint64 epoch, uint256 endsAt, uint256 nowTs)
func RewardsEpochNotEndedErrorID() common.Hash {
	return common.HexToHash("0x7d997a790fcf70885e14e6bb80473bb91d559f374601645db952be6d35002985")
}

// UnpackEpochNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotEnded(uint64 epoch, uint256 endsAt, uint256 nowTs)
func (rewards *Rewards) UnpackEpochNotEndedError(raw []byte) (*RewardsEpochNotEnded, error) {
	out := new(RewardsEpochNotEnded)
	if err := rewards.abi.UnpackIntoInterface(out, "EpochNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsEpochNotNext represents a EpochNotNext error raised by the Rewards contract.
type RewardsEpochNotNext struct {
	Epoch     uint64
	NextEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotNext(uint64 epoch, uint64 nextEpoch)
func RewardsEpochNotNextErrorID() common.Hash {
	return common.HexToHash("0x3080f523095b102b14afef5f699f4331d9edf9d02e5167ae918f3ad2ab2c5449")
}

// UnpackEpochNotNextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotNext(uint64 epoch, uint64 nextEpoch)
func (rewards *Rewards) UnpackEpochNotNextError(raw []byte) (*RewardsEpochNotNext, error) {
	out := new(RewardsEpochNotNext)
	if err := rewards.abi.UnpackIntoInterface(out, "EpochNotNext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsFundingAboveCap represents a FundingAboveCap error raised by the Rewards contract.
type RewardsFundingAboveCap struct {
	Funded    *big.Int
	Amount    *big.Int
	MaxSupply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FundingAboveCap(uint256 funded, uint256 amount, uint256 maxSupply)
func RewardsFundingAboveCapErrorID() common.Hash {
	return common.HexToHash("0x2689025ff402d3151faaa6629de17637fe3644e41478ecc8e0869decbf7a40c4")
}

// UnpackFundingAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FundingAboveCap(uint256 funded, uint256 amount, uint256 maxSupply)
func (rewards *Rewards) UnpackFundingAboveCapError(raw []byte) (*RewardsFundingAboveCap, error) {
	out := new(RewardsFundingAboveCap)
	if err := rewards.abi.UnpackIntoInterface(out, "FundingAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInsufficientReserve represents a InsufficientReserve error raised by the Rewards contract.
type RewardsInsufficientReserve struct {
	Increment   *big.Int
	Unallocated *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientReserve(uint256 increment, uint256 unallocated)
func RewardsInsufficientReserveErrorID() common.Hash {
	return common.HexToHash("0x315276c95df83f9bf0b5451466839985e62391f3f31e046aeb26e5cfc49ecc78")
}

// UnpackInsufficientReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientReserve(uint256 increment, uint256 unallocated)
func (rewards *Rewards) UnpackInsufficientReserveError(raw []byte) (*RewardsInsufficientReserve, error) {
	out := new(RewardsInsufficientReserve)
	if err := rewards.abi.UnpackIntoInterface(out, "InsufficientReserve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInvalidConfig represents a InvalidConfig error raised by the Rewards contract.
type RewardsInvalidConfig struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string name)
func RewardsInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string name)
func (rewards *Rewards) UnpackInvalidConfigError(raw []byte) (*RewardsInvalidConfig, error) {
	out := new(RewardsInvalidConfig)
	if err := rewards.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInvalidProof represents a InvalidProof error raised by the Rewards contract.
type RewardsInvalidProof struct {
	Account          common.Address
	CumulativeAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(address account, uint256 cumulativeAmount)
func RewardsInvalidProofErrorID() common.Hash {
	return common.HexToHash("0xadbd6512b8ce16af463deab8b932072db98b797407959df0bc4b06f2b77e80f5")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(address account, uint256 cumulativeAmount)
func (rewards *Rewards) UnpackInvalidProofError(raw []byte) (*RewardsInvalidProof, error) {
	out := new(RewardsInvalidProof)
	if err := rewards.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNoRoot represents a NoRoot error raised by the Rewards contract.
type RewardsNoRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRoot()
func RewardsNoRootErrorID() common.Hash {
	return common.HexToHash("0xcccc270076ac29b347992e66fdf9a41a4a8ebc17b51afac65734259c203b2388")
}

// UnpackNoRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRoot()
func (rewards *Rewards) UnpackNoRootError(raw []byte) (*RewardsNoRoot, error) {
	out := new(RewardsNoRoot)
	if err := rewards.abi.UnpackIntoInterface(out, "NoRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNothingToClaim represents a NothingToClaim error raised by the Rewards contract.
type RewardsNothingToClaim struct {
	Account          common.Address
	CumulativeAmount *big.Int
	Claimed          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(address account, uint256 cumulativeAmount, uint256 claimed)
func RewardsNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x0cfa2bb0dc3b47d2750aa431facc5bc8b4ab7fbb6161baf666f5a587f1736799")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(address account, uint256 cumulativeAmount, uint256 claimed)
func (rewards *Rewards) UnpackNothingToClaimError(raw []byte) (*RewardsNothingToClaim, error) {
	out := new(RewardsNothingToClaim)
	if err := rewards.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Rewards contract.
type RewardsOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RewardsOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (rewards *Rewards) UnpackOwnableInvalidOwnerError(raw []byte) (*RewardsOwnableInvalidOwner, error) {
	out := new(RewardsOwnableInvalidOwner)
	if err := rewards.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Rewards contract.
type RewardsOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RewardsOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (rewards *Rewards) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RewardsOwnableUnauthorizedAccount, error) {
	out := new(RewardsOwnableUnauthorizedAccount)
	if err := rewards.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Rewards contract.
type RewardsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RewardsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (rewards *Rewards) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RewardsReentrancyGuardReentrantCall, error) {
	out := new(RewardsReentrancyGuardReentrantCall)
	if err := rewards.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Rewards contract.
type RewardsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RewardsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rewards *Rewards) UnpackSafeERC20FailedOperationError(raw []byte) (*RewardsSafeERC20FailedOperation, error) {
	out := new(RewardsSafeERC20FailedOperation)
	if err := rewards.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSweepAboveSurplus represents a SweepAboveSurplus error raised by the Rewards contract.
type RewardsSweepAboveSurplus struct {
	Token   common.Address
	Amount  *big.Int
	Surplus *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SweepAboveSurplus(address token, uint256 amount, uint256 surplus)
func RewardsSweepAboveSurplusErrorID() common.Hash {
	return common.HexToHash("0x21909681020f5d7af609c7a1c153247aac8ee170c06d25c68c8da2d362cdcead")
}

// UnpackSweepAboveSurplusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SweepAboveSurplus(address token, uint256 amount, uint256 surplus)
func (rewards *Rewards) UnpackSweepAboveSurplusError(raw []byte) (*RewardsSweepAboveSurplus, error) {
	out := new(RewardsSweepAboveSurplus)
	if err := rewards.abi.UnpackIntoInterface(out, "SweepAboveSurplus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsTotalAboveEmission represents a TotalAboveEmission error raised by the Rewards contract.
type RewardsTotalAboveEmission struct {
	Epoch     uint64
	Increment *big.Int
	Emission  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TotalAboveEmission(uint64 epoch, uint256 increment, uint256 emission)
func RewardsTotalAboveEmissionErrorID() common.Hash {
	return common.HexToHash("0xb96daea2d32101aca1555ab50fb88ecde24e17e5163d02bfb05a3a022dd5fe0e")
}

// UnpackTotalAboveEmissionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TotalAboveEmission(uint64 epoch, uint256 increment, uint256 emission)
func (rewards *Rewards) UnpackTotalAboveEmissionError(raw []byte) (*RewardsTotalAboveEmission, error) {
	out := new(RewardsTotalAboveEmission)
	if err := rewards.abi.UnpackIntoInterface(out, "TotalAboveEmission", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsZeroAddress represents a ZeroAddress error raised by the Rewards contract.
type RewardsZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RewardsZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rewards *Rewards) UnpackZeroAddressError(raw []byte) (*RewardsZeroAddress, error) {
	out := new(RewardsZeroAddress)
	if err := rewards.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsZeroAmount represents a ZeroAmount error raised by the Rewards contract.
type RewardsZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RewardsZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rewards *Rewards) UnpackZeroAmountError(raw []byte) (*RewardsZeroAmount, error) {
	out := new(RewardsZeroAmount)
	if err := rewards.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsZeroRoot represents a ZeroRoot error raised by the Rewards contract.
type RewardsZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func RewardsZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (rewards *Rewards) UnpackZeroRootError(raw []byte) (*RewardsZeroRoot, error) {
	out := new(RewardsZeroRoot)
	if err := rewards.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
