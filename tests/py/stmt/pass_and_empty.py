# pass, Ellipsis bodies, docstrings.
def nothing():
    pass
def doc_only():
    """Just a docstring."""
def ellipsis_body():
    ...
class Empty:
    pass
class DocClass:
    """Class doc."""
print(nothing(), doc_only(), ellipsis_body())
print(doc_only.__doc__, DocClass.__doc__, nothing.__doc__, Empty.__doc__)
print(type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
print("done")
