# Names read at module level must not be kept alive by any lookup cache: `del` (or
# rebinding) frees the object at once, running finalizers and generator cleanup.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

for i in range(3):
    obj = Noisy(f"loop{i}")
    print("made", obj.name)
print("after loop")
del obj
print("after del")

g = gen()
print(next(g))
del g
print("after del g")

x = Noisy("x")
print(x.name)
x = None
print("after rebind")

counter = 0
for i in range(5):
    counter = counter + i
print(counter, len)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
