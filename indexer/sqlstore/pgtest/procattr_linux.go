package pgtest

import "syscall"

func procAttr(cred *syscall.Credential, dieWithParent bool) *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Credential: cred}
	if dieWithParent {
		a.Pdeathsig = syscall.SIGKILL
	}
	return a
}
