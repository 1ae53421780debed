# Infix to RPN conversion (shunting-yard) and RPN evaluation with error handling.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}
def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character {ch!r}")
    if num:
        tokens.append(num)
    return tokens
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced )")
            ops.pop()
        else:
            out.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced (")
        out.append(op)
    return out
def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if t in PREC:
            if len(stack) < 2:
                raise ValueError("stack underflow")
            b, a = stack.pop(), stack.pop()
            if t == "+": stack.append(a + b)
            elif t == "-": stack.append(a - b)
            elif t == "*": stack.append(a * b)
            elif t == "/": stack.append(a / b)
            elif t == "%": stack.append(a % b)
            else: stack.append(a ** b)
        else:
            stack.append(float(t) if "." in t else int(t))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]
for expr in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*(3+4)", "2^3^2", "10 % 4 + 0.5", "100 / (5 - 5)",
             "((2)", "2 + ", "7 $ 3", "1 - 2 - 3", "2 * (3 + 4) * 5"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:34} rpn: {' '.join(rpn):28} = {eval_rpn(rpn)}")
    except (ValueError, ZeroDivisionError) as e:
        print(f"{expr:34} error: {type(e).__name__}: {e}")
