"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written knowledge-distillation loop printing as PkuDavidGuan/Distillation ``train.py``:
``Number of teacher model parameters: N``, ``Number of student model parameters: N``, every
``print_freq`` (10) batches ``'Epoch: [{0}][{1}/{2}]\\tTime {batch_time.val:.3f}
({batch_time.avg:.3f})\\tLoss {loss.val:.4f} ({loss.avg:.4f})\\tPrec@1 {top1.val:.3f}
({top1.avg:.3f})'``, in validation ``'Test: [{0}/{1}]\\t...'`` likewise, ``' * Prec@1
{top1.avg:.3f}'`` after each validation, ``print('Best accuracy: ', best_prec1)`` at the end.
Here: a teacher MLP trained first (silently), a smaller student distilled with Hinton's loss
(temperature 4, alpha 0.8) on sklearn's digits, SGD, 4 epochs, batch size 64.

Truth: the current (first) values ``Loss`` and ``Prec@1`` of the training lines (two counters
``[epoch][i/N]``: no step); ``test/Loss`` and ``test/Prec@1`` of the ``Test: [i/N]`` lines at
step ``i`` (a ``[i/N]`` prefix); the ``* Prec@1`` averages as ``Prec@1`` without step. The
running averages in parentheses and the final best are optional; times are not metrics.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F

    class AverageMeter:
        def __init__(self):
            self.val = self.avg = self.sum = self.count = 0

        def update(self, val, n=1):
            self.val = val
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    Xtr, ytr, _, _, Xte, yte = digits(seed=15)
    teacher = mlp(seed=15, hidden=64)
    t_opt = torch.optim.Adam(teacher.parameters(), lr=3e-3)
    for epoch in range(6):
        for X, y in batches(Xtr, ytr, 64, 100 + epoch):
            t_opt.zero_grad()
            F.cross_entropy(teacher(X), y).backward()
            t_opt.step()
    student = mlp(seed=16, hidden=8)
    print('Number of teacher model parameters: {}'.format(
        sum([p.data.nelement() for p in teacher.parameters()])))
    print('Number of student model parameters: {}'.format(
        sum([p.data.nelement() for p in student.parameters()])))
    optimizer = torch.optim.SGD(student.parameters(), 0.1, momentum=0.9, nesterov=True,
                                weight_decay=5e-4)
    truth = Truth()
    T, alpha, print_freq, best_prec1 = 4.0, 0.8, 10, 0

    def kd_loss(out_s, out_t, target):
        soft = F.kl_div(F.log_softmax(out_s / T, 1), F.softmax(out_t / T, 1),
                        reduction='batchmean') * T * T
        return alpha * soft + (1 - alpha) * F.cross_entropy(out_s, target)

    for epoch in range(4):
        batch_time, losses, top1 = AverageMeter(), AverageMeter(), AverageMeter()
        end = time.time()
        loader = list(batches(Xtr, ytr, 64, epoch))
        for i, (input, target) in enumerate(loader):
            out_s = student(input)
            with torch.no_grad():
                out_t = teacher(input)
            loss = kd_loss(out_s, out_t, target)
            prec1 = (out_s.argmax(1) == target).float().mean().item() * 100
            losses.update(loss.item(), input.size(0))
            top1.update(prec1, input.size(0))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            batch_time.update(time.time() - end)
            end = time.time()
            if i % print_freq == 0:
                print('Epoch: [{0}][{1}/{2}]\t'
                      'Time {batch_time.val:.3f} ({batch_time.avg:.3f})\t'
                      'Loss {loss.val:.4f} ({loss.avg:.4f})\t'
                      'Prec@1 {top1.val:.3f} ({top1.avg:.3f})'.format(
                          epoch, i, len(loader), batch_time=batch_time, loss=losses, top1=top1))
                truth.add(Loss=losses.val, **{"Prec@1": top1.val})
                truth.allow(Loss=losses.avg, **{"Prec@1": top1.avg})
        batch_time, losses, top1 = AverageMeter(), AverageMeter(), AverageMeter()
        end = time.time()
        loader = list(batches(Xte, yte, 64, 0))
        with torch.no_grad():
            for i, (input, target) in enumerate(loader):
                output = student(input)
                loss = F.cross_entropy(output, target)
                prec1 = (output.argmax(1) == target).float().mean().item() * 100
                losses.update(loss.item(), input.size(0))
                top1.update(prec1, input.size(0))
                batch_time.update(time.time() - end)
                end = time.time()
                if i % print_freq == 0:
                    print('Test: [{0}/{1}]\t'
                          'Time {batch_time.val:.3f} ({batch_time.avg:.3f})\t'
                          'Loss {loss.val:.4f} ({loss.avg:.4f})\t'
                          'Prec@1 {top1.val:.3f} ({top1.avg:.3f})'.format(
                              i, len(loader), batch_time=batch_time, loss=losses, top1=top1))
                    truth.add(at=i, **{"test/Loss": losses.val, "test/Prec@1": top1.val})
                    truth.allow(**{"test/Loss": losses.avg, "test/Prec@1": top1.avg})
        print(' * Prec@1 {top1.avg:.3f}'.format(top1=top1))
        truth.add(**{"Prec@1": top1.avg})
        best_prec1 = max(top1.avg, best_prec1)
    print('Best accuracy: ', best_prec1)
    truth.allow(**{"Best accuracy": best_prec1})
    truth.write("the script's AverageMeter values", libraries=("torch",), rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"pkukd": run}, root=HELDOUT43)
