"""The cleaning rules' per-post loops in C: telling retweets apart, and cutting a
cleaned batch into its posts.

    candidates(texts, flags, start, stop)   # texts[start:stop] that are not retweets
    split_frames(buf, " \\x0c ")            # buf.decode("utf-8").split(" \\x0c ")

A retweet is a post whose source flag is true or whose text starts with ``RT @``. In
Python that is four chained C iterators a post (``str.startswith``, ``operator.or_``,
``operator.not_``, ``itertools.compress``), about a sixth of the huggingtweets preset's
time; here it is one loop over the lists' items. (Tried: writing a batch's framed UTF-8
in C too, instead of str.join and encode; slower than CPython's own.) The cleaned batch
is decoded a post at a time from its bytes, instead of decoded whole (four bytes a
character once an emoji is in it) and split. A CPython extension module, compiled on
first use with the system C compiler against this interpreter's headers and cached like
the engine's kernels (``botfarm.core.cbuild``: same folders, ``BOTFARM_NATIVE_KERNELS=0``
turns it off). Without a compiler or the headers (the published CPU image has neither)
the Python form below runs: the same lists (and errors), tested side by side.
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import itertools
import logging
import operator
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from botfarm.core import cbuild

log = logging.getLogger(__name__)

SOURCE = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* candidates(texts, flags, start, stop): the items of texts[start:stop] (a list or a
   tuple of str) whose flag in flags[start:stop] (a list or tuple, by truth value; the
   two slices zipped, the shorter ends it) is false and whose text does not start with
   "RT @". */
static PyObject *candidates(PyObject *self, PyObject *args) {
    PyObject *texts, *flags;
    Py_ssize_t start, stop;
    if (!PyArg_ParseTuple(args, "OOnn", &texts, &flags, &start, &stop)) return NULL;
    if (!(PyList_CheckExact(texts) || PyTuple_CheckExact(texts)) ||
        !(PyList_CheckExact(flags) || PyTuple_CheckExact(flags))) {
        PyErr_SetString(PyExc_TypeError, "candidates() takes lists or tuples");
        return NULL;
    }
    /* texts[start:stop] and flags[start:stop], each sliced as Python slices it. */
    Py_ssize_t tstart = start, tstop = stop, fstart = start, fstop = stop;
    PySlice_AdjustIndices(PySequence_Fast_GET_SIZE(texts), &tstart, &tstop, 1);
    Py_ssize_t nf = PySlice_AdjustIndices(PySequence_Fast_GET_SIZE(flags), &fstart, &fstop, 1);
    PyObject *out = PyList_New(0);
    if (!out) return NULL;
    for (Py_ssize_t i = tstart, j = fstart; i < tstop && j < fstart + nf; i++, j++) {
        /* Sizes read each time: a flag's __bool__ could change the lists. */
        if (i >= PySequence_Fast_GET_SIZE(texts) || j >= PySequence_Fast_GET_SIZE(flags)) break;
        PyObject *t = PySequence_Fast_GET_ITEM(texts, i);
        /* Every post is checked, flagged or not, as str.startswith checks each. */
        if (!PyUnicode_Check(t)) {
            PyErr_Format(PyExc_TypeError, "post %zd is %.100s, not str", i, Py_TYPE(t)->tp_name);
            goto fail;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(t) < 0) goto fail;
#endif
        PyObject *f = PySequence_Fast_GET_ITEM(flags, j);
        /* Held while a flag's __bool__ (any code) runs: it could drop the post from the list. */
        Py_INCREF(t);
        int flag = f == Py_False ? 0 : f == Py_True ? 1 : PyObject_IsTrue(f);
        int keep = flag == 0;
        if (keep && PyUnicode_GET_LENGTH(t) >= 4) {
            int kind = PyUnicode_KIND(t);
            const void *d = PyUnicode_DATA(t);
            keep = !(PyUnicode_READ(kind, d, 0) == 'R' && PyUnicode_READ(kind, d, 1) == 'T' &&
                     PyUnicode_READ(kind, d, 2) == ' ' && PyUnicode_READ(kind, d, 3) == '@');
        }
        int failed = flag < 0 || (keep && PyList_Append(out, t) < 0);
        Py_DECREF(t);
        if (failed) goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* split_frames(buf): buf.decode("utf-8").split(" \x0c ") without the decoded whole: the
   separators found in the bytes (an ASCII run: never inside a character's UTF-8), each
   piece decoded alone. */
static PyObject *split_frames(PyObject *self, PyObject *arg) {
    if (!PyBytes_CheckExact(arg)) {
        PyErr_SetString(PyExc_TypeError, "split_frames() takes bytes");
        return NULL;
    }
    const char *b = PyBytes_AS_STRING(arg);
    Py_ssize_t n = PyBytes_GET_SIZE(arg), start = 0, at = 0;
    PyObject *out = PyList_New(0);
    if (!out) return NULL;
    for (;;) {
        const char *f = at < n ? memchr(b + at, '\x0c', (size_t)(n - at)) : NULL;
        if (!f) break;
        Py_ssize_t q = f - b;
        at = q + 1;
        /* A separator " \x0c " starting at or after the piece's start (none overlap). */
        if (q - 1 < start || q + 1 >= n || b[q - 1] != ' ' || b[q + 1] != ' ') continue;
        PyObject *piece = PyUnicode_DecodeUTF8(b + start, q - 1 - start, "strict");
        if (!piece || PyList_Append(out, piece) < 0) { Py_XDECREF(piece); Py_DECREF(out); return NULL; }
        Py_DECREF(piece);
        start = at = q + 2;
    }
    PyObject *piece = PyUnicode_DecodeUTF8(b + start, n - start, "strict");
    if (!piece || PyList_Append(out, piece) < 0) { Py_XDECREF(piece); Py_DECREF(out); return NULL; }
    Py_DECREF(piece);
    return out;
}

static PyMethodDef methods[] = {
    {"candidates", candidates, METH_VARARGS, "the posts of texts[start:stop] that are not retweets"},
    {"split_frames", split_frames, METH_O, "buf.decode('utf-8').split(' \\x0c ')"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_botfarm_cleaning", NULL, -1, methods};

PyMODINIT_FUNC PyInit__botfarm_cleaning(void) { return PyModule_Create(&module); }
"""

