package org.customs.seizures.core.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.customs.seizures.core.text.FoldedText;

/** The labels a cover sheet may carry (returns.md §2), in English, French and Spanish. */
enum CoverLabel {
    COUNTRY("Reporting country", "Country", "Member", "Member state", "Pays déclarant", "Pays", "État membre",
            "País declarante", "País", "Estado miembro"),
    PERIOD("Reporting period", "Period", "Month", "Période", "Période de référence", "Mois", "Periodo",
            "Período", "Mes"),
    OPERATION("Operation", "Opération", "Operación"),
    VERSION("Version", "Revision", "Révision", "Versión", "Revisión"),
    SUBMITTED_ON("Date of submission", "Submitted", "Submitted on", "Submission date", "Date d'envoi",
            "Date de soumission", "Fecha de envío", "Fecha de presentación"),
    NIL_RETURN("Nil return", "Déclaration néant", "Néant", "Sin incautaciones"),
    DECIMAL_SEPARATOR("Decimal separator", "Séparateur décimal", "Separador decimal"),
    CONTACT("Contact", "Responsable", "Contact person", "Persona de contacto");

    private static final Map<String, CoverLabel> BY_FOLDED_LABEL = byFoldedLabel();

    private final List<String> labels;

    CoverLabel(String... labels) {
        this.labels = List.of(labels);
    }

    /** The label a cell's text is, folded; a trailing colon does not matter. */
    static Optional<CoverLabel> of(String text) {
        return Optional.ofNullable(BY_FOLDED_LABEL.get(FoldedText.fold(text)));
    }

    /** The English label, for messages. */
    String label() {
        return labels.get(0);
    }

    private static Map<String, CoverLabel> byFoldedLabel() {
        Map<String, CoverLabel> map = new HashMap<>();
        for (CoverLabel label : values()) {
            for (String text : label.labels) {
                map.put(FoldedText.fold(text), label);
            }
        }
        return Map.copyOf(map);
    }
}
