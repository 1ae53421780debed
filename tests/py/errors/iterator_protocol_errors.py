# Errors from broken iterator protocols, then an uncaught one.
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
class Good:
    def __iter__(self):
        return iter([1, 2])
print(list(Good()))
for x in 42:
    pass
