/* Floats as float's repr writes them, for the export's lines (_run_lines.c, _db_lines.c).
 *
 * repr gives the shortest digits that read back as the double (David Gay's dtoa, mode 0),
 * about 4,000 instructions for a double of 16 or 17 digits: at 35 floats a run, a third of
 * what was left of an export's work per run. Most values a store holds (metrics, times,
 * params) lie from 1e-4 to 1e14, where short_repr finds the same digits with exact 128-bit
 * integer arithmetic in a few hundred; dtoa (PyOS_double_to_string) writes the rest.
 * bench/float_repr.py checks the two against each other on millions of doubles.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "_metrics_json.h"

#if defined(__SIZEOF_INT128__)
typedef unsigned __int128 u128;

static u128 TENS[22];  /* 10**k, k = 0..21 */

static u128 ten(int k) {
    if (!TENS[0]) {
        TENS[0] = 1;
        for (int i = 1; i < 22; i++)
            TENS[i] = TENS[i - 1] * 10;
    }
    return TENS[k];
}

/* repr of a double x = m / 2**q (m a 53-bit significand, 1 <= q <= 65, no whole number) from
 * 1e-4 to 1e14, with exact 128-bit integer arithmetic: the shortest digits that read back as
 * x (David Gay's dtoa, mode 0, as float's repr, gives the same), found as the first of the
 * correctly rounded 15, 16 and 17 digit numbers that reads back as x. If some k <= 15 digits
 * read back, the 15-digit rounding is them (their distance from x, under half an ulp, is
 * below half a step of 15 digits); a 16- or 17-digit one that reads back is the closest of
 * its length, which is dtoa's pick. Written fixed-point, as repr writes this range. Returns
 * the length, or 0 where it does not decide (an exact tie, x on a boundary where the next
 * double below is nearer, any overflow of the bounds): the caller asks dtoa. */
static int short_repr(double x, char *out) {
    int exp2;
    double f = frexp(fabs(x), &exp2);                     /* |x| = f * 2**exp2, f in [0.5, 1) */
    uint64_t m = (uint64_t)ldexp(f, 53);
    int q = 53 - exp2;
    if (m == (uint64_t)1 << 52 || q < 1 || q > 65)
        return 0;
    int e10 = (int)floor((exp2 - 1) * 0.30102999566398120);  /* log10 of 2**(exp2 - 1): a guess, corrected below */
    for (int p = 15; p <= 17; p++) {
        u128 floor_n, rem, half = (u128)1 << (q - 1);
        int s = 0;
        for (int tries = 0;; tries++) {
            s = p - 1 - e10;
            if (s < 0 || s > 20 || tries > 3)
                return 0;
            u128 scaled = (u128)m * ten(s);
            floor_n = scaled >> q;
            rem = scaled & (((u128)1 << q) - 1);
            if (floor_n >= ten(p))
                e10++;
            else if (floor_n < ten(p - 1))
                e10--;
            else
                break;
        }
        if (rem == half)
            return 0;                                     /* a tie: dtoa's rule */
        u128 n = floor_n + (rem > half);
        /* reads back as x: |n / 10**s - m / 2**q| < 1 / 2**(q + 1) */
        u128 a = n << q, c = (u128)m * ten(s), diff = a > c ? a - c : c - a;
        u128 bound = ten(s);
        if (2 * diff == bound)
            return 0;
        if (2 * diff > bound)
            continue;
        char digits[24];
        int count = 0, decpt = p - s;                     /* n / 10**s = 0.d1 d2 ... * 10**decpt */
        uint64_t v = (uint64_t)n;
        if (n == ten(p)) {                                /* rounded up to the next power of ten */
            v = 1;
            decpt++;
        }
        char reversed[24];
        int r = 0;
        while (v) {
            reversed[r++] = (char)('0' + v % 10);
            v /= 10;
        }
        int first = 0;
        while (first < r && reversed[first] == '0')      /* trailing zeros dropped */
            first++;
        for (int i = r - 1; i >= first; i--)
            digits[count++] = reversed[i];
        char *o = out;
        if (x < 0)
            *o++ = '-';
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -decpt; i++)
                *o++ = '0';
            memcpy(o, digits, (size_t)count);
            o += count;
        } else if (decpt >= count) {
            memcpy(o, digits, (size_t)count);
            o += count;
            for (int i = count; i < decpt; i++)
                *o++ = '0';
            *o++ = '.';
            *o++ = '0';
        } else {
            memcpy(o, digits, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(count - decpt));
            o += count - decpt;
        }
        return (int)(o - out);
    }
    return 0;
}
#else
static int short_repr(double x, char *out) {
    (void)x, (void)out;
    return 0;
}
#endif

/* The decimal digits of `v` (a '-' first when negative) at `out`; returns how many (at most
 * 20). snprintf's "%lld" does the same through the format machinery, at five times the cost:
 * an export writes a step this way for every run's summaries. */
HIDDEN int whole_digits(char *out, long long v) {
    char reversed[20];
    int n = 0, r = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        reversed[r++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        out[n++] = '-';
    while (r)
        out[n++] = reversed[--r];
    return n;
}

HIDDEN int put_float(Buf *b, double x) {
    if (!isfinite(x))
        return isnan(x) ? PUTS(b, "NaN") : x > 0 ? PUTS(b, "Infinity") : PUTS(b, "-Infinity");
    if (x > -1e16 && x < 1e16 && x == (double)(long long)x && (x != 0 || !signbit(x))) {
        /* a whole number below 1e16 (a step, a count): repr writes its digits and ".0" */
        char number[24];
        int n = whole_digits(number, (long long)x);
        memcpy(number + n, ".0", 2);
        return put(b, number, n + 2);
    }
    char fast[48];
    double size = fabs(x);
    int length = size >= 1e-4 && size < 1e14 ? short_repr(x, fast) : 0;
    if (length)
        return put(b, fast, length);
    char *text = PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);  /* float's repr */
    if (!text)
        return -1;
    int status = put(b, text, (Py_ssize_t)strlen(text));
    PyMem_Free(text);
    return status;
}
