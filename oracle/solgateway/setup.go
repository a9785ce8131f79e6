package solgateway

import (
	"context"
	"errors"
	"fmt"

	bin "github.com/gagliardetto/binary"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/system"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"
)

// SetupConfig says what Setup creates.
type SetupConfig struct {
	// Payer funds every account and signs the set-up. It is left with no authority over GRID, the vaults or
	// the multisig; it stays the dev USDC mint's authority (a dev faucet: on a real cluster USDC is Circle's).
	Payer solana.PrivateKey
	// Signers are the inspectors' Solana keys; Threshold of them sign each release (m of n, n ≤ 11).
	Signers   []solana.PublicKey
	Threshold uint8
	// GRIDDecimals and GRIDSupply: the whole supply, minted once into the vault.
	GRIDDecimals uint8
	GRIDSupply   uint64
	// USDCDecimals of the dev USDC mint (6, as Circle's).
	USDCDecimals uint8
	// Commitment Setup waits for after each transaction (finalized unless a test wants it faster).
	Commitment rpc.CommitmentType
}

// DefaultSetupConfig: GRID with 9 decimals and a supply of 1 billion GRID, USDC with 6, waiting for finalized.
func DefaultSetupConfig() SetupConfig {
	return SetupConfig{GRIDDecimals: 9, GRIDSupply: 1_000_000_000 * 1_000_000_000, USDCDecimals: 6, Commitment: rpc.CommitmentFinalized}
}

// Validate reports the first field that is out of range.
func (c SetupConfig) Validate() error {
	d := Deployment{Cluster: solana.Hash{1}, Multisig: solana.PublicKey{1}, Threshold: c.Threshold, Signers: c.Signers,
		GRID: Vault{Mint: solana.PublicKey{1}, Account: solana.PublicKey{1}}, USDC: Vault{Mint: solana.PublicKey{1}, Account: solana.PublicKey{1}}}
	switch {
	case len(c.Payer) != 64:
		return errors.New("solgateway: setup: payer: must be a 64-byte ed25519 private key")
	case c.GRIDSupply == 0:
		return errors.New("solgateway: setup: grid supply: must be positive")
	case c.Commitment != rpc.CommitmentProcessed && c.Commitment != rpc.CommitmentConfirmed && c.Commitment != rpc.CommitmentFinalized:
		return fmt.Errorf("solgateway: setup: commitment %q: want processed, confirmed or finalized", c.Commitment)
	}
	return d.Validate()
}

