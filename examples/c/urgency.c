/* Scores the signal about the widow of 78 (002:4056-4070) on plain C structs (no
 * allocation) and through the JSON operation urgency.assess. */
#include <stdio.h>
#include "steun.h"

int main(void) {
    /* The library must serve this header: same major version, minor at least the header's. */
    if (!STEUN_VERSION_COMPATIBLE(steun_version_number())) {
        fprintf(stderr, "libsteun %s does not serve steun.h %d.%d\n", steun_version(), STEUN_VERSION_MAJOR,
                STEUN_VERSION_MINOR);
        return 1;
    }
    SteunUrgencyInput input = {0};
    input.struct_size = sizeof input; /* structs that grow: say which layout you have */
    input.safety = STEUN_URGENCY_RISK_NONE;
    input.health = STEUN_URGENCY_RISK_MODERATE;
    input.wellbeing = STEUN_URGENCY_RISK_MODERATE;
    input.persons = 1;
    input.minors_involved = 0;
    input.over_75_involved = 1;
    input.duration = STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR;

    SteunUrgencyResult result = {0};
    result.struct_size = sizeof result;
    if (steun_urgency_assess(&input, &result) != STEUN_STATUS_OK) {
        fprintf(stderr, "%s: %s\n", steun_last_error_path(), steun_last_error_message());
        return 1;
    }
    printf("score %d of %d, band %d, worst band %d\n", result.score, result.max_score, (int)result.band,
           (int)result.worst_band);

    char *json = NULL;
    const char *text = "{\"risks\":{\"safety\":\"none\",\"health\":\"moderate\",\"wellbeing\":\"moderate\"},"
                       "\"scope\":{\"persons\":1,\"minors_involved\":false,\"over_75_involved\":true},"
                       "\"duration\":\"structural_over_half_year\"}";
    if (steun_urgency_assess_json(text, &json) != STEUN_STATUS_OK) {
        char *report = NULL;
        if (steun_last_error_json(&report) == STEUN_STATUS_OK) fprintf(stderr, "%s\n", report);
        steun_string_free(report);
        return 1;
    }
    printf("%s\n", json);
    steun_string_free(json);
    return 0;
}
