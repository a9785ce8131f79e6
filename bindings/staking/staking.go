// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package staking

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

// IStakingMachine is an auto generated low-level Go binding around an user-defined struct.
type IStakingMachine struct {
	Provider     common.Address
	GpuCount     uint32
	ReservedGpus uint32
	Listed       bool
	GpuClass     [32]byte
	LockedStake  *big.Int
	MetadataCID  string
}

// IStakingStakeInfo is an auto generated low-level Go binding around an user-defined struct.
type IStakingStakeInfo struct {
	Active    *big.Int
	Unbonding *big.Int
	Locked    *big.Int
	Unbonds   []IStakingUnbondEntry
}

// IStakingUnbondEntry is an auto generated low-level Go binding around an user-defined struct.
type IStakingUnbondEntry struct {
	Amount         *big.Int
	WithdrawableAt uint64
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"unbondingPeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"inspectorMinStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_REPORTER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MIN_STAKE_PER_GPU\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PENDING_UNBONDS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_RENTER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPORTERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPORTER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_UNBONDING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_UNBONDING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelUnbond\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delistMachine\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"freeStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inspectorMinStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isActiveInspector\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaseEscrow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"listMachine\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"machine\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIStaking.Machine\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"reservedGpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"listed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"lockedStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"machineProvider\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minStakePerGpu\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingUnbonds\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"releaseGpus\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reporterBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reserveGpus\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setInspectorMinStake\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLeaseEscrow\",\"inputs\":[{\"name\":\"leaseEscrow_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinStakePerGpu\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuorum\",\"inputs\":[{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setReporterBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingPeriod\",\"inputs\":[{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"offender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"renterBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"reporters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"evidenceId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeFor\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeInfo\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structIStaking.StakeInfo\",\"components\":[{\"name\":\"active\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonds\",\"type\":\"tuple[]\",\"internalType\":\"structIStaking.UnbondEntry[]\",\"components\":[{\"name\":\"amount\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"withdrawableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unbond\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unbondingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateMachineMetadata\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"GpusReleased\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpus\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"reservedGpus\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GpusReserved\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpus\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"reservedGpus\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InspectorMinStakeSet\",\"inputs\":[{\"name\":\"oldMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseEscrowSet\",\"inputs\":[{\"name\":\"leaseEscrow\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineDelisted\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"unlockedStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"lockedStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MachineMetadataUpdated\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"metadataCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinStakePerGpuSet\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"oldMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProviderUnderCollateralised\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumSet\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReporterBpsSet\",\"inputs\":[{\"name\":\"oldBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"offender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"evidenceId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"requested\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"burned\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toRenter\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toReporters\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondCancelled\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondStarted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"withdrawableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondingPeriodSet\",\"inputs\":[{\"name\":\"oldPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"newPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"GpusStillReserved\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reservedGpus\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InsufficientCollateral\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientFreeGpus\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"free\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InsufficientFreeStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"free\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeaseEscrowAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MachineAlreadyListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"MachineNotListed\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"MachineOwnedByOther\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"MinStakeTooHigh\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotLeaseEscrow\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotMachineProvider\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"QuorumAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReleaseExceedsReserved\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reserved\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"requested\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RenterBpsTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RenterShareWithoutRenter\",\"inputs\":[{\"name\":\"renterBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"ReporterBpsTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooManyPendingUnbonds\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyReporters\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnbondIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnbondingPeriodOutOfRange\",\"inputs\":[{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"min\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownGpuClass\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroGpuClass\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroGpus\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroMachineId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroReporter\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "Staking",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161452438038061452483398101604081905261002e916102bd565b826001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006681610104565b506001600160a01b03841661008e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384166080526100a482610120565b6100ad816101f9565b6003805461ffff60e01b1916607d60e21b179055604080515f81526101f460208201527fd7e5e1ab90255dbfd93dd1df1dbe5dfa399b46b12b9d9f16fb86fd2a65ca8d0a910160405180910390a150505050610318565b600180546001600160a01b031916905561011d8161025a565b50565b620151806001600160401b038216108061014557506276a7006001600160401b038216115b1561017f5760405162bf5a9d60e01b81526001600160401b03821660048201526201518060248201526276a7006044820152606401610054565b600354604080516001600160401b03600160a01b9093048316815291831660208301527f18382cb56dd35382d4c7304af8b017ef853a4b3d3c794250634d06be43874270910160405180910390a1600380546001600160401b03909216600160a01b02600160a01b600160e01b0319909216919091179055565b805f0361021957604051631f2a200560e01b815260040160405180910390fd5b60045460408051918252602082018390527f59058ea4304c6704306ec3ed8c27837735e4d4201d99e1aaa2478ff0580d42a5910160405180910390a1600455565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461011d575f5ffd5b5f5f5f5f608085870312156102d0575f5ffd5b84516102db816102a9565b60208601519094506102ec816102a9565b60408601519093506001600160401b0381168114610308575f5ffd5b6060959095015193969295505050565b6080516141d16103535f395f81816105ab015281816123b301528181612d8e01528181612dd201528181612e2e015261311001526141d15ff3fe608060405234801561000f575f5ffd5b50600436106102f9575f3560e01c80638e445d3311610192578063b94770d1116100e8578063e30c397811610093578063f10d1de11161006e578063f10d1de11461071a578063f2fde38b1461072d578063fa8b48bb14610740575f5ffd5b8063e30c3978146106b4578063eac1fd67146106c5578063ecefbdc6146106d8575f5ffd5b8063d7af98f0116100c3578063d7af98f01461067b578063d9499bc91461068e578063dd752e55146106a1575f5ffd5b8063b94770d11461064c578063c6ab5d901461065f578063d4af96d014610672575f5ffd5b8063a324c89711610148578063a5e1870c11610123578063a5e1870c14610607578063b077415814610626578063b19c75db14610639575f5ffd5b8063a324c897146105cd578063a4015360146105d6578063a40bfc56146105fe575f5ffd5b806392de473b1161017857806392de473b1461058a578063a01e352014610593578063a23836ef146105a6575f5ffd5b80638e445d33146105785780638f75da1c14610582575f5ffd5b806348775b701161025257806380b112bd116101fd578063872c32fa116101d8578063872c32fa146104ca5780638b69c810146105275780638da5cb5b14610568575f5ffd5b806380b112bd1461048457806383120130146104a457806384342f05146104b7575f5ffd5b8063715018a61161022d578063715018a61461046c57806379ba5097146104745780637e8584c31461047c575f5ffd5b806348775b70146103fe5780636cf6d675146104115780636f3cccac14610456575f5ffd5b806319aada5a116102b2578063403a898b1161028d578063403a898b146103c557806343fe547a146103d857806344c99d11146103eb575f5ffd5b806319aada5a14610388578063249d39e9146103a95780632b2af270146103b2575f5ffd5b806314e77810116102e257806314e77810146103255780631703a0181461033857806318e2b31914610368575f5ffd5b806304173e9f146102fd5780630f54d63d14610312575b5f5ffd5b61031061030b3660046137c8565b61074a565b005b610310610320366004613848565b610ae2565b6103106103333660046137c8565b610e2f565b60025461034b906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b61037b6103763660046138ab565b6111b6565b60405161035f919061390e565b61039b610396366004613998565b611356565b60405190815260200161035f565b61039b61271081565b6103106103c03660046139cb565b6113cf565b6103106103d33660046139eb565b6114ca565b6103106103e6366004613a0c565b611676565b6103106103f9366004613a65565b6116c4565b61031061040c3660046139eb565b6117f4565b60035461043d9074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161035f565b61039b6ec097ce7bc90715b34b9f100000000081565b610310611ad7565b610310611aea565b61039b600881565b610497610492366004613998565b611b47565b60405161035f9190613b61565b60035461034b906001600160a01b031681565b6103106104c5366004613bfc565b611d1b565b6105176104d8366004613c15565b6004546001600160a01b03919091165f908152600660209081526040808320600184529091529020546effffffffffffffffffffffffffffff16101590565b604051901515815260200161035f565b600354610555907c0100000000000000000000000000000000000000000000000000000000900461ffff1681565b60405161ffff909116815260200161035f565b5f546001600160a01b031661034b565b61043d6276a70081565b61039b601081565b61039b60045481565b6103106105a13660046138ab565b611e28565b61034b7f000000000000000000000000000000000000000000000000000000000000000081565b61055561232881565b61034b6105e43660046138ab565b5f908152600760205260409020546001600160a01b031690565b6105556101f481565b61039b6106153660046138ab565b60056020525f908152604090205481565b610310610634366004613c15565b611e39565b61039b610647366004613998565b611f25565b61039b61065a366004613998565b612020565b61039b61066d366004613c30565b612078565b6105556103e881565b610310610689366004613c15565b6123ea565b61031061069c3660046138ab565b6124d6565b6103106106af3660046137c8565b612608565b6001546001600160a01b031661034b565b6103106106d3366004613c49565b612627565b6105176106e63660046138ab565b5f908152600760205260409020547c0100000000000000000000000000000000000000000000000000000000900460ff1690565b610310610728366004613c85565b612687565b61031061073b366004613c15565b612698565b61043d6201518081565b335f9081526006602052604081208184600181111561076b5761076b613cac565b600181111561077c5761077c613cac565b815260208101919091526040015f2080549091507e01000000000000000000000000000000000000000000000000000000000000900460ff168083106107fd576040517f9e608ad000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044015b60405180910390fd5b5f82600201846008811061081357610813613cd9565b01546fffffffffffffffffffffffffffffffff1690505f610835856001613d33565b90505b8281101561090d5783600201816008811061085557610855613cd9565b0160028501610865600184613d46565b6008811061087557610875613cd9565b8254910180546fffffffffffffffffffffffffffffffff9092167fffffffffffffffffffffffffffffffff0000000000000000000000000000000083168117825592547fffffffffffffffff0000000000000000000000000000000000000000000000009092169092177001000000000000000000000000000000009182900467ffffffffffffffff16909102179055600101610838565b506002830161091d600184613d46565b6008811061092d5761092d613cd9565b0180547fffffffffffffffff000000000000000000000000000000000000000000000000169055825481908490600f9061098c9084906f0100000000000000000000000000000090046effffffffffffffffffffffffffffff16613d59565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff16021790555080835f015f8282829054906101000a90046effffffffffffffffffffffffffffff166109ec9190613d80565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff160217905550600182610a2d9190613d46565b835460ff919091167e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116178355846001811115610a8f57610a8f613cac565b604080518681526fffffffffffffffffffffffffffffffff8416602082015233917f5e60a196b54773bb256016ae0d2bda7d975d01b028d898ec2ed538e313b39a3c910160405180910390a35050505050565b84610b19576040517f68a2661700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8263ffffffff165f03610b58576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526005602052604081205490819003610ba3576040517f7793fccd000000000000000000000000000000000000000000000000000000008152600481018690526024016107f4565b5f86815260076020526040902080547c0100000000000000000000000000000000000000000000000000000000900460ff1615610c0f576040517f2f5cb868000000000000000000000000000000000000000000000000000000008152600481018890526024016107f4565b80546001600160a01b031615801590610c32575080546001600160a01b03163314155b15610c7e5780546040517f291338a6000000000000000000000000000000000000000000000000000000008152600481018990526001600160a01b0390911660248201526044016107f4565b335f908152600660209081526040808320838052909152812090610ca863ffffffff881685613da7565b90505f610cb483612720565b905081811015610cf857335f82846040517f3b69a0010000000000000000000000000000000000000000000000000000000081526004016107f49493929190613df7565b81836001015f828254610d0b9190613d33565b90915550508354600185018a90557c01000000000000000000000000000000000000000000000000000000007fffffffffffffffff000000000000000000000000000000000000000000000000909116337fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000063ffffffff8b1602177fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff161784556002840182905560038401610dd9878983613efa565b5088336001600160a01b03168b7fae7148de8447baaf6d9f26eba26c84d83dcfe365aa5c4ac19ff14592c8b8dedc8b868c8c604051610e1b9493929190614019565b60405180910390a450505050505050505050565b805f03610e68576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260066020526040812081846001811115610e8957610e89613cac565b6001811115610e9a57610e9a613cac565b81526020019081526020015f2090505f610eb382612720565b905080831115610ef757338482856040517f3b69a0010000000000000000000000000000000000000000000000000000000081526004016107f49493929190613df7565b81547e01000000000000000000000000000000000000000000000000000000000000900460ff1660088110610f5f57338560086040517f13e03fd30000000000000000000000000000000000000000000000000000000081526004016107f493929190614048565b6003545f90610f909074010000000000000000000000000000000000000000900467ffffffffffffffff1642614073565b8454909150859085905f90610fb79084906effffffffffffffffffffffffffffff16613d59565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff16021790555084845f01600f8282829054906101000a90046effffffffffffffffffffffffffffff166110189190613d80565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff1602179055508160016110599190613d33565b845460ff919091167e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116178455604080518082019091526fffffffffffffffffffffffffffffffff8616815267ffffffffffffffff821660208201526002850183600881106110ed576110ed613cd9565b82519101805460209093015167ffffffffffffffff16700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009093166fffffffffffffffffffffffffffffffff9092169190911791909117905585600181111561116a5761116a613cac565b6040805187815267ffffffffffffffff8416602082015233917f95b4048a03baf435f16ea8792e4fe6fa2f882cf09ba0c7d323eeb4093c040bcb910160405180910390a3505050505050565b6112076040518060e001604052805f6001600160a01b031681526020015f63ffffffff1681526020015f63ffffffff1681526020015f151581526020015f81526020015f8152602001606081525090565b5f82815260076020908152604091829020825160e08101845281546001600160a01b038116825274010000000000000000000000000000000000000000810463ffffffff9081169483019490945278010000000000000000000000000000000000000000000000008104909316938101939093527c010000000000000000000000000000000000000000000000000000000090910460ff161515606083015260018101546080830152600281015460a083015260038101805460c0840191906112cf90613e53565b80601f01602080910402602001604051908101604052809291908181526020018280546112fb90613e53565b80156113465780601f1061131d57610100808354040283529160200191611346565b820191905f5260205f20905b81548152906001019060200180831161132957829003601f168201915b5050505050815250509050919050565b6001600160a01b0382165f9081526006602052604081208183600181111561138057611380613cac565b600181111561139157611391613cac565b815260208101919091526040015f20547e01000000000000000000000000000000000000000000000000000000000000900460ff1690505b92915050565b6113d761275a565b8161140e576040517fe54acefe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6ec097ce7bc90715b34b9f100000000081111561146f576040517f7fd0aa45000000000000000000000000000000000000000000000000000000008152600481018290526ec097ce7bc90715b34b9f100000000060248201526044016107f4565b5f8281526005602090815260409182902054825190815290810183905283917fbeed2c88534552fbf7787300d1d4bf20bb41f13b47fbf66f59139c3ed1a4dd8b910160405180910390a25f9182526005602052604090912055565b6003546001600160a01b03163314611510576040517f7e72b5200000000000000000000000000000000000000000000000000000000081523360048201526024016107f4565b8063ffffffff165f0361154f576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f828152600760205260409020805463ffffffff780100000000000000000000000000000000000000000000000090910481169083168110156115d5576040517f672441980000000000000000000000000000000000000000000000000000000081526004810185905263ffffffff8083166024830152841660448201526064016107f4565b6115df8382614093565b82547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000063ffffffff838116918202929092178555604080519287168352602083019190915291925085917fa8e001f544d37b056efb881fb4ebc810607b33f3b84750cb97a2c4eaecdf14a891015b60405180910390a250505050565b5f6116808461279f565b905060038101611691838583613efa565b50837f4a9842e32a3df742e6c639db7981f154e80ea30b86751167522406bd4554048084846040516116689291906140af565b6116cc612856565b6002546001600160a01b03168061170f576040517f1435d15c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61171d8b8a8a8a8a8a61288b565b806001600160a01b0316637c283c226003866117808f8f600181111561174557611745613cac565b8f8f8f8f8f808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250612a7692505050565b87876040518663ffffffff1660e01b81526004016117a29594939291906140c2565b5f604051808303815f87803b1580156117b9575f5ffd5b505af11580156117cb573d5f5f3e3d5ffd5b505050506117df8b8b8b8b8b8b8b8b612b4e565b506117e8612e9d565b50505050505050505050565b6003546001600160a01b0316331461183a576040517f7e72b5200000000000000000000000000000000000000000000000000000000081523360048201526024016107f4565b8063ffffffff165f03611879576040517ff4b48dbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82815260076020526040902080547c0100000000000000000000000000000000000000000000000000000000900460ff166118e4576040517fe888bd8c000000000000000000000000000000000000000000000000000000008152600481018490526024016107f4565b805463ffffffff780100000000000000000000000000000000000000000000000082048116915f916119319184917401000000000000000000000000000000000000000090910416614093565b90508063ffffffff168463ffffffff161115611990576040517f905487d30000000000000000000000000000000000000000000000000000000081526004810186905263ffffffff8083166024830152851660448201526064016107f4565b82546001600160a01b03165f9081526006602090815260408083208380529091529020600181015481546effffffffffffffffffffffffffffff161015611a35578354815460018301546040517f4f4d34e40000000000000000000000000000000000000000000000000000000081526001600160a01b0390931660048401526effffffffffffffffffffffffffffff909116602483015260448201526064016107f4565b611a3f85846140f5565b84547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000063ffffffff838116918202929092178755604080519289168352602083019190915291945087917ffff1637b29e560a9684689497e2968fecefc7c7c12082d83ed3b46cecc26c3bc910160405180910390a2505050505050565b611adf61275a565b611ae85f612ec7565b565b60015433906001600160a01b03168114611b3b576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016107f4565b611b4481612ec7565b50565b611b6f60405180608001604052805f81526020015f81526020015f8152602001606081525090565b6001600160a01b0383165f90815260066020526040812081846001811115611b9957611b99613cac565b6001811115611baa57611baa613cac565b815260208082019290925260409081015f2080546effffffffffffffffffffffffffffff80821687526f010000000000000000000000000000008204169386019390935260018101549185019190915291507e01000000000000000000000000000000000000000000000000000000000000900460ff168067ffffffffffffffff811115611c3a57611c3a613e26565b604051908082528060200260200182016040528015611c7e57816020015b604080518082019091525f8082526020820152815260200190600190039081611c585790505b5060608401525f5b81811015611d1257826002018160088110611ca357611ca3613cd9565b604080518082019091529101546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000900467ffffffffffffffff1660208201526060850151805183908110611cff57611cff613cd9565b6020908102919091010152600101611c86565b50505092915050565b611d2361275a565b6103e861ffff82161115611d71576040517fc24583ab00000000000000000000000000000000000000000000000000000000815261ffff821660048201526103e860248201526044016107f4565b6003546040805161ffff7c01000000000000000000000000000000000000000000000000000000009093048316815291831660208301527fd7e5e1ab90255dbfd93dd1df1dbe5dfa399b46b12b9d9f16fb86fd2a65ca8d0a910160405180910390a16003805461ffff9092167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff909216919091179055565b611e3061275a565b611b4481612ef8565b611e4161275a565b6001600160a01b038116611e81576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b031615611ec4576040517ff329042900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f0b1170e4522b13d041892f25c7855f2f9b35dbfca854ff702a7e9ed406d61bb3905f90a250565b6001600160a01b0382165f908152600660205260408120819081846001811115611f5157611f51613cac565b6001811115611f6257611f62613cac565b815260208101919091526040015f90812080549092507e01000000000000000000000000000000000000000000000000000000000000900460ff16905b81811015611d125742836002018260088110611fbd57611fbd613cd9565b0154700100000000000000000000000000000000900467ffffffffffffffff161161201857826002018160088110611ff757611ff7613cd9565b0154612015906fffffffffffffffffffffffffffffffff1685613d33565b93505b600101611f9f565b6001600160a01b0382165f908152600660205260408120612071908284600181111561204e5761204e613cac565b600181111561205f5761205f613cac565b81526020019081526020015f20612720565b9392505050565b5f612081612856565b335f908152600660205260408120818460018111156120a2576120a2613cac565b60018111156120b3576120b3613cac565b815260208101919091526040015f90812080549092507e01000000000000000000000000000000000000000000000000000000000000900460ff1690805b82811015612222575f84600201826008811061210f5761210f613cd9565b604080518082019091529101546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000900467ffffffffffffffff1660208201819052909150421061218457805161217d906fffffffffffffffffffffffffffffffff1687613d33565b9550612219565b81831461220d57808560020184600881106121a1576121a1613cd9565b82519101805460209093015167ffffffffffffffff16700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009093166fffffffffffffffffffffffffffffffff909216919091179190911790555b61221683614111565b92505b506001016120f1565b50835f036122605733856040517fe5baea160000000000000000000000000000000000000000000000000000000081526004016107f4929190614129565b805b828110156122ae5783600201816008811061227f5761227f613cd9565b0180547fffffffffffffffff000000000000000000000000000000000000000000000000169055600101612262565b50825484908490600f906122e79084906f0100000000000000000000000000000090046effffffffffffffffffffffffffffff16613d59565b82546101009290920a6effffffffffffffffffffffffffffff8181021990931691909216919091021790555082547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000060ff83160217835584600181111561237157612371613cac565b60405185815233907f83637d0d125e3dae88720b1ad229ce05c339c065b6282caf315dcb35a999d6d49060200160405180910390a36123da6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163386612f72565b5050506123e5612e9d565b919050565b6123f261275a565b6001600160a01b038116612432576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546001600160a01b031615612475576040517f4821f12400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fdc4458b78002785f4ea6d934204d8c4be1cb848852ab4dbe9be06bdf9ef65693905f90a250565b5f6124e08261279f565b80549091507801000000000000000000000000000000000000000000000000900463ffffffff161561256b5780546040517fe86a6bde00000000000000000000000000000000000000000000000000000000815260048101849052780100000000000000000000000000000000000000000000000090910463ffffffff1660248201526044016107f4565b60028101805482547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1683555f9182905533825260066020908152604080842084805290915282206001018054919283926125c7908490613d46565b9091555050604051818152339084907fe19b9205b516a67c7e6f2ca5fcc27ab513c7f38dbedd239016c2e433261ed72f9060200160405180910390a3505050565b612610612856565b61261b338383612fc0565b612623612e9d565b5050565b61262f612856565b6001600160a01b03831661266f576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61267a838383612fc0565b612682612e9d565b505050565b61268f61275a565b611b448161313f565b6126a061275a565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556126e85f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b805460018201545f916effffffffffffffffffffffffffffff1690808211612748575f612752565b6127528183613d46565b949350505050565b5f546001600160a01b03163314611ae8576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016107f4565b5f81815260076020526040902080547c0100000000000000000000000000000000000000000000000000000000900460ff1661280a576040517fe888bd8c000000000000000000000000000000000000000000000000000000008152600481018390526024016107f4565b80546001600160a01b031633146123e5576040517f141de4ff000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044016107f4565b61285e61326d565b611ae860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906132c6565b6001600160a01b0386166128cb576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b845f03612904576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61232861ffff84161115612952576040517f7caa453300000000000000000000000000000000000000000000000000000000815261ffff8416600482015261232860248201526044016107f4565b61ffff83161580159061296c57506001600160a01b038416155b156129a9576040517f99d7d55f00000000000000000000000000000000000000000000000000000000815261ffff841660048201526024016107f4565b8060108111156129ef576040517f73ec4aaf00000000000000000000000000000000000000000000000000000000815260048101829052601060248201526044016107f4565b5f5b81811015612a6c575f848483818110612a0c57612a0c613cd9565b9050602002016020810190612a219190613c15565b6001600160a01b031603612a64576040517ffd2d2268000000000000000000000000000000000000000000000000000000008152600481018290526024016107f4565b6001016129f1565b5050505050505050565b5f7fd18c298805fff0a96fe0173339a0d7abb945df174a1022ac80e9b7d58caf3177878787878787604051602001612aae9190614146565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301989098526001600160a01b039687169082015260ff909416606085015260808401929092529290921660a082015261ffff90911660c082015260e0810191909152610100016040516020818303038152906040528051906020012090509695505050505050565b5f612b5a8989896132cd565b9050825f8115612bb457600354829061271090612b9b907c0100000000000000000000000000000000000000000000000000000000900461ffff1686613da7565b612ba59190614184565b612baf9190614184565b612bb6565b5f5b90505f612710612bca61ffff8a1686613da7565b612bd49190614184565b90505f81612be28585613da7565b612bec9087613d46565b612bf69190613d46565b9050858c6001811115612c0b57612c0b613cac565b6001600160a01b038f167fa55fb9a68f2d2fa4c72bdc5a1d52e39da7c509993791af5ee5f7746db60e29ab8e898688612c448c8c613da7565b604080519586526020860194909452928401919091526060830152608082015260a00160405180910390a45f8c6001811115612c8257612c82613cac565b03612d4a576001600160a01b038d165f9081526006602090815260408083208380529091529020600181015481546effffffffffffffffffffffffffffff161015612d48578d6001600160a01b03167f4f87dcb8aaf4767a6dd35dbaa5090ccda41bdaf04fc5df86af3ad94023c96407825f015f9054906101000a90046effffffffffffffffffffffffffffff168360010154604051612d3f9291906effffffffffffffffffffffffffffff929092168252602082015260400190565b60405180910390a25b505b8215612dbf575f5b84811015612dbd57612db5898983818110612d6f57612d6f613cd9565b9050602002016020810190612d849190613c15565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169086612f72565b600101612d52565b505b8115612df957612df96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168b84612f72565b8015612e8e576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b158015612e77575f5ffd5b505af1158015612e89573d5f5f3e3d5ffd5b505050505b50505050505050505050505050565b611ae85f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612885565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055611b44816135a5565b805f03612f31576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60045460408051918252602082018390527f59058ea4304c6704306ec3ed8c27837735e4d4201d99e1aaa2478ff0580d42a5910160405180910390a1600455565b612f7f838383600161360c565b612682576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016107f4565b805f03612ff9576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f9081526006602052604081208184600181111561302357613023613cac565b600181111561303457613034613cac565b815260208101919091526040015f90812080549092506130669084906effffffffffffffffffffffffffffff16613d33565b905061307181613687565b82547fffffffffffffffffffffffffffffffffff000000000000000000000000000000166effffffffffffffffffffffffffffff91909116178255338460018111156130bf576130bf613cac565b60408051868152602081018590526001600160a01b038916917f6cf68e8afa78ffa53ee277df7e8f54c7465b0fcca27ec8820e35052340978cd5910160405180910390a46131386001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866136df565b5050505050565b6201518067ffffffffffffffff8216108061316657506276a70067ffffffffffffffff8216115b156131ba576040517ebf5a9d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526201518060248201526276a70060448201526064016107f4565b6003546040805167ffffffffffffffff740100000000000000000000000000000000000000009093048316815291831660208301527f18382cb56dd35382d4c7304af8b017ef853a4b3d3c794250634d06be43874270910160405180910390a16003805467ffffffffffffffff90921674010000000000000000000000000000000000000000027fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff909216919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611ae8576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6001600160a01b0383165f9081526006602052604081208190818560018111156132f9576132f9613cac565b600181111561330a5761330a613cac565b815260208101919091526040015f90812080549092506effffffffffffffffffffffffffffff169081851061333f5781613341565b845b83549091506f0100000000000000000000000000000090046effffffffffffffffffffffffffffff165f6133758388613d46565b9050818111156133825750805b61338c8385613d46565b85547fffffffffffffffffffffffffffffffffff000000000000000000000000000000166effffffffffffffffffffffffffffff91909116178555801561358e576133d78183613d46565b85546effffffffffffffffffffffffffffff919091166f01000000000000000000000000000000027fffff000000000000000000000000000000ffffffffffffffffffffffffffffff9091161780865560ff7e0100000000000000000000000000000000000000000000000000000000000090910416815b801561353d575f60028801613465600185613d46565b6008811061347557613475613cd9565b0180549091506fffffffffffffffffffffffffffffffff168281116134ec5761349e8184613d46565b9250600289016134ad856141bc565b945084600881106134c0576134c0613cd9565b0180547fffffffffffffffff000000000000000000000000000000000000000000000000169055613536565b6134f68382613d46565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff919091161782555f92505b505061344f565b50855460ff9091167e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091161785555b6135988184613d33565b9998505050505050505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661367b57838315161561366f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6effffffffffffffffffffffffffffff8211156136db576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260786004820152602481018390526044016107f4565b5090565b6136ed848484846001613734565b61372e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107f4565b50505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166137a957838315161561379d573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b8035600281106123e5575f5ffd5b5f5f604083850312156137d9575f5ffd5b6137e2836137ba565b946020939093013593505050565b803563ffffffff811681146123e5575f5ffd5b5f5f83601f840112613813575f5ffd5b50813567ffffffffffffffff81111561382a575f5ffd5b602083019150836020828501011115613841575f5ffd5b9250929050565b5f5f5f5f5f6080868803121561385c575f5ffd5b8535945060208601359350613873604087016137f0565b9250606086013567ffffffffffffffff81111561388e575f5ffd5b61389a88828901613803565b969995985093965092949392505050565b5f602082840312156138bb575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081526001600160a01b03825116602082015263ffffffff602083015116604082015263ffffffff60408301511660608201525f6060830151613956608084018215159052565b50608083015160a083015260a083015160c083015260c083015160e0808401526127526101008401826138c2565b6001600160a01b0381168114611b44575f5ffd5b5f5f604083850312156139a9575f5ffd5b82356139b481613984565b91506139c2602084016137ba565b90509250929050565b5f5f604083850312156139dc575f5ffd5b50508035926020909101359150565b5f5f604083850312156139fc575f5ffd5b823591506139c2602084016137f0565b5f5f5f60408486031215613a1e575f5ffd5b83359250602084013567ffffffffffffffff811115613a3b575f5ffd5b613a4786828701613803565b9497909650939450505050565b803561ffff811681146123e5575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101008b8d031215613a7f575f5ffd5b8a35613a8a81613984565b9950613a9860208c016137ba565b985060408b0135975060608b0135613aaf81613984565b9650613abd60808c01613a54565b955060a08b013567ffffffffffffffff811115613ad8575f5ffd5b8b01601f81018d13613ae8575f5ffd5b803567ffffffffffffffff811115613afe575f5ffd5b8d60208260051b8401011115613b12575f5ffd5b6020919091019550935060c08b0135925060e08b013567ffffffffffffffff811115613b3c575f5ffd5b613b488d828e01613803565b915080935050809150509295989b9194979a5092959850565b602081525f60a08201835160208401526020840151604084015260408401516060840152606084015160808085015281815180845260c0860191506020830193505f92505b80831015613bf25783516fffffffffffffffffffffffffffffffff815116835267ffffffffffffffff602082015116602084015250604082019150602084019350600183019250613ba6565b5095945050505050565b5f60208284031215613c0c575f5ffd5b61207182613a54565b5f60208284031215613c25575f5ffd5b813561207181613984565b5f60208284031215613c40575f5ffd5b612071826137ba565b5f5f5f60608486031215613c5b575f5ffd5b8335613c6681613984565b9250613c74602085016137ba565b929592945050506040919091013590565b5f60208284031215613c95575f5ffd5b813567ffffffffffffffff81168114612071575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156113c9576113c9613d06565b818103818111156113c9576113c9613d06565b6effffffffffffffffffffffffffffff82811682821603908111156113c9576113c9613d06565b6effffffffffffffffffffffffffffff81811683821601908111156113c9576113c9613d06565b80820281158282048414176113c9576113c9613d06565b60028110613df3577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b6001600160a01b038516815260808101613e146020830186613dbe565b60408201939093526060015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c90821680613e6757607f821691505b602082108103613e9e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f821115612682578282111561268257805f5260205f20601f840160051c6020851015613ecf57505f5b90810190601f840160051c035f5b81811015613ef2575f83820155600101613edd565b505050505050565b67ffffffffffffffff831115613f1257613f12613e26565b613f2683613f208354613e53565b83613ea4565b5f601f841160018114613f57575f8515613f405750838201355b5f19600387901b1c1916600186901b178355613138565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015613fa45786850135825560209485019460019092019101613f84565b5086821015613fc0575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b63ffffffff85168152836020820152606060408201525f61403e606083018486613fd2565b9695505050505050565b6001600160a01b0384168152606081016140656020830185613dbe565b826040830152949350505050565b67ffffffffffffffff81811683821601908111156113c9576113c9613d06565b63ffffffff82811682821603908111156113c9576113c9613d06565b602081525f612752602083018486613fd2565b60ff86168152846020820152836040820152608060608201525f6140ea608083018486613fd2565b979650505050505050565b63ffffffff81811683821601908111156113c9576113c9613d06565b5f5f19820361412257614122613d06565b5060010190565b6001600160a01b0383168152604081016120716020830184613dbe565b81515f90829060208501835b828110156141795781516001600160a01b0316845260209384019390910190600101614152565b509195945050505050565b5f826141b7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f816141ca576141ca613d06565b505f19019056",
}

