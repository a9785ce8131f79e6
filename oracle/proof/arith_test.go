package proof

import (
	"context"
	"encoding/hex"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/rs/zerolog"
)

func TestMulModPMatchesBigInt(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	p := big.NewInt(P)
	edge := []uint64{0, 1, 2, P - 1, P - 2, 1 << 60, 1<<61 - 3}
	for i := 0; i < 20000; i++ {
		var a, b uint64
		if i < len(edge)*len(edge) {
			a, b = edge[i/len(edge)], edge[i%len(edge)]
		} else {
			a, b = rng.Uint64N(P), rng.Uint64N(P)
		}
		want := new(big.Int).Mul(new(big.Int).SetUint64(a), new(big.Int).SetUint64(b))
		want.Mod(want, p)
		if got := mulModP(a, b); got != want.Uint64() {
			t.Fatalf("mulModP(%d, %d) = %d, want %d", a, b, got, want.Uint64())
		}
	}
	if modP(-1) != P-1 || modP(P) != 0 || modP(-P-5) != P-5 {
		t.Fatal("modP wrong on negative or boundary input")
	}
}

func TestWeightsTimesMatchesNaive(t *testing.T) {
	s := mustSchedule(t, Params{Width: 64, Rows: 64, Steps: 1, Group: 1, LeafGroups: 1, Openings: 1})
	rng := rand.New(rand.NewPCG(3, 4))
	r := make([]uint64, s.Width)
	for j := range r {
		r[j] = rng.Uint64N(FreivaldsRange)
	}
	r[0] = FreivaldsRange - 1 // the extreme the int64 accumulator must hold
	wt := s.WeightsT(1)
	got := weightsTimes(s, r, 3)
	for k := 0; k < s.Width; k++ {
		var want uint64
		for j := 0; j < s.Width; j++ {
			want = addModP(want, mulModP(modP(int64(wt[j*s.Width+k])), r[j]))
		}
		if got[k] != want {
			t.Fatalf("(W r)[%d] = %d, want %d", k, got[k], want)
		}
	}
}

// TestGroupHashKnownAnswers pins GroupHash to BLAKE3's published test vectors (input byte i is
// i mod 251): the device kernels and any other implementation must agree with these.
func TestGroupHashKnownAnswers(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{0, "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"},
		{1024, "42214739f095a406f3fc83deb889744ac00df831c10daa55189b5d121c855af7"},
		{8192, "aae792484c8efe4f19e2ca7d371d8c467ffb10748d8a5a1ae579948f718a2a63"},
	} {
		in := make([]int8, tt.n)
		for i := range in {
			in[i] = int8(byte(i % 251))
		}
		h := GroupHash(in)
		if got := hex.EncodeToString(h[:]); got != tt.want {
			t.Errorf("BLAKE3 of %d bytes = %s, want %s", tt.n, got, tt.want)
		}
	}
}

