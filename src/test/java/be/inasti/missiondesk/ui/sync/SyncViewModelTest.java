package be.inasti.missiondesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.sync.SyncSites;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.ScriptedFiles;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synchronisation screen's logic on real sites: two or three SQLite files registered with one another. */
class SyncViewModelTest {
    @TempDir
    Path folder;

    private SyncSites sites;
    private Services central;
    private Services namur;
    private ScriptedFiles files;
    private final AtomicInteger synced = new AtomicInteger();

    @BeforeEach
    void sites() {
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        files = new ScriptedFiles(folder);
    }

    private SyncViewModel model(Services at) {
        Messages messages = new Messages(Locale.FRENCH);
        SyncViewModel model = new SyncViewModel(at.sync(), at.missions(), TaskRunner.direct(), messages,
                new SyncTexts(messages, at.clock().getZone()), files, at.clock(), synced::incrementAndGet);
        model.refresh();
        return model;
    }

    @Test
    void showsThisSiteItsPartnersAndThePendingChanges() {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        SyncViewModel model = model(namur);

        assertThat(model.status().site().get()).isEqualTo("Ce site : NAM-07 — Namur — agent traitant");
        assertThat(model.status().pending().get()).isEqualTo(
                "Modifications locales qu'aucun partenaire n'a encore confirmées : " + namur.sync().pendingChanges());
        assertThat(model.status().partners()).containsExactly(new PartnerRow("CENTRAL", "Administration centrale",
                "administration centrale", 0, 0, 0, "jamais", "jamais"));
        assertThat(model.canExportBinding().get()).isTrue();
    }

    @Test
    void exportsToTheCentralOfficeUnderANameThatSaysWhoForWhomAndWhen() {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        int pending = namur.sync().pendingChanges();
        SyncViewModel model = model(namur);

        model.export();

        String name = "MissionDesk-NAM-07-to-CENTRAL-2026-11-23.mdbatch";
        assertThat(files.offeredNames()).containsExactly(name);
        assertThat(folder.resolve(name)).isNotEmptyFile();
        assertThat(model.work().messageProperty().get()).isEqualTo("Lot écrit pour CENTRAL : " + pending
                + " opération(s) sur 1 mission(s), positions 1 à " + pending + ", dans " + name + ".");
        assertThat(model.status().partners().getFirst().exportedUpTo()).isEqualTo(pending);
        assertThat(model.status().partners().getFirst().lastExport()).isEqualTo("23 nov. 2026 09:00");
        assertThat(synced).hasValue(1);
    }

    @Test
    void withSeveralPartnersTheUserChoosesTheDestinationAndMayResendWhatWasNotAcknowledged() {
        Services wavre = sites.site("WAV-01", Office.WAVRE, Role.INSPECTOR);
        Mission m = SyncSites.titresServices(central, Office.WAVRE, "amartin");
        SyncViewModel model = model(central);
        assertThat(model.exportOptions().destinations()).containsExactly("NAM-07", "WAV-01");
        assertThat(model.exportOptions().destination().get()).isEqualTo("NAM-07");

        model.exportOptions().destination().set("WAV-01");
        model.export();
        model.export();
        model.exportOptions().resend().set(true);
        model.export();

        assertThat(files.offeredNames()).allMatch(n -> n.startsWith("MissionDesk-CENTRAL-to-WAV-01-"));
        assertThat(model.work().messageProperty().get()).startsWith("Lot écrit pour WAV-01 : " + central.sync()
                .pendingChanges() + " opération(s) sur 1 mission(s)");
        wavre.sync().importBatch(folder.resolve(files.offeredNames().getLast()), false);
        assertThat(wavre.missions().get(m.id()).assignee()).isEqualTo("amartin");
    }

    @Test
    void anImportAtTheCentreReportsWhatWasAppliedAndAReplayThatNothingChanged() {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        int pending = namur.sync().pendingChanges();
        Path batch = sites.export(namur, "CENTRAL");
        SyncViewModel model = model(central);

        model.importFile(batch);

        assertThat(model.work().errorProperty().get()).isEmpty();
        assertThat(model.work().messageProperty().get()).isEqualTo("Lot de NAM-07 importé (positions 1 à " + pending
                + ") : " + pending + " appliquée(s), 0 déjà présente(s), 0 gardée(s) en local (plus récentes "
                + "ici), 0 nouveau(x) conflit(s).");
        assertThat(model.status().partners().getFirst().appliedTheirs()).isEqualTo(pending);
        assertThat(central.missions().count()).isEqualTo(1);

        files.willOpen(batch);
        model.importChosen();

        assertThat(model.work().messageProperty().get()).isEqualTo("Ce lot de NAM-07 (positions 1 à " + pending
                + ") a déjà été importé : rien n'a changé.");
        assertThat(synced).hasValue(2);
    }

