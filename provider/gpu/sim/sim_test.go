package sim

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

func TestSimulatedDevicesAreNeverMistakenForHardware(t *testing.T) {
	now := time.Unix(1700000000, 0)
	inv, err := New("node-a", 3, func() time.Time { return now }, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	devs, err := inv.Devices(ctx)
	if err != nil || len(devs) != 3 {
		t.Fatalf("devices: %v, %v", devs, err)
	}
	seen := map[string]bool{}
	for _, d := range devs {
		if !d.Simulated || !strings.HasPrefix(d.UUID, "SIM-") || d.Name != DeviceName || d.PCIDeviceID != 0 {
			t.Fatalf("device looks real: %+v", d)
		}
		if seen[d.UUID] {
			t.Fatalf("duplicate UUID %s", d.UUID)
		}
		seen[d.UUID] = true
		c, err := gpu.Classify(d)
		if err != nil || c.Name != gpu.SIM {
			t.Fatalf("classified as %q, %v", c.Name, err)
		}
		if _, err := gpu.CheckClaim(gpu.SIM, d, false); !errors.Is(err, gpu.ErrSimulated) {
			t.Fatalf("accepted on a real chain: %v", err)
		}
		if _, err := gpu.CheckClaim(gpu.SIM, d, true); err != nil {
			t.Fatalf("refused on a dev chain: %v", err)
		}
		// The same device with the simulated flag stripped is an unknown device, not a GPU.
		d.Simulated = false
		if _, err := gpu.Classify(d); !errors.Is(err, gpu.ErrUnknownDevice) {
			t.Fatalf("unflagged simulated device classified: %v", err)
		}
		tel, err := inv.Telemetry(ctx, devs[0].UUID)
		if err != nil || !tel.Time.Equal(now) || tel.TemperatureC != 0 || tel.PowerMilliwatts != 0 {
			t.Fatalf("telemetry: %+v, %v", tel, err)
		}
	}
	other, _ := New("node-b", 1, nil, zerolog.Nop())
	od, _ := other.Devices(ctx)
	if seen[od[0].UUID] {
		t.Fatal("two hosts share a simulated UUID")
	}
	again, _ := New("node-a", 1, nil, zerolog.Nop())
	ad, _ := again.Devices(ctx)
	if ad[0].UUID != devs[0].UUID {
		t.Fatal("simulated UUIDs are not stable across restarts")
	}
	if _, err := inv.Telemetry(ctx, "GPU-nope"); !errors.Is(err, gpu.ErrUnknownDevice) {
		t.Fatalf("unknown uuid: %v", err)
	}
	if _, err := New("x", -1, nil, zerolog.Nop()); err == nil {
		t.Fatal("negative count accepted")
	}
}
