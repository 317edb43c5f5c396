package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.files.InputKind;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Partner;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "site", description = "Set up this installation as a site, and register the sites it exchanges "
        + "batches with.", subcommands = {SiteCommand.Init.class, SiteCommand.ExportIdentity.class,
                SiteCommand.Register.class, SiteCommand.ListSites.class, SiteCommand.RotateKeys.class})
final class SiteCommand {

    @Command(name = "init", description = "Give this installation its site id, office, role and key pairs "
            + "(Ed25519 for signing, X25519 for encryption); private keys go to an owner-only file beside the "
            + "database.")
    static final class Init extends ServiceCommand<SyncService> {
        @Option(names = "--id", required = true, description = "Site id, e.g. NAM-07.")
        String id;

        @Option(names = "--office", required = true, description = "${COMPLETION-CANDIDATES}.")
        Office office;

        @Option(names = "--role", required = true, description = "caseworker, inspector, coordinator or central.")
        String role;

        Init() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            Site site = sync.init(id, office, Role.parse(role));
            out().printf("this installation is now site %s (%s, %s)%n", site.id(), site.office(), site.role());
            return 0;
        }
    }

    @Command(name = "export-identity", description = "Write this site's public identity to a file, for the "
            + "other sites to register.")
    static final class ExportIdentity extends ServiceCommand<SyncService> {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--force", description = "Replace FILE even when it exists and is not a site identity.")
        boolean force;

        ExportIdentity() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            sync.exportIdentity(out, force);
            out().printf("identity written to %s%n", out);
            return 0;
        }
    }

    @Command(name = "register", description = "Record another site from its identity file.")
    static final class Register extends ServiceCommand<SyncService> {
        @Parameters(paramLabel = "FILE")
        Path file;

        Register() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            Site site = sync.register(InputKind.IDENTITY.checked(file));
            out().printf("site %s (%s, %s) registered%n", site.id(), site.office(), site.role());
            return 0;
        }
    }

    @Command(name = "rotate-keys", description = "Replace this site's key pairs: the next batch to each partner "
            + "announces the new public keys, signed with the old key.")
    static final class RotateKeys extends ServiceCommand<SyncService> {
        RotateKeys() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            List<String> partners = sync.rotateKeys();
            out().printf("new keys made; the next batch to each partner announces them: %s%n",
                    partners.isEmpty() ? "(no partner registered)" : String.join(", ", partners));
            return 0;
        }
    }

    @Command(name = "list", description = "This site and its partners, with what was exchanged.")
    static final class ListSites extends ServiceCommand<SyncService> {
        ListSites() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            sync.self().ifPresentOrElse(
                    s -> out().printf("this site: %s (%s, %s)%n", s.id(), s.office(), s.role()),
                    () -> out().println("this installation is not a site yet"));
            for (Partner p : sync.partners()) {
                out().printf("partner %s (%s, %s): exported up to %d, acknowledged %d, applied theirs up to %d; "
                        + "last export %s, last import %s%n", p.site().id(), p.site().office(), p.site().role(),
                        p.exportedPos(), p.acknowledgedPos(), p.appliedPos(), p.lastExportAt(), p.lastImportAt());
            }
            out().printf("local changes not yet acknowledged: %d%n", sync.pendingChanges());
            return 0;
        }
    }
}
