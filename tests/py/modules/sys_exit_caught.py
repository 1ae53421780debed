# SystemExit can be caught; its code attribute; exit(0) and exit(None) are successful.
import sys
for arg in [0, 1, 2, "text", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print("exiting cleanly with 0")
sys.exit(0)
