"""Our own forward pass for Llama-style and GPT-2 causal LMs, built from the weights of
a Hugging Face model folder.

Why not call the HF module: serving needs three things it does not give together:
a KV cache we own (one preallocated slot per running request, so requests join and
leave the batch at any step), per-row positions and lengths in one batch, and per-row
LoRA (rows of different bots in one forward pass, see ``lora.py``). The maths is the
same as HF's; ``tests/inference/test_model.py`` checks the logits match.

    lm = CausalLM.from_dir(Path("tiny-llama"), dtype=torch.bfloat16, device="cpu")   # or "cuda:0"
    cache = lm.new_cache(slots=8, max_len=256)
    logits = lm.prefill(tokens, lengths, slots, cache)          # [P, vocab], last prompt token
    logits = lm.decode(tokens, positions, cache)                 # [S, vocab], one token per slot

Everything (weights, cache, the tensors of each step) lives on ``lm.device``; callers
pass their index tensors on that device.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from botfarm.core.errors import InvalidArgument
from botfarm.inference import forward, native

#: HF architectures we can serve, mapped to our two families.
ARCHITECTURES = {"LlamaForCausalLM": "llama", "MistralForCausalLM": "llama", "GPT2LMHeadModel": "gpt2"}


@dataclass(frozen=True)
class ModelShape:
    """The numbers of an architecture our forward pass needs (from config.json)."""

    family: str          # "llama" | "gpt2"
    layers: int
    hidden: int
    heads: int
    kv_heads: int
    head_dim: int
    intermediate: int
    vocab: int
    max_positions: int
    eps: float
    rope_theta: float = 10000.0

    @staticmethod
    def from_config(cfg: dict) -> ModelShape:
        arch = (cfg.get("architectures") or [""])[0]
        family = ARCHITECTURES.get(arch) or {"llama": "llama", "mistral": "llama", "gpt2": "gpt2"}.get(
            cfg.get("model_type", ""))
        if family is None:
            raise InvalidArgument(f"unsupported architecture {arch or cfg.get('model_type')!r}; "
                                  f"supported: {sorted(ARCHITECTURES)}", reason="UNSUPPORTED_ARCHITECTURE")
        if family == "gpt2":
            h = cfg["n_embd"]
            return ModelShape("gpt2", cfg["n_layer"], h, cfg["n_head"], cfg["n_head"], h // cfg["n_head"],
                              cfg.get("n_inner") or 4 * h, cfg["vocab_size"], cfg.get("n_positions", 1024),
                              cfg.get("layer_norm_epsilon", 1e-5))
        if cfg.get("attention_bias") or cfg.get("mlp_bias") or cfg.get("rope_scaling"):
            raise InvalidArgument("Llama variants with biases or rope scaling are not supported",
                                  reason="UNSUPPORTED_ARCHITECTURE")
        h, heads = cfg["hidden_size"], cfg["num_attention_heads"]
        if heads % (cfg.get("num_key_value_heads") or heads):
            raise InvalidArgument(f"{heads} attention heads do not divide into "
                                  f"{cfg.get('num_key_value_heads')} key/value heads", reason="UNSUPPORTED_ARCHITECTURE")
        rope = cfg.get("rope_parameters") or {}
        if rope.get("rope_type", "default") != "default":
            raise InvalidArgument(f"rope type {rope.get('rope_type')!r} is not supported",
                                  reason="UNSUPPORTED_ARCHITECTURE")
        return ModelShape("llama", cfg["num_hidden_layers"], h, heads, cfg.get("num_key_value_heads") or heads,
                          cfg.get("head_dim") or h // heads, cfg["intermediate_size"], cfg["vocab_size"],
                          cfg.get("max_position_embeddings", 2048), cfg.get("rms_norm_eps", 1e-6),
                          float(rope.get("rope_theta") or cfg.get("rope_theta") or 10000.0))


@dataclass
class KVCache:
    """Preallocated keys and values of every layer and slot: ``kv`` is [layers, slots,
    2 * kv_heads, max_len, head_dim], the keys' heads then the values' (``k`` and ``v``
    are views of it), so one indexed write stores a step's keys and values together.

    A request owns one slot from prefill to its last token; rows past a request's
    length hold garbage that the attention mask hides, so nothing is cleared on reuse.
    """

    kv: torch.Tensor

    def __post_init__(self):
        # Each layer's cache as rows of head_dim values: the target of an indexed write.
        self.rows = [layer.view(-1, self.kv.shape[-1]) for layer in self.kv]

    @property
    def k(self) -> torch.Tensor:
        return self.kv[:, :, :self.kv.shape[2] // 2]

    @property
    def v(self) -> torch.Tensor:
        return self.kv[:, :, self.kv.shape[2] // 2:]

    @property
    def slots(self) -> int:
        return self.kv.shape[1]

    @property
    def max_len(self) -> int:
        return self.kv.shape[3]

    @property
    def nbytes(self) -> int:
        return self.kv.numel() * self.kv.element_size()

    def rows_of(self, slots: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        """Where the keys and values of tokens (slot, position) go, as rows of one layer's
        cache viewed [slots * 2 * kv_heads * max_len, head_dim]: [N, 2 * kv_heads]."""
        heads, max_len = self.kv.shape[2], self.kv.shape[3]
        head = torch.arange(heads, device=slots.device)
        return (slots.unsqueeze(-1) * heads + head) * max_len + positions.unsqueeze(-1)


def load_safetensors_dir(model_dir: Path) -> dict[str, torch.Tensor]:
    """Every tensor of a model folder (single file or sharded); safetensors only."""
    from safetensors.torch import load_file

    files = sorted(model_dir.glob("*.safetensors"))
    files = [f for f in files if f.name != "adapter_model.safetensors"]
    if not files:
        raise InvalidArgument(f"{model_dir} has no model safetensors (pickled weights are refused)",
                              reason="NO_SAFETENSORS")
    out: dict[str, torch.Tensor] = {}
    for f in files:
        out.update(load_file(str(f)))
    return out


def _strip(weights: dict[str, torch.Tensor], prefixes: tuple[str, ...]) -> dict[str, torch.Tensor]:
    out = {}
    for k, v in weights.items():
        for p in prefixes:
            if k.startswith(p):
                k = k[len(p):]
                break
        out[k] = v
    return out


class CausalLM:
    """One base model's weights in the compute dtype, and its forward pass."""

    def __init__(self, shape: ModelShape, weights: dict[str, torch.Tensor], dtype: torch.dtype,
                 device: torch.device | str = "cpu"):
        self.shape, self.dtype, self.device = shape, dtype, torch.device(device)
        w = {k: v.to(device=self.device, dtype=dtype).contiguous() for k, v in weights.items()}
        self.layers: list[dict[str, torch.Tensor]] = []
        s = shape
        if s.family == "llama":
            w = _strip(w, ("model.",))
            self.embed = w["embed_tokens.weight"]
            self.lm_head = w.get("lm_head.weight", self.embed)
            self.norm, self.norm_b = w["norm.weight"], None
            for i in range(s.layers):
                p = f"layers.{i}."
                # q, k, v (and gate, up) fused: one matmul instead of three on small matrices.
                self.layers.append({
                    "ln1": w[p + "input_layernorm.weight"], "ln2": w[p + "post_attention_layernorm.weight"],
                    "qkv": torch.cat([w[p + f"self_attn.{n}_proj.weight"] for n in "qkv"]),
                    "o": w[p + "self_attn.o_proj.weight"],
                    "gate_up": torch.cat([w[p + "mlp.gate_proj.weight"], w[p + "mlp.up_proj.weight"]]),
                    "down": w[p + "mlp.down_proj.weight"],
                })
        else:
            w = _strip(w, ("transformer.",))
            self.embed = w["wte.weight"]
            self.wpe = w["wpe.weight"]
            self.lm_head = w.get("lm_head.weight", self.embed)
            self.norm, self.norm_b = w["ln_f.weight"], w["ln_f.bias"]
            for i in range(s.layers):
                p = f"h.{i}."
                # GPT-2's Conv1D stores [in, out]; F.linear wants [out, in].
                self.layers.append({
                    "ln1": w[p + "ln_1.weight"], "ln1_b": w[p + "ln_1.bias"],
                    "ln2": w[p + "ln_2.weight"], "ln2_b": w[p + "ln_2.bias"],
                    "qkv": w[p + "attn.c_attn.weight"].t().contiguous(), "qkv_b": w[p + "attn.c_attn.bias"],
                    "o": w[p + "attn.c_proj.weight"].t().contiguous(), "o_b": w[p + "attn.c_proj.bias"],
                    "fc": w[p + "mlp.c_fc.weight"].t().contiguous(), "fc_b": w[p + "mlp.c_fc.bias"],
                    "down": w[p + "mlp.c_proj.weight"].t().contiguous(), "down_b": w[p + "mlp.c_proj.bias"],
                })
        self._nbytes = self._count_bytes()
        #: Parameters (a tied head counted once): 2 FLOPs each per token.
        self.params = self._nbytes // torch.empty(0, dtype=dtype).element_size()
        # oneDNN reorders a plain weight into its blocked layout on every call; packing
        # once at load makes the bf16 matmuls 1.3-1.6x faster on this CPU (same results).
        # CPU only: the packed layout is a oneDNN (CPU) tensor; cuBLAS takes plain weights.
        self.packed = self.device.type == "cpu" and dtype == torch.bfloat16 \
            and torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported()
        kernels = native.load() if self.device.type == "cpu" and dtype in (torch.bfloat16, torch.float32) \
            and native.supports(shape.head_dim, shape.heads, shape.kv_heads) else None
        #: The native kernels this model's forward runs (None: the torch path); the LoRA bank uses them too.
        self.kernels = kernels
        self.ops = forward.NativeOps(self, kernels) if kernels is not None else forward.TorchOps(self)
        self._nbytes += self.ops.nbytes()
        # A step of one or two rows reads every weight once (bound by memory): there the
        # native GEMV over the plain weights beats oneDNN's blocked layout (about 1.6x), so
        # with the kernels the plain copies stay beside the packed ones (id(packed) -> plain).
        self._plain: dict[int, torch.Tensor] = {}
        self._gemv = kernels.gemv if kernels is not None and self.packed else None
        if self.packed:
            # GPT-2's layers have biases, which the GEMV does not take: no plain copies.
            plain = s.family == "llama"
            for layer in self.layers:
                for name in ("qkv", "o", "gate_up", "fc", "down"):
                    if name in layer:
                        layer[name] = self._pack(layer[name], plain)
            tied = self.lm_head is self.embed
            self.lm_head = self._pack(self.lm_head, True)
            # A tied head's packed copy is held beside the embedding; the plain copies too.
            self._nbytes += tied * self.lm_head.numel() * self.lm_head.element_size()
            self._nbytes += sum(t.numel() * t.element_size() for t in self._plain.values() if t is not self.embed)
        # A decode step of one or two plain rows (no adapter) runs as one native call: the
        # same kernels, without ~300 Python calls and thread forks and joins per step.
        self._stack = self._stack_plan() if self._gemv is not None and s.family == "llama" else None

    def _stack_plan(self) -> native.StackPlan | None:
        ops = self.ops
        if not isinstance(ops, forward.NativeOps):
            return None
        plain = self._plain
        return native.StackPlan(
            self.shape, [[layer["ln1"], plain[id(layer["qkv"])], plain[id(layer["o"])], layer["ln2"],
                          plain[id(layer["gate_up"])], plain[id(layer["down"])]] for layer in self.layers],
            self.norm, plain[id(self.lm_head)], ops.cos, ops.sin)

    def _pack(self, w: torch.Tensor, plain: bool) -> torch.Tensor:
        packed = torch.ops.mkldnn._reorder_linear_weight(w, 64)
        if self._gemv is not None and plain:
            self._plain[id(packed)] = w
        return packed

    #: Rows up to which a bias-free linear runs as the native GEMV (see __init__).
    GEMV_ROWS = 2

    def linear(self, x, w, b=None):
        if self.packed:
            if b is None and x.shape[0] <= self.GEMV_ROWS and self._gemv is not None:
                plain = self._plain.get(id(w))
                if plain is not None:
                    return self._gemv(x, plain)
            return torch.ops.mkldnn._linear_pointwise(x.contiguous(), w, b, "none", [], "")
        return F.linear(x, w, b)

    @classmethod
    def from_dir(cls, model_dir: Path, dtype: torch.dtype = torch.float32,
                 device: torch.device | str = "cpu") -> CausalLM:
        cfg = json.loads((Path(model_dir) / "config.json").read_text())
        return cls(ModelShape.from_config(cfg), load_safetensors_dir(Path(model_dir)), dtype, device)

    @property
    def nbytes(self) -> int:
        return self._nbytes

    def _count_bytes(self) -> int:
        seen, total = set(), 0
        # Every tensor the forward pass holds: norms and position tables too (the rotary
        # tables are the ops' own: ``ops.nbytes()``).
        extra = [getattr(self, n, None) for n in ("norm", "norm_b", "wpe")]
        tensors = [self.embed, self.lm_head, *(t for t in extra if t is not None)] + \
            [t for layer in self.layers for t in layer.values()]
        for t in tensors:
            if t.data_ptr() not in seen:
                seen.add(t.data_ptr())
                total += t.numel() * t.element_size()
        return total

    def new_cache(self, slots: int, max_len: int) -> KVCache:
        s = self.shape
        max_len = min(max_len, s.max_positions)
        dims = (s.layers, slots, 2 * s.kv_heads, max_len, s.head_dim)
        return KVCache(torch.zeros(dims, dtype=self.dtype, device=self.device))

    # -- the forward pass --------------------------------------------------------------

    def _embed(self, tokens, positions):
        h = self.embed[tokens]
        if self.shape.family == "gpt2":
            h = h + self.wpe[positions]
        return h

    @torch.inference_mode()
    def prefill(self, tokens: torch.Tensor, lengths: torch.Tensor, slots: torch.Tensor, cache: KVCache,
                lora=None, prompt_rows: tuple[int, ...] = ()) -> torch.Tensor:
        """Runs new prompts (right-padded [P, T]) and stores their keys/values in
        ``slots``; returns the logits of each prompt's last token [P, vocab], followed by
        the logits at every position [T, vocab] of each row in ``prompt_rows`` (requests
        that asked for their prompt's log-probs)."""
        s = self.shape
        P, T = tokens.shape
        dev = tokens.device
        positions = torch.arange(T, device=dev).repeat(P)
        rows = self.ops.rows(slots.repeat_interleave(T), positions, cache)
        h = self._embed(tokens.reshape(-1), positions)
        q_size = s.heads * s.head_dim

        def attend(i, qkv):
            qkv = qkv.view(P, T, s.heads + 2 * s.kv_heads, s.head_dim).transpose(1, 2)
            q, k, v = qkv.split([s.heads, s.kv_heads, s.kv_heads], dim=1)
            # Causal is enough: a real token never sees the padding to its right.
            a = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=s.kv_heads != s.heads)
            return a.transpose(1, 2).reshape(P * T, q_size)

        last = torch.arange(P, device=dev) * T + lengths - 1
        if prompt_rows:
            every = torch.arange(T, device=dev)
            last = torch.cat([last, (torch.tensor(prompt_rows, device=dev).unsqueeze(1) * T + every).reshape(-1)])
        x = forward.blocks(self, self.ops, h, cache, rows, attend, lora, lambda t: t.view(P, T, -1))
        return self.linear(x[last], self.lm_head).float()

    @torch.inference_mode()
    def decode(self, tokens: torch.Tensor, positions: torch.Tensor, cache: KVCache, lora=None,
               live: torch.Tensor | None = None, length: int | None = None) -> torch.Tensor:
        """One decode step for slots 0..S-1 (S = len(tokens)): row r puts token
        ``tokens[r]`` at ``positions[r]`` of slot r and attends to everything before it.
        Free slots inside the range compute garbage nobody reads: cheaper than
        gathering the cache of the live slots every step. Returns the logits of the
        ``live`` slots (default all) [len(live), vocab]. ``length`` (max(positions) + 1)
        spares reading it back from the device, a host sync per step on a GPU."""
        S = tokens.shape[0]
        stack, kernels = self._stack, self.kernels
        if stack is not None and kernels is not None and lora is None and S <= self.GEMV_ROWS:
            logits = kernels.decode_stack(stack, self.embed[tokens], positions.contiguous(), cache.kv)
            return (logits[live] if live is not None else logits).float()
        L = length if length is not None else int(positions.max()) + 1
        rows = self.ops.rows(torch.arange(S, device=tokens.device), positions, cache)
        h = self._embed(tokens, positions)
        x = forward.blocks(self, self.ops, h, cache, rows,
                           lambda i, qkv: self.ops.decode_attention(qkv, cache, i, rows, L),
                           lora, lambda t: t.view(S, 1, -1))
        return self.linear(x[live] if live is not None else x, self.lm_head).float()


def scale_of(config: dict) -> float:
    r = config.get("r", 8)
    alpha = config.get("lora_alpha", r)
    return alpha / math.sqrt(r) if config.get("use_rslora") else alpha / r
