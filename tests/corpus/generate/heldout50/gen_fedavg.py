"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Federated averaging printing as KT19/federated-learning ``fed-adv/central.py`` and
``fed-adv/client.py``: ``Now connecting each client..``, per round ``Round: [{}] / [{}]``,
``selected clients: [..]``, ``Send model to client {}``, the client's ``This client number
:{}`` and ``Epoch:[{}] / [{}]`` above a plain tqdm bar over its batches, ``Recieve model from
client {}``, ``Update global model``, ``Evaluation of global model`` above a plain tqdm bar over
the test batches, and ``Accuracy: [{}]`` (the test accuracy in percent, unformatted). Here: a
small CNN on sklearn's digits split i.i.d. over 5 clients, 2 sampled a round, one local epoch of
SGD with momentum each, weights averaged; 8 rounds.

Truth: ``Accuracy`` at the round of the ``Round: [r] / [R]`` header above it. The client
numbers and epoch counters are no metrics.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import copy
    import random

    import torch
    import torch.nn as nn
    import torch.optim as optim
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    random.seed(19)
    torch.manual_seed(19)
    Xtr, ytr, _, _, Xte, yte = digits(seed=19)
    Xtr, Xte = Xtr.view(-1, 1, 8, 8), Xte.view(-1, 1, 8, 8)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(1, 8, 3, padding=1)
            self.fc = nn.Linear(8 * 4 * 4, 10)

        def forward(self, x):
            return self.fc(torch.flatten(torch.max_pool2d(torch.relu(self.conv(x)), 2), 1))

    def fed_avg(weights):
        avg = copy.deepcopy(weights[0])
        for k in avg:
            avg[k] = torch.stack([w[k].float() for w in weights]).mean(0)
        return avg

    num_clients, num_selects, local_epochs, total_round = 5, 2, 1, 8
    test_loader = DataLoader(TensorDataset(Xte, yte), batch_size=100, shuffle=False)

    class Client:
        def __init__(self, loader, idx):
            self.idx, self.dataloader, self.loss_func = idx, loader, nn.CrossEntropyLoss()

        def train(self, model, epochs):
            print("This client number :{}".format(self.idx))
            model = copy.deepcopy(model)
            model.train()
            optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
            for epoch in range(1, epochs + 1):
                print("Epoch:[{}] / [{}]".format(epoch, epochs))
                for img, label in tqdm(self.dataloader):
                    optimizer.zero_grad()
                    loss = self.loss_func(model(img), label)
                    loss.backward()
                    optimizer.step()
            model.eval()
            return model.state_dict()

    global_model = Model().train()
    print("Now connecting each client..")
    perm = torch.randperm(len(Xtr))
    shards = perm.chunk(num_clients)
    clients = [Client(DataLoader(TensorDataset(Xtr[s], ytr[s]), batch_size=32, shuffle=True), i)
               for i, s in enumerate(shards)]

    def evaluate(testloader):
        print("Evaluation of global model")
        global_model.eval()
        total = acc = 0
        with torch.no_grad():
            for data, label in tqdm(testloader):
                total += data.size(0)
                acc += (torch.argmax(global_model(data), 1) == label).sum().item()
        print("Accuracy: [{}]".format((acc / total) * 100))
        return (acc / total) * 100

    truth = Truth()
    all_clients = list(range(num_clients))
    for rnd in range(1, total_round + 1, 1):
        print("Round: [{}] / [{}]".format(rnd, total_round))
        selected_client = random.sample(all_clients, num_selects)
        print("selected clients: {}".format(selected_client))
        weights = []
        for idx in selected_client:
            print("Send model to client {}".format(idx))
            weights.append(clients[idx].train(global_model, local_epochs))
            print("Recieve model from client {}".format(idx))
        print("Update global model")
        global_model.load_state_dict(fed_avg(weights))
        truth.add(at=rnd, Accuracy=evaluate(test_loader))
    truth.write("the global model's test accuracy in percent, as evaluate() returned it",
                libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"fedavg": run}, root=HELDOUT50)
