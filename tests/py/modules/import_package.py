# Packages: __init__, submodules, relative imports, nested packages.
import _pkg
print(_pkg.VERSION, _pkg.Engine(5).run(), _pkg.utils.double(4))
import _pkg.sub.deep
print(_pkg.sub.deep.go())
from _pkg.sub import deep as d2
print(d2 is _pkg.sub.deep, d2.__name__)
from _pkg.utils import double
print(double("ab"))
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(_pkg.__name__, _pkg.core.__name__, hasattr(_pkg, "sub"))
