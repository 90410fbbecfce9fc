/* The isolation typology through the C API: the typed classification of all eight cells
 * against a table written here from the seed (002:4235-4405), the JSON operations, bad
 * input, and byte-identical JSON for the shared cases in tests/data/isolation_cases.json. */
#include <stdint.h>
#include <stdlib.h>
#include "steun.h"
#include "check.h"

/* One row per cell: persistence, oriented, type, category, interventions, length,
 * intensity, volunteer. */
typedef struct {
    int32_t persistence;
    uint8_t oriented;
    int32_t type;
    unsigned category;
    int32_t interventions[STEUN_ISOLATION_MAX_INTERVENTIONS];
    uint32_t count;
    int32_t length;
    int32_t intensity;
    int32_t volunteer;
} Cell;

#define ROW1 {STEUN_INTERVENTION_REMOVE_PARTICIPATION_BARRIERS, STEUN_INTERVENTION_PREVENTIVE_INTERVENTION, \
              STEUN_INTERVENTION_REFERRAL_TO_GROUP_ACTIVITIES, STEUN_INTERVENTION_VOLUNTEER_MATCH, 0, 0}, 4
#define ROW2 {STEUN_INTERVENTION_REMOVE_PARTICIPATION_BARRIERS, STEUN_INTERVENTION_INDIVIDUAL_PROFESSIONAL_GUIDANCE, \
              STEUN_INTERVENTION_VOLUNTEER_MATCH, STEUN_INTERVENTION_REFERRAL_TO_ACTIVITIES, \
              STEUN_INTERVENTION_REFERRAL_TO_SPECIALIST_HELP, 0}, 5
#define ROW3 {STEUN_INTERVENTION_SOLVE_PRACTICAL_PROBLEMS, STEUN_INTERVENTION_PROFESSIONAL_MONITORING, 0, 0, 0, 0}, 2
#define ROW4 {STEUN_INTERVENTION_SOLVE_PRACTICAL_PROBLEMS, STEUN_INTERVENTION_DAILY_FUNCTIONING_GUIDANCE, \
              STEUN_INTERVENTION_EMOTIONAL_PSYCHOSOCIAL_SUPPORT, STEUN_INTERVENTION_REFERRAL_TO_SPECIALIST_HELP, \
              STEUN_INTERVENTION_SPECIALISED_VOLUNTEER, STEUN_INTERVENTION_PROFESSIONAL_SAFETY_NET}, 6

static const Cell CELLS[8] = {
    {STEUN_PERSISTENCE_THREATENED, 1, STEUN_ISOLATION_TYPE_ACTIVES, 1, ROW1,
     STEUN_TRAJECTORY_LENGTH_RELATIVELY_SHORT, STEUN_TRAJECTORY_INTENSITY_UNSPECIFIED, STEUN_VOLUNTEER_VOLUNTEER_MATCH},
    {STEUN_PERSISTENCE_THREATENED, 0, STEUN_ISOLATION_TYPE_SHELTERED, 1, ROW1,
     STEUN_TRAJECTORY_LENGTH_RELATIVELY_SHORT, STEUN_TRAJECTORY_INTENSITY_UNSPECIFIED, STEUN_VOLUNTEER_VOLUNTEER_MATCH},
    {STEUN_PERSISTENCE_SITUATIONAL, 1, STEUN_ISOLATION_TYPE_LEFT_BEHIND, 2, ROW2,
     STEUN_TRAJECTORY_LENGTH_RELATIVELY_SHORT, STEUN_TRAJECTORY_INTENSITY_INTENSIVE, STEUN_VOLUNTEER_VOLUNTEER_MATCH},
    {STEUN_PERSISTENCE_SITUATIONAL, 0, STEUN_ISOLATION_TYPE_DEPENDENTS, 2, ROW2,
     STEUN_TRAJECTORY_LENGTH_RELATIVELY_SHORT, STEUN_TRAJECTORY_INTENSITY_INTENSIVE, STEUN_VOLUNTEER_VOLUNTEER_MATCH},
    {STEUN_PERSISTENCE_STRUCTURAL_COMPLEX, 1, STEUN_ISOLATION_TYPE_COMPENSATORS, 3, ROW3,
     STEUN_TRAJECTORY_LENGTH_LONG, STEUN_TRAJECTORY_INTENSITY_NOT_INTENSIVE, STEUN_VOLUNTEER_NONE},
    {STEUN_PERSISTENCE_STRUCTURAL_COMPLEX, 0, STEUN_ISOLATION_TYPE_OUTSIDERS, 3, ROW3,
     STEUN_TRAJECTORY_LENGTH_LONG, STEUN_TRAJECTORY_INTENSITY_NOT_INTENSIVE, STEUN_VOLUNTEER_NONE},
    {STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC, 1, STEUN_ISOLATION_TYPE_HOPEFULS, 4, ROW4,
     STEUN_TRAJECTORY_LENGTH_LONG, STEUN_TRAJECTORY_INTENSITY_INTENSIVE, STEUN_VOLUNTEER_SPECIALISED},
    {STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC, 0, STEUN_ISOLATION_TYPE_SURVIVORS, 4, ROW4,
     STEUN_TRAJECTORY_LENGTH_LONG, STEUN_TRAJECTORY_INTENSITY_INTENSIVE, STEUN_VOLUNTEER_SPECIALISED},
};

