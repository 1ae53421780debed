# Uncaught ModuleNotFoundError.
import sys
print("importing something that does not exist")
import definitely_not_a_real_module_xyz
