package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Affiliation documents from the caisses: one ECL AFA mission per person and declared start of activity (the
 * declaration, questionnaire and certificate of one affiliation share it), its ECL 2-01, 2-04 and 2-02 clocks started
 * on reception.
 */
final class AfaFlow implements MissionFlow {
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final Caisses caisses;

    AfaFlow(Caisses caisses) {
        this.caisses = caisses;
    }

    @Override
    public Optional<MissionLine> read(LineCheck check, ImportOptions options) {
        Caisses.Caisse caisse = check.oneOf("caisse", caisses::find, caisses.codes());
        Niss niss = check.niss("niss");
        String name = check.required("nom");
        String nationality = nationality(check);
        LocalDate start = check.date("debut_activite");
        DocumentKind document = check.oneOf("type_document", DocumentKind::parse, DocumentKind.KNOWN);
        return check.ifOk(() -> new MissionLine(check.line(), niss.digits() + "/" + start,
                options.mission(MissionType.ECL_AFA, Subject.person(niss, name), Source.DOCUMENT, options.received(),
                        null, caisse.name() + ": " + document.label() + " (nationalité " + nationality
                                + ", début d'activité " + start + ")")));
    }

    private static String nationality(LineCheck check) {
        String value = check.required("nationalite");
        if (value != null && !COUNTRY.matcher(value).matches()) {
            check.refuse("nationalite", "line.countryCode");
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
