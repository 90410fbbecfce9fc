/* A tiny test harness for the C tests: CHECK counts, and the summary line is
 * "N passed, N failed" so test runners can read it. */
#ifndef STEUN_CHECK_H
#define STEUN_CHECK_H
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed = 0, check_failed = 0;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            check_passed++;                                                      \
        } else {                                                                 \
            check_failed++;                                                      \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

#define CHECK_STATUS(call, want) CHECK((call) == (want))
#define CONTAINS(haystack, needle) ((haystack) != NULL && strstr((haystack), (needle)) != NULL)

static int check_summary(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed == 0 ? 0 : 1;
}

/* Reads a whole file into a malloc'd, NUL-terminated buffer (NULL on failure). */
static inline char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = (char *)malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    if (buf) buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Joins strings into a malloc'd buffer; the list ends with NULL. For building requests
 * around documents read from files. */
static inline char *join(const char *first, ...) {
    va_list ap;
    size_t n = 0;
    const char *s;
    va_start(ap, first);
    for (s = first; s; s = va_arg(ap, const char *)) n += strlen(s);
    va_end(ap);
    char *buf = (char *)malloc(n + 1);
    if (!buf) return NULL;
    buf[0] = '\0';
    va_start(ap, first);
    for (s = first; s; s = va_arg(ap, const char *)) strcat(buf, s);
    va_end(ap);
    return buf;
}

/* Zeroes a typed struct and sets its struct_size, as a host does before a call. */
#define SIZED(var) (memset(&(var), 0, sizeof(var)), (var).struct_size = (uint32_t)sizeof(var))

/* Counts the occurrences of `needle` in `haystack`. */
static inline size_t count(const char *haystack, const char *needle) {
    size_t n = 0;
    for (const char *p = haystack; p && (p = strstr(p, needle)) != NULL; p += strlen(needle)) n++;
    return n;
}
#endif
