# split, rsplit, splitlines, partition, join.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("one::two::three".split("::"), "x".split("x"), "abc".split("abc"))
text = "line1\nline2\r\nline3\rline4\n\nline6\x0bx\x1cy"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "a\n".splitlines())
print("key=value=more".partition("="), "novalue".partition("="), "a=b=c".rpartition("="), "x".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a\tb c\nd".split(), "1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
print("mississippi".split("ss"), "mississippi".rsplit("i", 2), "aXbXc".split("X", -1))
