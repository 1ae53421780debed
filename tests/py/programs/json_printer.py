# A hand-written JSON serializer/pretty-printer and a small parser.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(obj, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    nl = "\n" if indent else ""
    sep = ": " if indent else ":"
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in obj]
        return "[" + nl + ("," + nl).join(items) + nl + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + escape(str(k)) + sep + dumps(v, indent, level + 1) for k, v in obj.items()]
        return "{" + nl + ("," + nl).join(items) + nl + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = text[pos]
        if c == "{":
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
                pos += 1
                result[k] = value()
                ws()
                c = text[pos]
                pos += 1
                if c == "}":
                    return result
        if c == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                c = text[pos]
                pos += 1
                if c == "]":
                    return result
        if c == '"':
            end = pos + 1
            chars = []
            while text[end] != '"':
                if text[end] == "\\":
                    nxt = text[end + 1]
                    if nxt == "u":
                        chars.append(chr(int(text[end + 2:end + 6], 16)))
                        end += 6
                        continue
                    chars.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    end += 2
                    continue
                chars.append(text[end])
                end += 1
            pos = end + 1
            return "".join(chars)
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(lit, pos):
                pos += len(lit)
                return val
        end = pos
        while end < len(text) and text[end] in "+-0123456789.eE":
            end += 1
        num = text[pos:end]
        pos = end
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = {"name": "weft", "version": [0, 1, 0], "tags": ["fast", "safe"], "nested": {"pi": 3.14159,
       "empty": {}, "list": [], "ok": True, "missing": None, "big": 2 ** 70}, "text": 'quote " tab\t é\n'}
print(dumps(doc))
pretty = dumps(doc, indent=2)
print(pretty)
back = loads(pretty)
print(back == doc, back["nested"]["big"], back["text"] == doc["text"])
print(loads('[1, -2.5, 3e2, "x", [true, false, null], {"a": {"b": []}}]'))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
