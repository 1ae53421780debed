# Uncaught exceptions in named threads and subclasses; SystemExit in a thread is silent.
import sys
import threading


class Failing(threading.Thread):
    def run(self):
        raise ValueError(f"bad value in {self.name}")


def quit_quietly():
    sys.exit(3)


q = threading.Thread(target=quit_quietly, name="quitter")
q.start()
q.join()
print("SystemExit in a thread does not stop the program")

f = Failing(name="failing-one")
f.start()
f.join()
print("after failing-one")


def nested():
    def level2():
        raise KeyError("missing")
    try:
        level2()
    except KeyError as e:
        raise LookupError("wrapped") from e


n = threading.Thread(target=nested, name="nested")
n.start()
n.join()
print("after nested")


def last():
    raise RuntimeError("last one")


threading.Thread(target=last, name="finale").start()
for t in threading.enumerate():
    if t is not threading.current_thread():
        t.join()
print("done")
