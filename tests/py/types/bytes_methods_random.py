# Deterministic pseudo-random differential checks of bytes/bytearray methods.
state = [987]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n
alpha = b"ab ,\t\n\r\xffXY1_"
for i in range(400):
    s = bytes(alpha[rnd(len(alpha))] for _ in range(rnd(12)))
    sub = bytes(alpha[rnd(4)] for _ in range(rnd(3)))
    T = bytearray if i % 2 else bytes
    s = T(s)
    a = rnd(15) - 7
    b = rnd(15) - 5
    row = [s, sub, s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a),
           s.endswith(sub, a, b), s.split(sub) if sub else s.split(), s.rsplit(sub or None, rnd(3)),
           s.replace(sub, b"<>", rnd(3) - 1), s.partition(sub or b"x"), s.rpartition(sub or b"y"),
           s.strip(sub or None), s.upper(), s.title(), s.swapcase(), s.capitalize(), s.splitlines(rnd(2)),
           s.expandtabs(rnd(5)), s.center(rnd(16), b"*"), s.zfill(rnd(10)), s.istitle(), s.islower(),
           s.isspace(), s.hex(":", rnd(5) - 2), s.decode("latin-1"), s.decode("utf-8", "replace")]
    print(" | ".join(repr(x) for x in row))
