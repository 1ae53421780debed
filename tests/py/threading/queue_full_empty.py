# queue.Full / queue.Empty: nowait variants, timeouts, bad arguments, task_done errors.
import queue

q = queue.Queue(maxsize=2)
q.put_nowait("a")
q.put("b", block=False)
for f in (lambda: q.put_nowait("c"), lambda: q.put("c", timeout=0.01), lambda: q.put("c", False)):
    try:
        f()
    except queue.Full as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, Exception))
print(q.get_nowait(), q.get(block=False))
for f in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False), lambda: q.get(True, 0)):
    try:
        f()
    except queue.Empty as e:
        print(type(e).__name__, repr(str(e)))
for f in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
calls = 0
try:
    for _ in range(3):
        q.task_done()  # two items were taken, so the third call fails
        calls += 1
except ValueError as e:
    print(calls, type(e).__name__, e)
for cls in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    try:
        cls().get(timeout=0.001)
    except queue.Empty as e:
        print(cls.__name__, type(e).__name__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)
q3 = queue.Queue(1)
q3.put(None)
print(q3.full(), q3.get() is None, q3.empty())
