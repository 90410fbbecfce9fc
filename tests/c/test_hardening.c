/* Hardening of the C ABI: threads, huge and deep inputs, a million create/free cycles.
 * STEUN_CYCLES sets the number of create/free cycles (default 1000000; the valgrind run
 * uses fewer, since memcheck is ~50x slower). STEUN_SKIP_RSS skips the resident-size check
 * (set under ASan and valgrind, whose own bookkeeping dominates it). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include "steun.h"
#include "check.h"

#define THREADS 8
#define ROUNDS 200

static char *bram_request; /* document.validate of the Personal Profile */
static char *serial_canonical;
static char *serial_isolation;
static const char *isolation_json = "{\"persistence\":\"structural_psychiatric\",\"participation_oriented\":true}";

typedef struct {
    int id;
    int ok;
} worker_arg;

static void *worker(void *p) {
    worker_arg *arg = (worker_arg *)p;
    arg->ok = 1;
    for (int i = 0; i < ROUNDS; i++) {
        char *out = NULL;
        if (steun_document_validate(bram_request, &out) != STEUN_STATUS_OK || strcmp(out, serial_canonical) != 0) {
            arg->ok = 0;
        }
        steun_string_free(out);
        out = NULL;
        /* Each thread fails differently and must read back its own message and path. */
        if (arg->id % 2 == 0) {
            if (steun_catalogue_enum("{\"name\":\"NoSuchEnum\"}", &out) != STEUN_STATUS_NOT_FOUND ||
                !CONTAINS(steun_last_error_message(), "unknown enum") || strcmp(steun_last_error_path(), "") != 0) {
                arg->ok = 0;
            }
        } else {
            if (steun_document_validate("{\"kind\":\"assessment_grid\",\"document\":{\"rows\":[{\"dimension\":\"x\"}]}}",
                                        &out) != STEUN_STATUS_INVALID_INPUT ||
                strcmp(steun_last_error_path(), "document.rows[0].dimension") != 0) {
                arg->ok = 0;
            }
        }
        if (steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"nl\"}", &out) != STEUN_STATUS_OK ||
            strcmp(out, "{\"text\":\"Rechten\"}") != 0) {
            arg->ok = 0;
        }
        /* The success cleared this thread's error, and only this thread's. */
        if (strcmp(steun_last_error_message(), "") != 0) arg->ok = 0;
        steun_string_free(out);
        out = NULL;
        /* The instruments: the widow of 78 scores 6 (002:4056-4070); isolation as serially. */
        SteunUrgencyInput in;
        SIZED(in);
        in.safety = STEUN_URGENCY_RISK_NONE;
        in.health = STEUN_URGENCY_RISK_MODERATE;
        in.wellbeing = STEUN_URGENCY_RISK_MODERATE;
        in.persons = 1;
        in.over_75_involved = 1;
        in.duration = STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR;
        SteunUrgencyResult r;
        SIZED(r);
        if (steun_urgency_assess(&in, &r) != STEUN_STATUS_OK || r.score != 6 || r.band != STEUN_URGENCY_BAND_CONSULTATION) {
            arg->ok = 0;
        }
        if (steun_isolation_classify_json(isolation_json, &out) != STEUN_STATUS_OK || strcmp(out, serial_isolation) != 0) {
            arg->ok = 0;
        }
        steun_string_free(out);
    }
    return NULL;
}

