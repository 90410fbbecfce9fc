/* The isolation typology (002:4226-4575) from C: the typed classification (no allocation)
 * and the JSON function. */
#include <stdio.h>
#include "steun.h"

int main(void) {
    SteunIsolationInput in = {STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC, 1};
    SteunIsolationResult r;
    if (steun_isolation_classify(&in, &r) != STEUN_STATUS_OK) {
        fprintf(stderr, "error: %s\n", steun_last_error_message());
        return 1;
    }
    printf("category %u, %zu interventions, network case: %s\n", (unsigned)r.category, r.intervention_count,
           r.network_case ? "yes" : "no");

    char *json = NULL;
    int status = steun_isolation_classify_json("{\"persistence\":\"situational\",\"participation_oriented\":false}", &json);
    if (status != STEUN_STATUS_OK) {
        fprintf(stderr, "error: %s\n", steun_last_error_message());
        return 1;
    }
    printf("%s\n", json);
    steun_string_free(json);

    /* Bad input: the message names the field and the allowed codes. */
    if (steun_isolation_classify_json("{\"persistence\":\"dreigend\",\"participation_oriented\":true}", &json) != 0) {
        printf("rejected at %s: %s\n", steun_last_error_path(), steun_last_error_message());
    }
    return 0;
}
