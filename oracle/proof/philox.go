package proof

import "math/bits"

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
	for r := 0; r < 10; r++ {
		if r > 0 {
			k0 += philoxW0
			k1 += philoxW1
		}
		hi0, lo0 := bits.Mul32(philoxM0, c0)
		hi1, lo1 := bits.Mul32(philoxM1, c2)
		c0, c1, c2, c3 = hi1^c1^k0, lo1, hi0^c3^k1, lo0
	}
	return [4]uint32{c0, c1, c2, c3}
}

// philoxBytes writes the 16 output bytes of philox(k, ctr) into dst (little-endian words), the byte
// order the CUDA kernels store with st.global.v4.u32.
func philoxBytes(dst []byte, k [2]uint32, ctr [4]uint32) {
	o := philox(k, ctr)
	_ = dst[15]
	for w := 0; w < 4; w++ {
		v := o[w]
		dst[4*w] = byte(v)
		dst[4*w+1] = byte(v >> 8)
		dst[4*w+2] = byte(v >> 16)
		dst[4*w+3] = byte(v >> 24)
	}
}
