# Subclassing Thread: overriding run, storing results on self, extra constructor args.
import threading


class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__()
        self.lo, self.hi = lo, hi
        self.total = None

    def run(self):
        self.total = sum(range(self.lo, self.hi))


class Named(threading.Thread):
    def __init__(self, tag):
        super().__init__(name=f"named-{tag}", daemon=False)
        self.tag = tag
        self.seen = None

    def run(self):
        self.seen = (threading.current_thread() is self, threading.current_thread().name)


class WithTarget(threading.Thread):
    # run() not overridden: the base run calls target.
    pass


class Chained(Summer):
    def run(self):
        super().run()
        self.total *= 2


workers = [Summer(i * 100, (i + 1) * 100) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], sum(w.total for w in workers) == sum(range(400)))
n = Named("a")
n.start()
n.join()
print(n.name, n.tag, n.seen)
box = []
w = WithTarget(target=box.append, args=("from target",))
w.start()
w.join()
print(box, type(w).__name__, isinstance(w, threading.Thread))
c = Chained(0, 10)
c.start()
c.join()
print(c.total, c.is_alive())
