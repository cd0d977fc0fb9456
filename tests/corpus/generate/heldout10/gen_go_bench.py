"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Go micro-benchmarks (the Debian package's Go 1.19), run the way a program benchmarks outside
``go test``: ``testing.Benchmark`` on each function, and each result printed as ``go test
-bench . -benchmem`` prints it: the benchmark's name with its ``-GOMAXPROCS`` suffix, then the
testing package's own ``BenchmarkResult.String()`` and ``MemString()`` (``BenchmarkJoin/
builder-2 \\t  312980\\t      3774 ns/op\\t    1016 B/op\\t       7 allocs/op``; with
``b.SetBytes`` an ``MB/s`` column; with ``b.ReportMetric`` a custom one), framed by ``goos:``,
``goarch:``, ``pkg:`` lines first and ``PASS`` last, as ``go test`` frames them. Eight
benchmarks: string joining three ways, sorting ints two ways, SHA-256 and CRC-32 of 64 KiB
(throughput), JSON encoding, and a map fill reporting its own ``load/op`` metric. The
generator writes the Go file into a temporary folder and runs ``go run`` on it (a local build
cache; no module download) with the capture's stdout and stderr.

Truth: the ``testing.BenchmarkResult`` values themselves, which the Go program also writes
as JSON (``N``, ``T`` in nanoseconds, ``Bytes``, ``MemAllocs``, ``MemBytes``, ``Extra``):
``ns/op`` as T/N, ``B/op`` and ``allocs/op`` as ``AllocedBytesPerOp`` and ``AllocsPerOp``
(the packages' own integer division), ``MB/s`` as Bytes·N/T·1000, the custom metric from
``Extra``. Names: the printed benchmark name, then the unit (``BenchmarkJoin/builder-2/
ns/op``: a benchmark's timings are its metrics), no step; the iteration count optional
(``<name>/N``). The ``goos``/``goarch``/``pkg`` lines and the settings the program prints
first (``benchtime``) are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SOURCE = r"""
package main

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"hash/crc32"
	"os"
	"runtime"
	"sort"
	"strings"
	"testing"
)

type record struct {
	Name   string
	N      int
	T      int64
	Bytes  int64
	Allocs uint64
	MemB   uint64
	Extra  map[string]float64
}

var words = strings.Fields(strings.Repeat("alpha beta gamma delta epsilon zeta eta theta ", 8))
var sink interface{}

func ints(n int) []int {
	out := make([]int, n)
	x := uint32(7)
	for i := range out {
		x = x*1664525 + 1013904223
		out[i] = int(x >> 8)
	}
	return out
}

func main() {
	flag.Set("test.benchtime", "200ms")
	testing.Init()
	flag.Parse()
	data := make([]byte, 64<<10)
	for i := range data {
		data[i] = byte(i * 31)
	}
	type item struct {
		ID    int      `json:"id"`
		Name  string   `json:"name"`
		Tags  []string `json:"tags"`
		Score float64  `json:"score"`
	}
	items := make([]item, 50)
	for i := range items {
		items[i] = item{i, words[i%len(words)], words[:3], float64(i) / 7}
	}
	benches := []struct {
		name string
		fn   func(b *testing.B)
	}{
		{"BenchmarkJoin/plus", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s := ""
				for _, w := range words {
					s += w
				}
				sink = s
			}
		}},
		{"BenchmarkJoin/builder", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var sb strings.Builder
				for _, w := range words {
					sb.WriteString(w)
				}
				sink = sb.String()
			}
		}},
		{"BenchmarkJoin/strings.Join", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sink = strings.Join(words, "")
			}
		}},
		{"BenchmarkSort/Ints", func(b *testing.B) {
			src := ints(2000)
			buf := make([]int, len(src))
			for i := 0; i < b.N; i++ {
				copy(buf, src)
				sort.Ints(buf)
			}
		}},
		{"BenchmarkSort/Slice", func(b *testing.B) {
			src := ints(2000)
			buf := make([]int, len(src))
			for i := 0; i < b.N; i++ {
				copy(buf, src)
				sort.Slice(buf, func(x, y int) bool { return buf[x] < buf[y] })
			}
		}},
		{"BenchmarkSHA256", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				sink = sha256.Sum256(data)
			}
		}},
		{"BenchmarkCRC32", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				sink = crc32.ChecksumIEEE(data)
			}
		}},
		{"BenchmarkJSONMarshal", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				out, _ := json.Marshal(items)
				sink = out
			}
		}},
		{"BenchmarkMapFill", func(b *testing.B) {
			total := 0
			for i := 0; i < b.N; i++ {
				m := make(map[int]int)
				for k := 0; k < 500; k++ {
					m[k*7] = k
				}
				total += len(m)
			}
			b.ReportMetric(float64(total)/float64(b.N)/512.0, "load/op")
		}},
	}
	fmt.Printf("benchtime=200ms benchmem=true\n")
	fmt.Printf("goos: %s\ngoarch: %s\npkg: corpus/bench\n", runtime.GOOS, runtime.GOARCH)
	var records []record
	procs := runtime.GOMAXPROCS(0)
	for _, bench := range benches {
		r := testing.Benchmark(bench.fn)
		name := fmt.Sprintf("%s-%d", bench.name, procs)
		fmt.Printf("%-30s\t%s\t%s\n", name, r.String(), r.MemString())
		records = append(records, record{name, r.N, r.T.Nanoseconds(), r.Bytes,
			r.MemAllocs, r.MemBytes, r.Extra})
	}
	fmt.Println("PASS")
	out, _ := json.Marshal(records)
	os.WriteFile(os.Args[len(os.Args)-1], out, 0o644)
}
"""


def run() -> None:
    import json
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="go-bench-"))
    (work / "main.go").write_text(SOURCE)
    records_file = work / "records.json"
    cache = Path(tempfile.gettempdir()) / "heldout10-go-cache"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "GOCACHE": str(cache),
           "GOPATH": str(work / "gopath"), "GOFLAGS": "", "GO111MODULE": "off",
           "GOTOOLCHAIN": "local"}
    sys.stdout.flush()
    subprocess.run(["go", "run", "main.go", "--", str(records_file)], cwd=work, check=True,
                   env=env)
    truth = Truth()
    for r in json.loads(records_file.read_text()):
        name, n, t = r["Name"], r["N"], r["T"]
        truth.add(**{f"{name}/ns/op": t / n, f"{name}/B/op": r["MemB"] // n,
                     f"{name}/allocs/op": r["Allocs"] // n})
        if r["Bytes"] > 0:
            truth.add(**{f"{name}/MB/s": r["Bytes"] * n / t * 1000})
        for unit, value in (r["Extra"] or {}).items():
            truth.add(**{f"{name}/{unit}": value})
        truth.allow(**{f"{name}/N": n})
    version = subprocess.run(["go", "version"], capture_output=True, text=True, env=env)
    truth.write("testing.BenchmarkResult values written as JSON by the Go program (ns/op = "
                "T/N, B/op and allocs/op by integer division, MB/s, Extra); N optional; "
                f"goos/goarch/pkg and benchtime = params; {version.stdout.strip()}",
                libraries=(), params={"goos": "linux", "goarch": "amd64",
                                      "pkg": "corpus/bench", "benchtime": "200ms",
                                      "benchmem": True},
                rel=5.1e-3, abs_tol=5.1e-3)  # Go prints ns/op to 3-4 significant digits


if __name__ == "__main__":
    main(__file__, {"go-bench": run}, root=HELDOUT10)
