// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package noderegistry

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

// INodeRegistryMachine is an auto generated low-level Go binding around an user-defined struct.
type INodeRegistryMachine struct {
	Provider      common.Address
	Index         uint32
	GpuCount      uint32
	ReservedGpus  uint32
	Listed        bool
	GpuClass      [32]byte
	LockedStake   *big.Int
	VerifiedAt    uint64
	VerifiedUntil uint64
	MetadataCID   string
	Endpoint      string
}

// INodeRegistryVerification is an auto generated low-level Go binding around an user-defined struct.
type INodeRegistryVerification struct {
	MachineId  [32]byte
	GpuClass   [32]byte
	GpuCount   uint32
	GpuIds     [][32]byte
	VerifiedAt uint64
	ExpiresAt  uint64
}

// NodeRegistryMetaData contains all meta data concerning the NodeRegistry contract.
var NodeRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_MAX_VERIFICATION_TTL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_GPUS_PER_MACHINE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_STRING_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delistMachine\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"extendGpus\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"until\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"newUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"gpuHolder\",\"inputs\":[{\"name\":\"gpuId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expiresAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gpuHolds\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"holds\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inspectorEndpoint\",\"inputs\":[{\"name\":\"inspector\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRentable\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaseEscrow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"listMachine\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"machine\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structINodeRegistry.Machine\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reservedGpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"listed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"lockedStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifiedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verifiedUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"machineAt\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"machineCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"machineProvider\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxVerificationTtl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"releaseGpus\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"until\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requireVerification\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reserveGpus\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"until\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setInspectorEndpoint\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLeaseEscrow\",\"inputs\":[{\"name\":\"leaseEscrow_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxVerificationTtl\",\"inputs\":[{\"name\":\"ttl\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRequireVerification\",\"inputs\":[{\"name\":\"required\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerificationExempt\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"exempt\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"syncCollateral\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"under\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"underCollateralised\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateMachineMetadata\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verificationExempt\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyMachine\",\"inputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structINodeRegistry.Verification\",\"components\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"gpuIds\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"verifiedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiresAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CollateralSynced\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"underCollateralised\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GpusReleased\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"freeFrom\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GpusReserved\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"until\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InspectorEndpointSet\",\"inputs\":[{\"name\":\"inspector\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"endpoint\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseEscrowSet\",\"inputs\":[{\"name\":\"leaseEscrow\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineDelisted\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"unlockedStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"lockedStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"endpoint\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineMetadataUpdated\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"endpoint\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineVerified\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"gpuIds\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"},{\"name\":\"verifiedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"expiresAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxVerificationTtlSet\",\"inputs\":[{\"name\":\"ttl\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RequireVerificationSet\",\"inputs\":[{\"name\":\"required\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerificationExemptSet\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"exempt\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"GpuBacksOtherMachine\",\"inputs\":[{\"name\":\"gpuId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"otherMachineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"GpuIdsNotAscending\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GpusNotHeld\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"until\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"GpusStillReserved\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reservedGpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InsufficientCollateral\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InsufficientFreeGpus\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"free\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidVerificationTimes\",\"inputs\":[{\"name\":\"verifiedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiresAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxTtl\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"LeaseEscrowAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MachineAlreadyListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"MachineNotListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"MachineNotVerified\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"verifiedUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MachineOwnedByOther\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAnInspector\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotLeaseEscrow\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotMachineProvider\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotStaking\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyGpus\",\"inputs\":[{\"name\":\"gpuCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownMachineIndex\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"VerificationMismatch\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"VerificationNotNewer\",\"inputs\":[{\"name\":\"verifiedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"VerificationTtlOutOfRange\",\"inputs\":[{\"name\":\"ttl\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroGpuClass\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroGpus\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroMachineId\",\"inputs\":[]}]",
	ID:  "NodeRegistry",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051613e81380380613e8183398101604081905261002e91610186565b826001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610107565b506001600160a01b038216158061008357506001600160a01b038116155b156100a15760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03828116608052811660a052600380546001600160401b03191662093a809081179091556040519081527fa958660dd6ad077b62b6f5569f0e211ee11b9475ae3be4ebd8f02a3a53968d359060200160405180910390a15050506101d0565b600180546001600160a01b031916905561012081610123565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610120575f5ffd5b5f5f5f60608486031215610198575f5ffd5b83516101a381610172565b60208501519093506101b481610172565b60408501519092506101c581610172565b809150509250925092565b60805160a051613c6d6102145f395f81816102f0015261070d01525f818161042c015281816111ff01528181611610015281816118ac0152611ea80152613c6d5ff3fe608060405234801561000f575f5ffd5b506004361061024e575f3560e01c80638da5cb5b1161013d578063ca273b9f116100b8578063d9499bc911610088578063e775a7a81161006e578063e775a7a814610637578063f0a24d34146106af578063f2fde38b146106c2575f5ffd5b8063d9499bc914610606578063e30c397814610619575f5ffd5b8063ca273b9f146105b9578063cc58f146146105cd578063d7498099146105e0578063d7af98f0146105f3575f5ffd5b8063a40153601161010d578063b5c81b4a116100f3578063b5c81b4a14610552578063bc780bfb14610577578063c135f3c314610597575f5ffd5b8063a40153601461050a578063a526aeb51461053f575f5ffd5b80638da5cb5b146104a45780639f317649146104c15780639fecd633146104d4578063a087677a146104e7575f5ffd5b80633384cba3116101cd578063715018a61161019d5780637b4c9734116101835780637b4c97341461045e578063831201301461047157806389804bab14610491575f5ffd5b8063715018a61461044e57806379ba509714610456575f5ffd5b80633384cba3146103b657806334ccc5ea146103e757806341260365146103f05780634cf088d914610427575f5ffd5b806307a57b3c1161022257806318e2b3191161020857806318e2b3191461033757806325e3e6da146103575780632904c5ca146103a3575f5ffd5b806307a57b3c146102b95780631703a018146102eb575f5ffd5b8062159d1414610252578063024670e7146102675780630526cab4146102905780630746f938146102a3575b5f5ffd5b610265610260366004613119565b6106d5565b005b61027a6102753660046131b0565b6108b6565b6040516102879190613215565b60405180910390f35b61026561029e366004613251565b61096c565b6102ab602081565b604051908152602001610287565b6102db6102c73660046131b0565b60056020525f908152604090205460ff1681565b6040519015158152602001610287565b6103127f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610287565b61034a610345366004613291565b610a86565b60405161028791906132a8565b61036a6103653660046133c6565b610d24565b6040805173ffffffffffffffffffffffffffffffffffffffff909416845263ffffffff9283166020850152911690820152606001610287565b6102656103b13660046133e8565b610ffb565b6103c96103c4366004613291565b6114aa565b6040805192835267ffffffffffffffff909116602083015201610287565b6102ab61010081565b6002547501000000000000000000000000000000000000000000900463ffffffff1660405163ffffffff9091168152602001610287565b6103127f000000000000000000000000000000000000000000000000000000000000000081565b610265611549565b61026561155c565b61026561046c36600461347a565b6115d3565b6002546103129073ffffffffffffffffffffffffffffffffffffffff1681565b61026561049f3660046134c8565b611739565b5f5473ffffffffffffffffffffffffffffffffffffffff16610312565b6102db6104cf366004613291565b6117e5565b6102656104e23660046134f2565b611894565b6104f162093a8081565b60405167ffffffffffffffff9091168152602001610287565b610312610518366004613291565b5f9081526006602052604090205473ffffffffffffffffffffffffffffffffffffffff1690565b61026561054d36600461351a565b611987565b6002546102db9074010000000000000000000000000000000000000000900460ff1681565b61058a610585366004613291565b611a13565b6040516102879190613533565b6102db6105a5366004613291565b60046020525f908152604090205460ff1681565b6003546104f19067ffffffffffffffff1681565b6102656105db36600461357f565b611b09565b6102656105ee3660046135d0565b611c03565b6102656106013660046131b0565b611c5d565b610265610614366004613291565b611d70565b60015473ffffffffffffffffffffffffffffffffffffffff16610312565b610685610645366004613649565b63ffffffff165f90815260076020908152604080832054808452600690925290912054909173ffffffffffffffffffffffffffffffffffffffff90911690565b6040805192835273ffffffffffffffffffffffffffffffffffffffff909116602083015201610287565b6102656106bd366004613662565b611f1a565b6102656106d03660046131b0565b611ff2565b6106dd6120a1565b83355f9081526006602052604090206106f681866120d6565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016637c283c226006866107c6893560208b013561074f60608d0160408e01613649565b61075c60608e018e61367b565b808060200260200160405190810160405280939291908181526020018383602002808284375f81840152601f19601f820116905080830192505050505050508d60800160208101906107ae9190613662565b8e60a00160208101906107c19190613662565b6124c9565b87876040518663ffffffff1660e01b81526004016107e8959493929190613726565b5f604051808303815f87803b1580156107ff575f5ffd5b505af1158015610811573d5f5f3e3d5ffd5b505050505f610820828761259b565b905084602087013587357f1f4629bbc0b2c9f735fbadf11c2a39db4139be504bdf4070dda11473168bbf3d61085b60608b0160408c01613649565b61086860608c018c61367b565b61087860a08e0160808f01613662565b8d60a001602081019061088b9190613662565b8960405161089e96959493929190613759565b60405180910390a450506108b06128c2565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526009602052604090208054606091906108e9906137d3565b80601f0160208091040260200160405190810160405280929190818152602001828054610915906137d3565b80156109605780601f1061093757610100808354040283529160200191610960565b820191905f5260205f20905b81548152906001019060200180831161094357829003601f168201915b50505050509050919050565b60025473ffffffffffffffffffffffffffffffffffffffff1633146109c4576040517f7e72b5200000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b63ffffffff83165f9081526007602052604090205480610a18576040517fdef6716600000000000000000000000000000000000000000000000000000000815263ffffffff851660048201526024016109bb565b610a3660065f8381526020019081526020015f20828585425f6128ec565b6040805163ffffffff8516815267ffffffffffffffff4216602082015282917f4dc50ae20ac1128ea665a540466d43cd9a58689dece98916729bbccf0d2141c6910160405180910390a250505050565b60408051610160810182525f808252602080830182815283850183815260608086018590526080860185905260a0860185905260c0860185905260e0860185905261010086018590526101208601819052610140860152868452600690925293909120805473ffffffffffffffffffffffffffffffffffffffff81168452760100000000000000000000000000000000000000000000810463ffffffff169094527401000000000000000000000000000000000000000090930460ff16905290610b4f81612acf565b63ffffffff166060830152805460ff750100000000000000000000000000000000000000000082041615156080840152600182015460a084015260028201546fffffffffffffffffffffffffffffffff811660c085015264ffffffffff7801000000000000000000000000000000000000000000000000909104811660e08501527a01000000000000000000000000000000000000000000000000000090910416610100830152600781018054610c05906137d3565b80601f0160208091040260200160405190810160405280929190818152602001828054610c31906137d3565b8015610c7c5780601f10610c5357610100808354040283529160200191610c7c565b820191905f5260205f20905b815481529060010190602001808311610c5f57829003601f168201915b5050505050826101200181905250806008018054610c99906137d3565b80601f0160208091040260200160405190810160405280929190818152602001828054610cc5906137d3565b8015610d105780601f10610ce757610100808354040283529160200191610d10565b820191905f5260205f20905b815481529060010190602001808311610cf357829003601f168201915b505050505082610140018190525050919050565b6002545f908190819073ffffffffffffffffffffffffffffffffffffffff163314610d7d576040517f7e72b5200000000000000000000000000000000000000000000000000000000081523360048201526024016109bb565b8463ffffffff165f03610dbc576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f868152600660205260409020610dd38782612b91565b8154909450760100000000000000000000000000000000000000000000810463ffffffff16935074010000000000000000000000000000000000000000900460ff165f610e2967ffffffffffffffff8816612d35565b63ffffffff1690505f5f5b83610e40826008613851565b108015610e5257508963ffffffff1682105b15610f4c575f856003018260048110610e6d57610e6d613868565b01549050805f5b600881108015610e9857508681610e8c866008613851565b610e969190613895565b105b8015610ea957508c63ffffffff1685105b15610f18575f610eba826020613851565b90504263ffffffff85831c1611610f075763ffffffff811b199390931686841b179281610ee8866008613851565b610ef29190613895565b6001901b8a17995085610f04906138a8565b95505b50610f11816138a8565b9050610e74565b50808214610f395781876003018460048110610f3657610f36613868565b01555b505080610f45906138a8565b9050610e34565b508863ffffffff16811015610fa4576040517f905487d3000000000000000000000000000000000000000000000000000000008152600481018b905263ffffffff80831660248301528a1660448201526064016109bb565b6040805163ffffffff8716815267ffffffffffffffff8a1660208201528b917f978d7a03e34459d95e61187b48e7b61174dbfde4a219c259692f1975125f48f1910160405180910390a25050505093509350939050565b86611032576040517f68a2661700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8463ffffffff165f03611071576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60208563ffffffff1611156110c1576040517fd9a9ddab00000000000000000000000000000000000000000000000000000000815263ffffffff86166004820152602060248201526044016109bb565b5f87815260066020526040902080547501000000000000000000000000000000000000000000900460ff1615611126576040517f2f5cb868000000000000000000000000000000000000000000000000000000008152600481018990526024016109bb565b805473ffffffffffffffffffffffffffffffffffffffff16158015906111635750805473ffffffffffffffffffffffffffffffffffffffff163314155b156111bc5780546040517f291338a6000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff90911660248201526044016109bb565b6040517fb4be63df0000000000000000000000000000000000000000000000000000000081523360048201526024810188905263ffffffff871660448201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b4be63df906064016020604051808303815f875af115801561125a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061127e91906138df565b8254909150760100000000000000000000000000000000000000000000900463ffffffff165f81900361130b57600280546015906112da907501000000000000000000000000000000000000000000900463ffffffff166138f6565b825463ffffffff8083166101009490940a848102910219909116179092555f9081526007602052604090208b905590505b825475010000000000000000000000000000000000000000007fffffffffffffffffffffff000000000000000000000000000000000000000000909116337fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000060ff8b1602177fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff84160217177fff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffffff168355600183018990556002830180547fffffff0000000000000000000000000000000000000000000000000000000000166fffffffffffffffffffffffffffffffff84161790556114428388888888612d82565b883373ffffffffffffffffffffffffffffffffffffffff168b7f4b7b32e0126302457be2c63f657ede0f842bd93664e07f128d133ff67f1ad4238b86868d8d8d8d604051611496979695949392919061391a565b60405180910390a450505050505050505050565b5f8181526008602090815260408083208151606081018352905463ffffffff81168252640100000000810467ffffffffffffffff16938201939093526c0100000000000000000000000090920464ffffffffff1690820152819061150d81612db5565b61151c57505f93849350915050565b805163ffffffff165f908152600760205260409081902054910151909464ffffffffff9091169350915050565b611551612e33565b61155a5f612e85565b565b600154339073ffffffffffffffffffffffffffffffffffffffff1681146115c7576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016109bb565b6115d081612e85565b50565b6040517f7a04519c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690637a04519c9061164890339060019060040161396c565b602060405180830381865afa158015611663573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061168791906138df565b5f036116c1576040517f54dcc5500000000000000000000000000000000000000000000000000000000081523360048201526024016109bb565b6116cb8282612eb6565b335f9081526009602052604090206116e4828483613a4b565b503373ffffffffffffffffffffffffffffffffffffffff167f23ca17fd87b72cada5cf233acee2194b633e67b18f6a347bd0cf3f38f64ab1d6838360405161172d929190613b61565b60405180910390a25050565b611741612e33565b81611778576040517fe54acefe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8281526004602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016841515908117909155915191825283917feaec9698047f4eedd138182e39fbfa24e16ce2a4e712cc918315734b7b9e7042910161172d565b5f81815260066020526040812080547501000000000000000000000000000000000000000000900460ff1615806118415750805473ffffffffffffffffffffffffffffffffffffffff165f9081526005602052604090205460ff165b1561184e57505f92915050565b8054427a01000000000000000000000000000000000000000000000000000090910464ffffffffff16118061188d575061188b8160010154612f01565b155b9392505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614611905576040517f77b081520000000000000000000000000000000000000000000000000000000081523360048201526024016109bb565b73ffffffffffffffffffffffffffffffffffffffff82165f8181526005602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527f31d28ad3161033e9ab5939605adab595970fea759ae7ed5ea2277f9d0b9df49f910161172d565b61198f612e33565b6002805482151574010000000000000000000000000000000000000000027fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff9091161790556040517f5ecce7f38b09425986e42775ed44323a1513f24197a831f79cc3c5ba2851e9ed90611a0890831515815260200190565b60405180910390a150565b5f81815260066020526040902080546060919074010000000000000000000000000000000000000000900460ff1667ffffffffffffffff811115611a5957611a596139cb565b604051908082528060200260200182016040528015611a82578160200160208202803683370190505b5091505f5b8251811015611b0257611a9b600882613ba9565b611aa6906020613851565b60038301611ab5600884613bbc565b60048110611ac557611ac5613868565b0154901c63ffffffff16838281518110611ae157611ae1613868565b67ffffffffffffffff90921660209283029190910190910152600101611a87565b5050919050565b60025473ffffffffffffffffffffffffffffffffffffffff163314611b5c576040517f7e72b5200000000000000000000000000000000000000000000000000000000081523360048201526024016109bb565b63ffffffff84165f908152600760209081526040808320548084526006909252909120611b898282612b91565b50611bb181838787611ba48867ffffffffffffffff16612d35565b63ffffffff1660016128ec565b6040805163ffffffff8716815267ffffffffffffffff8516602082015283917f978d7a03e34459d95e61187b48e7b61174dbfde4a219c259692f1975125f48f1910160405180910390a2505050505050565b611c18611c0f86612f3e565b85858585612d82565b847f0e27a3bad7cd6bf799ad9a010b2c7531ba6e573918762cfc4418b4192626931885858585604051611c4e9493929190613bcf565b60405180910390a25050505050565b611c65612e33565b73ffffffffffffffffffffffffffffffffffffffff8116611cb2576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025473ffffffffffffffffffffffffffffffffffffffff1615611d02576040517f4821f12400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517fdc4458b78002785f4ea6d934204d8c4be1cb848852ab4dbe9be06bdf9ef65693905f90a250565b5f611d7a82612f3e565b90505f611d8682612acf565b905063ffffffff811615611dd5576040517fe86a6bde0000000000000000000000000000000000000000000000000000000081526004810184905263ffffffff821660248201526044016109bb565b60028201805483547fff0000000000ffffffff00ffffffffffffffffffffffffffffffffffffffffff1684557fffffffffffffffff00000000000000000000000000000000000000000000000081169091556040516fffffffffffffffffffffffffffffffff90911680825290339085907fe19b9205b516a67c7e6f2ca5fcc27ab513c7f38dbedd239016c2e433261ed72f9060200160405180910390a36040517f25d883d0000000000000000000000000000000000000000000000000000000008152336004820152602481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906325d883d0906044015f604051808303815f87803b158015611efe575f5ffd5b505af1158015611f10573d5f5f3e3d5ffd5b5050505050505050565b611f22612e33565b610e108167ffffffffffffffff161080611f4857506276a7008167ffffffffffffffff16115b15611f8b576040517fee5c3a8600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016109bb565b600380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527fa958660dd6ad077b62b6f5569f0e211ee11b9475ae3be4ebd8f02a3a53968d3590602001611a08565b611ffa612e33565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561205c5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6120a9613000565b61155a60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613059565b81547501000000000000000000000000000000000000000000900460ff1661212d576040517fe888bd8c000000000000000000000000000000000000000000000000000000008152813560048201526024016109bb565b80602001358260010154141580612179575061214f6060820160408301613649565b825460ff740100000000000000000000000000000000000000009091041663ffffffff9190911614155b806121a7575061218f6060820160408301613649565b63ffffffff166121a2606083018361367b565b905014155b1561220c57803560208201356121c36060840160408501613649565b6040517fe8d3021f0000000000000000000000000000000000000000000000000000000081526004810193909352602483019190915263ffffffff1660448201526064016109bb565b60035467ffffffffffffffff164261222a60a0840160808501613662565b67ffffffffffffffff16118061225957504261224c60c0840160a08501613662565b67ffffffffffffffff1611155b80612296575061226f60a0830160808401613662565b67ffffffffffffffff1661228960c0840160a08501613662565b67ffffffffffffffff1611155b806122dd575067ffffffffffffffff81166122b760a0840160808501613662565b6122c760c0850160a08601613662565b6122d19190613bf5565b67ffffffffffffffff16115b15612357576122f260a0830160808401613662565b61230260c0840160a08501613662565b6040517f49ee406200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9283166004820152908216602482015242604482015290821660648201526084016109bb565b60028301547801000000000000000000000000000000000000000000000000900464ffffffffff1661238f60a0840160808501613662565b67ffffffffffffffff161161241a576123ae60a0830160808401613662565b60028401546040517fd8e0bd7f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301527801000000000000000000000000000000000000000000000000900464ffffffffff1660248201526044016109bb565b5f5f5b61242a606085018561367b565b90508110156124c25781612441606086018661367b565b8381811061245157612451613868565b9050602002013511612492576040517ff6e5a943000000000000000000000000000000000000000000000000000000008152600481018290526024016109bb565b61249f606085018561367b565b828181106124af576124af613868565b602002919091013592505060010161241d565b5050505050565b5f7f2ec88fdd6ee3b0b433868922c55f1ac5cfe54f3041f70511ee9b8685fa130b4b878787876040516020016124ff9190613c15565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830196909652810193909352606083019190915263ffffffff16608082015260a081019190915267ffffffffffffffff80851660c0830152831660e0820152610100016040516020818303038152906040528051906020012090509695505050505050565b5f6003600881819054906101000a900467ffffffffffffffff166125be90613c4a565b825467ffffffffffffffff8083166101009490940a9384029302191691909117909155835490915063ffffffff760100000000000000000000000000000000000000000000909104165f61261860c0850160a08601613662565b90505f5b612629606086018661367b565b90508110156127f0575f612640606087018761367b565b8381811061265057612650613868565b602090810292909201355f818152600884526040908190208151606081018352905463ffffffff808216808452640100000000830467ffffffffffffffff16978401979097526c0100000000000000000000000090910464ffffffffff1692820192909252919450909290871614801591506126d057506126d081612db5565b1561272957805163ffffffff165f90815260076020526040908190205490517f25c6caf20000000000000000000000000000000000000000000000000000000081526109bb918491600401918252602082015260400190565b506040805160608101825263ffffffff808716825267ffffffffffffffff808916602080850191825264ffffffffff808a168688019081525f98895260089092529590962093518454915196519095166c01000000000000000000000000027fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff96909216640100000000027fffffffffffffffffffffffffffffffffffffffff0000000000000000000000009091169490921693909317179290921617905560010161261c565b5084547fff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000064ffffffffff8316021785556002850180547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000067ffffffffffffffff86160217905561289660a0850160808601613662565b8560020160186101000a81548164ffffffffff021916908364ffffffffff160217905550505092915050565b61155a5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006120d0565b801580156129045750428367ffffffffffffffff1611155b612ac75763ffffffff8416158061293f5750855463ffffffff85167401000000000000000000000000000000000000000090910460ff161c15155b15612995576040517fce8e5ea50000000000000000000000000000000000000000000000000000000081526004810186905263ffffffff8516602482015267ffffffffffffffff841660448201526064016109bb565b5f5b6004811015612ac5575f6129ac826008613851565b8663ffffffff16901c60ff169050805f036129c75750612abd565b5f8860030183600481106129dd576129dd613868565b01549050805f5b6008811015612a98576001811b841615612a90575f612a04826020613851565b905063ffffffff84821c1667ffffffffffffffff8a1614612a7c578615612a76576040517fce8e5ea5000000000000000000000000000000000000000000000000000000008152600481018c905263ffffffff8b16602482015267ffffffffffffffff8a1660448201526064016109bb565b50612a90565b8088901b8163ffffffff901b198516179350505b6001016129e4565b50808214612ab957818a6003018560048110612ab657612ab6613868565b01555b5050505b600101612997565b505b505050505050565b80545f9074010000000000000000000000000000000000000000900460ff16815b81612afc826008613851565b1015611b02575f846003018260048110612b1857612b18613868565b015490505f5b600881108015612b4257508381612b36856008613851565b612b409190613895565b105b15612b7e5742612b53826020613851565b83901c63ffffffff161115612b6e57612b6b856138f6565b94505b612b77816138a8565b9050612b1e565b505080612b8a906138a8565b9050612af0565b805473ffffffffffffffffffffffffffffffffffffffff8116907501000000000000000000000000000000000000000000900460ff16612c00576040517fe888bd8c000000000000000000000000000000000000000000000000000000008152600481018490526024016109bb565b81547a010000000000000000000000000000000000000000000000000000900464ffffffffff16428111801590612c51575060025474010000000000000000000000000000000000000000900460ff165b8015612c70575060018301545f9081526004602052604090205460ff16155b15612cb7576040517f8694e2d50000000000000000000000000000000000000000000000000000000081526004810185905264ffffffffff821660248201526044016109bb565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526005602052604090205460ff1615612d2e576040517f49441e9800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016109bb565b5092915050565b5f63ffffffff821115612d7e576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260206004820152602481018390526044016109bb565b5090565b612d8c8484612eb6565b612d968282612eb6565b60078501612da5848683613a4b565b5060088501612ac7828483613a4b565b80515f9063ffffffff1615801590612dd7575042826040015164ffffffffff16115b8015612e2d5750602080830151835163ffffffff165f90815260078352604080822054825260069093529190912060020154700100000000000000000000000000000000900467ffffffffffffffff9081169116145b92915050565b5f5473ffffffffffffffffffffffffffffffffffffffff16331461155a576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016109bb565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556115d081613060565b610100811115612efd576040517fc874dfa50000000000000000000000000000000000000000000000000000000081526004810182905261010060248201526044016109bb565b5050565b6002545f9074010000000000000000000000000000000000000000900460ff168015612e2d5750505f9081526004602052604090205460ff161590565b5f81815260066020526040902080547501000000000000000000000000000000000000000000900460ff16612fa2576040517fe888bd8c000000000000000000000000000000000000000000000000000000008152600481018390526024016109bb565b805473ffffffffffffffffffffffffffffffffffffffff163314612ffb576040517f141de4ff000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044016109bb565b919050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561155a576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f83601f8401126130e4575f5ffd5b50813567ffffffffffffffff8111156130fb575f5ffd5b602083019150836020828501011115613112575f5ffd5b9250929050565b5f5f5f5f6060858703121561312c575f5ffd5b843567ffffffffffffffff811115613142575f5ffd5b850160c08188031215613153575f5ffd5b935060208501359250604085013567ffffffffffffffff811115613175575f5ffd5b613181878288016130d4565b95989497509550505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114612ffb575f5ffd5b5f602082840312156131c0575f5ffd5b61188d8261318d565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61188d60208301846131c9565b803563ffffffff81168114612ffb575f5ffd5b803567ffffffffffffffff81168114612ffb575f5ffd5b5f5f5f60608486031215613263575f5ffd5b61326c84613227565b925061327a60208501613227565b91506132886040850161323a565b90509250925092565b5f602082840312156132a1575f5ffd5b5035919050565b602081526132cf60208201835173ffffffffffffffffffffffffffffffffffffffff169052565b5f60208301516132e7604084018263ffffffff169052565b50604083015163ffffffff8116606084015250606083015163ffffffff8116608084015250608083015180151560a08401525060a083015160c083015260c083015160e083015260e083015161334a61010084018267ffffffffffffffff169052565b5061010083015167ffffffffffffffff8116610120840152506101208301516101606101408401526133806101808401826131c9565b90506101408401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0848303016101608501526133bd82826131c9565b95945050505050565b5f5f5f606084860312156133d8575f5ffd5b8335925061327a60208501613227565b5f5f5f5f5f5f5f60a0888a0312156133fe575f5ffd5b873596506020880135955061341560408901613227565b9450606088013567ffffffffffffffff811115613430575f5ffd5b61343c8a828b016130d4565b909550935050608088013567ffffffffffffffff81111561345b575f5ffd5b6134678a828b016130d4565b989b979a50959850939692959293505050565b5f5f6020838503121561348b575f5ffd5b823567ffffffffffffffff8111156134a1575f5ffd5b6134ad858286016130d4565b90969095509350505050565b80358015158114612ffb575f5ffd5b5f5f604083850312156134d9575f5ffd5b823591506134e9602084016134b9565b90509250929050565b5f5f60408385031215613503575f5ffd5b61350c8361318d565b91506134e9602084016134b9565b5f6020828403121561352a575f5ffd5b61188d826134b9565b602080825282518282018190525f918401906040840190835b8181101561357457835167ffffffffffffffff1683526020938401939092019160010161354c565b509095945050505050565b5f5f5f5f60808587031215613592575f5ffd5b61359b85613227565b93506135a960208601613227565b92506135b76040860161323a565b91506135c56060860161323a565b905092959194509250565b5f5f5f5f5f606086880312156135e4575f5ffd5b85359450602086013567ffffffffffffffff811115613601575f5ffd5b61360d888289016130d4565b909550935050604086013567ffffffffffffffff81111561362c575f5ffd5b613638888289016130d4565b969995985093965092949392505050565b5f60208284031215613659575f5ffd5b61188d82613227565b5f60208284031215613672575f5ffd5b61188d8261323a565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126136ae575f5ffd5b83018035915067ffffffffffffffff8211156136c8575f5ffd5b6020019150600581901b3603821315613112575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b60ff86168152846020820152836040820152608060608201525f61374e6080830184866136df565b979650505050505050565b63ffffffff8716815260a060208201528460a08201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff86111561379c575f5ffd5b8560051b808860c085013767ffffffffffffffff9586166040840152938516606083015250921660808301520160c0019392505050565b600181811c908216806137e757607f821691505b60208210810361381e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082028115828204841417612e2d57612e2d613824565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115612e2d57612e2d613824565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036138d8576138d8613824565b5060010190565b5f602082840312156138ef575f5ffd5b5051919050565b5f63ffffffff821663ffffffff810361391157613911613824565b60010192915050565b63ffffffff8816815286602082015263ffffffff8616604082015260a060608201525f61394b60a0830186886136df565b828103608084015261395e8185876136df565b9a9950505050505050505050565b73ffffffffffffffffffffffffffffffffffffffff8316815260408101600283106139be577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8260208301529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115613a465782821115613a4657805f5260205f20601f840160051c6020851015613a2357505f5b90810190601f840160051c035f5b81811015612ac7575f83820155600101613a31565b505050565b67ffffffffffffffff831115613a6357613a636139cb565b613a7783613a7183546137d3565b836139f8565b5f601f841160018114613ac7575f8515613a915750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b1783556124c2565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015613b145786850135825560209485019460019092019101613af4565b5086821015613b4f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f613b746020830184866136df565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82613bb757613bb7613b7c565b500690565b5f82613bca57613bca613b7c565b500490565b604081525f613be26040830186886136df565b828103602084015261374e8185876136df565b67ffffffffffffffff8281168282160390811115612e2d57612e2d613824565b81515f90829060208501835b82811015613c3f578151845260209384019390910190600101613c21565b509195945050505050565b5f67ffffffffffffffff821667ffffffffffffffff81036139115761391161382456",
}

