# Short-circuit evaluation and truthiness.
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(t("a", "first") or t("b", 1))
print(not t("a", []))
for v in [0, 0.0, 0j, "", [], (), {}, set(), None, False, range(0), b"", 1, -1, "0", [0], (None,), {0: 0}]:
    print(repr(v), bool(v), not v)
x = [] or {} or "default"
print(x)
y = [1] and "second"
print(y)
