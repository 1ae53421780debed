# open(): write and read a temporary file in text and binary modes, then clean up.
import sys
name = "_tmp_open_files.txt"
with open(name, "w", encoding="utf-8") as f:
    n1 = f.write("first line\n")
    n2 = f.write("second line é\n")
    f.write("third\n")
    print("wrote", n1, n2, f.closed)
print("closed after with:", f.closed)
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open(name, "a", encoding="utf-8") as f:
    f.write("appended\n")
with open(name, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(name, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:11], data.count(b"\n"))
bname = "_tmp_open_files.bin"
with open(bname, "wb") as f:
    f.write(bytes(range(256)))
    f.write(b"\x00\xff")
with open(bname, "rb") as f:
    head = f.read(4)
    rest = f.read()
    print(head, len(rest), rest[-3:], f.read())
f = open(name, "w")
print(f.write("x"), file=sys.stdout)
f.close()
print(open(name).read())
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    with open(name) as f:
        f.write("no")
except Exception as e:
    print(type(e).__name__, e)
# The suite may only import sys/math/time, so the file cannot be removed here: the harness
# deletes _tmp_<test name>.* files from the directory after each run.
print("done")
