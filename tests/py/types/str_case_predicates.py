# str case conversion and predicates.
words = ["hello world", "Hello World", "HELLO", "hello", "Hello", "hELLO wORLD", "123", "abc123",
         "  ", "", "a_b", "Title Case Text", "ß", "straße", "x1 y2", "\t\n", "١٢٣", "½", "Ⅳ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
    print("  ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isdigit(), w.isdecimal(),
          w.isnumeric(), w.isalnum(), w.isspace(), w.isidentifier(), w.isprintable(), w.isascii())
print("it's a dog's life".title(), "o'neil mc-donald".capitalize())
