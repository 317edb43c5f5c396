package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.flows.csv.ColumnNames;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How an information request came in; files use the French word or a common synonym. */
enum Channel {
    COURRIER("courrier", "lettre", "mail", "post"),
    E_MAIL("e_mail", "email", "courriel"),
    TELEPHONE("telephone", "tel", "phone"),
    GUICHET("guichet", "counter", "loket", "balie");

    static final String KNOWN = "courrier, e-mail, téléphone, guichet";

    private final List<String> names;

    Channel(String... names) {
        this.names = List.of(names);
    }

    static Optional<Channel> parse(String typed) {
        String normalized = ColumnNames.normalize(typed);
        return Arrays.stream(values()).filter(c -> c.names.contains(normalized)).findFirst();
    }

    String label() {
        return names.getFirst();
    }
}
