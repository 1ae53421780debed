# sys.argv holds the script path as given on the command line.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith("sys_argv.py"))
print(type(sys.argv).__name__, sys.argv[1:])
