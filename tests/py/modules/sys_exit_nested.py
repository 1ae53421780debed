# sys.exit from inside nested function calls and with statements; exit status 7.
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
def inner():
    with CM():
        sys.exit(7)
def outer():
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
outer()
