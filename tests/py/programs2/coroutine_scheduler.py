# A tiny cooperative scheduler driving async def coroutines with custom awaitables.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        woke_at = yield ("sleep", self.ticks)
        return woke_at


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: (t[0], t[1]))
                wake, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, wake))
            name, coro, value = self.ready.pop(0)
            try:
                cmd, arg = coro.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[t={self.now:>2}] {name} finished -> {stop.value!r}")
                continue
            if cmd == "sleep":
                self.sleeping.append((self.now + arg, name, coro))


async def worker(name, delays):
    total = 0
    for d in delays:
        woke = await Sleep(d)
        total += woke
        print(f"[t={woke:>2}] {name} woke after {d}")
    return total


async def supervisor(n):
    first = await Sleep(1)
    sub = await worker("sub", [2] * n)
    return ("supervised", first, sub)


sched = Scheduler()
sched.spawn("fast", worker("fast", [1, 1, 1]))
sched.spawn("slow", worker("slow", [5, 3]))
sched.spawn("boss", supervisor(2))
sched.run()
print(sorted(sched.results.items()))
