# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.
#
# weft version: follows CPython 3.11's Lib/concurrent/futures/__init__.py,
# rewritten for weft's restricted stdlib (threading, queue, _thread, sys,
# time, math only).

"""Execute computations asynchronously using threads or processes."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

# CPython imports ThreadPoolExecutor lazily through a module __getattr__;
# weft imports it eagerly (simpler, and does not depend on PEP 562).
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.interpreter import InterpreterPoolExecutor

# NOTE: ProcessPoolExecutor is deliberately NOT defined.  weft has no
# processes (every thread is its own isolated interpreter, in one process),
# so there is no concurrent.futures.process module.  Accessing
# ``concurrent.futures.ProcessPoolExecutor`` raises AttributeError and
# ``from concurrent.futures import ProcessPoolExecutor`` raises ImportError,
# which is what portable code that feature-tests for it expects.  It is also
# left out of __all__ so that ``from concurrent.futures import *`` works.

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
    'InterpreterPoolExecutor',
)
