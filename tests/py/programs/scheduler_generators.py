# Cooperative multitasking with generators: a round-robin scheduler with sleeping and messages.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.mailboxes = {}
        self.trace = []
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes[name] = []
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(t for t, _, _ in self.sleeping)
                due = [s for s in self.sleeping if s[0] <= self.clock]
                self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
                self.ready.extend((name, gen, None) for _, name, gen in due)
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.trace.append(f"t={self.clock} {name} finished -> {stop.value}")
                continue
            kind = request[0]
            if kind == "sleep":
                self.sleeping.append((self.clock + request[1], name, gen))
            elif kind == "send":
                self.mailboxes[request[1]].append((name, request[2]))
                self.ready.append((name, gen, True))
            elif kind == "recv":
                box = self.mailboxes[name]
                self.ready.append((name, gen, box.pop(0) if box else None))
            elif kind == "log":
                self.trace.append(f"t={self.clock} {name}: {request[1]}")
                self.ready.append((name, gen, None))
def producer(n):
    for i in range(n):
        yield ("log", f"producing {i}")
        yield ("send", "consumer", i * i)
        yield ("sleep", 2)
    yield ("send", "consumer", None)
    return "produced all"
def consumer():
    total = 0
    while True:
        msg = yield ("recv",)
        if msg is None:
            yield ("sleep", 1)
            continue
        sender, value = msg
        if value is None:
            return total
        total += value
        yield ("log", f"got {value} from {sender}, total {total}")
def ticker(k):
    for i in range(k):
        yield ("log", f"tick {i}")
        yield ("sleep", 3)
    return k
s = Scheduler()
s.spawn("producer", producer(4))
s.spawn("consumer", consumer())
s.spawn("ticker", ticker(3))
s.run()
print("\n".join(s.trace))
print("final clock", s.clock)
