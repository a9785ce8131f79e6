// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package priceoracle

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

// GridPriceOracleMetaData contains all meta data concerning the GridPriceOracle contract.
var GridPriceOracleMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"},{\"name\":\"maxAge_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"gridUsdPrice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxMoveBpsPerHour\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"observedAt\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"postPrice\",\"inputs\":[{\"name\":\"newPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newObservedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"postedAt\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"price\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxAge\",\"inputs\":[{\"name\":\"maxAge_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxMoveBpsPerHour\",\"inputs\":[{\"name\":\"maxMoveBpsPerHour_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"MaxAgeSet\",\"inputs\":[{\"name\":\"maxAge\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxMoveBpsPerHourSet\",\"inputs\":[{\"name\":\"maxMoveBpsPerHour\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PricePosted\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"observedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"NoPrice\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ObservationNotNewer\",\"inputs\":[{\"name\":\"observedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ObservedInFuture\",\"inputs\":[{\"name\":\"observedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PriceMoveTooFast\",\"inputs\":[{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proposed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"elapsed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxMoveBpsPerHour\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"PriceTooLarge\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StalePrice\",\"inputs\":[{\"name\":\"observedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxAge\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroMaxAge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPrice\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroQuorum\",\"inputs\":[]}]",
	ID:  "GridPriceOracle",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610fc0380380610fc083398101604081905261002e916101af565b826001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100ab565b506001600160a01b03821661008d57604051630f1fd28f60e21b815260040160405180910390fd5b6001600160a01b0382166080526100a3816100c7565b505050610204565b600180546001600160a01b03191690556100c48161014c565b50565b806001600160401b03165f036100f057604051630924e4ad60e41b815260040160405180910390fd5b600280546001600160c01b0316600160c01b6001600160401b038416908102919091179091556040519081527f0db3374bef1892bbc82505369a338834407fa3a76893e09b92454fce7afb2f239060200160405180910390a150565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146100c4575f5ffd5b5f5f5f606084860312156101c1575f5ffd5b83516101cc8161019b565b60208501519093506101dd8161019b565b60408501519092506001600160401b03811681146101f9575f5ffd5b809150509250925092565b608051610d9d6102235f395f818161010401526106720152610d9d5ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80638da5cb5b11610093578063bb630b0211610063578063bb630b02146102be578063e30c3978146102d1578063f1c9030a146102ef578063f2fde38b14610302575f5ffd5b80638da5cb5b146102175780639be7dadb14610234578063a035b1fe1461025c578063a7414a9714610299575f5ffd5b80634680b3b4116100ce5780634680b3b4146101c2578063687043c5146101d7578063715018a61461020757806379ba50971461020f575f5ffd5b80631703a018146100ff578063249d39e9146101505780633e79642f14610167578063404dc9d71461019c575b5f5ffd5b6101267f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b61015961271081565b604051908152602001610147565b60035461018390640100000000900467ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610147565b6101a4610315565b6040805192835267ffffffffffffffff909116602083015201610147565b6101d56101d0366004610bde565b61041c565b005b600254610183907801000000000000000000000000000000000000000000000000900467ffffffffffffffff1681565b6101d56107eb565b6101d56107fe565b5f5473ffffffffffffffffffffffffffffffffffffffff16610126565b60025461018390700100000000000000000000000000000000900467ffffffffffffffff1681565b600254610278906fffffffffffffffffffffffffffffffff1681565b6040516fffffffffffffffffffffffffffffffff9091168152602001610147565b6003546102a99063ffffffff1681565b60405163ffffffff9091168152602001610147565b6101d56102cc366004610c6c565b610875565b60015473ffffffffffffffffffffffffffffffffffffffff16610126565b6101d56102fd366004610c8c565b610886565b6101d5610310366004610caf565b6108f8565b6002545f908190700100000000000000000000000000000000900467ffffffffffffffff16808203610373576040517fc149905d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025467ffffffffffffffff780100000000000000000000000000000000000000000000000090910481169081906103ad90841642610d0f565b11156103fe576040517f2ccfc2ca00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8084166004830152821660248201526044015b60405180910390fd5b506002546fffffffffffffffffffffffffffffffff16939092509050565b845f03610455576040517f4dfba02300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6fffffffffffffffffffffffffffffffff8511156104a2576040517f0da05ace000000000000000000000000000000000000000000000000000000008152600481018690526024016103f5565b428467ffffffffffffffff1611156104f8576040517f4434cb6100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201524260248201526044016103f5565b60025467ffffffffffffffff7001000000000000000000000000000000009091048116908516811061056a576040517f3331b5a900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8087166004830152821660248201526044016103f5565b6002546003546fffffffffffffffffffffffffffffffff9091169063ffffffff16801580159061059957508115155b15610670575f8289116105b5576105b08984610d0f565b6105bf565b6105bf838a610d0f565b6003549091505f906105e390640100000000900467ffffffffffffffff1642610d0f565b9050806105f663ffffffff851686610d22565b6106009190610d22565b61060c61271084610d22565b61061890610e10610d22565b111561066d576040517febab99f400000000000000000000000000000000000000000000000000000000815260048101859052602481018b90526044810182905263ffffffff841660648201526084016103f5565b50505b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16637c283c226005886106b98c8c6109a7565b89896040518663ffffffff1660e01b81526004016106db959493929190610d39565b5f604051808303815f87803b1580156106f2575f5ffd5b505af1158015610704573d5f5f3e3d5ffd5b50506002805467ffffffffffffffff8b811670010000000000000000000000000000000081027fffffffffffffffff0000000000000000000000000000000000000000000000009093166fffffffffffffffffffffffffffffffff8f1617929092179092556003805442909316640100000000027fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff90931692909217909155604080518c815260208101929092528993507f982b899d9c35eb181a8d83cd333a3037ce9ad2dbd956d23c7c63bc5bb0fe147192500160405180910390a25050505050505050565b6107f3610a0b565b6107fc5f610a5d565b565b600154339073ffffffffffffffffffffffffffffffffffffffff168114610869576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016103f5565b61087281610a5d565b50565b61087d610a0b565b61087281610a8e565b61088e610a0b565b600380547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff83169081179091556040519081527f89487547d6701f0503c9a287856864f2570161d3afe6ed517c5eae45142f7f26906020015b60405180910390a150565b610900610a0b565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556109625f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b604080517fbf7f10e8aaa2743d6a0621b0e331d7d2b0816b5c2b3cc45ca08b2b41ef01bb93602082015290810183905267ffffffffffffffff821660608201525f906080016040516020818303038152906040528051906020012090505b92915050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146107fc576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016103f5565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561087281610b4e565b8067ffffffffffffffff165f03610ad1576040517f924e4ad000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8416908102919091179091556040519081527f0db3374bef1892bbc82505369a338834407fa3a76893e09b92454fce7afb2f23906020016108ed565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b803567ffffffffffffffff81168114610bd9575f5ffd5b919050565b5f5f5f5f5f60808688031215610bf2575f5ffd5b85359450610c0260208701610bc2565b935060408601359250606086013567ffffffffffffffff811115610c24575f5ffd5b8601601f81018813610c34575f5ffd5b803567ffffffffffffffff811115610c4a575f5ffd5b886020828401011115610c5b575f5ffd5b959894975092955050506020019190565b5f60208284031215610c7c575f5ffd5b610c8582610bc2565b9392505050565b5f60208284031215610c9c575f5ffd5b813563ffffffff81168114610c85575f5ffd5b5f60208284031215610cbf575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610c85575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610a0557610a05610ce2565b8082028115828204841417610a0557610a05610ce2565b60ff8616815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010194935050505056",
}

