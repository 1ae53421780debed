# A small text adventure driven by a scripted list of commands.
class Room:
    def __init__(self, name, description, exits=None, items=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items or [])

    def __repr__(self):
        return f"Room({self.name!r}, exits={sorted(self.exits)})"


class GameOver(Exception):
    def __init__(self, reason, score):
        super().__init__(reason)
        self.score = score

    def __str__(self):
        return f"{self.args[0]} (score={self.score})"


class Game:
    DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}

    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "library": Room("library", "Shelves of books.", {"south": "hall"}, ["book", "key"]),
            "kitchen": Room("kitchen", "Smells of bread.", {"west": "hall", "down": "cellar"}, ["bread"]),
            "cellar": Room("cellar", "Dark and damp.", {"up": "kitchen"}, ["treasure"]),
        }
        self.current = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "exploring"

    def room(self):
        return self.rooms[self.current]

    def do(self, line):
        self.moves += 1
        verb, *rest = line.split()
        arg = " ".join(rest)
        match verb:
            case "go" | "walk":
                direction = self.DIRECTIONS.get(arg, arg)
                if direction not in self.room().exits:
                    return f"You can't go {direction}."
                target = self.room().exits[direction]
                if target == "cellar" and "lamp" not in self.inventory:
                    return "It is too dark to go down there."
                self.current = target
                return f"You are in the {target}. {self.room().description}"
            case "take":
                if arg in self.room().items:
                    self.room().items.remove(arg)
                    self.inventory.append(arg)
                    if arg == "treasure":
                        raise GameOver("You found the treasure!", 100 - self.moves)
                    return f"Taken: {arg}"
                return f"No {arg} here."
            case "look":
                items = ", ".join(self.room().items) or "nothing"
                return f"{self.room().description} You see: {items}."
            case "inv" | "inventory":
                return "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing")
            case _:
                return f"I don't understand {verb!r}."


game = Game()
script = ["look", "go n", "take key", "take sword", "go s", "go e", "go down",
          "go w", "take lamp", "dance", "inv", "go e", "go down", "look", "take treasure", "look"]
try:
    for cmd in script:
        print(f"> {cmd}")
        print(game.do(cmd))
except GameOver as exc:
    print("GAME OVER:", exc)
    print("moves:", game.moves, "inventory:", game.inventory)
print(game.rooms["cellar"], game.rooms["hall"])
