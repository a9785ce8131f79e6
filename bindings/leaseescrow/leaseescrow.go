// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package leaseescrow

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

// ILeaseEscrowLease is an auto generated low-level Go binding around an user-defined struct.
type ILeaseEscrowLease struct {
	Renter        common.Address
	Provider      common.Address
	MachineId     [32]byte
	GpuCount      uint32
	GpuMask       uint32
	PayToken      uint8
	Status        uint8
	JobAtOpen     bool
	FeeBps        uint16
	Rate          *big.Int
	StartedAt     uint64
	EndsAt        uint64
	MinEndsAt     uint64
	MaxEndsAt     uint64
	ClosedAt      uint64
	DisputeEndsAt uint64
}

// ILeaseEscrowQuote is an auto generated low-level Go binding around an user-defined struct.
type ILeaseEscrowQuote struct {
	Provider        common.Address
	MachineId       [32]byte
	GpuCount        uint32
	UsdPerSecondWad *big.Int
	MinDuration     uint64
	MaxDuration     uint64
	Expiry          uint64
	Nonce           *big.Int
	Renter          common.Address
	SingleUse       bool
}

// ILeaseEscrowSegment is an auto generated low-level Go binding around an user-defined struct.
type ILeaseEscrowSegment struct {
	Start uint32
	Base  *big.Int
	Rate  *big.Int
}

