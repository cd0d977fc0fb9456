"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

PyGAD training a PyTorch regression network with a genetic algorithm (``pygad.torchga``), as
in PyGAD's own ``TorchGA`` example:

* ``ga_instance.summary()``: PyGAD's lifecycle table (``Step  Handler  Output Shape`` between
  ``====`` and ``----`` rules: ``Parent Selection  steady_state_selection()  (5, 29)``) and
  its settings as ``label: value`` lines (``Number of Parents: 6``, ``Mutation Genes: 3``,
  ``Random Mutation Range: (-1.0, 1.0)``, ``Population Size: (12, 29)``, ``Number of
  Generations: 30``, ``Keep Elitism: 1``, ``Random Seed: 3``, ``Save Best Solutions: False``);
* the example's ``on_generation`` callback: ``Generation = 7``, ``Fitness    =
  0.8214530348777771``, ``Change     = 0.0311``;
* after ``run()``: ``Fitness value of the best solution = 1.43``, ``Index of the best solution
  : 0``, ``Best fitness value reached after 28 generations.``, the predictions array, and
  ``Absolute Error :  0.6961``.

Truth: ``ga_instance.best_solution(pop_fitness=last_generation_fitness)[1]`` in the callback
(``Fitness``) and its difference from the previous generation's (``Change``), at the printed
``Generation`` (the step); ``best_solution()``'s fitness after the run (``Fitness value of the
best solution``), ``Absolute Error`` from the model's ``L1Loss`` on the best solution;
``ga_instance.best_solutions_fitness`` was checked to agree. The index and the generation of
the best solution are in neither map (an index and a count), nor the predictions. The
summary's settings are params, from the GA object.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import numpy as np
    import pygad
    import pygad.torchga
    import torch

    torch.manual_seed(3)
    np.random.seed(3)  # TorchGA draws the initial population from NumPy's global generator
    truth = Truth()
    x = torch.randn(64, 4)
    y = x @ torch.tensor([[0.7], [-1.2], [0.4], [2.0]]) + 0.3
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
    loss_function = torch.nn.L1Loss()
    torch_ga = pygad.torchga.TorchGA(model=model, num_solutions=12)
    last = {"fitness": 0.0}

    def fitness_func(ga_instance, solution, sol_idx):
        predictions = pygad.torchga.predict(model=model, solution=solution, data=x)
        return 1.0 / (loss_function(predictions, y).detach().numpy() + 1e-8)

    def on_generation(ga_instance):
        fitness = ga_instance.best_solution(pop_fitness=ga_instance.last_generation_fitness)[1]
        gen = ga_instance.generations_completed
        print(f"Generation = {gen}")
        print(f"Fitness    = {fitness}")
        print(f"Change     = {fitness - last['fitness']}")
        truth.add(gen, Fitness=fitness, Change=fitness - last["fitness"])
        last["fitness"] = fitness

    ga_instance = pygad.GA(num_generations=30, num_parents_mating=6,
                           initial_population=torch_ga.population_weights,
                           fitness_func=fitness_func, on_generation=on_generation,
                           mutation_num_genes=3, random_seed=3)
    ga_instance.summary()
    sys.stdout.flush()
    ga_instance.run()

    solution, solution_fitness, solution_idx = ga_instance.best_solution()
    print(f"Fitness value of the best solution = {solution_fitness}")
    print(f"Index of the best solution : {solution_idx}")
    print(f"Best fitness value reached after {ga_instance.best_solution_generation} "
          "generations.")
    predictions = pygad.torchga.predict(model=model, solution=solution, data=x)
    print("Predictions : \n", predictions.detach().numpy()[:6])
    abs_error = loss_function(predictions, y)
    print("Absolute Error : ", abs_error.detach().numpy())
    sys.stdout.flush()
    truth.add(**{"Fitness value of the best solution": solution_fitness,
                 "Absolute Error": float(abs_error)})
    best = [float(f) for f in ga_instance.best_solutions_fitness[1:]]
    assert np.allclose(best, truth.metrics["Fitness"], rtol=1e-6), "callback and history differ"
    truth.write("best_solution(pop_fitness=last_generation_fitness)[1] per on_generation "
                "(Fitness; Change its difference) at the printed Generation; best_solution() "
                "after the run; L1Loss of the best solution; the GA's settings = params",
                libraries=("pygad", "torch", "numpy"),
                params={"Number of Parents": ga_instance.num_parents_mating,
                        "Mutation Genes": ga_instance.mutation_num_genes,
                        "Random Mutation Range": "(-1.0, 1.0)",
                        "Number of Generations": ga_instance.num_generations,
                        "Keep Elitism": ga_instance.keep_elitism,
                        "Random Seed": ga_instance.random_seed,
                        "Initial Population Range": "(-4, 4)",
                        "Save Best Solutions": False, "Save Solutions": False,
                        "Mutation by Replacement": False, "Allow Duplicated Genes": True},
                rel=1e-6, abs_tol=5.1e-5)  # float32 reprs; the error printed as float32


if __name__ == "__main__":
    main(__file__, {"pygad": run}, root=HELDOUT7)
