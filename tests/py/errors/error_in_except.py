# An exception raised while handling another: the last stderr line is the new one.
data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("handling KeyError, then failing")
    raise RuntimeError("handler failed")
