# SyntaxError raised by compile()/eval()/exec() at runtime is catchable; its attributes.
sources = ["1 +", "x = = 2", "def f(:\n    pass", "(1, 2", "if x\n    pass", "return 1", "f() = 3", "'abc", "a b c"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled?!")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "| line", e.lineno, "| file", e.filename)
try:
    exec("for x in range(3):\nprint(x)")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
print("done")
