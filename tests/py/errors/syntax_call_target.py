# Assignment to a function call is a syntax error.
def f():
    return 1
f() = 2
