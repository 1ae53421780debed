# Comments, line continuation, semicolons, and blank lines.
x = 1  # trailing comment
y = 2; z = 3; print(x, y, z)
total = x + \
        y + \
        z
print(total)
values = [
    1,  # one
    2,  # two
    3,  # three
]
print(values)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def f(): return "one-line def"
print(f())
class C: attr = "one-line class"
print(C.attr)
# A comment with 'quotes' and "quotes" and \ backslash
s = "# not a comment"
print(s)
