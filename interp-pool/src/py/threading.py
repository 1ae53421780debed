"""Thread module emulating a subset of Java's threading model (weft edition).

weft runs every thread in its own isolated interpreter, and each interpreter
imports this module itself.  Hence:

* Process-wide state (the registry of running threads, the main thread object,
  the non-daemon threads that _shutdown() waits for, the shutdown flag) lives
  in native shared dicts from _thread._shared_dict(), never in module-level
  Python containers (those would be per-interpreter).  threading.excepthook
  is resolved across interpreters (see _get_excepthook).
* A Thread object lives in the interpreter that created it; other threads see
  it through a proxy, where every attribute access is a round trip.  Starting a
  thread therefore performs no proxied access at all when run() is not
  overridden: the creator passes the target and the shared primitives to the
  new thread, the new thread hands its native id back through a shared dict,
  and the creator records ident/native_id on its own (local) object and
  registers it before the new thread runs any user code.
* Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event and Barrier are the
  native primitives of _thread, shared by handle between interpreters.
"""

import sys as _sys
import _thread

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
_CRLock = _thread.RLock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_Event = _thread._Event
_shared_dict = _thread._shared_dict
_next_thread_number = _thread._next_thread_number
_print_exception = _thread._print_exception
_daemon_threads_allowed = getattr(_thread, 'daemon_threads_allowed', None)
_is_main_interpreter = _thread._is_main_interpreter

# Process-wide state, shared by every interpreter.
_active = _shared_dict('threading._active')        # ident -> Thread
_nondaemon = _shared_dict('threading._nondaemon')  # ident -> done Event
_handoff = _shared_dict('threading._handoff')      # start key -> native id
_globals = _shared_dict('threading._globals')      # 'main', 'shutting_down'


# Support for profile and trace hooks.  weft has no tracing machinery, so only
# None can be installed; anything else is refused loudly rather than ignored.

_profile_hook = None
_trace_hook = None

