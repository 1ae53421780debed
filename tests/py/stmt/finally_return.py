# return/break/continue interacting with finally.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally swallows exception"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f5())
def f6():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f6())
def f7():
    while True:
        try:
            return "from loop"
        finally:
            print("cleanup")
print(f7())
