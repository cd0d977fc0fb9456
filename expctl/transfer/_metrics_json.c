/* expctl.transfer._metrics_json: a run's metric series, from the store's chunk rows, as the
 * JSON of an export line's "metrics" object (docs/export-format.md), in one call.
 *
 * Most of an export file is the base64 text of the stored float64 columns. In Python each
 * series costs a loop over its chunk rows, three joins, three binascii calls and a dozen small
 * objects; at 100,000 runs of 5 series that was a third of the export's time. Here the rows of
 * a run (as Store.export_runs holds them in rows.ChunkedMetrics: (run id, name, steps, times,
 * vals), by name then seq) are checked, joined and base64-encoded straight into the one bytes
 * object returned: `"name":{"n":N,"steps":"...","times":"...","values":"..."},...` (without
 * the braces around it). The bytes are those expctl/transfer/export.py's Python path writes:
 * tests/test_export_fast.py holds them to it.
 *
 * A row that is not three bytes columns of equal length, a multiple of 8, raises ValueError:
 * the caller runs the store's own checks to say which run and which metric are damaged.
 * Optional (setup.py): without it the Python path writes the same bytes, more slowly.
 *
 * The module's run_lines (_run_lines.c) writes whole run lines, these series among them.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "_metrics_json.h"

static const char ALPHABET[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static unsigned short PAIRS[4096];  /* 12 bits -> their two base64 characters, in memory order */
/* The 6 bits of each base64 character; 0xff for every other byte (init_pairs fills it). */
static unsigned char SEXTETS[256];

static void init_pairs(void) {
    for (int i = 0; i < 4096; i++) {
        char two[2] = {ALPHABET[i >> 6], ALPHABET[i & 63]};
        memcpy(&PAIRS[i], two, 2);
    }
    memset(SEXTETS, 0xff, sizeof SEXTETS);
    for (int i = 0; i < 64; i++)
        SEXTETS[(unsigned char)ALPHABET[i]] = (unsigned char)i;
}

/* Base64 of a column whose bytes lie in several chunks: the bytes carried over from one chunk
 * to the next (0 to 2) make the text that of the joined column, not of each chunk. */
typedef struct {
    char *out;
    unsigned char carry[3];
    int carried;
} Encoder;

static inline void put3(Encoder *e, const unsigned char *p) {
    unsigned int x = ((unsigned int)p[0] << 16) | ((unsigned int)p[1] << 8) | p[2];
    memcpy(e->out, &PAIRS[x >> 12], 2);
    memcpy(e->out + 2, &PAIRS[x & 0xfff], 2);
    e->out += 4;
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WIDE 1
/* Six bytes at a time, from one 8-byte load (the caller leaves 8 readable): four pairs of
 * characters, stored as one 8-byte word. About three times fewer instructions than put3. */
static inline void put6(Encoder *e, const unsigned char *p) {
    uint64_t x, out;
    memcpy(&x, p, 8);
    x = __builtin_bswap64(x);  /* the first byte in the top bits */
    out = (uint64_t)PAIRS[(x >> 52) & 0xfff] | (uint64_t)PAIRS[(x >> 40) & 0xfff] << 16
          | (uint64_t)PAIRS[(x >> 28) & 0xfff] << 32 | (uint64_t)PAIRS[(x >> 16) & 0xfff] << 48;
    memcpy(e->out, &out, 8);
    e->out += 8;
}
#else
#define WIDE 0
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define VECTOR 1

/* 24 bytes at a time into 32 characters, with AVX2 (where the CPU has it: have_avx2), as
 * put3 would write them: each 128-bit lane takes 12 bytes, spreads each 3 into 4 (bytes
 * b, a, c, b of a, b, c), moves the four 6-bit fields of each to a byte of their own with
 * two multiplications, and turns the 0..63 of each byte into its character by adding an
 * offset that a table lookup picks by range (A-Z, a-z, 0-9, '+', '/'). About six times fewer
 * instructions than put6; tests/test_export_fast.py compares every length with binascii.
 * Needs 28 bytes readable at p (the second lane reads 16 from p + 12); returns where it
 * stopped. */
__attribute__((target("avx2"))) static const unsigned char *feed24(Encoder *e, const unsigned char *p,
                                                                   const unsigned char *end) {
    const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                            1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
    const __m256i offsets = _mm256_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0,
                                             71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0);
    for (; end - p >= 28; p += 24) {
        __m256i in = _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_loadu_si128((const __m128i *)p)),
                                             _mm_loadu_si128((const __m128i *)(p + 12)), 1);
        in = _mm256_shuffle_epi8(in, spread);
        /* each 32-bit word holds b a c b (little-endian): fields a>>2, (a&3)<<4|b>>4, ... */
        __m256i high = _mm256_mulhi_epu16(_mm256_and_si256(in, _mm256_set1_epi32(0x0fc0fc00)),
                                          _mm256_set1_epi32(0x04000040));
        __m256i low = _mm256_mullo_epi16(_mm256_and_si256(in, _mm256_set1_epi32(0x003f03f0)),
                                         _mm256_set1_epi32(0x01000010));
        __m256i six = _mm256_or_si256(high, low);  /* one 0..63 per byte, in output order */
        /* 0..25 -> 13 ('A'), 26..51 -> 0 ('a' - 26), 52..61 -> 1..10 ('0' - 52), 62 -> 11, 63 -> 12 */
        __m256i pick = _mm256_subs_epu8(six, _mm256_set1_epi8(51));
        pick = _mm256_or_si256(pick, _mm256_and_si256(_mm256_cmpgt_epi8(_mm256_set1_epi8(26), six),
                                                      _mm256_set1_epi8(13)));
        __m256i text = _mm256_add_epi8(six, _mm256_shuffle_epi8(offsets, pick));
        _mm256_storeu_si256((__m256i *)e->out, text);
        e->out += 32;
    }
    return p;
}

