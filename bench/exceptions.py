# Exception-heavy code: raising, catching, try/finally, and custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
def check(i):
    if i % 3 == 0:
        raise AppError(i)
    return i
def guarded(i):
    try:
        return check(i)
    except AppError as e:
        return -e.code
    finally:
        pass
total = 0
inputs = [str(i) if i % 4 else "x%d" % i for i in range(1000)]
for _ in range(900):
    for s in inputs:
        total += parse(s)
    for i in range(1000):
        total += guarded(i)
    d = {}
    for i in range(300):
        try:
            total += d[i]
        except KeyError:
            d[i] = i
print("total", total)
