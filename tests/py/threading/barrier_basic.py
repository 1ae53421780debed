# threading.Barrier: parties, wait return values, action, abort, reset, timeout.
import threading

N = 4
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()
phase_log = []


def worker(i):
    for phase in range(3):
        with lock:
            phase_log.append((phase, i))
        idx = b.wait()
        with lock:
            indices.append(idx)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), actions)
# every thread finished phase p before anyone started phase p+1
print([p for p, _ in phase_log] == sorted(p for p, _ in phase_log))
print(b.n_waiting, b.broken)

# abort breaks waiting threads
b2 = threading.Barrier(3)
errors = []


def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


ws = [threading.Thread(target=waiter) for _ in range(2)]
for t in ws:
    t.start()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
b2.abort()
for t in ws:
    t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, repr(str(e)), isinstance(e, RuntimeError))
b2.reset()
print("after reset", b2.broken, b2.n_waiting)

# timeout breaks the barrier
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("timeout ->", type(e).__name__, b3.broken)

# action raising breaks the barrier for everyone
def bad_action():
    raise ValueError("action failed")


b4 = threading.Barrier(2, action=bad_action)
res = []


def w4():
    try:
        b4.wait()
        res.append("ok")
    except threading.BrokenBarrierError:
        res.append("broken")
    except ValueError as e:
        res.append("ValueError " + str(e))


ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), b4.broken)

# single-party barrier never blocks
b5 = threading.Barrier(1)
print(b5.wait(), b5.wait())
