"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as CheeChizzle/Cloth-Classification ``train.py``: each epoch
``print("Experiment:", args.logdir, "Epoch #:", epoch+1)``, a plain tqdm bar over the training
batches (``smoothing=0.01, dynamic_ncols=True``) during which every batch prints
``"GRADIENT NORM STATS | Min:", min, "Mean:", mean, "Max:", max`` (0-dimensional tensors, printed
as ``tensor(...)``), then ``"Train set: Average training loss:", training_loss/(len(trainloader)/
args.batch_size)`` (the original's divisor), ``'\\nTest set: Average loss: {:.4f}, Accuracy: {}/{}
({:.0f}%)\\n'`` and at the end ``'Computation took ', seconds, ' seconds'``. Here: a small CNN on
sklearn's digits, Adam, 4 epochs of 6 batches of 32.

Truth: ``train/Average training loss``, ``test/Average loss`` and ``test/Accuracy`` (the whole
percentage) at the epoch of the ``Experiment: ... Epoch #:`` header they belong to; the correct
count optional under ``test/Accuracy``; the gradient-norm statistics optional (``Min``,
``Mean``, ``Max``: norms, not training metrics).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=8, limit=192, n_test=100)
    net = cnn(seed=8)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    batch_size, logdir = 32, "runs/singleview_0"
    truth = Truth()
    start = time.time()
    for epoch in range(4):
        print("Experiment:", logdir, "Epoch #:", epoch + 1)
        training_loss = 0.0
        net.train()
        trainloader = list(batches(Xtr, ytr, batch_size, epoch))
        for i, (rgb, label) in enumerate(tqdm(trainloader, total=len(trainloader),
                                              smoothing=0.01, dynamic_ncols=True)):
            opt.zero_grad()
            loss = F.cross_entropy(net(rgb), label)
            loss.backward()
            grad_norms = [p.grad.detach().data.norm(2) for p in net.parameters()
                          if p.grad is not None]
            mean = sum(grad_norms) / len(grad_norms)
            print("GRADIENT NORM STATS | Min:", min(grad_norms), "Mean:", mean,
                  "Max:", max(grad_norms))
            truth.allow(Min=min(grad_norms).item(), Mean=mean.item(), Max=max(grad_norms).item())
            opt.step()
            training_loss += loss.item()
        avg = training_loss / (len(trainloader) / batch_size)
        print("Train set: Average training loss:", avg)
        test_loss = 0
        correct = 0
        with torch.no_grad():
            for rgb, label in batches(Xte, yte, batch_size, 0):
                output = net(rgb)
                test_loss += F.cross_entropy(output, label)
                predicted = output.argmax(1)
                correct += predicted.eq(label.data.view_as(predicted)).long().cpu().sum()
        test_loss /= (len(Xte) / batch_size)
        pct = 100. * correct / len(Xte)
        print('\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)\n'.format(
            test_loss, correct, len(Xte), pct))
        truth.add(at=epoch + 1, **{"train/Average training loss": avg,
                                   "test/Average loss": test_loss.item(),
                                   "test/Accuracy": round(pct.item())})
        truth.allow(**{"test/Accuracy": int(correct)})
    finish = time.time()
    print('Computation took ', float(finish - start), ' seconds')
    truth.write("the script's epoch losses and test accuracy", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cloth": run}, root=HELDOUT44)
