# eval and exec with globals/locals.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x", {"x": "global"}, {"x": "local"}))
g = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", g)
print(g["a"], g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
ns = {"values": [3, 1, 2]}
exec("values.sort()\ntotal = sum(values)", ns)
print(ns["values"], ns["total"])
code = compile("40 + 2", "<string>", "eval")
print(eval(code), type(code).__name__)
exec(compile("print('compiled exec')", "<s>", "exec"))
print(exec("1 + 1"))
loc = {}
exec("z = 99", None, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught", type(e).__name__)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def f():
    local_v = 7
    return eval("local_v * 6")
print(f())
exec("for i in range(3):\n    print('exec loop', i)")
print(eval("(lambda q: q ** 2)(9)"), eval(" 5 "), eval("\t6"))
