package org.amtsplan.scheduling.internal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import org.amtsplan.scheduling.api.Service;

/**
 * A service a unit offers. Its code is unique in the city, because citizens book by service code
 * alone; the duration is what a booking of it takes from the calendar.
 */
@Entity
@Table(name = "sch_service")
public class OfferedService {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "unit_id", nullable = false, length = 40)
    private String unitId;

    @Column(name = "name_de", nullable = false, length = 160)
    private String nameDe;

    @Column(name = "name_en", length = 160)
    private String nameEn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "online_bookable", nullable = false)
    private boolean onlineBookable;

    @Column(name = "leika_key", length = 14)
    private String leikaKey;

    /** One document per line. */
    @Column(name = "documents")
    private String documents;

    /** The same in English, one per line. */
    @Column(name = "documents_en")
    private String documentsEn;

    protected OfferedService() {}

    public OfferedService(
            String code,
            String unitId,
            String nameDe,
            String nameEn,
            int durationMinutes,
            boolean onlineBookable,
            String leikaKey,
            List<String> documents,
            List<String> documentsEn) {
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        this.code = Objects.requireNonNull(code);
        this.unitId = Objects.requireNonNull(unitId);
        this.nameDe = Objects.requireNonNull(nameDe);
        this.nameEn = nameEn;
        this.durationMinutes = durationMinutes;
        this.onlineBookable = onlineBookable;
        this.leikaKey = leikaKey;
        this.documents = lines(documents);
        this.documentsEn = lines(documentsEn);
    }

    private static String lines(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    private static List<String> items(String lines) {
        return lines == null ? List.of() : List.of(lines.split("\n"));
    }

    public String code() {
        return code;
    }

    public String unitId() {
        return unitId;
    }

    public Service view() {
        return new Service(
                code,
                unitId,
                nameDe,
                nameEn,
                durationMinutes,
                onlineBookable,
                leikaKey,
                items(documents),
                items(documentsEn));
    }
}
