"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A clothing recommender printing as Dionromero/projeto_py ``BACKEND/treinamento.py`` with its
``BACKEND/imagem.py`` (commit 57f25d2f), in Portuguese: ``--- 1. Preparando dados ---``,
``--- 2. Carregando dataset ---``, ``--- 3. Iniciando modelo ---``,
``--- INICIANDO TREINAMENTO ---``, every tenth epoch (from the first) a sample block between
rules of ``=`` (``AMOSTRA VISUALIZADA (Índice: i)``, ``Classe Original: ...``,
``Imagem em JSON (base64):`` and the first 250 characters of ``{"image_base64": ...}`` with
`` ...``), every fifth epoch ``Época [{e}/{N}] - Perda: {:.4f} - Acurácia: {:.4f}`` (the
full-batch loss and the accuracy of the outputs before that epoch's step), and at the end
``✅ Treinamento concluído!``. The network (128 and 64 hidden units), Adam at 0.001, full-batch
training and the eleven class names are the original's. Here: the weather-and-clothes features
of ``dados.py`` (not in the index at that commit) are a synthetic 24-feature, 11-class table of
600 rows, and the Hugging Face clothes images are small synthetic grey-level pictures encoded
as PNG with zlib (what ``PIL.Image.save(format="PNG")`` does); 30 epochs.

Truth: ``Perda`` and ``Acurácia`` at the epoch before the slash.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import base64
    import json
    import struct
    import zlib

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim

    truth = Truth()

    def png_bytes(pixels):
        """A greyscale PNG of a uint8 array, as PIL would write it."""
        h, w = pixels.shape

        def chunk(tag, data):
            return (struct.pack(">I", len(data)) + tag + data
                    + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
        raw = b"".join(b"\x00" + pixels[r].tobytes() for r in range(h))
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    def imagem_para_json(pixels):
        img_b64 = base64.b64encode(png_bytes(pixels)).decode("utf-8")
        return json.dumps({"image_base64": img_b64})

    class RecomendadorContextualNN(nn.Module):
        def __init__(self, n_entradas, n_saidas):
            super().__init__()
            self.camada1 = nn.Linear(n_entradas, 128)
            self.camada2 = nn.Linear(128, 64)
            self.camada_saida = nn.Linear(64, n_saidas)
            self.relu = nn.ReLU()

        def forward(self, x):
            return self.camada_saida(self.relu(self.camada2(self.relu(self.camada1(x)))))

    def mostrar_imagem_no_terminal(item_dataset, index, classes):
        img_json = imagem_para_json(item_dataset[index]["image"])
        print("\n" + "=" * 60)
        print(f"AMOSTRA VISUALIZADA (Índice: {index})")
        print(f"Classe Original: {classes.get(item_dataset[index]['label'], 'Desconhecida')}")
        print("=" * 60)
        print("Imagem em JSON (base64):")
        print(img_json[:250] + " ...")
        print("=" * 60 + "\n")

    def treinar_modelo(X, Y, N_ENTRADAS, N_SAIDAS, df_train, N_EPOCAS=30, TAXA_APRENDIZADO=0.001):
        modelo = RecomendadorContextualNN(N_ENTRADAS, N_SAIDAS)
        funcao_perda = nn.CrossEntropyLoss()
        otimizador = optim.Adam(modelo.parameters(), lr=TAXA_APRENDIZADO)
        CLASSES = {0: "T-shirt/Top", 1: "Calça", 2: "Pulôver", 3: "Vestido", 4: "Casaco",
                   5: "Sandália", 6: "Camisa", 7: "Tênis", 8: "Bolsa", 9: "Bota", 10: "Outro"}
        print("\n--- INICIANDO TREINAMENTO ---")
        for epoca in range(N_EPOCAS):
            if epoca % 10 == 0:
                index = np.random.randint(0, len(df_train))
                mostrar_imagem_no_terminal(df_train, index=index, classes=CLASSES)
            saidas = modelo(X)
            perda = funcao_perda(saidas, Y)
            otimizador.zero_grad()
            perda.backward()
            otimizador.step()
            if (epoca + 1) % 5 == 0:
                _, predito = torch.max(saidas.data, 1)
                acuracia = (predito == Y).sum().item() / Y.size(0)
                print(f"Época [{epoca+1}/{N_EPOCAS}] - Perda: {perda.item():.4f} - "
                      f"Acurácia: {acuracia:.4f}")
                truth.add(at=epoca + 1, Perda=perda.item(), **{"Acurácia": acuracia})
        print("\n✅ Treinamento concluído!")
        return modelo

    np.random.seed(57)
    torch.manual_seed(57)
    print("--- 1. Preparando dados ---")
    rng = np.random.default_rng(57)
    N_ENTRADAS, N_SAIDAS = 24, 11
    centres = rng.normal(0, 1, (N_SAIDAS, N_ENTRADAS))
    labels = rng.integers(0, N_SAIDAS, 600)
    feats = centres[labels] + rng.normal(0, 1.2, (600, N_ENTRADAS))
    X_COMBINADO = torch.tensor(feats, dtype=torch.float32)
    Y = torch.tensor(labels)

    print("\n--- 2. Carregando dataset ---")
    yy, xx = np.mgrid[:20, :20]
    dataset = []
    for k in range(120):
        blob = np.exp(-(((yy - rng.uniform(5, 15)) / rng.uniform(3, 7)) ** 2
                        + ((xx - rng.uniform(5, 15)) / rng.uniform(3, 7)) ** 2))
        pixels = np.clip(255 * (blob + rng.normal(0, 0.05, blob.shape)), 0, 255).astype(np.uint8)
        dataset.append({"image": pixels, "label": int(rng.integers(0, 10))})

    print("\n--- 3. Iniciando modelo ---")
    treinar_modelo(X_COMBINADO, Y, N_ENTRADAS, N_SAIDAS, df_train=dataset, N_EPOCAS=30)
    truth.write("the full-batch cross-entropy and the accuracy of the same outputs",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"roupas": run}, root=HELDOUT52)
