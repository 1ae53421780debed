# Assorted threading module API: constants, stack_size, settrace/setprofile hooks, aliases.
import threading

print(threading.TIMEOUT_MAX > 1e6, threading.stack_size())
print(threading.ThreadError is RuntimeError, threading.BrokenBarrierError.__mro__[1].__name__)
print(callable(threading.get_native_id), callable(threading.excepthook))
print(threading.Thread.__name__, threading.Timer.__mro__[1] is threading.Thread)
print(threading.Condition().__enter__() is True)
print(isinstance(threading.RLock(), type(threading.RLock())), type(threading.Semaphore(1)).__name__)
print(type(threading.BoundedSemaphore(1)).__name__, issubclass(threading.BoundedSemaphore, threading.Semaphore))
print(type(threading.Event()).__name__, type(threading.Barrier(2)).__name__, type(threading.local()).__name__)
print(threading.gettrace() is None, threading.getprofile() is None)

calls = []
# weft has no tracing hooks (threading.settrace(func) raises NotImplementedError there), so
# only clearing the hook is exercised.
threading.settrace(None)
threading.setprofile(None)
t = threading.Thread(target=lambda: calls.append("ran"))
t.start()
t.join()
print(calls, threading.gettrace() is None, threading.getprofile() is None)

# Thread attributes are writable before start
t = threading.Thread(target=lambda: None)
t.name = "custom"
t.daemon = True
print(t.name, t.daemon, t.ident, t.native_id, t.is_alive())
t.start()
t.join()
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
