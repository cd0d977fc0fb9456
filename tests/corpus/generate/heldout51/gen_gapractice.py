"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A genetic algorithm printing as randm989/genetic-algorithm-practice ``main.py`` (commit
85b687cc), ``population.py`` and ``individual.py`` (Python 2 ``print`` statements, here
``print()`` calls with the same output): ``print pop`` (the population's ``__str__`` returns an
empty string, so an empty line), ``Avg fitness: 0.4123...`` (``str(float)``, unformatted) and
``Fittest: `` followed by the best individual's 8 attributes, each ``str(att) + " "`` (a trailing
space), then per generation ``Generation 1``, ``Avg fitness: ...``, ``Fittest: ...`` until the
best fitness reaches 0.99999. Here: individuals of 8 attributes in [-1, 1], fitness 1 / (1 +
squared distance to a hidden target vector), tournament selection, uniform crossover, Gaussian
mutation and elitism in a population of 30, at most 40 generations. Judgement call: the stored
``population.py`` picks the individual with the lowest fitness as the fittest; ours picks the
highest, so that the loop's stopping test can be met.

Truth: ``Avg fitness`` at the generation of the ``Generation i`` line above it (the first one,
before any generation, without a step). Optional: the first attribute after ``Fittest:`` (a
parameter of the individual, not a score).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import random

    random.seed(25)
    num_atts = 8
    target = [random.random() * 2 - 1 for _ in range(num_atts)]

    class Individual:
        def __init__(self, init=True):
            self.attributeVector = []
            if init:
                for _ in range(num_atts):
                    self.attributeVector += [random.random() * 2 - 1]

        def description(self):
            result = ""
            for att in self.attributeVector:
                result += str(att) + " "
            return result

        def __str__(self):
            return self.description()

    def fitness(ind):
        return 1.0 / (1.0 + sum((a - b) ** 2 for a, b in zip(ind.attributeVector, target)))

    class Population:
        def __init__(self, size=30, initialize=True):
            self.individuals = [Individual() for _ in range(size)] if initialize else []

        def getFittest(self):
            return max(self.individuals, key=fitness)

        def averageFitness(self):
            return sum(fitness(i) for i in self.individuals) / len(self.individuals)

        def __str__(self):
            return ""

    def evolve(pop):
        new = Population(initialize=False)
        new.individuals.append(pop.getFittest())
        while len(new.individuals) < len(pop.individuals):
            a = max(random.sample(pop.individuals, 3), key=fitness)
            b = max(random.sample(pop.individuals, 3), key=fitness)
            child = Individual(init=False)
            for x, y in zip(a.attributeVector, b.attributeVector):
                v = x if random.random() < 0.5 else y
                if random.random() < 0.15:
                    v = max(-1.0, min(1.0, v + random.gauss(0, 0.1)))
                child.attributeVector.append(v)
            new.individuals.append(child)
        return new

    truth = Truth()
    pop = Population()
    print(pop)
    print("Avg fitness: " + str(pop.averageFitness()))
    print("Fittest: " + str(pop.getFittest()))
    truth.add(**{"Avg fitness": pop.averageFitness()})
    truth.allow(Fittest=pop.getFittest().attributeVector[0])
    i = 0
    while fitness(pop.getFittest()) < .99999 and i < 40:
        i += 1
        pop = evolve(pop)
        print("Generation " + str(i))
        print("Avg fitness: " + str(pop.averageFitness()))
        print("Fittest: " + str(pop.getFittest()))
        truth.add(at=i, **{"Avg fitness": pop.averageFitness()})
        truth.allow(Fittest=pop.getFittest().attributeVector[0])
    truth.write("the population's average fitness per generation", libraries=(),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"gapractice": run}, root=HELDOUT51)
