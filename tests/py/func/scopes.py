# LEGB scoping rules.
x = "global"
def f():
    print("f sees", x)
f()
def g():
    x = "local g"
    def h():
        print("h sees", x)
    h()
g()
def builtin_shadow():
    len = lambda s: "shadowed len"
    return len([1, 2])
print(builtin_shadow(), len([1, 2]))
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
unbound()
def comprehension_scope():
    y = 10
    return [y + i for i in range(3)]
print(comprehension_scope())
class C:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
print(C().method())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def nested_def_sees_later_binding():
    def inner():
        return later
    later = "bound after def"
    return inner()
print(nested_def_sees_later_binding())