// LeaseEscrowMetaData contains all meta data concerning the LeaseEscrow contract.
var LeaseEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"contractINodeRegistry\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"},{\"name\":\"priceOracle_\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"},{\"name\":\"usd_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usdFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RATE_SCALE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"accruedFees\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"amountsOf\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"held\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payout\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"refundable\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"breach\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelQuote\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelQuotes\",\"inputs\":[{\"name\":\"wordPos\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"mask\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"closeLease\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"collectFees\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"disputeWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endLease\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"extend\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"extraDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDeposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"permit\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gridFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lease\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Lease\",\"components\":[{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.LeaseStatus\"},{\"name\":\"jobAtOpen\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"startedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minEndsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxEndsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"closedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"disputeEndsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaseCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaseParties\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.LeaseStatus\"},{\"name\":\"jobAtOpen\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonceBitmap\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"wordPos\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"bits\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openLease\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Quote\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"usdPerSecondWad\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"singleUse\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"},{\"name\":\"maxDeposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jobCID\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"permit\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"previewExtend\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"extraDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"previewOpen\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Quote\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"usdPerSecondWad\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"singleUse\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"}],\"outputs\":[{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"priceOracle\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quoteDigest\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Quote\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"usdPerSecondWad\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"singleUse\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractINodeRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"segments\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"out\",\"type\":\"tuple[]\",\"internalType\":\"structILeaseEscrow.Segment[]\",\"components\":[{\"name\":\"start\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"base\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"rate\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setFees\",\"inputs\":[{\"name\":\"usdFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPriceOracle\",\"inputs\":[{\"name\":\"priceOracle_\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleMany\",\"inputs\":[{\"name\":\"leaseIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"syncDisputeWindow\",\"inputs\":[{\"name\":\"disputeWindow_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"tokenOf\",\"inputs\":[{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"usd\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"usdFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawTo\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"DisputeWindowSet\",\"inputs\":[{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesCollected\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"contractIERC20\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesSet\",\"inputs\":[{\"name\":\"usdFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseBreached\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"downSince\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"billedUntil\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseClosed\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumILeaseEscrow.CloseReason\"},{\"name\":\"closedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"billedUntil\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"payout\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseExtended\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rate\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseOpened\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"gpuMask\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumILeaseEscrow.PayToken\"},{\"name\":\"usdPerSecondWad\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rate\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minEndsAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jobCID\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseSettled\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PriceOracleSet\",\"inputs\":[{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuoteNoncesCancelled\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"wordPos\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"mask\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RefundCredited\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"contractIERC20\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BreachBillsNothingLess\",\"inputs\":[{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billedUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DepositAboveMax\",\"inputs\":[{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxDeposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputeWindowOver\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeEndsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DownAfterLeaseEnd\",\"inputs\":[{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DownSinceInFuture\",\"inputs\":[{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeOnTransferNotSupported\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidFees\",\"inputs\":[{\"name\":\"usdFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"InvalidQuoteSignature\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LeaseEnded\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"LeaseNotFound\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeaseNotOpen\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MachineNotOwnedByProvider\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotProvider\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotRenter\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotStaking\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToCollect\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PermitFailed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"QuoteExpired\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"QuoteForOtherRenter\",\"inputs\":[{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"QuoteNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SameToken\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDecimals\",\"inputs\":[{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRate\",\"inputs\":[]}]",
	ID:  "LeaseEscrow",
	Bin: "0x610220604052348015610010575f5ffd5b5060405161676d38038061676d83398101604081905261002f91610663565b8a6040518060400160405280601481526020017f69646c6567726964204c65617365457363726f77000000000000000000000000815250604051806040016040528060018152602001601960f91b81525061008f8261030860201b60201c565b6101205261009c81610308565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61016881610345565b506001600160a01b038a16158061018657506001600160a01b038916155b8061019857506001600160a01b038816155b806101aa57506001600160a01b038616155b806101bc57506001600160a01b038516155b156101da5760405163d92e233d60e01b815260040160405180910390fd5b846001600160a01b0316866001600160a01b03160361020c5760405163100dac0560e11b815260040160405180910390fd5b5f866001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610249573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026d919061073c565b905060128160ff1611156102995760405163fd91cbed60e01b815260ff82166004820152602401610156565b6001600160a01b03808c16610160528a8116610180528981166101a0528781166101c05286166101e0526102ce81600a61085c565b610200526102db88610361565b6102e4856103d1565b6102ee8484610441565b6102f782610505565b5050505050505050505050506108c5565b5f5f829050601f81511115610332578260405163305a27a960e01b8152600401610156919061086a565b805161033d8261089f565b179392505050565b600380546001600160a01b031916905561035e816105c7565b50565b6001600160a01b0381166103885760405163d92e233d60e01b815260040160405180910390fd5b600580546001600160a01b0319166001600160a01b0383169081179091556040517f6536690106168bdf4ba72c128a053d817999b1db90cae23f139b293bf862cb75905f90a250565b6001600160a01b0381166103f85760405163d92e233d60e01b815260040160405180910390fd5b600480546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b6103e861ffff8316118061045c57508161ffff168161ffff16115b1561049057604051631e74354b60e31b815261ffff8084166004830152821660248201526103e86044820152606401610156565b600380546001600160e01b0316600160e01b61ffff8581169182026001600160f01b031692909217600160f01b928516928302179092556040805192835260208301919091527f947504f5e2a48952ffa34f7cceb8582c6705286ad16842e7258c4207a40ce518910160405180910390a15050565b61016051604051631d3fe04560e11b81526001600160401b03831660048201526001600160a01b0390911690633a7fc08a906024015f6040518083038186803b158015610550575f5ffd5b505afa158015610562573d5f5f3e3d5ffd5b505060058054600160a01b600160e01b031916600160a01b6001600160401b038616908102919091179091556040519081527f029fbca445cf255ae5eafb60ff3aaa7cc25b6b97ebb15598b7dc388a840c21b79250602001905060405180910390a150565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b038116811461035e575f5ffd5b805161063781610618565b919050565b805161ffff81168114610637575f5ffd5b80516001600160401b0381168114610637575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f6101608c8e03121561067e575f5ffd5b8b5161068981610618565b60208d0151909b5061069a81610618565b60408d0151909a506106ab81610618565b60608d01519099506106bc81610618565b60808d01519098506106cd81610618565b60a08d01519097506106de81610618565b60c08d01519096506106ef81610618565b94506106fd60e08d0161062c565b935061070c6101008d0161063c565b925061071b6101208d0161063c565b915061072a6101408d0161064d565b90509295989b509295989b9093969950565b5f6020828403121561074c575f5ffd5b815160ff8116811461075c575f5ffd5b9392505050565b634e487b7160e01b5f52601160045260245ffd5b6001815b60018411156107b25780850481111561079657610796610763565b60018416156107a457908102905b60019390931c92800261077b565b935093915050565b5f826107c857506001610856565b816107d457505f610856565b81600181146107ea57600281146107f457610810565b6001915050610856565b60ff84111561080557610805610763565b50506001821b610856565b5060208310610133831016604e8410600b8410161715610833575081810a610856565b61083f5f198484610777565b805f190482111561085257610852610763565b0290505b92915050565b5f61075c60ff8416836107ba565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156108bf575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051615dc06109ad5f395f613c9201525f81816107350152818161135301528181613364015261355001525f818161087f01528181611184015281816112f6015261338a01525f81816103d001526117cc01525f818161066601528181610cf4015281816117020152818161289e01528181613ae001526145b001525f8181610545015261238c01525f613c3f01525f613c1401525f614a8b01525f614a6301525f6149be01525f6149e801525f614a120152615dc05ff3fe608060405234801561000f575f5ffd5b506004361061033b575f3560e01c80637d17b8ac116101b3578063c0314d27116100f3578063e30c39781161009e578063f2fde38b11610079578063f2fde38b146108d8578063f698da25146108eb578063f7581615146108f3578063fcf7fe1d1461091a575f5ffd5b8063e30c3978146108a1578063f0f44260146108b2578063f105be6c146108c5575f5ffd5b8063cd719c45116100ce578063cd719c451461085e578063d55be8c614610871578063d63a6ccd1461087a575f5ffd5b8063c0314d27146107dc578063c98f114214610806578063cab7e8eb14610819575f5ffd5b806394626e6f1161015e578063a480ca7911610139578063a480ca7914610757578063a521ca2c1461076a578063b4c0498b1461079d578063b65ba2bb146107c7575f5ffd5b806394626e6f146106f55780639ef833d41461071d578063a23836ef14610730575f5ffd5b80638da5cb5b1161018e5780638da5cb5b146106be5780638df82800146106cf57806391ef935c146106e2575f5ffd5b80637d17b8ac146106885780638456cb591461069b57806384b0196e146106a3575f5ffd5b80634fe02b441161027e5780636dce4ab011610229578063756b28d211610204578063756b28d21461063a57806379ba50971461064d57806379e071af146106555780637b10399914610661575f5ffd5b80636dce4ab01461060c578063715018a61461061f578063740a8dc714610627575f5ffd5b80635ba3107b116102595780635ba3107b146105b75780635c975abb146105ca57806361d027b3146105f9575f5ffd5b80634fe02b441461056757806351cff8d914610591578063530e784f146105a4575f5ffd5b80632e352497116102e95780633f43f8f2116102c45780633f43f8f2146104e45780633f4ba83a146105255780634092bb9d1461052d5780634cf088d914610540575f5ffd5b80632e3524971461049157806331560626146104b157806334a12527146104d1575f5ffd5b80631703a018116103195780631703a018146103cb5780631ef01ec81461040a5780632630c12f1461047e575f5ffd5b8063073112831461033f5780630d65336914610371578063117f5f9214610386575b5f5ffd5b61035e61034d3660046151bf565b600c6020525f908152604090205481565b6040519081526020015b60405180910390f35b61038461037f3660046151da565b61092d565b005b6005546103b29074010000000000000000000000000000000000000000900467ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610368565b6103f27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610368565b61046f6104183660046151da565b5f90815260066020526040902080546001909101546001600160a01b039091169160ff600160f01b830416917f01000000000000000000000000000000000000000000000000000000000000009004600216151590565b60405161036893929190615232565b6005546103f2906001600160a01b031681565b6104a461049f3660046151da565b610a9c565b604051610368919061526f565b6104c46104bf3660046151da565b610f13565b60405161036891906153ee565b6103846104df366004615472565b611071565b600354610512907c0100000000000000000000000000000000000000000000000000000000900461ffff1681565b60405161ffff9091168152602001610368565b61038461107f565b61038461053b3660046151da565b611091565b6103f27f000000000000000000000000000000000000000000000000000000000000000081565b61035e61057536600461549d565b600a60209081525f928352604080842090915290825290205481565b61035e61059f3660046151bf565b6110a5565b6103846105b23660046151bf565b6110c7565b6103846105c53660046154c7565b6110d8565b60035474010000000000000000000000000000000000000000900460ff165b6040519015158152602001610368565b6004546103f2906001600160a01b031681565b61035e61061a366004615538565b6113a6565b610384611409565b6103846106353660046155cd565b61141a565b6103846106483660046155cd565b6117a5565b6103846119bc565b61035e64e8d4a5100081565b6103f27f000000000000000000000000000000000000000000000000000000000000000081565b6103f2610696366004615640565b611a16565b610384611a20565b6106ab611a30565b60405161036897969594939291906156a5565b6002546001600160a01b03166103f2565b6103846106dd3660046151da565b611a8e565b6103846106f03660046151da565b611b3d565b610708610703366004615768565b611c50565b60408051928352602083019190915201610368565b61038461072b3660046157bf565b611c8e565b6103f27f000000000000000000000000000000000000000000000000000000000000000081565b61035e6107653660046151bf565b611ca0565b61077d6107783660046151da565b611d83565b604080519485526020850193909352918301526060820152608001610368565b6003547501000000000000000000000000000000000000000000900466ffffffffffffff1661035e565b60035461051290600160f01b900461ffff1681565b61035e6107ea366004615538565b600b60209081525f928352604080842090915290825290205481565b6107086108143660046157f0565b611ed8565b6105e961082736600461549d565b6001600160a01b0382165f908152600a60209081526040808320600885901c8452909152902054600160ff83161b16151592915050565b61035e61086c366004615813565b611f2c565b6105126103e881565b6103f27f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b03166103f2565b6103846108c03660046151bf565b612370565b6103846108d33660046158d1565b612381565b6103846108e63660046151bf565b61246c565b61035e6124f5565b61035e7f7816224cec2084e1da631dbd07c78967794956eecaaa096bc06db49cef51fcc481565b61035e6109283660046158ec565b612503565b61093561250d565b5f61093f82612542565b80549091506001600160a01b03163314610993576040517fc2a1c59f000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b8054600160c01b900463ffffffff165f6109ad42836125f9565b60018401549091505f906109e090839074010000000000000000000000000000000000000000900463ffffffff1661260b565b90505f5f6109f287878587600161261a565b91509150805f14158015610a175750610a156001600160a01b038316338361290c565b155b15610a8b57335f908152600b602090815260408083206001600160a01b038616845290915281208054839290610a4e908490615934565b9091555050604051818152339088907fe1872a97721553a4eba79b8a15644854ed8617ac50609d0893e90f8197a7213d9060200160405180910390a35b505050505050610a99612921565b50565b610b1b60408051610200810182525f8082526020820181905291810182905260608101829052608081018290529060a082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101209091015290565b5f82815260066020908152604080832081516101608101835281546001600160a01b03811682527401000000000000000000000000000000000000000080820463ffffffff90811696840196909652600160c01b8083048716958401959095527c0100000000000000000000000000000000000000000000000000000000918290048616606084015260018401546fffffffffffffffffffffffffffffffff811660808501527001000000000000000000000000000000008104871660a0850152908104861660c084015293840490941660e082015292820461ffff1661010084015290610120830190600160f01b900460ff166003811115610c2057610c206151f1565b6003811115610c3157610c316151f1565b8152600191909101547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660209091015290505f8161012001516003811115610c8057610c806151f1565b03610cba576040517f54c3b4cf0000000000000000000000000000000000000000000000000000000081526004810184905260240161098a565b60a08101516040517fe775a7a800000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e775a7a8906024016040805180830381865afa158015610d40573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d649190615947565b6001600160a01b039081166020850152604084019190915281511682526060810151610d8f9061294b565b63ffffffff908116606080850191909152820151166080830152610140810151610db890612978565b8260a001906001811115610dce57610dce6151f1565b90816001811115610de157610de16151f1565b90525061012081015160c08301906003811115610e0057610e006151f1565b90816003811115610e1357610e136151f1565b90525061014080820151600216151560e0808501919091526101008084015161ffff169085015260808301516fffffffffffffffffffffffffffffffff16610120850152602083015163ffffffff9081169285019290925260408301518216610160850152820151166101a083015260018161012001516003811115610e9b57610e9b6151f1565b03610eb65760c081015163ffffffff16610180830152610f0d565b60c08101805163ffffffff9081166101c08501526005549151610efc9274010000000000000000000000000000000000000000900467ffffffffffffffff16911661596a565b67ffffffffffffffff166101e08301525b50919050565b5f81815260076020526040902054606090700100000000000000000000000000000000900463ffffffff168067ffffffffffffffff811115610f5757610f5761598a565b604051908082528060200260200182016040528015610fbf57816020015b604080516060810182525f80825260208083018290529282015282527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909201910181610f755790505b5091505f5b8181101561106a575f8481526008602090815260408083208484528252918290208251606081018452905463ffffffff8116825264010000000081046bffffffffffffffffffffffff16928201929092527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff16918101919091528351849083908110611057576110576159b7565b6020908102919091010152600101610fc4565b5050919050565b61107b8282612990565b5050565b6110876129e7565b61108f612a2d565b565b610a99600882901c600160ff84161b612990565b5f6110ae61250d565b6110b88233612a9d565b90506110c2612921565b919050565b6110cf6129e7565b610a9981612b86565b6110e061250d565b5f5f5f6110eb61518d565b5f8086815b818110156112a0575f61111a8b8b8481811061110e5761110e6159b7565b90506020020135612c27565b90505f5f5f5f6111448f8f88818110611135576111356159b7565b90506020020135868b8b612c8f565b929650909450925090506001600160a01b038416611166575050505050611298565b8460010160109054906101000a900463ffffffff169850839750808a7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b0316146111c25760016111c4565b5f5b60ff16600281106111d7576111d76159b7565b602002018181516111e89190615934565b9052506001600160a01b03848116908e1614158061121857508b6001600160a01b0316836001600160a01b031614155b15611286578a1561127c578a600b5f8f6001600160a01b03166001600160a01b031681526020019081526020015f205f8e6001600160a01b03166001600160a01b031681526020019081526020015f205f8282546112769190615934565b90915550505b839c50829b505f9a505b611290828c615934565b9a5050505050505b6001016110f0565b5084156112e3576001600160a01b038088165f908152600b60209081526040808320938a16835292905290812080548792906112dd908490615934565b90915550505b8351156113395783516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152600c602052604081208054909190611333908490615934565b90915550505b602084015115611397576020808501516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152600c90925260408220805491929091611391908490615934565b90915550505b5050505050505061107b612921565b5f6113af61250d565b6001600160a01b0382166113ef576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113f98383612a9d565b9050611403612921565b92915050565b6114116129e7565b61108f5f612ef0565b61142261250d565b61142a612f21565b5f61143486612542565b80549091506001600160a01b03163314611483576040517fc2a1c59f0000000000000000000000000000000000000000000000000000000081526004810187905233602482015260440161098a565b8054600160c01b900463ffffffff164281116114da576040517f588cbceb0000000000000000000000000000000000000000000000000000000081526004810188905263ffffffff8216602482015260440161098a565b60018201545f906114f9908390600160c01b900463ffffffff166159e4565b63ffffffff16905067ffffffffffffffff8716158061152b57508067ffffffffffffffff168767ffffffffffffffff16115b1561157d576040517f06a3bf2400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8089166004830152600160248301528216604482015260640161098a565b5f61158e8863ffffffff851661596a565b90505f5f5f5f6115a08d898988612f76565b93509350935093508a8311156115ec576040517f9fbb88a600000000000000000000000000000000000000000000000000000000815260048101849052602481018c905260440161098a565b80156115ff576115ff8d89898588613181565b87547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff8716908102919091178955604080519182526020820185905281018590528d907fcbfd4827187ceb942f88b1478c34a69e98e8de2aab0673cb9b0b04c499edd3779060600160405180910390a2600188015488546040517fcc58f14600000000000000000000000000000000000000000000000000000000815270010000000000000000000000000000000090920463ffffffff90811660048401527c0100000000000000000000000000000000000000000000000000000000909104811660248301528881166044830152861660648201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cc58f146906084015f604051808303815f87803b15801561174b575f5ffd5b505af115801561175d573d5f5f3e3d5ffd5b5050505061178e6117866117818a600101601f9054906101000a900460ff16612978565b613349565b848c8c6133af565b505050505050505061179e612921565b5050505050565b6117ad61250d565b5f6117b786612c27565b90505f5f6117c6888489613714565b915091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637c283c226001886118648c8c604080517f860d6d8d8351eabf54e9bbca7fc2a268ee6b512eda9f645ef4fcb043d91ac0b4602082015290810183905267ffffffffffffffff821660608201525f9060800160405160208183030381529060405280519060200120905092915050565b89896040518663ffffffff1660e01b8152600401611886959493929190615a00565b5f604051808303815f87803b15801561189d575f5ffd5b505af11580156118af573d5f5f3e3d5ffd5b505050505f5f6118c18a868686613967565b865491935091506001600160a01b03168115611913576001600160a01b038082165f908152600b602090815260408083209387168352929052908120805484929061190d908490615934565b90915550505b60018601546001600160a01b0382169061194690700100000000000000000000000000000000900463ffffffff16613a89565b6001600160a01b03168c7f6dd5a6cda145b005c9e2720deb762e9a91fc5f0d93c3bdea331555e5f1c3c8418c8e8a886040516119a6949392919093845267ffffffffffffffff928316602085015291166040830152606082015260800190565b60405180910390a450505050505061179e612921565b60035433906001600160a01b03168114611a0d576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161098a565b610a9981612ef0565b5f61140382613349565b611a286129e7565b61108f613b9e565b5f6060805f5f5f6060611a41613c0d565b611a49613c38565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b611a9661250d565b5f611aa082612c27565b90505f5f5f5f611ab286865f5f612c8f565b9350935093509350815f14611afd576001600160a01b038085165f908152600b6020908152604080832093871683529290529081208054849290611af7908490615934565b90915550505b8015611b30576001600160a01b0383165f908152600c602052604081208054839290611b2a908490615934565b90915550505b5050505050610a99612921565b611b4561250d565b5f611b4f82612542565b6001810154909150611b7a90700100000000000000000000000000000000900463ffffffff16613a89565b6001600160a01b0316336001600160a01b031614611bcd576040517f55a3d2d60000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161098a565b80545f90611be9904290600160c01b900463ffffffff166125f9565b90505f5f611bfb85858586600261261a565b91509150805f14611c445783546001600160a01b039081165f908152600b6020908152604080832093861683529290529081208054839290611c3e908490615934565b90915550505b50505050610a99612921565b5f5f5f611c61866060013585613c63565b9093509050611c83611c7d8467ffffffffffffffff8816613de1565b82613e13565b915050935093915050565b611c966129e7565b61107b8282613e39565b5f611ca961250d565b506001600160a01b0381165f908152600c602052604081205490819003611d07576040517f557eefa90000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161098a565b6001600160a01b038083165f818152600c60205260408082209190915560045490519216918291907f9bcb6d1f38f6800906185471a11ede9a8e16200853225aa62558db6076490f2d90611d5e9086815260200190565b60405180910390a3611d7a6001600160a01b0384168284613f5b565b506110c2612921565b5f5f5f5f5f611d9186612c27565b6001810154909150600160f01b900460ff166003816003811115611db757611db76151f1565b03611dcf575f5f5f5f95509550955095505050611ed1565b60018281015483547c010000000000000000000000000000000000000000000000000000000090910461ffff1691600160c01b90910463ffffffff1690836003811115611e1e57611e1e6151f1565b03611e7157611e37611e318a8684613fae565b83613e13565b9750611e6e611e4642836125f9565b600186015474010000000000000000000000000000000000000000900463ffffffff1661260b565b90505b611e7c898583613fae565b9650611e88878361418a565b95506001836003811115611e9e57611e9e6151f1565b03611ebf5785611eae888a615a64565b611eb89190615a64565b9450611ecc565b611ec98688615934565b97505b505050505b9193509193565b5f5f5f611ee485612542565b8054909150600160c01b900463ffffffff16611f1d868383611f18611f1367ffffffffffffffff8b1683615934565b61419c565b612f76565b50919890975095505050505050565b5f611f3561250d565b611f3d612f21565b611f498a8a8a8a6141e9565b5f5f611f578c8a8a89614528565b9150915086811115611f9f576040517f9fbb88a6000000000000000000000000000000000000000000000000000000008152600481018290526024810188905260440161098a565b600354611fcf907501000000000000000000000000000000000000000000900466ffffffffffffff166001615a77565b60038054750100000000000000000000000000000000000000000066ffffffffffffff939093169283027fffffffff00000000000000ffffffffffffffffffffffffffffffffffffffffff90911617905592506001886001811115612036576120366151f1565b03612087575f83815260076020526040902080547fffffffffffffffffffffffffffffffff000000000000000000000000000000001660608e01356fffffffffffffffffffffffffffffffff161790555b5f8381526006602090815260409182902084518154928601519386015160608701516001600160a01b039092167fffffffffffffffff000000000000000000000000000000000000000000000000909416939093177401000000000000000000000000000000000000000063ffffffff95861681029190911777ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b94861685027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177c01000000000000000000000000000000000000000000000000000000009286168302178355608087015160018401805460a08a015160c08b015160e08c01516101008d01516fffffffffffffffffffffffffffffffff9096167fffffffffffffffffffffffff000000000000000000000000000000000000000090941693909317700100000000000000000000000000000000928b1692909202919091177fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff918a16909502169390931792909616909402177fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff811661ffff9094169091029283178455610120860151869492939092917fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90911617600160f01b8360038111156122d4576122d46151f1565b021790555061014091909101516001909101805460ff9092167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909216919091179055612345838d84848a614874565b61235961235189613349565b8287876133af565b5050612363612921565b9998505050505050505050565b6123786129e7565b610a9981614911565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146123e5576040517f77b0815200000000000000000000000000000000000000000000000000000000815233600482015260240161098a565b600580547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8416908102919091179091556040519081527f029fbca445cf255ae5eafb60ff3aaa7cc25b6b97ebb15598b7dc388a840c21b79060200160405180910390a150565b6124746129e7565b600380546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556124bd6002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6124fe6149b2565b905090565b5f61140382614adb565b612515614b2d565b61108f60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614b86565b5f818152600660205260409020600180820154600160f01b900460ff1690816003811115612572576125726151f1565b14610f0d575f81600381111561258a5761258a6151f1565b036125c4576040517f54c3b4cf0000000000000000000000000000000000000000000000000000000081526004810184905260240161098a565b6040517f9b6577000000000000000000000000000000000000000000000000000000000081526004810184905260240161098a565b5f8282188284100282185b9392505050565b5f828218828411028218612604565b835460018501545f918291600160c01b90910463ffffffff16907c0100000000000000000000000000000000000000000000000000000000810461ffff169061268c90611781907f0100000000000000000000000000000000000000000000000000000000000000900460ff16612978565b93505f61269a8a8a8a613fae565b90505f6126a7828461418a565b905080826126c56126bf8e8e8963ffffffff16613fae565b86613e13565b6126cf9190615a64565b6126d99190615a64565b8a5463ffffffff8b8116600160c01b027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff909216919091178c5560018c018054918b1674010000000000000000000000000000000000000000027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fff00ffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff909216919091177e0200000000000000000000000000000000000000000000000000000000000017905594508660038111156127b4576127b46151f1565b6040805167ffffffffffffffff808c1682528c16602082015290810187905260608101849052608081018390528c907f80f1bac164526d568234de7ac3309c570c7a52ec8320c2ca8a996dc5333772dd9060a00160405180910390a38363ffffffff168810156128fe5760018a01548a546040517f0526cab400000000000000000000000000000000000000000000000000000000815270010000000000000000000000000000000090920463ffffffff90811660048401527c010000000000000000000000000000000000000000000000000000000090910481166024830152851660448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630526cab4906064015f604051808303815f87803b1580156128e7575f5ffd5b505af11580156128f9573d5f5f3e3d5ffd5b505050505b505050509550959350505050565b5f6129198484845f614b8d565b949350505050565b61108f5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061253c565b5f5b63ffffffff8216156110c25761296281615a96565b905061296f6001836159e4565b8216915061294d565b5f6001821615612989576001611403565b5f92915050565b335f818152600a6020908152604080832086845282529182902080548517905590518381528492917f11565e61fbd8abca3ba4fd640516def27dcfb39d6d97b52e1ff29674a2de2fe5910160405180910390a35050565b6002546001600160a01b0316331461108f576040517f118cdaa700000000000000000000000000000000000000000000000000000000815233600482015260240161098a565b612a35614c08565b600380547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b335f908152600b602090815260408083206001600160a01b038616845290915281205490819003612b0b576040517fac46653e0000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b038416602482015260440161098a565b335f818152600b602090815260408083206001600160a01b0388811680865291909352818420939093555190851692907fa4195c37c2947bbe89165f03e320b6903116f0b10d8cfdb522330f7ce6f9fa2490612b6a9086815260200190565b60405180910390a46114036001600160a01b0384168383613f5b565b6001600160a01b038116612bc6576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600580547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f6536690106168bdf4ba72c128a053d817999b1db90cae23f139b293bf862cb75905f90a250565b5f818152600660205260408120906001820154600160f01b900460ff166003811115612c5557612c556151f1565b036110c2576040517f54c3b4cf0000000000000000000000000000000000000000000000000000000081526004810183905260240161098a565b6001838101545f91829182918291600160f01b900460ff1690816003811115612cba57612cba6151f1565b03612d02578754600160c01b900463ffffffff1642811115612ce757505f9450849250829150612ee59050565b612cfa8a8a63ffffffff8416805f61261a565b505060029150505b6002816003811115612d1657612d166151f1565b14612d2a57505f9350839150819050612ee5565b60055460018901545f91612d6a9167ffffffffffffffff7401000000000000000000000000000000000000000092839004169163ffffffff910416615934565b9050804211612d8457505f9450849250829150612ee59050565b6001890154612dbc90611781907f0100000000000000000000000000000000000000000000000000000000000000900460ff16612978565b8954909550612ddb908b908b90600160c01b900463ffffffff16613fae565b9350612df9848a600101601c9054906101000a900461ffff1661418a565b60018a0180547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e03000000000000000000000000000000000000000000000000000000000000179081905590935063ffffffff700100000000000000000000000000000000909104811690891681148015612e7e57506001600160a01b03881615155b612e9057612e8b81613a89565b612e92565b875b9650866001600160a01b03168b7fa1cbe26f909796ea5aec785639b9b640e2a92caf53107bb77408bea4a2efec548787604051612ed9929190918252602082015260400190565b60405180910390a35050505b945094509450949050565b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610a9981614c5c565b60035474010000000000000000000000000000000000000000900460ff161561108f576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018301545f908190819081907c0100000000000000000000000000000000000000000000000000000000900461ffff16612fb8898963ffffffff8a16613fae565b6001898101549194505f917f0100000000000000000000000000000000000000000000000000000000000000900416810361300b5760018901546fffffffffffffffffffffffffffffffff169550613114565b5f8a8152600760209081526040918290208251808401909352546fffffffffffffffffffffffffffffffff811680845270010000000000000000000000000000000090910463ffffffff1691830191909152613068906001613c63565b5060208201519097505f9063ffffffff16156130e25760085f8d81526020019081526020015f205f600184602001516130a191906159e4565b63ffffffff16815260208101919091526040015f205470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff166130fa565b60018b01546fffffffffffffffffffffffffffffffff165b6fffffffffffffffffffffffffffffffff16881415945050505b8261312f5761312a8a8a8963ffffffff16613fae565b613152565b6131488661313d8a8a6159e4565b63ffffffff16613de1565b6131529085615934565b905061315e8483613e13565b6131688284613e13565b6131729190615a64565b94505050945094509450949050565b5f858152600760209081526040918290205482516060810190935263ffffffff868116845270010000000000000000000000000000000090910416919081016131c985614cc5565b6bffffffffffffffffffffffff1681526020016131e584614d16565b6fffffffffffffffffffffffffffffffff9081169091525f88815260086020908152604080832063ffffffff808816855290835292819020855181549387015196909201518516700100000000000000000000000000000000026bffffffffffffffffffffffff909616640100000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316919093161717909116919091179055613294816001615aba565b5f9687526007602052604090962080547fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000063ffffffff909816979097029690961790955550505060010180547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff811660047f01000000000000000000000000000000000000000000000000000000000000009283900460ff161790910217905550565b5f8082600181111561335d5761335d6151f1565b14613388577f0000000000000000000000000000000000000000000000000000000000000000611403565b7f000000000000000000000000000000000000000000000000000000000000000092915050565b801561354e575f808080806133c686880188615ad6565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c48101829052949950929750909550935091506001600160a01b038a169063d505accf9060e4015f604051808303815f87803b158015613455575f5ffd5b505af1925050508015613466575060015b613548576040517fdd62ed3e0000000000000000000000000000000000000000000000000000000081523360048201523060248201525f906001600160a01b038b169063dd62ed3e90604401602060405180830381865afa1580156134cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134f19190615b20565b905088811015613546576040517fadd603500000000000000000000000000000000000000000000000000000000081526001600160a01b038b16600482015260248101829052604481018a905260640161098a565b505b50505050505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316846001600160a01b0316036135a15761359c6001600160a01b038516333086614d6b565b61370e565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038616906370a0823190602401602060405180830381865afa1580156135fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136229190615b20565b90506136396001600160a01b038616333087614d6b565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038816906370a0823190602401602060405180830381865afa158015613698573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136bc9190615b20565b6136c69190615a64565b905084811461370b576040517f4f2f9475000000000000000000000000000000000000000000000000000000008152600481018690526024810182905260440161098a565b50505b50505050565b60018281015483545f928392600160f01b900460ff1691600160c01b900463ffffffff169082600381111561374b5761374b6151f1565b1461377857600186015474010000000000000000000000000000000000000000900463ffffffff16613782565b61378242826125f9565b6005549093505f906137b69074010000000000000000000000000000000000000000900467ffffffffffffffff168561596a565b905060038360038111156137cc576137cc6151f1565b14806137e157508067ffffffffffffffff1642115b1561382b576040517f695bc5430000000000000000000000000000000000000000000000000000000081526004810189905267ffffffffffffffff8216602482015260440161098a565b428667ffffffffffffffff161115613881576040517f77415e6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8716600482015242602482015260440161098a565b838667ffffffffffffffff16106138d8576040517f8e54d37700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80881660048301528516602482015260440161098a565b865461390d9067ffffffffffffffff88169074010000000000000000000000000000000000000000900463ffffffff1661260b565b945081851061395c576040517f91d7e1e800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80881660048301528316602482015260440161098a565b505050935093915050565b5f80600180860154600160f01b900460ff16600381111561398a5761398a6151f1565b036139a65761399d86868686600361261a565b91509150613a80565b60018501546139de90611781907f0100000000000000000000000000000000000000000000000000000000000000900460ff16612978565b600186015486549193507c0100000000000000000000000000000000000000000000000000000000900461ffff16905f90613a2d90611e31908a908a90600160c01b900463ffffffff16613fae565b9050613a3d611e31898989613fae565b613a479082615a64565b87547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff891602178855925050505b94509492505050565b63ffffffff81165f908152600960205260409020546001600160a01b0316806110c2576040517fe775a7a800000000000000000000000000000000000000000000000000000000815263ffffffff831660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e775a7a8906024016040805180830381865afa158015613b2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b509190615947565b63ffffffff939093165f90815260096020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0385161790555090919050565b613ba6612f21565b600380547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000001790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258612a803390565b60606124fe7f0000000000000000000000000000000000000000000000000000000000000000614dba565b60606124fe7f0000000000000000000000000000000000000000000000000000000000000000614dba565b5f5f613c6e84614d16565b505f836001811115613c8257613c826151f1565b03613d0957620f42406001613cb77f000000000000000000000000000000000000000000000000000000000000000087615b37565b613cc490620f4240615934565b613cce9190615a64565b613cd89190615b4e565b6003549092507c0100000000000000000000000000000000000000000000000000000000900461ffff169050613dda565b600554604080517f404dc9d700000000000000000000000000000000000000000000000000000000815281515f936001600160a01b03169263404dc9d792600480820193918290030181865afa158015613d65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d899190615b86565b50905080600181613da7886c0c9f2c9cd04674edea40000000615b37565b613db19190615934565b613dbb9190615a64565b613dc59190615b4e565b600354909350600160f01b900461ffff169150505b9250929050565b5f64e8d4a51000600181613df58587615b37565b613dff9190615934565b613e099190615a64565b6126049190615b4e565b5f612710613e2561ffff841685615b37565b613e2f9190615b4e565b6126049084615934565b6103e861ffff83161180613e5457508161ffff168161ffff16115b15613ea1576040517ff3a1aa5800000000000000000000000000000000000000000000000000000000815261ffff8084166004830152821660248201526103e8604482015260640161098a565b600380547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000061ffff8581169182027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1692909217600160f01b928516928302179092556040805192835260208301919091527f947504f5e2a48952ffa34f7cceb8582c6705286ad16842e7258c4207a40ce518910160405180910390a15050565b613f688383836001614b8d565b613fa9576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260240161098a565b505050565b815460018301545f9163ffffffff7401000000000000000000000000000000000000000090910416907f010000000000000000000000000000000000000000000000000000000000000090046004161561415c575f85815260076020526040812054700100000000000000000000000000000000900463ffffffff165b8082101561408e575f60026140408385615934565b61404a9190615b4e565b5f89815260086020908152604080832084845290915290205490915063ffffffff1686106140845761407d816001615934565b9250614088565b8091505b5061402b565b8115614159575f878152600860205260408120816140ad600186615a64565b815260208082019290925260409081015f208151606081018352905463ffffffff811680835264010000000082046bffffffffffffffffffffffff169483019490945270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1691810182905292506141319161412c9089615a64565b613de1565b81602001516bffffffffffffffffffffffff1661414e9190615934565b945050505050612604565b50505b6001840154614181906fffffffffffffffffffffffffffffffff1661412c8386615a64565b95945050505050565b5f612710613e0961ffff841685615b37565b5f63ffffffff8211156141e5576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152602060048201526024810183905260440161098a565b5090565b67ffffffffffffffff81161580614222575061420b60a08501608086016158d1565b67ffffffffffffffff168167ffffffffffffffff16105b8061424f575061423860c0850160a086016158d1565b67ffffffffffffffff168167ffffffffffffffff16115b156142c4578061426560a08601608087016158d1565b61427560c0870160a088016158d1565b6040517f06a3bf2400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff93841660048201529183166024830152909116604482015260640161098a565b6142d460e0850160c086016158d1565b67ffffffffffffffff1642111561433a576142f560e0850160c086016158d1565b6040517f810e78c700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161098a565b5f61434d610120860161010087016151bf565b6001600160a01b03161415801561437e575033614372610120860161010087016151bf565b6001600160a01b031614155b156143d957614395610120850161010086016151bf565b6040517f03308d1d0000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015233602482015260440161098a565b83606001355f03614416576040517f299dcf9a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b614421848484614df7565b600160ff60e0860135161b5f600a8161443d60208901896151bf565b6001600160a01b0316815260208082019290925260409081015f90812060e08a013560081c82529092529020549050818116156144c95761448160208701876151bf565b6040517f4a670f6b0000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260e0870135602482015260440161098a565b6144db61014087016101208801615bb9565b1561370b57808217600a5f6144f360208a018a6151bf565b6001600160a01b0316815260208082019290925260409081015f90812060e08b013560081c8252909252902055505050505050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052908061459567ffffffffffffffff871642615934565b90505f5f6145a7896060013588613c63565b915091505f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166325e3e6da8d602001358e60400160208101906145f59190615bee565b6145fe8a61419c565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b168152600481019390935263ffffffff91821660248401521660448201526064016060604051808303815f875af1158015614664573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906146889190615c09565b9194509250905061469c60208d018d6151bf565b6001600160a01b0316836001600160a01b0316146147125760208c018035906146c5908e6151bf565b6040517fc60949f100000000000000000000000000000000000000000000000000000000815260048101929092526001600160a01b0390811660248301528416604482015260640161098a565b5f614727868d67ffffffffffffffff16613de1565b9050614733818661418a565b61473d9082615934565b338a5263ffffffff42811660208c015288811660408c0152831660608b0152975061476786614d16565b6fffffffffffffffffffffffffffffffff166080808b019190915263ffffffff841660a0808c01919091526147a191908f01908f016158d1565b6147b59067ffffffffffffffff1642615934565b8960c0019063ffffffff16908163ffffffff16815250505f8d60a00160208101906147e091906158d1565b6147f49067ffffffffffffffff1642615934565b905063ffffffff8111614807578061480d565b63ffffffff5b63ffffffff1660e08b015261ffff86166101008b015260016101208b01528a1561483a5760026101408b01525b60018c600181111561484e5761484e6151f1565b03614863576101408a01805160011760ff1690525b505050505050505094509492505050565b61488160208501856151bf565b6001600160a01b0316835f01516001600160a01b0316867ff8fabcda669042201429d6f77d03f1ec2d7b7ef098da03ee968db688f9c2312e876020013587606001516148d1896101400151612978565b8a606001358a608001518b60c001518c604001518c8f60e001358d6040516149029a99989796959493929190615c53565b60405180910390a45050505050565b6001600160a01b038116614951576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015614a0a57507f000000000000000000000000000000000000000000000000000000000000000046145b15614a3457507f000000000000000000000000000000000000000000000000000000000000000090565b6124fe604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6114037f7816224cec2084e1da631dbd07c78967794956eecaaa096bc06db49cef51fcc483604051602001614b12929190615cc8565b60405160208183030381529060405280519060200120614ed0565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561108f576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614bfc578383151615614bf0573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60035474010000000000000000000000000000000000000000900460ff1661108f576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f6bffffffffffffffffffffffff8211156141e5576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152606060048201526024810183905260440161098a565b5f6fffffffffffffffffffffffffffffffff8211156141e5576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152608060048201526024810183905260440161098a565b614d79848484846001614f17565b61370e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161098a565b60605f614dc683614f9d565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f614e0184614adb565b90505f5f614e10838686614fdd565b5090925090505f816003811115614e2957614e296151f1565b148015614e535750614e3e60208701876151bf565b6001600160a01b0316826001600160a01b0316145b15614e6057505050505050565b614e78614e7060208801886151bf565b848787615024565b15614e8557505050505050565b614e9260208701876151bf565b6040517f11638a8e0000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260240161098a565b5f611403614edc6149b2565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614f8c578383151615614f80573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60ff8216601f811115611403576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80806041849003615011578435602086013560408701355f1a615003898285856150a7565b95509550955050505061501b565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156150e057505f91506003905082615183565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015615131573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b03811661517a57505f925060019150829050615183565b92505f91508190505b9450945094915050565b60405180604001604052806002906020820280368337509192915050565b6001600160a01b0381168114610a99575f5ffd5b5f602082840312156151cf575f5ffd5b8135612604816151ab565b5f602082840312156151ea575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6004811061522e5761522e6151f1565b9052565b6001600160a01b03841681526060810161524f602083018561521e565b8215156040830152949350505050565b6002811061522e5761522e6151f1565b81516001600160a01b031681526102008101602083015161529b60208401826001600160a01b03169052565b506040830151604083015260608301516152bd606084018263ffffffff169052565b5060808301516152d5608084018263ffffffff169052565b5060a08301516152e860a084018261525f565b5060c08301516152fb60c084018261521e565b5060e083015161530f60e084018215159052565b5061010083015161532761010084018261ffff169052565b5061012083015161012083015261014083015161535161014084018267ffffffffffffffff169052565b5061016083015161536f61016084018267ffffffffffffffff169052565b5061018083015161538d61018084018267ffffffffffffffff169052565b506101a08301516153ab6101a084018267ffffffffffffffff169052565b506101c08301516153c96101c084018267ffffffffffffffff169052565b506101e08301516153e76101e084018267ffffffffffffffff169052565b5092915050565b602080825282518282018190525f918401906040840190835b8181101561546757835163ffffffff81511684526bffffffffffffffffffffffff60208201511660208501526fffffffffffffffffffffffffffffffff604082015116604085015250606083019250602084019350600181019050615407565b509095945050505050565b5f5f60408385031215615483575f5ffd5b50508035926020909101359150565b80356110c2816151ab565b5f5f604083850312156154ae575f5ffd5b82356154b9816151ab565b946020939093013593505050565b5f5f602083850312156154d8575f5ffd5b823567ffffffffffffffff8111156154ee575f5ffd5b8301601f810185136154fe575f5ffd5b803567ffffffffffffffff811115615514575f5ffd5b8560208260051b8401011115615528575f5ffd5b6020919091019590945092505050565b5f5f60408385031215615549575f5ffd5b8235615554816151ab565b91506020830135615564816151ab565b809150509250929050565b67ffffffffffffffff81168114610a99575f5ffd5b80356110c28161556f565b5f5f83601f84011261559f575f5ffd5b50813567ffffffffffffffff8111156155b6575f5ffd5b602083019150836020828501011115613dda575f5ffd5b5f5f5f5f5f608086880312156155e1575f5ffd5b8535945060208601356155f38161556f565b935060408601359250606086013567ffffffffffffffff811115615615575f5ffd5b6156218882890161558f565b969995985093965092949392505050565b8035600281106110c2575f5ffd5b5f60208284031215615650575f5ffd5b61260482615632565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6156df60e0830189615659565b82810360408401526156f18189615659565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015615746578351835260209384019390920191600101615728565b50909b9a5050505050505050505050565b5f6101408284031215610f0d575f5ffd5b5f5f5f610180848603121561577b575f5ffd5b6157858585615757565b92506101408401356157968161556f565b91506157a56101608501615632565b90509250925092565b803561ffff811681146110c2575f5ffd5b5f5f604083850312156157d0575f5ffd5b6157d9836157ae565b91506157e7602084016157ae565b90509250929050565b5f5f60408385031215615801575f5ffd5b8235915060208301356155648161556f565b5f5f5f5f5f5f5f5f5f6102008a8c03121561582c575f5ffd5b6158368b8b615757565b98506101408a013567ffffffffffffffff811115615852575f5ffd5b61585e8c828d0161558f565b9099509750506101608a01356158738161556f565b95506158826101808b01615632565b94506101a08a013593506101c08a013592506101e08a013567ffffffffffffffff8111156158ae575f5ffd5b6158ba8c828d0161558f565b915080935050809150509295985092959850929598565b5f602082840312156158e1575f5ffd5b81356126048161556f565b5f61014082840312156158fd575f5ffd5b6126048383615757565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561140357611403615907565b5f5f60408385031215615958575f5ffd5b825191506020830151615564816151ab565b67ffffffffffffffff818116838216019081111561140357611403615907565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b63ffffffff828116828216039081111561140357611403615907565b60ff8616815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b8181038181111561140357611403615907565b66ffffffffffffff818116838216019081111561140357611403615907565b5f63ffffffff821663ffffffff8103615ab157615ab1615907565b60010192915050565b63ffffffff818116838216019081111561140357611403615907565b5f5f5f5f5f60a08688031215615aea575f5ffd5b8535945060208601359350604086013560ff81168114615b08575f5ffd5b94979396509394606081013594506080013592915050565b5f60208284031215615b30575f5ffd5b5051919050565b808202811582820484141761140357611403615907565b5f82615b81577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f5f60408385031215615b97575f5ffd5b825160208401519092506155648161556f565b803580151581146110c2575f5ffd5b5f60208284031215615bc9575f5ffd5b61260482615baa565b63ffffffff81168114610a99575f5ffd5b80356110c281615bd2565b5f60208284031215615bfe575f5ffd5b813561260481615bd2565b5f5f5f60608486031215615c1b575f5ffd5b8351615c26816151ab565b6020850151909350615c3781615bd2565b6040850151909250615c4881615bd2565b809150509250925092565b8a815263ffffffff8a1660208201526101408101615c74604083018b61525f565b60608201989098526fffffffffffffffffffffffffffffffff96909616608087015263ffffffff94851660a08701529290931660c085015260e0840152610100830191909152610120909101529392505050565b8281526101608101615ced60208301615ce085615492565b6001600160a01b03169052565b6020830135604083810191909152615d06908401615be3565b63ffffffff81166060840152506060830135608083810191909152615d2c908401615584565b67ffffffffffffffff811660a084015250615d4960a08401615584565b67ffffffffffffffff811660c084015250615d6660c08401615584565b67ffffffffffffffff811660e08401525060e083013561010083810191909152615d91908401615492565b6001600160a01b03811661012084015250615daf6101208401615baa565b80151561014084015250939250505056",
}

