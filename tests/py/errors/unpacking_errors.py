# Unpacking errors (caught), then an uncaught one.
def attempt(code):
    try:
        code()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
def two():
    a, b = [1, 2, 3]
def three():
    a, b, c = (1, 2)
def noniter():
    a, b = 5
def star():
    a, *b, c = [1]
def dict_unpack():
    a, b = {"x": 1}
for f in [two, three, noniter, star, dict_unpack]:
    attempt(f)
x, y = "abc"