FLAGS = ("-O2", "-shared", "-fPIC", "-fno-strict-aliasing")
_RT_PREFIX = itertools.repeat("RT @")


def _include() -> Path:
    return Path(sysconfig.get_paths()["include"])


@functools.cache
def load() -> ModuleType | None:
    """The extension module, built on first use; None (logged at debug level: the
    Python form is only slower) when it cannot be built or loaded."""
    if not cbuild.enabled():
        return None
    cc, include = cbuild.compiler(), _include()
    if not cc or not (include / "Python.h").is_file():
        log.debug("no C compiler or no Python headers: the cleaning rules run their Python form")
        return None
    path = cbuild.library_path("botfarm-cleaning", [SOURCE, cc, *FLAGS, str(include), sys.version,
                                                    str(sysconfig.get_config_var("SOABI"))])
    try:
        if not path.is_file():
            cbuild.compile_to(cc, SOURCE, [*FLAGS, f"-I{include}"], path)
        loader = importlib.machinery.ExtensionFileLoader("_botfarm_cleaning", str(path))
        spec = importlib.util.spec_from_file_location("_botfarm_cleaning", path, loader=loader)
        if spec is None:
            return None
        mod = importlib.util.module_from_spec(spec)
        loader.exec_module(mod)
        return mod
    except (OSError, ImportError, subprocess.SubprocessError) as e:
        log.debug("cleaning speedups unavailable (%s): the Python form runs", e)
        return None


def split_frames(buf: bytes, frame: str) -> list[str]:
    """``buf.decode("utf-8").split(frame)``; the C form for frame " \\x0c "."""
    mod = load()
    if mod is not None and frame == " \x0c " and type(buf) is bytes:
        return mod.split_frames(buf)
    return buf.decode("utf-8").split(frame)


def candidates_py(texts: Sequence[str], flags: Sequence[bool], start: int, stop: int) -> list[str]:
    """The Python form of ``candidates``."""
    block = texts[start:stop]
    is_rt = map(operator.or_, map(bool, flags[start:stop]), map(str.startswith, block, _RT_PREFIX))
    return list(itertools.compress(block, map(operator.not_, is_rt)))


def candidates(texts: Sequence[str], flags: Sequence[bool], start: int, stop: int) -> list[str]:
    """The posts of ``texts[start:stop]`` that are not retweets (flag false, no ``RT @``)."""
    mod = load()
    if mod is not None and type(texts) in (list, tuple) and type(flags) in (list, tuple):
        return mod.candidates(texts, flags, start, stop)
    return candidates_py(texts, flags, start, stop)
