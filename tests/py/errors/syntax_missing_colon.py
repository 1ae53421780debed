# A missing colon after a for statement header.
for i in range(3)
    print(i)
