# Several producers and consumers: every item is consumed exactly once.
import queue
import threading

P, C, N = 3, 3, 2000
q = queue.Queue(maxsize=50)
lock = threading.Lock()
totals = []
counts = []


def producer(p):
    for i in range(N):
        q.put(p * N + i)


def consumer():
    s = n = 0
    while True:
        x = q.get()
        if x is None:
            break
        s += x
        n += 1
    with lock:
        totals.append(s)
        counts.append(n)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
consumers = [threading.Thread(target=consumer) for _ in range(C)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sum(totals), sum(range(P * N)), sum(counts), len(totals))
print(sum(totals) == sum(range(P * N)), q.empty())

# LifoQueue and PriorityQueue shared by threads
for cls in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q2 = cls()
    got = []
    ts = [threading.Thread(target=lambda b=b: [q2.put(b + i) for i in range(100)]) for b in (0, 100, 200)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    readers = [threading.Thread(target=lambda: [got.append(q2.get()) for _ in range(100)]) for _ in range(3)]
    for t in readers:
        t.start()
    for t in readers:
        t.join()
    print(cls.__name__, len(got), sorted(got) == list(range(300)), q2.empty())
