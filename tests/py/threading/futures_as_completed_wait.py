# as_completed and wait(FIRST_COMPLETED / ALL_COMPLETED / timeout).
import concurrent.futures as cf
import threading


def work(x):
    return x * 3


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(work, i) for i in range(10)]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    by_future = {ex.submit(work, i): i for i in range(5)}
    pairs = sorted((by_future[f], f.result()) for f in cf.as_completed(by_future))
    print(pairs)

    gate = threading.Event()
    slow = ex.submit(gate.wait)
    fast = ex.submit(work, 100)
    done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print("first completed:", fast in done, slow in not_done, len(done), len(not_done))
    done, not_done = cf.wait([slow, fast], timeout=0.02)
    print("with timeout:", len(done), len(not_done), slow.done())
    try:
        for f in cf.as_completed([slow], timeout=0.02):
            print("unexpected", f)
    except TimeoutError as e:
        print(type(e).__name__, e)
    gate.set()
    done, not_done = cf.wait([slow, fast], return_when=cf.ALL_COMPLETED)
    print("all completed:", len(done), len(not_done), slow.result(), fast.result())
    print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)

    def fail():
        raise ValueError("bad")

    gate2 = threading.Event()
    blocker = ex.submit(gate2.wait)
    bad = ex.submit(fail)
    done, not_done = cf.wait([blocker, bad], return_when=cf.FIRST_EXCEPTION)
    print("first exception:", bad in done, blocker in not_done)
    gate2.set()
    # duplicates are collapsed
    f = ex.submit(work, 1)
    print(len(list(cf.as_completed([f, f, f]))))
    done, _ = cf.wait([f, f])
    print(len(done))
