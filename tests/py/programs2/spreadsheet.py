# Spreadsheet with formulas, dependency evaluation, memoization and cycle detection.
import math


class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path


class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}
        self.evaluating = []

    def set(self, ref, value):
        self.cells[ref] = value
        self.cache.clear()

    def get(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CycleError(self.evaluating[self.evaluating.index(ref):] + [ref])
        raw = self.cells.get(ref, 0)
        self.evaluating.append(ref)
        try:
            value = self.evaluate(raw)
        finally:
            self.evaluating.pop()
        self.cache[ref] = value
        return value

    def evaluate(self, raw):
        if not isinstance(raw, str) or not raw.startswith("="):
            return raw
        expr = raw[1:]
        match expr.split("(", 1):
            case [func, args] if args.endswith(")"):
                values = self.expand(args[:-1])
                return {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda v: sum(v) / len(v),
                        "PROD": math.prod, "COUNT": len}[func](values)
            case _:
                terms = expr.replace("-", "+-").split("+")
                total = 0
                for term in terms:
                    neg = term.startswith("-")
                    term = term.lstrip("-")
                    factors = [self.atom(f) for f in term.split("*")]
                    v = math.prod(factors)
                    total += -v if neg else v
                return total

    def atom(self, s):
        s = s.strip()
        if s[0].isalpha():
            return self.get(s)
        return float(s) if "." in s else int(s)

    def expand(self, args):
        values = []
        for part in args.split(","):
            if ":" in part:
                a, b = part.split(":")
                col1, row1, col2, row2 = a[0], int(a[1:]), b[0], int(b[1:])
                for c in range(ord(col1), ord(col2) + 1):
                    for r in range(row1, row2 + 1):
                        values.append(self.get(f"{chr(c)}{r}"))
            else:
                values.append(self.atom(part))
        return values

    def show(self, cols, rows):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.get(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
                except CycleError:
                    cells.append(f"{'#CYCLE':>10}")
                except ZeroDivisionError:
                    cells.append(f"{'#DIV/0':>10}")
            print(f"{r:>4}" + "".join(cells))


s = Sheet()
for ref, val in {"A1": 10, "A2": 20, "A3": 30.5, "B1": "=A1*2", "B2": "=A2*A1-5", "B3": "=SUM(A1:A3)",
                 "C1": "=AVG(A1:B3)", "C2": "=MAX(A1:A3,B1,100)", "C3": "=COUNT(A1:C2)", "D1": "label"}.items():
    s.set(ref, val)
s.show("ABCD", range(1, 4))
s.set("A1", 1)
s.show("ABC", [1, 3])
s.set("D2", "=D3+1")
s.set("D3", "=D2*2")
s.set("D4", "=1*0")
s.set("D5", "=AVG(E1:E3)")
s.show("D", range(1, 6))
try:
    s.get("D2")
except CycleError as e:
    print("cycle:", e, e.path)
print(s.get("D5"))
