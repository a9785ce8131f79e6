package gpu

import "fmt"

// Classify maps a device to its class. Name and PCI device id must both be known and agree, and the
// memory must match the class: an NVML that is spoofed in one field but not the others is caught here.
// Only devices marked Simulated classify as SIM, and they never classify as anything else.
func Classify(d Device) (Class, error) {
	if d.Simulated {
		return ClassByName(SIM)
	}
	var byName, byPCI *Class
	for i := range classes {
		c := &classes[i]
		if c.Simulated {
			continue
		}
		for _, n := range c.NVMLNames {
			if n == d.Name {
				byName = c
			}
		}
		for _, id := range c.PCIDeviceIDs {
			if id == d.PCIDeviceID && d.PCIVendorID == NVIDIAVendorID {
				byPCI = c
			}
		}
	}
	switch {
	case byName == nil && byPCI == nil:
		return Class{}, fmt.Errorf("%w: %q (PCI %04x:%04x)", ErrUnknownDevice, d.Name, d.PCIVendorID, d.PCIDeviceID)
	case byName == nil || byPCI == nil || byName.Name != byPCI.Name:
		return Class{}, fmt.Errorf("%w: name %q, PCI %04x:%04x", ErrInconsistentIdentity, d.Name, d.PCIVendorID, d.PCIDeviceID)
	}
	c := *byName
	lo, hi := c.MemoryBytes()/100*95, c.MemoryBytes()/100*108
	if d.MemoryTotal < lo || d.MemoryTotal > hi {
		return Class{}, fmt.Errorf("%w: %s reports %d MiB, class %s has %d MiB", ErrMemoryMismatch, d.UUID, d.MemoryTotal>>20, c.Name, c.MemoryMiB)
	}
	return c, nil
}

// CheckClaim checks that device d can be listed as class claimed: it classifies as that class, is a
// whole GPU (no MIG, no vGPU), and is real hardware unless devChain is set.
func CheckClaim(claimed string, d Device, devChain bool) (Class, error) {
	c, err := Classify(d)
	if err != nil {
		return Class{}, err
	}
	if c.Name != claimed {
		return Class{}, fmt.Errorf("%w: %s claims %s, is %s", ErrClassMismatch, d.UUID, claimed, c.Name)
	}
	if c.Simulated && !devChain {
		return Class{}, fmt.Errorf("%w: %s", ErrSimulated, d.UUID)
	}
	if d.MIG.Current || d.MIG.Pending {
		return Class{}, fmt.Errorf("%w: %s", ErrMIG, d.UUID)
	}
	switch d.Virtualization {
	case VirtNone, VirtPassthrough:
	default:
		return Class{}, fmt.Errorf("%w: %s mode %s", ErrVirtualized, d.UUID, d.Virtualization)
	}
	return c, nil
}
