"""A helper module imported by tests (not a test itself: its name starts with '_')."""
print("executing _helper, __name__ =", __name__)
CONSTANT = 42
counter = 0
def greet(name):
    return f"hello, {name}"
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v})"
if __name__ == "__main__":
    print("never printed when imported")
