# ThreadPoolExecutor: submit/result, map ordering, with-block, return values of all kinds.
import concurrent.futures as cf
import threading


class Result:
    def __init__(self, n):
        self.n = n
        self.square = n * n

    def __repr__(self):
        return f"Result({self.n}, {self.square})"


def square(x):
    return x * x


def describe(n):
    return {"n": n, "digits": [int(c) for c in str(n)], "obj": Result(n), "set": {n % 3}}


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 12)
    print(f.result(), f.done(), f.cancelled(), f.running(), f.exception())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(lambda s: s[::-1], ["abc", "xyz"], timeout=10)))
    futs = [ex.submit(describe, n) for n in (7, 42, 105)]
    for fu in futs:
        r = fu.result()
        print(r["n"], r["digits"], r["obj"], type(r["obj"]) is Result, r["set"])
    kw = ex.submit(lambda a, b=1, *, c: (a, b, c), 1, c=3)
    print(kw.result())
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
    print(ex.submit(Result, 9).result())
    lst = ex.submit(list, range(5)).result()
    lst.append("main")
    print(lst)
print("pool closed")

# map with more items than workers, with a slow first item: order is still input order
release = threading.Event()


def maybe_wait(i):
    if i == 0:
        release.wait()
    return i * 10


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(maybe_wait, range(8))
    release.set()
    print(list(it))

# thread_name_prefix
names = []
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(names)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(type(e).__name__, e)
