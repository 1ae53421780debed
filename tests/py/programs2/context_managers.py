# Context managers implemented as classes; suppression, nesting, and exit ordering.
log = []


class Tag:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append(f"<{self.name}>")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"</{self.name}:{exc_type.__name__ if exc_type else 'ok'}>")
        if exc_type is not None and issubclass(exc_type, self.suppress):
            log.append(f"suppressed {exc!r}")
            return True
        return False


class Transaction:
    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.snapshot = dict(self.account)
        return self.account

    def __exit__(self, et, ev, tb):
        if et:
            self.account.clear()
            self.account.update(self.snapshot)
            print(f"  rolled back after {et.__name__}: {ev}")
        return et is ArithmeticError or (et is not None and issubclass(et, ArithmeticError))


with Tag("a"), Tag("b", suppress=(KeyError,)) as b:
    log.append(b.name)
    {}["x"]
    log.append("unreachable")
print(" ".join(log))
log.clear()

try:
    with Tag("outer", suppress=(ValueError,)):
        with Tag("inner", suppress=(KeyError,)):
            raise TypeError("nope")
except TypeError as e:
    log.append(f"caught {e}")
print(" ".join(log))
log.clear()


def early_return():
    with Tag("f"):
        for i in range(5):
            with Tag(f"loop{i}"):
                if i == 1:
                    continue
                if i == 2:
                    return i * 10
    return -1


print(early_return(), " ".join(log))
log.clear()

acct = {"alice": 100, "bob": 50}
with Transaction(acct) as a:
    a["alice"] -= 30
    a["bob"] += 30
print(acct)
with Transaction(acct) as a:
    a["alice"] -= 1000
    a["bob"] += 1000 // 0
print(acct)
try:
    with Transaction(acct) as a:
        a["carol"] = 5
        raise LookupError("carol unknown")
except LookupError as e:
    print("propagated:", e, acct)


class Timer:
    def __enter__(self):
        self.entered = True
        return "resource"

    def __exit__(self, *exc_info):
        print("  exit args:", [type(x).__name__ for x in exc_info])


with Timer() as r:
    print("using", r)
for i in range(3):
    with Timer():
        if i == 1:
            break
with Tag("final", suppress=(ZeroDivisionError,)):
    raise ZeroDivisionError
print(log)
try:
    with Tag("last"):
        raise RuntimeError("escapes " + "the with block")
except Exception as exc:
    print("final:", type(exc).__name__, exc)