// Setup creates the gateway on a cluster: the multisig, GRID (minted whole into its vault, mint authority then
// removed, in one transaction), the dev USDC mint and its vault, and one durable nonce account per signer.
// It checks the result with CheckDeployment before returning.
func Setup(ctx context.Context, c Client, cluster solana.Hash, cfg SetupConfig) (Deployment, error) {
	if err := cfg.Validate(); err != nil {
		return Deployment{}, err
	}
	payer := cfg.Payer.PublicKey()
	rent := map[uint64]uint64{}
	for _, size := range []uint64{mintSize, accountSize, multisigSize, nonceSize} {
		r, err := c.GetMinimumBalanceForRentExemption(ctx, size, "")
		if err != nil {
			return Deployment{}, fmt.Errorf("solgateway: setup: rent for %d bytes: %w", size, err)
		}
		rent[size] = r
	}
	create := func(acct solana.PublicKey, size uint64, owner solana.PublicKey) solana.Instruction {
		return system.NewCreateAccountInstruction(rent[size], size, owner, payer, acct).Build()
	}
	keys := func() (solana.PrivateKey, error) { return solana.NewRandomPrivateKey() }

	multisig, err := keys()
	if err != nil {
		return Deployment{}, err
	}
	gridMint, _ := keys()
	gridVault, _ := keys()
	usdcMint, _ := keys()
	usdcVault, _ := keys()
	d := Deployment{
		Cluster:    cluster,
		Multisig:   multisig.PublicKey(),
		Threshold:  cfg.Threshold,
		Signers:    append([]solana.PublicKey(nil), cfg.Signers...),
		GRID:       Vault{Symbol: "GRID", Mint: gridMint.PublicKey(), Decimals: cfg.GRIDDecimals, Account: gridVault.PublicKey()},
		GRIDSupply: cfg.GRIDSupply,
		USDC:       Vault{Symbol: "USDC", Mint: usdcMint.PublicKey(), Decimals: cfg.USDCDecimals, Account: usdcVault.PublicKey()},
	}

	send := func(what string, ixs []solana.Instruction, signers ...solana.PrivateKey) error {
		if _, err := SendAndWait(ctx, c, ixs, cfg.Payer, signers, cfg.Commitment); err != nil {
			return fmt.Errorf("solgateway: setup: %s: %w", what, err)
		}
		return nil
	}
	if err := send("multisig", []solana.Instruction{
		create(d.Multisig, multisigSize, token.ProgramID),
		initializeMultisig(cfg.Threshold, d.Multisig, cfg.Signers),
	}, multisig); err != nil {
		return Deployment{}, err
	}
	// One transaction: if any step failed, no GRID would exist at all, and never a mint authority left behind.
	if err := send("GRID mint, vault, supply, authority removed", []solana.Instruction{
		create(d.GRID.Mint, mintSize, token.ProgramID),
		token.NewInitializeMint2InstructionBuilder().SetDecimals(cfg.GRIDDecimals).SetMintAuthority(payer).SetMintAccount(d.GRID.Mint).Build(),
		create(d.GRID.Account, accountSize, token.ProgramID),
		token.NewInitializeAccount3Instruction(d.Multisig, d.GRID.Account, d.GRID.Mint).Build(),
		token.NewMintToCheckedInstruction(cfg.GRIDSupply, cfg.GRIDDecimals, d.GRID.Mint, d.GRID.Account, payer, nil).Build(),
		token.NewSetAuthorityInstructionBuilder().SetAuthorityType(token.AuthorityMintTokens).
			SetSubjectAccount(d.GRID.Mint).SetAuthorityAccount(payer).Build(),
	}, gridMint, gridVault); err != nil {
		return Deployment{}, err
	}
	if err := send("USDC mint and vault", []solana.Instruction{
		create(d.USDC.Mint, mintSize, token.ProgramID),
		token.NewInitializeMint2InstructionBuilder().SetDecimals(cfg.USDCDecimals).SetMintAuthority(payer).SetMintAccount(d.USDC.Mint).Build(),
		create(d.USDC.Account, accountSize, token.ProgramID),
		token.NewInitializeAccount3Instruction(d.Multisig, d.USDC.Account, d.USDC.Mint).Build(),
	}, usdcMint, usdcVault); err != nil {
		return Deployment{}, err
	}
	// Nonce accounts, four to a transaction (each adds a signature and two instructions).
	for i := 0; i < len(cfg.Signers); i += 4 {
		var ixs []solana.Instruction
		var signers []solana.PrivateKey
		for _, authority := range cfg.Signers[i:min(i+4, len(cfg.Signers))] {
			k, err := keys()
			if err != nil {
				return Deployment{}, err
			}
			ixs = append(ixs, create(k.PublicKey(), nonceSize, solana.SystemProgramID),
				system.NewInitializeNonceAccountInstruction(authority, k.PublicKey(), solana.SysVarRecentBlockHashesPubkey, solana.SysVarRentPubkey).Build())
			signers = append(signers, k)
			d.Nonces = append(d.Nonces, NonceAccount{Address: k.PublicKey(), Authority: authority})
		}
		if err := send("nonce accounts", ixs, signers...); err != nil {
			return Deployment{}, err
		}
	}
	if err := CheckDeployment(ctx, c, d, cfg.Commitment); err != nil {
		return Deployment{}, err
	}
	return d, nil
}

// initializeMultisig is InitializeMultisig2 with the members as plain read-only accounts: solana-go's builder
// marks them signers, which the token program does not ask for and which would make every inspector sign the
// set-up.
func initializeMultisig(m uint8, account solana.PublicKey, signers []solana.PublicKey) solana.Instruction {
	ix := token.NewInitializeMultisig2Instruction(m, account, signers)
	for _, s := range ix.Signers {
		s.IsSigner = false
	}
	return ix.Build()
}

