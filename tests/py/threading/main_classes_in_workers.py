# Classes defined in __main__: instantiated in workers, class attributes updated under a lock,
# methods called on a shared instance from several threads.
import threading


class Point:
    created = 0
    lock = threading.Lock()

    def __init__(self, x, y):
        self.x, self.y = x, y
        with Point.lock:
            Point.created += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


class Counter:
    n = 0


class Bank:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(amount)


cls_lock = threading.Lock()
made = []
bank = Bank()


def worker(i):
    p = Point(i, i * i)
    made.append(p)
    for _ in range(100):
        with cls_lock:
            Counter.n += 1
    for _ in range(50):
        bank.deposit(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(made))
print(all(type(p) is Point and isinstance(p, Point) for p in made))
print("Point.created", Point.created, "Counter.n", Counter.n)
print("balance", bank.balance, len(bank.history), sorted(set(bank.history)))


def define_class(out):
    class Local(Point):
        def norm1(self):
            return abs(self.x) + abs(self.y)
    out.append(Local)


box = []
t = threading.Thread(target=define_class, args=(box,))
t.start()
t.join()
Local = box[0]
q = Local(-3, 4)
print(Local.__name__, q, q.norm1(), issubclass(Local, Point), Point.created)
Counter.n = 0
print(Counter.n, Counter.__dict__["n"])
