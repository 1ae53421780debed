# Exception attributes and methods: add_note (3.11), with_traceback, __traceback__ presence.
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
eg = ExceptionGroup("group", [ValueError("a"), TypeError("b")])
print(eg, len(eg.exceptions), [type(x).__name__ for x in eg.exceptions], eg.message)
try:
    raise eg
except* ValueError as g:
    print("except* ValueError:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("except* TypeError:", [str(x) for x in g.exceptions])
match_, rest = eg.split(ValueError)
print(match_.exceptions, rest.exceptions)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