// CheckDeployment reads the gateway's accounts at commitment and checks the invariants the bridge's safety
// rests on: the multisig is m-of-n over exactly the listed signers; GRID's supply is the whole supply, its
// mint authority and freeze authority are gone; each vault is a token account of its mint owned by the
// multisig with no delegate and no close authority; each nonce account is initialized with its authority.
// Inspectors run it before they trust a deployment file.
func CheckDeployment(ctx context.Context, r Reader, d Deployment, commitment rpc.CommitmentType) error {
	if err := d.Validate(); err != nil {
		return err
	}
	var ms token.Multisig
	if err := readAccount(ctx, r, d.Multisig, token.ProgramID, multisigSize, commitment, &ms); err != nil {
		return err
	}
	if !ms.IsInitialized || ms.M != d.Threshold || int(ms.N) != len(d.Signers) {
		return fmt.Errorf("%w: multisig %s is %d of %d (initialized %v), want %d of %d", ErrInvariant, d.Multisig, ms.M, ms.N, ms.IsInitialized, d.Threshold, len(d.Signers))
	}
	for i, s := range d.Signers {
		if !ms.Signers[i].Equals(s) {
			return fmt.Errorf("%w: multisig signer %d is %s, want %s", ErrInvariant, i, ms.Signers[i], s)
		}
	}
	var grid token.Mint
	if err := readAccount(ctx, r, d.GRID.Mint, token.ProgramID, mintSize, commitment, &grid); err != nil {
		return err
	}
	switch {
	case !grid.IsInitialized:
		return fmt.Errorf("%w: GRID mint %s is not initialized", ErrInvariant, d.GRID.Mint)
	case grid.MintAuthority != nil:
		return fmt.Errorf("%w: GRID mint %s still has a mint authority (%s)", ErrInvariant, d.GRID.Mint, grid.MintAuthority)
	case grid.FreezeAuthority != nil:
		return fmt.Errorf("%w: GRID mint %s has a freeze authority (%s)", ErrInvariant, d.GRID.Mint, grid.FreezeAuthority)
	case grid.Supply != d.GRIDSupply:
		return fmt.Errorf("%w: GRID supply is %d, want %d", ErrInvariant, grid.Supply, d.GRIDSupply)
	case grid.Decimals != d.GRID.Decimals:
		return fmt.Errorf("%w: GRID has %d decimals, deployment says %d", ErrInvariant, grid.Decimals, d.GRID.Decimals)
	}
	for _, v := range d.Vaults() {
		var mint token.Mint
		if err := readAccount(ctx, r, v.Mint, token.ProgramID, mintSize, commitment, &mint); err != nil {
			return err
		}
		if mint.Decimals != v.Decimals {
			return fmt.Errorf("%w: %s mint has %d decimals, deployment says %d", ErrInvariant, v.Symbol, mint.Decimals, v.Decimals)
		}
		var acct token.Account
		if err := readAccount(ctx, r, v.Account, token.ProgramID, accountSize, commitment, &acct); err != nil {
			return err
		}
		switch {
		case !acct.Mint.Equals(v.Mint):
			return fmt.Errorf("%w: %s vault %s holds mint %s, want %s", ErrInvariant, v.Symbol, v.Account, acct.Mint, v.Mint)
		case !acct.Owner.Equals(d.Multisig):
			return fmt.Errorf("%w: %s vault %s is owned by %s, want the multisig %s", ErrInvariant, v.Symbol, v.Account, acct.Owner, d.Multisig)
		case acct.Delegate != nil:
			return fmt.Errorf("%w: %s vault %s has a delegate (%s)", ErrInvariant, v.Symbol, v.Account, acct.Delegate)
		case acct.CloseAuthority != nil:
			return fmt.Errorf("%w: %s vault %s has a close authority (%s)", ErrInvariant, v.Symbol, v.Account, acct.CloseAuthority)
		case acct.State != token.Initialized:
			return fmt.Errorf("%w: %s vault %s is not in the initialized state", ErrInvariant, v.Symbol, v.Account)
		}
	}
	for _, n := range d.Nonces {
		st, err := FetchNonce(ctx, r, n.Address, commitment)
		if err != nil {
			return err
		}
		if !st.Authority.Equals(n.Authority) {
			return fmt.Errorf("%w: nonce %s has authority %s, want %s", ErrInvariant, n.Address, st.Authority, n.Authority)
		}
	}
	return nil
}

// NonceState is a durable nonce account's content.
type NonceState struct {
	Authority solana.PublicKey
	// Value is the nonce: a transaction using it puts it where the recent blockhash goes.
	Value solana.Hash
}

// FetchNonce reads a durable nonce account.
func FetchNonce(ctx context.Context, r Reader, nonce solana.PublicKey, commitment rpc.CommitmentType) (NonceState, error) {
	var acct system.NonceAccount
	if err := readAccount(ctx, r, nonce, solana.SystemProgramID, nonceSize, commitment, &acct); err != nil {
		return NonceState{}, err
	}
	if acct.State != 1 {
		return NonceState{}, fmt.Errorf("%w: nonce account %s is not initialized", ErrInvariant, nonce)
	}
	return NonceState{Authority: acct.AuthorizedPubkey, Value: solana.Hash(acct.Nonce)}, nil
}

// TokenBalance reads a token account's balance (raw units) at commitment.
func TokenBalance(ctx context.Context, r Reader, account solana.PublicKey, commitment rpc.CommitmentType) (uint64, error) {
	var acct token.Account
	if err := readAccount(ctx, r, account, token.ProgramID, accountSize, commitment, &acct); err != nil {
		return 0, err
	}
	return acct.Amount, nil
}

// MintSupply reads a mint's supply at commitment.
func MintSupply(ctx context.Context, r Reader, mint solana.PublicKey, commitment rpc.CommitmentType) (uint64, error) {
	var m token.Mint
	if err := readAccount(ctx, r, mint, token.ProgramID, mintSize, commitment, &m); err != nil {
		return 0, err
	}
	return m.Supply, nil
}

func readAccount(ctx context.Context, r Reader, a, owner solana.PublicKey, size int, commitment rpc.CommitmentType, into any) error {
	res, err := r.GetAccountInfoWithOpts(ctx, a, &rpc.GetAccountInfoOpts{Encoding: solana.EncodingBase64, Commitment: commitment})
	if errors.Is(err, rpc.ErrNotFound) {
		return fmt.Errorf("%w: %s", ErrNotFound, a)
	}
	if err != nil {
		return fmt.Errorf("solgateway: read account %s: %w", a, err)
	}
	data := res.Value.Data.GetBinary()
	if !res.Value.Owner.Equals(owner) || len(data) != size {
		return fmt.Errorf("%w: account %s is owned by %s with %d bytes, want %s with %d", ErrInvariant, a, res.Value.Owner, len(data), owner, size)
	}
	if err := bin.NewBinDecoder(data).Decode(into); err != nil {
		return fmt.Errorf("solgateway: decode account %s: %w", a, err)
	}
	return nil
}