// LeaseEscrow is an auto generated Go binding around an Ethereum contract.
type LeaseEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LeaseEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewLeaseEscrow creates a new instance of LeaseEscrow.
func NewLeaseEscrow() *LeaseEscrow {
	parsed, err := LeaseEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LeaseEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LeaseEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address staking_, address registry_, address quorum_, address priceOracle_, address usd_, address grid_, address treasury_, uint16 usdFeeBps_, uint16 gridFeeBps_, uint64 disputeWindow_) returns()
func (leaseEscrow *LeaseEscrow) PackConstructor(owner_ common.Address, staking_ common.Address, registry_ common.Address, quorum_ common.Address, priceOracle_ common.Address, usd_ common.Address, grid_ common.Address, treasury_ common.Address, usdFeeBps_ uint16, gridFeeBps_ uint16, disputeWindow_ uint64) []byte {
	enc, err := leaseEscrow.abi.Pack("", owner_, staking_, registry_, quorum_, priceOracle_, usd_, grid_, treasury_, usdFeeBps_, gridFeeBps_, disputeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (leaseEscrow *LeaseEscrow) PackMAXFEEBPS() []byte {
	enc, err := leaseEscrow.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (leaseEscrow *LeaseEscrow) TryPackMAXFEEBPS() ([]byte, error) {
	return leaseEscrow.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (leaseEscrow *LeaseEscrow) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := leaseEscrow.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (leaseEscrow *LeaseEscrow) PackQUOTETYPEHASH() []byte {
	enc, err := leaseEscrow.abi.Pack("QUOTE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (leaseEscrow *LeaseEscrow) TryPackQUOTETYPEHASH() ([]byte, error) {
	return leaseEscrow.abi.Pack("QUOTE_TYPEHASH")
}

// UnpackQUOTETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7581615.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (leaseEscrow *LeaseEscrow) UnpackQUOTETYPEHASH(data []byte) ([32]byte, error) {
	out, err := leaseEscrow.abi.Unpack("QUOTE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRATESCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79e071af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RATE_SCALE() view returns(uint256)
func (leaseEscrow *LeaseEscrow) PackRATESCALE() []byte {
	enc, err := leaseEscrow.abi.Pack("RATE_SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRATESCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79e071af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RATE_SCALE() view returns(uint256)
func (leaseEscrow *LeaseEscrow) TryPackRATESCALE() ([]byte, error) {
	return leaseEscrow.abi.Pack("RATE_SCALE")
}

// UnpackRATESCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79e071af.
//
// Solidity: function RATE_SCALE() view returns(uint256)
func (leaseEscrow *LeaseEscrow) UnpackRATESCALE(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("RATE_SCALE", data)
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
func (leaseEscrow *LeaseEscrow) PackAcceptOwnership() []byte {
	enc, err := leaseEscrow.abi.Pack("acceptOwnership")
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
func (leaseEscrow *LeaseEscrow) TryPackAcceptOwnership() ([]byte, error) {
	return leaseEscrow.abi.Pack("acceptOwnership")
}

// PackAccruedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07311283.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accruedFees(address token) view returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) PackAccruedFees(token common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("accruedFees", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccruedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07311283.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accruedFees(address token) view returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) TryPackAccruedFees(token common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("accruedFees", token)
}

// UnpackAccruedFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07311283.
//
// Solidity: function accruedFees(address token) view returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackAccruedFees(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("accruedFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAmountsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa521ca2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function amountsOf(uint256 leaseId) view returns(uint256 held, uint256 payout, uint256 fee, uint256 refundable)
func (leaseEscrow *LeaseEscrow) PackAmountsOf(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("amountsOf", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAmountsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa521ca2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function amountsOf(uint256 leaseId) view returns(uint256 held, uint256 payout, uint256 fee, uint256 refundable)
func (leaseEscrow *LeaseEscrow) TryPackAmountsOf(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("amountsOf", leaseId)
}

// AmountsOfOutput serves as a container for the return parameters of contract
// method AmountsOf.
type AmountsOfOutput struct {
	Held       *big.Int
	Payout     *big.Int
	Fee        *big.Int
	Refundable *big.Int
}

// UnpackAmountsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa521ca2c.
//
// Solidity: function amountsOf(uint256 leaseId) view returns(uint256 held, uint256 payout, uint256 fee, uint256 refundable)
func (leaseEscrow *LeaseEscrow) UnpackAmountsOf(data []byte) (AmountsOfOutput, error) {
	out, err := leaseEscrow.abi.Unpack("amountsOf", data)
	outstruct := new(AmountsOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Held = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Payout = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Refundable = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBreach is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756b28d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function breach(uint256 leaseId, uint64 downSince, bytes32 attestationId, bytes signatures) returns()
func (leaseEscrow *LeaseEscrow) PackBreach(leaseId *big.Int, downSince uint64, attestationId [32]byte, signatures []byte) []byte {
	enc, err := leaseEscrow.abi.Pack("breach", leaseId, downSince, attestationId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBreach is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756b28d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function breach(uint256 leaseId, uint64 downSince, bytes32 attestationId, bytes signatures) returns()
func (leaseEscrow *LeaseEscrow) TryPackBreach(leaseId *big.Int, downSince uint64, attestationId [32]byte, signatures []byte) ([]byte, error) {
	return leaseEscrow.abi.Pack("breach", leaseId, downSince, attestationId, signatures)
}

// PackCancelQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4092bb9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelQuote(uint256 nonce) returns()
func (leaseEscrow *LeaseEscrow) PackCancelQuote(nonce *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("cancelQuote", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4092bb9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelQuote(uint256 nonce) returns()
func (leaseEscrow *LeaseEscrow) TryPackCancelQuote(nonce *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("cancelQuote", nonce)
}

// PackCancelQuotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a12527.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelQuotes(uint256 wordPos, uint256 mask) returns()
func (leaseEscrow *LeaseEscrow) PackCancelQuotes(wordPos *big.Int, mask *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("cancelQuotes", wordPos, mask)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelQuotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a12527.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelQuotes(uint256 wordPos, uint256 mask) returns()
func (leaseEscrow *LeaseEscrow) TryPackCancelQuotes(wordPos *big.Int, mask *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("cancelQuotes", wordPos, mask)
}

// PackCloseLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d653369.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeLease(uint256 leaseId) returns()
func (leaseEscrow *LeaseEscrow) PackCloseLease(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("closeLease", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d653369.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeLease(uint256 leaseId) returns()
func (leaseEscrow *LeaseEscrow) TryPackCloseLease(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("closeLease", leaseId)
}

// PackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectFees(address token) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) PackCollectFees(token common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("collectFees", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectFees(address token) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) TryPackCollectFees(token common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("collectFees", token)
}

// UnpackCollectFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa480ca79.
//
// Solidity: function collectFees(address token) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackCollectFees(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("collectFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint64)
func (leaseEscrow *LeaseEscrow) PackDisputeWindow() []byte {
	enc, err := leaseEscrow.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint64)
func (leaseEscrow *LeaseEscrow) TryPackDisputeWindow() ([]byte, error) {
	return leaseEscrow.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint64)
func (leaseEscrow *LeaseEscrow) UnpackDisputeWindow(data []byte) (uint64, error) {
	out, err := leaseEscrow.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (leaseEscrow *LeaseEscrow) PackDomainSeparator() []byte {
	enc, err := leaseEscrow.abi.Pack("domainSeparator")
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
func (leaseEscrow *LeaseEscrow) TryPackDomainSeparator() ([]byte, error) {
	return leaseEscrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (leaseEscrow *LeaseEscrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := leaseEscrow.abi.Unpack("domainSeparator", data)
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
func (leaseEscrow *LeaseEscrow) PackEip712Domain() []byte {
	enc, err := leaseEscrow.abi.Pack("eip712Domain")
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
func (leaseEscrow *LeaseEscrow) TryPackEip712Domain() ([]byte, error) {
	return leaseEscrow.abi.Pack("eip712Domain")
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
func (leaseEscrow *LeaseEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := leaseEscrow.abi.Unpack("eip712Domain", data)
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

// PackEndLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ef935c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endLease(uint256 leaseId) returns()
func (leaseEscrow *LeaseEscrow) PackEndLease(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("endLease", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ef935c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endLease(uint256 leaseId) returns()
func (leaseEscrow *LeaseEscrow) TryPackEndLease(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("endLease", leaseId)
}

// PackExtend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x740a8dc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit, bytes permit) returns()
func (leaseEscrow *LeaseEscrow) PackExtend(leaseId *big.Int, extraDuration uint64, maxDeposit *big.Int, permit []byte) []byte {
	enc, err := leaseEscrow.abi.Pack("extend", leaseId, extraDuration, maxDeposit, permit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x740a8dc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit, bytes permit) returns()
func (leaseEscrow *LeaseEscrow) TryPackExtend(leaseId *big.Int, extraDuration uint64, maxDeposit *big.Int, permit []byte) ([]byte, error) {
	return leaseEscrow.abi.Pack("extend", leaseId, extraDuration, maxDeposit, permit)
}

// PackGrid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23836ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grid() view returns(address)
func (leaseEscrow *LeaseEscrow) PackGrid() []byte {
	enc, err := leaseEscrow.abi.Pack("grid")
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
func (leaseEscrow *LeaseEscrow) TryPackGrid() ([]byte, error) {
	return leaseEscrow.abi.Pack("grid")
}

// UnpackGrid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa23836ef.
//
// Solidity: function grid() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackGrid(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("grid", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGridFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb65ba2bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gridFeeBps() view returns(uint16)
func (leaseEscrow *LeaseEscrow) PackGridFeeBps() []byte {
	enc, err := leaseEscrow.abi.Pack("gridFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGridFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb65ba2bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gridFeeBps() view returns(uint16)
func (leaseEscrow *LeaseEscrow) TryPackGridFeeBps() ([]byte, error) {
	return leaseEscrow.abi.Pack("gridFeeBps")
}

// UnpackGridFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb65ba2bb.
//
// Solidity: function gridFeeBps() view returns(uint16)
func (leaseEscrow *LeaseEscrow) UnpackGridFeeBps(data []byte) (uint16, error) {
	out, err := leaseEscrow.abi.Unpack("gridFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackIsNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcab7e8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isNonceUsed(address provider, uint256 nonce) view returns(bool)
func (leaseEscrow *LeaseEscrow) PackIsNonceUsed(provider common.Address, nonce *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("isNonceUsed", provider, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcab7e8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isNonceUsed(address provider, uint256 nonce) view returns(bool)
func (leaseEscrow *LeaseEscrow) TryPackIsNonceUsed(provider common.Address, nonce *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("isNonceUsed", provider, nonce)
}

// UnpackIsNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcab7e8eb.
//
// Solidity: function isNonceUsed(address provider, uint256 nonce) view returns(bool)
func (leaseEscrow *LeaseEscrow) UnpackIsNonceUsed(data []byte) (bool, error) {
	out, err := leaseEscrow.abi.Unpack("isNonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lease(uint256 leaseId) view returns((address,address,bytes32,uint32,uint32,uint8,uint8,bool,uint16,uint256,uint64,uint64,uint64,uint64,uint64,uint64) v)
func (leaseEscrow *LeaseEscrow) PackLease(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("lease", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e352497.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lease(uint256 leaseId) view returns((address,address,bytes32,uint32,uint32,uint8,uint8,bool,uint16,uint256,uint64,uint64,uint64,uint64,uint64,uint64) v)
func (leaseEscrow *LeaseEscrow) TryPackLease(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("lease", leaseId)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e352497.
//
// Solidity: function lease(uint256 leaseId) view returns((address,address,bytes32,uint32,uint32,uint8,uint8,bool,uint16,uint256,uint64,uint64,uint64,uint64,uint64,uint64) v)
func (leaseEscrow *LeaseEscrow) UnpackLease(data []byte) (ILeaseEscrowLease, error) {
	out, err := leaseEscrow.abi.Unpack("lease", data)
	if err != nil {
		return *new(ILeaseEscrowLease), err
	}
	out0 := *abi.ConvertType(out[0], new(ILeaseEscrowLease)).(*ILeaseEscrowLease)
	return out0, nil
}

// PackLeaseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4c0498b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseCount() view returns(uint256)
func (leaseEscrow *LeaseEscrow) PackLeaseCount() []byte {
	enc, err := leaseEscrow.abi.Pack("leaseCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4c0498b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseCount() view returns(uint256)
func (leaseEscrow *LeaseEscrow) TryPackLeaseCount() ([]byte, error) {
	return leaseEscrow.abi.Pack("leaseCount")
}

// UnpackLeaseCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4c0498b.
//
// Solidity: function leaseCount() view returns(uint256)
func (leaseEscrow *LeaseEscrow) UnpackLeaseCount(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("leaseCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeaseParties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ef01ec8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseParties(uint256 leaseId) view returns(address renter, uint8 status, bool jobAtOpen)
func (leaseEscrow *LeaseEscrow) PackLeaseParties(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("leaseParties", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseParties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ef01ec8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseParties(uint256 leaseId) view returns(address renter, uint8 status, bool jobAtOpen)
func (leaseEscrow *LeaseEscrow) TryPackLeaseParties(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("leaseParties", leaseId)
}

// LeasePartiesOutput serves as a container for the return parameters of contract
// method LeaseParties.
type LeasePartiesOutput struct {
	Renter    common.Address
	Status    uint8
	JobAtOpen bool
}

// UnpackLeaseParties is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ef01ec8.
//
// Solidity: function leaseParties(uint256 leaseId) view returns(address renter, uint8 status, bool jobAtOpen)
func (leaseEscrow *LeaseEscrow) UnpackLeaseParties(data []byte) (LeasePartiesOutput, error) {
	out, err := leaseEscrow.abi.Unpack("leaseParties", data)
	outstruct := new(LeasePartiesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Renter = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Status = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.JobAtOpen = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackNonceBitmap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe02b44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonceBitmap(address provider, uint256 wordPos) view returns(uint256 bits)
func (leaseEscrow *LeaseEscrow) PackNonceBitmap(provider common.Address, wordPos *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("nonceBitmap", provider, wordPos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonceBitmap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe02b44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonceBitmap(address provider, uint256 wordPos) view returns(uint256 bits)
func (leaseEscrow *LeaseEscrow) TryPackNonceBitmap(provider common.Address, wordPos *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("nonceBitmap", provider, wordPos)
}

// UnpackNonceBitmap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fe02b44.
//
// Solidity: function nonceBitmap(address provider, uint256 wordPos) view returns(uint256 bits)
func (leaseEscrow *LeaseEscrow) UnpackNonceBitmap(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("nonceBitmap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd719c45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openLease((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q, bytes signature, uint64 duration, uint8 payToken, uint256 maxDeposit, bytes32 jobCID, bytes permit) returns(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) PackOpenLease(q ILeaseEscrowQuote, signature []byte, duration uint64, payToken uint8, maxDeposit *big.Int, jobCID [32]byte, permit []byte) []byte {
	enc, err := leaseEscrow.abi.Pack("openLease", q, signature, duration, payToken, maxDeposit, jobCID, permit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd719c45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openLease((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q, bytes signature, uint64 duration, uint8 payToken, uint256 maxDeposit, bytes32 jobCID, bytes permit) returns(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) TryPackOpenLease(q ILeaseEscrowQuote, signature []byte, duration uint64, payToken uint8, maxDeposit *big.Int, jobCID [32]byte, permit []byte) ([]byte, error) {
	return leaseEscrow.abi.Pack("openLease", q, signature, duration, payToken, maxDeposit, jobCID, permit)
}

// UnpackOpenLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd719c45.
//
// Solidity: function openLease((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q, bytes signature, uint64 duration, uint8 payToken, uint256 maxDeposit, bytes32 jobCID, bytes permit) returns(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) UnpackOpenLease(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("openLease", data)
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
func (leaseEscrow *LeaseEscrow) PackOwner() []byte {
	enc, err := leaseEscrow.abi.Pack("owner")
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
func (leaseEscrow *LeaseEscrow) TryPackOwner() ([]byte, error) {
	return leaseEscrow.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackOwner(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (leaseEscrow *LeaseEscrow) PackPause() []byte {
	enc, err := leaseEscrow.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (leaseEscrow *LeaseEscrow) TryPackPause() ([]byte, error) {
	return leaseEscrow.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (leaseEscrow *LeaseEscrow) PackPaused() []byte {
	enc, err := leaseEscrow.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (leaseEscrow *LeaseEscrow) TryPackPaused() ([]byte, error) {
	return leaseEscrow.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (leaseEscrow *LeaseEscrow) UnpackPaused(data []byte) (bool, error) {
	out, err := leaseEscrow.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (leaseEscrow *LeaseEscrow) PackPendingOwner() []byte {
	enc, err := leaseEscrow.abi.Pack("pendingOwner")
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
func (leaseEscrow *LeaseEscrow) TryPackPendingOwner() ([]byte, error) {
	return leaseEscrow.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPreviewExtend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc98f1142.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewExtend(uint256 leaseId, uint64 extraDuration) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) PackPreviewExtend(leaseId *big.Int, extraDuration uint64) []byte {
	enc, err := leaseEscrow.abi.Pack("previewExtend", leaseId, extraDuration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewExtend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc98f1142.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewExtend(uint256 leaseId, uint64 extraDuration) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) TryPackPreviewExtend(leaseId *big.Int, extraDuration uint64) ([]byte, error) {
	return leaseEscrow.abi.Pack("previewExtend", leaseId, extraDuration)
}

// PreviewExtendOutput serves as a container for the return parameters of contract
// method PreviewExtend.
type PreviewExtendOutput struct {
	Rate    *big.Int
	Deposit *big.Int
}

// UnpackPreviewExtend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc98f1142.
//
// Solidity: function previewExtend(uint256 leaseId, uint64 extraDuration) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) UnpackPreviewExtend(data []byte) (PreviewExtendOutput, error) {
	out, err := leaseEscrow.abi.Unpack("previewExtend", data)
	outstruct := new(PreviewExtendOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rate = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Deposit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreviewOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94626e6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewOpen((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q, uint64 duration, uint8 payToken) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) PackPreviewOpen(q ILeaseEscrowQuote, duration uint64, payToken uint8) []byte {
	enc, err := leaseEscrow.abi.Pack("previewOpen", q, duration, payToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94626e6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewOpen((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q, uint64 duration, uint8 payToken) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) TryPackPreviewOpen(q ILeaseEscrowQuote, duration uint64, payToken uint8) ([]byte, error) {
	return leaseEscrow.abi.Pack("previewOpen", q, duration, payToken)
}

// PreviewOpenOutput serves as a container for the return parameters of contract
// method PreviewOpen.
type PreviewOpenOutput struct {
	Rate    *big.Int
	Deposit *big.Int
}

// UnpackPreviewOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94626e6f.
//
// Solidity: function previewOpen((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q, uint64 duration, uint8 payToken) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) UnpackPreviewOpen(data []byte) (PreviewOpenOutput, error) {
	out, err := leaseEscrow.abi.Unpack("previewOpen", data)
	outstruct := new(PreviewOpenOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rate = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Deposit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2630c12f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceOracle() view returns(address)
func (leaseEscrow *LeaseEscrow) PackPriceOracle() []byte {
	enc, err := leaseEscrow.abi.Pack("priceOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2630c12f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceOracle() view returns(address)
func (leaseEscrow *LeaseEscrow) TryPackPriceOracle() ([]byte, error) {
	return leaseEscrow.abi.Pack("priceOracle")
}

// UnpackPriceOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2630c12f.
//
// Solidity: function priceOracle() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackPriceOracle(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("priceOracle", data)
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
func (leaseEscrow *LeaseEscrow) PackQuorum() []byte {
	enc, err := leaseEscrow.abi.Pack("quorum")
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
func (leaseEscrow *LeaseEscrow) TryPackQuorum() ([]byte, error) {
	return leaseEscrow.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcf7fe1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDigest((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q) view returns(bytes32)
func (leaseEscrow *LeaseEscrow) PackQuoteDigest(q ILeaseEscrowQuote) []byte {
	enc, err := leaseEscrow.abi.Pack("quoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcf7fe1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDigest((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q) view returns(bytes32)
func (leaseEscrow *LeaseEscrow) TryPackQuoteDigest(q ILeaseEscrowQuote) ([]byte, error) {
	return leaseEscrow.abi.Pack("quoteDigest", q)
}

// UnpackQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcf7fe1d.
//
// Solidity: function quoteDigest((address,bytes32,uint32,uint256,uint64,uint64,uint64,uint256,address,bool) q) view returns(bytes32)
func (leaseEscrow *LeaseEscrow) UnpackQuoteDigest(data []byte) ([32]byte, error) {
	out, err := leaseEscrow.abi.Unpack("quoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (leaseEscrow *LeaseEscrow) PackRegistry() []byte {
	enc, err := leaseEscrow.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (leaseEscrow *LeaseEscrow) TryPackRegistry() ([]byte, error) {
	return leaseEscrow.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("registry", data)
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
func (leaseEscrow *LeaseEscrow) PackRenounceOwnership() []byte {
	enc, err := leaseEscrow.abi.Pack("renounceOwnership")
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
func (leaseEscrow *LeaseEscrow) TryPackRenounceOwnership() ([]byte, error) {
	return leaseEscrow.abi.Pack("renounceOwnership")
}

// PackSegments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31560626.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function segments(uint256 leaseId) view returns((uint32,uint96,uint128)[] out)
func (leaseEscrow *LeaseEscrow) PackSegments(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("segments", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSegments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31560626.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function segments(uint256 leaseId) view returns((uint32,uint96,uint128)[] out)
func (leaseEscrow *LeaseEscrow) TryPackSegments(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("segments", leaseId)
}

// UnpackSegments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31560626.
//
// Solidity: function segments(uint256 leaseId) view returns((uint32,uint96,uint128)[] out)
func (leaseEscrow *LeaseEscrow) UnpackSegments(data []byte) ([]ILeaseEscrowSegment, error) {
	out, err := leaseEscrow.abi.Unpack("segments", data)
	if err != nil {
		return *new([]ILeaseEscrowSegment), err
	}
	out0 := *abi.ConvertType(out[0], new([]ILeaseEscrowSegment)).(*[]ILeaseEscrowSegment)
	return out0, nil
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ef833d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint16 usdFeeBps_, uint16 gridFeeBps_) returns()
func (leaseEscrow *LeaseEscrow) PackSetFees(usdFeeBps uint16, gridFeeBps uint16) []byte {
	enc, err := leaseEscrow.abi.Pack("setFees", usdFeeBps, gridFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ef833d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint16 usdFeeBps_, uint16 gridFeeBps_) returns()
func (leaseEscrow *LeaseEscrow) TryPackSetFees(usdFeeBps uint16, gridFeeBps uint16) ([]byte, error) {
	return leaseEscrow.abi.Pack("setFees", usdFeeBps, gridFeeBps)
}

// PackSetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530e784f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPriceOracle(address priceOracle_) returns()
func (leaseEscrow *LeaseEscrow) PackSetPriceOracle(priceOracle common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("setPriceOracle", priceOracle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530e784f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPriceOracle(address priceOracle_) returns()
func (leaseEscrow *LeaseEscrow) TryPackSetPriceOracle(priceOracle common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("setPriceOracle", priceOracle)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (leaseEscrow *LeaseEscrow) PackSetTreasury(treasury common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (leaseEscrow *LeaseEscrow) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("setTreasury", treasury)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 leaseId) returns()
func (leaseEscrow *LeaseEscrow) PackSettle(leaseId *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("settle", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 leaseId) returns()
func (leaseEscrow *LeaseEscrow) TryPackSettle(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("settle", leaseId)
}

// PackSettleMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ba3107b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleMany(uint256[] leaseIds) returns()
func (leaseEscrow *LeaseEscrow) PackSettleMany(leaseIds []*big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("settleMany", leaseIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ba3107b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleMany(uint256[] leaseIds) returns()
func (leaseEscrow *LeaseEscrow) TryPackSettleMany(leaseIds []*big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("settleMany", leaseIds)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (leaseEscrow *LeaseEscrow) PackStaking() []byte {
	enc, err := leaseEscrow.abi.Pack("staking")
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
func (leaseEscrow *LeaseEscrow) TryPackStaking() ([]byte, error) {
	return leaseEscrow.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackStaking(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSyncDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf105be6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function syncDisputeWindow(uint64 disputeWindow_) returns()
func (leaseEscrow *LeaseEscrow) PackSyncDisputeWindow(disputeWindow uint64) []byte {
	enc, err := leaseEscrow.abi.Pack("syncDisputeWindow", disputeWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSyncDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf105be6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function syncDisputeWindow(uint64 disputeWindow_) returns()
func (leaseEscrow *LeaseEscrow) TryPackSyncDisputeWindow(disputeWindow uint64) ([]byte, error) {
	return leaseEscrow.abi.Pack("syncDisputeWindow", disputeWindow)
}

// PackTokenOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d17b8ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOf(uint8 payToken) view returns(address)
func (leaseEscrow *LeaseEscrow) PackTokenOf(payToken uint8) []byte {
	enc, err := leaseEscrow.abi.Pack("tokenOf", payToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d17b8ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOf(uint8 payToken) view returns(address)
func (leaseEscrow *LeaseEscrow) TryPackTokenOf(payToken uint8) ([]byte, error) {
	return leaseEscrow.abi.Pack("tokenOf", payToken)
}

// UnpackTokenOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d17b8ac.
//
// Solidity: function tokenOf(uint8 payToken) view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackTokenOf(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("tokenOf", data)
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
func (leaseEscrow *LeaseEscrow) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("transferOwnership", newOwner)
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
func (leaseEscrow *LeaseEscrow) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (leaseEscrow *LeaseEscrow) PackTreasury() []byte {
	enc, err := leaseEscrow.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (leaseEscrow *LeaseEscrow) TryPackTreasury() ([]byte, error) {
	return leaseEscrow.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (leaseEscrow *LeaseEscrow) PackUnpause() []byte {
	enc, err := leaseEscrow.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (leaseEscrow *LeaseEscrow) TryPackUnpause() ([]byte, error) {
	return leaseEscrow.abi.Pack("unpause")
}

// PackUsd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd63a6ccd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usd() view returns(address)
func (leaseEscrow *LeaseEscrow) PackUsd() []byte {
	enc, err := leaseEscrow.abi.Pack("usd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd63a6ccd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usd() view returns(address)
func (leaseEscrow *LeaseEscrow) TryPackUsd() ([]byte, error) {
	return leaseEscrow.abi.Pack("usd")
}

// UnpackUsd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd63a6ccd.
//
// Solidity: function usd() view returns(address)
func (leaseEscrow *LeaseEscrow) UnpackUsd(data []byte) (common.Address, error) {
	out, err := leaseEscrow.abi.Unpack("usd", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUsdFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f43f8f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usdFeeBps() view returns(uint16)
func (leaseEscrow *LeaseEscrow) PackUsdFeeBps() []byte {
	enc, err := leaseEscrow.abi.Pack("usdFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsdFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f43f8f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usdFeeBps() view returns(uint16)
func (leaseEscrow *LeaseEscrow) TryPackUsdFeeBps() ([]byte, error) {
	return leaseEscrow.abi.Pack("usdFeeBps")
}

// UnpackUsdFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f43f8f2.
//
// Solidity: function usdFeeBps() view returns(uint16)
func (leaseEscrow *LeaseEscrow) UnpackUsdFeeBps(data []byte) (uint16, error) {
	out, err := leaseEscrow.abi.Unpack("usdFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) PackWithdraw(token common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) TryPackWithdraw(token common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("withdraw", token)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51cff8d9.
//
// Solidity: function withdraw(address token) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dce4ab0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address token, address to) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) PackWithdrawTo(token common.Address, to common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("withdrawTo", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dce4ab0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address token, address to) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) TryPackWithdrawTo(token common.Address, to common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("withdrawTo", token, to)
}

// UnpackWithdrawTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6dce4ab0.
//
// Solidity: function withdrawTo(address token, address to) returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackWithdrawTo(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("withdrawTo", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0314d27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address account, address token) view returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) PackWithdrawable(account common.Address, token common.Address) []byte {
	enc, err := leaseEscrow.abi.Pack("withdrawable", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0314d27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address account, address token) view returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) TryPackWithdrawable(account common.Address, token common.Address) ([]byte, error) {
	return leaseEscrow.abi.Pack("withdrawable", account, token)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0314d27.
//
// Solidity: function withdrawable(address account, address token) view returns(uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := leaseEscrow.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// LeaseEscrowDisputeWindowSet represents a DisputeWindowSet event raised by the LeaseEscrow contract.
type LeaseEscrowDisputeWindowSet struct {
	DisputeWindow uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowDisputeWindowSetEventName = "DisputeWindowSet"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowDisputeWindowSet) ContractEventName() string {
	return LeaseEscrowDisputeWindowSetEventName
}

// UnpackDisputeWindowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeWindowSet(uint64 disputeWindow)
func (leaseEscrow *LeaseEscrow) UnpackDisputeWindowSetEvent(log *types.Log) (*LeaseEscrowDisputeWindowSet, error) {
	event := "DisputeWindowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowDisputeWindowSet)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the LeaseEscrow contract.
type LeaseEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowEIP712DomainChanged) ContractEventName() string {
	return LeaseEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (leaseEscrow *LeaseEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*LeaseEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowFeesCollected represents a FeesCollected event raised by the LeaseEscrow contract.
type LeaseEscrowFeesCollected struct {
	Token    common.Address
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowFeesCollectedEventName = "FeesCollected"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowFeesCollected) ContractEventName() string {
	return LeaseEscrowFeesCollectedEventName
}

// UnpackFeesCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesCollected(address indexed token, address indexed treasury, uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackFeesCollectedEvent(log *types.Log) (*LeaseEscrowFeesCollected, error) {
	event := "FeesCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowFeesCollected)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowFeesSet represents a FeesSet event raised by the LeaseEscrow contract.
type LeaseEscrowFeesSet struct {
	UsdFeeBps  uint16
	GridFeeBps uint16
	Raw        *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowFeesSetEventName = "FeesSet"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowFeesSet) ContractEventName() string {
	return LeaseEscrowFeesSetEventName
}

// UnpackFeesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSet(uint16 usdFeeBps, uint16 gridFeeBps)
func (leaseEscrow *LeaseEscrow) UnpackFeesSetEvent(log *types.Log) (*LeaseEscrowFeesSet, error) {
	event := "FeesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowFeesSet)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowLeaseBreached represents a LeaseBreached event raised by the LeaseEscrow contract.
type LeaseEscrowLeaseBreached struct {
	LeaseId       *big.Int
	Provider      common.Address
	Renter        common.Address
	AttestationId [32]byte
	DownSince     uint64
	BilledUntil   uint64
	Refund        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseBreachedEventName = "LeaseBreached"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseBreached) ContractEventName() string {
	return LeaseEscrowLeaseBreachedEventName
}

// UnpackLeaseBreachedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseBreached(uint256 indexed leaseId, address indexed provider, address indexed renter, bytes32 attestationId, uint64 downSince, uint64 billedUntil, uint256 refund)
func (leaseEscrow *LeaseEscrow) UnpackLeaseBreachedEvent(log *types.Log) (*LeaseEscrowLeaseBreached, error) {
	event := "LeaseBreached"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowLeaseBreached)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowLeaseClosed represents a LeaseClosed event raised by the LeaseEscrow contract.
type LeaseEscrowLeaseClosed struct {
	LeaseId     *big.Int
	Reason      uint8
	ClosedAt    uint64
	BilledUntil uint64
	Refund      *big.Int
	Payout      *big.Int
	Fee         *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseClosedEventName = "LeaseClosed"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseClosed) ContractEventName() string {
	return LeaseEscrowLeaseClosedEventName
}

// UnpackLeaseClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseClosed(uint256 indexed leaseId, uint8 indexed reason, uint64 closedAt, uint64 billedUntil, uint256 refund, uint256 payout, uint256 fee)
func (leaseEscrow *LeaseEscrow) UnpackLeaseClosedEvent(log *types.Log) (*LeaseEscrowLeaseClosed, error) {
	event := "LeaseClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowLeaseClosed)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowLeaseExtended represents a LeaseExtended event raised by the LeaseEscrow contract.
type LeaseEscrowLeaseExtended struct {
	LeaseId *big.Int
	EndsAt  uint64
	Deposit *big.Int
	Rate    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseExtendedEventName = "LeaseExtended"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseExtended) ContractEventName() string {
	return LeaseEscrowLeaseExtendedEventName
}

// UnpackLeaseExtendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseExtended(uint256 indexed leaseId, uint64 endsAt, uint256 deposit, uint256 rate)
func (leaseEscrow *LeaseEscrow) UnpackLeaseExtendedEvent(log *types.Log) (*LeaseEscrowLeaseExtended, error) {
	event := "LeaseExtended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowLeaseExtended)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowLeaseOpened represents a LeaseOpened event raised by the LeaseEscrow contract.
type LeaseEscrowLeaseOpened struct {
	LeaseId         *big.Int
	Renter          common.Address
	Provider        common.Address
	MachineId       [32]byte
	GpuMask         uint32
	PayToken        uint8
	UsdPerSecondWad *big.Int
	Rate            *big.Int
	MinEndsAt       uint64
	EndsAt          uint64
	Deposit         *big.Int
	Nonce           *big.Int
	JobCID          [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseOpenedEventName = "LeaseOpened"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseOpened) ContractEventName() string {
	return LeaseEscrowLeaseOpenedEventName
}

// UnpackLeaseOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseOpened(uint256 indexed leaseId, address indexed renter, address indexed provider, bytes32 machineId, uint32 gpuMask, uint8 payToken, uint256 usdPerSecondWad, uint256 rate, uint64 minEndsAt, uint64 endsAt, uint256 deposit, uint256 nonce, bytes32 jobCID)
func (leaseEscrow *LeaseEscrow) UnpackLeaseOpenedEvent(log *types.Log) (*LeaseEscrowLeaseOpened, error) {
	event := "LeaseOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowLeaseOpened)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowLeaseSettled represents a LeaseSettled event raised by the LeaseEscrow contract.
type LeaseEscrowLeaseSettled struct {
	LeaseId  *big.Int
	Provider common.Address
	Amount   *big.Int
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseSettledEventName = "LeaseSettled"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseSettled) ContractEventName() string {
	return LeaseEscrowLeaseSettledEventName
}

// UnpackLeaseSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseSettled(uint256 indexed leaseId, address indexed provider, uint256 amount, uint256 fee)
func (leaseEscrow *LeaseEscrow) UnpackLeaseSettledEvent(log *types.Log) (*LeaseEscrowLeaseSettled, error) {
	event := "LeaseSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowLeaseSettled)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the LeaseEscrow contract.
type LeaseEscrowOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowOwnershipTransferStarted) ContractEventName() string {
	return LeaseEscrowOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (leaseEscrow *LeaseEscrow) UnpackOwnershipTransferStartedEvent(log *types.Log) (*LeaseEscrowOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowOwnershipTransferred represents a OwnershipTransferred event raised by the LeaseEscrow contract.
type LeaseEscrowOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowOwnershipTransferred) ContractEventName() string {
	return LeaseEscrowOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (leaseEscrow *LeaseEscrow) UnpackOwnershipTransferredEvent(log *types.Log) (*LeaseEscrowOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowPaused represents a Paused event raised by the LeaseEscrow contract.
type LeaseEscrowPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowPaused) ContractEventName() string {
	return LeaseEscrowPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (leaseEscrow *LeaseEscrow) UnpackPausedEvent(log *types.Log) (*LeaseEscrowPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowPaused)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowPriceOracleSet represents a PriceOracleSet event raised by the LeaseEscrow contract.
type LeaseEscrowPriceOracleSet struct {
	Oracle common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowPriceOracleSetEventName = "PriceOracleSet"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowPriceOracleSet) ContractEventName() string {
	return LeaseEscrowPriceOracleSetEventName
}

// UnpackPriceOracleSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceOracleSet(address indexed oracle)
func (leaseEscrow *LeaseEscrow) UnpackPriceOracleSetEvent(log *types.Log) (*LeaseEscrowPriceOracleSet, error) {
	event := "PriceOracleSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowPriceOracleSet)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowQuoteNoncesCancelled represents a QuoteNoncesCancelled event raised by the LeaseEscrow contract.
type LeaseEscrowQuoteNoncesCancelled struct {
	Provider common.Address
	WordPos  *big.Int
	Mask     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowQuoteNoncesCancelledEventName = "QuoteNoncesCancelled"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowQuoteNoncesCancelled) ContractEventName() string {
	return LeaseEscrowQuoteNoncesCancelledEventName
}

// UnpackQuoteNoncesCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuoteNoncesCancelled(address indexed provider, uint256 indexed wordPos, uint256 mask)
func (leaseEscrow *LeaseEscrow) UnpackQuoteNoncesCancelledEvent(log *types.Log) (*LeaseEscrowQuoteNoncesCancelled, error) {
	event := "QuoteNoncesCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowQuoteNoncesCancelled)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowRefundCredited represents a RefundCredited event raised by the LeaseEscrow contract.
type LeaseEscrowRefundCredited struct {
	LeaseId *big.Int
	Renter  common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowRefundCreditedEventName = "RefundCredited"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowRefundCredited) ContractEventName() string {
	return LeaseEscrowRefundCreditedEventName
}

// UnpackRefundCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundCredited(uint256 indexed leaseId, address indexed renter, uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackRefundCreditedEvent(log *types.Log) (*LeaseEscrowRefundCredited, error) {
	event := "RefundCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowRefundCredited)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowTreasurySet represents a TreasurySet event raised by the LeaseEscrow contract.
type LeaseEscrowTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowTreasurySet) ContractEventName() string {
	return LeaseEscrowTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address indexed treasury)
func (leaseEscrow *LeaseEscrow) UnpackTreasurySetEvent(log *types.Log) (*LeaseEscrowTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowTreasurySet)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowUnpaused represents a Unpaused event raised by the LeaseEscrow contract.
type LeaseEscrowUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowUnpaused) ContractEventName() string {
	return LeaseEscrowUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (leaseEscrow *LeaseEscrow) UnpackUnpausedEvent(log *types.Log) (*LeaseEscrowUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowUnpaused)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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

// LeaseEscrowWithdrawn represents a Withdrawn event raised by the LeaseEscrow contract.
type LeaseEscrowWithdrawn struct {
	Account common.Address
	Token   common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowWithdrawn) ContractEventName() string {
	return LeaseEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed token, address indexed to, uint256 amount)
func (leaseEscrow *LeaseEscrow) UnpackWithdrawnEvent(log *types.Log) (*LeaseEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := leaseEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseEscrow.abi.Events[event].Inputs {
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
func (leaseEscrow *LeaseEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["BreachBillsNothingLess"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackBreachBillsNothingLessError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DepositAboveMax"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDepositAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DisputeWindowOver"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDisputeWindowOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DownAfterLeaseEnd"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDownAfterLeaseEndError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DownSinceInFuture"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDownSinceInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["FeeOnTransferNotSupported"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackFeeOnTransferNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["InvalidDuration"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackInvalidDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["InvalidFees"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackInvalidFeesError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["InvalidQuoteSignature"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackInvalidQuoteSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["LeaseEnded"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackLeaseEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["LeaseNotFound"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackLeaseNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["LeaseNotOpen"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackLeaseNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["MachineNotOwnedByProvider"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackMachineNotOwnedByProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["NotRenter"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackNotRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["NotStaking"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackNotStakingError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["NothingToCollect"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackNothingToCollectError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["PermitFailed"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackPermitFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["QuoteExpired"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackQuoteExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["QuoteForOtherRenter"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackQuoteForOtherRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["QuoteNonceUsed"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackQuoteNonceUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["SameToken"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackSameTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["UnsupportedDecimals"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackUnsupportedDecimalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["ZeroRate"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackZeroRateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LeaseEscrowBreachBillsNothingLess represents a BreachBillsNothingLess error raised by the LeaseEscrow contract.
type LeaseEscrowBreachBillsNothingLess struct {
	DownSince   uint64
	BilledUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BreachBillsNothingLess(uint64 downSince, uint64 billedUntil)
func LeaseEscrowBreachBillsNothingLessErrorID() common.Hash {
	return common.HexToHash("0x91d7e1e8deee5fa169927e466fbacde4e9f2a25ca58d5ddee6b9d763b2d84206")
}

// UnpackBreachBillsNothingLessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BreachBillsNothingLess(uint64 downSince, uint64 billedUntil)
func (leaseEscrow *LeaseEscrow) UnpackBreachBillsNothingLessError(raw []byte) (*LeaseEscrowBreachBillsNothingLess, error) {
	out := new(LeaseEscrowBreachBillsNothingLess)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "BreachBillsNothingLess", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowDepositAboveMax represents a DepositAboveMax error raised by the LeaseEscrow contract.
type LeaseEscrowDepositAboveMax struct {
	Deposit    *big.Int
	MaxDeposit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositAboveMax(uint256 deposit, uint256 maxDeposit)
func LeaseEscrowDepositAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x9fbb88a6b8f33e22ac711f9fc1255dce1e67b3a96f8fd963934fdf84f2cb9187")
}

// UnpackDepositAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositAboveMax(uint256 deposit, uint256 maxDeposit)
func (leaseEscrow *LeaseEscrow) UnpackDepositAboveMaxError(raw []byte) (*LeaseEscrowDepositAboveMax, error) {
	out := new(LeaseEscrowDepositAboveMax)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "DepositAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowDisputeWindowOver represents a DisputeWindowOver error raised by the LeaseEscrow contract.
type LeaseEscrowDisputeWindowOver struct {
	LeaseId       *big.Int
	DisputeEndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOver(uint256 leaseId, uint64 disputeEndsAt)
func LeaseEscrowDisputeWindowOverErrorID() common.Hash {
	return common.HexToHash("0x695bc5431b209cafaf7ee358d042e179add7d896be81a51dd463a563550ada3d")
}

// UnpackDisputeWindowOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOver(uint256 leaseId, uint64 disputeEndsAt)
func (leaseEscrow *LeaseEscrow) UnpackDisputeWindowOverError(raw []byte) (*LeaseEscrowDisputeWindowOver, error) {
	out := new(LeaseEscrowDisputeWindowOver)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "DisputeWindowOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowDownAfterLeaseEnd represents a DownAfterLeaseEnd error raised by the LeaseEscrow contract.
type LeaseEscrowDownAfterLeaseEnd struct {
	DownSince uint64
	EndedAt   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DownAfterLeaseEnd(uint64 downSince, uint64 endedAt)
func LeaseEscrowDownAfterLeaseEndErrorID() common.Hash {
	return common.HexToHash("0x8e54d377e7cc2f43c7adae4b6ce5e498a9f66b5cc21cf6a2ae3ff94940fd204c")
}

// UnpackDownAfterLeaseEndError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DownAfterLeaseEnd(uint64 downSince, uint64 endedAt)
func (leaseEscrow *LeaseEscrow) UnpackDownAfterLeaseEndError(raw []byte) (*LeaseEscrowDownAfterLeaseEnd, error) {
	out := new(LeaseEscrowDownAfterLeaseEnd)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "DownAfterLeaseEnd", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowDownSinceInFuture represents a DownSinceInFuture error raised by the LeaseEscrow contract.
type LeaseEscrowDownSinceInFuture struct {
	DownSince uint64
	NowTs     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DownSinceInFuture(uint64 downSince, uint256 nowTs)
func LeaseEscrowDownSinceInFutureErrorID() common.Hash {
	return common.HexToHash("0x77415e6c20eda5bfbbf32b819afdf8bc0b7ca7e88ed0087b5c59da83effee8e9")
}

// UnpackDownSinceInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DownSinceInFuture(uint64 downSince, uint256 nowTs)
func (leaseEscrow *LeaseEscrow) UnpackDownSinceInFutureError(raw []byte) (*LeaseEscrowDownSinceInFuture, error) {
	out := new(LeaseEscrowDownSinceInFuture)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "DownSinceInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowEnforcedPause represents a EnforcedPause error raised by the LeaseEscrow contract.
type LeaseEscrowEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func LeaseEscrowEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (leaseEscrow *LeaseEscrow) UnpackEnforcedPauseError(raw []byte) (*LeaseEscrowEnforcedPause, error) {
	out := new(LeaseEscrowEnforcedPause)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowExpectedPause represents a ExpectedPause error raised by the LeaseEscrow contract.
type LeaseEscrowExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func LeaseEscrowExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (leaseEscrow *LeaseEscrow) UnpackExpectedPauseError(raw []byte) (*LeaseEscrowExpectedPause, error) {
	out := new(LeaseEscrowExpectedPause)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowFeeOnTransferNotSupported represents a FeeOnTransferNotSupported error raised by the LeaseEscrow contract.
type LeaseEscrowFeeOnTransferNotSupported struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeOnTransferNotSupported(uint256 expected, uint256 received)
func LeaseEscrowFeeOnTransferNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x4f2f9475c51168e1fb7275a221dadc97e4f517d2ecfa5126a0702df10b145f6a")
}

// UnpackFeeOnTransferNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeOnTransferNotSupported(uint256 expected, uint256 received)
func (leaseEscrow *LeaseEscrow) UnpackFeeOnTransferNotSupportedError(raw []byte) (*LeaseEscrowFeeOnTransferNotSupported, error) {
	out := new(LeaseEscrowFeeOnTransferNotSupported)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "FeeOnTransferNotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowInvalidDuration represents a InvalidDuration error raised by the LeaseEscrow contract.
type LeaseEscrowInvalidDuration struct {
	Duration    uint64
	MinDuration uint64
	MaxDuration uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDuration(uint64 duration, uint64 minDuration, uint64 maxDuration)
func LeaseEscrowInvalidDurationErrorID() common.Hash {
	return common.HexToHash("0x06a3bf24a7ff65af427b66d1ac3f959c1efa3b1cc1b00bfc7896c27440b20e95")
}

// UnpackInvalidDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDuration(uint64 duration, uint64 minDuration, uint64 maxDuration)
func (leaseEscrow *LeaseEscrow) UnpackInvalidDurationError(raw []byte) (*LeaseEscrowInvalidDuration, error) {
	out := new(LeaseEscrowInvalidDuration)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "InvalidDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowInvalidFees represents a InvalidFees error raised by the LeaseEscrow contract.
type LeaseEscrowInvalidFees struct {
	UsdFeeBps  uint16
	GridFeeBps uint16
	MaxFeeBps  uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFees(uint16 usdFeeBps, uint16 gridFeeBps, uint16 maxFeeBps)
func LeaseEscrowInvalidFeesErrorID() common.Hash {
	return common.HexToHash("0xf3a1aa58f2ba73018bf70bcd6ec146d751a6d9f54f9b9ca22ca6127b30a29e26")
}

// UnpackInvalidFeesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFees(uint16 usdFeeBps, uint16 gridFeeBps, uint16 maxFeeBps)
func (leaseEscrow *LeaseEscrow) UnpackInvalidFeesError(raw []byte) (*LeaseEscrowInvalidFees, error) {
	out := new(LeaseEscrowInvalidFees)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "InvalidFees", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowInvalidQuoteSignature represents a InvalidQuoteSignature error raised by the LeaseEscrow contract.
type LeaseEscrowInvalidQuoteSignature struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidQuoteSignature(address provider)
func LeaseEscrowInvalidQuoteSignatureErrorID() common.Hash {
	return common.HexToHash("0x11638a8eb61378f09eb9667e57c51867605e9f79d42ff29ac2df0d29c9392e2b")
}

// UnpackInvalidQuoteSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidQuoteSignature(address provider)
func (leaseEscrow *LeaseEscrow) UnpackInvalidQuoteSignatureError(raw []byte) (*LeaseEscrowInvalidQuoteSignature, error) {
	out := new(LeaseEscrowInvalidQuoteSignature)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "InvalidQuoteSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowInvalidShortString represents a InvalidShortString error raised by the LeaseEscrow contract.
type LeaseEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func LeaseEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (leaseEscrow *LeaseEscrow) UnpackInvalidShortStringError(raw []byte) (*LeaseEscrowInvalidShortString, error) {
	out := new(LeaseEscrowInvalidShortString)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowLeaseEnded represents a LeaseEnded error raised by the LeaseEscrow contract.
type LeaseEscrowLeaseEnded struct {
	LeaseId *big.Int
	EndsAt  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseEnded(uint256 leaseId, uint64 endsAt)
func LeaseEscrowLeaseEndedErrorID() common.Hash {
	return common.HexToHash("0x588cbceb58782904f9614431ad60c639af5f9a554f266bc0020ba30842c96fd3")
}

// UnpackLeaseEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseEnded(uint256 leaseId, uint64 endsAt)
func (leaseEscrow *LeaseEscrow) UnpackLeaseEndedError(raw []byte) (*LeaseEscrowLeaseEnded, error) {
	out := new(LeaseEscrowLeaseEnded)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "LeaseEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowLeaseNotFound represents a LeaseNotFound error raised by the LeaseEscrow contract.
type LeaseEscrowLeaseNotFound struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotFound(uint256 leaseId)
func LeaseEscrowLeaseNotFoundErrorID() common.Hash {
	return common.HexToHash("0x54c3b4cfcbb35f5214fff9808572d39063e9784f5a4ddba8e54d80002f7c73f7")
}

// UnpackLeaseNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotFound(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) UnpackLeaseNotFoundError(raw []byte) (*LeaseEscrowLeaseNotFound, error) {
	out := new(LeaseEscrowLeaseNotFound)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "LeaseNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowLeaseNotOpen represents a LeaseNotOpen error raised by the LeaseEscrow contract.
type LeaseEscrowLeaseNotOpen struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotOpen(uint256 leaseId)
func LeaseEscrowLeaseNotOpenErrorID() common.Hash {
	return common.HexToHash("0x9b6577005cc6f679f0b60edd13b33c137785ec6133bfb8d655ef3a8423e8ca6e")
}

// UnpackLeaseNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotOpen(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) UnpackLeaseNotOpenError(raw []byte) (*LeaseEscrowLeaseNotOpen, error) {
	out := new(LeaseEscrowLeaseNotOpen)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "LeaseNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowMachineNotOwnedByProvider represents a MachineNotOwnedByProvider error raised by the LeaseEscrow contract.
type LeaseEscrowMachineNotOwnedByProvider struct {
	MachineId [32]byte
	Provider  common.Address
	Owner     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MachineNotOwnedByProvider(bytes32 machineId, address provider, address owner)
func LeaseEscrowMachineNotOwnedByProviderErrorID() common.Hash {
	return common.HexToHash("0xc60949f1e5bd3fad57d841224ad21fa2a346f4eaac4a016d351cb9f3cbcbcc3a")
}

// UnpackMachineNotOwnedByProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MachineNotOwnedByProvider(bytes32 machineId, address provider, address owner)
func (leaseEscrow *LeaseEscrow) UnpackMachineNotOwnedByProviderError(raw []byte) (*LeaseEscrowMachineNotOwnedByProvider, error) {
	out := new(LeaseEscrowMachineNotOwnedByProvider)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "MachineNotOwnedByProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowNotProvider represents a NotProvider error raised by the LeaseEscrow contract.
type LeaseEscrowNotProvider struct {
	LeaseId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(uint256 leaseId, address caller)
func LeaseEscrowNotProviderErrorID() common.Hash {
	return common.HexToHash("0x55a3d2d6d2dd0555c02c32a58cb2b6051f92c64478551c56ca5655097867405f")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(uint256 leaseId, address caller)
func (leaseEscrow *LeaseEscrow) UnpackNotProviderError(raw []byte) (*LeaseEscrowNotProvider, error) {
	out := new(LeaseEscrowNotProvider)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowNotRenter represents a NotRenter error raised by the LeaseEscrow contract.
type LeaseEscrowNotRenter struct {
	LeaseId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRenter(uint256 leaseId, address caller)
func LeaseEscrowNotRenterErrorID() common.Hash {
	return common.HexToHash("0xc2a1c59fad1eb41b4727ae56b1403334bc4cb99493a11de256fece4e086ff733")
}

// UnpackNotRenterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRenter(uint256 leaseId, address caller)
func (leaseEscrow *LeaseEscrow) UnpackNotRenterError(raw []byte) (*LeaseEscrowNotRenter, error) {
	out := new(LeaseEscrowNotRenter)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "NotRenter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowNotStaking represents a NotStaking error raised by the LeaseEscrow contract.
type LeaseEscrowNotStaking struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaking(address caller)
func LeaseEscrowNotStakingErrorID() common.Hash {
	return common.HexToHash("0x77b08152bba8966acd93e1bf66172ec669aa590fac3e2929293562553a115ed6")
}

// UnpackNotStakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaking(address caller)
func (leaseEscrow *LeaseEscrow) UnpackNotStakingError(raw []byte) (*LeaseEscrowNotStaking, error) {
	out := new(LeaseEscrowNotStaking)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "NotStaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowNothingToCollect represents a NothingToCollect error raised by the LeaseEscrow contract.
type LeaseEscrowNothingToCollect struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToCollect(address token)
func LeaseEscrowNothingToCollectErrorID() common.Hash {
	return common.HexToHash("0x557eefa9e47a2f90709e847ec22278fadd454dbf062e1d8ebed6a2888b2bf600")
}

// UnpackNothingToCollectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToCollect(address token)
func (leaseEscrow *LeaseEscrow) UnpackNothingToCollectError(raw []byte) (*LeaseEscrowNothingToCollect, error) {
	out := new(LeaseEscrowNothingToCollect)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "NothingToCollect", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowNothingToWithdraw represents a NothingToWithdraw error raised by the LeaseEscrow contract.
type LeaseEscrowNothingToWithdraw struct {
	Account common.Address
	Token   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account, address token)
func LeaseEscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xac46653ead99b15185913f0ead179a0b7ea62fb2fd50e49a3e26796b95a2ce9d")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account, address token)
func (leaseEscrow *LeaseEscrow) UnpackNothingToWithdrawError(raw []byte) (*LeaseEscrowNothingToWithdraw, error) {
	out := new(LeaseEscrowNothingToWithdraw)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the LeaseEscrow contract.
type LeaseEscrowOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func LeaseEscrowOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (leaseEscrow *LeaseEscrow) UnpackOwnableInvalidOwnerError(raw []byte) (*LeaseEscrowOwnableInvalidOwner, error) {
	out := new(LeaseEscrowOwnableInvalidOwner)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the LeaseEscrow contract.
type LeaseEscrowOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func LeaseEscrowOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (leaseEscrow *LeaseEscrow) UnpackOwnableUnauthorizedAccountError(raw []byte) (*LeaseEscrowOwnableUnauthorizedAccount, error) {
	out := new(LeaseEscrowOwnableUnauthorizedAccount)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowPermitFailed represents a PermitFailed error raised by the LeaseEscrow contract.
type LeaseEscrowPermitFailed struct {
	Token     common.Address
	Allowance *big.Int
	Value     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PermitFailed(address token, uint256 allowance, uint256 value)
func LeaseEscrowPermitFailedErrorID() common.Hash {
	return common.HexToHash("0xadd6035072a61f24744319b320b9cf31a03ed928599985400ab36eecb35c51ec")
}

// UnpackPermitFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PermitFailed(address token, uint256 allowance, uint256 value)
func (leaseEscrow *LeaseEscrow) UnpackPermitFailedError(raw []byte) (*LeaseEscrowPermitFailed, error) {
	out := new(LeaseEscrowPermitFailed)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "PermitFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowQuoteExpired represents a QuoteExpired error raised by the LeaseEscrow contract.
type LeaseEscrowQuoteExpired struct {
	Expiry uint64
	NowTs  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteExpired(uint64 expiry, uint256 nowTs)
func LeaseEscrowQuoteExpiredErrorID() common.Hash {
	return common.HexToHash("0x810e78c79aabf4e697706525bdbb6d877c8314c4798d69ae205f2eb27b494a2e")
}

// UnpackQuoteExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteExpired(uint64 expiry, uint256 nowTs)
func (leaseEscrow *LeaseEscrow) UnpackQuoteExpiredError(raw []byte) (*LeaseEscrowQuoteExpired, error) {
	out := new(LeaseEscrowQuoteExpired)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "QuoteExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowQuoteForOtherRenter represents a QuoteForOtherRenter error raised by the LeaseEscrow contract.
type LeaseEscrowQuoteForOtherRenter struct {
	Renter common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteForOtherRenter(address renter, address caller)
func LeaseEscrowQuoteForOtherRenterErrorID() common.Hash {
	return common.HexToHash("0x03308d1d36506484ca60eee2d3f83ba43b4da483c893fb42bfb297c3061a99ae")
}

// UnpackQuoteForOtherRenterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteForOtherRenter(address renter, address caller)
func (leaseEscrow *LeaseEscrow) UnpackQuoteForOtherRenterError(raw []byte) (*LeaseEscrowQuoteForOtherRenter, error) {
	out := new(LeaseEscrowQuoteForOtherRenter)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "QuoteForOtherRenter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowQuoteNonceUsed represents a QuoteNonceUsed error raised by the LeaseEscrow contract.
type LeaseEscrowQuoteNonceUsed struct {
	Provider common.Address
	Nonce    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteNonceUsed(address provider, uint256 nonce)
func LeaseEscrowQuoteNonceUsedErrorID() common.Hash {
	return common.HexToHash("0x4a670f6b73fb8414da677951a1fdcc31c915d02a0a7163a43b091a1d08008dc8")
}

// UnpackQuoteNonceUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteNonceUsed(address provider, uint256 nonce)
func (leaseEscrow *LeaseEscrow) UnpackQuoteNonceUsedError(raw []byte) (*LeaseEscrowQuoteNonceUsed, error) {
	out := new(LeaseEscrowQuoteNonceUsed)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "QuoteNonceUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LeaseEscrow contract.
type LeaseEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LeaseEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (leaseEscrow *LeaseEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LeaseEscrowReentrancyGuardReentrantCall, error) {
	out := new(LeaseEscrowReentrancyGuardReentrantCall)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the LeaseEscrow contract.
type LeaseEscrowSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func LeaseEscrowSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (leaseEscrow *LeaseEscrow) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*LeaseEscrowSafeCastOverflowedUintDowncast, error) {
	out := new(LeaseEscrowSafeCastOverflowedUintDowncast)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LeaseEscrow contract.
type LeaseEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LeaseEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (leaseEscrow *LeaseEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*LeaseEscrowSafeERC20FailedOperation, error) {
	out := new(LeaseEscrowSafeERC20FailedOperation)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowSameToken represents a SameToken error raised by the LeaseEscrow contract.
type LeaseEscrowSameToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameToken()
func LeaseEscrowSameTokenErrorID() common.Hash {
	return common.HexToHash("0x201b580a822b46f47433ab241b0489c2311db5148e49f18d2ac4d72b0f6bb951")
}

// UnpackSameTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameToken()
func (leaseEscrow *LeaseEscrow) UnpackSameTokenError(raw []byte) (*LeaseEscrowSameToken, error) {
	out := new(LeaseEscrowSameToken)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "SameToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowStringTooLong represents a StringTooLong error raised by the LeaseEscrow contract.
type LeaseEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func LeaseEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (leaseEscrow *LeaseEscrow) UnpackStringTooLongError(raw []byte) (*LeaseEscrowStringTooLong, error) {
	out := new(LeaseEscrowStringTooLong)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowUnsupportedDecimals represents a UnsupportedDecimals error raised by the LeaseEscrow contract.
type LeaseEscrowUnsupportedDecimals struct {
	Decimals uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedDecimals(uint8 decimals)
func LeaseEscrowUnsupportedDecimalsErrorID() common.Hash {
	return common.HexToHash("0xfd91cbededc9a7e17d127c7ba5ee0fa432bb7170147242cc58650edddc11b69d")
}

// UnpackUnsupportedDecimalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedDecimals(uint8 decimals)
func (leaseEscrow *LeaseEscrow) UnpackUnsupportedDecimalsError(raw []byte) (*LeaseEscrowUnsupportedDecimals, error) {
	out := new(LeaseEscrowUnsupportedDecimals)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "UnsupportedDecimals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowZeroAddress represents a ZeroAddress error raised by the LeaseEscrow contract.
type LeaseEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LeaseEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (leaseEscrow *LeaseEscrow) UnpackZeroAddressError(raw []byte) (*LeaseEscrowZeroAddress, error) {
	out := new(LeaseEscrowZeroAddress)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseEscrowZeroRate represents a ZeroRate error raised by the LeaseEscrow contract.
type LeaseEscrowZeroRate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRate()
func LeaseEscrowZeroRateErrorID() common.Hash {
	return common.HexToHash("0x299dcf9a41f9ddc694b85732ce6cab64bc65574aaae963d596ad33ee427e900d")
}

// UnpackZeroRateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRate()
func (leaseEscrow *LeaseEscrow) UnpackZeroRateError(raw []byte) (*LeaseEscrowZeroRate, error) {
	out := new(LeaseEscrowZeroRate)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "ZeroRate", raw); err != nil {
		return nil, err
	}
	return out, nil
}
