# A three-stage pipeline over concurrent.interpreters (PEP 734): parse -> transform ->
# aggregate, each stage in its own interpreter (and so its own thread, running in
# parallel), connected by cross-interpreter queues. See docs/interpreters.md.
#
#   main --lines--> [parse] --records--> [transform] --records--> [aggregate] --result--> main
#
# What crosses: batches of lines and records are tuples of str/int/float, which are
# shareable (passed without copying); the final result is a dict, deep-copied back to main.
# A None on a queue tells the stage reading it that its input is finished.
from concurrent import interpreters
import math
import sys
import time

N_RECORDS = 20_000
BATCH = 500
CATEGORIES = ("alpha", "beta", "gamma", "delta", "epsilon")
DONE = None  # the sentinel that ends each stage


def generate(n, seed=12345):
    """n CSV lines 'id,category,reading', from a small linear congruential generator."""
    lines = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        category = CATEGORIES[x % len(CATEGORIES)]
        reading = (x >> 8) % 10_000 / 100  # 0.00 .. 99.99
        lines.append(f"{i},{category},{reading:.2f}")
    return lines


def parse_line(line):
    ident, category, reading = line.split(",")
    return (int(ident), category, float(reading))


def make_transform(offset, scale):
    """A closure: the stage's interpreter gets a copy of offset and scale."""
    def transform(record):
        ident, category, reading = record
        return (ident, category, round(math.sqrt(reading + offset) * scale, 6))
    return transform


def new_summary():
    return {}


def add_to_summary(summary, record):
    _, category, value = record
    count, total, low, high = summary.get(category, (0, 0.0, math.inf, -math.inf))
    summary[category] = (count + 1, total + value, min(low, value), max(high, value))


# The stages. Each runs in its own interpreter: arguments (queues, functions) are copied
# or shared on the way in, and module globals such as DONE are read from main on demand.

def parse_stage(inbox, outbox):
    while (batch := inbox.get()) is not DONE:
        outbox.put(tuple(parse_line(line) for line in batch))
    outbox.put(DONE)


def map_stage(inbox, outbox, fn):
    while (batch := inbox.get()) is not DONE:
        outbox.put(tuple(map(fn, batch)))
    outbox.put(DONE)


def aggregate_stage(inbox, outbox):
    summary = new_summary()
    while (batch := inbox.get()) is not DONE:
        for record in batch:
            add_to_summary(summary, record)
    outbox.put(summary)  # a dict: deep-copied to the receiver


def single_threaded(lines, transform):
    summary = new_summary()
    for line in lines:
        add_to_summary(summary, transform(parse_line(line)))
    return summary


def main():
    lines = generate(N_RECORDS)
    transform = make_transform(offset=1.0, scale=10.0)

    start = time.perf_counter()
    raw, parsed, transformed, result = (interpreters.create_queue(maxsize=8),
                                        interpreters.create_queue(maxsize=8),
                                        interpreters.create_queue(maxsize=8),
                                        interpreters.create_queue())
    stages = [interpreters.create() for _ in range(3)]
    threads = [
        stages[0].call_in_thread(parse_stage, raw, parsed),
        stages[1].call_in_thread(map_stage, parsed, transformed, transform),
        stages[2].call_in_thread(aggregate_stage, transformed, result),
    ]
    for i in range(0, len(lines), BATCH):
        raw.put(tuple(lines[i:i + BATCH]))  # a tuple of str: shareable
    raw.put(DONE)
    summary = result.get()
    for t in threads:
        t.join()
    for interp in stages:
        interp.close()
    elapsed = time.perf_counter() - start

    expected = single_threaded(lines, transform)
    assert sorted(summary) == sorted(expected), (sorted(summary), sorted(expected))
    for category, (count, total, low, high) in expected.items():
        c2, t2, l2, h2 = summary[category]
        assert (c2, l2, h2) == (count, low, high), category
        assert math.isclose(t2, total, rel_tol=1e-12), category

    print(f"records: {N_RECORDS} in {N_RECORDS // BATCH} batches, 3 stages in "
          f"{len(stages)} interpreters")
    for category in sorted(summary):
        count, total, low, high = summary[category]
        print(f"  {category:<8} n={count:<5} mean={total / count:8.3f} "
              f"min={low:8.3f} max={high:8.3f}")
    print("interpreters left:", len(interpreters.list_all()))
    if "-v" in sys.argv:
        print(f"pipeline time: {elapsed:.3f} s")
    print("pipeline OK")


if __name__ == "__main__":
    main()
