# A library lending system: classes, properties, custom exceptions, generators and sorting.
class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    pass
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None
    @property
    def available(self):
        return self.borrower is None
    def __repr__(self):
        return f"<{self.title} ({self.year})>"
class Member:
    LIMIT = 2
    def __init__(self, name):
        self.name = name
        self.books = []
    def __repr__(self):
        return f"Member({self.name}, {len(self.books)} books)"
class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.events = []
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
    def lend(self, isbn, name):
        book, member = self.books[isbn], self.members[name]
        if not book.available:
            raise NotAvailable(f"{book.title!r} is lent to {book.borrower.name}")
        if len(member.books) >= member.LIMIT:
            raise LimitReached(f"{name} already has {len(member.books)} books")
        book.borrower = member
        member.books.append(book)
        self.events.append((self.day, "lend", isbn, name))
    def give_back(self, isbn):
        book = self.books[isbn]
        book.borrower.books.remove(book)
        self.events.append((self.day, "return", isbn, book.borrower.name))
        book.borrower = None
    def available_books(self):
        for b in sorted(self.books.values(), key=lambda b: (b.author, b.year)):
            if b.available:
                yield b
lib = Library()
lib.add(Book("1", "Dune", "Herbert", 1965), Book("2", "Emma", "Austen", 1815),
        Book("3", "Persuasion", "Austen", 1817), Book("4", "Neuromancer", "Gibson", 1984),
        Book("5", "Ubik", "Dick", 1969))
for name in ["ann", "ben"]:
    lib.join(name)
actions = [("lend", "1", "ann"), ("lend", "1", "ben"), ("lend", "2", "ann"), ("lend", "3", "ann"),
           ("return", "1", None), ("lend", "1", "ben"), ("lend", "4", "ben"), ("lend", "5", "ben"), ("return", "2", None)]
for act, isbn, name in actions:
    lib.day += 1
    try:
        if act == "lend":
            lib.lend(isbn, name)
        else:
            lib.give_back(isbn)
        print(f"day {lib.day}: {act} {lib.books[isbn].title} ok")
    except LibraryError as e:
        print(f"day {lib.day}: {type(e).__name__}: {e}")
print(list(lib.available_books()))
print(sorted(lib.members.values(), key=lambda m: m.name))
print([e for e in lib.events if e[1] == "lend"])
by_author = {}
for b in lib.books.values():
    by_author.setdefault(b.author, []).append(b.title)
print(dict(sorted(by_author.items())))
