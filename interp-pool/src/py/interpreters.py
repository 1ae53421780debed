"""`interpreters`: the PEP 554/734 name for `concurrent.interpreters`."""

from concurrent.interpreters import *  # noqa: F401,F403
from concurrent.interpreters import __all__  # noqa: F401
from concurrent.interpreters import QueueError  # noqa: F401
