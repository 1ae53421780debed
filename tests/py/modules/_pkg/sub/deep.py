print("loading", __name__)
from .. import utils
from ..core import Engine
from . import sibling
def go():
    return utils.double(Engine(21).power), sibling.NAME