def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    weft cannot profile threads: only None is accepted.
    """
    global _profile_hook
    if func is not None:
        raise NotImplementedError(
            "threading.setprofile() is not supported by weft "
            "(threads run in isolated interpreters without profiling hooks); "
            "only threading.setprofile(None) is accepted")
    _profile_hook = func

def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook

def settrace(func):
    """Set a trace function for all threads started from the threading module.

    weft cannot trace threads: only None is accepted.
    """
    global _trace_hook
    if func is not None:
        raise NotImplementedError(
            "threading.settrace() is not supported by weft "
            "(threads run in isolated interpreters without tracing hooks); "
            "only threading.settrace(None) is accepted")
    _trace_hook = func

def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# Synchronization classes: the native, shareable primitives.

Lock = _allocate_lock
RLock = _CRLock
Condition = _thread._Condition
Semaphore = _thread._Semaphore
BoundedSemaphore = _thread._BoundedSemaphore
Event = _Event
Barrier = _thread._Barrier
BrokenBarrierError = _thread.BrokenBarrierError
# weft: raised under -X strict-sharing when an object would be shared by proxy.
IsolationError = getattr(_thread, 'IsolationError', RuntimeError)


# Deprecated aliases warn when the warnings module exists (not in weft).

_warnings = None

def _warn_deprecated(message):
    global _warnings
    if _warnings is None:
        try:
            import warnings as _w
        except ImportError:
            _w = False
        _warnings = _w
    if _warnings:
        # caller of the deprecated function: helper -> deprecated function -> caller
        _warnings.warn(message, DeprecationWarning, stacklevel=3)


# Per-thread cache of the current thread's daemon flag (it cannot change once
# the thread runs): new Threads inherit it without a proxied read.
_daemon_cache = _thread._local()

def _current_daemon():
    try:
        return _daemon_cache.daemon
    except AttributeError:
        daemon = _daemon_cache.daemon = current_thread().daemon
        return daemon


def _newname(name_template):
    # The counter is process-wide, like CPython's single module counter.
    return name_template % _next_thread_number()


# Main class for threads

class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways
    to specify the activity: by passing a callable object to the constructor, or
    by overriding the run() method in a subclass.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments.

        *group* should be None; *target* is the callable invoked by run();
        *name* is the thread name (default "Thread-N" or "Thread-N (target)");
        *args*/*kwargs* are the target's arguments; *daemon* defaults to the
        daemon flag of the creating thread.
        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = _current_daemon()
        self._ident = None
        self._native_id = None
        self._started = _Event()     # set by the creator once registered
        self._done = _Event()        # set by the thread when it has finished
        self._start_called = False
        self._fast_run = False       # target was handed to the thread directly
        self._initialized = True
        # Copy of sys.stderr used by the excepthook when sys.stderr is None
        self._stderr = getattr(_sys, 'stderr', None)
        # CPython checks the hooks when the Thread is created
        if _own_excepthook() is None:
            raise RuntimeError("threading.excepthook is None")
        if getattr(_sys, 'excepthook', True) is None:
            raise RuntimeError("sys.excepthook is None")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
            if self._check_stopped():
                status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the
        object's run() method to be invoked in a separate thread of control.

        This method will raise a RuntimeError if called more than once on the
        same thread object.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        started = self._started
        if self._start_called or started.is_set():
            raise RuntimeError("threads can only be started once")
        daemonic = self._daemonic
        if (daemonic and _daemon_threads_allowed is not None
                and not _daemon_threads_allowed()):
            raise RuntimeError("daemon threads are disabled in this (sub)interpreter")
        self._start_called = True

        done = self._done
        ready = _Event()
        key = "%d:%d" % (get_ident(), id(self))
        target = None
        args = ()
        kwargs = None
        fast = False
        if type(self).run is Thread.run:
            # Fast path: the new thread calls the target itself, with the
            # arguments passed one by one (each crosses on its own), instead
            # of reading _target/_args/_kwargs back through a proxy.
            target = self._target
            args = self._args
            kwargs = self._kwargs
            fast = True
            if type(args) is not tuple:
                if type(args) is list:
                    args = tuple(args)
                else:
                    fast = False    # let run() raise CPython's error, if any
            if type(kwargs) is not dict:
                fast = False
            elif not kwargs:
                kwargs = None
            else:
                for k in kwargs:
                    if type(k) is not str:
                        fast = False
                        break
            if not fast:
                target = self
                args = ()
                kwargs = None
        else:
            target = self    # _bootstrap calls target.run()
        # A hook assigned in (or inherited by) a non-main interpreter goes
        # along; the main interpreter's is looked up when needed.
        hook = None
        if not _is_main_interpreter():
            hook = _own_excepthook()
            if hook is _NOT_SET or hook is __excepthook__:
                hook = None
        # A str, a bool, native primitives, shared dicts and (rarely) a hook.
        ctl = (key, ready, started, done, fast, hook, _handoff, _active, _nondaemon)
        try:
            if kwargs is None:
                ident = _start_new_thread(_bootstrap, (ctl, target) + args)
            else:
                ident = _start_new_thread(_bootstrap, (ctl, target) + args, kwargs)
        except BaseException:
            self._start_called = False
            raise
        try:
            ready.wait()
            info = _handoff.pop(key, None)
            if info is not None:
                ident, native_id = info
            else:
                native_id = None
            self._ident = ident
            self._native_id = native_id
            self._fast_run = fast
            _active[ident] = self
            if not daemonic:
                _nondaemon[ident] = done
        finally:
            # Lets the new thread go on to run(); also wakes it on failure.
            started.set()

    def run(self):
        """Method representing the thread's activity.

        You may override this method in a subclass. The standard run() method
        invokes the callable object passed to the object's constructor as the
        target argument, if any, with sequential and keyword arguments taken
        from the args and kwargs arguments, respectively.
        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _check_stopped(self, done=None):
        # True once the thread has finished; drops the target the creator
        # kept on the fast path, as CPython's run() does when it ends.
        if done is None:
            done = self._done
        if not done.is_set():
            return False
        if self._fast_run:
            self._fast_run = False
            try:
                del self._target, self._args, self._kwargs
            except AttributeError:
                pass
        return True

    @property
    def _is_stopped(self):
        return self._started.is_set() and self._check_stopped()

    def join(self, timeout=None):
        """Wait until the thread terminates.

        This blocks the calling thread until the thread whose join() method is
        called terminates -- either normally or through an unhandled exception
        or until the optional timeout occurs.  join() always returns None; call
        is_alive() afterwards to decide whether a timeout happened.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        done = self._done
        if done.is_set():
            self._check_stopped(done)
            return
        if self._ident == get_ident():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            finished = done.wait()
        else:
            # historically .join(timeout=x) for x<0 has acted as if timeout=0
            finished = done.wait(max(timeout, 0))
        if finished:
            self._check_stopped(done)

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Compatibility with code reaching into CPython's internals.
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = None
        self._done.wait(timeout)
        self._check_stopped()

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive.

        This method returns True just before the run() method starts until just
        after the run() method terminates.
        """
        assert self._initialized, "Thread.__init__() not called"
        if not self._started.is_set():
            return False
        return not self._check_stopped()

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._start_called or self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return the thread name (deprecated)."""
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the thread name (deprecated)."""
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


