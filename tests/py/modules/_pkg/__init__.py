print("initialising package", __name__)
from .core import Engine
from . import utils
VERSION = (1, 2, 3)
