# Variable and function annotations.
x: int = 5
y: "forward ref"
z: list[int] = [1, 2]
print(x, z)
print(__annotations__)
def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> tuple:
    return a, b, c
print(f(1))
print(f.__annotations__)
class C:
    field: int
    other: str = "default"
    def method(self) -> None:
        pass
print(C.__annotations__, C.other)
print("field" in C.__dict__, "other" in C.__dict__)
def g():
    local: int = 3
    unassigned: str
    return local
print(g(), g.__annotations__)
