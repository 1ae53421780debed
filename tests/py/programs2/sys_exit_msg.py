# A CLI-like script that validates input records and exits with a message.
import sys

RECORDS = """id,name,qty,price
1,hammer,3,9.99
2,nails,100,0.05
3,saw,,19.50
4,drill,2,abc
5,glue,7,2.25
"""


class ValidationError(Exception):
    def __init__(self, line_no, field, msg):
        super().__init__(line_no, field, msg)
        self.line_no, self.field, self.msg = line_no, field, msg

    def __str__(self):
        return f"line {self.line_no}: {self.field}: {self.msg}"


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    good, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        row = dict(zip(header, line.split(",")))
        try:
            if not row["qty"]:
                raise ValidationError(n, "qty", "missing")
            qty = int(row["qty"])
            try:
                price = float(row["price"])
            except ValueError as e:
                raise ValidationError(n, "price", f"not a number ({e})") from e
            good.append((int(row["id"]), row["name"], qty, price))
        except ValidationError as e:
            errors.append(e)
    return good, errors


good, errors = parse(RECORDS)
total = 0.0
for rid, name, qty, price in good:
    cost = qty * price
    total += cost
    print(f"{rid:>3} {name:<8} {qty:>4} x {price:>6.2f} = {cost:>8.2f}")
print(f"{'':>3} {'TOTAL':<8} {'':>4}   {'':>6}   {total:>8.2f}")
for e in errors:
    print("error:", e, "| args:", e.args, "| cause:", repr(e.__cause__))
print("argv length:", len(sys.argv), sys.argv[0].endswith(".py"))
print("stderr is separate", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.stdout.flush()
if errors:
    try:
        sys.exit(f"{len(errors)} invalid records")
    except SystemExit as e:
        print("intercepted SystemExit:", repr(e.code), e.args)
    try:
        sys.exit()
    except SystemExit as e:
        print("bare exit code:", e.code)
    try:
        raise SystemExit(0)
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception))
    sys.exit(f"{len(errors)} invalid records; first: {errors[0]}")
print("not reached")
