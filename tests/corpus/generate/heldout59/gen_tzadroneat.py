"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A neuro-evolution of cart-pole controllers, printing as tzadro/dipl-proj ``NEAT.py``: each
iteration ``'Generation: {:d}, best fitness: {:.2f}'.format(i, population.evaluate_fitness(env))``
(0-based generation), then speciation and breeding. Here: a simplified population of 40
single-layer networks (4 inputs, 2 outputs, biases) grouped into species by weight distance,
fitness the mean steps over two cart-pole episodes (re-implemented, capped at 200 steps, as
CartPole-v0), 25 generations; the repository's own Population and Config modules were not read,
and print nothing here.

Truth: ``best fitness`` at the printed generation.
"""

from _toy import CartPole
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(7)
    env = CartPole(seed=7, max_steps=200)
    truth = Truth()

    class Population:
        def __init__(self, size=40):
            self.genomes = [rng.normal(0, 1, size=10) for _ in range(size)]
            self.fitness = np.zeros(size)
            self.species = []

        def play(self, g):
            total = 0.0
            for _ in range(2):
                obs, done = env.reset(), False
                while not done:
                    out = g[:8].reshape(2, 4) @ obs + g[8:]
                    obs, r, done = env.step(int(np.argmax(out)))
                    total += r
            return total / 2

        def evaluate_fitness(self, env):
            self.fitness = np.array([self.play(g) for g in self.genomes])
            return float(self.fitness.max())

        def speciate(self, threshold=2.5):
            self.species = []
            for i, g in enumerate(self.genomes):
                for s in self.species:
                    if np.linalg.norm(g - self.genomes[s[0]]) < threshold:
                        s.append(i)
                        break
                else:
                    self.species.append([i])

        def breed_new_generation(self):
            new = []
            shares = np.array([self.fitness[s].mean() for s in self.species])
            quota = np.maximum(1, np.round(shares / shares.sum() * len(self.genomes))).astype(int)
            for s, q in zip(self.species, quota):
                ranked = sorted(s, key=lambda i: -self.fitness[i])
                new.append(self.genomes[ranked[0]].copy())
                for _ in range(q - 1):
                    a, b = rng.choice(ranked[:max(1, len(ranked) // 2)], 2)
                    mask = rng.random(10) < 0.5
                    child = np.where(mask, self.genomes[a], self.genomes[b])
                    new.append(child + rng.normal(0, 0.3, size=10) * (rng.random(10) < 0.3))
            self.genomes = new[:len(self.genomes)]
            while len(self.genomes) < 40:
                self.genomes.append(rng.normal(0, 1, size=10))

    population = Population()
    for i in range(25):
        best = population.evaluate_fitness(env)
        print('Generation: {:d}, best fitness: {:.2f}'.format(i, best))
        truth.add(at=i, **{"best fitness": best})
        population.speciate()
        population.breed_new_generation()
    truth.write("evaluate_fitness()'s return value (the population's best mean episode length)",
                libraries=("numpy",), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"tzadroneat": run}, root=HELDOUT59)
