# Stress: 100k ints through a Queue between two threads, sum checked.
import queue
import threading

N = 100_000
q = queue.Queue(maxsize=1000)
result = {}


def producer():
    for i in range(N):
        q.put(i)
    q.put(-1)


def consumer():
    s = n = 0
    last = -1
    in_order = True
    while True:
        x = q.get()
        if x < 0:
            break
        in_order = in_order and x == last + 1
        last = x
        s += x
        n += 1
    result.update(sum=s, count=n, in_order=in_order)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(result)
print(result["sum"] == N * (N - 1) // 2)

# SimpleQueue, unbounded
sq = queue.SimpleQueue()
got = []
t = threading.Thread(target=lambda: [got.append(sq.get()) for _ in range(20_000)])
t.start()
for i in range(20_000):
    sq.put(i)
t.join()
print(len(got), got == list(range(20_000)))
