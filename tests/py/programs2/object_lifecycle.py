# Resource tracking through __del__ finalizers, as in simple handle wrappers.
class Handle:
    open_handles = []

    def __init__(self, name):
        self.name = name
        Handle.open_handles.append(name)
        print(f"open  {name}")

    def __del__(self):
        Handle.open_handles.remove(self.name)
        print(f"close {self.name}")


def work():
    h = Handle("temp")
    return len(Handle.open_handles)


a = Handle("a")
b = Handle("b")
print("inside work:", work(), "after work:", Handle.open_handles)
del a
print("after del a:", Handle.open_handles)
b = Handle("b2")
print("after rebinding b:", Handle.open_handles)
items = [Handle(f"item{i}") for i in range(3)]
items.pop(1)
print("after pop:", Handle.open_handles)
items.clear()
print("after clear:", Handle.open_handles)
