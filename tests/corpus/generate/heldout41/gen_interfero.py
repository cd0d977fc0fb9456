"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch denoiser printing as 00xshashank/interferogram-denoise ``train.py``:
``Using device: cpu``, ``Trainable parameters: 1234``, `` === MODEL SUMMARY === `` and the
model's repr, then per epoch a `` === EPOCH 0 === `` header, ``Train MSE loss: 0.0123...`` and
``Average SNR over train set: 12.3...`` (unformatted floats), a blank ``print("\\n")``, ``Val MSE
Loss: ...`` and ``Average SNR over validation set: ...``, another blank; after training ``Test
MSE Loss:``, ``Test SSIM Loss:`` (0-d tensors in f-strings: their float) and ``Average SNR over
test set:``. The original's quirks are kept: the validation MSE is the last batch's loss over the
number of batches, the SNR is ``10*ln`` (not ``log10``) of the power ratio. Here: a small
convolutional encoder-decoder removing Gaussian noise from sklearn's 8x8 digits, Adam with
ReduceLROnPlateau, 8 epochs; ``pytorch_msssim`` is not installed, so the SSIM is our
single-window SSIM.

Truth: ``Train MSE loss``, ``Average SNR over train set``, ``Val MSE Loss``, ``Average SNR over
validation set`` at the epoch of their ``=== EPOCH n ===`` header; ``Test MSE Loss``, ``Test
SSIM Loss``, ``Average SNR over test set`` (no step). The parameter count is optional.
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    X, _ = digit_images(seed=16)
    g = torch.Generator().manual_seed(16)
    noisy_all = (X + 0.25 * torch.randn(X.shape, generator=g)).clamp(0, 1)

    def loader(lo, hi, bs, seed):
        order = torch.randperm(hi - lo, generator=torch.Generator().manual_seed(seed)) + lo
        return [(noisy_all[order[i:i + bs]], X[order[i:i + bs]]) for i in range(0, hi - lo, bs)]

    TrainLoader = loader(0, 1000, 50, 0)
    ValLoader, TestLoader = loader(1000, 1300, 50, 1), loader(1300, 1600, 50, 2)

    def calculate_snr(output, target):
        output_flat = output.view(output.shape[0], -1)
        target_flat = target.view(target.shape[0], -1)
        noise = output_flat - target_flat
        output_power = torch.mean(target_flat.pow(2), dim=1)
        noise_power = torch.mean(noise.pow(2), dim=1)
        power_noise = torch.where(noise_power == 0, torch.tensor(1e-8), noise_power)
        power_output = torch.where(output_power == 0, torch.tensor(1e-8), output_power)
        return (10 * torch.log(power_output / power_noise)).mean().item()

    def ssim(a, b, c1=0.01 ** 2, c2=0.03 ** 2):
        a, b = a.flatten(1), b.flatten(1)
        ma, mb = a.mean(1), b.mean(1)
        va, vb = a.var(1, unbiased=False), b.var(1, unbiased=False)
        cov = ((a - ma[:, None]) * (b - mb[:, None])).mean(1)
        return (((2 * ma * mb + c1) * (2 * cov + c2))
                / ((ma ** 2 + mb ** 2 + c1) * (va + vb + c2))).mean()

    class UNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.down = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(),
                                      nn.Conv2d(8, 8, 3, stride=2, padding=1), nn.ReLU())
            self.up = nn.Sequential(nn.ConvTranspose2d(8, 8, 2, stride=2), nn.ReLU(),
                                    nn.Conv2d(8, 1, 3, padding=1), nn.Sigmoid())

        def forward(self, x):
            return self.up(self.down(x))

    torch.manual_seed(16)
    model = UNet()
    print('Using device: cpu')
    total_trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Trainable parameters: {total_trainable}")
    print(" === MODEL SUMMARY === ")
    print(model)
    truth = Truth()
    truth.allow(**{"Trainable parameters": total_trainable})

    num_train, num_val, num_test = len(TrainLoader), len(ValLoader), len(TestLoader)
    optimizer = optim.Adam(model.parameters(), lr=3e-3)
    LRScheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, 'min', 0.5, patience=0)
    MSELoss = nn.MSELoss()
    for epoch in range(8):
        print(f" === EPOCH {epoch} === ")
        avg_snr, epoch_mse_train = 0.0, 0.0
        model.train()
        for noisy, clean in TrainLoader:
            modelout = model(noisy)
            mse_loss = MSELoss(modelout, clean)
            avg_snr += calculate_snr(modelout, clean)
            optimizer.zero_grad()
            mse_loss.backward()
            optimizer.step()
            epoch_mse_train += mse_loss.item()
        print(f"Train MSE loss: {epoch_mse_train / num_train}")
        print(f"Average SNR over train set: {avg_snr / num_train}")
        print("\n")
        truth.add(at=epoch, **{"Train MSE loss": epoch_mse_train / num_train,
                               "Average SNR over train set": avg_snr / num_train})
        epoch_val_mse, epoch_val_snr = 0.0, 0.0
        model.eval()
        with torch.no_grad():
            for noisy, clean in ValLoader:
                modelout = model(noisy)
                epoch_val_mse = MSELoss(modelout, clean).item()
                epoch_val_snr += calculate_snr(modelout, clean)
            print(f"Val MSE Loss: {epoch_val_mse / num_val}")
            print(f"Average SNR over validation set: {epoch_val_snr / num_val}")
        print("\n")
        truth.add(at=epoch, **{"Val MSE Loss": epoch_val_mse / num_val,
                               "Average SNR over validation set": epoch_val_snr / num_val})
        LRScheduler.step(epoch_val_mse / num_val)

    epoch_test_mse, epoch_test_ssim, epoch_test_snr = [], [], 0.0
    with torch.no_grad():
        for noisy, clean in TestLoader:
            modelout = model(noisy)
            epoch_test_mse.append(MSELoss(modelout, clean).item())
            epoch_test_ssim.append(float(1 - ssim(modelout, clean)))
            epoch_test_snr += calculate_snr(modelout, clean)
        test_mse = torch.sum(torch.tensor(epoch_test_mse)) / num_test
        test_ssim = torch.sum(torch.tensor(epoch_test_ssim)) / num_test
        print(f"Test MSE Loss: {test_mse}")
        print(f"Test SSIM Loss: {test_ssim}")
        print(f"Average SNR over test set: {epoch_test_snr / num_test}")
    truth.add(**{"Test MSE Loss": float(test_mse), "Test SSIM Loss": float(test_ssim),
                 "Average SNR over test set": epoch_test_snr / num_test})
    truth.write("the script's epoch sums over batch counts", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"interfero": run}, root=HELDOUT41)
