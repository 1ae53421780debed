# Error paths of Thread: start twice, join before start, join current thread, bad construction.
import threading


def show(label, f):
    try:
        f()
        print(label, "no error")
    except (RuntimeError, AssertionError, TypeError) as e:
        print(label, type(e).__name__, e)


t = threading.Thread(target=lambda: None)
show("join before start", t.join)
t.start()
show("start twice", t.start)
t.join()
show("start after join", t.start)
show("join main from main", threading.current_thread().join)
show("join main_thread()", threading.main_thread().join)

inner = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        inner.append((type(e).__name__, str(e)))
    try:
        threading.current_thread().start()
    except RuntimeError as e:
        inner.append((type(e).__name__, str(e)))


s = threading.Thread(target=self_join)
s.start()
s.join()
print(inner)

show("group", lambda: threading.Thread(group=object(), target=print))


class NoInit(threading.Thread):
    def __init__(self):
        pass


show("no __init__", lambda: NoInit().start())

bad = threading.Thread(target=42)
errs = []
threading.excepthook = lambda args: errs.append((args.exc_type.__name__, str(args.exc_value)))
bad.start()
bad.join()
print("non-callable target:", errs)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
