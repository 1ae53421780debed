# Real program: word count with threads counting chunks and merging dicts under a lock.
import threading

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way"""

lines = TEXT.splitlines() * 40
merged = {}
lock = threading.Lock()
per_thread = []


def count(chunk):
    local = {}
    for line in chunk:
        for raw in line.split():
            w = raw.strip(",.").lower()
            local[w] = local.get(w, 0) + 1
    with lock:
        for w, c in local.items():
            merged[w] = merged.get(w, 0) + c
        per_thread.append(sum(local.values()))


K = 6
chunks = [lines[i::K] for i in range(K)]
threads = [threading.Thread(target=count, args=(c,)) for c in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:>8} {c}")
print("distinct", len(merged), "total", sum(merged.values()), "per-thread", sorted(per_thread))
single = {}
for line in lines:
    for raw in line.split():
        w = raw.strip(",.").lower()
        single[w] = single.get(w, 0) + 1
print("matches sequential count:", single == merged)
