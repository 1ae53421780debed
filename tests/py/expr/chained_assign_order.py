# Evaluation order of assignments, subscripts and calls.
log = []
def L(x):
    log.append(x)
    return x
d = {}
d[L("key")] = L("value")
print(log); log.clear()
a = b = L([1])
print(a is b, log); log.clear()
L("f")(L("arg")) if False else None
x = [L(1), L(2)][L(0)]
print(x, log); log.clear()
r = L(1) + L(2) * L(3)
print(r, log); log.clear()
t = L("a"), L("b")
print(t, log); log.clear()
dd = {L("k1"): L("v1"), L("k2"): L("v2")}
print(dd, log); log.clear()
def g(**kw):
    return kw
print(g(x=L(1), y=L(2)), log)
