/* Every operation of the registry through its generated C function, with its example
 * (tests/c/ops_table.h, generated): OK, a response, the same bytes as steun_call, the
 * instrument's identity in the response, and the last error cleared by the success. The
 * table is checked against the library's own listing (steun_ops_json), so neither can be
 * stale without this test failing. */
#include <stdlib.h>
#include "steun.h"
#include "check.h"
#include "ops_table.h"

/* The example's pieces joined into one malloc'd string. */
static char *example_of(const SteunOpEntry *op) {
    size_t n = 0;
    for (const char *const *p = op->example; *p; p++) n += strlen(*p);
    char *buf = (char *)malloc(n + 1);
    if (!buf) return NULL;
    buf[0] = '\0';
    for (const char *const *p = op->example; *p; p++) strcat(buf, *p);
    return buf;
}

/* Leaves a failure behind, so that the next call must clear it. */
static void fail_once(void) {
    char *out = NULL;
    CHECK_STATUS(steun_call("no.such_op", "{}", &out), STEUN_STATUS_NOT_FOUND);
    CHECK(out == NULL && strlen(steun_last_error_message()) > 0);
}

static void test_every_operation(void) {
    char *listing = NULL;
    CHECK_STATUS(steun_ops_json(&listing), STEUN_STATUS_OK);
    /* One request_schema per operation: the library has exactly the table's operations. */
    CHECK(count(listing, "\"request_schema\":") == STEUN_OP_COUNT);
    for (size_t i = 0; i < STEUN_OP_COUNT; i++) {
        const SteunOpEntry *op = &STEUN_OPS[i];
        char *name = join("{\"name\":\"", op->name, "\",", NULL);
        CHECK(CONTAINS(listing, name));
        free(name);

        char *example = example_of(op);
        CHECK(example != NULL);
        if (!example) continue;
        fail_once();
        char *named = NULL, *generic = NULL;
        int rc = op->function(example, &named);
        CHECK_STATUS(rc, STEUN_STATUS_OK);
        if (rc != STEUN_STATUS_OK) fprintf(stderr, "%s: %s\n", op->name, steun_last_error_message());
        CHECK(named != NULL && strlen(named) > 2);
        /* The success cleared the failure before it. */
        CHECK(strcmp(steun_last_error_message(), "") == 0 && strcmp(steun_last_error_path(), "") == 0);
        char *report = NULL;
        CHECK_STATUS(steun_last_error_json(&report), STEUN_STATUS_OK);
        CHECK(report && strcmp(report, "null") == 0);
        steun_string_free(report);

        CHECK_STATUS(steun_call(op->name, example, &generic), STEUN_STATUS_OK);
        CHECK(named && generic && strcmp(named, generic) == 0);
        if (op->instrument) {
            char *id = join("\"instrument\":\"", op->instrument, "\"", NULL);
            char *version = join("\"instrument_version\":\"", op->instrument_version, "\"", NULL);
            CHECK(CONTAINS(named, id) && CONTAINS(named, version));
            if (!CONTAINS(named, id)) fprintf(stderr, "%s: no %s\n", op->name, id);
            free(id);
            free(version);
        }
        steun_string_free(named);
        steun_string_free(generic);
        free(example);
    }
    steun_string_free(listing);
}

/* Every operation refuses a request that is not its document, with a status, never a crash,
 * and leaves the output untouched. */
static void test_every_operation_refuses_garbage(void) {
    const char *bad[] = {"", "[", "{\"Jan de Vries\": 1}", "null", "42"};
    for (size_t i = 0; i < STEUN_OP_COUNT; i++) {
        for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
            char *out = NULL;
            int rc = STEUN_OPS[i].function(bad[b], &out);
            /* No request is a bare value, and every one rejects an unknown key. */
            CHECK(rc != STEUN_STATUS_OK && rc != STEUN_STATUS_PANIC);
            if (rc == STEUN_STATUS_OK) fprintf(stderr, "%s accepted %s\n", STEUN_OPS[i].name, bad[b]);
            CHECK(out == NULL);
            CHECK(!CONTAINS(steun_last_error_message(), "Jan"));
        }
        CHECK_STATUS(STEUN_OPS[i].function(NULL, NULL), STEUN_STATUS_NULL_POINTER);
    }
}

/* A NUL inside free text (issue 14.6): the request carries it JSON-escaped; the rendered form
 * shows it, like every control character, as a space, so the text after it survives and the
 * response is one C string whose strlen covers all of it. */
static void test_nul_in_free_text_is_escaped(void) {
    const SteunOpEntry *render = NULL;
    for (size_t i = 0; i < STEUN_OP_COUNT; i++)
        if (strcmp(STEUN_OPS[i].name, "plan.render") == 0) render = &STEUN_OPS[i];
    CHECK(render != NULL);
    if (!render) return;
    char *example = example_of(render);
    CHECK(example != NULL);
    if (!example) return;
    /* The Personal Profile part shows the profile's texts. */
    const char *needle = "Woont alleen";
    char *at = strstr(example, needle);
    char *the_case = strstr(example, ", \"case\":");
    CHECK(at != NULL && the_case != NULL);
    if (at && the_case) {
        *at = '\0';
        char *request =
            join("{\"lang\": \"nl\", \"part\": \"profile\"", the_case, "Woont\\u0000alleen", at + strlen(needle), NULL);
        char *out = NULL;
        CHECK_STATUS(steun_plan_render(request, &out), STEUN_STATUS_OK);
        CHECK(CONTAINS(out, "Woont alleen in een appartement"));
        CHECK(!CONTAINS(out, "u0000"));
        CHECK(out != NULL && out[strlen(out) - 1] == '}');
        steun_string_free(out);
        free(request);
    }
    free(example);
}

int main(void) {
    test_every_operation();
    test_every_operation_refuses_garbage();
    test_nul_in_free_text_is_escaped();
    return check_summary("test_ops");
}
