package nl.veiligheidshuis.casefile;

import java.util.List;
import nl.veiligheidshuis.organisation.Groups;

/** Who acts: a professional with the groups (organisation, role) and tenants (regions) they belong to. */
public record Caller(String userId, List<String> groups, List<String> regions) {

    public Caller {
        groups = groups == null ? List.of() : List.copyOf(groups);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public boolean belongsTo(String region) {
        return regions.contains(region);
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }

    public boolean isAdministrator() {
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }
}
