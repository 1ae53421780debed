# set, slice, str, tuple builtins.
print(sorted(set([1, 2, 2, 3])), sorted(set("hello")), set() == set([]), len(set(range(100))))
print(slice(3), slice(1, 4), slice(1, 10, 2), [0, 1, 2, 3, 4][slice(1, 4)], "abcdef"[slice(None, None, 2)])
print(str(), str(1), str(1.5), str([1, 2]), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(str(None), str(True), str(str), str((1,)), str({"a": "b"}), str(-0.0))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(x for x in range(3)), tuple({5: 6}))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"\xff", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"), repr(str(b"x", errors="strict")))
