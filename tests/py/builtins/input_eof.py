# input() with stdin closed raises EOFError.
print("before input")
try:
    value = input()
    print("got", repr(value))
except EOFError as e:
    print("EOFError:", repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
print("end")