static void test_typed_cells(void) {
    for (int c = 0; c < 8; c++) {
        const Cell *want = &CELLS[c];
        SteunIsolationInput in;
        SIZED(in);
        in.persistence = want->persistence;
        in.participation_oriented = want->oriented;
        SteunIsolationResult out;
        SIZED(out);
        CHECK_STATUS(steun_isolation_classify(&in, &out), STEUN_STATUS_OK);
        CHECK(out.isolation_type == want->type);
        CHECK(out.category == want->category);
        CHECK(out.intervention_count == want->count && out.struct_size == sizeof out);
        for (size_t i = 0; i < want->count && i < STEUN_ISOLATION_MAX_INTERVENTIONS; i++) {
            CHECK(out.interventions[i] == want->interventions[i]);
        }
        CHECK(out.trajectory_length == want->length);
        CHECK(out.trajectory_intensity == want->intensity);
        CHECK(out.volunteer == want->volunteer);
        CHECK(out.participation_interventions_realistic == (want->category <= 2));
        CHECK(out.network_case == (want->category >= 3));
    }
}

static void test_typed_errors(void) {
    SteunIsolationResult out;
    SIZED(out);
    SteunIsolationInput in;
    SIZED(in);
    in.persistence = STEUN_PERSISTENCE_THREATENED;
    in.participation_oriented = 1;
    CHECK_STATUS(steun_isolation_classify(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_isolation_classify(&in, NULL), STEUN_STATUS_NULL_POINTER);
    in.persistence = 7;
    out.category = 99;
    CHECK_STATUS(steun_isolation_classify(&in, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(out.category == 99); /* untouched */
    CHECK(strcmp(steun_last_error_path(), "persistence") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC"));
    in.persistence = STEUN_PERSISTENCE_THREATENED;
    in.struct_size = 8; /* a layout without struct_size, as 0.1 had */
    CHECK_STATUS(steun_isolation_classify(&in, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "struct_size") == 0 && out.category == 99);
    in.struct_size = sizeof in;
    out.struct_size = 0;
    CHECK_STATUS(steun_isolation_classify(&in, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "out.struct_size") == 0 && out.category == 99);
}

static void test_json_functions(void) {
    char *out = NULL;
    CHECK_STATUS(steun_isolation_classify_json("{\"persistence\":\"structural_complex\",\"participation_oriented\":false}", &out),
                 STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"type\":\"outsiders\""));
    CHECK(CONTAINS(out, "\"label\":{\"nl\":\"Buitenstaanders\",\"en\":\"Outsiders\"}"));
    CHECK(CONTAINS(out, "\"network_case\":true"));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_isolation_classify_json("{\"persistence\":\"Jan Jansen\",\"participation_oriented\":true}", &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    CHECK(strcmp(steun_last_error_path(), "persistence") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "threatened, situational, structural_complex, structural_psychiatric"));
    CHECK(!CONTAINS(steun_last_error_message(), "Jansen"));
    CHECK_STATUS(steun_isolation_classify_json("{\"persistence\":\"threatened\"}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "participation_oriented") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "missing required field"));
    CHECK_STATUS(steun_isolation_classify_json("{\"persistence\":\"threatened\",\"participation_oriented\":true,\"x\":1}", &out),
                 STEUN_STATUS_INVALID_INPUT);
    /* The unknown key is reported at its object, without the key. */
    CHECK(strcmp(steun_last_error_path(), "") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "allowed fields: persistence, participation_oriented"));
    CHECK_STATUS(steun_isolation_classify_json("{", &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK_STATUS(steun_isolation_classify_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_isolation_classify_json("{}", NULL), STEUN_STATUS_NULL_POINTER);

    CHECK_STATUS(steun_isolation_types("{}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"type\":\"survivors\""));
    steun_string_free(out);
    CHECK_STATUS(steun_isolation_type_info("{\"type\":\"hopefuls\"}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"category\":4") && CONTAINS(out, "\"participation_oriented\":true"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_isolation_type_info("{\"type\":\"nope\"}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "type") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "actives, sheltered"));
    CHECK(!CONTAINS(steun_last_error_message(), "nope"));
    CHECK(out == NULL);
}

/* Calls the operation named in a case of tests/data/isolation_cases.json, by its function
 * and by steun_call, which must agree. */
static int call(const char *function, const char *input, char **out) {
    int rc = -1;
    if (strcmp(function, "classify") == 0) rc = steun_isolation_classify_json(input, out);
    if (strcmp(function, "decide_persistence") == 0) rc = steun_isolation_decide_persistence(input, out);
    if (strcmp(function, "check_interventions") == 0) rc = steun_isolation_check_interventions(input, out);
    if (strcmp(function, "risk_groups") == 0) rc = steun_isolation_risk_groups(input, out);
    char *op = join("isolation.", function, NULL), *again = NULL;
    CHECK(steun_call(op, input, &again) == rc);
    CHECK(rc != STEUN_STATUS_OK || (again && strcmp(again, *out) == 0));
    steun_string_free(again);
    free(op);
    return rc;
}

/* The file holds one case per line: {"function":F,"input":I,"output":O} with O exactly the
 * JSON the CLI printed; C must give the same bytes. */
static void test_shared_cases(const char *path) {
    char *text = read_file(path);
    CHECK(text != NULL);
    if (!text) return;
    int cases = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] != '{') continue;
        size_t n = strlen(line);
        if (line[n - 1] == ',') line[--n] = '\0';
        line[--n] = '\0'; /* the case's closing brace */
        char *f = strstr(line, "\"function\":\"");
        char *in = strstr(line, ",\"input\":");
        char *outp = strstr(line, ",\"output\":");
        CHECK(f && in && outp);
        if (!f || !in || !outp) continue;
        f += strlen("\"function\":\"");
        *strchr(f, '"') = '\0';
        *outp = '\0';
        in += strlen(",\"input\":");
        const char *want = outp + strlen(",\"output\":");
        char *got = NULL;
        CHECK_STATUS(call(f, in, &got), STEUN_STATUS_OK);
        CHECK(got && strcmp(got, want) == 0);
        if (got && strcmp(got, want) != 0) fprintf(stderr, "case %d (%s):\n got %s\nwant %s\n", cases, f, got, want);
        steun_string_free(got);
        cases++;
    }
    CHECK(cases == 18);
    free(text);
}

int main(int argc, char **argv) {
    test_typed_cells();
    test_typed_errors();
    test_json_functions();
    test_shared_cases(argc > 1 ? argv[1] : "tests/data/isolation_cases.json");
    return check_summary("isolation");
}
