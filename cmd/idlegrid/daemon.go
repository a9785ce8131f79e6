package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

// What `provider run` and `inspector run` share before they build their node: the config file's settings with
// the flags given laid over them, then the chain and the key the settings name.

// overrideStrings lays the string flags given (on the command line or through their environment variables)
// over the settings a config file gave, each flag name mapped to its setting.
func overrideStrings(c *cli.Context, settings map[string]*string) {
	for name, dst := range settings {
		if set(c, name) {
			*dst = flagContext(c, name).String(name)
		}
	}
}

// daemonAccount is a config file's [account]: the keystore key a daemon signs with (unless --dev-key or
// --dev-account names a dev chain's key).
type daemonAccount struct{ keystore, address, passwordFile string }

// connectDaemon loads the deployment file at deploymentFile, dials rpc, checks the deployment is on that chain
// and opens the account's key; each failure says which setting to fix. The caller closes the client.
func connectDaemon(c *cli.Context, rpc, deploymentFile string, account daemonAccount) (deployment.Deployment, *ethclient.Client, *keys.Signer, error) {
	d, err := deployment.Load(deploymentFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return d, nil, nil, fmt.Errorf("no deployment file at %s (chain.deployment): start `idlegrid devnet`, or point --deployment at the chain's file", deploymentFile)
	case err != nil:
		return d, nil, nil, fmt.Errorf("%s (chain.deployment): %w", deploymentFile, err)
	}
	dialCtx, cancel := context.WithTimeout(c.Context, 15*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dialCtx, rpc)
	if err != nil {
		return d, nil, nil, fmt.Errorf("cannot reach the node at %s (chain.rpc): %v", rpc, err)
	}
	fail := func(err error) (deployment.Deployment, *ethclient.Client, *keys.Signer, error) {
		client.Close()
		return d, nil, nil, err
	}
	if err := deployment.Verify(dialCtx, client, d); err != nil {
		return fail(verifyError(err, rpc, deploymentFile, d))
	}
	kc, dev, err := keyConfig(c, &d)
	if err != nil {
		return fail(err)
	}
	if !dev {
		kc.Keystore, kc.Account, kc.PasswordFile = account.keystore, account.address, account.passwordFile
	}
	signer, err := keys.Open(kc, keys.TerminalPrompter{In: os.Stdin, Out: c.App.ErrWriter})
	if err != nil {
		return fail(keyError(err, kc))
	}
	return d, client, signer, nil
}
