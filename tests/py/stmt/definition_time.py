# Default values and decorators are evaluated at definition time; class bodies execute once.
log = []
def default_value(tag):
    log.append(tag)
    return tag
def f(a=default_value("a"), b=default_value("b")):
    return a, b
print(log)
print(f(), f(1), log)
def g(item, acc=[]):
    acc.append(item)
    return acc
print(g(1), g(2), g(3, []), g(4))
class K:
    print("class body runs")
    x = 10
    y = x * 2
    items = [i for i in range(x, x + 3)]
    try:
        bad = [x + i for i in range(3)]
    except NameError as e:
        print("class scope is not visible in comprehensions:", e)
print(K.y, K.items)
def conditional(flag):
    if flag:
        def inner():
            return "version A"
    else:
        def inner():
            return "version B"
    return inner()
print(conditional(True), conditional(False))
