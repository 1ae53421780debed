# Document tag index using sets of integer ids; prints sets directly as people do.
docs = {
    1: "python rust interpreter fast",
    2: "rust memory safety",
    3: "python scripting glue",
    4: "interpreter design bytecode",
    5: "fast bytecode python",
    8: "memory allocator rust fast",
    13: "glue code scripting",
    21: "python interpreter bytecode",
}
index = {}
for doc_id, text in docs.items():
    for word in text.split():
        index.setdefault(word, set()).add(doc_id)

print("python:", index["python"])
print("rust:", index["rust"])
print("fast & python:", index["fast"] & index["python"])
print("rust | glue:", index["rust"] | index["glue"])
print("interpreter - python:", index["interpreter"] - index["python"])
print("python ^ bytecode:", index["python"] ^ index["bytecode"])
all_ids = set(docs)
print("no python:", all_ids - index["python"])
for word in sorted(index):
    ids = index[word]
    print(f"{word:<12} {len(ids)} {sorted(ids)}")
seen = set()
dupes = set()
for n in [5, 3, 9, 3, 7, 5, 1, 9, 9]:
    (dupes if n in seen else seen).add(n)
print(seen, dupes, frozenset(dupes))
squares = {x * x % 17 for x in range(20)}
print(squares, len(squares))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(primes)
print({n % 10 for n in primes}, {-3, -1, 0, 2}, {100, 200, 300, 7})
