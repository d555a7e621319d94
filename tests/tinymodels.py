"""Tiny randomly initialised causal LMs for tests, built offline in a second.

No model hub is reachable, so the tokenizer is a byte-level BPE trained on a few
sentences and the weights are random. Two architectures, as the platform supports:

    gpt2_dir = build_tiny_model(tmp_path / "gpt2", "gpt2")
    llama_dir = build_tiny_model(tmp_path / "llama", "llama")

Each folder is a normal Hugging Face model directory (config.json,
model.safetensors, tokenizer files) that ``AutoModelForCausalLM.from_pretrained``
and ``transformers.pipeline`` load.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = [
    "My dream is to build a bot farm that writes like my friends.",
    "Today I shipped a new release of the web component library.",
    "Coffee first, then code reviews, then more coffee.",
    "The quick brown fox jumps over the lazy dog.",
    "I love open source and the people who maintain it.",
    "Reading the new CSS spec draft, container queries are great.",
] * 20


def build_tokenizer(out: Path, vocab_size: int = 384):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
    )
    tok.train_from_iterator(CORPUS, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>",
                                   bos_token="<|endoftext|>", unk_token="<|endoftext|>")
    fast.model_max_length = 256
    fast.save_pretrained(out)
    return fast


def build_tiny_model(out: str | Path, arch: str = "gpt2", seed: int = 0) -> Path:
    """Writes a tiny random model of ``arch`` ("gpt2" or "llama") to ``out``."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tok = build_tokenizer(out)
    torch.manual_seed(seed)
    eos = tok.eos_token_id
    if arch == "gpt2":
        cfg = GPT2Config(vocab_size=len(tok), n_positions=256, n_embd=64, n_layer=2, n_head=4,
                         bos_token_id=eos, eos_token_id=eos)
        model = GPT2LMHeadModel(cfg)
    elif arch == "llama":
        cfg = LlamaConfig(vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                          num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256,
                          bos_token_id=eos, eos_token_id=eos, tie_word_embeddings=True)
        model = LlamaForCausalLM(cfg)
    else:
        raise ValueError(f"unknown tiny architecture {arch!r}")
    model.generation_config.pad_token_id = eos
    model.save_pretrained(out, safe_serialization=True)
    return out


def build_chatty_gpt2(tiny_gpt2: str | Path, out: str | Path) -> Path:
    """The tiny GPT-2 of ``tiny_gpt2`` made to write a new line about one token in eight,
    whatever the prompt (for the one-post-per-generation recipe)."""
    import torch
    from botfarm.registry.genconfig import newline_ids
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_gpt2)
    model = AutoModelForCausalLM.from_pretrained(tiny_gpt2)
    with torch.no_grad():
        # A constant final hidden state e0 * 4: the logit of a token is 4 x its embedding's
        # first coordinate, 1 for the newline tokens, 0 for every other token.
        model.transformer.ln_f.weight.zero_()
        model.transformer.ln_f.bias.zero_()
        model.transformer.ln_f.bias[0] = 4.0
        model.transformer.wte.weight[:, 0] = 0.0
        for i in newline_ids(tok):
            model.transformer.wte.weight[i, 0] = 1.0
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return Path(out)
