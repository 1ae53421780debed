# A JSON-like serializer/parser with recursion, escapes, indentation and cycle detection.
class SerializeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def encode_str(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(obj, indent=None, _level=0, _seen=None):
    if _seen is None:
        _seen = set()
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if id(obj) in _seen:
        raise SerializeError("circular reference detected")
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        _seen.add(id(obj))
        parts = [pad + dumps(x, indent, _level + 1, _seen) for x in obj]
        _seen.discard(id(obj))
        return "[" + sep.join(parts) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        _seen.add(id(obj))
        parts = []
        for k in sorted(obj, key=str):
            if not isinstance(k, str):
                k2 = str(k).lower() if isinstance(k, bool) else str(k)
            else:
                k2 = k
            parts.append(pad + encode_str(k2) + ": " + dumps(obj[k], indent, _level + 1, _seen))
        _seen.discard(id(obj))
        return "{" + sep.join(parts) + end + "}"
    raise SerializeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def loads(text):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1

    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                result[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return result
        if ch == "[":
            pos += 1
            items = []
            ws()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                ws()
                pos += 1
                if text[pos - 1] == "]":
                    return items
        if ch == '"':
            pos += 1
            buf = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        buf.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
                    pos += 2
                else:
                    buf.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

    return value()


doc = {"name": "Widget \"Pro\"", "tags": ["a\tb", "new\nline", "caf\u00e9", "\U0001f600"],
       "price": 12.5, "qty": 10**20, "ok": True, "none": None, 3: "three", "nested": {"empty": [], "e": {}},
       "floats": [0.1 + 0.2, 1e-7, 1e22, -0.0, 2.5e-310]}
s = dumps(doc)
print(s)
print(dumps(doc["nested"], indent=2))
print(dumps([1, [2, [3, []]]], indent=1))
back = loads(s)
print(back["name"], back["tags"][:3], back["qty"], back["floats"])
print(loads('{"a": [1, 2, {"b": null}], "c": "\\u0041\\n", "d": -1.5e3}'))
cyc = [1, 2]
cyc.append(cyc)
for bad in (cyc, {"x": float("nan")}, {"s": {1, 2}}):
    try:
        dumps(bad)
    except SerializeError as e:
        print(type(e).__name__, "->", e, isinstance(e, TypeError))
dumps({"when": complex(1, 2)})
