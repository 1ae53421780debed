# Soft keywords used as identifiers; builtins that may be shadowed.
match = 5
case = 6
_ = 7
type = "shadowed"
print(match, case, _, type)
del type
print(type(1).__name__)
def match_fn(match):
    return match * 2
print(match_fn(match))
print([match for match in range(3)])
class case_cls:
    case = "attr"
print(case_cls.case)
