# with statements and the context manager protocol.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer") as o, CM("inner") as i:
    print("nested body", o, i)
with CM("sup", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with (CM("p1") as a, CM("p2") as b):
    print(a, b)
