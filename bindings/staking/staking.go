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

// IStakingSlashOrder is an auto generated low-level Go binding around an user-defined struct.
type IStakingSlashOrder struct {
	Offender  common.Address
	Role      uint8
	Kind      uint8
	Amount    *big.Int
	Renter    common.Address
	RenterBps uint16
	Reporters []common.Address
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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"unbondingPeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"inspectorMinStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_DOWNTIME_CAP_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_FRAUD_CAP_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_REPORTER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DISPUTE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MIN_STAKE_PER_GPU\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PENDING_UNBONDS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_RENTER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPORTERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPORTER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_UNBONDING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_DISPUTE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_UNBONDING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PROPOSAL_LIFETIME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"activeStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"applyInspectorMinStake\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelUnbond\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkDisputeWindow\",\"inputs\":[{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"freeStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inspectorMinStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isActiveInspector\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaseEscrow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lockForListing\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"minStakePerGpu\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minUnbondingCover\",\"inputs\":[],\"outputs\":[{\"name\":\"cover\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nodeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractINodeRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingInspectorMinStake\",\"inputs\":[],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint192\",\"internalType\":\"uint192\"},{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingUnbonds\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reporterBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setDisputeWindow\",\"inputs\":[{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setInspectorMinStake\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLeaseEscrow\",\"inputs\":[{\"name\":\"leaseEscrow_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinStakePerGpu\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setNodeRegistry\",\"inputs\":[{\"name\":\"nodeRegistry_\",\"type\":\"address\",\"internalType\":\"contractINodeRegistry\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuorum\",\"inputs\":[{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setReporterBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlashCap\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.SlashKind\"},{\"name\":\"capBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingPeriod\",\"inputs\":[{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"o\",\"type\":\"tuple\",\"internalType\":\"structIStaking.SlashOrder\",\"components\":[{\"name\":\"offender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.SlashKind\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"renterBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"reporters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]},{\"name\":\"evidenceId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashCapBps\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeFor\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeInfo\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structIStaking.StakeInfo\",\"components\":[{\"name\":\"active\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonds\",\"type\":\"tuple[]\",\"internalType\":\"structIStaking.UnbondEntry[]\",\"components\":[{\"name\":\"amount\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"withdrawableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unbond\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unbondingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unlockListing\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"InspectorMinStakeProposed\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InspectorMinStakeSet\",\"inputs\":[{\"name\":\"oldMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseEscrowSet\",\"inputs\":[{\"name\":\"leaseEscrow\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinStakePerGpuSet\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"oldMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newMinStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NodeRegistrySet\",\"inputs\":[{\"name\":\"nodeRegistry\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProviderUnderCollateralised\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"active\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumSet\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReporterBpsSet\",\"inputs\":[{\"name\":\"oldBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlashCapSet\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.SlashKind\"},{\"name\":\"capBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"offender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"evidenceId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIStaking.SlashKind\"},{\"name\":\"requested\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"burned\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toRenter\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toReporters\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondCancelled\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondStarted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"withdrawableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondingPeriodSet\",\"inputs\":[{\"name\":\"oldPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"newPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumIStaking.Role\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"DisputeWindowOutOfRange\",\"inputs\":[{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"min\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InspectorMinStakeNotYetEffective\",\"inputs\":[{\"name\":\"effectiveAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InspectorMinStakeProposalExpired\",\"inputs\":[{\"name\":\"expiredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientFreeStake\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"free\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeaseEscrowAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LeaseEscrowNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MinStakeTooHigh\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoPendingInspectorMinStake\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NodeRegistryAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotNodeRegistry\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"QuorumAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RenterBpsTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RenterShareWithoutRenter\",\"inputs\":[{\"name\":\"renterBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"ReporterBpsTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReportersNotAscending\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SlashCapOutOfRange\",\"inputs\":[{\"name\":\"capBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"TooManyPendingUnbonds\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Role\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyReporters\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnbondIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnbondingBelowDisputeCover\",\"inputs\":[{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"required\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnbondingPeriodOutOfRange\",\"inputs\":[{\"name\":\"period\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"min\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownGpuClass\",\"inputs\":[{\"name\":\"gpuClass\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroGpuClass\",\"inputs\":[]}]",
	ID:  "Staking",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051614b0a380380614b0a83398101604081905261002e91610416565b826001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100668161011d565b506001600160a01b03841661008e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384166080526100a482610139565b6100ad81610212565b6003805461ffff60e01b1916607d60e21b179055604080515f81526101f460208201527fd7e5e1ab90255dbfd93dd1df1dbe5dfa399b46b12b9d9f16fb86fd2a65ca8d0a910160405180910390a16101075f610d056102df565b61011460016127106102df565b50505050610499565b600180546001600160a01b0319169055610136816103b3565b50565b620151806001600160401b038216108061015e57506276a7006001600160401b038216115b156101985760405162bf5a9d60e01b81526001600160401b03821660048201526201518060248201526276a7006044820152606401610054565b600354604080516001600160401b03600160a01b9093048316815291831660208301527f18382cb56dd35382d4c7304af8b017ef853a4b3d3c794250634d06be43874270910160405180910390a1600380546001600160401b03909216600160a01b02600160a01b600160e01b0319909216919091179055565b805f0361023257604051631f2a200560e01b815260040160405180910390fd5b60055460408051918252602082018390527f59058ea4304c6704306ec3ed8c27837735e4d4201d99e1aaa2478ff0580d42a5910160405180910390a160058190556002546001600160a01b031680156102db57604051630e659ddd60e01b8152600481018390526001600160a01b03821690630e659ddd906024015f604051808303815f87803b1580156102c4575f5ffd5b505af11580156102d6573d5f5f3e3d5ffd5b505050505b5050565b61ffff811615806102f557506127108161ffff16115b15610319576040516376ed095b60e01b815261ffff82166004820152602401610054565b80600783600181111561032e5761032e610471565b60ff166002811061034157610341610485565b601091828204019190066002026101000a81548161ffff021916908361ffff16021790555081600181111561037857610378610471565b60405161ffff831681527f035a7ebd040606bed74adf17b5b9f8008886a8f7de3c7ba11761560546c39af89060200160405180910390a25050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610136575f5ffd5b5f5f5f5f60808587031215610429575f5ffd5b845161043481610402565b602086015190945061044581610402565b60408601519093506001600160401b0381168114610461575f5ffd5b6060959095015193969295505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6080516146366104d45f395f81816106ac01528181612294015281816132b20152818161330601528181613362015261380301526146365ff3fe608060405234801561000f575f5ffd5b506004361061035c575f3560e01c80638f75da1c116101c9578063c6ab5d90116100fe578063e1164b721161009e578063eac1fd6711610079578063eac1fd67146107f0578063f10d1de114610803578063f2fde38b14610816578063fa8b48bb14610829575f5ffd5b8063e1164b72146107c4578063e30c3978146107d7578063e67d8870146107e8575f5ffd5b8063d4af96d0116100d9578063d4af96d014610782578063d7af98f01461078b578063d9b5c4a51461079e578063dd752e55146107b1575f5ffd5b8063c6ab5d901461075e578063cbeab51614610771578063d0b692dc1461077a575f5ffd5b8063a40bfc5611610169578063b077415811610144578063b077415814610712578063b19c75db14610725578063b4be63df14610738578063b94770d11461074b575f5ffd5b8063a40bfc56146106d7578063a5e1870c146106e0578063a6c82303146106ff575f5ffd5b8063a012f6ec116101a4578063a012f6ec14610681578063a01e352014610694578063a23836ef146106a7578063a324c897146106ce575f5ffd5b80638f75da1c1461066757806392de473b1461066f57806394fbabf214610678575f5ffd5b80636cf6d6751161029f57806380cbc6fa1161023f578063872c32fa1161021a578063872c32fa146105c25780638b69c8101461061f5780638da5cb5b1461064d5780638e445d331461065d575f5ffd5b806380cbc6fa14610592578063831201301461059c57806384342f05146105af575f5ffd5b806379ba50971161027a57806379ba50971461054f5780637a04519c146105575780637e8584c31461056a57806380b112bd14610572575f5ffd5b80636cf6d675146105055780636f3cccac14610531578063715018a614610547575f5ffd5b80632b2af2701161030a57806354b174d2116102e557806354b174d214610441578063582109ad146104c6578063670b7f76146104e95780636a433510146104f2575f5ffd5b80632b2af270146103f55780633a7fc08a146104085780634f9d21521461041b575f5ffd5b806319aada5a1161033a57806319aada5a146103b8578063249d39e9146103d957806325d883d0146103e2575f5ffd5b806304173e9f1461036057806314e77810146103755780631703a01814610388575b5f5ffd5b61037361036e366004613eb1565b610833565b005b610373610383366004613eb1565b610bd6565b60025461039b906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b6103cb6103c6366004613eef565b610f68565b6040519081526020016103af565b6103cb61271081565b6103736103f0366004613f26565b610fe1565b610373610403366004613f42565b611073565b610373610416366004613f77565b61116e565b61042e610429366004613f92565b611324565b60405161ffff90911681526020016103af565b60065461048d9077ffffffffffffffffffffffffffffffffffffffffffffffff8116907801000000000000000000000000000000000000000000000000900467ffffffffffffffff1682565b6040805177ffffffffffffffffffffffffffffffffffffffffffffffff909316835267ffffffffffffffff9091166020830152016103af565b6104d062093a8081565b60405167ffffffffffffffff90911681526020016103af565b61042e61271081565b610373610500366004613f77565b611351565b6003546104d09074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b6103cb6ec097ce7bc90715b34b9f100000000081565b610373611419565b61037361142c565b6103cb610565366004613eef565b611489565b6103cb600881565b610585610580366004613eef565b6114ec565b6040516103af9190613fa9565b6104d062278d0081565b60035461039b906001600160a01b031681565b6103736105bd366004614055565b6116c0565b61060f6105d036600461406e565b6005546001600160a01b03919091165f908152600960209081526040808320600184529091529020546effffffffffffffffffffffffffffff16101590565b60405190151581526020016103af565b60035461042e907c0100000000000000000000000000000000000000000000000000000000900461ffff1681565b5f546001600160a01b031661039b565b6104d06276a70081565b6103cb601081565b6103cb60055481565b61042e610d0581565b61037361068f366004614089565b6117cd565b6103736106a2366004613f92565b611983565b61039b7f000000000000000000000000000000000000000000000000000000000000000081565b61042e61232881565b61042e6101f481565b6103cb6106ee366004613f92565b60086020525f908152604090205481565b61037361070d36600461412a565b611b2f565b61037361072036600461406e565b611b41565b6103cb610733366004613eef565b611cce565b6103cb61074636600461415d565b611dc9565b6103cb610759366004613eef565b611f01565b6103cb61076c3660046141a4565b611f59565b6104d0610e1081565b6104d06122f0565b61042e6103e881565b61037361079936600461406e565b612419565b60045461039b906001600160a01b031681565b6103736107bf366004613eb1565b61253a565b6103736107d236600461406e565b61257a565b6001546001600160a01b031661039b565b610373612666565b6103736107fe3660046141bf565b6127fa565b610373610811366004613f77565b61287a565b61037361082436600461406e565b612894565b6104d06201518081565b335f90815260096020526040812081846001811115610854576108546141fd565b6001811115610865576108656141fd565b815260208101919091526040015f2080549091507e01000000000000000000000000000000000000000000000000000000000000900460ff168083106108e6576040517f9e608ad000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044015b60405180910390fd5b5f8260020184600881106108fc576108fc61422a565b01546fffffffffffffffffffffffffffffffff1690505f61091e856001614284565b90505b828110156109f65783600201816008811061093e5761093e61422a565b016002850161094e600184614297565b6008811061095e5761095e61422a565b8254910180546fffffffffffffffffffffffffffffffff9092167fffffffffffffffffffffffffffffffff0000000000000000000000000000000083168117825592547fffffffffffffffff0000000000000000000000000000000000000000000000009092169092177001000000000000000000000000000000009182900467ffffffffffffffff16909102179055600101610921565b5060028301610a06600184614297565b60088110610a1657610a1661422a565b0180547fffffffffffffffff000000000000000000000000000000000000000000000000169055825481908490600f90610a759084906f0100000000000000000000000000000090046effffffffffffffffffffffffffffff166142aa565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff16021790555080835f015f8282829054906101000a90046effffffffffffffffffffffffffffff16610ad591906142d1565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff160217905550600182610b169190614297565b835460ff919091167e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116178355846001811115610b7857610b786141fd565b604080518681526fffffffffffffffffffffffffffffffff8416602082015233917f5e60a196b54773bb256016ae0d2bda7d975d01b028d898ec2ed538e313b39a3c910160405180910390a3610bcf33868561291c565b5050505050565b805f03610c0f576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260096020526040812081846001811115610c3057610c306141fd565b6001811115610c4157610c416141fd565b81526020019081526020015f2090505f610c5a826129e1565b905080831115610c9e57338482856040517f3b69a0010000000000000000000000000000000000000000000000000000000081526004016108dd949392919061432d565b81547e01000000000000000000000000000000000000000000000000000000000000900460ff1660088110610d0657338560086040517f13e03fd30000000000000000000000000000000000000000000000000000000081526004016108dd93929190614361565b6003545f90610d379074010000000000000000000000000000000000000000900467ffffffffffffffff164261438b565b8454909150859085905f90610d5e9084906effffffffffffffffffffffffffffff166142aa565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff16021790555084845f01600f8282829054906101000a90046effffffffffffffffffffffffffffff16610dbf91906142d1565b92506101000a8154816effffffffffffffffffffffffffffff02191690836effffffffffffffffffffffffffffff160217905550816001610e009190614284565b845460ff919091167e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116178455604080518082019091526fffffffffffffffffffffffffffffffff8616815267ffffffffffffffff82166020820152600285018360088110610e9457610e9461422a565b82519101805460209093015167ffffffffffffffff16700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009093166fffffffffffffffffffffffffffffffff90921691909117919091179055856001811115610f1157610f116141fd565b6040805187815267ffffffffffffffff8416602082015233917f95b4048a03baf435f16ea8792e4fe6fa2f882cf09ba0c7d323eeb4093c040bcb910160405180910390a3610f6033878661291c565b505050505050565b6001600160a01b0382165f90815260096020526040812081836001811115610f9257610f926141fd565b6001811115610fa357610fa36141fd565b815260208101919091526040015f20547e01000000000000000000000000000000000000000000000000000000000000900460ff1690505b92915050565b6004546001600160a01b03163314611027576040517f7a1390e70000000000000000000000000000000000000000000000000000000081523360048201526024016108dd565b6001600160a01b0382165f90815260096020908152604080832083805290915281206001810180549192849261105e908490614297565b9091555061106e90508382612a1b565b505050565b61107b612b19565b816110b2576040517fe54acefe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6ec097ce7bc90715b34b9f1000000000811115611113576040517f7fd0aa45000000000000000000000000000000000000000000000000000000008152600481018290526ec097ce7bc90715b34b9f100000000060248201526044016108dd565b5f8281526008602090815260409182902054825190815290810183905283917fbeed2c88534552fbf7787300d1d4bf20bb41f13b47fbf66f59139c3ed1a4dd8b910160405180910390a25f9182526008602052604090912055565b6002545f906001600160a01b0316156111fa5760025f9054906101000a90046001600160a01b03166001600160a01b0316635059f12c6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111d1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111f591906143ab565b6111fc565b5f5b60035490915062278d009074010000000000000000000000000000000000000000900467ffffffffffffffff9081169061123b90808516908616614284565b11806112525750610e1067ffffffffffffffff8416105b806112665750808367ffffffffffffffff16115b1561106e576003548390610e109067ffffffffffffffff8086167401000000000000000000000000000000000000000090920416116112a5575f6112d5565b6003546112d590859074010000000000000000000000000000000000000000900467ffffffffffffffff166143c6565b6040517ffc58409100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9384166004820152918316602483015290911660448201526064016108dd565b60078160028110611333575f80fd5b60109182820401919006600202915054906101000a900461ffff1681565b611359612b19565b6003546001600160a01b03168061139c576040517fe16166aa00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113a58261116e565b6040517ff105be6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526001600160a01b0382169063f105be6c906024015b5f604051808303815f87803b158015611407575f5ffd5b505af1158015610f60573d5f5f3e3d5ffd5b611421612b19565b61142a5f612b5e565b565b60015433906001600160a01b0316811461147d576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108dd565b61148681612b5e565b50565b6001600160a01b0382165f908152600960205260408120818360018111156114b3576114b36141fd565b60018111156114c4576114c46141fd565b815260208101919091526040015f20546effffffffffffffffffffffffffffff169392505050565b61151460405180608001604052805f81526020015f81526020015f8152602001606081525090565b6001600160a01b0383165f9081526009602052604081208184600181111561153e5761153e6141fd565b600181111561154f5761154f6141fd565b815260208082019290925260409081015f2080546effffffffffffffffffffffffffffff80821687526f010000000000000000000000000000008204169386019390935260018101549185019190915291507e01000000000000000000000000000000000000000000000000000000000000900460ff168067ffffffffffffffff8111156115df576115df6143e6565b60405190808252806020026020018201604052801561162357816020015b604080518082019091525f80825260208201528152602001906001900390816115fd5790505b5060608401525f5b818110156116b7578260020181600881106116485761164861422a565b604080518082019091529101546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000900467ffffffffffffffff16602082015260608501518051839081106116a4576116a461422a565b602090810291909101015260010161162b565b50505092915050565b6116c8612b19565b6103e861ffff82161115611716576040517fc24583ab00000000000000000000000000000000000000000000000000000000815261ffff821660048201526103e860248201526044016108dd565b6003546040805161ffff7c01000000000000000000000000000000000000000000000000000000009093048316815291831660208301527fd7e5e1ab90255dbfd93dd1df1dbe5dfa399b46b12b9d9f16fb86fd2a65ca8d0a910160405180910390a16003805461ffff9092167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff909216919091179055565b6117d5612b8f565b6002546001600160a01b031680611818576040517f1435d15c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61182185612bc4565b6001600160a01b038116637c283c226003866118f661184360208b018b61406e565b61185360408c0160208d016141a4565b6001811115611864576118646141fd565b61187460608d0160408e016141a4565b6001811115611885576118856141fd565b8c606001358d608001602081019061189d919061406e565b8e60a00160208101906118b09190614055565b8f8060c001906118c09190614413565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250612e6092505050565b87876040518663ffffffff1660e01b815260040161191895949392919061447e565b5f604051808303815f87803b15801561192f575f5ffd5b505af1158015611941573d5f5f3e3d5ffd5b5050505061194f8585612f41565b5061197d61142a5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612bbe565b50505050565b61198b612b19565b805f036119c4576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546005546001600160a01b0390911690821115806119eb57506001600160a01b038116155b15611a01575f6006556119fd826133cd565b5050565b5f816001600160a01b0316635059f12c6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a3e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6291906143ab565b611a6c904261438b565b90506040518060400160405280611a828561349f565b77ffffffffffffffffffffffffffffffffffffffffffffffff908116825267ffffffffffffffff808516602093840152835193909201519091167801000000000000000000000000000000000000000000000000029116176006556040517f12946560182ddfe62f8194b440b97938a17aa875d9fb2f4b6c194d1123e2e72290611b22908590849091825267ffffffffffffffff16602082015260400190565b60405180910390a1505050565b611b37612b19565b6119fd8282613500565b611b49612b19565b6001600160a01b038116611b89576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b031615611bcc576040517ff329042900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316179055600354611c2d9074010000000000000000000000000000000000000000900467ffffffffffffffff166135ed565b6040516001600160a01b038216907f0b1170e4522b13d041892f25c7855f2f9b35dbfca854ff702a7e9ed406d61bb3905f90a26005546040517f0e659ddd00000000000000000000000000000000000000000000000000000000815260048101919091526001600160a01b03821690630e659ddd906024015f604051808303815f87803b158015611cbc575f5ffd5b505af1158015610bcf573d5f5f3e3d5ffd5b6001600160a01b0382165f908152600960205260408120819081846001811115611cfa57611cfa6141fd565b6001811115611d0b57611d0b6141fd565b815260208101919091526040015f90812080549092507e01000000000000000000000000000000000000000000000000000000000000900460ff16905b818110156116b75742836002018260088110611d6657611d6661422a565b0154700100000000000000000000000000000000900467ffffffffffffffff1611611dc157826002018160088110611da057611da061422a565b0154611dbe906fffffffffffffffffffffffffffffffff1685614284565b93505b600101611d48565b6004545f906001600160a01b03163314611e11576040517f7a1390e70000000000000000000000000000000000000000000000000000000081523360048201526024016108dd565b5f8381526008602052604081205490819003611e5c576040517f7793fccd000000000000000000000000000000000000000000000000000000008152600481018590526024016108dd565b6001600160a01b0385165f9081526009602090815260408083208380529091529020611e8e63ffffffff8516836144e2565b92505f611e9a826129e1565b905083811015611ede57865f82866040517f3b69a0010000000000000000000000000000000000000000000000000000000081526004016108dd949392919061432d565b83826001015f828254611ef19190614284565b9091555093979650505050505050565b6001600160a01b0382165f908152600960205260408120611f529082846001811115611f2f57611f2f6141fd565b6001811115611f4057611f406141fd565b81526020019081526020015f206129e1565b9392505050565b5f611f62612b8f565b335f90815260096020526040812081846001811115611f8357611f836141fd565b6001811115611f9457611f946141fd565b815260208101919091526040015f90812080549092507e01000000000000000000000000000000000000000000000000000000000000900460ff1690805b82811015612103575f846002018260088110611ff057611ff061422a565b604080518082019091529101546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000900467ffffffffffffffff1660208201819052909150421061206557805161205e906fffffffffffffffffffffffffffffffff1687614284565b95506120fa565b8183146120ee57808560020184600881106120825761208261422a565b82519101805460209093015167ffffffffffffffff16700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009093166fffffffffffffffffffffffffffffffff909216919091179190911790555b6120f7836144f9565b92505b50600101611fd2565b50835f036121415733856040517fe5baea160000000000000000000000000000000000000000000000000000000081526004016108dd929190614530565b805b8281101561218f578360020181600881106121605761216061422a565b0180547fffffffffffffffff000000000000000000000000000000000000000000000000169055600101612143565b50825484908490600f906121c89084906f0100000000000000000000000000000090046effffffffffffffffffffffffffffff166142aa565b82546101009290920a6effffffffffffffffffffffffffffff8181021990931691909216919091021790555082547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000060ff831602178355846001811115612252576122526141fd565b60405185815233907f83637d0d125e3dae88720b1ad229ce05c339c065b6282caf315dcb35a999d6d49060200160405180910390a36122bb6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338661365a565b5050506122eb61142a5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612bbe565b919050565b6002545f906001600160a01b0316156123845760025f9054906101000a90046001600160a01b03166001600160a01b0316635059f12c6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612353573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061237791906143ab565b612381908261438b565b90505b6003546001600160a01b0316156124165760035f9054906101000a90046001600160a01b03166001600160a01b031663117f5f926040518163ffffffff1660e01b8152600401602060405180830381865afa1580156123e5573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061240991906143ab565b612413908261438b565b90505b90565b612421612b19565b6001600160a01b038116612461576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546001600160a01b0316156124a4576040517f4821f12400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03831617908190556125049074010000000000000000000000000000000000000000900467ffffffffffffffff166135ed565b6040516001600160a01b038216907fdc4458b78002785f4ea6d934204d8c4be1cb848852ab4dbe9be06bdf9ef65693905f90a250565b612542612b8f565b61254d3383836136a8565b6119fd61142a5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612bbe565b612582612b19565b6001600160a01b0381166125c2576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004546001600160a01b031615612605576040517f241e97bd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fef697ae2a61f63e7a8cb0d7e7a6c0a794c764a208b7d0360e47c241b14a0dbd9905f90a250565b6040805180820190915260065477ffffffffffffffffffffffffffffffffffffffffffffffff8116808352780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660208301525f036126f5576040517f14ffb62a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806020015167ffffffffffffffff164210156127555760208101516040517f0af9e65700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201524260248201526044016108dd565b62093a808160200151612768919061438b565b67ffffffffffffffff164211156127d15762093a80816020015161278c919061438b565b6040517f9d703ff800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201524260248201526044016108dd565b5f60065580516114869077ffffffffffffffffffffffffffffffffffffffffffffffff166133cd565b612802612b8f565b6001600160a01b038316612842576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61284d8383836136a8565b61106e61142a5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612bbe565b612882612b19565b61288b8161382b565b611486816135ed565b61289c612b19565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556128e45f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f82600181111561292f5761292f6141fd565b0361293e5761106e8382612a1b565b6002546001600160a01b0316801561197d5781546040517f16de8e760000000000000000000000000000000000000000000000000000000081526001600160a01b0386811660048301526effffffffffffffffffffffffffffff9092166024820152908216906316de8e76906044015b5f604051808303815f87803b1580156129c5575f5ffd5b505af11580156129d7573d5f5f3e3d5ffd5b5050505050505050565b805460018201545f916effffffffffffffffffffffffffffff1690808211612a09575f612a13565b612a138183614297565b949350505050565b600181015481546effffffffffffffffffffffffffffff811691909110907f0100000000000000000000000000000000000000000000000000000000000000900460ff161515819003612a6d57505050565b81547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0100000000000000000000000000000000000000000000000000000000000000821515021782556004546001600160a01b0316801561197d576040517f9fecd6330000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301528315156024830152821690639fecd633906044016129ae565b5f546001600160a01b0316331461142a576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108dd565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561148681613959565b612b976139c0565b61142a60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613a22565b5f612bd2602083018361406e565b6001600160a01b031603612c12576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80606001355f03612c4f576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612328612c6260c0830160a08401614055565b61ffff161115612cbd57612c7c60c0820160a08301614055565b6040517f7caa453300000000000000000000000000000000000000000000000000000000815261ffff909116600482015261232860248201526044016108dd565b612ccd60c0820160a08301614055565b61ffff1615801590612cf657505f612ceb60a083016080840161406e565b6001600160a01b0316145b15612d4457612d0b60c0820160a08301614055565b6040517f99d7d55f00000000000000000000000000000000000000000000000000000000815261ffff90911660048201526024016108dd565b5f612d5260c0830183614413565b9150506010811115612d9a576040517f73ec4aaf00000000000000000000000000000000000000000000000000000000815260048101829052601060248201526044016108dd565b5f5f5b8281101561197d576001600160a01b038216612dbc60c0860186614413565b83818110612dcc57612dcc61422a565b9050602002016020810190612de1919061406e565b6001600160a01b031611612e24576040517fe754b3ab000000000000000000000000000000000000000000000000000000008152600481018290526024016108dd565b612e3160c0850185614413565b82818110612e4157612e4161422a565b9050602002016020810190612e56919061406e565b9150600101612d9d565b5f7fb2a976352119c798fb18fd022ff0b56a3c41247f6abf18df96bed750f54f628088888888888888604051602001612e999190614556565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00181528282528051602091820120908301999099526001600160a01b039788169082015260ff958616606082015293909416608084015260a083019190915290921660c083015261ffff1660e082015261010081019190915261012001604051602081830303815290604052805190602001209050979650505050505050565b5f612f4f602084018461406e565b90505f612f6260408501602086016141a4565b6001600160a01b0383165f90815260096020526040812091925090819081846001811115612f9257612f926141fd565b6001811115612fa357612fa36141fd565b81526020019081526020015f2090505f6127106007886040016020810190612fcb91906141a4565b6001811115612fdc57612fdc6141fd565b60ff1660028110612fef57612fef61422a565b6010810491909101548454600f9092166002026101000a900461ffff169061303e906f0100000000000000000000000000000081046effffffffffffffffffffffffffffff9081169116614284565b61304891906144e2565b6130529190614594565b90506130748585838a606001351061306a5783613a29565b8960600135613a29565b925061308185858461291c565b5f846001811115613094576130946141fd565b1480156130c5575081547f0100000000000000000000000000000000000000000000000000000000000000900460ff165b156131295781546001830154604080516effffffffffffffffffffffffffffff909316835260208301919091526001600160a01b038716917f4f87dcb8aaf4767a6dd35dbaa5090ccda41bdaf04fc5df86af3ad94023c96407910160405180910390a25b505f905061313a60c0870187614413565b91505f905081156131955760035482906127109061317c907c0100000000000000000000000000000000000000000000000000000000900461ffff16866144e2565b6131869190614594565b6131909190614594565b613197565b5f5b90505f6127106131ad60c08a0160a08b01614055565b6131bb9061ffff16866144e2565b6131c59190614594565b90505f816131d385856144e2565b6131dd9087614297565b6131e79190614297565b9050878660018111156131fc576131fc6141fd565b6001600160a01b0389167face58684d5d78e0df17bb8e3747f5f5f6642a57272e3230546473ee34491c14661323760608e0160408f016141a4565b60608e01358a87896132498d8d6144e2565b60405161325b969594939291906145cc565b60405180910390a482156132e3575f5b848110156132e1576132d961328360c08c018c614413565b838181106132935761329361422a565b90506020020160208101906132a8919061406e565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016908661365a565b60010161326b565b505b811561332d5761332d6132fc60a08b0160808c0161406e565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016908461365a565b80156133c2576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906342966c68906024015f604051808303815f87803b1580156133ab575f5ffd5b505af11580156133bd573d5f5f3e3d5ffd5b505050505b505050505050505050565b805f03613406576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60055460408051918252602082018390527f59058ea4304c6704306ec3ed8c27837735e4d4201d99e1aaa2478ff0580d42a5910160405180910390a160058190556002546001600160a01b031680156119fd576040517f0e659ddd000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b03821690630e659ddd906024016113f0565b5f77ffffffffffffffffffffffffffffffffffffffffffffffff8211156134fc576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260c06004820152602481018390526044016108dd565b5090565b61ffff8116158061351657506127108161ffff16115b15613553576040517f76ed095b00000000000000000000000000000000000000000000000000000000815261ffff821660048201526024016108dd565b806007836001811115613568576135686141fd565b60ff166002811061357b5761357b61422a565b601091828204019190066002026101000a81548161ffff021916908361ffff1602179055508160018111156135b2576135b26141fd565b60405161ffff831681527f035a7ebd040606bed74adf17b5b9f8008886a8f7de3c7ba11761560546c39af89060200160405180910390a25050565b5f6135f66122f0565b90508067ffffffffffffffff168267ffffffffffffffff1610156119fd576040517f4e11323800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8084166004830152821660248201526044016108dd565b6136678383836001613d01565b61106e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108dd565b805f036136e1576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f9081526009602052604081208184600181111561370b5761370b6141fd565b600181111561371c5761371c6141fd565b815260208101919091526040015f908120805490925061374e9084906effffffffffffffffffffffffffffff16614284565b905061375981613d7c565b82547fffffffffffffffffffffffffffffffffff000000000000000000000000000000166effffffffffffffffffffffffffffff91909116178255338460018111156137a7576137a76141fd565b60408051868152602081018590526001600160a01b038916917f6cf68e8afa78ffa53ee277df7e8f54c7465b0fcca27ec8820e35052340978cd5910160405180910390a46137f685858461291c565b610bcf6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086613dd0565b6201518067ffffffffffffffff8216108061385257506276a70067ffffffffffffffff8216115b156138a6576040517ebf5a9d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526201518060248201526276a70060448201526064016108dd565b6003546040805167ffffffffffffffff740100000000000000000000000000000000000000009093048316815291831660208301527f18382cb56dd35382d4c7304af8b017ef853a4b3d3c794250634d06be43874270910160405180910390a16003805467ffffffffffffffff90921674010000000000000000000000000000000000000000027fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff909216919091179055565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6139eb5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612413565b1561142a576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6001600160a01b0383165f908152600960205260408120819081856001811115613a5557613a556141fd565b6001811115613a6657613a666141fd565b815260208101919091526040015f90812080549092506effffffffffffffffffffffffffffff1690818510613a9b5781613a9d565b845b83549091506f0100000000000000000000000000000090046effffffffffffffffffffffffffffff165f613ad18388614297565b905081811115613ade5750805b613ae88385614297565b85547fffffffffffffffffffffffffffffffffff000000000000000000000000000000166effffffffffffffffffffffffffffff919091161785558015613cea57613b338183614297565b85546effffffffffffffffffffffffffffff919091166f01000000000000000000000000000000027fffff000000000000000000000000000000ffffffffffffffffffffffffffffff9091161780865560ff7e0100000000000000000000000000000000000000000000000000000000000090910416815b8015613c99575f60028801613bc1600185614297565b60088110613bd157613bd161422a565b0180549091506fffffffffffffffffffffffffffffffff16828111613c4857613bfa8184614297565b925060028901613c0985614602565b94508460088110613c1c57613c1c61422a565b0180547fffffffffffffffff000000000000000000000000000000000000000000000000169055613c92565b613c528382614297565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff919091161782555f92505b5050613bab565b50855460ff9091167e01000000000000000000000000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091161785555b613cf48184614284565b9998505050505050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613d70578383151615613d64573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6effffffffffffffffffffffffffffff8211156134fc576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260786004820152602481018390526044016108dd565b613dde848484846001613e1f565b61197d576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108dd565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613e94578383151615613e88573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60028110611486575f5ffd5b5f5f60408385031215613ec2575f5ffd5b8235613ecd81613ea5565b946020939093013593505050565b6001600160a01b0381168114611486575f5ffd5b5f5f60408385031215613f00575f5ffd5b8235613f0b81613edb565b91506020830135613f1b81613ea5565b809150509250929050565b5f5f60408385031215613f37575f5ffd5b8235613ecd81613edb565b5f5f60408385031215613f53575f5ffd5b50508035926020909101359150565b67ffffffffffffffff81168114611486575f5ffd5b5f60208284031215613f87575f5ffd5b8135611f5281613f62565b5f60208284031215613fa2575f5ffd5b5035919050565b602081525f60a08201835160208401526020840151604084015260408401516060840152606084015160808085015281815180845260c0860191506020830193505f92505b8083101561403a5783516fffffffffffffffffffffffffffffffff815116835267ffffffffffffffff602082015116602084015250604082019150602084019350600183019250613fee565b5095945050505050565b803561ffff811681146122eb575f5ffd5b5f60208284031215614065575f5ffd5b611f5282614044565b5f6020828403121561407e575f5ffd5b8135611f5281613edb565b5f5f5f5f6060858703121561409c575f5ffd5b843567ffffffffffffffff8111156140b2575f5ffd5b850160e081880312156140c3575f5ffd5b935060208501359250604085013567ffffffffffffffff8111156140e5575f5ffd5b8501601f810187136140f5575f5ffd5b803567ffffffffffffffff81111561410b575f5ffd5b87602082840101111561411c575f5ffd5b949793965060200194505050565b5f5f6040838503121561413b575f5ffd5b823561414681613ea5565b915061415460208401614044565b90509250929050565b5f5f5f6060848603121561416f575f5ffd5b833561417a81613edb565b925060208401359150604084013563ffffffff81168114614199575f5ffd5b809150509250925092565b5f602082840312156141b4575f5ffd5b8135611f5281613ea5565b5f5f5f606084860312156141d1575f5ffd5b83356141dc81613edb565b925060208401356141ec81613ea5565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610fdb57610fdb614257565b81810381811115610fdb57610fdb614257565b6effffffffffffffffffffffffffffff8281168282160390811115610fdb57610fdb614257565b6effffffffffffffffffffffffffffff8181168382160190811115610fdb57610fdb614257565b60028110611486577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6001600160a01b038516815260808101614346856142f8565b84602083015283604083015282606083015295945050505050565b6001600160a01b03841681526060810161437a846142f8565b602082019390935260400152919050565b67ffffffffffffffff8181168382160190811115610fdb57610fdb614257565b5f602082840312156143bb575f5ffd5b8151611f5281613f62565b67ffffffffffffffff8281168282160390811115610fdb57610fdb614257565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614446575f5ffd5b83018035915067ffffffffffffffff821115614460575f5ffd5b6020019150600581901b3603821315614477575f5ffd5b9250929050565b60ff8616815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b8082028115828204841417610fdb57610fdb614257565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361452957614529614257565b5060010190565b6001600160a01b038316815260408101614549836142f8565b8260208301529392505050565b81515f90829060208501835b828110156145895781516001600160a01b0316845260209384019390910190600101614562565b509195945050505050565b5f826145c7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b60c081016145d9886142f8565b968152602081019590955260408501939093526060840191909152608083015260a09091015290565b5f8161461057614610614257565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff019056",
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

// PackDEFAULTDOWNTIMECAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94fbabf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_DOWNTIME_CAP_BPS() view returns(uint16)
func (staking *Staking) PackDEFAULTDOWNTIMECAPBPS() []byte {
	enc, err := staking.abi.Pack("DEFAULT_DOWNTIME_CAP_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTDOWNTIMECAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94fbabf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_DOWNTIME_CAP_BPS() view returns(uint16)
func (staking *Staking) TryPackDEFAULTDOWNTIMECAPBPS() ([]byte, error) {
	return staking.abi.Pack("DEFAULT_DOWNTIME_CAP_BPS")
}

// UnpackDEFAULTDOWNTIMECAPBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94fbabf2.
//
// Solidity: function DEFAULT_DOWNTIME_CAP_BPS() view returns(uint16)
func (staking *Staking) UnpackDEFAULTDOWNTIMECAPBPS(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("DEFAULT_DOWNTIME_CAP_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackDEFAULTFRAUDCAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670b7f76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_FRAUD_CAP_BPS() view returns(uint16)
func (staking *Staking) PackDEFAULTFRAUDCAPBPS() []byte {
	enc, err := staking.abi.Pack("DEFAULT_FRAUD_CAP_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTFRAUDCAPBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670b7f76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_FRAUD_CAP_BPS() view returns(uint16)
func (staking *Staking) TryPackDEFAULTFRAUDCAPBPS() ([]byte, error) {
	return staking.abi.Pack("DEFAULT_FRAUD_CAP_BPS")
}

// UnpackDEFAULTFRAUDCAPBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x670b7f76.
//
// Solidity: function DEFAULT_FRAUD_CAP_BPS() view returns(uint16)
func (staking *Staking) UnpackDEFAULTFRAUDCAPBPS(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("DEFAULT_FRAUD_CAP_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
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

// PackMAXDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80cbc6fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DISPUTE_WINDOW() view returns(uint64)
func (staking *Staking) PackMAXDISPUTEWINDOW() []byte {
	enc, err := staking.abi.Pack("MAX_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80cbc6fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DISPUTE_WINDOW() view returns(uint64)
func (staking *Staking) TryPackMAXDISPUTEWINDOW() ([]byte, error) {
	return staking.abi.Pack("MAX_DISPUTE_WINDOW")
}

// UnpackMAXDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80cbc6fa.
//
// Solidity: function MAX_DISPUTE_WINDOW() view returns(uint64)
func (staking *Staking) UnpackMAXDISPUTEWINDOW(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("MAX_DISPUTE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint64)
func (staking *Staking) PackMINDISPUTEWINDOW() []byte {
	enc, err := staking.abi.Pack("MIN_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint64)
func (staking *Staking) TryPackMINDISPUTEWINDOW() ([]byte, error) {
	return staking.abi.Pack("MIN_DISPUTE_WINDOW")
}

// UnpackMINDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbeab516.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint64)
func (staking *Staking) UnpackMINDISPUTEWINDOW(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("MIN_DISPUTE_WINDOW", data)
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

// PackPROPOSALLIFETIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582109ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSAL_LIFETIME() view returns(uint64)
func (staking *Staking) PackPROPOSALLIFETIME() []byte {
	enc, err := staking.abi.Pack("PROPOSAL_LIFETIME")
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
func (staking *Staking) TryPackPROPOSALLIFETIME() ([]byte, error) {
	return staking.abi.Pack("PROPOSAL_LIFETIME")
}

// UnpackPROPOSALLIFETIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x582109ad.
//
// Solidity: function PROPOSAL_LIFETIME() view returns(uint64)
func (staking *Staking) UnpackPROPOSALLIFETIME(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("PROPOSAL_LIFETIME", data)
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

// PackActiveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a04519c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeStake(address account, uint8 role) view returns(uint256)
func (staking *Staking) PackActiveStake(account common.Address, role uint8) []byte {
	enc, err := staking.abi.Pack("activeStake", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a04519c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeStake(address account, uint8 role) view returns(uint256)
func (staking *Staking) TryPackActiveStake(account common.Address, role uint8) ([]byte, error) {
	return staking.abi.Pack("activeStake", account, role)
}

// UnpackActiveStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a04519c.
//
// Solidity: function activeStake(address account, uint8 role) view returns(uint256)
func (staking *Staking) UnpackActiveStake(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("activeStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApplyInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe67d8870.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyInspectorMinStake() returns()
func (staking *Staking) PackApplyInspectorMinStake() []byte {
	enc, err := staking.abi.Pack("applyInspectorMinStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe67d8870.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyInspectorMinStake() returns()
func (staking *Staking) TryPackApplyInspectorMinStake() ([]byte, error) {
	return staking.abi.Pack("applyInspectorMinStake")
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

// PackCheckDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a7fc08a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDisputeWindow(uint64 disputeWindow) view returns()
func (staking *Staking) PackCheckDisputeWindow(disputeWindow uint64) []byte {
	enc, err := staking.abi.Pack("checkDisputeWindow", disputeWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a7fc08a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDisputeWindow(uint64 disputeWindow) view returns()
func (staking *Staking) TryPackCheckDisputeWindow(disputeWindow uint64) ([]byte, error) {
	return staking.abi.Pack("checkDisputeWindow", disputeWindow)
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

// PackLockForListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4be63df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockForListing(address provider, bytes32 gpuClass, uint32 gpuCount) returns(uint256 required)
func (staking *Staking) PackLockForListing(provider common.Address, gpuClass [32]byte, gpuCount uint32) []byte {
	enc, err := staking.abi.Pack("lockForListing", provider, gpuClass, gpuCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockForListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4be63df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockForListing(address provider, bytes32 gpuClass, uint32 gpuCount) returns(uint256 required)
func (staking *Staking) TryPackLockForListing(provider common.Address, gpuClass [32]byte, gpuCount uint32) ([]byte, error) {
	return staking.abi.Pack("lockForListing", provider, gpuClass, gpuCount)
}

// UnpackLockForListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4be63df.
//
// Solidity: function lockForListing(address provider, bytes32 gpuClass, uint32 gpuCount) returns(uint256 required)
func (staking *Staking) UnpackLockForListing(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("lockForListing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMinUnbondingCover is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0b692dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minUnbondingCover() view returns(uint64 cover)
func (staking *Staking) PackMinUnbondingCover() []byte {
	enc, err := staking.abi.Pack("minUnbondingCover")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinUnbondingCover is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0b692dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minUnbondingCover() view returns(uint64 cover)
func (staking *Staking) TryPackMinUnbondingCover() ([]byte, error) {
	return staking.abi.Pack("minUnbondingCover")
}

// UnpackMinUnbondingCover is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0b692dc.
//
// Solidity: function minUnbondingCover() view returns(uint64 cover)
func (staking *Staking) UnpackMinUnbondingCover(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("minUnbondingCover", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNodeRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9b5c4a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeRegistry() view returns(address)
func (staking *Staking) PackNodeRegistry() []byte {
	enc, err := staking.abi.Pack("nodeRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9b5c4a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeRegistry() view returns(address)
func (staking *Staking) TryPackNodeRegistry() ([]byte, error) {
	return staking.abi.Pack("nodeRegistry")
}

// UnpackNodeRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9b5c4a5.
//
// Solidity: function nodeRegistry() view returns(address)
func (staking *Staking) UnpackNodeRegistry(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("nodeRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackPendingInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54b174d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingInspectorMinStake() view returns(uint192 amount, uint64 effectiveAt)
func (staking *Staking) PackPendingInspectorMinStake() []byte {
	enc, err := staking.abi.Pack("pendingInspectorMinStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingInspectorMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54b174d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingInspectorMinStake() view returns(uint192 amount, uint64 effectiveAt)
func (staking *Staking) TryPackPendingInspectorMinStake() ([]byte, error) {
	return staking.abi.Pack("pendingInspectorMinStake")
}

// PendingInspectorMinStakeOutput serves as a container for the return parameters of contract
// method PendingInspectorMinStake.
type PendingInspectorMinStakeOutput struct {
	Amount      *big.Int
	EffectiveAt uint64
}

// UnpackPendingInspectorMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54b174d2.
//
// Solidity: function pendingInspectorMinStake() view returns(uint192 amount, uint64 effectiveAt)
func (staking *Staking) UnpackPendingInspectorMinStake(data []byte) (PendingInspectorMinStakeOutput, error) {
	out, err := staking.abi.Unpack("pendingInspectorMinStake", data)
	outstruct := new(PendingInspectorMinStakeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.EffectiveAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackSetDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a433510.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeWindow(uint64 disputeWindow) returns()
func (staking *Staking) PackSetDisputeWindow(disputeWindow uint64) []byte {
	enc, err := staking.abi.Pack("setDisputeWindow", disputeWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a433510.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeWindow(uint64 disputeWindow) returns()
func (staking *Staking) TryPackSetDisputeWindow(disputeWindow uint64) ([]byte, error) {
	return staking.abi.Pack("setDisputeWindow", disputeWindow)
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

// PackSetNodeRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1164b72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNodeRegistry(address nodeRegistry_) returns()
func (staking *Staking) PackSetNodeRegistry(nodeRegistry common.Address) []byte {
	enc, err := staking.abi.Pack("setNodeRegistry", nodeRegistry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNodeRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1164b72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNodeRegistry(address nodeRegistry_) returns()
func (staking *Staking) TryPackSetNodeRegistry(nodeRegistry common.Address) ([]byte, error) {
	return staking.abi.Pack("setNodeRegistry", nodeRegistry)
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

// PackSetSlashCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c82303.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlashCap(uint8 kind, uint16 capBps) returns()
func (staking *Staking) PackSetSlashCap(kind uint8, capBps uint16) []byte {
	enc, err := staking.abi.Pack("setSlashCap", kind, capBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlashCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c82303.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlashCap(uint8 kind, uint16 capBps) returns()
func (staking *Staking) TryPackSetSlashCap(kind uint8, capBps uint16) ([]byte, error) {
	return staking.abi.Pack("setSlashCap", kind, capBps)
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
// the contract method with ID 0xa012f6ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash((address,uint8,uint8,uint256,address,uint16,address[]) o, bytes32 evidenceId, bytes signatures) returns()
func (staking *Staking) PackSlash(o IStakingSlashOrder, evidenceId [32]byte, signatures []byte) []byte {
	enc, err := staking.abi.Pack("slash", o, evidenceId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa012f6ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash((address,uint8,uint8,uint256,address,uint16,address[]) o, bytes32 evidenceId, bytes signatures) returns()
func (staking *Staking) TryPackSlash(o IStakingSlashOrder, evidenceId [32]byte, signatures []byte) ([]byte, error) {
	return staking.abi.Pack("slash", o, evidenceId, signatures)
}

// PackSlashCapBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f9d2152.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashCapBps(uint256 ) view returns(uint16)
func (staking *Staking) PackSlashCapBps(arg0 *big.Int) []byte {
	enc, err := staking.abi.Pack("slashCapBps", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashCapBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f9d2152.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashCapBps(uint256 ) view returns(uint16)
func (staking *Staking) TryPackSlashCapBps(arg0 *big.Int) ([]byte, error) {
	return staking.abi.Pack("slashCapBps", arg0)
}

// UnpackSlashCapBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f9d2152.
//
// Solidity: function slashCapBps(uint256 ) view returns(uint16)
func (staking *Staking) UnpackSlashCapBps(data []byte) (uint16, error) {
	out, err := staking.abi.Unpack("slashCapBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
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

// PackUnlockListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d883d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlockListing(address provider, uint256 amount) returns()
func (staking *Staking) PackUnlockListing(provider common.Address, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("unlockListing", provider, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlockListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d883d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlockListing(address provider, uint256 amount) returns()
func (staking *Staking) TryPackUnlockListing(provider common.Address, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("unlockListing", provider, amount)
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

// StakingInspectorMinStakeProposed represents a InspectorMinStakeProposed event raised by the Staking contract.
type StakingInspectorMinStakeProposed struct {
	MinStake    *big.Int
	EffectiveAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingInspectorMinStakeProposedEventName = "InspectorMinStakeProposed"

// ContractEventName returns the user-defined event name.
func (StakingInspectorMinStakeProposed) ContractEventName() string {
	return StakingInspectorMinStakeProposedEventName
}

// UnpackInspectorMinStakeProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InspectorMinStakeProposed(uint256 minStake, uint64 effectiveAt)
func (staking *Staking) UnpackInspectorMinStakeProposedEvent(log *types.Log) (*StakingInspectorMinStakeProposed, error) {
	event := "InspectorMinStakeProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingInspectorMinStakeProposed)
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

// StakingNodeRegistrySet represents a NodeRegistrySet event raised by the Staking contract.
type StakingNodeRegistrySet struct {
	NodeRegistry common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const StakingNodeRegistrySetEventName = "NodeRegistrySet"

// ContractEventName returns the user-defined event name.
func (StakingNodeRegistrySet) ContractEventName() string {
	return StakingNodeRegistrySetEventName
}

// UnpackNodeRegistrySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistrySet(address indexed nodeRegistry)
func (staking *Staking) UnpackNodeRegistrySetEvent(log *types.Log) (*StakingNodeRegistrySet, error) {
	event := "NodeRegistrySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingNodeRegistrySet)
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

// StakingSlashCapSet represents a SlashCapSet event raised by the Staking contract.
type StakingSlashCapSet struct {
	Kind   uint8
	CapBps uint16
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingSlashCapSetEventName = "SlashCapSet"

// ContractEventName returns the user-defined event name.
func (StakingSlashCapSet) ContractEventName() string {
	return StakingSlashCapSetEventName
}

// UnpackSlashCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlashCapSet(uint8 indexed kind, uint16 capBps)
func (staking *Staking) UnpackSlashCapSetEvent(log *types.Log) (*StakingSlashCapSet, error) {
	event := "SlashCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlashCapSet)
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
	Kind        uint8
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
// Solidity: event Slashed(address indexed offender, uint8 indexed role, bytes32 indexed evidenceId, uint8 kind, uint256 requested, uint256 slashed, uint256 burned, uint256 toRenter, uint256 toReporters)
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
	if bytes.Equal(raw[:4], staking.abi.Errors["DisputeWindowOutOfRange"].ID.Bytes()[:4]) {
		return staking.UnpackDisputeWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InspectorMinStakeNotYetEffective"].ID.Bytes()[:4]) {
		return staking.UnpackInspectorMinStakeNotYetEffectiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InspectorMinStakeProposalExpired"].ID.Bytes()[:4]) {
		return staking.UnpackInspectorMinStakeProposalExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["LeaseEscrowAlreadySet"].ID.Bytes()[:4]) {
		return staking.UnpackLeaseEscrowAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["LeaseEscrowNotSet"].ID.Bytes()[:4]) {
		return staking.UnpackLeaseEscrowNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["MinStakeTooHigh"].ID.Bytes()[:4]) {
		return staking.UnpackMinStakeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NoPendingInspectorMinStake"].ID.Bytes()[:4]) {
		return staking.UnpackNoPendingInspectorMinStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NodeRegistryAlreadySet"].ID.Bytes()[:4]) {
		return staking.UnpackNodeRegistryAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotNodeRegistry"].ID.Bytes()[:4]) {
		return staking.UnpackNotNodeRegistryError(raw[4:])
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
	if bytes.Equal(raw[:4], staking.abi.Errors["RenterBpsTooHigh"].ID.Bytes()[:4]) {
		return staking.UnpackRenterBpsTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["RenterShareWithoutRenter"].ID.Bytes()[:4]) {
		return staking.UnpackRenterShareWithoutRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReporterBpsTooHigh"].ID.Bytes()[:4]) {
		return staking.UnpackReporterBpsTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReportersNotAscending"].ID.Bytes()[:4]) {
		return staking.UnpackReportersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return staking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return staking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SlashCapOutOfRange"].ID.Bytes()[:4]) {
		return staking.UnpackSlashCapOutOfRangeError(raw[4:])
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
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondingBelowDisputeCover"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondingBelowDisputeCoverError(raw[4:])
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
	return nil, errors.New("Unknown error")
}

// StakingDisputeWindowOutOfRange represents a DisputeWindowOutOfRange error raised by the Staking contract.
type StakingDisputeWindowOutOfRange struct {
	DisputeWindow uint64
	Min           uint64
	Max           uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOutOfRange(uint64 disputeWindow, uint64 min, uint64 max)
func StakingDisputeWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xfc58409130ef2bdf4bb749f9a0ec84e91a18946ff8d105b832e43b4dbcdef1e6")
}

// UnpackDisputeWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOutOfRange(uint64 disputeWindow, uint64 min, uint64 max)
func (staking *Staking) UnpackDisputeWindowOutOfRangeError(raw []byte) (*StakingDisputeWindowOutOfRange, error) {
	out := new(StakingDisputeWindowOutOfRange)
	if err := staking.abi.UnpackIntoInterface(out, "DisputeWindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInspectorMinStakeNotYetEffective represents a InspectorMinStakeNotYetEffective error raised by the Staking contract.
type StakingInspectorMinStakeNotYetEffective struct {
	EffectiveAt uint64
	NowTs       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InspectorMinStakeNotYetEffective(uint64 effectiveAt, uint256 nowTs)
func StakingInspectorMinStakeNotYetEffectiveErrorID() common.Hash {
	return common.HexToHash("0x0af9e65729006ea13947a03e71a164a5e8a839bc2cee3a7a9d1dda9df2728973")
}

// UnpackInspectorMinStakeNotYetEffectiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InspectorMinStakeNotYetEffective(uint64 effectiveAt, uint256 nowTs)
func (staking *Staking) UnpackInspectorMinStakeNotYetEffectiveError(raw []byte) (*StakingInspectorMinStakeNotYetEffective, error) {
	out := new(StakingInspectorMinStakeNotYetEffective)
	if err := staking.abi.UnpackIntoInterface(out, "InspectorMinStakeNotYetEffective", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInspectorMinStakeProposalExpired represents a InspectorMinStakeProposalExpired error raised by the Staking contract.
type StakingInspectorMinStakeProposalExpired struct {
	ExpiredAt uint64
	NowTs     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InspectorMinStakeProposalExpired(uint64 expiredAt, uint256 nowTs)
func StakingInspectorMinStakeProposalExpiredErrorID() common.Hash {
	return common.HexToHash("0x9d703ff86199e0adfaf44f4a0c8816945c1f7872c497ed0043ce0d59315e6d70")
}

// UnpackInspectorMinStakeProposalExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InspectorMinStakeProposalExpired(uint64 expiredAt, uint256 nowTs)
func (staking *Staking) UnpackInspectorMinStakeProposalExpiredError(raw []byte) (*StakingInspectorMinStakeProposalExpired, error) {
	out := new(StakingInspectorMinStakeProposalExpired)
	if err := staking.abi.UnpackIntoInterface(out, "InspectorMinStakeProposalExpired", raw); err != nil {
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

// StakingLeaseEscrowNotSet represents a LeaseEscrowNotSet error raised by the Staking contract.
type StakingLeaseEscrowNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseEscrowNotSet()
func StakingLeaseEscrowNotSetErrorID() common.Hash {
	return common.HexToHash("0xe16166aab395fb7cc054efc0a8b79cdc1e6a165d45c48d09c8ef01ecae70c9ad")
}

// UnpackLeaseEscrowNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseEscrowNotSet()
func (staking *Staking) UnpackLeaseEscrowNotSetError(raw []byte) (*StakingLeaseEscrowNotSet, error) {
	out := new(StakingLeaseEscrowNotSet)
	if err := staking.abi.UnpackIntoInterface(out, "LeaseEscrowNotSet", raw); err != nil {
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

// StakingNoPendingInspectorMinStake represents a NoPendingInspectorMinStake error raised by the Staking contract.
type StakingNoPendingInspectorMinStake struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingInspectorMinStake()
func StakingNoPendingInspectorMinStakeErrorID() common.Hash {
	return common.HexToHash("0x14ffb62a44fa5c0077f5e6cc7eda1d45cf4a615527995caed50ea5f881c88566")
}

// UnpackNoPendingInspectorMinStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingInspectorMinStake()
func (staking *Staking) UnpackNoPendingInspectorMinStakeError(raw []byte) (*StakingNoPendingInspectorMinStake, error) {
	out := new(StakingNoPendingInspectorMinStake)
	if err := staking.abi.UnpackIntoInterface(out, "NoPendingInspectorMinStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNodeRegistryAlreadySet represents a NodeRegistryAlreadySet error raised by the Staking contract.
type StakingNodeRegistryAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeRegistryAlreadySet()
func StakingNodeRegistryAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x241e97bd81bee305b6ab733837fcebdc54dc61a119ac13624bc3fb5c15ddacec")
}

// UnpackNodeRegistryAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeRegistryAlreadySet()
func (staking *Staking) UnpackNodeRegistryAlreadySetError(raw []byte) (*StakingNodeRegistryAlreadySet, error) {
	out := new(StakingNodeRegistryAlreadySet)
	if err := staking.abi.UnpackIntoInterface(out, "NodeRegistryAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotNodeRegistry represents a NotNodeRegistry error raised by the Staking contract.
type StakingNotNodeRegistry struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNodeRegistry(address caller)
func StakingNotNodeRegistryErrorID() common.Hash {
	return common.HexToHash("0x7a1390e7d94706b241081059685cf135ed43844cdb1f2ba9465a6c6eb78f7b96")
}

// UnpackNotNodeRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNodeRegistry(address caller)
func (staking *Staking) UnpackNotNodeRegistryError(raw []byte) (*StakingNotNodeRegistry, error) {
	out := new(StakingNotNodeRegistry)
	if err := staking.abi.UnpackIntoInterface(out, "NotNodeRegistry", raw); err != nil {
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

// StakingReportersNotAscending represents a ReportersNotAscending error raised by the Staking contract.
type StakingReportersNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportersNotAscending(uint256 index)
func StakingReportersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0xe754b3ab827695f6717d88040e5eca8b436e69201595ec132c24ef00c99388e9")
}

// UnpackReportersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportersNotAscending(uint256 index)
func (staking *Staking) UnpackReportersNotAscendingError(raw []byte) (*StakingReportersNotAscending, error) {
	out := new(StakingReportersNotAscending)
	if err := staking.abi.UnpackIntoInterface(out, "ReportersNotAscending", raw); err != nil {
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

// StakingSlashCapOutOfRange represents a SlashCapOutOfRange error raised by the Staking contract.
type StakingSlashCapOutOfRange struct {
	CapBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlashCapOutOfRange(uint16 capBps)
func StakingSlashCapOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x76ed095bb72fe0e6ad3d37de1cdeef7957e9c0369c91e8e772a23076263fde1f")
}

// UnpackSlashCapOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlashCapOutOfRange(uint16 capBps)
func (staking *Staking) UnpackSlashCapOutOfRangeError(raw []byte) (*StakingSlashCapOutOfRange, error) {
	out := new(StakingSlashCapOutOfRange)
	if err := staking.abi.UnpackIntoInterface(out, "SlashCapOutOfRange", raw); err != nil {
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

// StakingUnbondingBelowDisputeCover represents a UnbondingBelowDisputeCover error raised by the Staking contract.
type StakingUnbondingBelowDisputeCover struct {
	Period   uint64
	Required uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingBelowDisputeCover(uint64 period, uint64 required)
func StakingUnbondingBelowDisputeCoverErrorID() common.Hash {
	return common.HexToHash("0x4e1132384154b64e36a5dc65dc91e414db96e509b70662102a68a9c7d300fd36")
}

// UnpackUnbondingBelowDisputeCoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingBelowDisputeCover(uint64 period, uint64 required)
func (staking *Staking) UnpackUnbondingBelowDisputeCoverError(raw []byte) (*StakingUnbondingBelowDisputeCover, error) {
	out := new(StakingUnbondingBelowDisputeCover)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondingBelowDisputeCover", raw); err != nil {
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
