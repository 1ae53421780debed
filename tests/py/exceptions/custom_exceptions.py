# User-defined exception classes: args, attributes, __str__, inheritance.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFound(AppError, LookupError):
    pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", f"expected int, got {type(age).__name__}")
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
for v in [5, -1, "x"]:
    try:
        print("valid", validate(v))
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", e.field)
try:
    raise NotFound("item 42")
except LookupError as e:
    print("NotFound caught as LookupError:", e, repr(e), [c.__name__ for c in type(e).__mro__])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
class NoInitCall(Exception):
    def __init__(self, code):
        self.code = code
e = NoInitCall(404)
print(repr(str(e)), e.args, e.code)
class Rich(Exception):
    def __repr__(self):
        return "Rich!"
print(repr(Rich("a")), str(Rich("a")), Rich("a", "b").args)
raise ValidationError("name", "is required")
