/* Benchmark (not a test): the typed urgency path of libsteun against the same rule written by
 * hand in C (hand_urgency.c), both called through a shared library, on the same inputs, in one
 * run. First checks that both give identical results on every input. Run: benchmarks/c/run */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "steun.h"

int hand_urgency_assess(const SteunUrgencyInput *in, SteunUrgencyResult *out);
int hand_urgency_assess_many(const SteunUrgencyInput *in, size_t n, SteunUrgencyResult *out, int32_t *status);

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    size_t n = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 1000000;
    int rounds = 15;
    SteunUrgencyInput *in = calloc(n, sizeof *in);
    SteunUrgencyResult *a = calloc(n, sizeof *a), *b = calloc(n, sizeof *b);
    int32_t *sa = calloc(n, sizeof *sa), *sb = calloc(n, sizeof *sb);
    if (!in || !a || !b || !sa || !sb) return 1;
    srand(2011);
    for (size_t i = 0; i < n; i++) {
        in[i].struct_size = sizeof in[i];
        in[i].safety = rand() % 4;
        in[i].health = rand() % 4;
        in[i].wellbeing = rand() % 4;
        in[i].persons = 1 + (uint32_t)(rand() % 3);
        in[i].minors_involved = (uint8_t)(rand() % 4 == 0);
        in[i].over_75_involved = (uint8_t)(rand() % 4 == 0);
        in[i].duration = rand() % 4;
        a[i].struct_size = b[i].struct_size = sizeof a[i];
    }
    /* The two sides agree on every input. */
    for (size_t i = 0; i < n; i++) {
        if (steun_urgency_assess(&in[i], &a[i]) || hand_urgency_assess(&in[i], &b[i]) || memcmp(&a[i], &b[i], sizeof a[i])) {
            fprintf(stderr, "input %zu: steun and the hand-written rule differ\n", i);
            return 1;
        }
    }
    double best[4] = {1e9, 1e9, 1e9, 1e9};
    volatile uint32_t sink = 0;
    for (int r = 0; r < rounds; r++) {
        double t = now();
        for (size_t i = 0; i < n; i++) sink += (uint32_t)steun_urgency_assess(&in[i], &a[i]);
        double t1 = now();
        for (size_t i = 0; i < n; i++) sink += (uint32_t)hand_urgency_assess(&in[i], &b[i]);
        double t2 = now();
        a[0].struct_size = sizeof a[0];
        sink += (uint32_t)steun_urgency_assess_many(in, n, NULL, a, sa);
        double t3 = now();
        sink += (uint32_t)hand_urgency_assess_many(in, n, b, sb);
        double t4 = now();
        double d[4] = {t1 - t, t2 - t1, t3 - t2, t4 - t3};
        for (int k = 0; k < 4; k++) if (d[k] < best[k]) best[k] = d[k];
    }
    if (memcmp(a, b, n * sizeof *a) || memcmp(sa, sb, n * sizeof *sa)) {
        fprintf(stderr, "batch results differ\n");
        return 1;
    }
    double ns[4];
    for (int k = 0; k < 4; k++) ns[k] = best[k] * 1e9 / (double)n;
    printf("%zu signals, best of %d rounds (ns per signal)\n", n, rounds);
    printf("  one call : steun_urgency_assess      %6.1f   hand-written C %6.1f   ratio %.2fx\n", ns[0], ns[1], ns[0] / ns[1]);
    printf("  batch    : steun_urgency_assess_many %6.1f   hand-written C %6.1f   ratio %.2fx\n", ns[2], ns[3], ns[2] / ns[3]);
    (void)sink;
    free(in); free(a); free(b); free(sa); free(sb);
    return 0;
}
