# Assignment to a literal is a syntax error.
print("never printed")
x = 5
1 = x
