# Single and multi-level inheritance, method overriding, isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(bool, (str, int)))
print(Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__, [c.__name__ for c in Puppy.__mro__])
print(Cat("x", False).indoor, Animal.__name__, Dog.__qualname__, Dog.sound, Puppy.sound)
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)), type(Puppy("p")) is Puppy)
print(Animal.__subclasses__() == [Dog, Cat], object.__name__, issubclass(Animal, object))
