# An unterminated string literal.
print("never printed")
s = "unterminated
print(s)