    @Test
    void aTamperedFileIsRefusedWithItsPreciseMessageAndChangesNothing() throws IOException {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path batch = sites.export(namur, "CENTRAL");
        byte[] bytes = Files.readAllBytes(batch);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(batch, bytes);
        String before = SyncSites.checksum(central);
        SyncViewModel model = model(central);

        model.importFile(batch);

        assertThat(model.work().errorProperty().get()).isEqualTo("Import refusé : fichier endommagé ou tronqué.\n"
                + "endommagé : le contenu ne correspond pas à la somme de contrôle du manifeste");
        assertThat(model.work().messageProperty().get()).isEmpty();
        assertThat(model.partialOfferProperty().get()).isNull();
        assertThat(model.work().busyProperty().get()).isFalse();
        assertThat(SyncSites.checksum(central)).isEqualTo(before);
        assertThat(synced).hasValue(0);
    }

    @Test
    void operationsBeyondTheSourcesRightsAreListedAndTheRestAppliesOnlyWhenTheUserSaysSo() {
        Mission own = SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        namur.missions().reassign(own.id(), Office.NAMUR, "slambert", "holiday");
        Path batch = sites.export(namur, "CENTRAL");
        SyncViewModel model = model(central);

        model.importFile(batch);

        assertThat(model.work().errorProperty().get())
                .startsWith("Import refusé : des opérations dépassent les droits")
                .contains("seuls les sites de coordination ou de l'administration centrale réattribuent des missions")
                .contains("Rien n'a été appliqué").doesNotContain("Nothing");
        assertThat(model.partialOfferProperty().get()).isNotNull();
        assertThat(central.missions().count()).isZero();

        model.applyRest();

        assertThat(model.work().errorProperty().get()).isEmpty();
        assertThat(model.partialOfferProperty().get()).isNull();
        assertThat(model.work().messageProperty().get()).startsWith("Lot de NAM-07 importé")
                .contains("\n1 opération(s) refusée(s), non appliquée(s) :\n• ")
                .contains("seuls les sites de coordination ou de l'administration centrale réattribuent des missions");
        assertThat(central.missions().get(own.id()).assignee()).isEqualTo("vrenard");
    }

    @Test
    void theRestIsTheBatchAsItWasReadAndCheckedNotTheFileReadAgain() throws IOException {
        Mission own = SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        namur.missions().reassign(own.id(), Office.NAMUR, "slambert", "holiday");
        Path batch = sites.export(namur, "CENTRAL");
        SyncViewModel model = model(central);
        model.importFile(batch);

        Files.delete(batch);
        model.applyRest();

        assertThat(model.work().errorProperty().get()).isEmpty();
        assertThat(model.work().messageProperty().get()).startsWith("Lot de NAM-07 importé");
        assertThat(central.missions().get(own.id()).assignee()).isEqualTo("vrenard");
    }

    @Test
    void concurrentEditsShowAsConflictsWithBothValuesAndWhoSetThemAndAFlipRestoresTheOther() {
        Mission m = sites.concurrentDecisions(central, namur, "NAM-07");
        SyncViewModel model = model(central);

        model.importFile(sites.export(namur, "CENTRAL"));

        assertThat(model.work().messageProperty().get()).doesNotContain(" 0 nouveau(x) conflit(s)");
        ConflictRow status = model.status().conflicts().stream().filter(c -> c.field().equals("Statut")).findFirst()
                .orElseThrow();
        assertThat(status.mission()).isEqualTo("Marie Dupont");
        assertThat(status.kept() + status.lost()).contains("Droit accordé — user-central (CENTRAL)")
                .contains("— user-nam-07 (NAM-07)");
        String lost = central.sync().conflicts(true).stream().filter(c -> c.id() == status.id()).findFirst()
                .orElseThrow().lostValue();

        model.flip(status);

        assertThat(model.work().messageProperty().get())
                .isEqualTo("Marie Dupont, Statut : l'autre valeur est rétablie et partira avec le prochain lot.");
        assertThat(model.status().conflicts()).extracting(ConflictRow::id).doesNotContain(status.id());
        assertThat(central.missions().get(m.id()).status()).isEqualTo(lost);
    }

    @Test
    void aConfirmedConflictLeavesTheListAndTheKeptValueStays() {
        Mission m = sites.concurrentDecisions(central, namur, "NAM-07");
        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        String kept = central.missions().get(m.id()).status();
        SyncViewModel model = model(central);
        int open = model.status().conflicts().size();

        model.confirm(model.status().conflicts().getFirst());

        assertThat(model.status().conflicts()).hasSize(open - 1);
        assertThat(model.work().messageProperty().get()).startsWith("Marie Dupont, ")
                .endsWith(" : la valeur gardée est confirmée.");
        assertThat(central.missions().get(m.id()).status()).isEqualTo(kept);
    }

    @Test
    void anInstallationNotYetASiteSaysWhichCommandToRunAndRefusesBatches() {
        Path batch = sites.export(central, "NAM-07");
        SyncViewModel model = model(DeskFixture.mine(folder.resolve("desk")).services);

        assertThat(model.status().site().get()).startsWith("Cette installation n'est pas encore un site. Lancez : "
                + "missiondesk site init --id ID");
        assertThat(model.canExportBinding().get()).isFalse();
        assertThat(model.canImportBinding().get()).isFalse();

        model.importFile(batch);

        assertThat(model.work().errorProperty().get()).isEqualTo("Import refusé : cette installation n'est pas "
                + "encore un site.\ncette installation n'est pas encore un site : lancez « missiondesk site init --id "
                + "ID --office OFFICE --role ROLE »");
    }
}
