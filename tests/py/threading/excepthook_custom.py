# A custom threading.excepthook receives the exception and the thread.
import sys
import threading

seen = []


def hook(args):
    seen.append((
        args.exc_type.__name__,
        str(args.exc_value),
        args.thread.name if args.thread is not None else None,
        args.exc_traceback is not None,
        type(args.exc_value) is args.exc_type,
    ))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def boom(msg):
    raise ValueError(msg)


class Custom(Exception):
    def __str__(self):
        return "custom str"


def custom():
    raise Custom()


for i, (target, args) in enumerate([(boom, ("first",)), (boom, ("second",)), (custom, ()),
                                    (lambda: {}["k"], ()), (lambda: sys.exit(5), ())]):
    t = threading.Thread(target=target, args=args, name=f"worker-{i}")
    t.start()
    t.join()
for s in seen:
    print(s)


ok = threading.Thread(target=lambda: None, name="fine")
ok.start()
ok.join()
print(len(seen), "calls after a thread that did not fail")
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
