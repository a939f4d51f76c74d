package org.amtsplan.scheduling.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.JsonObjects;

/**
 * One outcome a unit's clerks may give a finished case, such as "erledigt": a stable {@code code}
 * kept on the ticket and in the statistics, and the names clerks read, German ({@code name}) and
 * English ({@code nameEn}).
 */
public record CaseOutcome(String code, String name, String nameEn) {

    /** The outcomes every unit starts with; a department may add its own, a head edits them. */
    public static final List<CaseOutcome> DEFAULTS =
            List.of(
                    new CaseOutcome("erledigt", "erledigt", "done"),
                    new CaseOutcome(
                            "unterlagen-unvollstaendig",
                            "Unterlagen unvollständig",
                            "documents incomplete"),
                    new CaseOutcome("weitergeleitet", "weitergeleitet", "passed on"),
                    new CaseOutcome(
                            "neuer-termin", "neuer Termin vereinbart", "new appointment made"));

    /**
     * The kernel's defaults with a department's own outcomes after "erledigt", as the unit rule
     * {@code outcomes} holds them, for a department's {@code DepartmentRules.defaults}.
     */
    public static JsonArray defaultsWith(CaseOutcome... own) {
        List<CaseOutcome> all = new ArrayList<>(DEFAULTS);
        all.addAll(1, List.of(own));
        return json(all);
    }

    /** Outcomes as the unit rule {@code outcomes} holds them: {@code [{code, name, nameEn}]}. */
    public static JsonArray json(List<CaseOutcome> outcomes) {
        JsonArrayBuilder list = JsonObjects.arrayBuilder();
        for (CaseOutcome outcome : outcomes) {
            list.add(
                    JsonObjects.objectBuilder()
                            .add("code", outcome.code())
                            .add("name", outcome.name())
                            .add("nameEn", outcome.nameEn()));
        }
        return list.build();
    }

    public String name(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }
}