static int have_avx2(void) {
    static int known = -1;
    if (known < 0) {
        __builtin_cpu_init();
        known = __builtin_cpu_supports("avx2") ? 1 : 0;
    }
    return known;
}
#else
#define VECTOR 0
#endif

static void feed(Encoder *e, const unsigned char *p, Py_ssize_t size) {
    const unsigned char *end = p + size;
    while (e->carried && e->carried < 3 && p < end)
        e->carry[e->carried++] = *p++;
    if (e->carried == 3) {
        put3(e, e->carry);
        e->carried = 0;
    }
#if VECTOR
    if (end - p >= 28 && have_avx2())
        p = feed24(e, p, end);
#endif
#if WIDE
    for (; end - p >= 8; p += 6)
        put6(e, p);
#endif
    for (; end - p >= 3; p += 3)
        put3(e, p);
    while (p < end)
        e->carry[e->carried++] = *p++;
}

static void finish(Encoder *e) {
    if (e->carried == 0)
        return;
    unsigned int a = e->carry[0], b = e->carried == 2 ? e->carry[1] : 0;
    e->out[0] = ALPHABET[a >> 2];
    e->out[1] = ALPHABET[((a & 3) << 4) | (b >> 4)];
    e->out[2] = e->carried == 2 ? ALPHABET[(b & 15) << 2] : '=';
    e->out[3] = '=';
    e->out += 4;
    e->carried = 0;
}

HIDDEN Py_ssize_t b64_size(Py_ssize_t size) { return (size + 2) / 3 * 4; }

/* A name JSON writes as it is between quotes (ensure_ascii=False): ASCII without control
 * characters, '"' or '\\'. Others are encoded by the caller's `encode_key`. */
static int plain_name(PyObject *name) {
    if (!PyUnicode_IS_ASCII(name))
        return 0;
    const unsigned char *p = PyUnicode_1BYTE_DATA(name);
    Py_ssize_t n = PyUnicode_GET_LENGTH(name);
    for (Py_ssize_t i = 0; i < n; i++)
        if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\')
            return 0;
    return 1;
}

HIDDEN void free_series(Series *all, Py_ssize_t count) {
    for (Py_ssize_t i = 0; i < count; i++)
        Py_XDECREF(all[i].key);
    PyMem_Free(all);
}

