"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Neuroevolution on the cart-pole printing as AnthonyDickson/CartPole-NEAT ``neat/main.py``
(``NeatAlgorithm.train``): ``Episode {:02d}/{:02d}``, for each creature a line redrawn in place
``"\\r{:03d}/{:03d} - steps: {:02d} - step time {:02.4f}s"`` (``end=''``), the R.I.P. banner of
each species gone extinct (a rule of 80 ``*``, ``R.I.P. The species %s is kill after %d
generations.``, the rule again), the episode's closing line ``"\\r{:03d}/{:03d} - mean steps:
{:.2f} - median steps: {:.2f} - avg. step time: {:02.4f}s - total time: {:.4f}s"``, and at the
end ``'Total run time: {:.2f}s - avg. steps: {:.2f} - best steps: {}'`` and an empty line. Here:
a simplified NEAT (creatures are linear policies; speciation by weight distance with the
original's keep-the-champion, cull-the-weak, quota-by-mean-fitness steps; species named by a
small syllable generator as the original's ``name_generation``); our NumPy cart-pole, 20
creatures, 8 episodes (generations).

Truth: ``mean steps`` and ``median steps`` (the generation's fitness: steps balanced, the
return in cart-pole) at the episode of the ``Episode e/E`` header; ``avg. steps`` and ``best
steps`` of the closing line without step. Each creature's ``steps`` (its own episode length)
is optional; times, counters and the species' ages are no metrics.
"""

from _toy import CartPole
from _capture import HELDOUT50, Truth, main


def run() -> None:
    from time import time

    import numpy as np

    rng = np.random.default_rng(21)
    syll = ["ka", "lo", "mi", "ru", "ze", "ta", "vo", "ni", "pe", "su"]

    class Species:
        compatibility_threshold = 0.9

        def __init__(self):
            self.name = "".join(rng.choice(syll, 3)).capitalize()
            self.members, self.representative, self.age = [], None, 0
            self.allotted_offspring_quota = 0

        def __str__(self):
            return self.name

        @property
        def mean_fitness(self):
            return float(np.mean([c.adjusted for c in self.members])) if self.members else 0.0

        @property
        def champion(self):
            return max(self.members, key=lambda c: c.fitness)

        @property
        def is_extinct(self):
            return self.allotted_offspring_quota <= 0 or not self.members

    class Creature:
        def __init__(self, w=None):
            self.w = rng.normal(0, 1, size=(2, 4)) if w is None else w
            self.fitness, self.adjusted, self.species = 0, 0.0, None

        def get_action(self, obs):
            return int(np.argmax(self.w @ obs))

        def distance(self, other):
            return float(np.abs(self.w - other.w).mean())

        def copy(self):
            return Creature(self.w.copy())

    env = CartPole(seed=21)
    n_pops, n_episodes, n_steps = 20, 8, 200
    population = [Creature() for _ in range(n_pops)]
    species_set = []

    def do_the_thing():
        nonlocal population, species_set
        for s in species_set:
            s.members = []
        for creature in population:
            for s in species_set:
                if creature.distance(s.representative) < Species.compatibility_threshold:
                    s.members.append(creature)
                    creature.species = s
                    break
            else:
                s = Species()
                s.members.append(creature)
                s.representative = creature
                species_set.append(s)
                creature.species = s
        species_set = [s for s in species_set if s.members]
        for creature in population:
            creature.adjusted = creature.fitness / len(creature.species.members)
        means = [s.mean_fitness for s in species_set]
        for s, m in zip(species_set, means):
            s.allotted_offspring_quota = int(m / sum(means) * n_pops)
            s.age += 1
        ranked = sorted(species_set, key=lambda s: s.champion.fitness)
        total = sum(s.allotted_offspring_quota for s in species_set)
        if total < n_pops:
            ranked[-1].allotted_offspring_quota += n_pops - total
        new_population = []
        for s in species_set:
            if s.allotted_offspring_quota <= 0:
                continue
            members = sorted(s.members, key=lambda c: -c.fitness)
            survivors = members[:max(1, int(len(members) * 0.3))]
            new_population.append(survivors[0].copy())
            for _ in range(s.allotted_offspring_quota - 1):
                parent = survivors[rng.integers(len(survivors))]
                child = parent.copy()
                child.w += rng.normal(0, 0.3, size=child.w.shape)
                new_population.append(child)
            s.representative = rng.choice(s.members)
        for species in filter(lambda s: s.is_extinct, species_set):
            print('\n' + '*' * 80)
            print("R.I.P. The species %s is kill after %d generations." % (species, species.age))
            print('*' * 80 + '\n')
        species_set = [s for s in species_set if not s.is_extinct]
        population = new_population[:n_pops]

    truth = Truth()
    sim_start = time()
    step_msg_format = "\r{:03d}/{:03d} - steps: {:02d} - step time {:02.4f}s"
    episode_complete_msg_format = "\r{:03d}/{:03d} - " \
                                  "mean steps: {:.2f} - " \
                                  "median steps: {:.2f} - " \
                                  "avg. step time: {:02.4f}s - " \
                                  "total time: {:.4f}s"
    step_history = [[] for _ in range(n_episodes)]
    for episode in range(n_episodes):
        episode_start = time()
        print('Episode {:02d}/{:02d}'.format(episode + 1, n_episodes))
        for pop_i, creature in enumerate(population):
            observation = env.reset()
            pop_start = time()
            for step in range(n_steps):
                observation, reward, done, _ = env.step(creature.get_action(observation))
                if done:
                    creature.fitness = step + 1
                    step_history[episode].append(step + 1)
                    break
            else:
                creature.fitness = n_steps
            print(step_msg_format.format(pop_i + 1, n_pops, step_history[episode][-1],
                                         time() - pop_start), end='')
            truth.allow(steps=step_history[episode][-1])
        do_the_thing()
        mean_steps = np.mean(step_history[episode])
        median_steps = np.median(step_history[episode])
        total_episode_time = time() - episode_start
        print(episode_complete_msg_format.format(n_pops, n_pops, mean_steps, median_steps,
                                                 total_episode_time / n_pops, total_episode_time))
        truth.add(at=episode + 1, **{"mean steps": mean_steps, "median steps": median_steps})
    print('Total run time: {:.2f}s - avg. steps: {:.2f} - best steps: {}'
          .format(time() - sim_start, np.mean(step_history), np.max(step_history)))
    truth.add(**{"avg. steps": np.mean(step_history), "best steps": np.max(step_history)})
    print()
    truth.write("the generation's episode lengths (mean, median) and the run's mean and best",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"neatpole": run}, root=HELDOUT50)
