"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A genetic algorithm printing as arcogelderblom/AppliedAI ``Week_5/6.2.py``: after the
generations, ``print("The best individual is: {} with a fitness of: {}".format(population[0],
fitness(population[0])))``, the genotype a printed list of 24 bits, the lift an integer; the
file's closing note lists such lines of repeated runs. Here: the same encoding (four 6-bit
variables), lift ``(A - B)^2 + (C + D)^2 - (A - 30)^3 - (C - 40)^3``, keep-the-best-10 and
one-bit mutations, a population of 200 for 30 generations, twelve runs.

Truth: the best fitness of each run, named ``with a fitness of`` (the whole label up to the
colon), no step. The genotype's bits are no metric.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import random

    truth = Truth()
    random.seed(62)

    def create_population(amount, listLength, minValue, maxValue):
        return [[random.randint(minValue, maxValue) for x in range(listLength)] for _ in range(amount)]

    def get_abcd(individual):
        return [int("".join(str(b) for b in individual[x:x + 6]), 2) for x in range(0, 24, 6)]

    def fitness(individual):
        a, b, c, d = get_abcd(individual)
        return (a - b) ** 2 + (c + d) ** 2 - (a - 30) ** 3 - (c - 40) ** 3

    def sort_generation(population):
        fitnessList = [fitness(ind) for ind in population]
        return [ind for fit, ind in reversed(sorted(zip(fitnessList, population)))]

    def create_new_generation(population, keepBestAmount):
        for i in range(len(population[keepBestAmount:])):
            sliced = [population[i + keepBestAmount][x:x + 6] for x in range(0, 24, 6)]
            tmp = []
            for variable in sliced:
                index = random.randint(0, len(sliced) - 1)
                variable[index] = 1 - variable[index]
                tmp += variable
            population[i + keepBestAmount] = tmp
        return population

    for _ in range(12):
        population = create_population(200, 24, 0, 1)
        for generation in range(30):
            population = sort_generation(population)
            population = create_new_generation(population, 10)
        population = sort_generation(population)
        print("The best individual is: {} with a fitness of: {}".format(population[0], fitness(population[0])))
        truth.add(**{"with a fitness of": fitness(population[0])})
    truth.write("the fitness function of each run's best individual", libraries=(), rel=0, abs_tol=0.5)


if __name__ == "__main__":
    main(__file__, {"gaapplied": run}, root=HELDOUT40)
