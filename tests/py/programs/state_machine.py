# A traffic-light/turnstile style state machine driven by match statements.
def turnstile(events):
    state = "locked"
    coins = 0
    log = []
    for ev in events:
        match (state, ev):
            case ("locked", "coin"):
                state, coins = "unlocked", coins + 1
            case ("locked", "push"):
                log.append("alarm!")
            case ("unlocked", "push"):
                state = "locked"
            case ("unlocked", "coin"):
                coins += 1
                log.append("refund")
            case (_, "kick"):
                state = "broken"
            case ("broken", "repair"):
                state = "locked"
            case ("broken", _):
                log.append(f"ignored {ev}")
            case _:
                raise ValueError(f"bad event {ev!r} in state {state}")
        log.append(state)
    return coins, log
print(turnstile(["push", "coin", "push", "coin", "coin", "push", "kick", "coin", "repair", "coin"]))
try:
    turnstile(["coin", "dance"])
except ValueError as e:
    print("ValueError:", e)
def parse_command(cmd, state):
    match cmd.split():
        case ["set", key, value] if value.isdigit():
            state[key] = int(value)
        case ["set", key, value]:
            state[key] = value
        case ["inc", key]:
            state[key] = state.get(key, 0) + 1
        case ["del", key] if key in state:
            del state[key]
        case ["del", key]:
            return f"no such key {key}"
        case ["show"]:
            return ", ".join(f"{k}={v!r}" for k, v in sorted(state.items()))
        case ["reset"]:
            state.clear()
        case []:
            return "empty"
        case [other, *_]:
            return f"unknown command {other}"
    return "ok"
state = {}
for cmd in ["set a 1", "set b hello", "inc a", "inc c", "show", "del b", "del zz", "", "jump high", "show", "reset", "show"]:
    print(f"{cmd!r:14} -> {parse_command(cmd, state)}")
class Light:
    transitions = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
    def __init__(self):
        self.state = "red"
        self.timer = 0
    def tick(self):
        self.timer += 1
        nxt, duration = self.transitions[self.state]
        if self.timer >= duration:
            self.state, self.timer = nxt, 0
        return self.state
light = Light()
print([light.tick() for _ in range(12)])