static void test_threads(void) {
    pthread_t t[THREADS];
    worker_arg args[THREADS];
    CHECK_STATUS(steun_document_validate(bram_request, &serial_canonical), STEUN_STATUS_OK);
    CHECK_STATUS(steun_isolation_classify_json(isolation_json, &serial_isolation), STEUN_STATUS_OK);
    for (int i = 0; i < THREADS; i++) {
        args[i].id = i;
        args[i].ok = 0;
        CHECK(pthread_create(&t[i], NULL, worker, &args[i]) == 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        CHECK(args[i].ok);
    }
    steun_string_free(serial_canonical);
    steun_string_free(serial_isolation);
}

/* A request to check a Personal Profile of about `bytes` bytes: one domain with many wishes. */
static char *big_profile(size_t bytes) {
    const char *head = "{\"kind\":\"personal_profile\",\"document\":{\"domains\":[{\"domain\":\"housing\",\"wishes\":[";
    const char *item = "\"Een huis dat op orde is, met alles op zijn vaste plek en een schone keuken\"";
    size_t item_len = strlen(item), n = bytes / (item_len + 1) + 1;
    char *buf = (char *)malloc(strlen(head) + n * (item_len + 1) + 16);
    if (!buf) return NULL;
    char *p = buf;
    p += sprintf(p, "%s", head);
    for (size_t i = 0; i < n; i++) {
        if (i) *p++ = ',';
        memcpy(p, item, item_len);
        p += item_len;
    }
    strcpy(p, "]}]}}");
    return buf;
}

static void test_huge_inputs(void) {
    char *ten_mb = big_profile(10u * 1024 * 1024);
    CHECK(ten_mb != NULL);
    char *out = NULL;
    CHECK_STATUS(steun_document_validate(ten_mb, &out), STEUN_STATUS_OK);
    CHECK(out != NULL && strlen(out) > 10u * 1024 * 1024);
    steun_string_free(out);
    free(ten_mb);

    char *too_big = big_profile(65u * 1024 * 1024);
    CHECK(too_big != NULL);
    out = NULL;
    CHECK_STATUS(steun_document_validate(too_big, &out), STEUN_STATUS_LIMIT_EXCEEDED);
    CHECK(out == NULL);
    CHECK(CONTAINS(steun_last_error_message(), "at most"));
    free(too_big);
}

static void test_deep_inputs(void) {
    size_t depth = 200000;
    char *deep = (char *)malloc(2 * depth + 128);
    CHECK(deep != NULL);
    if (!deep) return;
    /* Deep arrays where a string list is expected, and deep objects at the root. */
    char *p = deep + sprintf(deep, "{\"kind\":\"personal_profile\",\"document\":{\"domains\":[{\"domain\":\"work\",\"wishes\":");
    memset(p, '[', depth);
    memset(p + depth, ']', depth);
    strcpy(p + 2 * depth, "}]}}");
    char *out = NULL;
    int rc = steun_document_validate(deep, &out);
    CHECK(rc == STEUN_STATUS_INVALID_INPUT || rc == STEUN_STATUS_LIMIT_EXCEEDED);
    memset(deep, '[', depth);
    memset(deep + depth, ']', depth);
    deep[2 * depth] = '\0';
    rc = steun_urgency_assess_json(deep, &out);
    CHECK(rc == STEUN_STATUS_INVALID_INPUT || rc == STEUN_STATUS_LIMIT_EXCEEDED);
    CHECK(out == NULL);
    free(deep);
}

static long rss_pages(void) {
    long size = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return -1;
    if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = -1;
    fclose(f);
    return resident;
}

static void test_create_free_cycles(void) {
    const char *env = getenv("STEUN_CYCLES");
    long cycles = env ? atol(env) : 1000000L;
    const char *json =
        "{\"bands\":[{\"band\":\"information_advice\",\"score_from\":0,\"score_to\":5,\"report_action\":\"no_action\","
        "\"reporter_action\":\"information_advice_support\"},{\"band\":\"crisis\",\"score_from\":6,\"score_to\":10,"
        "\"report_action\":\"crisis_report\",\"reporter_action\":\"information_advice_support_feedback\"}]}";
    SteunUrgencyInput in;
    SIZED(in);
    in.persons = 1;
    long warm = cycles / 10, before = 0;
    int failures = 0;
    for (long i = 0; i < cycles; i++) {
        if (i == warm) before = rss_pages();
        /* A handle, and a string out. */
        SteunUrgencyBands *b = NULL;
        SteunUrgencyResult r;
        SIZED(r);
        char *out = NULL;
        if (steun_urgency_bands_from_json(json, &b) != STEUN_STATUS_OK) failures++;
        if (steun_urgency_assess_with(&in, b, &r) != STEUN_STATUS_OK || r.band != STEUN_URGENCY_BAND_INFORMATION_ADVICE) failures++;
        if (steun_isolation_types("{}", &out) != STEUN_STATUS_OK) failures++;
        steun_string_free(out);
        steun_urgency_bands_free(b);
    }
    long after = rss_pages();
    CHECK(failures == 0);
    /* No growth beyond allocator noise: fewer than 256 pages (1 MiB) over 90% of the cycles.
     * Under ASan or valgrind the resident size is the tool's; they check leaks themselves. */
    if (!getenv("STEUN_SKIP_RSS")) CHECK(before > 0 && after - before < 256);
    printf("create/free: %ld cycles, resident pages %ld -> %ld\n", cycles, before, after);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "examples/data/bram_profile.json";
    char *json = read_file(path);
    CHECK(json != NULL);
    if (!json) return check_summary("c hardening");
    bram_request = join("{\"kind\":\"personal_profile\",\"document\":", json, "}", NULL);
    test_threads();
    test_huge_inputs();
    test_deep_inputs();
    test_create_free_cycles();
    free(bram_request);
    free(json);
    return check_summary("c hardening");
}
