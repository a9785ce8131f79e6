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
	Renter      common.Address
	Provider    common.Address
	MachineId   [32]byte
	GpuCount    uint32
	PayToken    uint8
	Status      uint8
	Completed   bool
	FeeBps      uint16
	Rate        *big.Int
	StartedAt   uint64
	SettledAt   uint64
	EndsAt      uint64
	MaxDuration uint64
}

// ILeaseEscrowQuote is an auto generated low-level Go binding around an user-defined struct.
type ILeaseEscrowQuote struct {
	Provider     common.Address
	MachineId    [32]byte
	GpuCount     uint32
	UsdPerSecond *big.Int
	MaxDuration  uint64
	Expiry       uint64
	Nonce        *big.Int
}

// LeaseEscrowMetaData contains all meta data concerning the LeaseEscrow contract.
var LeaseEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"},{\"name\":\"priceOracle_\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"},{\"name\":\"usd_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usdFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"accruedFees\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"amountsOf\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"accrued\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"refundable\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"attestCompletion\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"resultCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"breach\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelQuote\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelQuotes\",\"inputs\":[{\"name\":\"wordPos\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"mask\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"closeLease\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"collectFees\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endLease\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"extend\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"extraDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDeposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gridFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lease\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Lease\",\"components\":[{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.LeaseStatus\"},{\"name\":\"completed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"startedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"settledAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaseCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonceBitmap\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"wordPos\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"bits\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openLease\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Quote\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"usdPerSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"},{\"name\":\"maxDeposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"previewOpen\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Quote\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"usdPerSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"}],\"outputs\":[{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"priceOracle\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quoteDigest\",\"inputs\":[{\"name\":\"q\",\"type\":\"tuple\",\"internalType\":\"structILeaseEscrow.Quote\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"usdPerSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordCompletion\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"resultCID\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFees\",\"inputs\":[{\"name\":\"usdFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPriceOracle\",\"inputs\":[{\"name\":\"priceOracle_\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleMany\",\"inputs\":[{\"name\":\"leaseIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenOf\",\"inputs\":[{\"name\":\"payToken\",\"type\":\"uint8\",\"internalType\":\"enumILeaseEscrow.PayToken\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"usd\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"usdFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawTo\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"CompletionRecorded\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"cidHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"resultCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"attested\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesCollected\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"contractIERC20\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesSet\",\"inputs\":[{\"name\":\"usdFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseBreached\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"downSince\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"closedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"clawedBack\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unrecovered\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseClosed\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumILeaseEscrow.CloseReason\"},{\"name\":\"closedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseExtended\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseOpened\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"machineId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"gpuCount\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"payToken\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumILeaseEscrow.PayToken\"},{\"name\":\"usdPerSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rate\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LeaseSettled\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"settledAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PriceOracleSet\",\"inputs\":[{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuoteNoncesCancelled\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"wordPos\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"mask\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RefundCredited\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"contractIERC20\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CompletionAlreadyRecorded\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DepositAboveMax\",\"inputs\":[{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxDeposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DownAfterLeaseEnd\",\"inputs\":[{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DownSinceInFuture\",\"inputs\":[{\"name\":\"downSince\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyResultCID\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeOnTransferNotSupported\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidFees\",\"inputs\":[{\"name\":\"usdFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gridFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"InvalidQuoteSignature\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LeaseEnded\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endsAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"LeaseNotFound\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeaseNotOpen\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MachineNotOwnedByProvider\",\"inputs\":[{\"name\":\"machineId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotProvider\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotRenter\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToCollect\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"QuoteExpired\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"QuoteNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SameToken\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDecimals\",\"inputs\":[{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRate\",\"inputs\":[]}]",
	ID:  "LeaseEscrow",
	Bin: "0x610200604052348015610010575f5ffd5b50604051615e56380380615e5683398101604081905261002f91610567565b886040518060400160405280601481526020017f69646c6567726964204c65617365457363726f77000000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008f826102ef60201b60201c565b6101205261009c816102ef565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101688161032c565b506001600160a01b038816158061018657506001600160a01b038716155b8061019857506001600160a01b038516155b806101aa57506001600160a01b038416155b156101c85760405163d92e233d60e01b815260040160405180910390fd5b836001600160a01b0316856001600160a01b0316036101fa5760405163100dac0560e11b815260040160405180910390fd5b5f856001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610237573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061025b919061061d565b905060128160ff1611156102875760405163fd91cbed60e01b815260ff82166004820152602401610156565b6001600160a01b03808a1661016052888116610180528681166101a05285166101c0526102b5816012610658565b6102c090600a61075a565b6101e0526102cd87610348565b6102d6846103b8565b6102e08383610428565b505050505050505050506107c3565b5f5f829050601f81511115610319578260405163305a27a960e01b81526004016101569190610768565b80516103248261079d565b179392505050565b600380546001600160a01b0319169055610345816104ec565b50565b6001600160a01b03811661036f5760405163d92e233d60e01b815260040160405180910390fd5b600580546001600160a01b0319166001600160a01b0383169081179091556040517f6536690106168bdf4ba72c128a053d817999b1db90cae23f139b293bf862cb75905f90a250565b6001600160a01b0381166103df5760405163d92e233d60e01b815260040160405180910390fd5b600480546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b6103e861ffff8316118061044357508161ffff168161ffff16115b1561047757604051631e74354b60e31b815261ffff8084166004830152821660248201526103e86044820152606401610156565b600380546001600160e01b0316600160e01b61ffff8581169182026001600160f01b031692909217600160f01b928516928302179092556040805192835260208301919091527f947504f5e2a48952ffa34f7cceb8582c6705286ad16842e7258c4207a40ce518910160405180910390a15050565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610345575f5ffd5b805161ffff81168114610562575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f6101208a8c031215610580575f5ffd5b895161058b8161053d565b60208b015190995061059c8161053d565b60408b01519098506105ad8161053d565b60608b01519097506105be8161053d565b60808b01519096506105cf8161053d565b60a08b01519095506105e08161053d565b60c08b01519094506105f18161053d565b92506105ff60e08b01610551565b915061060e6101008b01610551565b90509295985092959850929598565b5f6020828403121561062d575f5ffd5b815160ff8116811461063d575f5ffd5b9392505050565b634e487b7160e01b5f52601160045260245ffd5b60ff828116828216039081111561067157610671610644565b92915050565b6001815b60018411156106b25780850481111561069657610696610644565b60018416156106a457908102905b60019390931c92800261067b565b935093915050565b5f826106c857506001610671565b816106d457505f610671565b81600181146106ea57600281146106f457610710565b6001915050610671565b60ff84111561070557610705610644565b50506001821b610671565b5060208310610133831016604e8410600b8410161715610733575081810a610671565b61073f5f198484610677565b805f190482111561075257610752610644565b029392505050565b5f61063d60ff8416836106ba565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107bd575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516155df6108775f395f6138eb01525f818161060e0152612fe401525f81816107ac015261300a01525f818161035f0152818161096501526112bb01525f8181610466015281816122a701528181613e2a015261458e01525f6130d001525f6130a501525f613ad101525f613aa901525f613a0401525f613a2e01525f613a5801526155df5ff3fe608060405234801561000f575f5ffd5b506004361061030f575f3560e01c80638456cb591161019d578063b4c0498b116100e8578063d63a6ccd11610093578063f2fde38b1161006e578063f2fde38b146107f2578063f698da2514610805578063f75816151461080d575f5ffd5b8063d63a6ccd146107a7578063e30c3978146107ce578063f0f44260146107df575f5ffd5b8063cab7e8eb116100c3578063cab7e8eb14610731578063d39ec79e14610776578063d55be8c61461079e575f5ffd5b8063b4c0498b146106ad578063b65ba2bb146106d7578063c0314d2714610707575f5ffd5b80639ef833d411610148578063a521ca2c11610123578063a521ca2c14610643578063ad7bc6f214610676578063b1724b4614610689575f5ffd5b80639ef833d4146105f6578063a23836ef14610609578063a480ca7914610630575f5ffd5b80638df82800116101785780638df82800146105bd5780638f810c24146105d057806391ef935c146105e3575f5ffd5b80638456cb591461058957806384b0196e146105915780638da5cb5b146105ac575f5ffd5b80634fe02b441161025d5780636dce4ab011610208578063756b28d2116101e3578063756b28d21461055b57806379ba50971461056e5780637d17b8ac14610576575f5ffd5b80636dce4ab01461052d578063711653dd14610540578063715018a614610553575f5ffd5b80635ba3107b116102385780635ba3107b146104d85780635c975abb146104eb57806361d027b31461051a575f5ffd5b80634fe02b441461048857806351cff8d9146104b2578063530e784f146104c5575f5ffd5b806334a12527116102bd5780634092bb9d116102985780634092bb9d1461043b57806348c6f8501461044e5780634cf088d914610461575f5ffd5b806334a12527146103df5780633f43f8f2146103f25780633f4ba83a14610433575f5ffd5b80631956ded5116102ed5780631956ded5146103995780632630c12f146103ac5780632e352497146103bf575f5ffd5b806307311283146103135780630d653369146103455780631703a0181461035a575b5f5ffd5b610332610321366004614b4c565b600b6020525f908152604090205481565b6040519081526020015b60405180910390f35b610358610353366004614b67565b610834565b005b6103817f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161033c565b6103586103a7366004614bbc565b61094f565b600554610381906001600160a01b031681565b6103d26103cd366004614b67565b610a42565b60405161033c9190614c8f565b6103586103ed366004614db1565b610e53565b600354610420907c0100000000000000000000000000000000000000000000000000000000900461ffff1681565b60405161ffff909116815260200161033c565b610358610e61565b610358610449366004614b67565b610e73565b61035861045c366004614dd1565b610e87565b6103817f000000000000000000000000000000000000000000000000000000000000000081565b610332610496366004614e19565b600960209081525f928352604080842090915290825290205481565b6103326104c0366004614b4c565b610f03565b6103586104d3366004614b4c565b610f25565b6103586104e6366004614e43565b610f36565b60035474010000000000000000000000000000000000000000900460ff165b604051901515815260200161033c565b600454610381906001600160a01b031681565b61033261053b366004614eb4565b611154565b61033261054e366004614efb565b6111b7565b6103586111c1565b610358610569366004614f2a565b6111d2565b610358611361565b610381610584366004614f9d565b6113bb565b6103586113c5565b6105996113d5565b60405161033c9796959493929190615002565b6002546001600160a01b0316610381565b6103586105cb366004614b67565b611433565b6103586105de3660046150b4565b6114e0565b6103586105f1366004614b67565b611871565b6103586106043660046150fa565b61195c565b6103817f000000000000000000000000000000000000000000000000000000000000000081565b61033261063e366004614b4c565b61196e565b610656610651366004614b67565b611a51565b60408051948552602085019390935291830152606082015260800161033c565b61033261068436600461512b565b611dff565b61069463ffffffff81565b60405167ffffffffffffffff909116815260200161033c565b6003547501000000000000000000000000000000000000000000900466ffffffffffffff16610332565b600354610420907e01000000000000000000000000000000000000000000000000000000000000900461ffff1681565b610332610715366004614eb4565b600a60209081525f928352604080842090915290825290205481565b61050a61073f366004614e19565b6001600160a01b0382165f908152600960209081526040808320600885901c8452909152902054600160ff83161b16151592915050565b6107896107843660046151ac565b612377565b6040805192835260208301919091520161033c565b6104206103e881565b6103817f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610381565b6103586107ed366004614b4c565b6123c4565b610358610800366004614b4c565b6123d5565b61033261245e565b6103327f5be7d18755d80886955a0396097f3c32edaa6805807538ed40e4ca6997371da781565b61083c61246c565b5f610846826124a1565b80549091506001600160a01b0316331461089a576040517fc2a1c59f000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b5f5f6108a884846001612578565b91509150805f141580156108cd57506108cb6001600160a01b038316338361261b565b155b1561094157335f908152600a602090815260408083206001600160a01b03861684529091528120805483929061090490849061521e565b9091555050604051818152339085907fe1872a97721553a4eba79b8a15644854ed8617ac50609d0893e90f8197a7213d9060200160405180910390a35b50505061094c612632565b50565b61095761246c565b5f6109618761265c565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637c283c226002866109d48b8b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506126de92505050565b87876040518663ffffffff1660e01b81526004016109f6959493929190615278565b5f604051808303815f87803b158015610a0d575f5ffd5b505af1158015610a1f573d5f5f3e3d5ffd5b50505050610a31878288886001612743565b50610a3a612632565b505050505050565b610aaa604080516101a0810182525f808252602082018190529181018290526060810182905290608082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e09091015290565b5f82815260066020908152604080832081516101808101835281546001600160a01b038116825264ffffffffff740100000000000000000000000000000000000000008204811695830195909552790100000000000000000000000000000000000000000000000000810485169382019390935261ffff7e010000000000000000000000000000000000000000000000000000000000009093048316606082015260018201546dffffffffffffffffffffffffffff8116608083015263ffffffff6e0100000000000000000000000000008204811660a08401527201000000000000000000000000000000000000820490951660c083015277010000000000000000000000000000000000000000000000810490941660e08201527b010000000000000000000000000000000000000000000000000000008404909216610100830152909161012083019060ff7d010000000000000000000000000000000000000000000000000000000000909104166002811115610c2b57610c2b614c3e565b6002811115610c3c57610c3c614c3e565b815260200160018201601e9054906101000a900460ff166001811115610c6457610c64614c3e565b6001811115610c7557610c75614c3e565b8152600191909101547f0100000000000000000000000000000000000000000000000000000000000000900460ff16151560209091015290505f8161012001516002811115610cc657610cc6614c3e565b03610d00576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101849052602401610891565b60a081015163ffffffff165f908152600860209081526040918290208251808401845281546001600160a01b03908116825260019283015482850190815285516101a08101875287518316815283519092169482019490945292519383019390935260608085015161ffff16908301526101408401516080830191811115610d8a57610d8a614c3e565b81526020018361012001516002811115610da657610da6614c3e565b81526020018361016001511515815260200183610100015161ffff16815260200183608001516dffffffffffffffffffffffffffff1681526020018360c0015164ffffffffff1667ffffffffffffffff168152602001836020015164ffffffffff1667ffffffffffffffff168152602001836040015164ffffffffff1667ffffffffffffffff1681526020018360e0015163ffffffff1667ffffffffffffffff1681525092505050919050565b610e5d8282612888565b5050565b610e696128df565b610e71612925565b565b61094c600882901c600160ff84161b612888565b610e8f61246c565b5f610e998461265c565b80549091506001600160a01b03163314610ee8576040517fc2a1c59f00000000000000000000000000000000000000000000000000000000815260048101859052336024820152604401610891565b610ef5848285855f612743565b50610efe612632565b505050565b5f610f0c61246c565b610f168233612995565b9050610f20612632565b919050565b610f2d6128df565b61094c81612a7e565b610f3e61246c565b5f808083815b81811015611105575f878783818110610f5f57610f5f6152ab565b602090810292909201355f8181526006909352604090922060018082015493945090927d010000000000000000000000000000000000000000000000000000000000900460ff169150816002811115610fba57610fba614c3e565b14611014575f816002811115610fd257610fd2614c3e565b0361100c576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101849052602401610891565b5050506110fd565b5f5f5f6110218686612b1f565b925092509250805f146110bf578a6001600160a01b0316836001600160a01b03161415806110615750896001600160a01b0316826001600160a01b031614155b156110b25788156110a8576001600160a01b03808c165f908152600a60209081526040808320938e16835292905290812080548b92906110a290849061521e565b90915550505b829a508199505f98505b6110bc818a61521e565b98505b8454790100000000000000000000000000000000000000000000000000900464ffffffffff1642106110f6576110f6868684612cb0565b5050505050505b600101610f44565b508115611148576001600160a01b038085165f908152600a602090815260408083209387168352929052908120805484929061114290849061521e565b90915550505b50505050610e5d612632565b5f61115d61246c565b6001600160a01b03821661119d576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6111a78383612995565b90506111b1612632565b92915050565b5f6111b182612d76565b6111c96128df565b610e715f612dc8565b6111da61246c565b5f6111e4866124a1565b9050428567ffffffffffffffff16111561123c576040517f77415e6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152426024820152604401610891565b8054790100000000000000000000000000000000000000000000000000900464ffffffffff1667ffffffffffffffff861681116112b9576040517f8e54d37700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808816600483015282166024820152604401610891565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637c283c226001876112f58b8b612df9565b88886040518663ffffffff1660e01b8152600401611317959493929190615278565b5f604051808303815f87803b15801561132e575f5ffd5b505af1158015611340573d5f5f3e3d5ffd5b5050505061135087838888612e43565b505061135a612632565b5050505050565b60035433906001600160a01b031681146113b2576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610891565b61094c81612dc8565b5f6111b182612fc9565b6113cd6128df565b610e7161302f565b5f6060805f5f5f60606113e661309e565b6113ee6130c9565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b61143b61246c565b5f611445826124a1565b90505f5f5f6114548585612b1f565b925092509250805f1461149d576001600160a01b038084165f908152600a602090815260408083209386168352929052908120805483929061149790849061521e565b90915550505b8354790100000000000000000000000000000000000000000000000000900464ffffffffff1642106114d4576114d4858584612cb0565b5050505061094c612632565b6114e861246c565b6114f06130f4565b5f6114fa846124a1565b80549091506001600160a01b03163314611549576040517fc2a1c59f00000000000000000000000000000000000000000000000000000000815260048101859052336024820152604401610891565b8054790100000000000000000000000000000000000000000000000000900464ffffffffff164281116115bb576040517f588cbceb0000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff82166024820152604401610891565b60018201547201000000000000000000000000000000000000900464ffffffffff165f6115e882846152d8565b6001850154611618919077010000000000000000000000000000000000000000000000900463ffffffff166152d8565b905067ffffffffffffffff8616158061164457508067ffffffffffffffff168667ffffffffffffffff16115b1561168f576040517fd29bd18a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808816600483015282166024820152604401610891565b60018401546dffffffffffffffffffffffffffff8116907b01000000000000000000000000000000000000000000000000000000900461ffff165f6116d485876152d8565b6116e89067ffffffffffffffff16846152f8565b90505f6116ff67ffffffffffffffff8b16856152f8565b611709908361521e565b90505f6117168385613149565b6117208386613149565b61172a858561530f565b611734919061521e565b61173e919061530f565b905089811115611784576040517f9fbb88a600000000000000000000000000000000000000000000000000000000815260048101829052602481018b9052604401610891565b5f61178f8c8a615322565b8a547fffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000064ffffffffff831602178b556040805167ffffffffffffffff83168152602081018590529192508e917fe71e96b5401b14352e0cdf980d9ffef79f8afb05594d07f4d0e6561af79268f6910160405180910390a260018a015461185f90611859907e01000000000000000000000000000000000000000000000000000000000000900460ff16612fc9565b83613165565b50505050505050505050610efe612632565b61187961246c565b5f611883826124a1565b60018101546e010000000000000000000000000000900463ffffffff165f908152600860205260409020549091506001600160a01b031633146118fb576040517f55a3d2d600000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610891565b5f5f61190984846002612578565b91509150805f146109415782546001600160a01b039081165f908152600a602090815260408083209386168352929052908120805483929061194c90849061521e565b909155505050505061094c612632565b6119646128df565b610e5d82826132d5565b5f61197761246c565b506001600160a01b0381165f908152600b6020526040812054908190036119d5576040517f557eefa90000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610891565b6001600160a01b038083165f818152600b60205260408082209190915560045490519216918291907f9bcb6d1f38f6800906185471a11ede9a8e16200853225aa62558db6076490f2d90611a2c9086815260200190565b60405180910390a3611a486001600160a01b0384168284613412565b50610f20612632565b5f81815260066020908152604080832081516101808101835281546001600160a01b038116825264ffffffffff740100000000000000000000000000000000000000008204811695830195909552790100000000000000000000000000000000000000000000000000810485169382019390935261ffff7e010000000000000000000000000000000000000000000000000000000000009093048316606082015260018201546dffffffffffffffffffffffffffff8116608083015263ffffffff6e0100000000000000000000000000008204811660a08401527201000000000000000000000000000000000000820490951660c083015277010000000000000000000000000000000000000000000000810490941660e08201527b010000000000000000000000000000000000000000000000000000008404909216610100830152839283928392839261012083019060ff7d010000000000000000000000000000000000000000000000000000000000909104166002811115611bd857611bd8614c3e565b6002811115611be957611be9614c3e565b815260200160018201601e9054906101000a900460ff166001811115611c1157611c11614c3e565b6001811115611c2257611c22614c3e565b8152600191909101547f0100000000000000000000000000000000000000000000000000000000000000900460ff16151560209091015290505f8161012001516002811115611c7357611c73614c3e565b03611cad576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101879052602401610891565b60028161012001516002811115611cc657611cc6614c3e565b03611cdd575f5f5f5f945094509450945050611df8565b5f81608001516dffffffffffffffffffffffffffff1690505f611d0b42846040015164ffffffffff16613460565b90505f8360c001518460400151611d229190615342565b611d339064ffffffffff16846152f8565b90505f611d4582866101000151613149565b611d4f908361521e565b90505f8560c0015164ffffffffff1684611d69919061530f565b611d7390866152f8565b90508560c001518660200151611d899190615342565b611d9a9064ffffffffff16866152f8565b611da4908361530f565b9950856020015164ffffffffff1684611dbd919061530f565b611dc790866152f8565b9850611dd881876101000151613149565b975087611de5828461530f565b611def919061530f565b96505050505050505b9193509193565b5f611e0861246c565b611e106130f4565b5f611e1e888888888861346f565b90505f8567ffffffffffffffff1682608001516dffffffffffffffffffffffffffff16611e4b91906152f8565b90505f611e5d82846101000151613149565b611e67908361521e565b905084811115611ead576040517f9fbb88a60000000000000000000000000000000000000000000000000000000081526004810182905260248101869052604401610891565b600354611edd907501000000000000000000000000000000000000000000900466ffffffffffffff16600161535f565b600380547fffffffff00000000000000ffffffffffffffffffffffffffffffffffffffffff1666ffffffffffffff92909216750100000000000000000000000000000000000000000081029290921790555f8181526006602090815260409182902086518154928801519388015160608901516001600160a01b039092167fffffffffffffff00000000000000000000000000000000000000000000000000909416939093177401000000000000000000000000000000000000000064ffffffffff958616021778ffffffffffffffffffffffffffffffffffffffffffffffffff16790100000000000000000000000000000000000000000000000000938516939093027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16929092177e0100000000000000000000000000000000000000000000000000000000000061ffff93841602178155608087015160018201805460a08a015160c08b015160e08c01516101008d01516dffffffffffffffffffffffffffff9096167fffffffffffffffffffffffffffff000000000000000000000000000000000000909416939093176e01000000000000000000000000000063ffffffff93841602177fffffffffff000000000000000000ffffffffffffffffffffffffffffffffffff16720100000000000000000000000000000000000091909816027fffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffff1696909617770100000000000000000000000000000000000000000000009690911695909502949094177fffffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffff81167b01000000000000000000000000000000000000000000000000000000929094169190910292831784556101208801519498508794919391927fffff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffff9091167fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116177d0100000000000000000000000000000000000000000000000000000000008360028111156121ff576121ff614c3e565b021790555061014082015181600101601e6101000a81548160ff0219169083600181111561222f5761222f614c3e565b02179055506101609190910151600190910180549115157f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905561229d848b8584613785565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166348775b7060208c01356122e160608e0160408f01615391565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b168152600481019290925263ffffffff1660248201526044015f604051808303815f87803b15801561233a575f5ffd5b505af115801561234c573d5f5f3e3d5ffd5b5050505061236261235c87612fc9565b82613165565b50505061236d612632565b9695505050505050565b5f5f5f612388866060013585613815565b90935090505f6123a267ffffffffffffffff8716856152f8565b90506123ae8183613149565b6123b8908261521e565b92505050935093915050565b6123cc6128df565b61094c81613957565b6123dd6128df565b600380546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556124266002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6124676139f8565b905090565b612474613b21565b610e7160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613b7a565b5f8181526006602052604090206001808201547d010000000000000000000000000000000000000000000000000000000000900460ff16908160028111156124eb576124eb614c3e565b14612572575f81600281111561250357612503614c3e565b0361253d576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101849052602401610891565b6040517f9b65770000000000000000000000000000000000000000000000000000000000815260048101849052602401610891565b50919050565b5f5f5f5f6125868787612b1f565b909550909250905080156125d0576001600160a01b038083165f908152600a60209081526040808320938816835292905290812080548392906125ca90849061521e565b90915550505b5050835474010000000000000000000000000000000000000000900464ffffffffff165f6125fe8683613b81565b935090506126118787868585888b613c75565b5050935093915050565b5f6126288484845f613e92565b90505b9392505050565b610e715f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061249b565b5f8181526006602052604081209060018201547d010000000000000000000000000000000000000000000000000000000000900460ff1660028111156126a4576126a4614c3e565b03610f20576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101839052602401610891565b8051602080830191909120604080517fcad7087665896c2270eba169b1e321ad392f275b3f4b93f8a34c833f0bc9d52093810193909352820184905260608201525f906080015b60405160208183030381529060405280519060200120905092915050565b5f82900361277d576040517fc8fefa0d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018401547f0100000000000000000000000000000000000000000000000000000000000000900460ff16156127e2576040517f23ab805900000000000000000000000000000000000000000000000000000000815260048101869052602401610891565b6001840180547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f010000000000000000000000000000000000000000000000000000000000000017905560405161283d90849084906153aa565b6040518091039020857f51d35b0ee8738aab69dbdee91374523557caaa9c6e005c02a92a1c90d5ea9888858585604051612879939291906153b9565b60405180910390a35050505050565b335f81815260096020908152604080832086845282529182902080548517905590518381528492917f11565e61fbd8abca3ba4fd640516def27dcfb39d6d97b52e1ff29674a2de2fe5910160405180910390a35050565b6002546001600160a01b03163314610e71576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610891565b61292d613f0d565b600380547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b335f908152600a602090815260408083206001600160a01b038616845290915281205490819003612a03576040517fac46653e0000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b0384166024820152604401610891565b335f818152600a602090815260408083206001600160a01b0388811680865291909352818420939093555190851692907fa4195c37c2947bbe89165f03e320b6903116f0b10d8cfdb522330f7ce6f9fa2490612a629086815260200190565b60405180910390a46111b16001600160a01b0384168383613412565b6001600160a01b038116612abe576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600580547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f6536690106168bdf4ba72c128a053d817999b1db90cae23f139b293bf862cb75905f90a250565b80545f908190819064ffffffffff7401000000000000000000000000000000000000000082048116918391612b7491429179010000000000000000000000000000000000000000000000000090910416613460565b60018701546e010000000000000000000000000000810463ffffffff165f908152600860205260409020546001600160a01b03169650909150612bdb907e01000000000000000000000000000000000000000000000000000000000000900460ff16612fc9565b935081811115612ca757612bef828261530f565b6001870154612c0e91906dffffffffffffffffffffffffffff166152f8565b86547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000064ffffffffff8416021787556040805182815267ffffffffffffffff841660208201529194506001600160a01b0387169189917f8884124e4eadd41f6a3214358caf999a04b78988e2606d82850d993e97bc2e49910160405180910390a35b50509250925092565b8154600183015464ffffffffff7901000000000000000000000000000000000000000000000000009092048216915f91612d5b91612d05917201000000000000000000000000000000000000900416846152d8565b6001860154612d2e9167ffffffffffffffff16906dffffffffffffffffffffffffffff166152f8565b60018601547b01000000000000000000000000000000000000000000000000000000900461ffff16613149565b905061135a8585858567ffffffffffffffff16855f5f613c75565b5f6111b17f5be7d18755d80886955a0396097f3c32edaa6805807538ed40e4ca6997371da783604051602001612dad9291906153de565b60405160208183030381529060405280519060200120613f61565b600380547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561094c81613fa8565b604080517f860d6d8d8351eabf54e9bbca7fc2a268ee6b512eda9f645ef4fcb043d91ac0b4602082015290810183905267ffffffffffffffff821660608201525f90608001612725565b60018301547201000000000000000000000000000000000000900464ffffffffff165f67ffffffffffffffff84168210612e7d5781612e7f565b835b90505f612e9c86600101601e9054906101000a900460ff16612fc9565b90505f5f5f612eb78a8a868867ffffffffffffffff16614011565b9250925092505f5f612ed38b8867ffffffffffffffff16613b81565b9092509050612ee2838261530f565b8b549091506001600160a01b03168115612f32576001600160a01b038082165f908152600a60209081526040808320938b1683529290529081208054849290612f2c90849061521e565b90915550505b604080518b815267ffffffffffffffff808e1660208301528a169181019190915260608101869052608081018590526001600160a01b0380831691908816908f907f30090849217fa313c02f7340d9ba1abb3935d5274132f3831245e0afa9501e849060a00160405180910390a4612fba8d8d898b67ffffffffffffffff1687876003613c75565b50505050505050505050505050565b5f80826001811115612fdd57612fdd614c3e565b14613008577f00000000000000000000000000000000000000000000000000000000000000006111b1565b7f000000000000000000000000000000000000000000000000000000000000000092915050565b6130376130f4565b600380547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000001790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586129783390565b60606124677f0000000000000000000000000000000000000000000000000000000000000000614218565b60606124677f0000000000000000000000000000000000000000000000000000000000000000614218565b60035474010000000000000000000000000000000000000000900460ff1615610e71576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61271061315b61ffff8416856152f8565b61262b91906154b4565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa1580156131c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131e691906154c7565b90506131fd6001600160a01b038416333085614255565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa15801561325c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061328091906154c7565b61328a919061530f565b90508281146132cf576040517f4f2f94750000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610891565b50505050565b6103e861ffff831611806132f057508161ffff168161ffff16115b1561333d576040517ff3a1aa5800000000000000000000000000000000000000000000000000000000815261ffff8084166004830152821660248201526103e86044820152606401610891565b600380547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000061ffff8581169182027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16929092177e01000000000000000000000000000000000000000000000000000000000000928516928302179092556040805192835260208301919091527f947504f5e2a48952ffa34f7cceb8582c6705286ad16842e7258c4207a40ce518910160405180910390a15050565b61341f8383836001613e92565b610efe576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610891565b5f82821882841002821861262b565b6134d260408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290529061012082019081526020015f81525f60209091015290565b5f63ffffffff6134e860a0890160808a016154de565b67ffffffffffffffff16106135015763ffffffff613511565b61351160a08801608089016154de565b905067ffffffffffffffff8416158061353d57508067ffffffffffffffff168467ffffffffffffffff16115b15613588576040517fd29bd18a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610891565b61359860c0880160a089016154de565b67ffffffffffffffff164211156135fe576135b960c0880160a089016154de565b6040517f810e78c700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152426024820152604401610891565b86606001355f0361363b576040517f299dcf9a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6136468787876142a4565b6136606136566020890189614b4c565b8860c0013561437d565b5f5f613670896060013586613815565b3386524264ffffffffff8116602088015291935091506136a49061369f9067ffffffffffffffff89169061521e565b614401565b64ffffffffff166040808601919091526136d3906136c89060608c01908c01615391565b63ffffffff1661444f565b61ffff1660608501526136e582614496565b6dffffffffffffffffffffffffffff16608085015261371461370a60208b018b614b4c565b8a602001356144e9565b63ffffffff90811660a08601524264ffffffffff1660c0860152831660e085015261ffff81166101008501526001610120850181905250610140840185600181111561376257613762614c3e565b9081600181111561377557613775614c3e565b8152505050505095945050505050565b6137926020840184614b4c565b82516001600160a01b039182169116857f3875a99e4c98a725b956d3349bd5610b801f73cd14a14634f43f0cf9c7a155f460208701356137d86060890160408a01615391565b876101400151896060013589608001518a604001518a8d60c001356040516138079897969594939291906154f9565b60405180910390a450505050565b5f808083600181111561382a5761382a614c3e565b0361385f57505060035482907c0100000000000000000000000000000000000000000000000000000000900461ffff16613950565b600554604080517f404dc9d700000000000000000000000000000000000000000000000000000000815281515f936001600160a01b03169263404dc9d792600480820193918290030181865afa1580156138bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138df919061555b565b509050613920856139187f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a76400006152f8565b83600161474f565b6003549093507e01000000000000000000000000000000000000000000000000000000000000900461ffff169150505b9250929050565b6001600160a01b038116613997576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015613a5057507f000000000000000000000000000000000000000000000000000000000000000046145b15613a7a57507f000000000000000000000000000000000000000000000000000000000000000090565b612467604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e71576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b600182015482545f9182916dffffffffffffffffffffffffffff8216917201000000000000000000000000000000000000810464ffffffffff908116927b0100000000000000000000000000000000000000000000000000000090920461ffff16918591613c0f9185917901000000000000000000000000000000000000000000000000009091041661530f565b613c1990856152f8565b90505f613c26848961530f565b613c3090866152f8565b9050613c3c8184613149565b965086613c498385613149565b613c53838561530f565b613c5d919061521e565b613c67919061530f565b955050505050509250929050565b85547fffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000064ffffffffff8616021786556001860180547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d0200000000000000000000000000000000000000000000000000000000001790558215613d3d576001600160a01b0385165f908152600b602052604081208054859290613d3790849061521e565b90915550505b806003811115613d4f57613d4f614c3e565b6040805167ffffffffffffffff871681526020810185905290810185905288907f7cd68071ef5bc9a99a9ae24c6bccdc1c3af79040652b6f9a8a83afa4e27332c79060600160405180910390a36001868101546e010000000000000000000000000000900463ffffffff165f908152600860205260409081902090910154875491517f403a898b00000000000000000000000000000000000000000000000000000000815260048101919091527e0100000000000000000000000000000000000000000000000000000000000090910461ffff1660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063403a898b906044015f604051808303815f87803b158015613e73575f5ffd5b505af1158015613e85573d5f5f3e3d5ffd5b5050505050505050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613f01578383151615613ef5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60035474010000000000000000000000000000000000000000900460ff16610e71576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6111b1613f6d6139f8565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60018301546e010000000000000000000000000000810463ffffffff165f9081526008602052604081205485546001600160a01b039091169282916dffffffffffffffffffffffffffff9091169074010000000000000000000000000000000000000000900464ffffffffff1685811015614176575f614091828861530f565b61409b90846152f8565b6001600160a01b038088165f908152600a60209081526040808320938d168352929052908120805492935083929091906140d690849061521e565b909155505088547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000064ffffffffff8916021789556040805182815267ffffffffffffffff891660208201526001600160a01b038816918c917f8884124e4eadd41f6a3214358caf999a04b78988e2606d82850d993e97bc2e49910160405180910390a35061420c565b8581111561420c575f614189878361530f565b61419390846152f8565b6001600160a01b038088165f908152600a60209081526040808320938d16835292905220549091506141c58282613460565b95506141d1868361530f565b94508515614209576141e3868261530f565b6001600160a01b038089165f908152600a60209081526040808320938e16835292905220555b50505b50509450945094915050565b60605f6142248361479a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b6142638484848460016147da565b6132cf576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610891565b5f6142ae84612d76565b90505f5f6142bd838686614860565b5090925090505f8160038111156142d6576142d6614c3e565b14801561430057506142eb6020870187614b4c565b6001600160a01b0316826001600160a01b0316145b1561430d57505050505050565b61432561431d6020880188614b4c565b8487876148a7565b1561433257505050505050565b61433f6020870187614b4c565b6040517f11638a8e0000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610891565b6001600160a01b0382165f908152600960209081526040808320600885901c845290915281208054600160ff85161b908118918290559181831690036132cf576040517f4a670f6b0000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260248101849052604401610891565b5f64ffffffffff82111561444b576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610891565b5090565b5f61ffff82111561444b576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526010600482015260248101839052604401610891565b5f6dffffffffffffffffffffffffffff82111561444b576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526070600482015260248101839052604401610891565b604080516001600160a01b03841660208201529081018290525f908190606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f81815260079093529082205463ffffffff1693509150829003614748576040517fa4015360000000000000000000000000000000000000000000000000000000008152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a401536090602401602060405180830381865afa1580156145db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906145ff919061557f565b9050846001600160a01b0316816001600160a01b031614614666576040517fc60949f1000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b03808716602483015282166044820152606401610891565b600580546014906146949074010000000000000000000000000000000000000000900463ffffffff1661559a565b825463ffffffff8083166101009490940a848102910219909116179092555f84815260076020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001685179055805180820182526001600160a01b03808c1682528184018b8152958552600890935292209151825491167fffffffffffffffffffffffff00000000000000000000000000000000000000009091161781559051600191909101559250505b5092915050565b5f61477c61475c8361492a565b801561477757505f848061477257614772615487565b868809115b151590565b614787868686614956565b614791919061521e565b95945050505050565b5f60ff8216601f8111156111b1576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661484f578383151615614843573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f80806041849003614894578435602086013560408701355f1a61488689828585614a06565b95509550955050505061489e565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f600282600381111561493f5761493f614c3e565b61494991906155be565b60ff166001149050919050565b5f5f5f6149638686614aec565b91509150815f036149875783818161497d5761497d615487565b049250505061262b565b81841161499e5761499e6003851502601118614b27565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614a3f57505f91506003905082614ae2565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614a90573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116614ad957505f925060019150829050614ae2565b92505f91508190505b9450945094915050565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b038116811461094c575f5ffd5b5f60208284031215614b5c575f5ffd5b813561262b81614b38565b5f60208284031215614b77575f5ffd5b5035919050565b5f5f83601f840112614b8e575f5ffd5b50813567ffffffffffffffff811115614ba5575f5ffd5b602083019150836020828501011115613950575f5ffd5b5f5f5f5f5f5f60808789031215614bd1575f5ffd5b86359550602087013567ffffffffffffffff811115614bee575f5ffd5b614bfa89828a01614b7e565b90965094505060408701359250606087013567ffffffffffffffff811115614c20575f5ffd5b614c2c89828a01614b7e565b979a9699509497509295939492505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60028110614c7b57614c7b614c3e565b9052565b60038110614c7b57614c7b614c3e565b81516001600160a01b031681526101a081016020830151614cbb60208401826001600160a01b03169052565b50604083015160408301526060830151614cdd606084018263ffffffff169052565b506080830151614cf06080840182614c6b565b5060a0830151614d0360a0840182614c7f565b5060c0830151614d1760c084018215159052565b5060e0830151614d2d60e084018261ffff169052565b50610100830151610100830152610120830151614d5761012084018267ffffffffffffffff169052565b50610140830151614d7561014084018267ffffffffffffffff169052565b50610160830151614d9361016084018267ffffffffffffffff169052565b5061018083015161474861018084018267ffffffffffffffff169052565b5f5f60408385031215614dc2575f5ffd5b50508035926020909101359150565b5f5f5f60408486031215614de3575f5ffd5b83359250602084013567ffffffffffffffff811115614e00575f5ffd5b614e0c86828701614b7e565b9497909650939450505050565b5f5f60408385031215614e2a575f5ffd5b8235614e3581614b38565b946020939093013593505050565b5f5f60208385031215614e54575f5ffd5b823567ffffffffffffffff811115614e6a575f5ffd5b8301601f81018513614e7a575f5ffd5b803567ffffffffffffffff811115614e90575f5ffd5b8560208260051b8401011115614ea4575f5ffd5b6020919091019590945092505050565b5f5f60408385031215614ec5575f5ffd5b8235614ed081614b38565b91506020830135614ee081614b38565b809150509250929050565b5f60e08284031215612572575f5ffd5b5f60e08284031215614f0b575f5ffd5b61262b8383614eeb565b67ffffffffffffffff8116811461094c575f5ffd5b5f5f5f5f5f60808688031215614f3e575f5ffd5b853594506020860135614f5081614f15565b935060408601359250606086013567ffffffffffffffff811115614f72575f5ffd5b614f7e88828901614b7e565b969995985093965092949392505050565b803560028110610f20575f5ffd5b5f60208284031215614fad575f5ffd5b61262b82614f8f565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61503c60e0830189614fb6565b828103604084015261504e8189614fb6565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156150a3578351835260209384019390920191600101615085565b50909b9a5050505050505050505050565b5f5f5f606084860312156150c6575f5ffd5b8335925060208401356150d881614f15565b929592945050506040919091013590565b803561ffff81168114610f20575f5ffd5b5f5f6040838503121561510b575f5ffd5b615114836150e9565b9150615122602084016150e9565b90509250929050565b5f5f5f5f5f5f6101608789031215615141575f5ffd5b61514b8888614eeb565b955060e087013567ffffffffffffffff811115615166575f5ffd5b61517289828a01614b7e565b90965094505061010087013561518781614f15565b92506151966101208801614f8f565b9598949750929591949361014090920135925050565b5f5f5f61012084860312156151bf575f5ffd5b6151c98585614eeb565b925060e08401356151d981614f15565b91506151e86101008501614f8f565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156111b1576111b16151f1565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b60ff86168152846020820152836040820152608060608201525f6152a0608083018486615231565b979650505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff82811682821603908111156111b1576111b16151f1565b80820281158282048414176111b1576111b16151f1565b818103818111156111b1576111b16151f1565b67ffffffffffffffff81811683821601908111156111b1576111b16151f1565b64ffffffffff82811682821603908111156111b1576111b16151f1565b66ffffffffffffff81811683821601908111156111b1576111b16151f1565b803563ffffffff81168114610f20575f5ffd5b5f602082840312156153a1575f5ffd5b61262b8261537e565b818382375f9101908152919050565b604081525f6153cc604083018587615231565b90508215156020830152949350505050565b828152610100810182356153f181614b38565b6001600160a01b0381166020840152505f602084013590508060408401525063ffffffff6154216040850161537e565b1660608301525f6060840135905080608084015250608083013561544481614f15565b67ffffffffffffffff811660a08401525060a083013561546381614f15565b67ffffffffffffffff811660c08401525060c0929092013560e09190910152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826154c2576154c2615487565b500490565b5f602082840312156154d7575f5ffd5b5051919050565b5f602082840312156154ee575f5ffd5b813561262b81614f15565b88815263ffffffff88166020820152610100810161551a6040830189614c6b565b60608201969096526dffffffffffffffffffffffffffff94909416608085015264ffffffffff9290921660a084015260c083015260e0909101529392505050565b5f5f6040838503121561556c575f5ffd5b82516020840151909250614ee081614f15565b5f6020828403121561558f575f5ffd5b815161262b81614b38565b5f63ffffffff821663ffffffff81036155b5576155b56151f1565b60010192915050565b5f60ff8316806155d0576155d0615487565b8060ff8416069150509291505056",
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
// Solidity: constructor(address owner_, address staking_, address quorum_, address priceOracle_, address usd_, address grid_, address treasury_, uint16 usdFeeBps_, uint16 gridFeeBps_) returns()
func (leaseEscrow *LeaseEscrow) PackConstructor(owner_ common.Address, staking_ common.Address, quorum_ common.Address, priceOracle_ common.Address, usd_ common.Address, grid_ common.Address, treasury_ common.Address, usdFeeBps_ uint16, gridFeeBps_ uint16) []byte {
	enc, err := leaseEscrow.abi.Pack("", owner_, staking_, quorum_, priceOracle_, usd_, grid_, treasury_, usdFeeBps_, gridFeeBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (leaseEscrow *LeaseEscrow) PackMAXDURATION() []byte {
	enc, err := leaseEscrow.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (leaseEscrow *LeaseEscrow) TryPackMAXDURATION() ([]byte, error) {
	return leaseEscrow.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (leaseEscrow *LeaseEscrow) UnpackMAXDURATION(data []byte) (uint64, error) {
	out, err := leaseEscrow.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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
// Solidity: function amountsOf(uint256 leaseId) view returns(uint256 balance, uint256 accrued, uint256 fee, uint256 refundable)
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
// Solidity: function amountsOf(uint256 leaseId) view returns(uint256 balance, uint256 accrued, uint256 fee, uint256 refundable)
func (leaseEscrow *LeaseEscrow) TryPackAmountsOf(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("amountsOf", leaseId)
}

// AmountsOfOutput serves as a container for the return parameters of contract
// method AmountsOf.
type AmountsOfOutput struct {
	Balance    *big.Int
	Accrued    *big.Int
	Fee        *big.Int
	Refundable *big.Int
}

// UnpackAmountsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa521ca2c.
//
// Solidity: function amountsOf(uint256 leaseId) view returns(uint256 balance, uint256 accrued, uint256 fee, uint256 refundable)
func (leaseEscrow *LeaseEscrow) UnpackAmountsOf(data []byte) (AmountsOfOutput, error) {
	out, err := leaseEscrow.abi.Unpack("amountsOf", data)
	outstruct := new(AmountsOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Balance = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Accrued = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Refundable = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAttestCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1956ded5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestCompletion(uint256 leaseId, string resultCID, bytes32 attestationId, bytes signatures) returns()
func (leaseEscrow *LeaseEscrow) PackAttestCompletion(leaseId *big.Int, resultCID string, attestationId [32]byte, signatures []byte) []byte {
	enc, err := leaseEscrow.abi.Pack("attestCompletion", leaseId, resultCID, attestationId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1956ded5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestCompletion(uint256 leaseId, string resultCID, bytes32 attestationId, bytes signatures) returns()
func (leaseEscrow *LeaseEscrow) TryPackAttestCompletion(leaseId *big.Int, resultCID string, attestationId [32]byte, signatures []byte) ([]byte, error) {
	return leaseEscrow.abi.Pack("attestCompletion", leaseId, resultCID, attestationId, signatures)
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
// the contract method with ID 0x8f810c24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit) returns()
func (leaseEscrow *LeaseEscrow) PackExtend(leaseId *big.Int, extraDuration uint64, maxDeposit *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("extend", leaseId, extraDuration, maxDeposit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f810c24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extend(uint256 leaseId, uint64 extraDuration, uint256 maxDeposit) returns()
func (leaseEscrow *LeaseEscrow) TryPackExtend(leaseId *big.Int, extraDuration uint64, maxDeposit *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("extend", leaseId, extraDuration, maxDeposit)
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
// Solidity: function lease(uint256 leaseId) view returns((address,address,bytes32,uint32,uint8,uint8,bool,uint16,uint256,uint64,uint64,uint64,uint64) v)
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
// Solidity: function lease(uint256 leaseId) view returns((address,address,bytes32,uint32,uint8,uint8,bool,uint16,uint256,uint64,uint64,uint64,uint64) v)
func (leaseEscrow *LeaseEscrow) TryPackLease(leaseId *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("lease", leaseId)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e352497.
//
// Solidity: function lease(uint256 leaseId) view returns((address,address,bytes32,uint32,uint8,uint8,bool,uint16,uint256,uint64,uint64,uint64,uint64) v)
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
// the contract method with ID 0xad7bc6f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openLease((address,bytes32,uint32,uint256,uint64,uint64,uint256) q, bytes signature, uint64 duration, uint8 payToken, uint256 maxDeposit) returns(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) PackOpenLease(q ILeaseEscrowQuote, signature []byte, duration uint64, payToken uint8, maxDeposit *big.Int) []byte {
	enc, err := leaseEscrow.abi.Pack("openLease", q, signature, duration, payToken, maxDeposit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad7bc6f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openLease((address,bytes32,uint32,uint256,uint64,uint64,uint256) q, bytes signature, uint64 duration, uint8 payToken, uint256 maxDeposit) returns(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) TryPackOpenLease(q ILeaseEscrowQuote, signature []byte, duration uint64, payToken uint8, maxDeposit *big.Int) ([]byte, error) {
	return leaseEscrow.abi.Pack("openLease", q, signature, duration, payToken, maxDeposit)
}

// UnpackOpenLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad7bc6f2.
//
// Solidity: function openLease((address,bytes32,uint32,uint256,uint64,uint64,uint256) q, bytes signature, uint64 duration, uint8 payToken, uint256 maxDeposit) returns(uint256 leaseId)
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

// PackPreviewOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd39ec79e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewOpen((address,bytes32,uint32,uint256,uint64,uint64,uint256) q, uint64 duration, uint8 payToken) view returns(uint256 rate, uint256 deposit)
func (leaseEscrow *LeaseEscrow) PackPreviewOpen(q ILeaseEscrowQuote, duration uint64, payToken uint8) []byte {
	enc, err := leaseEscrow.abi.Pack("previewOpen", q, duration, payToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd39ec79e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewOpen((address,bytes32,uint32,uint256,uint64,uint64,uint256) q, uint64 duration, uint8 payToken) view returns(uint256 rate, uint256 deposit)
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
// from invoking the contract method with ID 0xd39ec79e.
//
// Solidity: function previewOpen((address,bytes32,uint32,uint256,uint64,uint64,uint256) q, uint64 duration, uint8 payToken) view returns(uint256 rate, uint256 deposit)
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
// the contract method with ID 0x711653dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDigest((address,bytes32,uint32,uint256,uint64,uint64,uint256) q) view returns(bytes32)
func (leaseEscrow *LeaseEscrow) PackQuoteDigest(q ILeaseEscrowQuote) []byte {
	enc, err := leaseEscrow.abi.Pack("quoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x711653dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDigest((address,bytes32,uint32,uint256,uint64,uint64,uint256) q) view returns(bytes32)
func (leaseEscrow *LeaseEscrow) TryPackQuoteDigest(q ILeaseEscrowQuote) ([]byte, error) {
	return leaseEscrow.abi.Pack("quoteDigest", q)
}

// UnpackQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x711653dd.
//
// Solidity: function quoteDigest((address,bytes32,uint32,uint256,uint64,uint64,uint256) q) view returns(bytes32)
func (leaseEscrow *LeaseEscrow) UnpackQuoteDigest(data []byte) ([32]byte, error) {
	out, err := leaseEscrow.abi.Unpack("quoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48c6f850.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordCompletion(uint256 leaseId, string resultCID) returns()
func (leaseEscrow *LeaseEscrow) PackRecordCompletion(leaseId *big.Int, resultCID string) []byte {
	enc, err := leaseEscrow.abi.Pack("recordCompletion", leaseId, resultCID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48c6f850.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordCompletion(uint256 leaseId, string resultCID) returns()
func (leaseEscrow *LeaseEscrow) TryPackRecordCompletion(leaseId *big.Int, resultCID string) ([]byte, error) {
	return leaseEscrow.abi.Pack("recordCompletion", leaseId, resultCID)
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

// LeaseEscrowCompletionRecorded represents a CompletionRecorded event raised by the LeaseEscrow contract.
type LeaseEscrowCompletionRecorded struct {
	LeaseId   *big.Int
	CidHash   [32]byte
	ResultCID string
	Attested  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowCompletionRecordedEventName = "CompletionRecorded"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowCompletionRecorded) ContractEventName() string {
	return LeaseEscrowCompletionRecordedEventName
}

// UnpackCompletionRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompletionRecorded(uint256 indexed leaseId, bytes32 indexed cidHash, string resultCID, bool attested)
func (leaseEscrow *LeaseEscrow) UnpackCompletionRecordedEvent(log *types.Log) (*LeaseEscrowCompletionRecorded, error) {
	event := "CompletionRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseEscrowCompletionRecorded)
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
	ClosedAt      uint64
	ClawedBack    *big.Int
	Unrecovered   *big.Int
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
// Solidity: event LeaseBreached(uint256 indexed leaseId, address indexed provider, address indexed renter, bytes32 attestationId, uint64 downSince, uint64 closedAt, uint256 clawedBack, uint256 unrecovered)
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
	LeaseId  *big.Int
	Reason   uint8
	ClosedAt uint64
	Refund   *big.Int
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseClosedEventName = "LeaseClosed"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseClosed) ContractEventName() string {
	return LeaseEscrowLeaseClosedEventName
}

// UnpackLeaseClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseClosed(uint256 indexed leaseId, uint8 indexed reason, uint64 closedAt, uint256 refund, uint256 fee)
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
// Solidity: event LeaseExtended(uint256 indexed leaseId, uint64 endsAt, uint256 deposit)
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
	LeaseId      *big.Int
	Renter       common.Address
	Provider     common.Address
	MachineId    [32]byte
	GpuCount     uint32
	PayToken     uint8
	UsdPerSecond *big.Int
	Rate         *big.Int
	EndsAt       uint64
	Deposit      *big.Int
	Nonce        *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseOpenedEventName = "LeaseOpened"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseOpened) ContractEventName() string {
	return LeaseEscrowLeaseOpenedEventName
}

// UnpackLeaseOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseOpened(uint256 indexed leaseId, address indexed renter, address indexed provider, bytes32 machineId, uint32 gpuCount, uint8 payToken, uint256 usdPerSecond, uint256 rate, uint64 endsAt, uint256 deposit, uint256 nonce)
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
	LeaseId   *big.Int
	Provider  common.Address
	Amount    *big.Int
	SettledAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseEscrowLeaseSettledEventName = "LeaseSettled"

// ContractEventName returns the user-defined event name.
func (LeaseEscrowLeaseSettled) ContractEventName() string {
	return LeaseEscrowLeaseSettledEventName
}

// UnpackLeaseSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseSettled(uint256 indexed leaseId, address indexed provider, uint256 amount, uint64 settledAt)
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
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["CompletionAlreadyRecorded"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackCompletionAlreadyRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DepositAboveMax"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDepositAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DownAfterLeaseEnd"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDownAfterLeaseEndError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["DownSinceInFuture"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackDownSinceInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["EmptyResultCID"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackEmptyResultCIDError(raw[4:])
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
	if bytes.Equal(raw[:4], leaseEscrow.abi.Errors["QuoteExpired"].ID.Bytes()[:4]) {
		return leaseEscrow.UnpackQuoteExpiredError(raw[4:])
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

// LeaseEscrowCompletionAlreadyRecorded represents a CompletionAlreadyRecorded error raised by the LeaseEscrow contract.
type LeaseEscrowCompletionAlreadyRecorded struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CompletionAlreadyRecorded(uint256 leaseId)
func LeaseEscrowCompletionAlreadyRecordedErrorID() common.Hash {
	return common.HexToHash("0x23ab8059b318c71b13fd6c855227691ca4dfd4f873045440286900c14f180184")
}

// UnpackCompletionAlreadyRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CompletionAlreadyRecorded(uint256 leaseId)
func (leaseEscrow *LeaseEscrow) UnpackCompletionAlreadyRecordedError(raw []byte) (*LeaseEscrowCompletionAlreadyRecorded, error) {
	out := new(LeaseEscrowCompletionAlreadyRecorded)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "CompletionAlreadyRecorded", raw); err != nil {
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

// LeaseEscrowDownAfterLeaseEnd represents a DownAfterLeaseEnd error raised by the LeaseEscrow contract.
type LeaseEscrowDownAfterLeaseEnd struct {
	DownSince uint64
	EndsAt    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DownAfterLeaseEnd(uint64 downSince, uint64 endsAt)
func LeaseEscrowDownAfterLeaseEndErrorID() common.Hash {
	return common.HexToHash("0x8e54d377e7cc2f43c7adae4b6ce5e498a9f66b5cc21cf6a2ae3ff94940fd204c")
}

// UnpackDownAfterLeaseEndError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DownAfterLeaseEnd(uint64 downSince, uint64 endsAt)
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

// LeaseEscrowEmptyResultCID represents a EmptyResultCID error raised by the LeaseEscrow contract.
type LeaseEscrowEmptyResultCID struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyResultCID()
func LeaseEscrowEmptyResultCIDErrorID() common.Hash {
	return common.HexToHash("0xc8fefa0d1ac5b17a029e47315dfdfd54eac46f9c2457cfdcd6866234a8ecc5ed")
}

// UnpackEmptyResultCIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyResultCID()
func (leaseEscrow *LeaseEscrow) UnpackEmptyResultCIDError(raw []byte) (*LeaseEscrowEmptyResultCID, error) {
	out := new(LeaseEscrowEmptyResultCID)
	if err := leaseEscrow.abi.UnpackIntoInterface(out, "EmptyResultCID", raw); err != nil {
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
	MaxDuration uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDuration(uint64 duration, uint64 maxDuration)
func LeaseEscrowInvalidDurationErrorID() common.Hash {
	return common.HexToHash("0xd29bd18a81b7b3be50078237cd709a86245da44500931895ef07b0fbebdcd706")
}

// UnpackInvalidDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDuration(uint64 duration, uint64 maxDuration)
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