// NodeRegistry is an auto generated Go binding around an Ethereum contract.
type NodeRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NodeRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewNodeRegistry creates a new instance of NodeRegistry.
func NewNodeRegistry() *NodeRegistry {
	parsed, err := NodeRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NodeRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NodeRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address staking_, address quorum_) returns()
func (nodeRegistry *NodeRegistry) PackConstructor(owner_ common.Address, staking_ common.Address, quorum_ common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("", owner_, staking_, quorum_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTMAXVERIFICATIONTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa087677a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_MAX_VERIFICATION_TTL() view returns(uint64)
func (nodeRegistry *NodeRegistry) PackDEFAULTMAXVERIFICATIONTTL() []byte {
	enc, err := nodeRegistry.abi.Pack("DEFAULT_MAX_VERIFICATION_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTMAXVERIFICATIONTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa087677a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_MAX_VERIFICATION_TTL() view returns(uint64)
func (nodeRegistry *NodeRegistry) TryPackDEFAULTMAXVERIFICATIONTTL() ([]byte, error) {
	return nodeRegistry.abi.Pack("DEFAULT_MAX_VERIFICATION_TTL")
}

// UnpackDEFAULTMAXVERIFICATIONTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa087677a.
//
// Solidity: function DEFAULT_MAX_VERIFICATION_TTL() view returns(uint64)
func (nodeRegistry *NodeRegistry) UnpackDEFAULTMAXVERIFICATIONTTL(data []byte) (uint64, error) {
	out, err := nodeRegistry.abi.Unpack("DEFAULT_MAX_VERIFICATION_TTL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXGPUSPERMACHINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0746f938.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GPUS_PER_MACHINE() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXGPUSPERMACHINE() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_GPUS_PER_MACHINE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGPUSPERMACHINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0746f938.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GPUS_PER_MACHINE() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXGPUSPERMACHINE() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_GPUS_PER_MACHINE")
}

// UnpackMAXGPUSPERMACHINE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0746f938.
//
// Solidity: function MAX_GPUS_PER_MACHINE() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXGPUSPERMACHINE(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_GPUS_PER_MACHINE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSTRINGLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34ccc5ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STRING_LENGTH() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXSTRINGLENGTH() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_STRING_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTRINGLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34ccc5ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STRING_LENGTH() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXSTRINGLENGTH() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_STRING_LENGTH")
}

// UnpackMAXSTRINGLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34ccc5ea.
//
// Solidity: function MAX_STRING_LENGTH() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXSTRINGLENGTH(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_STRING_LENGTH", data)
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
func (nodeRegistry *NodeRegistry) PackAcceptOwnership() []byte {
	enc, err := nodeRegistry.abi.Pack("acceptOwnership")
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
func (nodeRegistry *NodeRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return nodeRegistry.abi.Pack("acceptOwnership")
}

// PackDelistMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9499bc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delistMachine(bytes32 machineId) returns()
func (nodeRegistry *NodeRegistry) PackDelistMachine(machineId [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("delistMachine", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelistMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9499bc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delistMachine(bytes32 machineId) returns()
func (nodeRegistry *NodeRegistry) TryPackDelistMachine(machineId [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("delistMachine", machineId)
}

// PackExtendGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc58f146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendGpus(uint32 index, uint32 gpuMask, uint64 until, uint64 newUntil) returns()
func (nodeRegistry *NodeRegistry) PackExtendGpus(index uint32, gpuMask uint32, until uint64, newUntil uint64) []byte {
	enc, err := nodeRegistry.abi.Pack("extendGpus", index, gpuMask, until, newUntil)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtendGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc58f146.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extendGpus(uint32 index, uint32 gpuMask, uint64 until, uint64 newUntil) returns()
func (nodeRegistry *NodeRegistry) TryPackExtendGpus(index uint32, gpuMask uint32, until uint64, newUntil uint64) ([]byte, error) {
	return nodeRegistry.abi.Pack("extendGpus", index, gpuMask, until, newUntil)
}

// PackGpuHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3384cba3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gpuHolder(bytes32 gpuId) view returns(bytes32 machineId, uint64 expiresAt)
func (nodeRegistry *NodeRegistry) PackGpuHolder(gpuId [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("gpuHolder", gpuId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGpuHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3384cba3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gpuHolder(bytes32 gpuId) view returns(bytes32 machineId, uint64 expiresAt)
func (nodeRegistry *NodeRegistry) TryPackGpuHolder(gpuId [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("gpuHolder", gpuId)
}

// GpuHolderOutput serves as a container for the return parameters of contract
// method GpuHolder.
type GpuHolderOutput struct {
	MachineId [32]byte
	ExpiresAt uint64
}

// UnpackGpuHolder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3384cba3.
//
// Solidity: function gpuHolder(bytes32 gpuId) view returns(bytes32 machineId, uint64 expiresAt)
func (nodeRegistry *NodeRegistry) UnpackGpuHolder(data []byte) (GpuHolderOutput, error) {
	out, err := nodeRegistry.abi.Unpack("gpuHolder", data)
	outstruct := new(GpuHolderOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MachineId = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.ExpiresAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGpuHolds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc780bfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gpuHolds(bytes32 machineId) view returns(uint64[] holds)
func (nodeRegistry *NodeRegistry) PackGpuHolds(machineId [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("gpuHolds", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGpuHolds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc780bfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gpuHolds(bytes32 machineId) view returns(uint64[] holds)
func (nodeRegistry *NodeRegistry) TryPackGpuHolds(machineId [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("gpuHolds", machineId)
}

// UnpackGpuHolds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc780bfb.
//
// Solidity: function gpuHolds(bytes32 machineId) view returns(uint64[] holds)
func (nodeRegistry *NodeRegistry) UnpackGpuHolds(data []byte) ([]uint64, error) {
	out, err := nodeRegistry.abi.Unpack("gpuHolds", data)
	if err != nil {
		return *new([]uint64), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	return out0, nil
}

// PackInspectorEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x024670e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inspectorEndpoint(address inspector) view returns(string)
func (nodeRegistry *NodeRegistry) PackInspectorEndpoint(inspector common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("inspectorEndpoint", inspector)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInspectorEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x024670e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inspectorEndpoint(address inspector) view returns(string)
func (nodeRegistry *NodeRegistry) TryPackInspectorEndpoint(inspector common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("inspectorEndpoint", inspector)
}

// UnpackInspectorEndpoint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x024670e7.
//
// Solidity: function inspectorEndpoint(address inspector) view returns(string)
func (nodeRegistry *NodeRegistry) UnpackInspectorEndpoint(data []byte) (string, error) {
	out, err := nodeRegistry.abi.Unpack("inspectorEndpoint", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackIsRentable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f317649.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRentable(bytes32 machineId) view returns(bool)
func (nodeRegistry *NodeRegistry) PackIsRentable(machineId [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("isRentable", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRentable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f317649.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRentable(bytes32 machineId) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackIsRentable(machineId [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("isRentable", machineId)
}

// UnpackIsRentable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f317649.
//
// Solidity: function isRentable(bytes32 machineId) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackIsRentable(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("isRentable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83120130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseEscrow() view returns(address)
func (nodeRegistry *NodeRegistry) PackLeaseEscrow() []byte {
	enc, err := nodeRegistry.abi.Pack("leaseEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83120130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseEscrow() view returns(address)
func (nodeRegistry *NodeRegistry) TryPackLeaseEscrow() ([]byte, error) {
	return nodeRegistry.abi.Pack("leaseEscrow")
}

// UnpackLeaseEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83120130.
//
// Solidity: function leaseEscrow() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackLeaseEscrow(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("leaseEscrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackListMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2904c5ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listMachine(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount, string metadataCID, string endpoint) returns()
func (nodeRegistry *NodeRegistry) PackListMachine(machineId [32]byte, gpuClass [32]byte, gpuCount uint32, metadataCID string, endpoint string) []byte {
	enc, err := nodeRegistry.abi.Pack("listMachine", machineId, gpuClass, gpuCount, metadataCID, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2904c5ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listMachine(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount, string metadataCID, string endpoint) returns()
func (nodeRegistry *NodeRegistry) TryPackListMachine(machineId [32]byte, gpuClass [32]byte, gpuCount uint32, metadataCID string, endpoint string) ([]byte, error) {
	return nodeRegistry.abi.Pack("listMachine", machineId, gpuClass, gpuCount, metadataCID, endpoint)
}

// PackMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e2b319.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machine(bytes32 machineId) view returns((address,uint32,uint32,uint32,bool,bytes32,uint256,uint64,uint64,string,string) v)
func (nodeRegistry *NodeRegistry) PackMachine(machineId [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("machine", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e2b319.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machine(bytes32 machineId) view returns((address,uint32,uint32,uint32,bool,bytes32,uint256,uint64,uint64,string,string) v)
func (nodeRegistry *NodeRegistry) TryPackMachine(machineId [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("machine", machineId)
}

// UnpackMachine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18e2b319.
//
// Solidity: function machine(bytes32 machineId) view returns((address,uint32,uint32,uint32,bool,bytes32,uint256,uint64,uint64,string,string) v)
func (nodeRegistry *NodeRegistry) UnpackMachine(data []byte) (INodeRegistryMachine, error) {
	out, err := nodeRegistry.abi.Unpack("machine", data)
	if err != nil {
		return *new(INodeRegistryMachine), err
	}
	out0 := *abi.ConvertType(out[0], new(INodeRegistryMachine)).(*INodeRegistryMachine)
	return out0, nil
}

// PackMachineAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe775a7a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machineAt(uint32 index) view returns(bytes32 machineId, address provider)
func (nodeRegistry *NodeRegistry) PackMachineAt(index uint32) []byte {
	enc, err := nodeRegistry.abi.Pack("machineAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachineAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe775a7a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machineAt(uint32 index) view returns(bytes32 machineId, address provider)
func (nodeRegistry *NodeRegistry) TryPackMachineAt(index uint32) ([]byte, error) {
	return nodeRegistry.abi.Pack("machineAt", index)
}

// MachineAtOutput serves as a container for the return parameters of contract
// method MachineAt.
type MachineAtOutput struct {
	MachineId [32]byte
	Provider  common.Address
}

// UnpackMachineAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe775a7a8.
//
// Solidity: function machineAt(uint32 index) view returns(bytes32 machineId, address provider)
func (nodeRegistry *NodeRegistry) UnpackMachineAt(data []byte) (MachineAtOutput, error) {
	out, err := nodeRegistry.abi.Unpack("machineAt", data)
	outstruct := new(MachineAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MachineId = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Provider = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackMachineCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41260365.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machineCount() view returns(uint32)
func (nodeRegistry *NodeRegistry) PackMachineCount() []byte {
	enc, err := nodeRegistry.abi.Pack("machineCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachineCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41260365.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machineCount() view returns(uint32)
func (nodeRegistry *NodeRegistry) TryPackMachineCount() ([]byte, error) {
	return nodeRegistry.abi.Pack("machineCount")
}

// UnpackMachineCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41260365.
//
// Solidity: function machineCount() view returns(uint32)
func (nodeRegistry *NodeRegistry) UnpackMachineCount(data []byte) (uint32, error) {
	out, err := nodeRegistry.abi.Unpack("machineCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMachineProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4015360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machineProvider(bytes32 machineId) view returns(address)
func (nodeRegistry *NodeRegistry) PackMachineProvider(machineId [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("machineProvider", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachineProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4015360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machineProvider(bytes32 machineId) view returns(address)
func (nodeRegistry *NodeRegistry) TryPackMachineProvider(machineId [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("machineProvider", machineId)
}

// UnpackMachineProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4015360.
//
// Solidity: function machineProvider(bytes32 machineId) view returns(address)
func (nodeRegistry *NodeRegistry) UnpackMachineProvider(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("machineProvider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxVerificationTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca273b9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxVerificationTtl() view returns(uint64)
func (nodeRegistry *NodeRegistry) PackMaxVerificationTtl() []byte {
	enc, err := nodeRegistry.abi.Pack("maxVerificationTtl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxVerificationTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca273b9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxVerificationTtl() view returns(uint64)
func (nodeRegistry *NodeRegistry) TryPackMaxVerificationTtl() ([]byte, error) {
	return nodeRegistry.abi.Pack("maxVerificationTtl")
}

// UnpackMaxVerificationTtl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca273b9f.
//
// Solidity: function maxVerificationTtl() view returns(uint64)
func (nodeRegistry *NodeRegistry) UnpackMaxVerificationTtl(data []byte) (uint64, error) {
	out, err := nodeRegistry.abi.Unpack("maxVerificationTtl", data)
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
func (nodeRegistry *NodeRegistry) PackOwner() []byte {
	enc, err := nodeRegistry.abi.Pack("owner")
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
func (nodeRegistry *NodeRegistry) TryPackOwner() ([]byte, error) {
	return nodeRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("owner", data)
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
func (nodeRegistry *NodeRegistry) PackPendingOwner() []byte {
	enc, err := nodeRegistry.abi.Pack("pendingOwner")
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
func (nodeRegistry *NodeRegistry) TryPackPendingOwner() ([]byte, error) {
	return nodeRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(address)
func (nodeRegistry *NodeRegistry) PackQuorum() []byte {
	enc, err := nodeRegistry.abi.Pack("quorum")
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
func (nodeRegistry *NodeRegistry) TryPackQuorum() ([]byte, error) {
	return nodeRegistry.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleaseGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0526cab4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseGpus(uint32 index, uint32 gpuMask, uint64 until) returns()
func (nodeRegistry *NodeRegistry) PackReleaseGpus(index uint32, gpuMask uint32, until uint64) []byte {
	enc, err := nodeRegistry.abi.Pack("releaseGpus", index, gpuMask, until)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0526cab4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseGpus(uint32 index, uint32 gpuMask, uint64 until) returns()
func (nodeRegistry *NodeRegistry) TryPackReleaseGpus(index uint32, gpuMask uint32, until uint64) ([]byte, error) {
	return nodeRegistry.abi.Pack("releaseGpus", index, gpuMask, until)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (nodeRegistry *NodeRegistry) PackRenounceOwnership() []byte {
	enc, err := nodeRegistry.abi.Pack("renounceOwnership")
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
func (nodeRegistry *NodeRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return nodeRegistry.abi.Pack("renounceOwnership")
}

// PackRequireVerification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5c81b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requireVerification() view returns(bool)
func (nodeRegistry *NodeRegistry) PackRequireVerification() []byte {
	enc, err := nodeRegistry.abi.Pack("requireVerification")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequireVerification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5c81b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requireVerification() view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackRequireVerification() ([]byte, error) {
	return nodeRegistry.abi.Pack("requireVerification")
}

// UnpackRequireVerification is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5c81b4a.
//
// Solidity: function requireVerification() view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackRequireVerification(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("requireVerification", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReserveGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25e3e6da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveGpus(bytes32 machineId, uint32 gpus, uint64 until) returns(address provider, uint32 index, uint32 gpuMask)
func (nodeRegistry *NodeRegistry) PackReserveGpus(machineId [32]byte, gpus uint32, until uint64) []byte {
	enc, err := nodeRegistry.abi.Pack("reserveGpus", machineId, gpus, until)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25e3e6da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveGpus(bytes32 machineId, uint32 gpus, uint64 until) returns(address provider, uint32 index, uint32 gpuMask)
func (nodeRegistry *NodeRegistry) TryPackReserveGpus(machineId [32]byte, gpus uint32, until uint64) ([]byte, error) {
	return nodeRegistry.abi.Pack("reserveGpus", machineId, gpus, until)
}

// ReserveGpusOutput serves as a container for the return parameters of contract
// method ReserveGpus.
type ReserveGpusOutput struct {
	Provider common.Address
	Index    uint32
	GpuMask  uint32
}

// UnpackReserveGpus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25e3e6da.
//
// Solidity: function reserveGpus(bytes32 machineId, uint32 gpus, uint64 until) returns(address provider, uint32 index, uint32 gpuMask)
func (nodeRegistry *NodeRegistry) UnpackReserveGpus(data []byte) (ReserveGpusOutput, error) {
	out, err := nodeRegistry.abi.Unpack("reserveGpus", data)
	outstruct := new(ReserveGpusOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Provider = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Index = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.GpuMask = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackSetInspectorEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b4c9734.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInspectorEndpoint(string endpoint) returns()
func (nodeRegistry *NodeRegistry) PackSetInspectorEndpoint(endpoint string) []byte {
	enc, err := nodeRegistry.abi.Pack("setInspectorEndpoint", endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInspectorEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b4c9734.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInspectorEndpoint(string endpoint) returns()
func (nodeRegistry *NodeRegistry) TryPackSetInspectorEndpoint(endpoint string) ([]byte, error) {
	return nodeRegistry.abi.Pack("setInspectorEndpoint", endpoint)
}

// PackSetLeaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7af98f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLeaseEscrow(address leaseEscrow_) returns()
func (nodeRegistry *NodeRegistry) PackSetLeaseEscrow(leaseEscrow common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("setLeaseEscrow", leaseEscrow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLeaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7af98f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLeaseEscrow(address leaseEscrow_) returns()
func (nodeRegistry *NodeRegistry) TryPackSetLeaseEscrow(leaseEscrow common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("setLeaseEscrow", leaseEscrow)
}

// PackSetMaxVerificationTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0a24d34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxVerificationTtl(uint64 ttl) returns()
func (nodeRegistry *NodeRegistry) PackSetMaxVerificationTtl(ttl uint64) []byte {
	enc, err := nodeRegistry.abi.Pack("setMaxVerificationTtl", ttl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxVerificationTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0a24d34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxVerificationTtl(uint64 ttl) returns()
func (nodeRegistry *NodeRegistry) TryPackSetMaxVerificationTtl(ttl uint64) ([]byte, error) {
	return nodeRegistry.abi.Pack("setMaxVerificationTtl", ttl)
}

// PackSetRequireVerification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa526aeb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequireVerification(bool required) returns()
func (nodeRegistry *NodeRegistry) PackSetRequireVerification(required bool) []byte {
	enc, err := nodeRegistry.abi.Pack("setRequireVerification", required)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRequireVerification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa526aeb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRequireVerification(bool required) returns()
func (nodeRegistry *NodeRegistry) TryPackSetRequireVerification(required bool) ([]byte, error) {
	return nodeRegistry.abi.Pack("setRequireVerification", required)
}

// PackSetVerificationExempt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89804bab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerificationExempt(bytes32 gpuClass, bool exempt) returns()
func (nodeRegistry *NodeRegistry) PackSetVerificationExempt(gpuClass [32]byte, exempt bool) []byte {
	enc, err := nodeRegistry.abi.Pack("setVerificationExempt", gpuClass, exempt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerificationExempt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89804bab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerificationExempt(bytes32 gpuClass, bool exempt) returns()
func (nodeRegistry *NodeRegistry) TryPackSetVerificationExempt(gpuClass [32]byte, exempt bool) ([]byte, error) {
	return nodeRegistry.abi.Pack("setVerificationExempt", gpuClass, exempt)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (nodeRegistry *NodeRegistry) PackStaking() []byte {
	enc, err := nodeRegistry.abi.Pack("staking")
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
func (nodeRegistry *NodeRegistry) TryPackStaking() ([]byte, error) {
	return nodeRegistry.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackStaking(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSyncCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fecd633.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function syncCollateral(address provider, bool under) returns()
func (nodeRegistry *NodeRegistry) PackSyncCollateral(provider common.Address, under bool) []byte {
	enc, err := nodeRegistry.abi.Pack("syncCollateral", provider, under)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSyncCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fecd633.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function syncCollateral(address provider, bool under) returns()
func (nodeRegistry *NodeRegistry) TryPackSyncCollateral(provider common.Address, under bool) ([]byte, error) {
	return nodeRegistry.abi.Pack("syncCollateral", provider, under)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (nodeRegistry *NodeRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("transferOwnership", newOwner)
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
func (nodeRegistry *NodeRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnderCollateralised is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a57b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function underCollateralised(address provider) view returns(bool)
func (nodeRegistry *NodeRegistry) PackUnderCollateralised(provider common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("underCollateralised", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnderCollateralised is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a57b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function underCollateralised(address provider) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackUnderCollateralised(provider common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("underCollateralised", provider)
}

// UnpackUnderCollateralised is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a57b3c.
//
// Solidity: function underCollateralised(address provider) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackUnderCollateralised(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("underCollateralised", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateMachineMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7498099.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMachineMetadata(bytes32 machineId, string metadataCID, string endpoint) returns()
func (nodeRegistry *NodeRegistry) PackUpdateMachineMetadata(machineId [32]byte, metadataCID string, endpoint string) []byte {
	enc, err := nodeRegistry.abi.Pack("updateMachineMetadata", machineId, metadataCID, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMachineMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7498099.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMachineMetadata(bytes32 machineId, string metadataCID, string endpoint) returns()
func (nodeRegistry *NodeRegistry) TryPackUpdateMachineMetadata(machineId [32]byte, metadataCID string, endpoint string) ([]byte, error) {
	return nodeRegistry.abi.Pack("updateMachineMetadata", machineId, metadataCID, endpoint)
}

// PackVerificationExempt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc135f3c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verificationExempt(bytes32 gpuClass) view returns(bool)
func (nodeRegistry *NodeRegistry) PackVerificationExempt(gpuClass [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("verificationExempt", gpuClass)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerificationExempt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc135f3c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verificationExempt(bytes32 gpuClass) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackVerificationExempt(gpuClass [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("verificationExempt", gpuClass)
}

// UnpackVerificationExempt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc135f3c3.
//
// Solidity: function verificationExempt(bytes32 gpuClass) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackVerificationExempt(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("verificationExempt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00159d14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyMachine((bytes32,bytes32,uint32,bytes32[],uint64,uint64) v, bytes32 attestationId, bytes signatures) returns()
func (nodeRegistry *NodeRegistry) PackVerifyMachine(v INodeRegistryVerification, attestationId [32]byte, signatures []byte) []byte {
	enc, err := nodeRegistry.abi.Pack("verifyMachine", v, attestationId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00159d14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyMachine((bytes32,bytes32,uint32,bytes32[],uint64,uint64) v, bytes32 attestationId, bytes signatures) returns()
func (nodeRegistry *NodeRegistry) TryPackVerifyMachine(v INodeRegistryVerification, attestationId [32]byte, signatures []byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("verifyMachine", v, attestationId, signatures)
}

// NodeRegistryCollateralSynced represents a CollateralSynced event raised by the NodeRegistry contract.
type NodeRegistryCollateralSynced struct {
	Provider            common.Address
	UnderCollateralised bool
	Raw                 *types.Log // Blockchain specific contextual infos
}

const NodeRegistryCollateralSyncedEventName = "CollateralSynced"

// ContractEventName returns the user-defined event name.
func (NodeRegistryCollateralSynced) ContractEventName() string {
	return NodeRegistryCollateralSyncedEventName
}

// UnpackCollateralSyncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralSynced(address indexed provider, bool underCollateralised)
func (nodeRegistry *NodeRegistry) UnpackCollateralSyncedEvent(log *types.Log) (*NodeRegistryCollateralSynced, error) {
	event := "CollateralSynced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryCollateralSynced)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryGpusReleased represents a GpusReleased event raised by the NodeRegistry contract.
type NodeRegistryGpusReleased struct {
	MachineId [32]byte
	GpuMask   uint32
	FreeFrom  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const NodeRegistryGpusReleasedEventName = "GpusReleased"

// ContractEventName returns the user-defined event name.
func (NodeRegistryGpusReleased) ContractEventName() string {
	return NodeRegistryGpusReleasedEventName
}

// UnpackGpusReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GpusReleased(bytes32 indexed machineId, uint32 gpuMask, uint64 freeFrom)
func (nodeRegistry *NodeRegistry) UnpackGpusReleasedEvent(log *types.Log) (*NodeRegistryGpusReleased, error) {
	event := "GpusReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryGpusReleased)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryGpusReserved represents a GpusReserved event raised by the NodeRegistry contract.
type NodeRegistryGpusReserved struct {
	MachineId [32]byte
	GpuMask   uint32
	Until     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const NodeRegistryGpusReservedEventName = "GpusReserved"

// ContractEventName returns the user-defined event name.
func (NodeRegistryGpusReserved) ContractEventName() string {
	return NodeRegistryGpusReservedEventName
}

// UnpackGpusReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GpusReserved(bytes32 indexed machineId, uint32 gpuMask, uint64 until)
func (nodeRegistry *NodeRegistry) UnpackGpusReservedEvent(log *types.Log) (*NodeRegistryGpusReserved, error) {
	event := "GpusReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryGpusReserved)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryInspectorEndpointSet represents a InspectorEndpointSet event raised by the NodeRegistry contract.
type NodeRegistryInspectorEndpointSet struct {
	Inspector common.Address
	Endpoint  string
	Raw       *types.Log // Blockchain specific contextual infos
}

const NodeRegistryInspectorEndpointSetEventName = "InspectorEndpointSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryInspectorEndpointSet) ContractEventName() string {
	return NodeRegistryInspectorEndpointSetEventName
}

// UnpackInspectorEndpointSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InspectorEndpointSet(address indexed inspector, string endpoint)
func (nodeRegistry *NodeRegistry) UnpackInspectorEndpointSetEvent(log *types.Log) (*NodeRegistryInspectorEndpointSet, error) {
	event := "InspectorEndpointSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryInspectorEndpointSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryLeaseEscrowSet represents a LeaseEscrowSet event raised by the NodeRegistry contract.
type NodeRegistryLeaseEscrowSet struct {
	LeaseEscrow common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const NodeRegistryLeaseEscrowSetEventName = "LeaseEscrowSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryLeaseEscrowSet) ContractEventName() string {
	return NodeRegistryLeaseEscrowSetEventName
}

// UnpackLeaseEscrowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseEscrowSet(address indexed leaseEscrow)
func (nodeRegistry *NodeRegistry) UnpackLeaseEscrowSetEvent(log *types.Log) (*NodeRegistryLeaseEscrowSet, error) {
	event := "LeaseEscrowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryLeaseEscrowSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryMachineDelisted represents a MachineDelisted event raised by the NodeRegistry contract.
type NodeRegistryMachineDelisted struct {
	MachineId     [32]byte
	Provider      common.Address
	UnlockedStake *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const NodeRegistryMachineDelistedEventName = "MachineDelisted"

// ContractEventName returns the user-defined event name.
func (NodeRegistryMachineDelisted) ContractEventName() string {
	return NodeRegistryMachineDelistedEventName
}

// UnpackMachineDelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineDelisted(bytes32 indexed machineId, address indexed provider, uint256 unlockedStake)
func (nodeRegistry *NodeRegistry) UnpackMachineDelistedEvent(log *types.Log) (*NodeRegistryMachineDelisted, error) {
	event := "MachineDelisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryMachineDelisted)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryMachineListed represents a MachineListed event raised by the NodeRegistry contract.
type NodeRegistryMachineListed struct {
	MachineId   [32]byte
	Provider    common.Address
	GpuClass    [32]byte
	GpuCount    uint32
	LockedStake *big.Int
	Index       uint32
	MetadataCID string
	Endpoint    string
	Raw         *types.Log // Blockchain specific contextual infos
}

const NodeRegistryMachineListedEventName = "MachineListed"

// ContractEventName returns the user-defined event name.
func (NodeRegistryMachineListed) ContractEventName() string {
	return NodeRegistryMachineListedEventName
}

// UnpackMachineListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineListed(bytes32 indexed machineId, address indexed provider, bytes32 indexed gpuClass, uint32 gpuCount, uint256 lockedStake, uint32 index, string metadataCID, string endpoint)
func (nodeRegistry *NodeRegistry) UnpackMachineListedEvent(log *types.Log) (*NodeRegistryMachineListed, error) {
	event := "MachineListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryMachineListed)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryMachineMetadataUpdated represents a MachineMetadataUpdated event raised by the NodeRegistry contract.
type NodeRegistryMachineMetadataUpdated struct {
	MachineId   [32]byte
	MetadataCID string
	Endpoint    string
	Raw         *types.Log // Blockchain specific contextual infos
}

const NodeRegistryMachineMetadataUpdatedEventName = "MachineMetadataUpdated"

// ContractEventName returns the user-defined event name.
func (NodeRegistryMachineMetadataUpdated) ContractEventName() string {
	return NodeRegistryMachineMetadataUpdatedEventName
}

// UnpackMachineMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineMetadataUpdated(bytes32 indexed machineId, string metadataCID, string endpoint)
func (nodeRegistry *NodeRegistry) UnpackMachineMetadataUpdatedEvent(log *types.Log) (*NodeRegistryMachineMetadataUpdated, error) {
	event := "MachineMetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryMachineMetadataUpdated)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryMachineVerified represents a MachineVerified event raised by the NodeRegistry contract.
type NodeRegistryMachineVerified struct {
	MachineId     [32]byte
	GpuClass      [32]byte
	AttestationId [32]byte
	GpuCount      uint32
	GpuIds        [][32]byte
	VerifiedAt    uint64
	ExpiresAt     uint64
	Seq           uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const NodeRegistryMachineVerifiedEventName = "MachineVerified"

// ContractEventName returns the user-defined event name.
func (NodeRegistryMachineVerified) ContractEventName() string {
	return NodeRegistryMachineVerifiedEventName
}

// UnpackMachineVerifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineVerified(bytes32 indexed machineId, bytes32 indexed gpuClass, bytes32 indexed attestationId, uint32 gpuCount, bytes32[] gpuIds, uint64 verifiedAt, uint64 expiresAt, uint64 seq)
func (nodeRegistry *NodeRegistry) UnpackMachineVerifiedEvent(log *types.Log) (*NodeRegistryMachineVerified, error) {
	event := "MachineVerified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryMachineVerified)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryMaxVerificationTtlSet represents a MaxVerificationTtlSet event raised by the NodeRegistry contract.
type NodeRegistryMaxVerificationTtlSet struct {
	Ttl uint64
	Raw *types.Log // Blockchain specific contextual infos
}

const NodeRegistryMaxVerificationTtlSetEventName = "MaxVerificationTtlSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryMaxVerificationTtlSet) ContractEventName() string {
	return NodeRegistryMaxVerificationTtlSetEventName
}

// UnpackMaxVerificationTtlSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxVerificationTtlSet(uint64 ttl)
func (nodeRegistry *NodeRegistry) UnpackMaxVerificationTtlSetEvent(log *types.Log) (*NodeRegistryMaxVerificationTtlSet, error) {
	event := "MaxVerificationTtlSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryMaxVerificationTtlSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the NodeRegistry contract.
type NodeRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const NodeRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (NodeRegistryOwnershipTransferStarted) ContractEventName() string {
	return NodeRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (nodeRegistry *NodeRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*NodeRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the NodeRegistry contract.
type NodeRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const NodeRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (NodeRegistryOwnershipTransferred) ContractEventName() string {
	return NodeRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (nodeRegistry *NodeRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*NodeRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryRequireVerificationSet represents a RequireVerificationSet event raised by the NodeRegistry contract.
type NodeRegistryRequireVerificationSet struct {
	Required bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRequireVerificationSetEventName = "RequireVerificationSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRequireVerificationSet) ContractEventName() string {
	return NodeRegistryRequireVerificationSetEventName
}

// UnpackRequireVerificationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequireVerificationSet(bool required)
func (nodeRegistry *NodeRegistry) UnpackRequireVerificationSetEvent(log *types.Log) (*NodeRegistryRequireVerificationSet, error) {
	event := "RequireVerificationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRequireVerificationSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryVerificationExemptSet represents a VerificationExemptSet event raised by the NodeRegistry contract.
type NodeRegistryVerificationExemptSet struct {
	GpuClass [32]byte
	Exempt   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryVerificationExemptSetEventName = "VerificationExemptSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryVerificationExemptSet) ContractEventName() string {
	return NodeRegistryVerificationExemptSetEventName
}

// UnpackVerificationExemptSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerificationExemptSet(bytes32 indexed gpuClass, bool exempt)
func (nodeRegistry *NodeRegistry) UnpackVerificationExemptSetEvent(log *types.Log) (*NodeRegistryVerificationExemptSet, error) {
	event := "VerificationExemptSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryVerificationExemptSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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
func (nodeRegistry *NodeRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["GpuBacksOtherMachine"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackGpuBacksOtherMachineError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["GpuIdsNotAscending"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackGpuIdsNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["GpusNotHeld"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackGpusNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["GpusStillReserved"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackGpusStillReservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InsufficientFreeGpus"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInsufficientFreeGpusError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InvalidVerificationTimes"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInvalidVerificationTimesError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["LeaseEscrowAlreadySet"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackLeaseEscrowAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["MachineAlreadyListed"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackMachineAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["MachineNotListed"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackMachineNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["MachineNotVerified"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackMachineNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["MachineOwnedByOther"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackMachineOwnedByOtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotAnInspector"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotAnInspectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotLeaseEscrow"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotLeaseEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotMachineProvider"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotMachineProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotStaking"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotStakingError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["TooManyGpus"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackTooManyGpusError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["UnknownMachineIndex"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackUnknownMachineIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["VerificationMismatch"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackVerificationMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["VerificationNotNewer"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackVerificationNotNewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["VerificationTtlOutOfRange"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackVerificationTtlOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroGpuClass"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroGpuClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroGpus"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroGpusError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroMachineId"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroMachineIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NodeRegistryGpuBacksOtherMachine represents a GpuBacksOtherMachine error raised by the NodeRegistry contract.
type NodeRegistryGpuBacksOtherMachine struct {
	GpuId          [32]byte
	OtherMachineId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GpuBacksOtherMachine(bytes32 gpuId, bytes32 otherMachineId)
func NodeRegistryGpuBacksOtherMachineErrorID() common.Hash {
	return common.HexToHash("0x25c6caf2d0479f19859b223842b4561e79f1cdd9f7bc92ceffeecd5fcff2a115")
}

// UnpackGpuBacksOtherMachineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GpuBacksOtherMachine(bytes32 gpuId, bytes32 otherMachineId)
func (nodeRegistry *NodeRegistry) UnpackGpuBacksOtherMachineError(raw []byte) (*NodeRegistryGpuBacksOtherMachine, error) {
	out := new(NodeRegistryGpuBacksOtherMachine)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "GpuBacksOtherMachine", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryGpuIdsNotAscending represents a GpuIdsNotAscending error raised by the NodeRegistry contract.
type NodeRegistryGpuIdsNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GpuIdsNotAscending(uint256 index)
func NodeRegistryGpuIdsNotAscendingErrorID() common.Hash {
	return common.HexToHash("0xf6e5a9434ee8b6e7087d41fd7f7ce6d822ba1710bd78fdf339b5f5fb3ba87c24")
}

// UnpackGpuIdsNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GpuIdsNotAscending(uint256 index)
func (nodeRegistry *NodeRegistry) UnpackGpuIdsNotAscendingError(raw []byte) (*NodeRegistryGpuIdsNotAscending, error) {
	out := new(NodeRegistryGpuIdsNotAscending)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "GpuIdsNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryGpusNotHeld represents a GpusNotHeld error raised by the NodeRegistry contract.
type NodeRegistryGpusNotHeld struct {
	MachineId [32]byte
	GpuMask   uint32
	Until     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GpusNotHeld(bytes32 machineId, uint32 gpuMask, uint64 until)
func NodeRegistryGpusNotHeldErrorID() common.Hash {
	return common.HexToHash("0xce8e5ea51e8129aa30c8ffcaf1e967f2e2f0911cb06e57a8c9d364f6d1041ce3")
}

// UnpackGpusNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GpusNotHeld(bytes32 machineId, uint32 gpuMask, uint64 until)
func (nodeRegistry *NodeRegistry) UnpackGpusNotHeldError(raw []byte) (*NodeRegistryGpusNotHeld, error) {
	out := new(NodeRegistryGpusNotHeld)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "GpusNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryGpusStillReserved represents a GpusStillReserved error raised by the NodeRegistry contract.
type NodeRegistryGpusStillReserved struct {
	MachineId    [32]byte
	ReservedGpus uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GpusStillReserved(bytes32 machineId, uint32 reservedGpus)
func NodeRegistryGpusStillReservedErrorID() common.Hash {
	return common.HexToHash("0xe86a6bded09e79d9b544f9aaecf714fa991b81f3992fe725ea1ec1782d7e7104")
}

// UnpackGpusStillReservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GpusStillReserved(bytes32 machineId, uint32 reservedGpus)
func (nodeRegistry *NodeRegistry) UnpackGpusStillReservedError(raw []byte) (*NodeRegistryGpusStillReserved, error) {
	out := new(NodeRegistryGpusStillReserved)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "GpusStillReserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInsufficientCollateral represents a InsufficientCollateral error raised by the NodeRegistry contract.
type NodeRegistryInsufficientCollateral struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(address provider)
func NodeRegistryInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0x49441e98d84059a440dd93c9930e75125fa35e2f51a56879dde97b27425b895d")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(address provider)
func (nodeRegistry *NodeRegistry) UnpackInsufficientCollateralError(raw []byte) (*NodeRegistryInsufficientCollateral, error) {
	out := new(NodeRegistryInsufficientCollateral)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInsufficientFreeGpus represents a InsufficientFreeGpus error raised by the NodeRegistry contract.
type NodeRegistryInsufficientFreeGpus struct {
	MachineId [32]byte
	Free      uint32
	Requested uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeGpus(bytes32 machineId, uint32 free, uint32 requested)
func NodeRegistryInsufficientFreeGpusErrorID() common.Hash {
	return common.HexToHash("0x905487d3e9ba9f4360cb85291933ac7b053ae8beb03a60e4cfb13f3f3e9fa746")
}

// UnpackInsufficientFreeGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeGpus(bytes32 machineId, uint32 free, uint32 requested)
func (nodeRegistry *NodeRegistry) UnpackInsufficientFreeGpusError(raw []byte) (*NodeRegistryInsufficientFreeGpus, error) {
	out := new(NodeRegistryInsufficientFreeGpus)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InsufficientFreeGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInvalidVerificationTimes represents a InvalidVerificationTimes error raised by the NodeRegistry contract.
type NodeRegistryInvalidVerificationTimes struct {
	VerifiedAt uint64
	ExpiresAt  uint64
	NowTs      *big.Int
	MaxTtl     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidVerificationTimes(uint64 verifiedAt, uint64 expiresAt, uint256 nowTs, uint64 maxTtl)
func NodeRegistryInvalidVerificationTimesErrorID() common.Hash {
	return common.HexToHash("0x49ee40629823fe2b2595b794a0a2b0c77368c0d9c011a00430ef9be68661f288")
}

// UnpackInvalidVerificationTimesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidVerificationTimes(uint64 verifiedAt, uint64 expiresAt, uint256 nowTs, uint64 maxTtl)
func (nodeRegistry *NodeRegistry) UnpackInvalidVerificationTimesError(raw []byte) (*NodeRegistryInvalidVerificationTimes, error) {
	out := new(NodeRegistryInvalidVerificationTimes)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InvalidVerificationTimes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryLeaseEscrowAlreadySet represents a LeaseEscrowAlreadySet error raised by the NodeRegistry contract.
type NodeRegistryLeaseEscrowAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseEscrowAlreadySet()
func NodeRegistryLeaseEscrowAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x4821f1245c74e139e9801fb76ebb88f4b6f45605dd183040108a7a77f7f24fab")
}

// UnpackLeaseEscrowAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseEscrowAlreadySet()
func (nodeRegistry *NodeRegistry) UnpackLeaseEscrowAlreadySetError(raw []byte) (*NodeRegistryLeaseEscrowAlreadySet, error) {
	out := new(NodeRegistryLeaseEscrowAlreadySet)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "LeaseEscrowAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryMachineAlreadyListed represents a MachineAlreadyListed error raised by the NodeRegistry contract.
type NodeRegistryMachineAlreadyListed struct {
	MachineId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineAlreadyListed(bytes32 machineId)
func NodeRegistryMachineAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x2f5cb8683e91607f41561485e5afa5e842314b43d3cb686b130b1feb952a5cda")
}

// UnpackMachineAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineAlreadyListed(bytes32 machineId)
func (nodeRegistry *NodeRegistry) UnpackMachineAlreadyListedError(raw []byte) (*NodeRegistryMachineAlreadyListed, error) {
	out := new(NodeRegistryMachineAlreadyListed)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "MachineAlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryMachineNotListed represents a MachineNotListed error raised by the NodeRegistry contract.
type NodeRegistryMachineNotListed struct {
	MachineId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineNotListed(bytes32 machineId)
func NodeRegistryMachineNotListedErrorID() common.Hash {
	return common.HexToHash("0xe888bd8c18fea3154e43f05275528a6379ff2623e6a64b830d9460b3834b39f0")
}

// UnpackMachineNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineNotListed(bytes32 machineId)
func (nodeRegistry *NodeRegistry) UnpackMachineNotListedError(raw []byte) (*NodeRegistryMachineNotListed, error) {
	out := new(NodeRegistryMachineNotListed)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "MachineNotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryMachineNotVerified represents a MachineNotVerified error raised by the NodeRegistry contract.
type NodeRegistryMachineNotVerified struct {
	MachineId     [32]byte
	VerifiedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineNotVerified(bytes32 machineId, uint64 verifiedUntil)
func NodeRegistryMachineNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0x8694e2d528d89414041bfdc8a2bf25abbf12accb79db39399efc36db6d16bf04")
}

// UnpackMachineNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineNotVerified(bytes32 machineId, uint64 verifiedUntil)
func (nodeRegistry *NodeRegistry) UnpackMachineNotVerifiedError(raw []byte) (*NodeRegistryMachineNotVerified, error) {
	out := new(NodeRegistryMachineNotVerified)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "MachineNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryMachineOwnedByOther represents a MachineOwnedByOther error raised by the NodeRegistry contract.
type NodeRegistryMachineOwnedByOther struct {
	MachineId [32]byte
	Provider  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineOwnedByOther(bytes32 machineId, address provider)
func NodeRegistryMachineOwnedByOtherErrorID() common.Hash {
	return common.HexToHash("0x291338a6f9907b4a5c1b66da6c5028b55de0164d38fb1c9234e49a3fa30e4c32")
}

// UnpackMachineOwnedByOtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineOwnedByOther(bytes32 machineId, address provider)
func (nodeRegistry *NodeRegistry) UnpackMachineOwnedByOtherError(raw []byte) (*NodeRegistryMachineOwnedByOther, error) {
	out := new(NodeRegistryMachineOwnedByOther)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "MachineOwnedByOther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotAnInspector represents a NotAnInspector error raised by the NodeRegistry contract.
type NodeRegistryNotAnInspector struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnInspector(address account)
func NodeRegistryNotAnInspectorErrorID() common.Hash {
	return common.HexToHash("0x54dcc5504a458ac7d7aa2a37f71bf2e31e6b42ceccc61bac857bef63736ea9d6")
}

// UnpackNotAnInspectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnInspector(address account)
func (nodeRegistry *NodeRegistry) UnpackNotAnInspectorError(raw []byte) (*NodeRegistryNotAnInspector, error) {
	out := new(NodeRegistryNotAnInspector)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotAnInspector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotLeaseEscrow represents a NotLeaseEscrow error raised by the NodeRegistry contract.
type NodeRegistryNotLeaseEscrow struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLeaseEscrow(address caller)
func NodeRegistryNotLeaseEscrowErrorID() common.Hash {
	return common.HexToHash("0x7e72b5208a0d355bc688ee31b8fb8610bf95f230b96d86f155860be6148c4c41")
}

// UnpackNotLeaseEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLeaseEscrow(address caller)
func (nodeRegistry *NodeRegistry) UnpackNotLeaseEscrowError(raw []byte) (*NodeRegistryNotLeaseEscrow, error) {
	out := new(NodeRegistryNotLeaseEscrow)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotLeaseEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotMachineProvider represents a NotMachineProvider error raised by the NodeRegistry contract.
type NodeRegistryNotMachineProvider struct {
	MachineId [32]byte
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMachineProvider(bytes32 machineId, address caller)
func NodeRegistryNotMachineProviderErrorID() common.Hash {
	return common.HexToHash("0x141de4ffa8e750347dbfa34fe825df1f77fff2d4e54b7077362854d8b9d9b6a6")
}

// UnpackNotMachineProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMachineProvider(bytes32 machineId, address caller)
func (nodeRegistry *NodeRegistry) UnpackNotMachineProviderError(raw []byte) (*NodeRegistryNotMachineProvider, error) {
	out := new(NodeRegistryNotMachineProvider)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotMachineProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotStaking represents a NotStaking error raised by the NodeRegistry contract.
type NodeRegistryNotStaking struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaking(address caller)
func NodeRegistryNotStakingErrorID() common.Hash {
	return common.HexToHash("0x77b08152bba8966acd93e1bf66172ec669aa590fac3e2929293562553a115ed6")
}

// UnpackNotStakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaking(address caller)
func (nodeRegistry *NodeRegistry) UnpackNotStakingError(raw []byte) (*NodeRegistryNotStaking, error) {
	out := new(NodeRegistryNotStaking)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotStaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the NodeRegistry contract.
type NodeRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func NodeRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (nodeRegistry *NodeRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*NodeRegistryOwnableInvalidOwner, error) {
	out := new(NodeRegistryOwnableInvalidOwner)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the NodeRegistry contract.
type NodeRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func NodeRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (nodeRegistry *NodeRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*NodeRegistryOwnableUnauthorizedAccount, error) {
	out := new(NodeRegistryOwnableUnauthorizedAccount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the NodeRegistry contract.
type NodeRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func NodeRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (nodeRegistry *NodeRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*NodeRegistryReentrancyGuardReentrantCall, error) {
	out := new(NodeRegistryReentrancyGuardReentrantCall)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the NodeRegistry contract.
type NodeRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func NodeRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (nodeRegistry *NodeRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*NodeRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(NodeRegistrySafeCastOverflowedUintDowncast)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryStringTooLong represents a StringTooLong error raised by the NodeRegistry contract.
type NodeRegistryStringTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func NodeRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0xc874dfa58fe3c504155fc1f7f8ed25493067c31b7821528a4b5b9e0134b42101")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func (nodeRegistry *NodeRegistry) UnpackStringTooLongError(raw []byte) (*NodeRegistryStringTooLong, error) {
	out := new(NodeRegistryStringTooLong)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryTooManyGpus represents a TooManyGpus error raised by the NodeRegistry contract.
type NodeRegistryTooManyGpus struct {
	GpuCount *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyGpus(uint256 gpuCount, uint256 max)
func NodeRegistryTooManyGpusErrorID() common.Hash {
	return common.HexToHash("0xd9a9ddab14ceacd701cf0525817365c4d17c364b1a045e460f02ebb7f0e57348")
}

// UnpackTooManyGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyGpus(uint256 gpuCount, uint256 max)
func (nodeRegistry *NodeRegistry) UnpackTooManyGpusError(raw []byte) (*NodeRegistryTooManyGpus, error) {
	out := new(NodeRegistryTooManyGpus)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "TooManyGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryUnknownMachineIndex represents a UnknownMachineIndex error raised by the NodeRegistry contract.
type NodeRegistryUnknownMachineIndex struct {
	Index uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMachineIndex(uint32 index)
func NodeRegistryUnknownMachineIndexErrorID() common.Hash {
	return common.HexToHash("0xdef67166da75276b32ddde3a03fec33613de49a3856c3ca4d8f7587b84f93db9")
}

// UnpackUnknownMachineIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMachineIndex(uint32 index)
func (nodeRegistry *NodeRegistry) UnpackUnknownMachineIndexError(raw []byte) (*NodeRegistryUnknownMachineIndex, error) {
	out := new(NodeRegistryUnknownMachineIndex)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "UnknownMachineIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryVerificationMismatch represents a VerificationMismatch error raised by the NodeRegistry contract.
type NodeRegistryVerificationMismatch struct {
	MachineId [32]byte
	GpuClass  [32]byte
	GpuCount  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerificationMismatch(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount)
func NodeRegistryVerificationMismatchErrorID() common.Hash {
	return common.HexToHash("0xe8d3021fa4872c997a55b57dfcfc1d5829946091813fab4c33189a3ad5463606")
}

// UnpackVerificationMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerificationMismatch(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount)
func (nodeRegistry *NodeRegistry) UnpackVerificationMismatchError(raw []byte) (*NodeRegistryVerificationMismatch, error) {
	out := new(NodeRegistryVerificationMismatch)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "VerificationMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryVerificationNotNewer represents a VerificationNotNewer error raised by the NodeRegistry contract.
type NodeRegistryVerificationNotNewer struct {
	VerifiedAt uint64
	Current    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerificationNotNewer(uint64 verifiedAt, uint64 current)
func NodeRegistryVerificationNotNewerErrorID() common.Hash {
	return common.HexToHash("0xd8e0bd7f3df50874a09e99d011dcf44cfbe6eded1d04a306df3f71935d449494")
}

// UnpackVerificationNotNewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerificationNotNewer(uint64 verifiedAt, uint64 current)
func (nodeRegistry *NodeRegistry) UnpackVerificationNotNewerError(raw []byte) (*NodeRegistryVerificationNotNewer, error) {
	out := new(NodeRegistryVerificationNotNewer)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "VerificationNotNewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryVerificationTtlOutOfRange represents a VerificationTtlOutOfRange error raised by the NodeRegistry contract.
type NodeRegistryVerificationTtlOutOfRange struct {
	Ttl uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerificationTtlOutOfRange(uint64 ttl)
func NodeRegistryVerificationTtlOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xee5c3a8630231fb9ac8cc683a2778025ec4f08a3734beac6c7c813dc4a50f911")
}

// UnpackVerificationTtlOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerificationTtlOutOfRange(uint64 ttl)
func (nodeRegistry *NodeRegistry) UnpackVerificationTtlOutOfRangeError(raw []byte) (*NodeRegistryVerificationTtlOutOfRange, error) {
	out := new(NodeRegistryVerificationTtlOutOfRange)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "VerificationTtlOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroAddress represents a ZeroAddress error raised by the NodeRegistry contract.
type NodeRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func NodeRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (nodeRegistry *NodeRegistry) UnpackZeroAddressError(raw []byte) (*NodeRegistryZeroAddress, error) {
	out := new(NodeRegistryZeroAddress)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroGpuClass represents a ZeroGpuClass error raised by the NodeRegistry contract.
type NodeRegistryZeroGpuClass struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGpuClass()
func NodeRegistryZeroGpuClassErrorID() common.Hash {
	return common.HexToHash("0xe54acefe7949ed95981357894f00be4d13c0e3cd08b7d73728ba9a84a15e85f8")
}

// UnpackZeroGpuClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGpuClass()
func (nodeRegistry *NodeRegistry) UnpackZeroGpuClassError(raw []byte) (*NodeRegistryZeroGpuClass, error) {
	out := new(NodeRegistryZeroGpuClass)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroGpuClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroGpus represents a ZeroGpus error raised by the NodeRegistry contract.
type NodeRegistryZeroGpus struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGpus()
func NodeRegistryZeroGpusErrorID() common.Hash {
	return common.HexToHash("0xf4b48dbd3a6a79d7f98c7f67d664fb5ff7eecd69032188980e067a42f9584dcd")
}

// UnpackZeroGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGpus()
func (nodeRegistry *NodeRegistry) UnpackZeroGpusError(raw []byte) (*NodeRegistryZeroGpus, error) {
	out := new(NodeRegistryZeroGpus)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroMachineId represents a ZeroMachineId error raised by the NodeRegistry contract.
type NodeRegistryZeroMachineId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMachineId()
func NodeRegistryZeroMachineIdErrorID() common.Hash {
	return common.HexToHash("0x68a26617a66bdd51de2c4b0b14fea6076aafc2f847cabfe0652ebb2d2eeebb83")
}

// UnpackZeroMachineIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMachineId()
func (nodeRegistry *NodeRegistry) UnpackZeroMachineIdError(raw []byte) (*NodeRegistryZeroMachineId, error) {
	out := new(NodeRegistryZeroMachineId)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroMachineId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
