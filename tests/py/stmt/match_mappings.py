# match: mapping patterns with **rest, and value patterns (dotted names).
class Color:
    RED = "red"
    GREEN = "green"
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"color": Color.RED}:
            return "red thing"
        case {"color": Color.GREEN | "lime"}:
            return "greenish thing"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"color": "red", "size": 3},
    {"color": "lime"},
    {"color": "blue"},
    {},
    [("type", "click")],
    {"type": "click", "pos": (1, 2, 3)},
]
for e in events:
    print(e, "->", handle(e))
