# Semaphore and BoundedSemaphore.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(5)
print(sum(s.acquire(False) for _ in range(10)))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
with b:
    print("in with", b.acquire(False), b.acquire(False))
    b.release()
print("after with", b.acquire(False))
b.release()

# limit concurrency to 3
limit = threading.BoundedSemaphore(3)
lock = threading.Lock()
active = [0]
peak = [0]
done = []


def job(i):
    with limit:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        total = sum(range(2000 * i))
        with lock:
            active[0] -= 1
        done.append(i)


threads = [threading.Thread(target=job, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 3:", peak[0] <= 3, "done", sorted(done), "active", active[0])

# semaphore as a signal: release in one thread, acquire in another
sig = threading.Semaphore(0)
order = []


def signaller():
    for i in range(3):
        order.append(i)
        sig.release()


t = threading.Thread(target=signaller)
t.start()
for _ in range(3):
    sig.acquire()
t.join()
print(order, sig.acquire(False))
