"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

Federated averaging printing as laurent-vouriot/Federated-Learning ``README.md`` (the notebook
exported there, commit 1510c97e): first a model on all the data, ``fit`` running
``tqdm(range(epochs), ascii=True)`` and printing ``Epoch {} avg_loss : {}, avg_acc : {}`` (the
epoch plus one, unrounded floats) for each epoch, then ``dev_loss = {}, dev_acc = {}`` and a
blank line (rounded to four places); then FedAvg: ``Start Round {} ...``, every client's ``fit``
(its own epoch bar, no epoch lines) followed by ``{client_id}: Loss = {}, Accuracy = {}``
(the client's last epoch, rounded to four places), and
``After round {}, train_loss = {}, dev_loss = {}, dev_acc = {}`` with a blank line. The
notebook's ``desc="Epoch {}".format(epoch)`` on the epoch bar is left out: ``epoch`` is not bound
when it is evaluated, so the code as printed would stop there. The network's layers
(two convolutions, max pooling, a linear layer), SGD and the averaging weighted by client data
size are the original's. Here: sklearn's 8x8 digits (1197 training, 300 development images),
smaller kernels, learning rate 0.5 rather than 0.02, the sum model for 3 epochs, 3 clients, 2
epochs per client, 2 rounds.

Truth: ``avg_loss`` and ``avg_acc`` at the printed epoch; ``dev_loss`` and ``dev_acc`` of the sum
model without a step; the clients' ``Loss`` and ``Accuracy`` at the round of the ``Start Round``
line above them; ``train_loss``, ``dev_loss``, ``dev_acc`` at the round the ``After round`` line
prints.
"""

from _toy import digit_images
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import torch
    from tqdm import tqdm

    truth = Truth()
    X, y = digit_images(seed=11)
    X = (X + 1) / 2
    train_dataset, dev_dataset = (X[300:], y[300:]), (X[:300], y[:300])
    total_train_size = len(train_dataset[0])
    num_clients, rounds, batch_size, epochs_per_client, learning_rate = 3, 2, 128, 2, 0.5
    shuffler = torch.Generator().manual_seed(0)

    def loader(dataset, bs, shuffle=False):
        Xd, yd = dataset
        order = torch.randperm(len(Xd), generator=shuffler) if shuffle else torch.arange(len(Xd))
        return [(Xd[order[i:i + bs]], yd[order[i:i + bs]]) for i in range(0, len(Xd), bs)]

    class FederatedNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = torch.nn.Conv2d(1, 8, 3)
            self.conv2 = torch.nn.Conv2d(8, 16, 3)
            self.maxpool = torch.nn.MaxPool2d(2, 2)
            self.flatten = torch.nn.Flatten()
            self.linear = torch.nn.Linear(64, 10)
            self.non_linearity = torch.nn.functional.relu
            self.track_layers = {"conv1": self.conv1, "conv2": self.conv2, "linear": self.linear}

        def forward(self, x_batch):
            out = self.non_linearity(self.conv1(x_batch))
            out = self.non_linearity(self.conv2(out))
            return self.linear(self.flatten(self.maxpool(out)))

        def apply_parameters(self, parameters_dict):
            with torch.no_grad():
                for layer_name in parameters_dict:
                    self.track_layers[layer_name].weight.data *= 0
                    self.track_layers[layer_name].bias.data *= 0
                    layer = self.track_layers[layer_name]
                    layer.weight.data += parameters_dict[layer_name]["weight"]
                    layer.bias.data += parameters_dict[layer_name]["bias"]

        def get_parameters(self):
            return {name: {"weight": layer.weight.data, "bias": layer.bias.data}
                    for name, layer in self.track_layers.items()}

        def batch_accuracy(self, outputs, labels):
            with torch.no_grad():
                _, predictions = torch.max(outputs, dim=1)
                return torch.tensor(torch.sum(predictions == labels).item() / len(predictions))

        def _process_batch(self, batch):
            images, labels = batch
            outputs = self(images)
            loss = torch.nn.functional.cross_entropy(outputs, labels)
            return loss, self.batch_accuracy(outputs, labels)

        def fit(self, dataset, epochs, lr, batch_size=128, opt=torch.optim.SGD, verb=0):
            optimizer = opt(self.parameters(), lr)
            history = []
            for epoch in tqdm(range(epochs), ascii=True):
                losses, accs = [], []
                for batch in loader(dataset, batch_size, shuffle=True):
                    loss, acc = self._process_batch(batch)
                    loss.backward()
                    optimizer.step()
                    optimizer.zero_grad()
                    losses.append(loss.detach())
                    accs.append(acc)
                avg_loss = torch.stack(losses).mean().item()
                avg_acc = torch.stack(accs).mean().item()
                history.append((avg_loss, avg_acc))
                if verb > 0:
                    print("Epoch {} avg_loss : {}, avg_acc : {}".format(epoch + 1, avg_loss,
                                                                        avg_acc))
                    truth.add(at=epoch + 1, avg_loss=avg_loss, avg_acc=avg_acc)
            return history

        def evaluate(self, dataset, batch_size=128):
            losses, accs = [], []
            with torch.no_grad():
                for batch in loader(dataset, batch_size):
                    loss, acc = self._process_batch(batch)
                    losses.append(loss)
                    accs.append(acc)
            return torch.stack(losses).mean().item(), torch.stack(accs).mean().item()

    torch.manual_seed(3)
    sum_model = FederatedNet()
    sum_model.fit(train_dataset, 3, learning_rate, batch_size, verb=1)
    dev_loss, dev_acc = sum_model.evaluate(dev_dataset)
    print("dev_loss = {}, dev_acc = {}\n".format(round(dev_loss, 4), round(dev_acc, 4)))
    truth.add(dev_loss=dev_loss, dev_acc=dev_acc)

    class Client:
        def __init__(self, client_id, dataset):
            self.client_id, self.dataset = client_id, dataset

        def get_dataset_size(self):
            return len(self.dataset[0])

        def train(self, parameters_dict, round_no):
            net = FederatedNet()
            net.apply_parameters(parameters_dict)
            train_history = net.fit(self.dataset, epochs_per_client, learning_rate, batch_size)
            print("{}: Loss = {}, Accuracy = {}".format(
                self.client_id, round(train_history[-1][0], 4), round(train_history[-1][1], 4)))
            truth.add(at=round_no, Loss=train_history[-1][0], Accuracy=train_history[-1][1])
            return net.get_parameters()

    examples_per_client = total_train_size // num_clients
    clients = [Client("client_" + str(k), (train_dataset[0][i:i + examples_per_client],
                                           train_dataset[1][i:i + examples_per_client]))
               for k, i in enumerate(range(0, examples_per_client * num_clients,
                                           examples_per_client))]

    global_net = FederatedNet()
    for i in range(rounds):
        print("Start Round {} ...".format(i + 1))
        curr_parameters = global_net.get_parameters()
        new_parameters = {name: {"weight": 0, "bias": 0} for name in curr_parameters}
        for client in clients:
            client_parameters = client.train(curr_parameters, i + 1)
            fraction = client.get_dataset_size() / total_train_size
            for name in client_parameters:
                new_parameters[name]["weight"] += fraction * client_parameters[name]["weight"]
                new_parameters[name]["bias"] += fraction * client_parameters[name]["bias"]
        global_net.apply_parameters(new_parameters)
        train_loss, train_acc = global_net.evaluate(train_dataset)
        dev_loss, dev_acc = global_net.evaluate(dev_dataset)
        print("After round {}, train_loss = {}, dev_loss = {}, dev_acc = {}\n".format(
            i + 1, round(train_loss, 4), round(dev_loss, 4), round(dev_acc, 4)))
        truth.add(at=i + 1, train_loss=train_loss, dev_loss=dev_loss, dev_acc=dev_acc)
    truth.write("the mean batch losses and accuracies of fit and evaluate, as the notebook prints "
                "them", libraries=("torch", "tqdm"), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"fedavg": run}, root=HELDOUT52)
