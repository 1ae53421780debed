# Shared list/dict/set mutated under a lock from several threads.
import threading

lock = threading.Lock()
items = []
table = {}
groups = {}
seen = set()
totals = {"sum": 0, "count": 0}
text = [""]


def worker(w):
    for i in range(200):
        v = w * 1000 + i
        with lock:
            items.append(v)
            table[v] = w
            groups.setdefault(i % 5, []).append(v)
            seen.add(i)
            totals["sum"] += v
            totals["count"] += 1
            if i < 3:
                text[0] += str(w)


threads = [threading.Thread(target=worker, args=(w,)) for w in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), sorted(items)[:3])
print(len(table), sorted(table)[-3:], sum(table.values()))
print(sorted((k, len(v)) for k, v in groups.items()))
print(len(seen), min(seen), max(seen))
print(totals)
print(len(text[0]), "".join(sorted(text[0])))
print(sorted(items) == sorted(w * 1000 + i for w in range(5) for i in range(200)))


def remover(lo, hi):
    for v in range(lo, hi):
        with lock:
            items.remove(v)
            del table[v]
            seen.discard(v % 200)


threads = [threading.Thread(target=remover, args=(w * 1000, w * 1000 + 200)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(table), len(seen), items[:3])
