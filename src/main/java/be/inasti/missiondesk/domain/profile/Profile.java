package be.inasti.missiondesk.domain.profile;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.mission.Login;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;

/**
 * Who works at this installation: the login new work is assigned to by default, the office it is opened for, and
 * what the person does (caseworker, inspector, coordinator). Asked once; the window and the command line default
 * to it, so a Namur agent's missions are not routed to another office by a default she did not notice.
 */
public record Profile(String login, Office office, Role role) {
    public Profile {
        login = Login.check(login, Explanation.of("field.login"));
        if (office == null) {
            throw new DomainException("field.required", Explanation.of("field.office"));
        }
        if (role == null || role == Role.CENTRAL) {
            throw new DomainException("field.notAPersonsRole", role);
        }
    }
}
