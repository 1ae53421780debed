# All five workers run at once, but each prints only after the previous one has printed
# (a chain of Events), so the order is fixed; the last one ends the chain.
import threading

events = [threading.Event() for _ in range(6)]


def worker(n):
    events[n].wait()
    print(f"Worker: {n}")
    events[n + 1].set()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in reversed(threads):
    t.start()
events[0].set()
for t in threads:
    t.join()
print("chain complete:", events[5].is_set())
