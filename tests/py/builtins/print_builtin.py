# print(): sep, end, file=sys.stderr, flush, multiple args, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="-")
print("multi\nline")
print("", end="")
print("sep None", "end None", sep=None, end=None)
sys.stdout.write("direct write\n")
print(sys.stdout.write("returns count\n"))
class S:
    def __str__(self):
        return "str of S"
print(S(), [S()] if False else "x")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("stderr last line", file=sys.stderr)
