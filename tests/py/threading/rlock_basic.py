# threading.RLock: re-entrancy, ownership, errors.
import threading

r = threading.RLock()
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)

with r:
    with r:
        with r:
            print("three deep")
print(r.acquire(timeout=0.01))

out = []


def other():
    out.append(("nonblocking", r.acquire(blocking=False)))
    out.append(("timeout", r.acquire(timeout=0.01)))
    try:
        r.release()
    except RuntimeError as e:
        out.append((type(e).__name__, str(e)))


t = threading.Thread(target=other)
t.start()
t.join()
for item in out:
    print(item)
r.release()

# recursive function locking on every level
calls = []


def fact(n):
    with r:
        calls.append(n)
        return 1 if n <= 1 else n * fact(n - 1)


res = []
threads = [threading.Thread(target=lambda k=k: res.append(fact(k))) for k in (5, 6, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(res), len(calls))

# waiting for an RLock held recursively by another thread
hold = threading.Event()
done = threading.Event()


def holder():
    r.acquire()
    r.acquire()
    hold.set()
    done.wait()
    r.release()
    r.release()


t = threading.Thread(target=holder)
t.start()
hold.wait()
print("main can take it:", r.acquire(blocking=False))
done.set()
t.join()
print("after holder exit:", r.acquire(blocking=False))
r.release()
print(repr(r).split(" at ")[0])
