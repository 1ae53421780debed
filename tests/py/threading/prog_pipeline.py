# Real program: a 3-stage pipeline connected by queues (parse -> transform -> aggregate).
import queue
import threading

DONE = None
raw = queue.Queue(maxsize=10)
parsed = queue.Queue(maxsize=10)
transformed = queue.Queue(maxsize=10)
records = [f"{i},{'abcdefghij'[i % 10]},{i * 7 % 13}" for i in range(300)]


def source():
    for r in records:
        raw.put(r)
    raw.put(DONE)


def parse():
    while (line := raw.get()) is not DONE:
        i, tag, val = line.split(",")
        parsed.put((int(i), tag, int(val)))
    parsed.put(DONE)


def transform():
    while (item := parsed.get()) is not DONE:
        i, tag, val = item
        transformed.put((tag.upper(), val * val, i % 2 == 0))
    transformed.put(DONE)


summary = {}


def aggregate():
    order = []
    while (item := transformed.get()) is not DONE:
        tag, sq, even = item
        entry = summary.setdefault(tag, [0, 0, 0])
        entry[0] += 1
        entry[1] += sq
        entry[2] += even
        order.append(tag)
    summary["_first"] = order[:12]


stages = [threading.Thread(target=f, name=f.__name__) for f in (source, parse, transform, aggregate)]
for t in stages:
    t.start()
for t in stages:
    t.join()
print("order preserved:", "".join(summary.pop("_first")))
for tag in sorted(summary):
    print(tag, summary[tag])
print(sum(v[0] for v in summary.values()), [q.empty() for q in (raw, parsed, transformed)])
