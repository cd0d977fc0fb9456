"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

neat-python evolving a network for XOR, the library's own first example: a config file,
``neat.Population(config)``, ``StdOutReporter(True)`` and ``StatisticsReporter``, then
``p.run(eval_genomes, 20)`` and ``print(winner)``. Per generation it prints:

* `` ****** Running generation 3 ****** ``;
* ``Population's average fitness: 2.51364 stdev: 0.31577`` and ``Best fitness: 3.40141 - size:
  (2, 5) - species 1 - id 229``;
* ``Average adjusted fitness: 0.512``, ``Mean genetic distance 1.877, standard deviation
  0.497``;
* a species table (``   ID   age  size   fitness   adj fit  stag`` over ``====``, a row per
  species, ``--`` for a species not yet scored);
* ``Total extinctions: 0``, ``Generation time: 0.012 sec (0.011 average)``.

Then ``Best genome:`` with the winner's repr (``Key: 2387``, ``Fitness: 3.62``, ``Nodes:``,
``\\t0 DefaultNodeGene(key=0, bias=-1.2, response=1.0, activation=sigmoid, ...)``,
``Connections:``), and the example's ``input (0.0, 1.0), expected output (1.0,), got
[0.88]`` lines. The script's config line (``neat: pop_size=80 fitness_threshold=3.9
generations=20 seed=12``) comes first.

Truth: the library's objects at each generation (a reporter and two thin subclasses that only
read): the population's fitnesses (``average fitness``; ``stdev`` optional, also under
``average fitness_std``), the best genome's ``Best fitness``, at the generation of the
``Running generation`` header (the step); ``Average adjusted fitness`` as the mean of the
remaining species' ``adjusted_fitness`` right after ``reproduce``; the genetic distances of the
``GenomeDistanceCache`` the speciation used (``Mean genetic distance``, its ``standard
deviation`` optional); the species table as ``<species id>/fitness`` and ``<species id>/adj
fit`` at the generation (rows are species; age, size and stagnation are counts, in neither
map); the winner's ``Fitness`` optional (the last best fitness, printed again); the genome's
genes (biases, weights) and the XOR outputs in neither map. The config line's values are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main

CONFIG = """\
[NEAT]
fitness_criterion     = max
fitness_threshold     = 3.9
pop_size              = 80
reset_on_extinction   = False
seed                  = 12
no_fitness_termination = False

[DefaultGenome]
activation_default      = sigmoid
activation_mutate_rate  = 0.0
activation_options      = sigmoid
aggregation_default     = sum
aggregation_mutate_rate = 0.0
aggregation_options     = sum
bias_init_mean          = 0.0
bias_init_stdev         = 1.0
bias_max_value          = 30.0
bias_min_value          = -30.0
bias_mutate_power       = 0.5
bias_mutate_rate        = 0.7
bias_replace_rate       = 0.1
compatibility_disjoint_coefficient = 1.0
compatibility_weight_coefficient   = 0.5
conn_add_prob           = 0.5
conn_delete_prob        = 0.5
enabled_default         = True
enabled_mutate_rate     = 0.01
feed_forward            = True
initial_connection      = full
node_add_prob           = 0.2
node_delete_prob        = 0.2
num_hidden              = 0
num_inputs              = 2
num_outputs             = 1
response_init_mean      = 1.0
response_init_stdev     = 0.0
response_max_value      = 30.0
response_min_value      = -30.0
response_mutate_power   = 0.0
response_mutate_rate    = 0.0
response_replace_rate   = 0.0
weight_init_mean        = 0.0
weight_init_stdev       = 1.0
weight_max_value        = 30
weight_min_value        = -30
weight_mutate_power     = 0.5
weight_mutate_rate      = 0.8
weight_replace_rate     = 0.1

[DefaultSpeciesSet]
compatibility_threshold = 3.0

[DefaultStagnation]
species_fitness_func = max
max_stagnation       = 15
species_elitism      = 2

[DefaultReproduction]
elitism            = 2
survival_threshold = 0.2
"""
XOR = [((0.0, 0.0), (0.0,)), ((0.0, 1.0), (1.0,)), ((1.0, 0.0), (1.0,)), ((1.0, 1.0), (0.0,))]


