"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written federated loop printing as cai-harry/2CP ``client/test_client.py`` and
``client/utils.py``: two training clients (Alice, Bob) on halves of an XOR data set, an
evaluating client (Charlie) printing every 8th round ``Iteration 7\\tLoss 0.6931...\\tAccuracy
0.5`` (unformatted floats), and at the end ``print_global_performance`` for each client,
``\\t\\tAlice got: Loss 0.31...\\tAccuracy 0.9...``, and ``print_token_count``, ``\\t\\tAlice has
128 of 256 tokens (50%)``. Here the contract and IPFS are replaced by plain federated averaging
of the two clients' updates of a small MLP; 128 rounds. The original's ``input()`` for a
contract address and its plot are left out.

Truth: ``Loss`` and ``Accuracy`` at the iteration each evaluation line states;
``Alice/Loss``, ``Alice/Accuracy`` (and Bob's, Charlie's) of the final lines (the client name
heads them), no step. Token counts and shares are no metrics.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import copy

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    truth = Truth()
    torch.manual_seed(2)

    def xor(n):
        X = torch.randint(0, 2, (n, 2)).float()
        y = (X[:, 0] != X[:, 1]).float()
        return X + 0.1 * torch.randn_like(X), y

    (Xa, ya), (Xb, yb), (Xc, yc) = xor(128), xor(128), xor(128)
    global_model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))

    class Client:
        def __init__(self, name, X, y):
            self.name, self.X, self.y = name, X, y
            self.tokens = 0

        def run_training_round(self):
            model = copy.deepcopy(global_model)
            opt = torch.optim.SGD(model.parameters(), lr=0.5)
            for i in range(0, len(self.X), 32):
                opt.zero_grad()
                F.binary_cross_entropy_with_logits(model(self.X[i:i + 32]).squeeze(1), self.y[i:i + 32]).backward()
                opt.step()
            self.tokens += 1
            return model.state_dict()

        def evaluate(self, X=None, y=None):
            X, y = (self.X, self.y) if X is None else (X, y)
            with torch.no_grad():
                out = global_model(X).squeeze(1)
                loss = F.binary_cross_entropy_with_logits(out, y).item()
                accuracy = ((out > 0).float() == y).float().mean().item()
            return loss, accuracy

    alice, bob, charlie = Client("Alice", Xa, ya), Client("Bob", Xb, yb), Client("Charlie", Xc, yc)
    TRAINING_ITERATIONS = 128
    EVALUATE_EVERY = 8
    for i in range(TRAINING_ITERATIONS):
        states = [alice.run_training_round(), bob.run_training_round()]
        global_model.load_state_dict({k: (states[0][k] + states[1][k]) / 2 for k in states[0]})
        if i % EVALUATE_EVERY == EVALUATE_EVERY - 1:
            loss, accuracy = charlie.evaluate()
            print(f"Iteration {i}\tLoss {loss}\tAccuracy {accuracy}")
            truth.add(at=i, Loss=loss, Accuracy=accuracy)

    def print_global_performance(client):
        loss, accuracy = client.evaluate()
        print(f"\t\t{client.name} got: Loss {loss}\tAccuracy {accuracy}")
        truth.add(**{f"{client.name}/Loss": loss, f"{client.name}/Accuracy": accuracy})

    def print_token_count(client, total_tokens):
        tokens = client.tokens
        percent = int(100 * tokens / total_tokens) if tokens > 0 else 0
        print(f"\t\t{client.name} has {tokens} of {total_tokens} tokens ({percent}%)")

    for client in (alice, bob, charlie):
        print_global_performance(client)
    for client in (alice, bob, charlie):
        print_token_count(client, alice.tokens + bob.tokens)
    truth.write("the evaluating client's loss and accuracy, as Python floats",
                libraries=("torch",), rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"twocp": run}, root=HELDOUT40)
