"""Threading micro-benchmarks.

    micro.py [--scale F] [--machine]

  thread_start_join   start + join of a trivial thread, averaged over 200 (µs per thread)
  shared_list_append  a worker thread does 10k `shared.append(i)` on a list owned by the main
                      thread (µs per append, timed inside the worker)
  local_list_append   the same loop on the worker's own list, for comparison (µs per append)
  shared_method_call  a worker calls a method of an instance owned by the main thread 10k times
                      (µs per call)
  lock_uncontended    Lock acquire + release in one thread (µs per pair)
  queue_throughput    200k items put by one thread and got by another through a Queue
                      (items per second)
--scale multiplies the repetition counts (e.g. 0.1 for a quick check). --machine prints
`result NAME VALUE UNIT` lines only, for bench/threads/run.py. Each figure is the best of 3.
Imports only sys, time, threading, queue.
"""
import queue
import sys
import threading
import time

SCALE = 1.0


def n(count):
    return max(1, int(count * SCALE))


def noop():
    pass


def thread_start_join():
    count = n(200)
    t0 = time.perf_counter()
    for _ in range(count):
        t = threading.Thread(target=noop)
        t.start()
        t.join()
    return (time.perf_counter() - t0) / count * 1e6


def in_worker(fn):
    box = []
    t = threading.Thread(target=lambda: box.append(fn()))
    t.start()
    t.join()
    return box[0]


def shared_list_append():
    shared = []
    count = n(10_000)

    def body():
        t0 = time.perf_counter()
        for i in range(count):
            shared.append(i)
        return time.perf_counter() - t0
    elapsed = in_worker(body)
    assert len(shared) == count and shared[-1] == count - 1
    return elapsed / count * 1e6


def local_list_append():
    count = n(10_000)

    def body():
        mine = []
        t0 = time.perf_counter()
        for i in range(count):
            mine.append(i)
        return time.perf_counter() - t0
    return in_worker(body) / count * 1e6


class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total


def shared_method_call():
    acc = Accumulator()
    count = n(10_000)

    def body():
        t0 = time.perf_counter()
        for i in range(count):
            acc.add(i)
        return time.perf_counter() - t0
    elapsed = in_worker(body)
    assert acc.total == count * (count - 1) // 2
    return elapsed / count * 1e6


def lock_uncontended():
    lock = threading.Lock()
    count = n(200_000)
    t0 = time.perf_counter()
    for _ in range(count):
        lock.acquire()
        lock.release()
    return (time.perf_counter() - t0) / count * 1e6


def queue_throughput():
    count = n(200_000)
    q = queue.Queue(maxsize=1000)
    got = []

    def producer():
        put = q.put
        for i in range(count):
            put(i)
        put(None)

    def consumer():
        get = q.get
        s = 0
        while True:
            x = get()
            if x is None:
                break
            s += x
        got.append(s)

    c = threading.Thread(target=consumer)
    p = threading.Thread(target=producer)
    t0 = time.perf_counter()
    c.start()
    p.start()
    p.join()
    c.join()
    elapsed = time.perf_counter() - t0
    assert got == [count * (count - 1) // 2], got
    return count / elapsed


BENCHES = [
    ("thread_start_join", thread_start_join, "us", "low"),
    ("shared_list_append", shared_list_append, "us", "low"),
    ("local_list_append", local_list_append, "us", "low"),
    ("shared_method_call", shared_method_call, "us", "low"),
    ("lock_uncontended", lock_uncontended, "us", "low"),
    ("queue_throughput", queue_throughput, "items/s", "high"),
]


def main():
    global SCALE
    machine = False
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--machine":
            machine = True
        elif args[i] == "--scale":
            i += 1
            SCALE = float(args[i])
        elif args[i] in ("-h", "--help"):
            print(__doc__)
            return
        else:
            print(f"unknown argument {args[i]!r}", file=sys.stderr)
            sys.exit(2)
        i += 1
    if not machine:
        print(f"{sys.implementation.name}: best of 3")
        print(f"{'benchmark':<20} {'value':>14} unit")
    for name, fn, unit, better in BENCHES:
        runs = [fn() for _ in range(3)]
        best = min(runs) if better == "low" else max(runs)
        if machine:
            print(f"result {name} {best:.6g} {unit}", flush=True)
        else:
            shown = f"{best:,.0f}" if unit == "items/s" else f"{best:.3f}"
            print(f"{name:<20} {shown:>14} {unit} ({'lower' if better == 'low' else 'higher'} is better)", flush=True)


if __name__ == "__main__":
    main()
