// Command workload is the runtime tests' job: a static binary packed alone into an image. It runs the steps
// named by its arguments in order:
//
//	print TEXT        TEXT and a newline on stdout
//	eprint TEXT       TEXT and a newline on stderr
//	write DIR         files in DIR (a.txt, sub/b.txt) for the output collection
//	alloc MIB         allocate and touch MIB MiB, then print "allocated MIB"
//	burn N SECONDS    N busy goroutines for SECONDS, then print "burned"
//	spawn N           start N child processes (itself, sleeping) and print "spawned K of N"
//	orphans N         N times: run a child that starts a grandchild and exits without waiting for it, so the
//	                  grandchild is an orphan PID 1 must reap; print "orphaned K of N" (K: children started
//	                  before the first that could not be)
//	orphan            start a grandchild (itself, exit 0) and exit at once: the step orphans runs
//	ignoreterm        ignore SIGTERM from now on, then print "ignoring SIGTERM"
//	defaultterm       give SIGTERM its default action (no handler, as in a program that never sets one up: sh,
//	                  sleep, python), then print "SIGTERM default"
//	cat               copy stdin to stdout until EOF
//	show FILE         FILE's content on stdout
//	echo PORT         serve TCP echo on PORT (never returns)
//	sleep SECONDS
//	exit CODE
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
	"unsafe"
)

func main() {
	args := os.Args[1:]
	for len(args) > 0 {
		step := args[0]
		args = args[1:]
		arg := func() string {
			if len(args) == 0 {
				fail("step %s needs an argument", step)
			}
			a := args[0]
			args = args[1:]
			return a
		}
		num := func() int {
			n, err := strconv.Atoi(arg())
			if err != nil {
				fail("step %s: %v", step, err)
			}
			return n
		}
		switch step {
		case "print":
			fmt.Println(arg())
		case "eprint":
			fmt.Fprintln(os.Stderr, arg())
		case "write":
			dir := arg()
			must(os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
			must(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("output a\n"), 0o644))
			must(os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("output b\n"), 0o600))
			fmt.Println("wrote", dir)
		case "alloc":
			mib := num()
			blocks := make([][]byte, 0, mib)
			for i := 0; i < mib; i++ {
				b := make([]byte, 1<<20)
				for j := 0; j < len(b); j += 4096 {
					b[j] = 1
				}
				blocks = append(blocks, b)
			}
			fmt.Println("allocated", len(blocks))
		case "burn":
			n, secs := num(), num()
			done := make(chan struct{})
			end := time.Now().Add(time.Duration(secs) * time.Second)
			for i := 0; i < n; i++ {
				go func() {
					x := uint64(i)
					for time.Now().Before(end) {
						for j := 0; j < 100000; j++ {
							x = x*6364136223846793005 + 1442695040888963407
						}
					}
					if x == 42 {
						fmt.Println("unlikely")
					}
					done <- struct{}{}
				}()
			}
			for i := 0; i < n; i++ {
				<-done
			}
			fmt.Println("burned")
		case "spawn":
			n := num()
			started := 0
			var firstErr error
			for i := 0; i < n; i++ {
				c := exec.Command(os.Args[0], "sleep", "30")
				if err := c.Start(); err != nil {
					if firstErr == nil {
						firstErr = err
					}
					continue
				}
				started++
			}
			fmt.Printf("spawned %d of %d\n", started, n)
			if firstErr != nil {
				fmt.Println("spawn error:", firstErr)
			}
		case "orphans":
			n := num()
			started := 0
			for i := 0; i < n && started == i; i++ {
				// An orphan not yet reaped holds its pid: retry for a while before giving up.
				for try := 0; try < 25; try++ {
					if err := exec.Command(os.Args[0], "orphan").Run(); err == nil {
						started++
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
			fmt.Printf("orphaned %d of %d\n", started, n)
		case "orphan":
			must(exec.Command(os.Args[0], "exit", "0").Start())
			os.Exit(0)
		case "defaultterm":
			// Go's runtime handles SIGTERM itself (and exits on it even as PID 1), so the disposition is set
			// beneath it: struct sigaction all zero is SIG_DFL.
			var act [4]uint64
			if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGTERM), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0); e != 0 {
				fail("rt_sigaction: %v", e)
			}
			fmt.Println("SIGTERM default")
		case "ignoreterm":
			signal.Ignore(syscall.SIGTERM)
			fmt.Println("ignoring SIGTERM")
		case "cat":
			_, err := io.Copy(os.Stdout, os.Stdin)
			must(err)
		case "show":
			b, err := os.ReadFile(arg())
			must(err)
			os.Stdout.Write(b)
		case "echo":
			l, err := net.Listen("tcp", ":"+arg())
			must(err)
			fmt.Println("listening", l.Addr())
			for {
				c, err := l.Accept()
				must(err)
				go func() { _, _ = io.Copy(c, c); c.Close() }()
			}
		case "sleep":
			time.Sleep(time.Duration(num()) * time.Second)
		case "exit":
			os.Exit(num())
		default:
			fail("unknown step %q", step)
		}
	}
}

func must(err error) {
	if err != nil {
		fail("%v", err)
	}
}

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "workload: "+format+"\n", a...)
	os.Exit(2)
}
