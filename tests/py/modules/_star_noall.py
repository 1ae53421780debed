visible = 1
also_visible = [2]
_private = 3
def func():
    return "func from _star_noall"
