# Queue, LifoQueue, PriorityQueue and SimpleQueue ordering and size queries.
import queue

data = [5, 1, 4, 2, 3]
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    print(cls.__name__, q.empty(), q.qsize())
    for x in data:
        q.put(x)
    print(" size", q.qsize(), q.empty())
    print(" order", [q.get() for _ in range(len(data))], q.empty())

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "first"), (1, "y")]:
    pq.put(item)
print([pq.get() for _ in range(5)])


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio


pq2 = queue.PriorityQueue()
for p, n in [(3, "low"), (1, "high"), (2, "mid")]:
    pq2.put(Task(p, n))
print([pq2.get().name for _ in range(3)])

sq = queue.SimpleQueue()
sq.put_nowait("a")
sq.put("b", block=False, timeout=5)
print(sq.get_nowait(), sq.get(False), sq.empty(), sq.qsize())
q = queue.Queue(maxsize=2)
print(q.maxsize, q.full())
q.put(1)
q.put(2)
print(q.full(), q.qsize())
q2 = queue.Queue(0)
print(q2.maxsize, q2.full())
for x in range(1000):
    q2.put(x)
print(q2.full(), q2.qsize(), sum(q2.get() for _ in range(1000)))
