"""Thread scaling: K threads each run the same pure-Python CPU-bound function at once.

    scaling.py [MAX_THREADS] [--iters N] [--repeat R] [--machine]

For K = 1, 2, 4, ... up to MAX_THREADS (default: the CPU count; MAX_THREADS itself is always
included), starts K threads, lets them all pass a barrier together, and times from the barrier
until the last one is joined (thread start-up is not timed; bench/threads/micro.py measures it).
Prints for each K the wall time, the throughput relative to K=1 (K * t1 / tK: K means perfect
scaling, 1 means no parallelism, as under CPython's GIL) and the efficiency (relative / K).
Each thread does the same work (about 0.5 s single-threaded under CPython with the default
--iters) on its own data and the results are checked. Best of R runs per K (default 1).
--machine prints `result NAME VALUE UNIT` lines only, for bench/threads/run.py.
Imports only sys, time, threading (and os under CPython, for the CPU count).
"""
import sys
import threading
import time


def cpu_count():
    f = getattr(sys, "_weft_cpu_count", None)
    if f is not None:
        return f()
    if sys.implementation.name == "cpython":
        try:
            import os
        except ImportError:
            return 1
        if hasattr(os, "sched_getaffinity"):
            return len(os.sched_getaffinity(0))
        return os.cpu_count() or 1
    return 1


def mix(a, b):
    return (a * 31 + b) % 1000003


def work(n, seed):
    # arithmetic, a call, a small thread-local list and a dict: typical interpreter work
    table = [seed + i for i in range(64)]
    counts = {}
    x = seed
    for i in range(n):
        x = mix(x, table[i & 63])
        if x & 7 == 0:
            table[i & 63] = x & 0xFFFF
            k = x & 15
            counts[k] = counts.get(k, 0) + 1
    return x, sum(table), sorted(counts.items())


def run_k(k, iters):
    results = [None] * k
    barrier = threading.Barrier(k + 1)

    def worker(slot):
        barrier.wait()
        results[slot] = work(iters, 7)

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(k)]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    return elapsed, results


def parse_args(argv):
    opts = {"max": None, "iters": 4_000_000, "repeat": 1, "machine": False}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--machine":
            opts["machine"] = True
        elif a in ("--iters", "--repeat"):
            i += 1
            opts[a[2:]] = int(argv[i])
        elif a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        else:
            opts["max"] = int(a)
        i += 1
    return opts


def main():
    opts = parse_args(sys.argv[1:])
    max_k = opts["max"] or cpu_count()
    ks = []
    k = 1
    while k < max_k:
        ks.append(k)
        k *= 2
    ks.append(max_k)
    iters, repeat, machine = opts["iters"], opts["repeat"], opts["machine"]
    impl = sys.implementation.name
    if not machine:
        print(f"{impl}: {iters} iterations per thread, K up to {max_k} (cpus: {cpu_count()}), best of {repeat}")
        print(f"{'threads':>7} {'wall s':>9} {'relative':>9} {'efficiency':>11}")
    else:
        print(f"result cpus {cpu_count()} count")
        print(f"result iters {iters} count")
    expected = None
    t1 = None
    for k in ks:
        best = None
        for _ in range(repeat):
            elapsed, results = run_k(k, iters)
            if expected is None:
                expected = results[0]
            if any(r != expected for r in results):
                print(f"K={k}: wrong result {results}", file=sys.stderr)
                sys.exit(1)
            best = elapsed if best is None else min(best, elapsed)
        if t1 is None:
            t1 = best
        rel = k * t1 / best
        if machine:
            print(f"result k{k}.wall {best:.4f} s")
            print(f"result k{k}.relative {rel:.3f} x")
        else:
            print(f"{k:>7} {best:>9.3f} {rel:>9.2f} {100 * rel / k:>10.0f}%", flush=True)
    if not machine:
        print("checksum:", expected[0], expected[1])


if __name__ == "__main__":
    main()
