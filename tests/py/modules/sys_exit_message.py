# sys.exit("msg") prints msg to stderr and exits with status 1.
import sys
print("exiting with a message")
sys.exit("fatal: configuration missing")
