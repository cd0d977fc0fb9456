"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Neural Q-learning for tic-tac-toe printing as nestedsoftware/tictac: the evaluation blocks of
``tictac/common.py`` (``play_games``: ``x wins: 59.70%``, ``o wins: 27.50%``, ``draw  : 12.80%``)
under ``Playing <x> vs <o>:`` headers with a dashed rule of the same length (the run kept in the
repository's ``README.md``), and the training progress of ``tictac/qneural.py``
(``play_training_games``: ``60/600 games, using epsilon=0.6...`` ten times per training, the
epsilon printed unformatted). Here: the original's 9-36-36-9 sigmoid network and MSE
backpropagation of the game result (win and draw 1.0, loss 0.0) with a target network, trained
600 games as X against a random O and 600 games as O against a random X; evaluation over 200
games per block (the original: 2,000,000 training games, 1000-game blocks, minimax opponents);
an illegal move (a trainee choosing a taken cell) loses the game at once (ours).
The training headers (``Training qneural X vs. random...``) follow the README's qtable ones.

Truth: ``x wins``, ``o wins`` and ``draw`` (percentages) of each block, without a step (one block
after another). Optional: the training lines' ``epsilon`` (the exploration schedule).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import itertools
    from collections import deque

    import numpy as np
    import torch
    from torch import nn

    rng = np.random.default_rng(16)
    torch.manual_seed(16)
    lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8),
             (2, 4, 6)]

    def result(b):
        for i, j, k in lines:
            s = b[i] + b[j] + b[k]
            if s == 3:
                return 1
            if s == -3:
                return -1
        return 0 if 0 not in b else 2

    def turn(b):
        return 1 if np.count_nonzero(b) % 2 == 0 else -1

    def play(b, move):
        b = b.copy()
        b[move] = turn(b)
        return b

    def random_player(b):
        return play(b, rng.choice(np.where(b == 0)[0]))

    class TicTacNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.dl1, self.dl2, self.out = nn.Linear(9, 36), nn.Linear(36, 36), nn.Linear(36, 9)

        def forward(self, x):
            return torch.sigmoid(self.out(torch.relu(self.dl2(torch.relu(self.dl1(x))))))

    def q(board, model):
        return model(torch.tensor(board, dtype=torch.float))

    def qneural_player(model):
        def player(b):
            with torch.no_grad():
                values = q(b, model)
            valid = np.where(b == 0)[0]
            return play(b, max(valid, key=lambda m: values[m].item()))
        return player

    def play_game(x_strategy, o_strategy):
        b = np.zeros(9, dtype=int)
        for strategy in itertools.cycle([x_strategy, o_strategy]):
            if result(b) != 2:
                return b
            b = strategy(b)

    def play_games(number_of_games, x_strategy, o_strategy, title):
        print(f"Playing {title}:")
        print("-" * len(f"Playing {title}:"))
        results = {1: 0, -1: 0, 0: 0}
        for _ in range(number_of_games):
            results[result(play_game(x_strategy, o_strategy))] += 1
        x_wins_percent = results[1] / number_of_games * 100
        o_wins_percent = results[-1] / number_of_games * 100
        draw_percent = results[0] / number_of_games * 100
        print(f"x wins: {x_wins_percent:.2f}%")
        print(f"o wins: {o_wins_percent:.2f}%")
        print(f"draw  : {draw_percent:.2f}%")
        print()
        truth.add(**{"x wins": x_wins_percent, "o wins": o_wins_percent, "draw": draw_percent})

    def train(policy, target, optimizer, qplayer, total_games, epsilon=0.7):
        loss_function = nn.MSELoss()
        for game in range(total_games):
            move_history = deque()

            def trainee(b):
                if epsilon > 0 and rng.random() < epsilon:
                    move = int(rng.integers(9))
                else:
                    with torch.no_grad():
                        move = int(torch.argmax(q(b, policy)).item())
                move_history.appendleft((b, move))
                if b[move] != 0:  # ours: an illegal move loses the game at once
                    nb = b.copy(); nb[:] = 0; nb[[0, 1, 2]] = -turn(b)
                    return nb
                return play(b, move)

            board = play_game(*((trainee, random_player) if qplayer == 1
                                else (random_player, trainee)))
            res = result(board)
            reward = 1.0 if res in (qplayer, 0) else 0.0
            for n, (position, move) in enumerate(move_history):
                if n == 0:
                    target_value = reward
                else:
                    with torch.no_grad():
                        target_value = torch.max(q(next_position, target)).item()
                optimizer.zero_grad()
                output = q(position, policy)
                tgt = output.clone().detach()
                tgt[move] = target_value
                tgt[position != 0] = 0.0
                loss = loss_function(output, tgt)
                loss.backward()
                optimizer.step()
                next_position = position
            target.load_state_dict(policy.state_dict())
            if (game + 1) % (total_games / 10) == 0:
                epsilon = max(0, epsilon - 0.1)
                print(f"{game+1}/{total_games} games, using epsilon={epsilon}...")
                truth.allow(epsilon=epsilon)

    truth = Truth()
    play_games(200, random_player, random_player, "random vs random")
    nets = {}
    for side, name in ((1, "X"), (-1, "O")):
        policy, target = TicTacNet(), TicTacNet()
        target.load_state_dict(policy.state_dict())
        optimizer = torch.optim.SGD(policy.parameters(), lr=0.1)
        print(f"Training qneural {name} vs. random...")
        train(policy, target, optimizer, side, 600)
        print()
        nets[name] = target
    play_games(200, qneural_player(nets["X"]), random_player, "qneural vs random")
    play_games(200, random_player, qneural_player(nets["O"]), "random vs qneural")
    play_games(200, qneural_player(nets["X"]), qneural_player(nets["O"]), "qneural vs qneural")
    truth.write("the evaluation blocks' win and draw percentages", libraries=("torch",),
                rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"tictac": run}, root=HELDOUT51)
