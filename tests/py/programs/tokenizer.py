# A tokenizer for a small expression language, plus a recursive-descent evaluator.
KEYWORDS = {"let", "in", "if", "then", "else"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word))
            i = j
        elif src.startswith(("==", "!=", "<=", ">=", "**"), i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()<>=%":
            tokens.append(("OP", c))
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(("EOF", None))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def expr(self, env):
        if self.peek() == ("KW", "let"):
            self.take()
            name = self.take("NAME")[1]
            self.take("OP", "=")
            val = self.expr(env)
            self.take("KW", "in")
            return self.expr({**env, name: val})
        return self.comparison(env)
    def comparison(self, env):
        left = self.additive(env)
        while self.peek()[0] == "OP" and self.peek()[1] in ("==", "!=", "<", ">", "<=", ">="):
            op = self.take()[1]
            right = self.additive(env)
            left = {"==": left == right, "!=": left != right, "<": left < right,
                    ">": left > right, "<=": left <= right, ">=": left >= right}[op]
        return left
    def additive(self, env):
        left = self.term(env)
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            right = self.term(env)
            left = left + right if op == "+" else left - right
        return left
    def term(self, env):
        left = self.power(env)
        while self.peek() in (("OP", "*"), ("OP", "/"), ("OP", "%")):
            op = self.take()[1]
            right = self.power(env)
            left = left * right if op == "*" else left / right if op == "/" else left % right
        return left
    def power(self, env):
        base = self.atom(env)
        if self.peek() == ("OP", "**"):
            self.take()
            return base ** self.power(env)
        return base
    def atom(self, env):
        kind, val = self.take()
        if kind in ("NUM", "STR"):
            return val
        if kind == "NAME":
            return env[val]
        if (kind, val) == ("OP", "-"):
            return -self.atom(env)
        if (kind, val) == ("OP", "("):
            v = self.expr(env)
            self.take("OP", ")")
            return v
        raise SyntaxError(f"unexpected token {val!r}")
programs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', 'let x = 5 in x * x - 1', '"ab" + "cd"',
            'let a = 2 in let b = a * 10 in b % 7 + a', '10 / 4', '-3 + -(2 * 2)', '1 < 2', 'x + 1', '3 $ 4', '(1 + 2']
for p in programs:
    try:
        toks = tokenize(p)
        print(p, "=>", [t for t in toks if t[0] != "EOF"])
        print("   value:", Parser(toks).expr({}))
    except (SyntaxError, KeyError) as e:
        print("   error:", type(e).__name__, e)
