# Custom exception hierarchy with __str__, chaining, and inspection of __cause__/__context__.
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    code = 3


class NetworkError(AppError):
    code = 10

    def __repr__(self):
        return f"NetworkError<{self.args[0]}>"


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"no key {key}", detail=f"have {sorted(cfg)}") from e


def connect(host):
    try:
        int(host.split(":")[1])
    except (IndexError, ValueError):
        raise NetworkError(f"bad host {host!r}")


def describe(exc):
    chain = []
    while exc is not None:
        chain.append(f"{type(exc).__name__}: {exc}")
        if exc.__cause__ is not None:
            chain.append("  caused by")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            chain.append("  during handling of")
            exc = exc.__context__
        else:
            exc = None
    return "\n".join(chain)


for action in (lambda: load({"b": 1, "a": 2}, "c"), lambda: connect("example.com"),
               lambda: connect("example.com:http"), lambda: connect("h:80")):
    try:
        result = action()
        print("ok", result)
    except AppError as e:
        print(describe(e))
        print("  isinstance KeyError:", isinstance(e, KeyError), "code", e.code, repr(e) if isinstance(e, NetworkError) else "")

print([c.__name__ for c in MissingKey.__mro__])


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None


try:
    suppressed()
except ValueError as e:
    print(describe(e), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        raise ConfigError("first")
    finally:
        print("finally runs")
except AppError as e:
    print("caught", e, e.args, e.detail)

errors = []
for exc_type in (ConfigError, MissingKey, NetworkError, AppError):
    try:
        raise exc_type("x")
    except MissingKey:
        errors.append("missing")
    except ConfigError as e:
        errors.append("config:" + str(e))
    except AppError as e:
        errors.append(type(e).__name__)
print(errors)
print(str(KeyError("k")), repr(KeyError("k")), str(MissingKey("m")))
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(repr(AppError("z", detail="d")))
try:
    raise NetworkError("down") from ConfigError("cfg broken")
except NetworkError as e:
    print(describe(e))
raise MissingKey("final", detail="uncaught")
