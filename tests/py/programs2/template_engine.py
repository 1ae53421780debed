# A mini template engine: placeholders with filters, defaults via __missing__, loops, %-format and format_map.
class Context(dict):
    def __missing__(self, key):
        return f"<{key}?>"


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "strip": str.strip,
    "money": lambda v: f"${float(v):,.2f}",
    "len": lambda v: str(len(v)),
    "rev": lambda v: v[::-1],
}


def render(template, ctx):
    out, i = [], 0
    while True:
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.index("}}", start)
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = ctx[name] if "." not in name else lookup(ctx, name)
        for f in filters:
            value = FILTERS[f](value if isinstance(value, str) or f == "money" else str(value))
        out.append(str(value))
        i = end + 2
    return "".join(out)


def lookup(ctx, dotted):
    obj = ctx
    for part in dotted.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


ctx = Context(name="  ada  ", total=1234.5, items=["x", "y"], user={"city": "london", "zip": "N1"})
print(render("Hello {{ name | strip | title }}! You owe {{ total | money }}.", ctx))
print(render("{{user.city|upper}} {{ user.zip | rev }} items={{items|len}} {{missing}}", ctx))
print(render("no placeholders", ctx), render("{{name}}{{name|upper}}", ctx))
print("Dear {name}, ref {ref}".format_map(ctx))
print("%(name)s owes %(total).1f (%(currency)s)" % ctx)
rows = [("Widget", 3, 4.5), ("Gadget", 10, 12.25), ("Thing", 1, 1000)]
line = "{:<10}{:>5}{:>12}"
print(line.format("item", "qty", "subtotal"))
for name, qty, price in rows:
    print(line.format(name, qty, format(qty * price, ",.2f")))
print("{0[0]}-{0[1]}|{1[city]}|{2.real}".format(ctx["items"], ctx["user"], 3 + 4j))
try:
    render("{{ total | nope }}", ctx)
except KeyError as e:
    print("KeyError:", e)
try:
    render("{{ unclosed ", ctx)
except ValueError as e:
    print("ValueError:", e)
