# Queue.task_done() / Queue.join() with a pool of worker threads.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with lock:
                results.append((item, item ** 2))
        finally:
            q.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
for w in workers:
    w.start()
for i in range(50):
    q.put(i)
q.join()
print("joined after first batch:", len(results), q.unfinished_tasks)
for i in range(50, 80):
    q.put(i)
q.join()
print("joined after second batch:", len(results), sum(v for _, v in results))
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print(sorted(results)[:3], sorted(results)[-1], q.empty(), q.unfinished_tasks)
print([w.is_alive() for w in workers])