// Staking is an auto generated Go binding around an Ethereum contract.
type Staking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Staking) GetABI() abi.ABI {
	return c.abi
}

// NewStaking creates a new instance of Staking.
func NewStaking() *Staking {
	parsed, err := StakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Staking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Staking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address grid_, address owner_, uint64 unbondingPeriod_, uint256 inspectorMinStake_) returns()
func (staking *Staking) PackConstructor(grid_ common.Address, owner_ common.Address, unbondingPeriod_ uint64, inspectorMinStake_ *big.Int) []byte {
	enc, err := staking.abi.Pack("", grid_, owner_, unbondingPeriod_, inspectorMinStake_)
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
func (staking *Staking) PackBPS() []byte {
	enc, err := staking.abi.Pack("BPS")
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
func (staking *Staking) TryPackBPS() ([]byte, error) {
	return staking.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (staking *Staking) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTREPORTERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa40bfc56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_REPORTER_BPS() view returns(uint16)
func (staking *Staking) PackDEFAULTREPORTERBPS() []byte {
	enc, err := staking.abi.Pack("DEFAULT_REPORTER_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTREPORTERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa40bfc56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_REPORTER_BPS() view returns(uint16)
func (staking *Staking) TryPackDEFAULTREPORTERBPS() ([]byte, error) {
	return staking.abi.Pack("DEFAULT_REPORTER_BPS")
}

// UnpackDEFAULTREPORTERBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa40bfc56.
//
// Solidity: function DEFAULT_REPORTER_BPS() view returns(uint16)
func (staking *Staking) UnpackDEFAULTREPORTERBPS(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("DEFAULT_REPORTER_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXMINSTAKEPERGPU is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f3cccac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MIN_STAKE_PER_GPU() view returns(uint256)
func (staking *Staking) PackMAXMINSTAKEPERGPU() []byte {
	enc, err := staking.abi.Pack("MAX_MIN_STAKE_PER_GPU")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMINSTAKEPERGPU is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f3cccac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MIN_STAKE_PER_GPU() view returns(uint256)
func (staking *Staking) TryPackMAXMINSTAKEPERGPU() ([]byte, error) {
	return staking.abi.Pack("MAX_MIN_STAKE_PER_GPU")
}

// UnpackMAXMINSTAKEPERGPU is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f3cccac.
//
// Solidity: function MAX_MIN_STAKE_PER_GPU() view returns(uint256)
func (staking *Staking) UnpackMAXMINSTAKEPERGPU(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("MAX_MIN_STAKE_PER_GPU", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPENDINGUNBONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e8584c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PENDING_UNBONDS() view returns(uint256)
func (staking *Staking) PackMAXPENDINGUNBONDS() []byte {
	enc, err := staking.abi.Pack("MAX_PENDING_UNBONDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPENDINGUNBONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e8584c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PENDING_UNBONDS() view returns(uint256)
func (staking *Staking) TryPackMAXPENDINGUNBONDS() ([]byte, error) {
	return staking.abi.Pack("MAX_PENDING_UNBONDS")
}

// UnpackMAXPENDINGUNBONDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e8584c3.
//
// Solidity: function MAX_PENDING_UNBONDS() view returns(uint256)
func (staking *Staking) UnpackMAXPENDINGUNBONDS(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("MAX_PENDING_UNBONDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRENTERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa324c897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RENTER_BPS() view returns(uint16)
func (staking *Staking) PackMAXRENTERBPS() []byte {
	enc, err := staking.abi.Pack("MAX_RENTER_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRENTERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa324c897.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RENTER_BPS() view returns(uint16)
func (staking *Staking) TryPackMAXRENTERBPS() ([]byte, error) {
	return staking.abi.Pack("MAX_RENTER_BPS")
}

// UnpackMAXRENTERBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa324c897.
//
// Solidity: function MAX_RENTER_BPS() view returns(uint16)
func (staking *Staking) UnpackMAXRENTERBPS(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("MAX_RENTER_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXREPORTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f75da1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (staking *Staking) PackMAXREPORTERS() []byte {
	enc, err := staking.abi.Pack("MAX_REPORTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPORTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f75da1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (staking *Staking) TryPackMAXREPORTERS() ([]byte, error) {
	return staking.abi.Pack("MAX_REPORTERS")
}

// UnpackMAXREPORTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f75da1c.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (staking *Staking) UnpackMAXREPORTERS(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("MAX_REPORTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPORTERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4af96d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPORTER_BPS() view returns(uint16)
func (staking *Staking) PackMAXREPORTERBPS() []byte {
	enc, err := staking.abi.Pack("MAX_REPORTER_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPORTERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4af96d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPORTER_BPS() view returns(uint16)
func (staking *Staking) TryPackMAXREPORTERBPS() ([]byte, error) {
	return staking.abi.Pack("MAX_REPORTER_BPS")
}

// UnpackMAXREPORTERBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4af96d0.
//
// Solidity: function MAX_REPORTER_BPS() view returns(uint16)
func (staking *Staking) UnpackMAXREPORTERBPS(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("MAX_REPORTER_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXUNBONDINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e445d33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNBONDING_PERIOD() view returns(uint64)
func (staking *Staking) PackMAXUNBONDINGPERIOD() []byte {
	enc, err := staking.abi.Pack("MAX_UNBONDING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNBONDINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e445d33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNBONDING_PERIOD() view returns(uint64)
func (staking *Staking) TryPackMAXUNBONDINGPERIOD() ([]byte, error) {
	return staking.abi.Pack("MAX_UNBONDING_PERIOD")
}

// UnpackMAXUNBONDINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e445d33.
//
// Solidity: function MAX_UNBONDING_PERIOD() view returns(uint64)
func (staking *Staking) UnpackMAXUNBONDINGPERIOD(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("MAX_UNBONDING_PERIOD", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINUNBONDINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa8b48bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_UNBONDING_PERIOD() view returns(uint64)
func (staking *Staking) PackMINUNBONDINGPERIOD() []byte {
	enc, err := staking.abi.Pack("MIN_UNBONDING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINUNBONDINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa8b48bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_UNBONDING_PERIOD() view returns(uint64)
func (staking *Staking) TryPackMINUNBONDINGPERIOD() ([]byte, error) {
	return staking.abi.Pack("MIN_UNBONDING_PERIOD")
}

// UnpackMINUNBONDINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa8b48bb.
//
// Solidity: function MIN_UNBONDING_PERIOD() view returns(uint64)
func (staking *Staking) UnpackMINUNBONDINGPERIOD(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("MIN_UNBONDING_PERIOD", data)
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
func (staking *Staking) PackAcceptOwnership() []byte {
	enc, err := staking.abi.Pack("acceptOwnership")
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
func (staking *Staking) TryPackAcceptOwnership() ([]byte, error) {
	return staking.abi.Pack("acceptOwnership")
}

// PackCancelUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04173e9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelUnbond(uint8 role, uint256 index) returns()
func (staking *Staking) PackCancelUnbond(role uint8, index *big.Int) []byte {
	enc, err := staking.abi.Pack("cancelUnbond", role, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04173e9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelUnbond(uint8 role, uint256 index) returns()
func (staking *Staking) TryPackCancelUnbond(role uint8, index *big.Int) ([]byte, error) {
	return staking.abi.Pack("cancelUnbond", role, index)
}

// PackDelistMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9499bc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delistMachine(bytes32 machineId) returns()
func (staking *Staking) PackDelistMachine(machineId [32]byte) []byte {
	enc, err := staking.abi.Pack("delistMachine", machineId)
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
func (staking *Staking) TryPackDelistMachine(machineId [32]byte) ([]byte, error) {
	return staking.abi.Pack("delistMachine", machineId)
}

// PackFreeStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb94770d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeStake(address account, uint8 role) view returns(uint256)
func (staking *Staking) PackFreeStake(account common.Address, role uint8) []byte {
	enc, err := staking.abi.Pack("freeStake", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb94770d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeStake(address account, uint8 role) view returns(uint256)
func (staking *Staking) TryPackFreeStake(account common.Address, role uint8) ([]byte, error) {
	return staking.abi.Pack("freeStake", account, role)
}

// UnpackFreeStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb94770d1.
//
// Solidity: function freeStake(address account, uint8 role) view returns(uint256)
func (staking *Staking) UnpackFreeStake(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("freeStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23836ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grid() view returns(address)
func (staking *Staking) PackGrid() []byte {
	enc, err := staking.abi.Pack("grid")
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
func (staking *Staking) TryPackGrid() ([]byte, error) {
	return staking.abi.Pack("grid")
}

// UnpackGrid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa23836ef.
//
// Solidity: function grid() view returns(address)
func (staking *Staking) UnpackGrid(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("grid", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92de473b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inspectorMinStake() view returns(uint256)
func (staking *Staking) PackInspectorMinStake() []byte {
	enc, err := staking.abi.Pack("inspectorMinStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92de473b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inspectorMinStake() view returns(uint256)
func (staking *Staking) TryPackInspectorMinStake() ([]byte, error) {
	return staking.abi.Pack("inspectorMinStake")
}

// UnpackInspectorMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92de473b.
//
// Solidity: function inspectorMinStake() view returns(uint256)
func (staking *Staking) UnpackInspectorMinStake(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("inspectorMinStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsActiveInspector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x872c32fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActiveInspector(address account) view returns(bool)
func (staking *Staking) PackIsActiveInspector(account common.Address) []byte {
	enc, err := staking.abi.Pack("isActiveInspector", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActiveInspector is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x872c32fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActiveInspector(address account) view returns(bool)
func (staking *Staking) TryPackIsActiveInspector(account common.Address) ([]byte, error) {
	return staking.abi.Pack("isActiveInspector", account)
}

// UnpackIsActiveInspector is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x872c32fa.
//
// Solidity: function isActiveInspector(address account) view returns(bool)
func (staking *Staking) UnpackIsActiveInspector(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("isActiveInspector", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecefbdc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isListed(bytes32 machineId) view returns(bool)
func (staking *Staking) PackIsListed(machineId [32]byte) []byte {
	enc, err := staking.abi.Pack("isListed", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecefbdc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isListed(bytes32 machineId) view returns(bool)
func (staking *Staking) TryPackIsListed(machineId [32]byte) ([]byte, error) {
	return staking.abi.Pack("isListed", machineId)
}

// UnpackIsListed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xecefbdc6.
//
// Solidity: function isListed(bytes32 machineId) view returns(bool)
func (staking *Staking) UnpackIsListed(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("isListed", data)
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
func (staking *Staking) PackLeaseEscrow() []byte {
	enc, err := staking.abi.Pack("leaseEscrow")
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
func (staking *Staking) TryPackLeaseEscrow() ([]byte, error) {
	return staking.abi.Pack("leaseEscrow")
}

// UnpackLeaseEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83120130.
//
// Solidity: function leaseEscrow() view returns(address)
func (staking *Staking) UnpackLeaseEscrow(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("leaseEscrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackListMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f54d63d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listMachine(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount, string metadataCID) returns()
func (staking *Staking) PackListMachine(machineId [32]byte, gpuClass [32]byte, gpuCount uint32, metadataCID string) []byte {
	enc, err := staking.abi.Pack("listMachine", machineId, gpuClass, gpuCount, metadataCID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f54d63d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listMachine(bytes32 machineId, bytes32 gpuClass, uint32 gpuCount, string metadataCID) returns()
func (staking *Staking) TryPackListMachine(machineId [32]byte, gpuClass [32]byte, gpuCount uint32, metadataCID string) ([]byte, error) {
	return staking.abi.Pack("listMachine", machineId, gpuClass, gpuCount, metadataCID)
}

// PackMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e2b319.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machine(bytes32 machineId) view returns((address,uint32,uint32,bool,bytes32,uint256,string))
func (staking *Staking) PackMachine(machineId [32]byte) []byte {
	enc, err := staking.abi.Pack("machine", machineId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e2b319.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machine(bytes32 machineId) view returns((address,uint32,uint32,bool,bytes32,uint256,string))
func (staking *Staking) TryPackMachine(machineId [32]byte) ([]byte, error) {
	return staking.abi.Pack("machine", machineId)
}

// UnpackMachine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18e2b319.
//
// Solidity: function machine(bytes32 machineId) view returns((address,uint32,uint32,bool,bytes32,uint256,string))
func (staking *Staking) UnpackMachine(data []byte) (IStakingMachine, error) {
	out, err := staking.abi.Unpack("machine", data)
	if err != nil {
		return *new(IStakingMachine), err
	}
	out0 := *abi.ConvertType(out[0], new(IStakingMachine)).(*IStakingMachine)
	return out0, nil
}

// PackMachineProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4015360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machineProvider(bytes32 machineId) view returns(address)
func (staking *Staking) PackMachineProvider(machineId [32]byte) []byte {
	enc, err := staking.abi.Pack("machineProvider", machineId)
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
func (staking *Staking) TryPackMachineProvider(machineId [32]byte) ([]byte, error) {
	return staking.abi.Pack("machineProvider", machineId)
}

// UnpackMachineProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4015360.
//
// Solidity: function machineProvider(bytes32 machineId) view returns(address)
func (staking *Staking) UnpackMachineProvider(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("machineProvider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinStakePerGpu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5e1870c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStakePerGpu(bytes32 gpuClass) view returns(uint256 minStake)
func (staking *Staking) PackMinStakePerGpu(gpuClass [32]byte) []byte {
	enc, err := staking.abi.Pack("minStakePerGpu", gpuClass)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStakePerGpu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5e1870c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStakePerGpu(bytes32 gpuClass) view returns(uint256 minStake)
func (staking *Staking) TryPackMinStakePerGpu(gpuClass [32]byte) ([]byte, error) {
	return staking.abi.Pack("minStakePerGpu", gpuClass)
}

// UnpackMinStakePerGpu is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5e1870c.
//
// Solidity: function minStakePerGpu(bytes32 gpuClass) view returns(uint256 minStake)
func (staking *Staking) UnpackMinStakePerGpu(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("minStakePerGpu", data)
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
func (staking *Staking) PackOwner() []byte {
	enc, err := staking.abi.Pack("owner")
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
func (staking *Staking) TryPackOwner() ([]byte, error) {
	return staking.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (staking *Staking) UnpackOwner(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("owner", data)
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
func (staking *Staking) PackPendingOwner() []byte {
	enc, err := staking.abi.Pack("pendingOwner")
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
func (staking *Staking) TryPackPendingOwner() ([]byte, error) {
	return staking.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (staking *Staking) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingUnbonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19aada5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingUnbonds(address account, uint8 role) view returns(uint256)
func (staking *Staking) PackPendingUnbonds(account common.Address, role uint8) []byte {
	enc, err := staking.abi.Pack("pendingUnbonds", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingUnbonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19aada5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingUnbonds(address account, uint8 role) view returns(uint256)
func (staking *Staking) TryPackPendingUnbonds(account common.Address, role uint8) ([]byte, error) {
	return staking.abi.Pack("pendingUnbonds", account, role)
}

// UnpackPendingUnbonds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19aada5a.
//
// Solidity: function pendingUnbonds(address account, uint8 role) view returns(uint256)
func (staking *Staking) UnpackPendingUnbonds(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("pendingUnbonds", data)
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
func (staking *Staking) PackQuorum() []byte {
	enc, err := staking.abi.Pack("quorum")
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
func (staking *Staking) TryPackQuorum() ([]byte, error) {
	return staking.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (staking *Staking) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleaseGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x403a898b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseGpus(bytes32 machineId, uint32 gpus) returns()
func (staking *Staking) PackReleaseGpus(machineId [32]byte, gpus uint32) []byte {
	enc, err := staking.abi.Pack("releaseGpus", machineId, gpus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x403a898b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseGpus(bytes32 machineId, uint32 gpus) returns()
func (staking *Staking) TryPackReleaseGpus(machineId [32]byte, gpus uint32) ([]byte, error) {
	return staking.abi.Pack("releaseGpus", machineId, gpus)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (staking *Staking) PackRenounceOwnership() []byte {
	enc, err := staking.abi.Pack("renounceOwnership")
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
func (staking *Staking) TryPackRenounceOwnership() ([]byte, error) {
	return staking.abi.Pack("renounceOwnership")
}

// PackReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b69c810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reporterBps() view returns(uint16)
func (staking *Staking) PackReporterBps() []byte {
	enc, err := staking.abi.Pack("reporterBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b69c810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reporterBps() view returns(uint16)
func (staking *Staking) TryPackReporterBps() ([]byte, error) {
	return staking.abi.Pack("reporterBps")
}

// UnpackReporterBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b69c810.
//
// Solidity: function reporterBps() view returns(uint16)
func (staking *Staking) UnpackReporterBps(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("reporterBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackReserveGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48775b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveGpus(bytes32 machineId, uint32 gpus) returns()
func (staking *Staking) PackReserveGpus(machineId [32]byte, gpus uint32) []byte {
	enc, err := staking.abi.Pack("reserveGpus", machineId, gpus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48775b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveGpus(bytes32 machineId, uint32 gpus) returns()
func (staking *Staking) TryPackReserveGpus(machineId [32]byte, gpus uint32) ([]byte, error) {
	return staking.abi.Pack("reserveGpus", machineId, gpus)
}

// PackSetInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa01e3520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInspectorMinStake(uint256 minStake) returns()
func (staking *Staking) PackSetInspectorMinStake(minStake *big.Int) []byte {
	enc, err := staking.abi.Pack("setInspectorMinStake", minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa01e3520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInspectorMinStake(uint256 minStake) returns()
func (staking *Staking) TryPackSetInspectorMinStake(minStake *big.Int) ([]byte, error) {
	return staking.abi.Pack("setInspectorMinStake", minStake)
}

// PackSetLeaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7af98f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLeaseEscrow(address leaseEscrow_) returns()
func (staking *Staking) PackSetLeaseEscrow(leaseEscrow common.Address) []byte {
	enc, err := staking.abi.Pack("setLeaseEscrow", leaseEscrow)
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
func (staking *Staking) TryPackSetLeaseEscrow(leaseEscrow common.Address) ([]byte, error) {
	return staking.abi.Pack("setLeaseEscrow", leaseEscrow)
}

// PackSetMinStakePerGpu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b2af270.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStakePerGpu(bytes32 gpuClass, uint256 minStake) returns()
func (staking *Staking) PackSetMinStakePerGpu(gpuClass [32]byte, minStake *big.Int) []byte {
	enc, err := staking.abi.Pack("setMinStakePerGpu", gpuClass, minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStakePerGpu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b2af270.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStakePerGpu(bytes32 gpuClass, uint256 minStake) returns()
func (staking *Staking) TryPackSetMinStakePerGpu(gpuClass [32]byte, minStake *big.Int) ([]byte, error) {
	return staking.abi.Pack("setMinStakePerGpu", gpuClass, minStake)
}

// PackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0774158.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuorum(address quorum_) returns()
func (staking *Staking) PackSetQuorum(quorum common.Address) []byte {
	enc, err := staking.abi.Pack("setQuorum", quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0774158.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuorum(address quorum_) returns()
func (staking *Staking) TryPackSetQuorum(quorum common.Address) ([]byte, error) {
	return staking.abi.Pack("setQuorum", quorum)
}

// PackSetReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84342f05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReporterBps(uint16 bps) returns()
func (staking *Staking) PackSetReporterBps(bps uint16) []byte {
	enc, err := staking.abi.Pack("setReporterBps", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84342f05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReporterBps(uint16 bps) returns()
func (staking *Staking) TryPackSetReporterBps(bps uint16) ([]byte, error) {
	return staking.abi.Pack("setReporterBps", bps)
}

// PackSetUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf10d1de1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingPeriod(uint64 period) returns()
func (staking *Staking) PackSetUnbondingPeriod(period uint64) []byte {
	enc, err := staking.abi.Pack("setUnbondingPeriod", period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf10d1de1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingPeriod(uint64 period) returns()
func (staking *Staking) TryPackSetUnbondingPeriod(period uint64) ([]byte, error) {
	return staking.abi.Pack("setUnbondingPeriod", period)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44c99d11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address offender, uint8 role, uint256 amount, address renter, uint16 renterBps, address[] reporters, bytes32 evidenceId, bytes signatures) returns()
func (staking *Staking) PackSlash(offender common.Address, role uint8, amount *big.Int, renter common.Address, renterBps uint16, reporters []common.Address, evidenceId [32]byte, signatures []byte) []byte {
	enc, err := staking.abi.Pack("slash", offender, role, amount, renter, renterBps, reporters, evidenceId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44c99d11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address offender, uint8 role, uint256 amount, address renter, uint16 renterBps, address[] reporters, bytes32 evidenceId, bytes signatures) returns()
func (staking *Staking) TryPackSlash(offender common.Address, role uint8, amount *big.Int, renter common.Address, renterBps uint16, reporters []common.Address, evidenceId [32]byte, signatures []byte) ([]byte, error) {
	return staking.abi.Pack("slash", offender, role, amount, renter, renterBps, reporters, evidenceId, signatures)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd752e55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint8 role, uint256 amount) returns()
func (staking *Staking) PackStake(role uint8, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("stake", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd752e55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint8 role, uint256 amount) returns()
func (staking *Staking) TryPackStake(role uint8, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("stake", role, amount)
}

// PackStakeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac1fd67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeFor(address account, uint8 role, uint256 amount) returns()
func (staking *Staking) PackStakeFor(account common.Address, role uint8, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("stakeFor", account, role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeac1fd67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeFor(address account, uint8 role, uint256 amount) returns()
func (staking *Staking) TryPackStakeFor(account common.Address, role uint8, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("stakeFor", account, role, amount)
}

// PackStakeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b112bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeInfo(address account, uint8 role) view returns((uint256,uint256,uint256,(uint128,uint64)[]) info)
func (staking *Staking) PackStakeInfo(account common.Address, role uint8) []byte {
	enc, err := staking.abi.Pack("stakeInfo", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b112bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeInfo(address account, uint8 role) view returns((uint256,uint256,uint256,(uint128,uint64)[]) info)
func (staking *Staking) TryPackStakeInfo(account common.Address, role uint8) ([]byte, error) {
	return staking.abi.Pack("stakeInfo", account, role)
}

// UnpackStakeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80b112bd.
//
// Solidity: function stakeInfo(address account, uint8 role) view returns((uint256,uint256,uint256,(uint128,uint64)[]) info)
func (staking *Staking) UnpackStakeInfo(data []byte) (IStakingStakeInfo, error) {
	out, err := staking.abi.Unpack("stakeInfo", data)
	if err != nil {
		return *new(IStakingStakeInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IStakingStakeInfo)).(*IStakingStakeInfo)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (staking *Staking) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := staking.abi.Pack("transferOwnership", newOwner)
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
func (staking *Staking) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return staking.abi.Pack("transferOwnership", newOwner)
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14e77810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(uint8 role, uint256 amount) returns()
func (staking *Staking) PackUnbond(role uint8, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("unbond", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14e77810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(uint8 role, uint256 amount) returns()
func (staking *Staking) TryPackUnbond(role uint8, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("unbond", role, amount)
}

// PackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (staking *Staking) PackUnbondingPeriod() []byte {
	enc, err := staking.abi.Pack("unbondingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (staking *Staking) TryPackUnbondingPeriod() ([]byte, error) {
	return staking.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (staking *Staking) UnpackUnbondingPeriod(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUpdateMachineMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43fe547a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMachineMetadata(bytes32 machineId, string metadataCID) returns()
func (staking *Staking) PackUpdateMachineMetadata(machineId [32]byte, metadataCID string) []byte {
	enc, err := staking.abi.Pack("updateMachineMetadata", machineId, metadataCID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMachineMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43fe547a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMachineMetadata(bytes32 machineId, string metadataCID) returns()
func (staking *Staking) TryPackUpdateMachineMetadata(machineId [32]byte, metadataCID string) ([]byte, error) {
	return staking.abi.Pack("updateMachineMetadata", machineId, metadataCID)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6ab5d90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint8 role) returns(uint256 amount)
func (staking *Staking) PackWithdraw(role uint8) []byte {
	enc, err := staking.abi.Pack("withdraw", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6ab5d90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint8 role) returns(uint256 amount)
func (staking *Staking) TryPackWithdraw(role uint8) ([]byte, error) {
	return staking.abi.Pack("withdraw", role)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6ab5d90.
//
// Solidity: function withdraw(uint8 role) returns(uint256 amount)
func (staking *Staking) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb19c75db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address account, uint8 role) view returns(uint256 amount)
func (staking *Staking) PackWithdrawable(account common.Address, role uint8) []byte {
	enc, err := staking.abi.Pack("withdrawable", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb19c75db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address account, uint8 role) view returns(uint256 amount)
func (staking *Staking) TryPackWithdrawable(account common.Address, role uint8) ([]byte, error) {
	return staking.abi.Pack("withdrawable", account, role)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb19c75db.
//
// Solidity: function withdrawable(address account, uint8 role) view returns(uint256 amount)
func (staking *Staking) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// StakingGpusReleased represents a GpusReleased event raised by the Staking contract.
type StakingGpusReleased struct {
	MachineId    [32]byte
	Gpus         uint32
	ReservedGpus uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const StakingGpusReleasedEventName = "GpusReleased"

// ContractEventName returns the user-defined event name.
func (StakingGpusReleased) ContractEventName() string {
	return StakingGpusReleasedEventName
}

// UnpackGpusReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GpusReleased(bytes32 indexed machineId, uint32 gpus, uint32 reservedGpus)
func (staking *Staking) UnpackGpusReleasedEvent(log *types.Log) (*StakingGpusReleased, error) {
	event := "GpusReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingGpusReleased)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingGpusReserved represents a GpusReserved event raised by the Staking contract.
type StakingGpusReserved struct {
	MachineId    [32]byte
	Gpus         uint32
	ReservedGpus uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const StakingGpusReservedEventName = "GpusReserved"

// ContractEventName returns the user-defined event name.
func (StakingGpusReserved) ContractEventName() string {
	return StakingGpusReservedEventName
}

// UnpackGpusReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GpusReserved(bytes32 indexed machineId, uint32 gpus, uint32 reservedGpus)
func (staking *Staking) UnpackGpusReservedEvent(log *types.Log) (*StakingGpusReserved, error) {
	event := "GpusReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingGpusReserved)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingInspectorMinStakeSet represents a InspectorMinStakeSet event raised by the Staking contract.
type StakingInspectorMinStakeSet struct {
	OldMinStake *big.Int
	NewMinStake *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingInspectorMinStakeSetEventName = "InspectorMinStakeSet"

// ContractEventName returns the user-defined event name.
func (StakingInspectorMinStakeSet) ContractEventName() string {
	return StakingInspectorMinStakeSetEventName
}

// UnpackInspectorMinStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InspectorMinStakeSet(uint256 oldMinStake, uint256 newMinStake)
func (staking *Staking) UnpackInspectorMinStakeSetEvent(log *types.Log) (*StakingInspectorMinStakeSet, error) {
	event := "InspectorMinStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingInspectorMinStakeSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingLeaseEscrowSet represents a LeaseEscrowSet event raised by the Staking contract.
type StakingLeaseEscrowSet struct {
	LeaseEscrow common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingLeaseEscrowSetEventName = "LeaseEscrowSet"

// ContractEventName returns the user-defined event name.
func (StakingLeaseEscrowSet) ContractEventName() string {
	return StakingLeaseEscrowSetEventName
}

// UnpackLeaseEscrowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseEscrowSet(address indexed leaseEscrow)
func (staking *Staking) UnpackLeaseEscrowSetEvent(log *types.Log) (*StakingLeaseEscrowSet, error) {
	event := "LeaseEscrowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingLeaseEscrowSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingMachineDelisted represents a MachineDelisted event raised by the Staking contract.
type StakingMachineDelisted struct {
	MachineId     [32]byte
	Provider      common.Address
	UnlockedStake *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const StakingMachineDelistedEventName = "MachineDelisted"

// ContractEventName returns the user-defined event name.
func (StakingMachineDelisted) ContractEventName() string {
	return StakingMachineDelistedEventName
}

// UnpackMachineDelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineDelisted(bytes32 indexed machineId, address indexed provider, uint256 unlockedStake)
func (staking *Staking) UnpackMachineDelistedEvent(log *types.Log) (*StakingMachineDelisted, error) {
	event := "MachineDelisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMachineDelisted)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingMachineListed represents a MachineListed event raised by the Staking contract.
type StakingMachineListed struct {
	MachineId   [32]byte
	Provider    common.Address
	GpuClass    [32]byte
	GpuCount    uint32
	LockedStake *big.Int
	MetadataCID string
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingMachineListedEventName = "MachineListed"

// ContractEventName returns the user-defined event name.
func (StakingMachineListed) ContractEventName() string {
	return StakingMachineListedEventName
}

// UnpackMachineListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineListed(bytes32 indexed machineId, address indexed provider, bytes32 indexed gpuClass, uint32 gpuCount, uint256 lockedStake, string metadataCID)
func (staking *Staking) UnpackMachineListedEvent(log *types.Log) (*StakingMachineListed, error) {
	event := "MachineListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMachineListed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingMachineMetadataUpdated represents a MachineMetadataUpdated event raised by the Staking contract.
type StakingMachineMetadataUpdated struct {
	MachineId   [32]byte
	MetadataCID string
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingMachineMetadataUpdatedEventName = "MachineMetadataUpdated"

// ContractEventName returns the user-defined event name.
func (StakingMachineMetadataUpdated) ContractEventName() string {
	return StakingMachineMetadataUpdatedEventName
}

// UnpackMachineMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MachineMetadataUpdated(bytes32 indexed machineId, string metadataCID)
func (staking *Staking) UnpackMachineMetadataUpdatedEvent(log *types.Log) (*StakingMachineMetadataUpdated, error) {
	event := "MachineMetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMachineMetadataUpdated)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingMinStakePerGpuSet represents a MinStakePerGpuSet event raised by the Staking contract.
type StakingMinStakePerGpuSet struct {
	GpuClass    [32]byte
	OldMinStake *big.Int
	NewMinStake *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingMinStakePerGpuSetEventName = "MinStakePerGpuSet"

// ContractEventName returns the user-defined event name.
func (StakingMinStakePerGpuSet) ContractEventName() string {
	return StakingMinStakePerGpuSetEventName
}

// UnpackMinStakePerGpuSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakePerGpuSet(bytes32 indexed gpuClass, uint256 oldMinStake, uint256 newMinStake)
func (staking *Staking) UnpackMinStakePerGpuSetEvent(log *types.Log) (*StakingMinStakePerGpuSet, error) {
	event := "MinStakePerGpuSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMinStakePerGpuSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Staking contract.
type StakingOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const StakingOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (StakingOwnershipTransferStarted) ContractEventName() string {
	return StakingOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (staking *Staking) UnpackOwnershipTransferStartedEvent(log *types.Log) (*StakingOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingOwnershipTransferred represents a OwnershipTransferred event raised by the Staking contract.
type StakingOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const StakingOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (StakingOwnershipTransferred) ContractEventName() string {
	return StakingOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (staking *Staking) UnpackOwnershipTransferredEvent(log *types.Log) (*StakingOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingProviderUnderCollateralised represents a ProviderUnderCollateralised event raised by the Staking contract.
type StakingProviderUnderCollateralised struct {
	Provider common.Address
	Active   *big.Int
	Locked   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingProviderUnderCollateralisedEventName = "ProviderUnderCollateralised"

// ContractEventName returns the user-defined event name.
func (StakingProviderUnderCollateralised) ContractEventName() string {
	return StakingProviderUnderCollateralisedEventName
}

// UnpackProviderUnderCollateralisedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderUnderCollateralised(address indexed provider, uint256 active, uint256 locked)
func (staking *Staking) UnpackProviderUnderCollateralisedEvent(log *types.Log) (*StakingProviderUnderCollateralised, error) {
	event := "ProviderUnderCollateralised"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingProviderUnderCollateralised)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingQuorumSet represents a QuorumSet event raised by the Staking contract.
type StakingQuorumSet struct {
	Quorum common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingQuorumSetEventName = "QuorumSet"

// ContractEventName returns the user-defined event name.
func (StakingQuorumSet) ContractEventName() string {
	return StakingQuorumSetEventName
}

// UnpackQuorumSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumSet(address indexed quorum)
func (staking *Staking) UnpackQuorumSetEvent(log *types.Log) (*StakingQuorumSet, error) {
	event := "QuorumSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingQuorumSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingReporterBpsSet represents a ReporterBpsSet event raised by the Staking contract.
type StakingReporterBpsSet struct {
	OldBps uint16
	NewBps uint16
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingReporterBpsSetEventName = "ReporterBpsSet"

// ContractEventName returns the user-defined event name.
func (StakingReporterBpsSet) ContractEventName() string {
	return StakingReporterBpsSetEventName
}

// UnpackReporterBpsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReporterBpsSet(uint16 oldBps, uint16 newBps)
func (staking *Staking) UnpackReporterBpsSetEvent(log *types.Log) (*StakingReporterBpsSet, error) {
	event := "ReporterBpsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingReporterBpsSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingSlashed represents a Slashed event raised by the Staking contract.
type StakingSlashed struct {
	Offender    common.Address
	Role        uint8
	EvidenceId  [32]byte
	Requested   *big.Int
	Slashed     *big.Int
	Burned      *big.Int
	ToRenter    *big.Int
	ToReporters *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (StakingSlashed) ContractEventName() string {
	return StakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed offender, uint8 indexed role, bytes32 indexed evidenceId, uint256 requested, uint256 slashed, uint256 burned, uint256 toRenter, uint256 toReporters)
func (staking *Staking) UnpackSlashedEvent(log *types.Log) (*StakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlashed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingStaked represents a Staked event raised by the Staking contract.
type StakingStaked struct {
	Account common.Address
	Role    uint8
	Payer   common.Address
	Amount  *big.Int
	Active  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (StakingStaked) ContractEventName() string {
	return StakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed account, uint8 indexed role, address indexed payer, uint256 amount, uint256 active)
func (staking *Staking) UnpackStakedEvent(log *types.Log) (*StakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingStaked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondCancelled represents a UnbondCancelled event raised by the Staking contract.
type StakingUnbondCancelled struct {
	Account common.Address
	Role    uint8
	Index   *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingUnbondCancelledEventName = "UnbondCancelled"

// ContractEventName returns the user-defined event name.
func (StakingUnbondCancelled) ContractEventName() string {
	return StakingUnbondCancelledEventName
}

// UnpackUnbondCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondCancelled(address indexed account, uint8 indexed role, uint256 index, uint256 amount)
func (staking *Staking) UnpackUnbondCancelledEvent(log *types.Log) (*StakingUnbondCancelled, error) {
	event := "UnbondCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondCancelled)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondStarted represents a UnbondStarted event raised by the Staking contract.
type StakingUnbondStarted struct {
	Account        common.Address
	Role           uint8
	Amount         *big.Int
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakingUnbondStartedEventName = "UnbondStarted"

// ContractEventName returns the user-defined event name.
func (StakingUnbondStarted) ContractEventName() string {
	return StakingUnbondStartedEventName
}

// UnpackUnbondStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondStarted(address indexed account, uint8 indexed role, uint256 amount, uint64 withdrawableAt)
func (staking *Staking) UnpackUnbondStartedEvent(log *types.Log) (*StakingUnbondStarted, error) {
	event := "UnbondStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondStarted)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondingPeriodSet represents a UnbondingPeriodSet event raised by the Staking contract.
type StakingUnbondingPeriodSet struct {
	OldPeriod uint64
	NewPeriod uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const StakingUnbondingPeriodSetEventName = "UnbondingPeriodSet"

// ContractEventName returns the user-defined event name.
func (StakingUnbondingPeriodSet) ContractEventName() string {
	return StakingUnbondingPeriodSetEventName
}

// UnpackUnbondingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingPeriodSet(uint64 oldPeriod, uint64 newPeriod)
func (staking *Staking) UnpackUnbondingPeriodSetEvent(log *types.Log) (*StakingUnbondingPeriodSet, error) {
	event := "UnbondingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondingPeriodSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingWithdrawn represents a Withdrawn event raised by the Staking contract.
type StakingWithdrawn struct {
	Account common.Address
	Role    uint8
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (StakingWithdrawn) ContractEventName() string {
	return StakingWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint8 indexed role, uint256 amount)
func (staking *Staking) UnpackWithdrawnEvent(log *types.Log) (*StakingWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingWithdrawn)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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
func (staking *Staking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], staking.abi.Errors["GpusStillReserved"].ID.Bytes()[:4]) {
		return staking.UnpackGpusStillReservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientFreeGpus"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientFreeGpusError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["LeaseEscrowAlreadySet"].ID.Bytes()[:4]) {
		return staking.UnpackLeaseEscrowAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["MachineAlreadyListed"].ID.Bytes()[:4]) {
		return staking.UnpackMachineAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["MachineNotListed"].ID.Bytes()[:4]) {
		return staking.UnpackMachineNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["MachineOwnedByOther"].ID.Bytes()[:4]) {
		return staking.UnpackMachineOwnedByOtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["MinStakeTooHigh"].ID.Bytes()[:4]) {
		return staking.UnpackMinStakeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotLeaseEscrow"].ID.Bytes()[:4]) {
		return staking.UnpackNotLeaseEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotMachineProvider"].ID.Bytes()[:4]) {
		return staking.UnpackNotMachineProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return staking.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return staking.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return staking.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["QuorumAlreadySet"].ID.Bytes()[:4]) {
		return staking.UnpackQuorumAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["QuorumNotSet"].ID.Bytes()[:4]) {
		return staking.UnpackQuorumNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return staking.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReleaseExceedsReserved"].ID.Bytes()[:4]) {
		return staking.UnpackReleaseExceedsReservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["RenterBpsTooHigh"].ID.Bytes()[:4]) {
		return staking.UnpackRenterBpsTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["RenterShareWithoutRenter"].ID.Bytes()[:4]) {
		return staking.UnpackRenterShareWithoutRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReporterBpsTooHigh"].ID.Bytes()[:4]) {
		return staking.UnpackReporterBpsTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return staking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return staking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["TooManyPendingUnbonds"].ID.Bytes()[:4]) {
		return staking.UnpackTooManyPendingUnbondsError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["TooManyReporters"].ID.Bytes()[:4]) {
		return staking.UnpackTooManyReportersError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondIndexOutOfRange"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondingPeriodOutOfRange"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondingPeriodOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnknownGpuClass"].ID.Bytes()[:4]) {
		return staking.UnpackUnknownGpuClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroGpuClass"].ID.Bytes()[:4]) {
		return staking.UnpackZeroGpuClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroGpus"].ID.Bytes()[:4]) {
		return staking.UnpackZeroGpusError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroMachineId"].ID.Bytes()[:4]) {
		return staking.UnpackZeroMachineIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroReporter"].ID.Bytes()[:4]) {
		return staking.UnpackZeroReporterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakingGpusStillReserved represents a GpusStillReserved error raised by the Staking contract.
type StakingGpusStillReserved struct {
	MachineId    [32]byte
	ReservedGpus uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GpusStillReserved(bytes32 machineId, uint32 reservedGpus)
func StakingGpusStillReservedErrorID() common.Hash {
	return common.HexToHash("0xe86a6bded09e79d9b544f9aaecf714fa991b81f3992fe725ea1ec1782d7e7104")
}

// UnpackGpusStillReservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GpusStillReserved(bytes32 machineId, uint32 reservedGpus)
func (staking *Staking) UnpackGpusStillReservedError(raw []byte) (*StakingGpusStillReserved, error) {
	out := new(StakingGpusStillReserved)
	if err := staking.abi.UnpackIntoInterface(out, "GpusStillReserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInsufficientCollateral represents a InsufficientCollateral error raised by the Staking contract.
type StakingInsufficientCollateral struct {
	Provider common.Address
	Active   *big.Int
	Locked   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(address provider, uint256 active, uint256 locked)
func StakingInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0x4f4d34e483168b0ea04d2e57f8d867a27417016d043e8888b838abe9cb4f92c3")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(address provider, uint256 active, uint256 locked)
func (staking *Staking) UnpackInsufficientCollateralError(raw []byte) (*StakingInsufficientCollateral, error) {
	out := new(StakingInsufficientCollateral)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInsufficientFreeGpus represents a InsufficientFreeGpus error raised by the Staking contract.
type StakingInsufficientFreeGpus struct {
	MachineId [32]byte
	Free      uint32
	Requested uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeGpus(bytes32 machineId, uint32 free, uint32 requested)
func StakingInsufficientFreeGpusErrorID() common.Hash {
	return common.HexToHash("0x905487d3e9ba9f4360cb85291933ac7b053ae8beb03a60e4cfb13f3f3e9fa746")
}

// UnpackInsufficientFreeGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeGpus(bytes32 machineId, uint32 free, uint32 requested)
func (staking *Staking) UnpackInsufficientFreeGpusError(raw []byte) (*StakingInsufficientFreeGpus, error) {
	out := new(StakingInsufficientFreeGpus)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientFreeGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInsufficientFreeStake represents a InsufficientFreeStake error raised by the Staking contract.
type StakingInsufficientFreeStake struct {
	Account  common.Address
	Role     uint8
	Free     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeStake(address account, uint8 role, uint256 free, uint256 required)
func StakingInsufficientFreeStakeErrorID() common.Hash {
	return common.HexToHash("0x3b69a001fce1797907721ad4f415996dba13e41b70fbd6ceecdee4de1ec97dbf")
}

// UnpackInsufficientFreeStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeStake(address account, uint8 role, uint256 free, uint256 required)
func (staking *Staking) UnpackInsufficientFreeStakeError(raw []byte) (*StakingInsufficientFreeStake, error) {
	out := new(StakingInsufficientFreeStake)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientFreeStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingLeaseEscrowAlreadySet represents a LeaseEscrowAlreadySet error raised by the Staking contract.
type StakingLeaseEscrowAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseEscrowAlreadySet()
func StakingLeaseEscrowAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x4821f1245c74e139e9801fb76ebb88f4b6f45605dd183040108a7a77f7f24fab")
}

// UnpackLeaseEscrowAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseEscrowAlreadySet()
func (staking *Staking) UnpackLeaseEscrowAlreadySetError(raw []byte) (*StakingLeaseEscrowAlreadySet, error) {
	out := new(StakingLeaseEscrowAlreadySet)
	if err := staking.abi.UnpackIntoInterface(out, "LeaseEscrowAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingMachineAlreadyListed represents a MachineAlreadyListed error raised by the Staking contract.
type StakingMachineAlreadyListed struct {
	MachineId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineAlreadyListed(bytes32 machineId)
func StakingMachineAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x2f5cb8683e91607f41561485e5afa5e842314b43d3cb686b130b1feb952a5cda")
}

// UnpackMachineAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineAlreadyListed(bytes32 machineId)
func (staking *Staking) UnpackMachineAlreadyListedError(raw []byte) (*StakingMachineAlreadyListed, error) {
	out := new(StakingMachineAlreadyListed)
	if err := staking.abi.UnpackIntoInterface(out, "MachineAlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingMachineNotListed represents a MachineNotListed error raised by the Staking contract.
type StakingMachineNotListed struct {
	MachineId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineNotListed(bytes32 machineId)
func StakingMachineNotListedErrorID() common.Hash {
	return common.HexToHash("0xe888bd8c18fea3154e43f05275528a6379ff2623e6a64b830d9460b3834b39f0")
}

// UnpackMachineNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineNotListed(bytes32 machineId)
func (staking *Staking) UnpackMachineNotListedError(raw []byte) (*StakingMachineNotListed, error) {
	out := new(StakingMachineNotListed)
	if err := staking.abi.UnpackIntoInterface(out, "MachineNotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingMachineOwnedByOther represents a MachineOwnedByOther error raised by the Staking contract.
type StakingMachineOwnedByOther struct {
	MachineId [32]byte
	Provider  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineOwnedByOther(bytes32 machineId, address provider)
func StakingMachineOwnedByOtherErrorID() common.Hash {
	return common.HexToHash("0x291338a6f9907b4a5c1b66da6c5028b55de0164d38fb1c9234e49a3fa30e4c32")
}

// UnpackMachineOwnedByOtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineOwnedByOther(bytes32 machineId, address provider)
func (staking *Staking) UnpackMachineOwnedByOtherError(raw []byte) (*StakingMachineOwnedByOther, error) {
	out := new(StakingMachineOwnedByOther)
	if err := staking.abi.UnpackIntoInterface(out, "MachineOwnedByOther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingMinStakeTooHigh represents a MinStakeTooHigh error raised by the Staking contract.
type StakingMinStakeTooHigh struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MinStakeTooHigh(uint256 amount, uint256 max)
func StakingMinStakeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7fd0aa45552f65a23d4c23165a78b865c3af199001dbf798f2c0ed300fab8b21")
}

// UnpackMinStakeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MinStakeTooHigh(uint256 amount, uint256 max)
func (staking *Staking) UnpackMinStakeTooHighError(raw []byte) (*StakingMinStakeTooHigh, error) {
	out := new(StakingMinStakeTooHigh)
	if err := staking.abi.UnpackIntoInterface(out, "MinStakeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotLeaseEscrow represents a NotLeaseEscrow error raised by the Staking contract.
type StakingNotLeaseEscrow struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLeaseEscrow(address caller)
func StakingNotLeaseEscrowErrorID() common.Hash {
	return common.HexToHash("0x7e72b5208a0d355bc688ee31b8fb8610bf95f230b96d86f155860be6148c4c41")
}

// UnpackNotLeaseEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLeaseEscrow(address caller)
func (staking *Staking) UnpackNotLeaseEscrowError(raw []byte) (*StakingNotLeaseEscrow, error) {
	out := new(StakingNotLeaseEscrow)
	if err := staking.abi.UnpackIntoInterface(out, "NotLeaseEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotMachineProvider represents a NotMachineProvider error raised by the Staking contract.
type StakingNotMachineProvider struct {
	MachineId [32]byte
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMachineProvider(bytes32 machineId, address caller)
func StakingNotMachineProviderErrorID() common.Hash {
	return common.HexToHash("0x141de4ffa8e750347dbfa34fe825df1f77fff2d4e54b7077362854d8b9d9b6a6")
}

// UnpackNotMachineProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMachineProvider(bytes32 machineId, address caller)
func (staking *Staking) UnpackNotMachineProviderError(raw []byte) (*StakingNotMachineProvider, error) {
	out := new(StakingNotMachineProvider)
	if err := staking.abi.UnpackIntoInterface(out, "NotMachineProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNothingToWithdraw represents a NothingToWithdraw error raised by the Staking contract.
type StakingNothingToWithdraw struct {
	Account common.Address
	Role    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account, uint8 role)
func StakingNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xe5baea167dbf9a56a2858ff0b9b66346e6bbf70b2fc5fe1be408f7e921986d9a")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account, uint8 role)
func (staking *Staking) UnpackNothingToWithdrawError(raw []byte) (*StakingNothingToWithdraw, error) {
	out := new(StakingNothingToWithdraw)
	if err := staking.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Staking contract.
type StakingOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func StakingOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (staking *Staking) UnpackOwnableInvalidOwnerError(raw []byte) (*StakingOwnableInvalidOwner, error) {
	out := new(StakingOwnableInvalidOwner)
	if err := staking.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Staking contract.
type StakingOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func StakingOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (staking *Staking) UnpackOwnableUnauthorizedAccountError(raw []byte) (*StakingOwnableUnauthorizedAccount, error) {
	out := new(StakingOwnableUnauthorizedAccount)
	if err := staking.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingQuorumAlreadySet represents a QuorumAlreadySet error raised by the Staking contract.
type StakingQuorumAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumAlreadySet()
func StakingQuorumAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf3290429ae498395a088a87dc92dbca8764257a1f7f9a2c7ab384916fdbeee92")
}

// UnpackQuorumAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumAlreadySet()
func (staking *Staking) UnpackQuorumAlreadySetError(raw []byte) (*StakingQuorumAlreadySet, error) {
	out := new(StakingQuorumAlreadySet)
	if err := staking.abi.UnpackIntoInterface(out, "QuorumAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingQuorumNotSet represents a QuorumNotSet error raised by the Staking contract.
type StakingQuorumNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotSet()
func StakingQuorumNotSetErrorID() common.Hash {
	return common.HexToHash("0x1435d15c8a31daac55e7465c9b3898400c24f8b74902540274d1050f711e6705")
}

// UnpackQuorumNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotSet()
func (staking *Staking) UnpackQuorumNotSetError(raw []byte) (*StakingQuorumNotSet, error) {
	out := new(StakingQuorumNotSet)
	if err := staking.abi.UnpackIntoInterface(out, "QuorumNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Staking contract.
type StakingReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func StakingReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (staking *Staking) UnpackReentrancyGuardReentrantCallError(raw []byte) (*StakingReentrancyGuardReentrantCall, error) {
	out := new(StakingReentrancyGuardReentrantCall)
	if err := staking.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingReleaseExceedsReserved represents a ReleaseExceedsReserved error raised by the Staking contract.
type StakingReleaseExceedsReserved struct {
	MachineId [32]byte
	Reserved  uint32
	Requested uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReleaseExceedsReserved(bytes32 machineId, uint32 reserved, uint32 requested)
func StakingReleaseExceedsReservedErrorID() common.Hash {
	return common.HexToHash("0x67244198eaae51d9ab0e3743a5adf8d567e6c8faff8c57f5db38cc1c25a1d688")
}

// UnpackReleaseExceedsReservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReleaseExceedsReserved(bytes32 machineId, uint32 reserved, uint32 requested)
func (staking *Staking) UnpackReleaseExceedsReservedError(raw []byte) (*StakingReleaseExceedsReserved, error) {
	out := new(StakingReleaseExceedsReserved)
	if err := staking.abi.UnpackIntoInterface(out, "ReleaseExceedsReserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRenterBpsTooHigh represents a RenterBpsTooHigh error raised by the Staking contract.
type StakingRenterBpsTooHigh struct {
	Bps *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenterBpsTooHigh(uint256 bps, uint256 max)
func StakingRenterBpsTooHighErrorID() common.Hash {
	return common.HexToHash("0x7caa4533292394a9802c4bd6b8e6d88451e273433320173e4a6ff95ab3beca50")
}

// UnpackRenterBpsTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenterBpsTooHigh(uint256 bps, uint256 max)
func (staking *Staking) UnpackRenterBpsTooHighError(raw []byte) (*StakingRenterBpsTooHigh, error) {
	out := new(StakingRenterBpsTooHigh)
	if err := staking.abi.UnpackIntoInterface(out, "RenterBpsTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRenterShareWithoutRenter represents a RenterShareWithoutRenter error raised by the Staking contract.
type StakingRenterShareWithoutRenter struct {
	RenterBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenterShareWithoutRenter(uint16 renterBps)
func StakingRenterShareWithoutRenterErrorID() common.Hash {
	return common.HexToHash("0x99d7d55f7b4e59fe3bc15347a24f0d7b8de206953795fd6c2c0f64b2255a3474")
}

// UnpackRenterShareWithoutRenterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenterShareWithoutRenter(uint16 renterBps)
func (staking *Staking) UnpackRenterShareWithoutRenterError(raw []byte) (*StakingRenterShareWithoutRenter, error) {
	out := new(StakingRenterShareWithoutRenter)
	if err := staking.abi.UnpackIntoInterface(out, "RenterShareWithoutRenter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingReporterBpsTooHigh represents a ReporterBpsTooHigh error raised by the Staking contract.
type StakingReporterBpsTooHigh struct {
	Bps *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReporterBpsTooHigh(uint256 bps, uint256 max)
func StakingReporterBpsTooHighErrorID() common.Hash {
	return common.HexToHash("0xc24583ab70e5449832db8d8aca7501937644d6be394669fa24c33c2c2d5fc4ac")
}

// UnpackReporterBpsTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReporterBpsTooHigh(uint256 bps, uint256 max)
func (staking *Staking) UnpackReporterBpsTooHighError(raw []byte) (*StakingReporterBpsTooHigh, error) {
	out := new(StakingReporterBpsTooHigh)
	if err := staking.abi.UnpackIntoInterface(out, "ReporterBpsTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Staking contract.
type StakingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func StakingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (staking *Staking) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*StakingSafeCastOverflowedUintDowncast, error) {
	out := new(StakingSafeCastOverflowedUintDowncast)
	if err := staking.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Staking contract.
type StakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func StakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (staking *Staking) UnpackSafeERC20FailedOperationError(raw []byte) (*StakingSafeERC20FailedOperation, error) {
	out := new(StakingSafeERC20FailedOperation)
	if err := staking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingTooManyPendingUnbonds represents a TooManyPendingUnbonds error raised by the Staking contract.
type StakingTooManyPendingUnbonds struct {
	Account common.Address
	Role    uint8
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPendingUnbonds(address account, uint8 role, uint256 max)
func StakingTooManyPendingUnbondsErrorID() common.Hash {
	return common.HexToHash("0x13e03fd332e69ad1ef0bb5d7b1c3a6d4b5335fe494c96d7ff211dbd0612c0eec")
}

// UnpackTooManyPendingUnbondsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPendingUnbonds(address account, uint8 role, uint256 max)
func (staking *Staking) UnpackTooManyPendingUnbondsError(raw []byte) (*StakingTooManyPendingUnbonds, error) {
	out := new(StakingTooManyPendingUnbonds)
	if err := staking.abi.UnpackIntoInterface(out, "TooManyPendingUnbonds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingTooManyReporters represents a TooManyReporters error raised by the Staking contract.
type StakingTooManyReporters struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReporters(uint256 count, uint256 max)
func StakingTooManyReportersErrorID() common.Hash {
	return common.HexToHash("0x73ec4aaf8720c8e068b2a06b6639a08d34b195550ffd53b1ff51adfea426666e")
}

// UnpackTooManyReportersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReporters(uint256 count, uint256 max)
func (staking *Staking) UnpackTooManyReportersError(raw []byte) (*StakingTooManyReporters, error) {
	out := new(StakingTooManyReporters)
	if err := staking.abi.UnpackIntoInterface(out, "TooManyReporters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingUnbondIndexOutOfRange represents a UnbondIndexOutOfRange error raised by the Staking contract.
type StakingUnbondIndexOutOfRange struct {
	Index  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondIndexOutOfRange(uint256 index, uint256 length)
func StakingUnbondIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9e608ad03b8a436dad6a15ad5db355549875fd84ba87562a514b91197cd3a222")
}

// UnpackUnbondIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondIndexOutOfRange(uint256 index, uint256 length)
func (staking *Staking) UnpackUnbondIndexOutOfRangeError(raw []byte) (*StakingUnbondIndexOutOfRange, error) {
	out := new(StakingUnbondIndexOutOfRange)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingUnbondingPeriodOutOfRange represents a UnbondingPeriodOutOfRange error raised by the Staking contract.
type StakingUnbondingPeriodOutOfRange struct {
	Period uint64
	Min    uint64
	Max    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingPeriodOutOfRange(uint64 period, uint64 min, uint64 max)
func StakingUnbondingPeriodOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x00bf5a9dfaebd9e70fc9048e0bd57eb81182576b174bd60716ad3e0c2eed21d3")
}

// UnpackUnbondingPeriodOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingPeriodOutOfRange(uint64 period, uint64 min, uint64 max)
func (staking *Staking) UnpackUnbondingPeriodOutOfRangeError(raw []byte) (*StakingUnbondingPeriodOutOfRange, error) {
	out := new(StakingUnbondingPeriodOutOfRange)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondingPeriodOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingUnknownGpuClass represents a UnknownGpuClass error raised by the Staking contract.
type StakingUnknownGpuClass struct {
	GpuClass [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGpuClass(bytes32 gpuClass)
func StakingUnknownGpuClassErrorID() common.Hash {
	return common.HexToHash("0x7793fccdfab8e21a37ba7ae7fb658f9c6eeb7e366528585a912e61570d69f1e0")
}

// UnpackUnknownGpuClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGpuClass(bytes32 gpuClass)
func (staking *Staking) UnpackUnknownGpuClassError(raw []byte) (*StakingUnknownGpuClass, error) {
	out := new(StakingUnknownGpuClass)
	if err := staking.abi.UnpackIntoInterface(out, "UnknownGpuClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAddress represents a ZeroAddress error raised by the Staking contract.
type StakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func StakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (staking *Staking) UnpackZeroAddressError(raw []byte) (*StakingZeroAddress, error) {
	out := new(StakingZeroAddress)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAmount represents a ZeroAmount error raised by the Staking contract.
type StakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func StakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (staking *Staking) UnpackZeroAmountError(raw []byte) (*StakingZeroAmount, error) {
	out := new(StakingZeroAmount)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroGpuClass represents a ZeroGpuClass error raised by the Staking contract.
type StakingZeroGpuClass struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGpuClass()
func StakingZeroGpuClassErrorID() common.Hash {
	return common.HexToHash("0xe54acefe7949ed95981357894f00be4d13c0e3cd08b7d73728ba9a84a15e85f8")
}

// UnpackZeroGpuClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGpuClass()
func (staking *Staking) UnpackZeroGpuClassError(raw []byte) (*StakingZeroGpuClass, error) {
	out := new(StakingZeroGpuClass)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroGpuClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroGpus represents a ZeroGpus error raised by the Staking contract.
type StakingZeroGpus struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGpus()
func StakingZeroGpusErrorID() common.Hash {
	return common.HexToHash("0xf4b48dbd3a6a79d7f98c7f67d664fb5ff7eecd69032188980e067a42f9584dcd")
}

// UnpackZeroGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGpus()
func (staking *Staking) UnpackZeroGpusError(raw []byte) (*StakingZeroGpus, error) {
	out := new(StakingZeroGpus)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroMachineId represents a ZeroMachineId error raised by the Staking contract.
type StakingZeroMachineId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMachineId()
func StakingZeroMachineIdErrorID() common.Hash {
	return common.HexToHash("0x68a26617a66bdd51de2c4b0b14fea6076aafc2f847cabfe0652ebb2d2eeebb83")
}

// UnpackZeroMachineIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMachineId()
func (staking *Staking) UnpackZeroMachineIdError(raw []byte) (*StakingZeroMachineId, error) {
	out := new(StakingZeroMachineId)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroMachineId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroReporter represents a ZeroReporter error raised by the Staking contract.
type StakingZeroReporter struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReporter(uint256 index)
func StakingZeroReporterErrorID() common.Hash {
	return common.HexToHash("0xfd2d22680854fd45e9ef9d41a345a792d55f6f35e6dd5c3b924bb496f5e5aa78")
}

// UnpackZeroReporterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReporter(uint256 index)
func (staking *Staking) UnpackZeroReporterError(raw []byte) (*StakingZeroReporter, error) {
	out := new(StakingZeroReporter)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroReporter", raw); err != nil {
		return nil, err
	}
	return out, nil
}
