#!/usr/bin/env python3
"""Compare weft with CPython on the threading benchmarks in this directory.

    python3 bench/threads/run.py [--weft PATH] [--python EXE] [--max-threads K]
                                 [--iters N] [--scale F] [--timeout S] [scaling] [micro]

Runs scaling.py (K threads doing the same CPU-bound work, K = 1, 2, 4, ... up to
--max-threads, default the CPU count) and micro.py (thread start/join, cross-thread method
calls, lock, queue throughput) under python3 and under weft (default: target/release/weft),
and prints a comparison table for each. A run that fails (non-zero exit, timeout, missing
output) is reported with its last stderr line and its column shows FAIL.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")


def run(exe, script, args, timeout):
    """{name: (value, unit)} from the script's `result` lines, or an error string."""
    try:
        p = subprocess.run([exe, script, "--machine", *args], cwd=HERE, env=ENV,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"timeout after {timeout}s"
    except OSError as e:
        return f"cannot run: {e}"
    results = {}
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "result":
            try:
                results[parts[1]] = (float(parts[2]), parts[3])
            except ValueError:
                pass
    if p.returncode != 0 or not results:
        lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        return f"exit {p.returncode}: {lines[-1] if lines else 'no results'}"
    return results


def fmt(v, width, prec=3):
    return f"{'FAIL':>{width}}" if v is None else f"{v:>{width}.{prec}f}"


def scaling_table(py, wf, max_k):
    print(f"\n== scaling.py: K threads x the same CPU-bound work (max K = {max_k})")
    for label, r in (("python3", py), ("weft", wf)):
        if isinstance(r, str):
            print(f"   {label}: FAIL ({r})")
    get = lambda r, key: r.get(key, (None,))[0] if isinstance(r, dict) else None
    ks = sorted({int(k[1:].split(".")[0]) for r in (py, wf) if isinstance(r, dict)
                 for k in r if k.startswith("k") and k.endswith(".wall")})
    header = (f"{'threads':>7} {'python3 s':>10} {'py rel':>7} {'weft s':>10} {'weft rel':>9}"
              f" {'weft eff':>9} {'weft/py time':>13}")
    print(header)
    print("-" * len(header))
    for k in ks:
        pw, pr = get(py, f"k{k}.wall"), get(py, f"k{k}.relative")
        ww, wr = get(wf, f"k{k}.wall"), get(wf, f"k{k}.relative")
        eff = f"{100 * wr / k:>8.0f}%" if wr is not None else f"{'-':>9}"
        ratio = f"{ww / pw:>13.2f}" if pw and ww else f"{'-':>13}"
        print(f"{k:>7} {fmt(pw, 10)} {fmt(pr, 7, 2)} {fmt(ww, 10)} {fmt(wr, 9, 2)} {eff} {ratio}")
    print("   rel = K * t(1) / t(K): throughput relative to one thread (K is perfect scaling)")


def micro_table(py, wf):
    print("\n== micro.py")
    for label, r in (("python3", py), ("weft", wf)):
        if isinstance(r, str):
            print(f"   {label}: FAIL ({r})")
    names = []
    for r in (py, wf):
        if isinstance(r, dict):
            names += [k for k in r if k not in names]
    header = f"{'benchmark':<20} {'unit':>8} {'python3':>12} {'weft':>12} {'weft vs python3':>16}"
    print(header)
    print("-" * len(header))
    for name in names:
        pv = py.get(name) if isinstance(py, dict) else None
        wv = wf.get(name) if isinstance(wf, dict) else None
        unit = (pv or wv)[1]
        higher_better = unit.endswith("/s")
        cmp = "-"
        if pv and wv and pv[0] > 0 and wv[0] > 0:
            speed = wv[0] / pv[0] if higher_better else pv[0] / wv[0]
            cmp = f"{speed:.2f}x {'faster' if speed >= 1 else 'slower'}"
        show = lambda v: f"{'FAIL':>12}" if v is None else (
            f"{v[0]:>12,.0f}" if higher_better else f"{v[0]:>12.3f}")
        print(f"{name:<20} {unit:>8} {show(pv)} {show(wv)} {cmp:>16}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weft", default=os.path.join(ROOT, "target", "release", "weft"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--max-threads", type=int, default=None, help="largest K for scaling.py")
    ap.add_argument("--iters", type=int, default=None, help="iterations per thread in scaling.py")
    ap.add_argument("--repeat", type=int, default=1, help="best of N per K in scaling.py")
    ap.add_argument("--scale", type=float, default=None, help="repetition scale for micro.py")
    ap.add_argument("--timeout", type=float, default=600.0, help="per script run, seconds")
    ap.add_argument("which", nargs="*", help="scaling and/or micro (default: both)")
    args = ap.parse_args()
    for w in args.which:
        if w not in ("scaling", "micro"):
            ap.error(f"unknown benchmark {w!r} (choose scaling or micro)")
    weft = os.path.abspath(args.weft) if os.sep in args.weft else args.weft
    which = args.which or ["scaling", "micro"]
    max_k = args.max_threads
    if max_k is None:
        max_k = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    print(f"python3: {args.python}   weft: {weft}")
    failed = False
    if "scaling" in which:
        sargs = [str(max_k), "--repeat", str(args.repeat)]
        if args.iters:
            sargs += ["--iters", str(args.iters)]
        py = run(args.python, "scaling.py", sargs, args.timeout)
        wf = run(weft, "scaling.py", sargs, args.timeout)
        scaling_table(py, wf, max_k)
        failed |= isinstance(py, str) or isinstance(wf, str)
    if "micro" in which:
        margs = ["--scale", str(args.scale)] if args.scale else []
        py = run(args.python, "micro.py", margs, args.timeout)
        wf = run(weft, "micro.py", margs, args.timeout)
        micro_table(py, wf)
        failed |= isinstance(py, str) or isinstance(wf, str)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
