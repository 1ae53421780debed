# Priority task queue with a hand-written heap, retries, and an exit status summarising failures.
import sys


class Task:
    _seq = 0

    def __init__(self, name, priority, work, retries=0):
        Task._seq += 1
        self.seq = Task._seq
        self.name, self.priority, self.work, self.retries = name, priority, work, retries
        self.attempts = 0

    def key(self):
        return (self.priority, self.seq)

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"<Task {self.name} p={self.priority} try={self.attempts}>"


def heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[i] < heap[(i - 1) >> 1]:
        heap[i], heap[(i - 1) >> 1] = heap[(i - 1) >> 1], heap[i]
        i = (i - 1) >> 1


def heappop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while (c := 2 * i + 1) < len(heap):
            if c + 1 < len(heap) and heap[c + 1] < heap[c]:
                c += 1
            if not heap[c] < heap[i]:
                break
            heap[i], heap[c] = heap[c], heap[i]
            i = c
    return top


flaky_state = {"count": 0}


def flaky():
    flaky_state["count"] += 1
    if flaky_state["count"] < 3:
        raise ConnectionError(f"attempt {flaky_state['count']} timed out")
    return "connected"


def divide():
    return 10 / 0


def parse():
    return int("42") + int("0x10", 16)


heap = []
for t in [Task("backup", 5, lambda: "done"), Task("net", 1, flaky, retries=3), Task("math", 2, divide, retries=1),
          Task("parse", 2, parse), Task("lookup", 3, lambda: {}["missing"]), Task("idle", 9, lambda: None)]:
    heappush(heap, t)
print([t.name for t in sorted(heap)])
results, failures = {}, {}
while heap:
    task = heappop(heap)
    task.attempts += 1
    try:
        results[task.name] = task.work()
        print(f"ok    {task!r:<28} -> {results[task.name]!r}")
    except (ConnectionError, ArithmeticError) as e:
        if task.attempts <= task.retries:
            print(f"retry {task!r:<28} after {type(e).__name__}: {e}")
            task.priority += 10
            heappush(heap, task)
        else:
            failures[task.name] = e
            print(f"FAIL  {task!r:<28} {type(e).__name__}: {e}")
    except Exception as e:
        failures[task.name] = e
        print(f"FAIL  {task!r:<28} unexpected {e.__class__.__name__}: {e}")
print("results:", results)
print("failures:", {k: repr(v) for k, v in failures.items()})
print(isinstance(failures.get("math"), ZeroDivisionError), issubclass(ConnectionError, OSError))
sys.exit(len(failures))
