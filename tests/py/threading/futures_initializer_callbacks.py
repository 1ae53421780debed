# ThreadPoolExecutor initializer/initargs and Future.add_done_callback.
import concurrent.futures as cf
import threading

local = threading.local()
init_calls = []
lock = threading.Lock()


def init(prefix, start):
    local.prefix = prefix
    local.count = start
    with lock:
        init_calls.append(prefix)


def task(x):
    local.count += 1
    return f"{local.prefix}:{x}"


with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("w", 0)) as ex:
    print(sorted(ex.map(task, range(6))))
print("initializer ran once per worker thread:", 1 <= len(init_calls) <= 2, set(init_calls))

events = []
done_names = []


def callback(fut):
    with lock:
        events.append(("callback", fut.result(), fut.done()))


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(5)]
    for f in futs:
        f.add_done_callback(callback)
print(sorted(events))

# a callback added to an already finished future runs at once, in the calling thread
f = cf.Future()
f.set_result("ready")
f.add_done_callback(lambda fut: done_names.append((threading.current_thread().name, fut.result())))
print(done_names)

# callbacks run in order of registration, also for exceptions and cancellation
order = []
f2 = cf.Future()
for i in range(3):
    f2.add_done_callback(lambda fut, i=i: order.append((i, type(fut.exception()).__name__)))
f2.set_exception(ValueError("x"))
print(order)
f3 = cf.Future()
f3.add_done_callback(lambda fut: order.append(("cancelled", fut.cancelled())))
print(f3.cancel(), order[-1])

# a callback added before completion runs when the result is set
errors = []
f4 = cf.Future()
f4.add_done_callback(lambda fut: errors.append("first ran"))
f4.set_result(4)
print(f4.result(), errors)
