/* expctl.capture._forms: the distinct line forms of a block of output, for the redaction of
 * logs (expctl/capture/redact.py, `_long_text_spans`).
 *
 * A line's form is the line with each digit 1-9 read as 0 and a carriage return as a line end:
 * lines that differ only in their numbers (a metric log, timestamps) share one form, and the
 * redaction looks at each form once. In Python that was a translate, a split into a bytes
 * object per line and a set: three passes and an object per line, most of the time it took to
 * redact a tail window that holds no secret. Here: one copy of the block in normal form, lines
 * found by memchr, hashed 8 bytes at a time, and kept once in an open-addressing table, equal
 * forms told apart by memcmp. The GIL is given up meanwhile.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static unsigned char normal[256];

static void init_normal(void) {
    for (int c = 0; c < 256; c++) normal[c] = (unsigned char)c;
    for (int c = '1'; c <= '9'; c++) normal[c] = '0';
    normal['\r'] = '\n';
}

typedef struct {
    Py_ssize_t start, size;  /* a form: text[start:start + size] of the normal copy */
    uint64_t hash;
} Entry;

typedef struct {
    Entry *entries;  /* `capacity` slots (a power of two); size -1: empty */
    Py_ssize_t capacity, count;
} Table;

static uint64_t hash_bytes(const unsigned char *text, Py_ssize_t size) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)size;
    Py_ssize_t at = 0;
    for (; at + 8 <= size; at += 8) {
        uint64_t word;
        memcpy(&word, text + at, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    uint64_t last = 0;
    memcpy(&last, text + at, (size_t)(size - at));
    h = (h ^ last) * 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 29);
}

static int grow(Table *table);

/* Keep text[start:start + size] once. 0, or -1 when out of memory. */
static int keep(Table *table, const unsigned char *text, Py_ssize_t start, Py_ssize_t size) {
    if (2 * (table->count + 1) > table->capacity && grow(table) < 0) return -1;
    uint64_t hash = hash_bytes(text + start, size);
    Py_ssize_t mask = table->capacity - 1;
    for (Py_ssize_t slot = (Py_ssize_t)(hash & (uint64_t)mask);; slot = (slot + 1) & mask) {
        Entry *entry = &table->entries[slot];
        if (entry->size < 0) {
            *entry = (Entry){start, size, hash};
            table->count++;
            return 0;
        }
        if (entry->hash == hash && entry->size == size
                && memcmp(text + entry->start, text + start, (size_t)size) == 0)
            return 0;
    }
}

/* Double the table (64 slots at first), keeping what it holds. 0, or -1 when out of memory. */
static int grow(Table *table) {
    Py_ssize_t capacity = table->capacity ? 2 * table->capacity : 64;
    Entry *old = table->entries, *entries = PyMem_RawMalloc((size_t)capacity * sizeof(Entry));
    if (entries == NULL) return -1;
    for (Py_ssize_t i = 0; i < capacity; i++) entries[i].size = -1;
    Py_ssize_t old_capacity = table->capacity;
    *table = (Table){entries, capacity, 0};
    for (Py_ssize_t i = 0; i < old_capacity; i++) {
        if (old[i].size < 0) continue;
        Py_ssize_t mask = capacity - 1;
        Py_ssize_t slot = (Py_ssize_t)(old[i].hash & (uint64_t)mask);
        while (entries[slot].size >= 0) slot = (slot + 1) & mask;
        entries[slot] = old[i];
        table->count++;
    }
    PyMem_RawFree(old);
    return 0;
}

/* Normalise `raw` into `text` and keep each line's form once. 0, or -1 when out of memory. */
static int collect(const unsigned char *raw, unsigned char *text, Py_ssize_t size, Table *table) {
    Py_ssize_t i = 0;
#ifdef __SSE2__
    /* 16 bytes at a time: a digit 1-9 (0x80 + c - '1' below 0x89, signed) becomes '0', then
     * a carriage return a newline. */
    const __m128i shift = _mm_set1_epi8((char)(0x80 - '1')), limit = _mm_set1_epi8((char)0x89);
    const __m128i zero = _mm_set1_epi8('0'), cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    for (; i + 16 <= size; i += 16) {
        __m128i block = _mm_loadu_si128((const __m128i *)(raw + i));
        __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(block, shift), limit);
        block = _mm_or_si128(_mm_and_si128(digit, zero), _mm_andnot_si128(digit, block));
        __m128i ret = _mm_cmpeq_epi8(block, cr);
        block = _mm_or_si128(_mm_and_si128(ret, lf), _mm_andnot_si128(ret, block));
        _mm_storeu_si128((__m128i *)(text + i), block);
    }
#endif
    for (; i < size; i++) text[i] = normal[raw[i]];
    Py_ssize_t line = 0, last = 0, last_size = -1;
    for (;;) {
        const unsigned char *end = memchr(text + line, '\n', (size_t)(size - line));
        Py_ssize_t stop = end ? end - text : size;
        /* A line of the last line's form (a log's lines that differ only in their numbers
         * mostly come in runs) is kept already: one memcmp instead of a hash and a lookup. */
        int repeat = stop - line == last_size
                     && memcmp(text + last, text + line, (size_t)last_size) == 0;
        if (!repeat && keep(table, text, line, stop - line) < 0) return -1;
        last = line;
        last_size = stop - line;
        if (end == NULL) return 0;
        line = stop + 1;
    }
}

/* line_forms(buffer) -> list of the distinct forms, each once, in no particular order */
static PyObject *line_forms(PyObject *self, PyObject *arg) {
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
    unsigned char *text = PyMem_RawMalloc((size_t)view.len + 1);
    Table table = {NULL, 0, 0};
    PyObject *result = NULL;
    int failed = 1;
    if (text != NULL) {
        Py_BEGIN_ALLOW_THREADS
        failed = collect(view.buf, text, view.len, &table);
        Py_END_ALLOW_THREADS
    }
    if (failed) {
        PyErr_NoMemory();
        goto done;
    }
    result = PyList_New(table.count);
    for (Py_ssize_t i = 0, n = 0; result != NULL && i < table.capacity; i++) {
        const Entry *entry = &table.entries[i];
        if (entry->size < 0) continue;
        PyObject *form = PyBytes_FromStringAndSize((const char *)text + entry->start, entry->size);
        if (form == NULL) Py_CLEAR(result);
        else PyList_SET_ITEM(result, n++, form);
    }
done:
    PyMem_RawFree(table.entries);
    PyMem_RawFree(text);
    PyBuffer_Release(&view);
    return result;
}

static PyMethodDef methods[] = {
    {"line_forms", line_forms, METH_O,
     "line_forms(buffer): the distinct lines of `buffer` with each digit 1-9 read as 0 and \\r "
     "as a line end (set(buffer.translate(...).split(b'\\n'))), as a list in no particular "
     "order."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_forms", NULL, -1, methods};

PyMODINIT_FUNC PyInit__forms(void) {
    init_normal();
    return PyModule_Create(&module);
}
