package nl.veiligheidshuis.privacy;

import java.util.Objects;
import java.util.function.Function;
import org.springframework.core.Ordered;

/**
 * One section of the export of everything held on a person ({@code GET /api/subjects/{id}/export}), the answer to
 * an access request (design.md: data-subject requests). A feature that keeps data about a case or a person (plans,
 * agreements, escalations, ...) declares a bean of this type; the export calls every such bean, in {@link #getOrder()}
 * order, and puts what it returns (records, lists, maps: anything Jackson writes) under {@link #name()}. The export
 * runs in a read-only transaction after process direction's right to ask has been checked; a section returns only
 * what concerns {@code person}'s cases and rows, never data of another person.
 */
public interface SubjectExportSection extends Ordered {

    /** The key of the section in the export, unique, in camelCase: {@code "plans"}, {@code "escalations"}. */
    String name();

    /** What this feature holds on the person, for the cases and subject rows in {@code person}. */
    Object export(PersonInCases person);

    /** The case file's own sections come first (negative orders); a feature's section follows by default. */
    @Override
    default int getOrder() {
        return 0;
    }

    static SubjectExportSection of(String name, int order, Function<PersonInCases, ?> export) {
        Objects.requireNonNull(name);
        Objects.requireNonNull(export);
        return new SubjectExportSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object export(PersonInCases person) {
                return export.apply(person);
            }

            @Override
            public int getOrder() {
                return order;
            }
        };
    }
}
