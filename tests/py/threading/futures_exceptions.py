# Futures: exceptions re-raised by result(), exception(), cancel, shutdown, timeouts.
import concurrent.futures as cf
import threading


class AppError(Exception):
    pass


def fail(msg):
    raise AppError(msg)


ex = cf.ThreadPoolExecutor(max_workers=1)
f = ex.submit(fail, "boom")
try:
    f.result()
except AppError as e:
    print(type(e).__name__, e)
e = f.exception()
print(type(e).__name__, e, f.done(), e.__traceback__ is not None)
ok = ex.submit(int, "12")
print(ok.exception(), ok.result())
try:
    ex.submit(int, "x").result()
except ValueError as err:
    print(type(err).__name__, err)

# map re-raises when the failing item is reached
it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
got = []
try:
    for v in it:
        got.append(v)
except ZeroDivisionError as err:
    print(got, type(err).__name__, err)

# cancel a pending future while the only worker is busy
gate = threading.Event()
started = threading.Event()
busy = ex.submit(lambda: (started.set(), gate.wait())[1])
pending = ex.submit(print, "should not run")
started.wait()
print("running:", busy.running(), "cancel running:", busy.cancel())
print("cancel pending:", pending.cancel(), pending.cancelled(), pending.done())
try:
    pending.result()
except cf.CancelledError as err:
    print(type(err).__name__, repr(str(err)))
try:
    pending.exception()
except cf.CancelledError as err:
    print("exception():", type(err).__name__)
try:
    busy.result(timeout=0.01)
except TimeoutError as err:
    print(type(err).__name__, repr(str(err)), cf.TimeoutError is TimeoutError)
gate.set()
print("busy result:", busy.result())
ex.shutdown(wait=True)
try:
    ex.submit(print, "x")
except RuntimeError as err:
    print(type(err).__name__, err)
ex.shutdown()  # second shutdown is a no-op
print("shutdown twice ok")

# cancel_futures=True drops queued work
ex2 = cf.ThreadPoolExecutor(max_workers=1)
g2 = threading.Event()
s2 = threading.Event()
first = ex2.submit(lambda: (s2.set(), g2.wait())[1])
queued = [ex2.submit(abs, -i) for i in range(3)]
s2.wait()
ex2.shutdown(wait=False, cancel_futures=True)
print([q.cancelled() for q in queued], first.done())
g2.set()
print(first.result(), first.cancelled())
ex2.shutdown(wait=True)

# a standalone Future
fut = cf.Future()
print(fut.done(), fut.running(), fut.cancelled())
fut.set_result([1, 2])
print(fut.result(), fut.done())
fut2 = cf.Future()
fut2.set_exception(KeyError("k"))
print(type(fut2.exception()).__name__, fut2.exception())
try:
    fut.set_result(3)
except cf.InvalidStateError as err:
    print(type(err).__name__)
