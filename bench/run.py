#!/usr/bin/env python3
"""Compare weft with CPython on the benchmark programs in this directory.

    python3 bench/run.py [--weft PATH] [--repeat N] [NAME ...]

Runs every bench/*.py (except this file), or only those named, under python3 and under weft
(default: target/release/weft), checks that both print the same output, and prints a table of
the best-of-N wall-clock times, the ratio weft/python3 and the geometric mean of the ratios.
A program that weft fails (non-zero exit, wrong output, timeout) is reported as FAIL and left
out of the geometric mean.
"""
import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")


def run_once(exe, script, timeout):
    start = time.perf_counter()
    try:
        p = subprocess.run([exe, script], cwd=HERE, env=ENV, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, f"timeout after {timeout}s"
    except OSError as e:
        return None, None, f"cannot run: {e}"
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        return None, p.stdout, f"exit {p.returncode}: {lines[-1] if lines else ''}"
    return elapsed, p.stdout, None


def best_pair(python, weft, script, repeat, timeout):
    """Best-of-`repeat` times of python3 and weft on `script`, runs alternating so that both
    see the same machine load (timings on shared machines drift by tens of percent).

    Returns (py_time, weft_time, error): error names whichever side failed first."""
    py_best = w_best = None
    expected = None
    for _ in range(repeat):
        t, out, err = run_once(python, script, timeout)
        if err:
            return None, None, f"python3: {err}"
        expected = out if expected is None else expected
        py_best = t if py_best is None else min(py_best, t)
        t, out, err = run_once(weft, script, timeout)
        if err:
            return py_best, None, f"weft: {err}"
        if out != expected:
            return py_best, None, "weft: output differs from python3"
        w_best = t if w_best is None else min(w_best, t)
    return py_best, w_best, None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weft", default=os.path.join(ROOT, "target", "release", "weft"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0, help="per run, seconds")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()
    weft = os.path.abspath(args.weft) if os.sep in args.weft else args.weft
    programs = sorted(f for f in os.listdir(HERE)
                      if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if args.names:
        wanted = {n.removesuffix(".py") for n in args.names}
        programs = [p for p in programs if p.removesuffix(".py") in wanted]
    print(f"python3: {args.python}   weft: {weft}   best of {args.repeat}")
    header = f"{'program':<16} {'python3 s':>10} {'weft s':>10} {'weft/python3':>13}"
    print(header)
    print("-" * len(header))
    ratios, failures = [], []
    for prog in programs:
        name = prog.removesuffix(".py")
        py_t, w_t, err = best_pair(args.python, weft, prog, args.repeat, args.timeout)
        if err:
            shown = f"{py_t:>10.3f}" if py_t is not None else f"{'FAIL':>10}"
            print(f"{name:<16} {shown} {'FAIL':>10} {'-':>13}   {err}", flush=True)
            failures.append(name)
            continue
        ratio = w_t / py_t
        ratios.append(ratio)
        print(f"{name:<16} {py_t:>10.3f} {w_t:>10.3f} {ratio:>13.2f}", flush=True)
    print("-" * len(header))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<16} {'':>10} {'':>10} {geo:>13.2f}   ({len(ratios)} of {len(programs)} programs)")
    else:
        print("geometric mean: n/a (no program ran under weft)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
