package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.store.AffiliateStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Registre national's births: one titres-services mission per mother and birth (twins share it), its CNH 4-01
 * clock started on the day the flow was received. Only the CNH's own affiliates are its business; the other mothers
 * are reported as "not for CNH" with the caisse they belong to, never dropped silently.
 */
final class BirthsFlow implements MissionFlow {
    private final AffiliateStore affiliates;
    private final Caisses caisses;

    BirthsFlow(AffiliateStore affiliates, Caisses caisses) {
        this.affiliates = affiliates;
        this.caisses = caisses;
    }

    @Override
    public Optional<MissionLine> read(LineCheck check, ImportOptions options) {
        Niss mother = check.niss("niss_mere");
        String name = check.required("nom_mere");
        LocalDate born = check.dateNotAfter("date_naissance", options.received(), "line.afterReception");
        String child = check.required("reference_enfant");
        return check.ifOk(() -> new MissionLine(check.line(), mother.digits() + "/" + born,
                options.mission(MissionType.TITRES_SERVICES, Subject.person(mother, name), Source.FLOW,
                        options.received(), null, "Registre national: naissance le " + born + ", enfant " + child)));
    }

    @Override
    public Map<String, Explanation> excluded(List<MissionLine> lines) {
        Map<String, Affiliate> known = affiliates.find(lines.stream().map(l -> l.mission().subject().identifier())
                .toList());
        Map<String, Explanation> excluded = new HashMap<>();
        for (MissionLine line : lines) {
            Affiliate affiliate = known.get(line.mission().subject().identifier());
            if (affiliate == null) {
                excluded.put(line.key(), Explanation.of("plan.notAnAffiliate"));
            } else if (!Caisses.CNH.equals(affiliate.caisse())) {
                excluded.put(line.key(), Explanation.of("plan.otherCaisse", caisses.find(affiliate.caisse())
                        .map(Caisses.Caisse::name).orElse(affiliate.caisse())));
            }
        }
        return excluded;
    }
}