def _make_bootstrap():
    # _bootstrap is defined inside a function on purpose: weft resolves the
    # functions of the threading module by name in the receiving interpreter
    # (so a fresh interpreter would first import threading), but rebuilds a
    # nested function from its code.  _bootstrap reads no global: everything
    # arrives as arguments.  A Thread whose run() is not overridden thus
    # starts without touching the Thread object (a proxy in the new thread)
    # and without importing threading there; the new thread's own threading
    # module is imported only to report an exception or inherit a hook.
    def _bootstrap(ctl, target, /, *args, **kwargs):
        from _thread import get_ident, get_native_id
        key, ready, started, done, fast, hook, handoff, active, nondaemon = ctl
        ident = get_ident()
        # weft: the runtime sets `done` even if this thread dies abnormally (a contained
        # panic), so that join() and interpreter shutdown never wait forever.
        import _thread
        _set_done = getattr(_thread, '_set_done_event', None)
        if _set_done is not None:
            _set_done(done)
        try:
            try:
                handoff[key] = (ident, get_native_id())
            finally:
                ready.set()
            started.wait()   # the creator has registered us
            if hook is not None:
                import threading
                threading._inherit_excepthook(hook)
            try:
                if not fast:
                    target.run()           # target is the Thread object
                elif target is not None:
                    target(*args, **kwargs)
            except BaseException as exc:
                import threading
                thread = target if not fast else active.get(ident)
                threading._invoke_excepthook(thread, exc)
        finally:
            try:
                del active[ident]
            except KeyError:
                pass
            try:
                del nondaemon[ident]
            except KeyError:
                pass
            done.set()
    return _bootstrap

_bootstrap = _make_bootstrap()
del _make_bootstrap


# Uncaught exceptions

class ExceptHookArgs(tuple):
    """ExceptHookArgs((exc_type, exc_value, exc_traceback, thread))"""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


def _display_exception(exc_type, exc_value, exc_traceback, file):
    if isinstance(exc_value, BaseException):
        if exc_traceback is not None and exc_value.__traceback__ is None:
            exc_value.__traceback__ = exc_traceback
        if file is _sys.stderr:
            _print_exception(exc_value)
        else:
            saved = _sys.stderr
            _sys.stderr = file
            try:
                _print_exception(exc_value)
            finally:
                _sys.stderr = saved
    else:
        name = getattr(exc_type, '__name__', None) or repr(exc_type)
        if exc_value is None:
            file.write(f"{name}\n")
        else:
            file.write(f"{name}: {exc_value}\n")


