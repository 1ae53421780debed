# Tokenizer + recursive descent parser for arithmetic with variables and functions.
import math

TOKEN_CHARS = "+-*/%^(),="


class ParseError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in TOKEN_CHARS:
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"bad character {ch!r} at {i}")
    tokens.append(("eof", None))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.tokens = tokenize(src)
        self.pos = 0
        if self.tokens[0][0] == "name" and self.tokens[1] == ("op", "="):
            name = self.tokens[0][1]
            self.pos = 2
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek()[0] != "eof":
            raise ParseError(f"unexpected {self.peek()[1]!r}")
        return value

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, op):
        tok = self.next()
        if tok != ("op", op):
            raise ParseError(f"expected {op!r}, got {tok[1]!r}")

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while (tok := self.peek())[0] == "op" and tok[1] in "*/%":
            self.next()
            rhs = self.factor()
            if tok[1] == "*":
                value *= rhs
            elif tok[1] == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek() == ("op", "-"):
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.next()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise NameError(f"undefined variable {val!r}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError(f"unexpected token {val!r}")


env = {"pi": math.pi}
p = Parser(env)
for line in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 7 % 3 + 10", "x * (x - 1) / 4",
             "sqrt(16) + abs(-3.5)", "max(1, x, 4) - min(2, 0.5)", "2 ^ 100", "-7 % 3",
             "floor(pi * 1000) / 1000", "y = 1.1 + 2.2", "y * 3", "((1))", "10 / 4",
             "2 ^ -1", "1 +", "3 $ 4", "max(1 2)", "zz + 1"]:
    try:
        print(f"{line:<28} => {p.parse(line)!r}")
    except ParseError as e:
        print(f"{line:<28} !! ParseError: {e}")
    except (NameError, KeyError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
p.parse("1 / (x - 11)")