def run() -> None:
    import random
    import statistics
    import tempfile

    import neat
    import neat.species

    random.seed(12)
    truth = Truth()
    caches = []

    class Cache(neat.species.GenomeDistanceCache):
        """The library's distance cache, kept so its distances can be read afterwards."""

        def __init__(self, config):
            super().__init__(config)
            caches.append(self)

    neat.species.GenomeDistanceCache = Cache

    class DefaultReproduction(neat.DefaultReproduction):
        """Reads the adjusted fitness the library just gave each remaining species (named as
        the library's class, so that the config file keeps its usual section name)."""

        def reproduce(self, config, species, pop_size, generation):
            new = super().reproduce(config, species, pop_size, generation)
            fits = [s.adjusted_fitness for s in species.species.values()]
            truth.add(generation, **{"Average adjusted fitness": statistics.mean(fits)})
            return new

    class Recorder(neat.reporting.BaseReporter):
        def start_generation(self, generation):
            self.generation = generation

        def post_evaluate(self, config, population, species, best_genome):
            fits = [g.fitness for g in population.values()]
            truth.add(self.generation, **{"Population's average fitness": statistics.mean(fits),
                                          "Best fitness": best_genome.fitness})
            std = statistics.pstdev(fits)  # neat's math_util.stdev: over the population
            truth.allow(**{"stdev": std, "Population's average fitness_std": std})

        def end_generation(self, config, population, species_set):
            distances = list(caches[-1].distances.values())
            truth.add(self.generation, **{"Mean genetic distance": statistics.mean(distances)})
            truth.allow(**{"standard deviation": statistics.pstdev(distances)})
            for sid in sorted(species_set.species):
                s = species_set.species[sid]
                if s.fitness is not None:
                    truth.add(self.generation, **{f"{sid}/fitness": s.fitness})
                if s.adjusted_fitness is not None:
                    truth.add(self.generation, **{f"{sid}/adj fit": s.adjusted_fitness})

    def eval_genomes(genomes, config):
        for _, genome in genomes:
            genome.fitness = 4.0
            net = neat.nn.FeedForwardNetwork.create(genome, config)
            for xi, xo in XOR:
                output = net.activate(xi)
                genome.fitness -= (output[0] - xo[0]) ** 2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "config-feedforward"
        path.write_text(CONFIG)
        config = neat.Config(neat.DefaultGenome, DefaultReproduction, neat.DefaultSpeciesSet,
                             neat.DefaultStagnation, str(path))
    params = {"pop_size": 80, "fitness_threshold": 3.9, "generations": 20, "seed": 12}
    print("neat: " + " ".join(f"{k}={v}" for k, v in params.items()), flush=True)
    p = neat.Population(config)
    p.add_reporter(neat.StdOutReporter(True))
    p.add_reporter(neat.StatisticsReporter())
    p.add_reporter(Recorder())
    winner = p.run(eval_genomes, params["generations"])
    print(f"\nBest genome:\n{winner!s}")
    truth.allow(Fitness=winner.fitness)
    print("\nOutput:")
    net = neat.nn.FeedForwardNetwork.create(winner, config)
    for xi, xo in XOR:
        output = net.activate(xi)
        print(f"input {xi!r}, expected output {xo!r}, got {output!r}")
    sys.stdout.flush()
    truth.write("a reporter reading the population's fitnesses and best genome per generation, "
                "the species set (<species>/fitness, <species>/adj fit), the distance cache "
                "(Mean genetic distance) and the species' adjusted_fitness after reproduce; "
                "spreads optional; the config line = params",
                libraries=("neat-python",), params=params, rel=1e-6, abs_tol=5.1e-4)


if __name__ == "__main__":
    main(__file__, {"neat": run}, root=HELDOUT7)