def __excepthook__(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type == SystemExit:
        # silently ignore SystemExit
        return

    stderr = getattr(_sys, 'stderr', None)
    thread = args.thread
    if stderr is None:
        if thread is None:
            return
        stderr = thread._stderr
        if stderr is None:
            return

    if thread is not None:
        name = thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _display_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


# The name stays __excepthook__ for weft's by-name crossing (threading.excepthook
# is computed, see __getattr__); printed as CPython's.
__excepthook__.__name__ = 'excepthook'

# threading.excepthook.  Each weft interpreter has its own threading module;
# the value that counts is, in order:
#   1. a hook assigned in this interpreter (`threading.excepthook = hook`,
#      stored in this module's namespace);
#   2. one inherited by this thread: start() in a non-main interpreter passes
#      its own or inherited hook to the new thread;
#   3. the main interpreter's threading.excepthook, read when needed (this
#      is what CPython code sets, in the main thread);
#   4. __excepthook__.
_namespace = globals()
_inherited = _thread._local()
_NOT_SET = object()
_main_module_attr = getattr(_thread, '_main_module_attr', None)

def _own_excepthook():
    try:
        return _namespace['excepthook']
    except KeyError:
        return getattr(_inherited, 'hook', _NOT_SET)

def _get_excepthook():
    hook = _own_excepthook()
    if hook is not _NOT_SET:
        return hook
    if _main_module_attr is not None and not _is_main_interpreter():
        try:
            return _main_module_attr(__name__, 'excepthook')
        except Exception:
            pass
    return __excepthook__

def _inherit_excepthook(hook):
    _inherited.hook = hook


def _invoke_excepthook(thread, exc):
    args = None
    try:
        hook = _get_excepthook()
        if hook is None:
            hook = __excepthook__
        args = ExceptHookArgs((type(exc), exc, exc.__traceback__, thread))
        hook(args)
    except Exception as hook_exc:
        hook_exc.__suppress_context__ = True
        stderr = getattr(_sys, 'stderr', None)
        if stderr is None and thread is not None:
            stderr = thread._stderr
        if stderr is None:
            return
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        sys_excepthook = getattr(_sys, 'excepthook', None)
        if sys_excepthook is not None:
            sys_excepthook(type(hook_exc), hook_exc, hook_exc.__traceback__)
        else:
            _display_exception(type(hook_exc), hook_exc,
                               hook_exc.__traceback__, stderr)
    finally:
        # Break reference cycle (exception stored in a variable)
        args = None


# The timer class was contributed by Itamar Shtull-Trauring

class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        finished = self.finished
        finished.wait(self.interval)
        if not finished.is_set():
            self.function(*self.args, **self.kwargs)
        finished.set()


# Special thread class to represent the main thread

class _MainThread(Thread):

    def __init__(self, _foreign=False):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._start_called = True
        if _foreign:
            # Stand-in used by an interpreter that is not the main one while
            # the main interpreter has not imported threading: not registered.
            self._ident = _thread._main_thread_ident()
            self._started.set()
            return
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        _active[self._ident] = self


# Dummy thread class to represent threads not started here.
# They are marked as daemon threads so we won't wait for them when we exit.
# Their purpose is to return *something* from current_thread().  Unlike
# CPython 3.11, the entry is dropped from the registry when the thread ends
# (through a thread-local sentinel), since its interpreter goes away with it.

class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._start_called = True
        self._started.set()
        ident = self._ident = get_ident()
        self._native_id = get_native_id()
        _active[ident] = self
        _dummy_local.sentinel = _DummySentinel(ident, self._done)

    def is_alive(self):
        assert self._started.is_set()
        return not self._done.is_set()

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class _DummySentinel:
    # Lives in a thread-local slot of the dummy thread; dropped when it ends.
    def __init__(self, ident, done):
        self.ident = ident
        self.done = done

    def __del__(self):
        try:
            self.done.set()
            _active.pop(self.ident, None)
        except Exception:
            pass


_dummy_local = _thread._local()


# Global API functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading
    module, a dummy thread object with limited functionality is returned.
    """
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread

def currentThread():
    """Return the current Thread object (deprecated alias of current_thread())."""
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()

def active_count():
    """Return the number of Thread objects currently alive."""
    return len(_active)

def activeCount():
    """Return the number of Thread objects currently alive (deprecated)."""
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()

def _enumerate():
    return list(_active.values())

def enumerate():
    """Return a list of all Thread objects currently alive.

    The list includes daemonic threads, dummy thread objects created by
    current_thread(), and the main thread. It excludes terminated threads and
    threads that have not yet been started.
    """
    return list(_active.values())


_threading_atexits = []     # per interpreter: run by _shutdown() of this interpreter
_SHUTTING_DOWN = False

def _register_atexit(func, *arg, **kwargs):
    """CPython internal: register *func* to be called before joining threads.

    The registered *func* is called with its arguments just before all
    non-daemon threads are joined in `_shutdown()`, in reverse order.
    """
    if _SHUTTING_DOWN or _globals.get('shutting_down', False):
        raise RuntimeError("can't register atexit after shutdown")

    def call():
        func(*arg, **kwargs)
    _threading_atexits.append(call)


stack_size = _thread.stack_size


# Create the main thread object (main interpreter only); other interpreters
# find it in the shared state.

_main_cache = None
_main_is_stand_in = False
if _is_main_interpreter():
    _main_thread = _main_cache = _MainThread()
    _globals['main'] = _main_thread
# elsewhere _main_thread is looked up on first use (see __getattr__)


def _shutdown():
    """
    Wait until all non-daemon threads have finished (called by the runtime
    when the main script ends, in the main thread).
    """
    global _SHUTTING_DOWN
    main = main_thread() if _is_main_interpreter() else None
    if main is not None and main._done.is_set():
        # _shutdown() was already called
        return

    _SHUTTING_DOWN = True
    _globals['shutting_down'] = True

    # Call registered threading atexit functions before threads are joined.
    # Order is reversed, similar to atexit.
    for atexit_call in reversed(_threading_atexits):
        atexit_call()

    me = get_ident()
    if main is not None and main._ident == me:
        main._done.set()    # joiners of the main thread wake up

    # Join all non-daemon threads, including those started meanwhile.  A
    # thread removes its entry just before setting its done event.
    while True:
        pending = [(ident, done) for ident, done in _nondaemon.items()
                   if ident != me]
        if not pending:
            break
        for ident, done in pending:
            done.wait()
            if _nondaemon.get(ident) is done:
                _nondaemon.pop(ident, None)


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the
    Python interpreter was started.
    """
    global _main_cache, _main_is_stand_in
    main = _main_cache
    if main is None or _main_is_stand_in:
        real = _globals.get('main')
        if real is not None:
            _main_cache = main = real
            _main_is_stand_in = False
        elif main is None:
            _main_cache = main = _MainThread(_foreign=True)
            _main_is_stand_in = True
    return main


local = _thread._local


def __getattr__(name):
    # PEP 562: attributes computed on demand.
    if name == 'excepthook':
        return _get_excepthook()
    if name == '_main_thread':
        return main_thread()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
