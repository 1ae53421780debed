# CPython 3.11 adds "Did you mean" suggestions to uncaught NameError/AttributeError messages.
class Config:
    def __init__(self):
        self.verbose = True
c = Config()
try:
    c.verbos
except AttributeError as e:
    print("caught (no suggestion in str):", e)
def compute():
    total = 0
    for i in range(3):
        total += i
    return totl
print("computing")
compute()
