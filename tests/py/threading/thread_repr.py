# Thread repr in every state, with the ident masked.
import threading


def masked(t):
    r = repr(t)
    return r.replace(str(t.ident), "IDENT") if t.ident is not None else r


class MyThread(threading.Thread):
    pass


go = threading.Event()
t1 = threading.Thread(target=go.wait, name="t1")
t2 = threading.Thread(target=go.wait, name="t2", daemon=True)
t3 = MyThread(target=go.wait, name="mine")
t4 = threading.Thread(target=go.wait)
for t in (t1, t2, t3, t4):
    print(masked(t))
for t in (t1, t2, t3, t4):
    t.start()
for t in (t1, t2, t3, t4):
    print(masked(t))
go.set()
for t in (t1, t2, t3, t4):
    t.join()
for t in (t1, t2, t3, t4):
    print(masked(t))
print(masked(threading.main_thread()))
print(masked(threading.Timer(1, print)))
print(str(t1) == repr(t1))
