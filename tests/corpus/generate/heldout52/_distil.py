"""Shared loop of the fifty-second half's `distiltqdm` and `distilplain` generators (see
their docstrings and README.md): michaelkinnas/mkpy-utils's ResponseDistiller in its tqdm
and plain modes. Prints only when called."""

from _toy import digits, mlp
from _capture import Truth


def distill(use_tqdm, epochs):
    import torch
    from sklearn.metrics import accuracy_score
    from torch import argmax, inference_mode
    from torch.nn import KLDivLoss
    from torch.nn.functional import log_softmax, softmax
    from tqdm.auto import tqdm

    truth = Truth()
    Xtr, ytr, Xva, yva, _, _ = digits(seed=5)

    # the teacher, trained beforehand without output
    teacher = mlp(hidden=64, seed=1)
    opt = torch.optim.Adam(teacher.parameters(), lr=0.01)
    for _ in range(40):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(teacher(Xtr), ytr).backward()
        opt.step()
    teacher.eval()

    g = torch.Generator().manual_seed(3)

    class Loader:
        def __init__(self, X, y, size, shuffle):
            self.X, self.y, self.size, self.shuffle = X, y, size, shuffle

        def __len__(self):
            return (len(self.X) + self.size - 1) // self.size

        def __iter__(self):
            order = (torch.randperm(len(self.X), generator=g) if self.shuffle
                     else torch.arange(len(self.X)))
            for i in range(0, len(order), self.size):
                yield self.X[order[i:i + self.size]], self.y[order[i:i + self.size]]

    trainloader = Loader(Xtr[:256], ytr[:256], 128, True)
    valloader = Loader(Xva, yva, 150, False)
    student = mlp(hidden=12, seed=2)
    loss_fn = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(student.parameters(), lr=0.1, momentum=0.9)
    alpha, temperature, validation_step = 0.8, 2.0, 1
    verbose, reporting_step = True, 1

    def report_distillation_train(current_epoch, total_epochs, current_batch, total_batches,
                                  soft_loss, hard_loss, final_loss, learning_rate, student_acc,
                                  tqdm_batch_iterator=None):
        if verbose:
            values = {"Soft target loss": soft_loss.item(), "Hard target loss": hard_loss.item(),
                      "Final loss": final_loss.item(), "Student acc": student_acc * 100}
            if use_tqdm:
                tqdm_batch_iterator.set_postfix_str(
                    f"Soft target loss: {soft_loss:.4f}, Hard target loss: {hard_loss:.4f}, "
                    f"Final loss: {final_loss:.4f}, Student acc: {student_acc * 100:.2f}%, "
                    f"LR: {learning_rate}")
                truth.add(**values)
                truth.allow(LR=learning_rate)
            elif current_batch % reporting_step == 0:
                print(f"Epoch [{current_epoch+1} / {total_epochs}], Batch [{current_batch+1} / "
                      f"{total_batches}], Soft target loss: {soft_loss:.4f}, Hard target loss: "
                      f"{hard_loss:.4f}, Final loss: {final_loss:.4f}, Student acc: "
                      f"{student_acc * 100:.2f}%, LR: {learning_rate}")
                truth.add(at=current_epoch + 1, **values)
                truth.allow(LR=learning_rate)

    def report_validation(acc, loss, current_epoch, total_epochs, use_tqdm, epoch_iterator=None):
        values = {"Validation loss": loss, "Validation accuracy": acc * 100}
        if use_tqdm:
            epoch_iterator.set_postfix_str(f"Validation loss: {loss:.4f} | Validation accuracy: "
                                           f"{acc * 100:.2f}%")
            truth.add(**values)
        else:
            print(f"  => Epoch [{current_epoch+1} / {total_epochs}] | Validation loss: {loss:.4f} "
                  f"| Validation accuracy: {acc * 100:.2f}%")
            truth.add(at=current_epoch + 1, **values)

    def validation(use_tqdm=True):
        running_accuracy = 0
        running_loss = 0
        student.eval()
        with inference_mode():
            if use_tqdm:
                it = tqdm(valloader, total=len(valloader), desc="Validation: ", leave=False,
                          position=2)
            else:
                it = valloader
            for X_test, y_test in it:
                y_pred_test = student(X_test)
                loss = loss_fn(y_pred_test, y_test).item()
                running_loss += loss
                running_accuracy += accuracy_score(y_test, argmax(y_pred_test, dim=1))
        return loss / len(valloader), running_accuracy / len(valloader)

    soft_loss = KLDivLoss(reduction="batchmean")
    if verbose and use_tqdm:
        epoch_iterator = tqdm(range(epochs), desc="Epoch: ", leave=False, position=0)
    else:
        epoch_iterator = range(epochs)
    for epoch in epoch_iterator:
        running_loss = running_acc = 0
        student.train()
        lr = optimizer.param_groups[-1]["lr"]
        if verbose and use_tqdm:
            batch_iterator = tqdm(trainloader, total=len(trainloader), desc="Batch: ", leave=False,
                                  position=1)
        else:
            batch_iterator = trainloader
        for train_batch_idx, (X_train, y_train) in enumerate(batch_iterator):
            with inference_mode():
                teacher_logits = teacher(X_train)
            student_logits = student(X_train)
            student_probs = log_softmax(student_logits / temperature, dim=1)
            teacher_probs = softmax(teacher_logits / temperature, dim=1)
            L_soft = soft_loss(student_probs, teacher_probs) * temperature ** 2
            L_hard = loss_fn(student_logits, y_train)
            L_final = alpha * L_soft + (1 - alpha) * L_hard
            L_final.backward()
            optimizer.step()
            optimizer.zero_grad()
            running_loss += L_final.item()
            batch_accuracy = accuracy_score(y_train, argmax(student_logits, dim=1))
            running_acc += batch_accuracy
            report_distillation_train(epoch, epochs, train_batch_idx, len(trainloader), L_soft,
                                      L_hard, L_final, lr, batch_accuracy,
                                      tqdm_batch_iterator=batch_iterator)
        if verbose and epoch % validation_step == 0 and epoch != epochs - 1:
            val_loss, val_acc = validation(use_tqdm=use_tqdm)
            report_validation(val_acc, val_loss, epoch, epochs, use_tqdm,
                              epoch_iterator=epoch_iterator)
    val_loss, val_acc = validation(use_tqdm=False)
    report_validation(val_acc, val_loss, epochs - 1, epochs, use_tqdm=False, epoch_iterator=None)
    truth.write("the batch distillation losses and accuracy, and the validation loss and "
                "accuracy as the original computes them (accuracies in percent)",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-3, abs_tol=5e-5)
