package runtime

import (
	"context"
	"fmt"
	"os"
	"path"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"
)

// defaultPath is the search path runc uses when the container's environment has no PATH.
const defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// checkCommand finds the job's command in the created container as the exec at its start will, before the
// start. Without an init, runc execs the job's command and a missing one fails the start; with an init in
// front, runc execs the init, and a missing command would only show as the init's exit 127 once the job is
// already running. So the runtime looks first: a command not in the image is a *StartError, as it was.
func (r *Runtime) checkCommand(ctx context.Context, k LeaseKey, id string) error {
	res, err := r.engine.ContainerInspect(ctx, id, client.ContainerInspectOptions{})
	if err != nil {
		return fmt.Errorf("lease %s: inspect: %w", k, err)
	}
	cfg := res.Container.Config
	if cfg == nil {
		return fmt.Errorf("lease %s: inspect: the daemon returned no config", k)
	}
	argv := append(append([]string{}, cfg.Entrypoint...), cfg.Cmd...)
	if len(argv) == 0 || argv[0] == "" {
		return &StartError{Lease: k, Stage: StageStart, Reason: "no command: neither the spec nor the image names one"}
	}
	name, search := argv[0], ""
	var candidates []string
	if strings.Contains(name, "/") {
		if !path.IsAbs(name) {
			name = path.Join("/", cfg.WorkingDir, name)
		}
		candidates = []string{name}
	} else {
		search = defaultPath
		for _, e := range cfg.Env {
			if v, ok := strings.CutPrefix(e, "PATH="); ok {
				search = v
			}
		}
		for _, dir := range strings.Split(search, ":") {
			if path.IsAbs(dir) {
				candidates = append(candidates, path.Join(dir, name))
			}
		}
	}
	for _, p := range candidates {
		st, err := r.engine.ContainerStatPath(ctx, id, client.ContainerStatPathOptions{Path: p})
		if cerrdefs.IsNotFound(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("lease %s: look for the command %s: %w", k, p, err)
		}
		// A link is taken as found: the exec follows it, and an image's binaries are often links.
		if m := st.Stat.Mode; m&os.ModeSymlink != 0 || (m.IsRegular() && m.Perm()&0o111 != 0) {
			return nil
		}
	}
	reason := fmt.Sprintf("exec %s: no such executable in the image", argv[0])
	if search != "" {
		reason += " (PATH " + search + ")"
	}
	return &StartError{Lease: k, Stage: StageStart, Reason: reason}
}