/* The size of a checked row's columns, or -1 for a row that is not (run id, name, three bytes
 * columns of one length, a multiple of 8). */
static Py_ssize_t row_size(PyObject *row) {
    if (!PyTuple_Check(row) || PyTuple_GET_SIZE(row) != 5 || !PyUnicode_Check(PyTuple_GET_ITEM(row, 1)))
        return -1;
    Py_ssize_t size = PyBytes_CheckExact(PyTuple_GET_ITEM(row, 2)) ? PyBytes_GET_SIZE(PyTuple_GET_ITEM(row, 2)) : -1;
    if (size < 0 || size % 8)
        return -1;
    for (int c = 3; c < 5; c++) {
        PyObject *column = PyTuple_GET_ITEM(row, c);
        if (!PyBytes_CheckExact(column) || PyBytes_GET_SIZE(column) != size)
            return -1;
    }
    return size;
}

/* The key of a new series: its name when JSON writes it as it is, else encode_key(name). */
static PyObject *series_key(PyObject *name, PyObject *encode_key) {
    if (plain_name(name)) {
        Py_INCREF(name);
        return name;
    }
    PyObject *text = PyObject_CallOneArg(encode_key, name);
    if (!text)
        return NULL;
    PyObject *key = NULL;
    if (PyUnicode_Check(text))
        key = PyUnicode_AsUTF8String(text);
    else
        PyErr_SetString(PyExc_TypeError, "encode_key must return str");
    Py_DECREF(text);
    return key;
}

/* Check rows [first, last) of `rows` and find their series (`*count` of them), or NULL with an
 * exception set. */
HIDDEN Series *find_series(PyObject *rows, Py_ssize_t first, Py_ssize_t last, PyObject *encode_key,
                           Py_ssize_t *count) {
    Py_ssize_t found = 0;
    Series *all = PyMem_Calloc(last > first ? (size_t)(last - first) : 1, sizeof(Series));
    if (!all) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *name = NULL;
    for (Py_ssize_t i = first; i < last; i++) {
        PyObject *row = PyList_GET_ITEM(rows, i);
        Py_ssize_t size = row_size(row);
        if (size < 0) {
            free_series(all, found);
            PyErr_Format(PyExc_ValueError, "chunk row %zd is not three float64 columns of one length", i - first);
            return NULL;
        }
        PyObject *row_name = PyTuple_GET_ITEM(row, 1);
        int same = 0;
        if (name) {  /* a series' rows follow each other (the store reads them by name, seq) */
            same = name == row_name ? 1 : PyUnicode_Compare(name, row_name) == 0;
            if (PyErr_Occurred()) {
                free_series(all, found);
                return NULL;
            }
        }
        if (same) {
            all[found - 1].last = i + 1;
            all[found - 1].size += size;
            continue;
        }
        name = row_name;
        Series *s = &all[found++];
        s->first = i;
        s->last = i + 1;
        s->size = size;
        s->key = series_key(name, encode_key);
        if (!s->key) {
            free_series(all, found);
            return NULL;
        }
    }
    *count = found;
    return all;
}

static char *put_at(char *out, const char *text, Py_ssize_t size) {
    memcpy(out, text, (size_t)size);
    return out + size;
}

#define PUT_AT(out, literal) put_at(out, literal, (Py_ssize_t)sizeof(literal) - 1)
#define LITERAL_SIZE(literal) ((Py_ssize_t)sizeof(literal) - 1)

static Py_ssize_t key_size(PyObject *key) {
    /* a plain name is ASCII: a byte a character, and two quotes */
    return PyBytes_Check(key) ? PyBytes_GET_SIZE(key) : PyUnicode_GET_LENGTH(key) + 2;
}

static char *put_key(char *out, PyObject *key) {
    if (PyBytes_Check(key))
        return put_at(out, PyBytes_AS_STRING(key), PyBytes_GET_SIZE(key));
    *out++ = '"';
    out = put_at(out, (const char *)PyUnicode_1BYTE_DATA(key), PyUnicode_GET_LENGTH(key));
    *out++ = '"';
    return out;
}