// GridPriceOracle is an auto generated Go binding around an Ethereum contract.
type GridPriceOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GridPriceOracle) GetABI() abi.ABI {
	return c.abi
}

// NewGridPriceOracle creates a new instance of GridPriceOracle.
func NewGridPriceOracle() *GridPriceOracle {
	parsed, err := GridPriceOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GridPriceOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GridPriceOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address quorum_, uint64 maxAge_) returns()
func (gridPriceOracle *GridPriceOracle) PackConstructor(owner_ common.Address, quorum_ common.Address, maxAge_ uint64) []byte {
	enc, err := gridPriceOracle.abi.Pack("", owner_, quorum_, maxAge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (gridPriceOracle *GridPriceOracle) PackBPS() []byte {
	enc, err := gridPriceOracle.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (gridPriceOracle *GridPriceOracle) TryPackBPS() ([]byte, error) {
	return gridPriceOracle.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (gridPriceOracle *GridPriceOracle) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := gridPriceOracle.abi.Unpack("BPS", data)
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
func (gridPriceOracle *GridPriceOracle) PackAcceptOwnership() []byte {
	enc, err := gridPriceOracle.abi.Pack("acceptOwnership")
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
func (gridPriceOracle *GridPriceOracle) TryPackAcceptOwnership() ([]byte, error) {
	return gridPriceOracle.abi.Pack("acceptOwnership")
}

// PackGridUsdPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404dc9d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gridUsdPrice() view returns(uint256, uint64)
func (gridPriceOracle *GridPriceOracle) PackGridUsdPrice() []byte {
	enc, err := gridPriceOracle.abi.Pack("gridUsdPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGridUsdPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404dc9d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gridUsdPrice() view returns(uint256, uint64)
func (gridPriceOracle *GridPriceOracle) TryPackGridUsdPrice() ([]byte, error) {
	return gridPriceOracle.abi.Pack("gridUsdPrice")
}

// GridUsdPriceOutput serves as a container for the return parameters of contract
// method GridUsdPrice.
type GridUsdPriceOutput struct {
	Arg0 *big.Int
	Arg1 uint64
}

// UnpackGridUsdPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x404dc9d7.
//
// Solidity: function gridUsdPrice() view returns(uint256, uint64)
func (gridPriceOracle *GridPriceOracle) UnpackGridUsdPrice(data []byte) (GridUsdPriceOutput, error) {
	out, err := gridPriceOracle.abi.Unpack("gridUsdPrice", data)
	outstruct := new(GridUsdPriceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687043c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAge() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) PackMaxAge() []byte {
	enc, err := gridPriceOracle.abi.Pack("maxAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687043c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxAge() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) TryPackMaxAge() ([]byte, error) {
	return gridPriceOracle.abi.Pack("maxAge")
}

// UnpackMaxAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x687043c5.
//
// Solidity: function maxAge() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) UnpackMaxAge(data []byte) (uint64, error) {
	out, err := gridPriceOracle.abi.Unpack("maxAge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxMoveBpsPerHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7414a97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMoveBpsPerHour() view returns(uint32)
func (gridPriceOracle *GridPriceOracle) PackMaxMoveBpsPerHour() []byte {
	enc, err := gridPriceOracle.abi.Pack("maxMoveBpsPerHour")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMoveBpsPerHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7414a97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMoveBpsPerHour() view returns(uint32)
func (gridPriceOracle *GridPriceOracle) TryPackMaxMoveBpsPerHour() ([]byte, error) {
	return gridPriceOracle.abi.Pack("maxMoveBpsPerHour")
}

// UnpackMaxMoveBpsPerHour is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7414a97.
//
// Solidity: function maxMoveBpsPerHour() view returns(uint32)
func (gridPriceOracle *GridPriceOracle) UnpackMaxMoveBpsPerHour(data []byte) (uint32, error) {
	out, err := gridPriceOracle.abi.Unpack("maxMoveBpsPerHour", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackObservedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be7dadb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function observedAt() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) PackObservedAt() []byte {
	enc, err := gridPriceOracle.abi.Pack("observedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackObservedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be7dadb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function observedAt() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) TryPackObservedAt() ([]byte, error) {
	return gridPriceOracle.abi.Pack("observedAt")
}

// UnpackObservedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9be7dadb.
//
// Solidity: function observedAt() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) UnpackObservedAt(data []byte) (uint64, error) {
	out, err := gridPriceOracle.abi.Unpack("observedAt", data)
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
func (gridPriceOracle *GridPriceOracle) PackOwner() []byte {
	enc, err := gridPriceOracle.abi.Pack("owner")
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
func (gridPriceOracle *GridPriceOracle) TryPackOwner() ([]byte, error) {
	return gridPriceOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (gridPriceOracle *GridPriceOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := gridPriceOracle.abi.Unpack("owner", data)
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
func (gridPriceOracle *GridPriceOracle) PackPendingOwner() []byte {
	enc, err := gridPriceOracle.abi.Pack("pendingOwner")
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
func (gridPriceOracle *GridPriceOracle) TryPackPendingOwner() ([]byte, error) {
	return gridPriceOracle.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (gridPriceOracle *GridPriceOracle) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := gridPriceOracle.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4680b3b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postPrice(uint256 newPrice, uint64 newObservedAt, bytes32 attestationId, bytes signatures) returns()
func (gridPriceOracle *GridPriceOracle) PackPostPrice(newPrice *big.Int, newObservedAt uint64, attestationId [32]byte, signatures []byte) []byte {
	enc, err := gridPriceOracle.abi.Pack("postPrice", newPrice, newObservedAt, attestationId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4680b3b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postPrice(uint256 newPrice, uint64 newObservedAt, bytes32 attestationId, bytes signatures) returns()
func (gridPriceOracle *GridPriceOracle) TryPackPostPrice(newPrice *big.Int, newObservedAt uint64, attestationId [32]byte, signatures []byte) ([]byte, error) {
	return gridPriceOracle.abi.Pack("postPrice", newPrice, newObservedAt, attestationId, signatures)
}

// PackPostedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e79642f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postedAt() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) PackPostedAt() []byte {
	enc, err := gridPriceOracle.abi.Pack("postedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e79642f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postedAt() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) TryPackPostedAt() ([]byte, error) {
	return gridPriceOracle.abi.Pack("postedAt")
}

// UnpackPostedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e79642f.
//
// Solidity: function postedAt() view returns(uint64)
func (gridPriceOracle *GridPriceOracle) UnpackPostedAt(data []byte) (uint64, error) {
	out, err := gridPriceOracle.abi.Unpack("postedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint128)
func (gridPriceOracle *GridPriceOracle) PackPrice() []byte {
	enc, err := gridPriceOracle.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint128)
func (gridPriceOracle *GridPriceOracle) TryPackPrice() ([]byte, error) {
	return gridPriceOracle.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint128)
func (gridPriceOracle *GridPriceOracle) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := gridPriceOracle.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(address)
func (gridPriceOracle *GridPriceOracle) PackQuorum() []byte {
	enc, err := gridPriceOracle.abi.Pack("quorum")
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
func (gridPriceOracle *GridPriceOracle) TryPackQuorum() ([]byte, error) {
	return gridPriceOracle.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (gridPriceOracle *GridPriceOracle) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := gridPriceOracle.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (gridPriceOracle *GridPriceOracle) PackRenounceOwnership() []byte {
	enc, err := gridPriceOracle.abi.Pack("renounceOwnership")
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
func (gridPriceOracle *GridPriceOracle) TryPackRenounceOwnership() ([]byte, error) {
	return gridPriceOracle.abi.Pack("renounceOwnership")
}

// PackSetMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb630b02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxAge(uint64 maxAge_) returns()
func (gridPriceOracle *GridPriceOracle) PackSetMaxAge(maxAge uint64) []byte {
	enc, err := gridPriceOracle.abi.Pack("setMaxAge", maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb630b02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxAge(uint64 maxAge_) returns()
func (gridPriceOracle *GridPriceOracle) TryPackSetMaxAge(maxAge uint64) ([]byte, error) {
	return gridPriceOracle.abi.Pack("setMaxAge", maxAge)
}

// PackSetMaxMoveBpsPerHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1c9030a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxMoveBpsPerHour(uint32 maxMoveBpsPerHour_) returns()
func (gridPriceOracle *GridPriceOracle) PackSetMaxMoveBpsPerHour(maxMoveBpsPerHour uint32) []byte {
	enc, err := gridPriceOracle.abi.Pack("setMaxMoveBpsPerHour", maxMoveBpsPerHour)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxMoveBpsPerHour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1c9030a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxMoveBpsPerHour(uint32 maxMoveBpsPerHour_) returns()
func (gridPriceOracle *GridPriceOracle) TryPackSetMaxMoveBpsPerHour(maxMoveBpsPerHour uint32) ([]byte, error) {
	return gridPriceOracle.abi.Pack("setMaxMoveBpsPerHour", maxMoveBpsPerHour)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (gridPriceOracle *GridPriceOracle) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := gridPriceOracle.abi.Pack("transferOwnership", newOwner)
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
func (gridPriceOracle *GridPriceOracle) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return gridPriceOracle.abi.Pack("transferOwnership", newOwner)
}

// GridPriceOracleMaxAgeSet represents a MaxAgeSet event raised by the GridPriceOracle contract.
type GridPriceOracleMaxAgeSet struct {
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const GridPriceOracleMaxAgeSetEventName = "MaxAgeSet"

// ContractEventName returns the user-defined event name.
func (GridPriceOracleMaxAgeSet) ContractEventName() string {
	return GridPriceOracleMaxAgeSetEventName
}

// UnpackMaxAgeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxAgeSet(uint64 maxAge)
func (gridPriceOracle *GridPriceOracle) UnpackMaxAgeSetEvent(log *types.Log) (*GridPriceOracleMaxAgeSet, error) {
	event := "MaxAgeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridPriceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridPriceOracleMaxAgeSet)
	if len(log.Data) > 0 {
		if err := gridPriceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridPriceOracle.abi.Events[event].Inputs {
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

// GridPriceOracleMaxMoveBpsPerHourSet represents a MaxMoveBpsPerHourSet event raised by the GridPriceOracle contract.
type GridPriceOracleMaxMoveBpsPerHourSet struct {
	MaxMoveBpsPerHour uint32
	Raw               *types.Log // Blockchain specific contextual infos
}

const GridPriceOracleMaxMoveBpsPerHourSetEventName = "MaxMoveBpsPerHourSet"

// ContractEventName returns the user-defined event name.
func (GridPriceOracleMaxMoveBpsPerHourSet) ContractEventName() string {
	return GridPriceOracleMaxMoveBpsPerHourSetEventName
}

// UnpackMaxMoveBpsPerHourSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxMoveBpsPerHourSet(uint32 maxMoveBpsPerHour)
func (gridPriceOracle *GridPriceOracle) UnpackMaxMoveBpsPerHourSetEvent(log *types.Log) (*GridPriceOracleMaxMoveBpsPerHourSet, error) {
	event := "MaxMoveBpsPerHourSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridPriceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridPriceOracleMaxMoveBpsPerHourSet)
	if len(log.Data) > 0 {
		if err := gridPriceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridPriceOracle.abi.Events[event].Inputs {
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

// GridPriceOracleOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the GridPriceOracle contract.
type GridPriceOracleOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const GridPriceOracleOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (GridPriceOracleOwnershipTransferStarted) ContractEventName() string {
	return GridPriceOracleOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (gridPriceOracle *GridPriceOracle) UnpackOwnershipTransferStartedEvent(log *types.Log) (*GridPriceOracleOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridPriceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridPriceOracleOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := gridPriceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridPriceOracle.abi.Events[event].Inputs {
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

// GridPriceOracleOwnershipTransferred represents a OwnershipTransferred event raised by the GridPriceOracle contract.
type GridPriceOracleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const GridPriceOracleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (GridPriceOracleOwnershipTransferred) ContractEventName() string {
	return GridPriceOracleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (gridPriceOracle *GridPriceOracle) UnpackOwnershipTransferredEvent(log *types.Log) (*GridPriceOracleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridPriceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridPriceOracleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := gridPriceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridPriceOracle.abi.Events[event].Inputs {
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

// GridPriceOraclePricePosted represents a PricePosted event raised by the GridPriceOracle contract.
type GridPriceOraclePricePosted struct {
	Price         *big.Int
	ObservedAt    uint64
	AttestationId [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const GridPriceOraclePricePostedEventName = "PricePosted"

// ContractEventName returns the user-defined event name.
func (GridPriceOraclePricePosted) ContractEventName() string {
	return GridPriceOraclePricePostedEventName
}

// UnpackPricePostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PricePosted(uint256 price, uint64 observedAt, bytes32 indexed attestationId)
func (gridPriceOracle *GridPriceOracle) UnpackPricePostedEvent(log *types.Log) (*GridPriceOraclePricePosted, error) {
	event := "PricePosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridPriceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridPriceOraclePricePosted)
	if len(log.Data) > 0 {
		if err := gridPriceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridPriceOracle.abi.Events[event].Inputs {
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
func (gridPriceOracle *GridPriceOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["NoPrice"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackNoPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["ObservationNotNewer"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackObservationNotNewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["ObservedInFuture"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackObservedInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["PriceMoveTooFast"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackPriceMoveTooFastError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["PriceTooLarge"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackPriceTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["StalePrice"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackStalePriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["ZeroMaxAge"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackZeroMaxAgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackZeroPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridPriceOracle.abi.Errors["ZeroQuorum"].ID.Bytes()[:4]) {
		return gridPriceOracle.UnpackZeroQuorumError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GridPriceOracleNoPrice represents a NoPrice error raised by the GridPriceOracle contract.
type GridPriceOracleNoPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPrice()
func GridPriceOracleNoPriceErrorID() common.Hash {
	return common.HexToHash("0xc149905dda13af354045881ad919e3f48b370c64a51701bd9b884c5934c19152")
}

// UnpackNoPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPrice()
func (gridPriceOracle *GridPriceOracle) UnpackNoPriceError(raw []byte) (*GridPriceOracleNoPrice, error) {
	out := new(GridPriceOracleNoPrice)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "NoPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleObservationNotNewer represents a ObservationNotNewer error raised by the GridPriceOracle contract.
type GridPriceOracleObservationNotNewer struct {
	ObservedAt uint64
	Current    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ObservationNotNewer(uint64 observedAt, uint64 current)
func GridPriceOracleObservationNotNewerErrorID() common.Hash {
	return common.HexToHash("0x3331b5a9a9a3b4b5d04b060d6d4f5e4ed4fb53179ebbbb8d16ea5e227262efba")
}

// UnpackObservationNotNewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ObservationNotNewer(uint64 observedAt, uint64 current)
func (gridPriceOracle *GridPriceOracle) UnpackObservationNotNewerError(raw []byte) (*GridPriceOracleObservationNotNewer, error) {
	out := new(GridPriceOracleObservationNotNewer)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "ObservationNotNewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleObservedInFuture represents a ObservedInFuture error raised by the GridPriceOracle contract.
type GridPriceOracleObservedInFuture struct {
	ObservedAt uint64
	NowTs      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ObservedInFuture(uint64 observedAt, uint256 nowTs)
func GridPriceOracleObservedInFutureErrorID() common.Hash {
	return common.HexToHash("0x4434cb61f90ee0ea3ac4813d14d9a293368603de8e4d426c4671627dce831b5e")
}

// UnpackObservedInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ObservedInFuture(uint64 observedAt, uint256 nowTs)
func (gridPriceOracle *GridPriceOracle) UnpackObservedInFutureError(raw []byte) (*GridPriceOracleObservedInFuture, error) {
	out := new(GridPriceOracleObservedInFuture)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "ObservedInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the GridPriceOracle contract.
type GridPriceOracleOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func GridPriceOracleOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (gridPriceOracle *GridPriceOracle) UnpackOwnableInvalidOwnerError(raw []byte) (*GridPriceOracleOwnableInvalidOwner, error) {
	out := new(GridPriceOracleOwnableInvalidOwner)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the GridPriceOracle contract.
type GridPriceOracleOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func GridPriceOracleOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (gridPriceOracle *GridPriceOracle) UnpackOwnableUnauthorizedAccountError(raw []byte) (*GridPriceOracleOwnableUnauthorizedAccount, error) {
	out := new(GridPriceOracleOwnableUnauthorizedAccount)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOraclePriceMoveTooFast represents a PriceMoveTooFast error raised by the GridPriceOracle contract.
type GridPriceOraclePriceMoveTooFast struct {
	Current           *big.Int
	Proposed          *big.Int
	Elapsed           *big.Int
	MaxMoveBpsPerHour uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceMoveTooFast(uint256 current, uint256 proposed, uint256 elapsed, uint32 maxMoveBpsPerHour)
func GridPriceOraclePriceMoveTooFastErrorID() common.Hash {
	return common.HexToHash("0xebab99f4de9824757597ba3120068cbc9c5c24c3962fe05c466c7f6884957341")
}

// UnpackPriceMoveTooFastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceMoveTooFast(uint256 current, uint256 proposed, uint256 elapsed, uint32 maxMoveBpsPerHour)
func (gridPriceOracle *GridPriceOracle) UnpackPriceMoveTooFastError(raw []byte) (*GridPriceOraclePriceMoveTooFast, error) {
	out := new(GridPriceOraclePriceMoveTooFast)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "PriceMoveTooFast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOraclePriceTooLarge represents a PriceTooLarge error raised by the GridPriceOracle contract.
type GridPriceOraclePriceTooLarge struct {
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceTooLarge(uint256 price)
func GridPriceOraclePriceTooLargeErrorID() common.Hash {
	return common.HexToHash("0x0da05ace4da4ad9310dc895efa659b805f7be678a9f5a2bc386876c146e525a2")
}

// UnpackPriceTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceTooLarge(uint256 price)
func (gridPriceOracle *GridPriceOracle) UnpackPriceTooLargeError(raw []byte) (*GridPriceOraclePriceTooLarge, error) {
	out := new(GridPriceOraclePriceTooLarge)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "PriceTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleStalePrice represents a StalePrice error raised by the GridPriceOracle contract.
type GridPriceOracleStalePrice struct {
	ObservedAt uint64
	MaxAge     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePrice(uint64 observedAt, uint64 maxAge)
func GridPriceOracleStalePriceErrorID() common.Hash {
	return common.HexToHash("0x2ccfc2cae8cdca31584b3c0671e69b48448db3f7c11eb15435da8537894f4773")
}

// UnpackStalePriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePrice(uint64 observedAt, uint64 maxAge)
func (gridPriceOracle *GridPriceOracle) UnpackStalePriceError(raw []byte) (*GridPriceOracleStalePrice, error) {
	out := new(GridPriceOracleStalePrice)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "StalePrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleZeroMaxAge represents a ZeroMaxAge error raised by the GridPriceOracle contract.
type GridPriceOracleZeroMaxAge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxAge()
func GridPriceOracleZeroMaxAgeErrorID() common.Hash {
	return common.HexToHash("0x924e4ad0c30b918d63ce8ed579ede3e909d89fe56cd264add0b4327e17eb8d93")
}

// UnpackZeroMaxAgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxAge()
func (gridPriceOracle *GridPriceOracle) UnpackZeroMaxAgeError(raw []byte) (*GridPriceOracleZeroMaxAge, error) {
	out := new(GridPriceOracleZeroMaxAge)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "ZeroMaxAge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleZeroPrice represents a ZeroPrice error raised by the GridPriceOracle contract.
type GridPriceOracleZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func GridPriceOracleZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (gridPriceOracle *GridPriceOracle) UnpackZeroPriceError(raw []byte) (*GridPriceOracleZeroPrice, error) {
	out := new(GridPriceOracleZeroPrice)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridPriceOracleZeroQuorum represents a ZeroQuorum error raised by the GridPriceOracle contract.
type GridPriceOracleZeroQuorum struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroQuorum()
func GridPriceOracleZeroQuorumErrorID() common.Hash {
	return common.HexToHash("0x3c7f4a3c29f3b7db58c9b80ce498b5ff92645ff0db0e230b92dc0aa77456486d")
}

// UnpackZeroQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroQuorum()
func (gridPriceOracle *GridPriceOracle) UnpackZeroQuorumError(raw []byte) (*GridPriceOracleZeroQuorum, error) {
	out := new(GridPriceOracleZeroQuorum)
	if err := gridPriceOracle.abi.UnpackIntoInterface(out, "ZeroQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}
