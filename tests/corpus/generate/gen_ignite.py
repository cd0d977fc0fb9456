"""PyTorch Ignite: the loop of Ignite's MNIST example (its "quick start"), on a small MLP and
synthetic data: `create_supervised_trainer`, one `create_supervised_evaluator` with `Accuracy`
and `Loss`, and the example's handlers:

* every 5 iterations ``Epoch[1] Iteration[5/8] Loss: 0.69`` (the iteration is Ignite's global
  count, the ``/8`` the batches per epoch);
* after each epoch, sections named by their leading words:
  ``Training Results - Epoch: 1  Avg accuracy: 0.62 Avg loss: 0.66`` and
  ``Validation Results - Epoch: 1  Avg accuracy: 0.59 Avg loss: 0.67``;
* at the end ``Test Results - Avg accuracy: 0.61 Avg loss: 0.66``.

Two decimals, as the example prints. Truth: `engine.state.output` (``Loss``, no step judged:
the line has two step-like numbers) and `evaluator.state.metrics` after each run, named with
the section's phase (``train/Avg accuracy``, ``val/Avg loss``, ``test/...``; the judge compares
names in one spelling of the phase, so ``Training Results``, ``training`` and ``train`` are one)
at the printed ``Epoch`` (none for the test section). ``Epoch`` is the step, optional.
"""

from _capture import Truth, main

EPOCHS, LOG_EVERY = 3, 5
SECTIONS = {"Training": "train", "Validation": "val", "Test": "test"}


def train() -> None:
    import torch
    from ignite.engine import Events, create_supervised_evaluator, create_supervised_trainer
    from ignite.metrics import Accuracy, Loss

    torch.manual_seed(0)
    x = torch.randn(384, 10)
    y = (x[:, 0] - x[:, 1] + 0.3 * torch.randn(384) > 0).long()

    def loader(lo, hi, shuffle=False):
        data = torch.utils.data.TensorDataset(x[lo:hi], y[lo:hi])
        return torch.utils.data.DataLoader(data, batch_size=32, shuffle=shuffle)

    train_loader, val_loader, test_loader = loader(0, 256, True), loader(256, 320), loader(320, 384)
    model = torch.nn.Sequential(torch.nn.Linear(10, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)
    criterion = torch.nn.CrossEntropyLoss()
    trainer = create_supervised_trainer(model, optimizer, criterion)
    evaluator = create_supervised_evaluator(
        model, metrics={"accuracy": Accuracy(), "nll": Loss(criterion)})
    truth = Truth()

    @trainer.on(Events.ITERATION_COMPLETED(every=LOG_EVERY))
    def log_training_loss(engine):
        print(f"Epoch[{engine.state.epoch}] Iteration[{engine.state.iteration}/"
              f"{len(train_loader)}] Loss: {engine.state.output:.2f}")
        truth.add(Loss=engine.state.output)
        truth.allow(Epoch=engine.state.epoch, Iteration=engine.state.iteration)

    def report(section: str, data, epoch=None):
        evaluator.run(data)
        metrics = evaluator.state.metrics
        at = f" - Epoch: {epoch} " if epoch else " -"
        print(f"{section} Results{at} Avg accuracy: {metrics['accuracy']:.2f} "
              f"Avg loss: {metrics['nll']:.2f}")
        phase = SECTIONS[section]
        truth.add(epoch, **{f"{phase}/Avg accuracy": metrics["accuracy"],
                            f"{phase}/Avg loss": metrics["nll"]})
        if epoch:
            truth.allow(Epoch=epoch)

    @trainer.on(Events.EPOCH_COMPLETED)
    def log_results(engine):
        report("Training", train_loader, engine.state.epoch)
        report("Validation", val_loader, engine.state.epoch)

    trainer.run(train_loader, max_epochs=EPOCHS)
    report("Test", test_loader)
    truth.write("engine.state.output (Loss) and evaluator.state.metrics after each evaluation, "
                "named <phase>/<printed name> by the section's leading word; step = the "
                "printed Epoch", libraries=("pytorch-ignite", "torch"), abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"ignite": train})
