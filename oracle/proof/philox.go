package proof

import "encoding/binary"

// Philox4x32-10 (Salmon, Moraes, Dror, Shaw: "Parallel random numbers: as easy as 1, 2, 3", SC'11),
// the counter-based generator cuRAND uses by default. It is a pure function of a 128-bit counter and
// a 64-bit key, so the prover's kernels and the verifier's Go code can generate any element of any
// matrix independently and get the same bits; nothing is sequential, nothing is shared.
const (
	philoxM0 = 0xD2511F53
	philoxM1 = 0xCD9E8D57
	philoxW0 = 0x9E3779B9
	philoxW1 = 0xBB67AE85
)

// philox returns Philox4x32-10 of counter ctr under key k.
func philox(k [2]uint32, ctr [4]uint32) [4]uint32 {
	c0, c1, c2, c3 := ctr[0], ctr[1], ctr[2], ctr[3]
	k0, k1 := k[0], k[1]
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	k0, k1 = k0+philoxW0, k1+philoxW1
	c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
	return [4]uint32{c0, c1, c2, c3}
}

// philoxRound is one round; round r uses the key bumped r times by (W0, W1).
func philoxRound(c0, c1, c2, c3, k0, k1 uint32) (uint32, uint32, uint32, uint32) {
	p0 := uint64(philoxM0) * uint64(c0)
	p1 := uint64(philoxM1) * uint64(c2)
	return uint32(p1>>32) ^ c1 ^ k0, uint32(p1), uint32(p0>>32) ^ c3 ^ k1, uint32(p0)
}

// philoxBytes writes the 16 output bytes of philox(k, ctr) into dst (little-endian words), the byte
// order the CUDA kernels store with st.global.v4.u32.
func philoxBytes(dst []byte, k [2]uint32, ctr [4]uint32) {
	o := philox(k, ctr)
	_ = dst[15]
	binary.LittleEndian.PutUint32(dst[0:], o[0])
	binary.LittleEndian.PutUint32(dst[4:], o[1])
	binary.LittleEndian.PutUint32(dst[8:], o[2])
	binary.LittleEndian.PutUint32(dst[12:], o[3])
}

// philox4Bytes writes the 64 output bytes of four blocks, counters ctr[0..3], into dst. The four
// are independent, so interleaving their rounds keeps the multipliers busy: the verifier generates W
// (Width² bytes) this way, about twice as fast as one block at a time.
func philox4Bytes(dst []byte, k [2]uint32, ctr *[4][4]uint32) {
	a0, a1, a2, a3 := ctr[0][0], ctr[0][1], ctr[0][2], ctr[0][3]
	b0, b1, b2, b3 := ctr[1][0], ctr[1][1], ctr[1][2], ctr[1][3]
	c0, c1, c2, c3 := ctr[2][0], ctr[2][1], ctr[2][2], ctr[2][3]
	d0, d1, d2, d3 := ctr[3][0], ctr[3][1], ctr[3][2], ctr[3][3]
	k0, k1 := k[0], k[1]
	for r := 0; r < 10; r++ {
		a0, a1, a2, a3 = philoxRound(a0, a1, a2, a3, k0, k1)
		b0, b1, b2, b3 = philoxRound(b0, b1, b2, b3, k0, k1)
		c0, c1, c2, c3 = philoxRound(c0, c1, c2, c3, k0, k1)
		d0, d1, d2, d3 = philoxRound(d0, d1, d2, d3, k0, k1)
		k0, k1 = k0+philoxW0, k1+philoxW1
	}
	_ = dst[63]
	for i, w := range [16]uint32{a0, a1, a2, a3, b0, b1, b2, b3, c0, c1, c2, c3, d0, d1, d2, d3} {
		binary.LittleEndian.PutUint32(dst[4*i:], w)
	}
}
