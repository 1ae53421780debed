# Stress: 4 producers x 4 consumers through one bounded queue, results merged under a lock.
import queue
import threading

P = C = 4
N = 5000
q = queue.Queue(maxsize=64)
lock = threading.Lock()
seen = {}
sums = []


def producer(p):
    for i in range(N):
        q.put((p, i))


def consumer():
    local = {}
    s = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        p, i = item
        local[p] = local.get(p, 0) + 1
        s += i
        q.task_done()
    with lock:
        for p, n in local.items():
            seen[p] = seen.get(p, 0) + n
        sums.append(s)


cons = [threading.Thread(target=consumer) for _ in range(C)]
prods = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
q.join()
for t in cons:
    t.join()
print(sorted(seen.items()), sum(sums), P * N * (N - 1) // 2, len(sums))
print(q.unfinished_tasks, q.empty())
