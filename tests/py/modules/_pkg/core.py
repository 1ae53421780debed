print("loading", __name__)
class Engine:
    def __init__(self, power):
        self.power = power
    def run(self):
        from .utils import describe
        return describe(self)
