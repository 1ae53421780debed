# An event system with decorator-based handler registration, priorities and cancellation.
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
        self.log = []
    def cancel(self):
        self.cancelled = True
class Bus:
    def __init__(self):
        self.handlers = {}
    def on(self, name, priority=0):
        def register(fn):
            self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), fn))
            return fn
        return register
    def emit(self, name, **data):
        event = Event(name, **data)
        for prio, _, fn in sorted(self.handlers.get(name, []), key=lambda h: (-h[0], h[1])):
            if event.cancelled:
                event.log.append(f"skipped {fn.__name__}")
                continue
            try:
                result = fn(event)
                event.log.append(f"{fn.__name__}->{result}")
            except Exception as e:
                event.log.append(f"{fn.__name__} raised {type(e).__name__}: {e}")
        return event
bus = Bus()
@bus.on("login")
def greet(ev):
    return f"welcome {ev.data['user']}"
@bus.on("login", priority=10)
def check_banned(ev):
    if ev.data["user"] in {"mallory"}:
        ev.cancel()
        return "banned"
    return "ok"
@bus.on("login", priority=5)
def audit(ev):
    return f"audit {ev.data['user']}@{ev.data.get('ip', '?')}"
@bus.on("purchase")
def charge(ev):
    if ev.data["amount"] <= 0:
        raise ValueError("amount must be positive")
    return round(ev.data["amount"] * 1.08, 2)
@bus.on("purchase", priority=-1)
def receipt(ev):
    return "receipt sent"
for ev in [bus.emit("login", user="alice", ip="10.0.0.1"), bus.emit("login", user="mallory"),
           bus.emit("purchase", amount=19.99), bus.emit("purchase", amount=0), bus.emit("logout")]:
    print(ev.name, ev.cancelled, ev.log)
print({name: [h[2].__name__ for h in hs] for name, hs in bus.handlers.items()})
