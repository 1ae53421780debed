# Deep indentation, mixed block structures, and line joining inside brackets.
def outer(n):
    if n > 0:
        for i in range(n):
            if i % 2 == 0:
                while True:
                    try:
                        if i == 2:
                            print("deep", i)
                        break
                    finally:
                        pass
            else:
                print("odd", i)
    return (n +
            1)
print(outer(4))
data = {
    "k": [
        1,
            2,
    3],
}
print(data)
