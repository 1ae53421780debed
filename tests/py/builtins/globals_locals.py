# globals() and locals().
module_var = "m"
print("module_var" in globals(), globals()["module_var"], globals()["__name__"])
globals()["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    y = 2
    return sorted(loc), sorted(locals())
print(g())
class K:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals(), type(globals()).__name__)
def counter():
    return len(globals()) > 5
print(counter())
