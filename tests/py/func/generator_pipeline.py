# Chained generators forming a pipeline.
def read_lines():
    text = """alpha 3
beta 10
# comment
gamma 7

delta 12
epsilon x"""
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print("skipping bad line:", repr(line))
def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total
for row in running_total(parse(strip_comments(read_lines()))):
    print(row)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