static char *put_column(char *out, PyObject *rows, const Series *s, int column) {
    Encoder e = {out, {0, 0, 0}, 0};
    for (Py_ssize_t i = s->first; i < s->last; i++) {
        PyObject *data = PyTuple_GET_ITEM(PyList_GET_ITEM(rows, i), column);
        feed(&e, (const unsigned char *)PyBytes_AS_STRING(data), PyBytes_GET_SIZE(data));
    }
    finish(&e);
    return e.out;
}

#define HEAD_N "{\"n\":"
#define STEPS ",\"steps\":\""
#define TIMES "\",\"times\":\""
#define VALUES "\",\"values\":\""
#define TAIL "\"}"

/* The size of what write_series writes for these series. */
HIDDEN Py_ssize_t series_size(const Series *all, Py_ssize_t count) {
    char number[24];
    Py_ssize_t total = count ? count - 1 : 0;  /* the commas between series */
    for (Py_ssize_t i = 0; i < count; i++)
        total += key_size(all[i].key) + 1 + LITERAL_SIZE(HEAD_N)
                 + snprintf(number, sizeof number, "%zd", all[i].size / 8)
                 + LITERAL_SIZE(STEPS) + LITERAL_SIZE(TIMES) + LITERAL_SIZE(VALUES) + LITERAL_SIZE(TAIL)
                 + 3 * b64_size(all[i].size);
    return total;
}

/* The series' JSON (without braces) at `out`, series_size bytes; returns the end. */
HIDDEN char *write_series(char *out, PyObject *rows, const Series *all, Py_ssize_t count) {
    char number[24];
    for (Py_ssize_t i = 0; i < count; i++) {
        const Series *s = &all[i];
        if (i)
            *out++ = ',';
        out = put_key(out, s->key);
        *out++ = ':';
        out = PUT_AT(out, HEAD_N);
        out = put_at(out, number, snprintf(number, sizeof number, "%zd", s->size / 8));
        out = PUT_AT(out, STEPS);
        out = put_column(out, rows, s, 2);
        out = PUT_AT(out, TIMES);
        out = put_column(out, rows, s, 3);
        out = PUT_AT(out, VALUES);
        out = put_column(out, rows, s, 4);
        out = PUT_AT(out, TAIL);
    }
    return out;
}

/* metrics_json(rows, encode_key) -> bytes; see the top of this file. `encode_key(name)` is the
 * JSON text (str) of a name that needs escaping or is not ASCII. */
static PyObject *metrics_json(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !PyList_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "metrics_json(rows: list, encode_key, /)");
        return NULL;
    }
    Py_ssize_t count = 0;
    Series *all = find_series(args[0], 0, PyList_GET_SIZE(args[0]), args[1], &count);
    if (!all)
        return NULL;
    Py_ssize_t total = series_size(all, count);
    PyObject *result = PyBytes_FromStringAndSize(NULL, total);
    if (result) {
        char *end = write_series(PyBytes_AS_STRING(result), args[0], all, count);
        assert(end == PyBytes_AS_STRING(result) + total);
        (void)end;
    }
    free_series(all, count);
    return result;
}

HIDDEN char *b64_into(char *out, const unsigned char *data, Py_ssize_t size) {
    Encoder e = {out, {0, 0, 0}, 0};
    feed(&e, data, size);
    finish(&e);
    return e.out;
}

/* b64(data) -> bytes: base64 with padding, no newline (binascii.b2a_base64(data, newline=False)). */
static PyObject *b64(PyObject *module, PyObject *data) {
    (void)module;
    if (!PyBytes_Check(data)) {
        PyErr_SetString(PyExc_TypeError, "b64 takes bytes");
        return NULL;
    }
    PyObject *result = PyBytes_FromStringAndSize(NULL, b64_size(PyBytes_GET_SIZE(data)));
    if (!result)
        return NULL;
    Encoder e = {PyBytes_AS_STRING(result), {0, 0, 0}, 0};
    feed(&e, (const unsigned char *)PyBytes_AS_STRING(data), PyBytes_GET_SIZE(data));
    finish(&e);
    return result;
}


