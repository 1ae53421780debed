# threading.Lock: acquire/release, non-blocking, timeout, locked(), context manager, errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside with", lock.locked())
print("after with", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -2}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(lock).split(" at ")[0])
lock.acquire()
print(repr(lock).split(" at ")[0])

# held by main: another thread cannot take it without blocking
results = []


def try_take():
    results.append(("nonblocking", lock.acquire(blocking=False)))
    results.append(("timeout", lock.acquire(timeout=0.01)))


t = threading.Thread(target=try_take)
t.start()
t.join()
print(results)

# a Lock may be released by a thread that did not acquire it
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", lock.locked())

# a thread blocks until main releases
started = threading.Event()
got = []


def waiter():
    started.set()
    with lock:
        got.append("got it")


lock.acquire()
t = threading.Thread(target=waiter)
t.start()
started.wait()
t.join(0.02)
print("waiter still blocked:", t.is_alive(), got)
lock.release()
t.join()
print("waiter done:", t.is_alive(), got)

# exception inside with releases the lock
try:
    with lock:
        raise KeyError("inside")
except KeyError as e:
    print(type(e).__name__, e, lock.locked())
print(threading.Lock is threading.Lock, isinstance(lock, type(threading.Lock())))
