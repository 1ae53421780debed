# The _thread module: start_new_thread, allocate_lock, get_ident, error.
import _thread
import threading

print(_thread.error is RuntimeError, _thread.LockType is type(_thread.allocate_lock()))
print(type(_thread.get_ident()).__name__, _thread.TIMEOUT_MAX > 0, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(1, 0.01))
lock.release()
try:
    lock.release()
except _thread.error as e:
    print(type(e).__name__, e)

results = []
results_lock = _thread.allocate_lock()
done = _thread.allocate_lock()
pending = [4]
done.acquire()


def worker(n, scale=1):
    value = sum(range(n)) * scale
    with results_lock:
        results.append((n, value, _thread.get_ident() != main_ident))
        pending[0] -= 1
        if pending[0] == 0:
            done.release()


main_ident = _thread.get_ident()
idents = []
for n in (10, 20, 30):
    idents.append(_thread.start_new_thread(worker, (n,)))
idents.append(_thread.start_new_thread(worker, (40,), {"scale": 2}))
done.acquire()  # blocks until the last worker releases it
print(sorted(results))
print(all(type(i) is int for i in idents), main_ident not in idents)

for args in ((1, ()), (print, 1), (print, (), 1)):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# lock used as a context manager and released by another thread
gate = _thread.allocate_lock()
gate.acquire()
finished = _thread.allocate_lock()
finished.acquire()
order = []


def opener():
    order.append("opener runs")
    gate.release()
    finished.release()


_thread.start_new_thread(opener, ())
with gate:
    order.append("main got gate")
finished.acquire()
print(order)
print(isinstance(_thread.allocate_lock(), _thread.LockType))