/* unb64(text) -> bytes, or None: the bytes of base64 text that binascii.a2b_base64(text,
 * strict_mode=True) accepts at a length that is a multiple of 4 and without a "===" end (what
 * expctl.transfer.check._packed asks): whole quads of the alphabet, the last one perhaps
 * "xx==" or "xxx=". None for any other text (a str that is not ASCII too). The bits that pad
 * the last byte are ignored, as binascii ignores them. An import worker decoded a run's 15
 * columns with binascii at ~33 instructions a character: a fifth of its work. */
static PyObject *unb64(PyObject *module, PyObject *text) {
    (void)module;
    if (!PyUnicode_Check(text) || PyUnicode_READY(text) < 0 || !PyUnicode_IS_ASCII(text))
        Py_RETURN_NONE;
    const unsigned char *in = PyUnicode_1BYTE_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    if (len % 4)
        Py_RETURN_NONE;
    Py_ssize_t quads = len / 4, size = 3 * quads;
    int pads = 0;
    if (len && in[len - 1] == '=')
        pads = in[len - 2] == '=' ? 2 : 1;
    size -= pads;
    PyObject *result = PyBytes_FromStringAndSize(NULL, size);
    if (!result)
        return NULL;
    unsigned char *out = (unsigned char *)PyBytes_AS_STRING(result);
    unsigned int bad = 0;
    Py_ssize_t whole = pads ? quads - 1 : quads;
    for (Py_ssize_t q = 0; q < whole; q++, in += 4, out += 3) {
        unsigned int a = SEXTETS[in[0]], b = SEXTETS[in[1]], c = SEXTETS[in[2]], d = SEXTETS[in[3]];
        bad |= a | b | c | d;
        unsigned int x = (a << 18) | (b << 12) | (c << 6) | d;
        out[0] = (unsigned char)(x >> 16);
        out[1] = (unsigned char)(x >> 8);
        out[2] = (unsigned char)x;
    }
    if (pads) {  /* "xx==" or "xxx=": a '=' anywhere else is not an alphabet character */
        unsigned int a = SEXTETS[in[0]], b = SEXTETS[in[1]], c = pads == 1 ? SEXTETS[in[2]] : 0;
        bad |= a | b | c;
        unsigned int x = (a << 18) | (b << 12) | (c << 6);
        out[0] = (unsigned char)(x >> 16);
        if (pads == 1)
            out[1] = (unsigned char)(x >> 8);
    }
    if (bad & 0xc0) {
        Py_DECREF(result);
        Py_RETURN_NONE;
    }
    return result;
}

static PyMethodDef methods[] = {
    {"metrics_json", (PyCFunction)(void (*)(void))metrics_json, METH_FASTCALL,
     "A run's chunk rows as the JSON of its metrics (without the braces)."},
    {"run_lines", (PyCFunction)(void (*)(void))run_lines, METH_FASTCALL,
     "A batch of runs' export lines, from their rows (see _run_lines.c)."},
    {"open_reader", (PyCFunction)(void (*)(void))open_reader, METH_FASTCALL,
     "A read-only connection to a store, for run_lines' tables given as SQL (_db_lines.c)."},
    {"listing_lines", (PyCFunction)(void (*)(void))listing_lines, METH_FASTCALL,
     "A batch of runs' lines of `list -f json`, from the store's rows (see _listing_lines.c)."},
    {"listing_csv", (PyCFunction)(void (*)(void))listing_csv, METH_FASTCALL,
     "A batch of runs' rows of `list -f csv`, from the store's rows (see _listing_csv.c)."},
    {"listing_csv_spread", (PyCFunction)(void (*)(void))listing_csv_spread, METH_FASTCALL,
     "The params and metrics of a batch of runs, for `list -f csv`'s columns (see _listing_csv.c)."},
    {"b64", b64, METH_O, "Base64 of bytes, padded, without a newline."},
    {"unb64", unb64, METH_O, "The bytes of strict base64 text (a multiple of 4 long), or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_metrics_json", "Export lines' metric JSON, from chunk rows.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__metrics_json(void) {
    init_pairs();
    return PyModule_Create(&module_def);
}
