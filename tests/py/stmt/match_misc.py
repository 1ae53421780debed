# match: subject expressions, guards with side effects, no match, capture binding.
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["get", obj]:
            return f"picking up {obj}"
        case ["drop", *objs] if objs:
            return f"dropping {', '.join(objs)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty command"
for line in ["go north", "go up", "get lamp", "drop a b c", "drop", "quit", "exit", "", "dance wildly"]:
    print(repr(line), "->", cmd(line))
x = 5
match x:
    case 1:
        print("one")
print("no case matched, fine")
match (1, 2):
    case (a, b) if a > b:
        print("not this")
    case (a, b):
        print("bound", a, b)
print(a, b)
match {"k": [1, {"deep": "value"}]}:
    case {"k": [_, {"deep": str() as found}]}:
        print("found", found)
