# Uncaught IndexError from indexing an empty list.
items = []
print("len", len(items))
print(items[1])
