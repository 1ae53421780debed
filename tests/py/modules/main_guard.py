# __name__ == "__main__" in the main script; module-level dunders.
def main():
    print("main() runs because __name__ is", repr(__name__))
    return 0
print(__name__, __file__.endswith("main_guard.py"), __doc__ is None)
if __name__ == "__main__":
    main()
else:
    print("imported")
import _helper
print(_helper.__name__ != "__main__")