// TestCPUEngineMatchesNaive runs the blocked, parallel engine against a direct transcription of the
// protocol: y = X[i] ^ X[i^μ] ^ noise, c = y·W, X'[i] = Nonlinear(c), digest per group.
func TestCPUEngineMatchesNaive(t *testing.T) {
	for _, p := range []Params{
		{Width: 48, Rows: 16, Steps: 3, Group: 2, LeafGroups: 2, Openings: 1},
		{Width: 16, Rows: 8, Steps: 4, Group: 1, LeafGroups: 1, Openings: 1},  // rows not a multiple of the 4-row block per worker
		{Width: 528, Rows: 8, Steps: 2, Group: 1, LeafGroups: 8, Openings: 1}, // several column tiles
		{Sweep: true, Width: 48, Rows: 32, Steps: 4, Group: 2, LeafGroups: 2, Openings: 1},
	} {
		s := mustSchedule(t, p)
		n, m := p.Width, p.Rows
		x := make([]int8, m*n)
		s.InitialRows(x, 0)
		var wt []int8
		if !p.Sweep {
			wt = s.WeightsT(1)
		}
		eng, err := CPU{Workers: 3}.NewEngine(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]Hash, p.GroupsPerStep())
		for step := 1; step <= p.Steps; step++ {
			k, mu := s.StepConstants(step)
			next := make([]int8, m*n)
			noise := make([]int8, n)
			for i := 0; i < m && p.Sweep; i++ {
				for wd := 0; wd < n/4; wd++ {
					word := func(r int) uint32 {
						b := x[r*n+4*wd : r*n+4*wd+4]
						return uint32(uint8(b[0])) | uint32(uint8(b[1]))<<8 | uint32(uint8(b[2]))<<16 | uint32(uint8(b[3]))<<24
					}
					v := SweepWord(word(i), word(i^mu), k, uint64(i), wd)
					for b := 0; b < 4; b++ {
						next[i*n+4*wd+b] = int8(v >> (8 * b))
					}
				}
			}
			for i := 0; i < m && !p.Sweep; i++ {
				s.NoiseRows(noise, step, i)
				for j := 0; j < n; j++ {
					var c int32
					for q := 0; q < n; q++ {
						y := x[i*n+q] ^ x[(i^mu)*n+q] ^ noise[q]
						c += int32(y) * int32(wt[j*n+q])
					}
					next[i*n+j] = Nonlinear(c, k)
				}
			}
			x = next
			if err := eng.Step(context.Background(), step, got); err != nil {
				t.Fatal(err)
			}
			gs := p.Group * n
			for g := range got {
				if want := GroupHash(x[g*gs : (g+1)*gs]); got[g] != want {
					t.Fatalf("%s step %d group %d: hash %x, want %x", p, step, g, got[g], want)
				}
				buf := make([]int8, gs)
				if err := eng.ReadGroup(context.Background(), g, buf); err != nil {
					t.Fatal(err)
				}
				if string(int8sAsBytes(buf)) != string(int8sAsBytes(x[g*gs:(g+1)*gs])) {
					t.Fatalf("%s step %d group %d: state differs", p, step, g)
				}
			}
		}
		if err := eng.Step(context.Background(), p.Steps+1, got); !errors.Is(err, ErrState) {
			t.Fatalf("step past the end: got %v, want ErrState", err)
		}
		eng.Close()
	}
}

func TestMerklePathsForEveryLeaf(t *testing.T) {
	for _, count := range []int{1, 2, 3, 5, 8, 13} {
		leaves := make([]Hash, count)
		for i := range leaves {
			leaves[i] = LeafHash([]Hash{{byte(i)}, {99}})
		}
		tree := buildTree(leaves, 2)
		for i := range leaves {
			if err := verifyPath(tree.root(), leaves[i], uint64(i), uint64(count), tree.path(uint64(i))); err != nil {
				t.Fatalf("%d leaves, leaf %d: %v", count, i, err)
			}
			if count > 1 {
				other := (i + 1) % count
				if err := verifyPath(tree.root(), leaves[i], uint64(other), uint64(count), tree.path(uint64(other))); !errors.Is(err, ErrMerkle) {
					t.Fatalf("%d leaves: leaf %d accepted at index %d", count, i, other)
				}
			}
		}
		if err := verifyPath(tree.root(), leaves[0], uint64(count), uint64(count), tree.path(0)); !errors.Is(err, ErrMerkle) {
			t.Fatalf("%d leaves: index past the end accepted", count)
		}
	}
	// A leaf's preimage can never be read as an inner node: the tags differ.
	a, b := LeafHash([]Hash{{1}}), LeafHash([]Hash{{2}})
	if nodeHash(a, b) == LeafHash([]Hash{{0}}) || emptyHashes[0] == a {
		t.Fatal("domain separation broken")
	}
}

func TestParamsValidate(t *testing.T) {
	ok := smallParams()
	tests := []struct {
		name string
		mod  func(*Params)
	}{
		{"width not multiple of 16", func(p *Params) { p.Width = 40 }},
		{"width too small", func(p *Params) { p.Width = 0 }},
		{"width too large", func(p *Params) { p.Width = MaxWidth + 16 }},
		{"rows not power of two", func(p *Params) { p.Rows = 48 }},
		{"rows below two groups", func(p *Params) { p.Rows = p.Group }},
		{"group not power of two", func(p *Params) { p.Group = 3 }},
		{"group too wide", func(p *Params) { p.Width, p.Group, p.Rows = 4096, 16, 64 }},
		{"no steps", func(p *Params) { p.Steps = 0 }},
		{"too many steps", func(p *Params) { p.Steps = MaxSteps + 1 }},
		{"leaf groups not dividing", func(p *Params) { p.LeafGroups = 64 }},
		{"leaf groups not power of two", func(p *Params) { p.LeafGroups = 3 }},
		{"no openings", func(p *Params) { p.Openings = 0 }},
		{"too many openings", func(p *Params) { p.Openings = MaxOpenings + 1 }},
	}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid params rejected: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ok
			tt.mod(&p)
			if err := p.Validate(); !errors.Is(err, ErrInvalidParams) {
				t.Fatalf("%s: got %v, want ErrInvalidParams", p, err)
			}
		})
	}
}

