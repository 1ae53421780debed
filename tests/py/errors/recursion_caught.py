# RecursionError can be caught and the program continues normally.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("caught mutual", type(e).__name__, isinstance(e, RuntimeError))
class Loop:
    def __getattr__(self, name):
        return self.missing
try:
    Loop().anything
except RecursionError as e:
    print("caught in __getattr__", type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print("after recovery:", fine(200))
