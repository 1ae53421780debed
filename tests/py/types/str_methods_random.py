# Deterministic pseudo-random cross-checks of str methods against simple invariants and values.
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n
alphabet = "ab ,\té日Σσ\nXY1_"
out = []
for i in range(300):
    s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(12)))
    sub = "".join(alphabet[rnd(4)] for _ in range(rnd(3)))
    a = rnd(15) - 7
    b = rnd(15) - 5
    row = [repr(s), repr(sub), s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
           s.startswith(sub, a), s.endswith(sub, a, b), s.split(sub) if sub else s.split(),
           s.rsplit(sub or None, rnd(3)), s.replace(sub, "<>", rnd(3) - 1) if sub else s.replace("", "|", rnd(4)),
           s.partition(sub or "x"), s.rpartition(sub or "y"), s.strip(sub or None), s.upper(), s.lower(),
           s.title(), s.swapcase(), s.capitalize(), s.casefold(), s.splitlines(rnd(2)), s.expandtabs(rnd(5)),
           s.center(rnd(16), "*"), s.zfill(rnd(10)), s.istitle(), s.islower(), s.isupper(), s.isspace()]
    print(" | ".join(str(x) for x in row))