func TestChallengeValidateAndID(t *testing.T) {
	base := testChallenge(t, smallParams(), "id")
	if err := base.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(*Challenge){
		"empty class":    func(c *Challenge) { c.Class = "" },
		"long class":     func(c *Challenge) { c.Class = "0123456789abcdef0123456789abcdefX" },
		"binary class":   func(c *Challenge) { c.Class = "H100\x00" },
		"binary subject": func(c *Challenge) { c.Subject = "GPU-\n" },
		"no expiry":      func(c *Challenge) { c.Expiry = 0 },
		"long subject":   func(c *Challenge) { c.Subject = string(make([]byte, MaxSubjectLen+1)) },
		"invalid params": func(c *Challenge) { c.Params.Steps = 0 },
	} {
		c := base
		mod(&c)
		if err := c.Validate(); !errors.Is(err, ErrInvalidParams) {
			t.Errorf("%s: got %v, want ErrInvalidParams", name, err)
		}
	}
	// Every field feeds the id.
	ids := map[Hash]string{base.ID(): "base"}
	for name, mod := range map[string]func(*Challenge){
		"class":     func(c *Challenge) { c.Class = "RTX3090" },
		"subject":   func(c *Challenge) { c.Subject += "x" },
		"seed":      func(c *Challenge) { c.Seed[31]++ },
		"nonce":     func(c *Challenge) { c.Nonce++ },
		"width":     func(c *Challenge) { c.Params.Width += 16 },
		"rows":      func(c *Challenge) { c.Params.Rows *= 2 },
		"steps":     func(c *Challenge) { c.Params.Steps++ },
		"group":     func(c *Challenge) { c.Params.Group *= 2 },
		"leaf":      func(c *Challenge) { c.Params.LeafGroups *= 2 },
		"opens":     func(c *Challenge) { c.Params.Openings++ },
		"provider":  func(c *Challenge) { c.Provider[19] ^= 1 },
		"machine":   func(c *Challenge) { c.Machine[0] ^= 1 },
		"inspector": func(c *Challenge) { c.Inspector[0] ^= 1 },
		"expiry":    func(c *Challenge) { c.Expiry++ },
		"kind":      func(c *Challenge) { c.Params.Sweep = true },
	} {
		c := base
		mod(&c)
		if prev, dup := ids[c.ID()]; dup {
			t.Errorf("changing %s gives the same id as %s", name, prev)
		}
		ids[c.ID()] = name
	}
}

// TestGoldenRoot pins the commitment of one fixed challenge of each kind. Every backend (and any other
// implementation of the protocol) must produce exactly these roots; a change here is a protocol change.
func TestGoldenRoot(t *testing.T) {
	for _, tt := range []struct {
		sweep        bool
		wantID, root string
	}{
		{false, "20b19f0e7f897b53e55c7c981e9c0767e57214bf9fb7214968117ebbade1c7d2", "0a6ee91fd7d11822d84347eeea9a200cbf0afb3aa56f00a6fc97a2ecc8591dec"},
		{true, "6e21777cf24b62b0ce0601601c488f072aca5ed3d60c0d2c4b3613cefc9d904f", "b6716886eb5da2c7714d6be3bd25a3585f2684f6251a9b1834c948df9dd7e498"},
	} {
		ch := Challenge{Class: "H100", Subject: "GPU-00000000-0000-0000-0000-000000000000", Nonce: 1, Expiry: 1 << 31,
			Params: Params{Sweep: tt.sweep, Width: 64, Rows: 32, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8}}
		for i := range ch.Seed {
			ch.Seed[i] = byte(i)
		}
		_, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(context.Background(), ch)
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(cm.Challenge[:]); got != tt.wantID {
			t.Errorf("sweep=%t: challenge id %s, want %s", tt.sweep, got, tt.wantID)
		}
		if got := hex.EncodeToString(cm.Root[:]); got != tt.root {
			t.Errorf("sweep=%t: root %s, want %s", tt.sweep, got, tt.root)
		}
	}
}

func mustSchedule(t testing.TB, p Params) *Schedule {
	t.Helper()
	s, err := NewSchedule(testChallenge(t, p, "schedule"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}
