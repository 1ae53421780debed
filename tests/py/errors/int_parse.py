# Uncaught ValueError from int().
for s in ["10", "-3", " 7 "]:
    print(int(s))
int('x')
