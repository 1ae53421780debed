# Every kind of callable as a thread target.
import threading

log = []
lock = threading.Lock()


def record(item):
    with lock:
        log.append(item)


class Acc:
    def __init__(self, label):
        self.label = label
        self.items = []

    def add(self, x):
        self.items.append(x)
        record(("method", self.label, x))

    @classmethod
    def cm(cls, x):
        record(("classmethod", cls.__name__, x))

    @staticmethod
    def sm(x):
        record(("staticmethod", x))

    def __call__(self, x):
        record(("callable instance", self.label, x))


def make_closure(base):
    count = 0

    def inner(x):
        nonlocal count
        count += x
        record(("closure", base + count))
    return inner, lambda: count


def gen_user(n):
    record(("generator", list(i * i for i in range(n))))


acc = Acc("A")
closure, get_count = make_closure(100)
targets = [
    (acc.add, (1,)),
    (Acc.cm, (2,)),
    (Acc.sm, (3,)),
    (acc, (4,)),
    (closure, (5,)),
    (lambda x: record(("lambda", x * 2)), (6,)),
    (record, (("plain function", 7),)),
    (log.append, (("builtin method", 8),)),
    (gen_user, (4,)),
]
for fn, args in targets:
    t = threading.Thread(target=fn, args=args)
    t.start()
    t.join()
for entry in log:
    print(entry)
print(acc.items, get_count())
# several threads sharing the same closure
threads = [threading.Thread(target=closure, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
    t.join()
print(get_count())
