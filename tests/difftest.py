#!/usr/bin/env python3
"""Run the differential suite (tests/py) against a weft binary, printing one line per test.

    tests/difftest.py [FILTER] [--weft PATH] [--build] [-j N] [-v]

FILTER keeps tests whose path (relative to tests/py) contains it. Each test runs under
python3 and under weft (default: target/release/weft); stdout must match exactly, and so must
the exit status and the last non-empty line of stderr. Same rules as the Rust harness
(tests/src/lib.rs, run by `cargo test`): files and directories starting with '_' are helpers,
tests/py/XFAIL lists known failures, scratch files `_tmp_<test>.*` are deleted after each run.
Exit status: 0 when nothing failed (XFAIL/XPASS do not count), 1 otherwise.
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(HERE, "py")
ROOT = os.path.dirname(HERE)
TIMEOUT = 20
PYTHON = os.environ.get("WEFT_DIFF_PYTHON") or "python3"
ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS"):
    ENV.pop(var, None)


def collect(filt):
    tests = []
    for dirpath, dirnames, filenames in os.walk(SUITE):
        dirnames[:] = [d for d in dirnames if not d.startswith(("_", "."))]
        for f in filenames:
            if f.endswith(".py") and not f.startswith(("_", ".")):
                rel = os.path.relpath(os.path.join(dirpath, f), SUITE).replace(os.sep, "/")
                if not filt or filt in rel:
                    tests.append(rel)
    return sorted(tests)


def read_xfail():
    try:
        with open(os.path.join(SUITE, "XFAIL"), encoding="utf-8") as f:
            lines = [line.split("#")[0].strip() for line in f]
    except FileNotFoundError:
        return set()
    return {line.removeprefix("./") for line in lines if line}


def clean_scratch(script):
    d, name = os.path.split(script)
    prefix = "_tmp_" + os.path.splitext(name)[0] + "."
    for f in os.listdir(d):
        if f.startswith(prefix) and os.path.isfile(os.path.join(d, f)):
            os.remove(os.path.join(d, f))


def run(exe, script):
    d, name = os.path.split(script)
    try:
        p = subprocess.run([exe, name], cwd=d, env=ENV, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
        status = f"exit {p.returncode}" if p.returncode >= 0 else f"signal {-p.returncode}"
        out, err = p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        status, out, err = f"timeout after {TIMEOUT}s", e.stdout or b"", e.stderr or b""
    except OSError as e:
        status, out, err = f"failed to start: {e}", b"", b""
    finally:
        clean_scratch(script)
    lines = [line.rstrip() for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
    return status, out.decode("utf-8", "replace"), lines[-1] if lines else ""


def check(rel, weft, verbose):
    script = os.path.join(SUITE, rel)
    want = run(PYTHON, script)
    if not want[0].startswith("exit"):
        return [f"  reference run under python3 did not complete ({want[0]})"]
    got = run(weft, script)
    diff = []
    if want[1] != got[1]:
        if verbose:
            diff += ["  " + l for l in difflib.unified_diff(
                want[1].splitlines(), got[1].splitlines(), "python3", "weft", lineterm="")]
        else:
            w, g = want[1].splitlines(True), got[1].splitlines(True)
            i = next((k for k, (a, b) in enumerate(zip(w, g)) if a != b), min(len(w), len(g)))
            show = lambda v: repr(v[i][:160]) if i < len(v) else "<end of output>"
            diff.append(f"  stdout differs at line {i + 1} (python3 {len(w)} lines, weft {len(g)} lines)")
            diff.append(f"    python3: {show(w)}")
            diff.append(f"    weft:    {show(g)}")
    if want[0] != got[0]:
        diff.append(f"  status: python3 {want[0]}, weft {got[0]}")
    if want[2] != got[2]:
        diff.append(f"  stderr last line:\n    python3: {want[2]!r}\n    weft:    {got[2]!r}")
    return diff


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filter", nargs="?", default="", help="substring of the test path")
    ap.add_argument("--weft", default=os.path.join(ROOT, "target", "release", "weft"))
    ap.add_argument("--build", action="store_true", help="cargo build --release -p weft-cli first")
    ap.add_argument("-j", "--jobs", type=int, default=max(2, min(8, os.cpu_count() or 2)))
    ap.add_argument("-v", "--verbose", action="store_true", help="full stdout diffs")
    args = ap.parse_args()
    if args.build:
        subprocess.run(["cargo", "build", "--release", "-p", "weft-cli"], cwd=ROOT, check=True)
    weft = os.path.abspath(args.weft) if os.sep in args.weft else args.weft
    if os.sep in weft and not os.path.exists(weft):
        sys.exit(f"{weft} not found: build it with `cargo build --release -p weft-cli` (or pass --build)")
    tests = collect(args.filter)
    xfail = read_xfail()
    counts = {"PASS": 0, "FAIL": 0, "XFAIL": 0, "XPASS": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {t: pool.submit(check, t, weft, args.verbose) for t in tests}
        for t in tests:
            diff = futures[t].result()
            verdict = ("XFAIL" if diff else "XPASS") if t in xfail else ("FAIL" if diff else "PASS")
            counts[verdict] += 1
            print(f"{verdict:5} {t}", flush=True)
            if diff and (verdict == "FAIL" or args.verbose):
                print("\n".join(diff), flush=True)
    print(", ".join(f"{n} {k.lower()}" for k, n in counts.items()), f"of {len(tests)} tests")
    sys.exit(1 if counts["FAIL"] else 0)


if __name__ == "__main__":
    main()
