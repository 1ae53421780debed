# Uncaught UnboundLocalError: local variable referenced before assignment.
x = 10
def f():
    print("inside f")
    x += 1
    return x
f()
