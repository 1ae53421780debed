# threading.local: per-thread attributes, subclasses with __init__.
import threading

data = threading.local()
data.x = "main"
results = []
lock = threading.Lock()


def worker(i):
    try:
        data.x
    except AttributeError as e:
        with lock:
            results.append(("missing", i, type(e).__name__))
    data.x = i
    data.items = [i] * i
    for _ in range(100):
        data.x = data.x + 1
    with lock:
        results.append(("value", i, data.x, len(data.items)))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
print("main still sees", data.x, hasattr(data, "items"))
print(type(data).__name__, sorted(k for k in data.__dict__))


class Config(threading.local):
    instances = 0

    def __init__(self, level, tag="t"):
        Config.instances += 1
        self.level = level
        self.tag = tag
        self.log = []

    def bump(self):
        self.level += 1
        self.log.append(self.level)
        return self.level


cfg = Config(10, tag="main")
cfg.bump()
out = []


def use_cfg(n):
    # __init__ runs again, with the original arguments, on first use in each thread
    for _ in range(n):
        cfg.bump()
    with lock:
        out.append((n, cfg.level, cfg.tag, cfg.log))


threads = [threading.Thread(target=use_cfg, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
    t.join()
for o in sorted(out):
    print(o)
print("main cfg", cfg.level, cfg.log, "instances", Config.instances)


class Slots(threading.local):
    default = "class attr"


s = Slots()
s.default = "main override"
seen = []
t = threading.Thread(target=lambda: seen.append(s.default))
t.start()
t.join()
print(seen, s.default)
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__, e)
