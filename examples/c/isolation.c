/* The isolation typology (002:4226-4575) from C: the typed classification (no allocation)
 * and the JSON operation isolation.classify. */
#include <stdio.h>
#include "steun.h"

int main(void) {
    SteunIsolationInput in = {0};
    in.struct_size = sizeof in;
    in.persistence = STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC;
    in.participation_oriented = 1;
    SteunIsolationResult r = {0};
    r.struct_size = sizeof r;
    if (steun_isolation_classify(&in, &r) != STEUN_STATUS_OK) {
        fprintf(stderr, "error: %s\n", steun_last_error_message());
        return 1;
    }
    printf("category %u, %u interventions, network case: %s\n", (unsigned)r.category, (unsigned)r.intervention_count,
           r.network_case ? "yes" : "no");

    char *json = NULL;
    int status = steun_isolation_classify_json("{\"persistence\":\"situational\",\"participation_oriented\":false}", &json);
    if (status != STEUN_STATUS_OK) {
        fprintf(stderr, "error: %s\n", steun_last_error_message());
        return 1;
    }
    printf("%s\n", json);
    steun_string_free(json);

    /* Bad input: every problem with its kind and path, the allowed codes, never the value. */
    if (steun_isolation_classify_json("{\"persistence\":\"dreigend\"}", &json) != STEUN_STATUS_OK) {
        char *report = NULL;
        if (steun_last_error_json(&report) == STEUN_STATUS_OK) printf("rejected: %s\n", report);
        steun_string_free(report);
    }
    return 0;
}
