"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A genetic algorithm evolving the 29 weights of a small neural network that balances a
cart-pole, printing as Wizdore/Evolving_NeuralNetworks ``src/main.py``: after each generation's
simulations the population is sorted by fitness and ``"Best score for generation {} is
{}.".format(gen+1, population[0].fitness)`` is printed (the fitness a float: the steps the pole
stayed up). Here: the file's 50 networks (4 inputs, 4 tanh hidden units, 2 outputs and one
shared output bias: 29 weights drawn from U(-1, 1)) and 10 generations, a re-implemented
cart-pole capped at 500 steps, and the file's "GA stuff" filled in: the best 10 kept, the rest
refilled by mutated copies of them.

Truth: ``Best score for generation`` would be no metric name; the line names the generation
(the step) and its best fitness, so the truth is ``Best score`` at the printed generation.
"""

from _toy import CartPole
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(29)
    env = CartPole(seed=29, max_steps=500)
    truth = Truth()

    class ANN:
        def __init__(self, weights):
            self.weights = weights
            self.fitness = 0.0

        def act(self, obs):
            w = self.weights
            h = np.tanh(w[:16].reshape(4, 4) @ obs + w[16:20])
            out = w[20:28].reshape(2, 4) @ h + w[28]
            return int(np.argmax(out))

        def render(self, env):
            obs, done, total = env.reset(), False, 0.0
            while not done:
                obs, reward, done = env.step(self.act(obs))
                total += reward
            self.fitness = total

    population = [ANN(rng.uniform(-1.0, 1.0, size=29)) for _ in range(50)]
    for gen in range(10):
        for network in population:
            network.render(env)
        population = sorted(population, key=lambda x: x.fitness, reverse=True)
        print("Best score for generation {} is {}.".format(gen + 1, population[0].fitness))
        truth.add(at=gen + 1, **{"Best score": population[0].fitness})
        elite = population[:10]
        children = [ANN(elite[i % 10].weights + rng.normal(0, 0.2, size=29)) for i in range(40)]
        population = elite + children
    truth.write("the best network's fitness after each generation's sort", libraries=("numpy",),
                rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"evolvenn": run}, root=HELDOUT59)
