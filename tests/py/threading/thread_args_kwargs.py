# Thread constructor: target, args, kwargs, name, daemon; default names.
import threading

results = {}


def store(key, a, b=0, *rest, scale=1, **extra):
    results[key] = (a, b, rest, scale, sorted(extra.items()))


t1 = threading.Thread(target=store, args=("t1", 1))
t2 = threading.Thread(target=store, args=("t2", 1, 2, 3, 4), kwargs={"scale": 10, "z": 26, "y": 25})
t3 = threading.Thread(target=store, kwargs={"key": "t3", "a": "x", "b": "y"}, name="third")
t4 = threading.Thread(target=store, args=("t4", [1, 2]), name="fourth", daemon=True)
t5 = threading.Thread(target=store, args=["t5", (9,)])  # args may be any sequence
t6 = threading.Thread()  # no target: run() does nothing
for t in (t1, t2, t3, t4, t5, t6):
    print(t.name, t.daemon, t.is_alive(), t.ident is None)
    t.start()
    t.join()
for k in sorted(results):
    print(k, results[k])
print(t6.name, t6.is_alive())
t7 = threading.Thread(target=store, name=123, args=("t7", 0))
print(repr(t7.name))
t7.start()
t7.join()
t7.name = "renamed"
print(t7.name, results["t7"])
