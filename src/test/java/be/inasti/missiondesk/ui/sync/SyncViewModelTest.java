package be.inasti.missiondesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.BundleFiles;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.sync.SyncSites;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.ScriptedFiles;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        SyncViewModel model = new SyncViewModel(SyncViewModel.Uses.of(at), TaskRunner.direct(), messages,
                new SyncTexts(messages, at.clock().getZone()), files, synced::incrementAndGet);
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
        assertThat(model.whyNot().export().get()).isEmpty();
        assertThat(model.whyNot().asSite().get()).isEmpty();
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
                + "endommagé : le contenu ne correspond pas à la somme de contrôle du manifeste\n"
                + "Demandez à l'expéditeur d'exporter le lot à nouveau, ou copiez-le à nouveau depuis la clé.");
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
    void anInstallationNotYetASitePointsToTheFormAndItsGreyedButtonsSayWhy() {
        Path batch = sites.export(central, "NAM-07");
        SyncViewModel model = model(DeskFixture.mine(folder.resolve("desk")).services);

        assertThat(model.status().site().get()).isEqualTo("Cette installation n'est pas encore un site : remplissez "
                + "le formulaire ci-dessous pour en faire un.");
        assertThat(model.needsSetUpBinding().get()).isTrue();
        String notSite = "Cette installation n'est pas encore un site : créez-le d'abord avec le formulaire ci-dessus.";
        assertThat(model.whyNot().export().get()).isEqualTo(notSite);
        assertThat(model.whyNot().asSite().get()).isEqualTo(notSite);

        model.importFile(batch);

        assertThat(model.work().errorProperty().get()).isEqualTo("Import refusé : cette installation n'est pas "
                + "encore un site.\ncette installation n'est pas encore un site\nCréez d'abord le site avec le "
                + "formulaire ci-dessus.");
    }

    @Test
    void theSetUpFormIsProposedFromTheProfileAndMakesTheInstallationASite() {
        Services desk = DeskFixture.mine(folder.resolve("desk")).services;
        desk.profile().save(new Profile("v.renard", Office.NAMUR, Role.CASEWORKER));
        SyncViewModel model = model(desk);
        assertThat(model.form().id().get()).isEqualTo("NAM-VRENARD");
        assertThat(model.form().office().get()).isEqualTo(Office.NAMUR);
        assertThat(model.form().role().get()).isEqualTo(Role.CASEWORKER);
        assertThat(model.whyNot().setUp().get()).isEmpty();

        model.setUp();

        assertThat(model.work().messageProperty().get()).startsWith("Cette installation est maintenant le site "
                + "NAM-VRENARD (Namur, agent traitant).");
        assertThat(model.status().site().get()).startsWith("Ce site : NAM-VRENARD — Namur — agent traitant\n"
                + "Aucun partenaire enregistré : ajoutez le fichier d'identité de l'administration centrale");
        assertThat(model.needsSetUpBinding().get()).isFalse();
        assertThat(model.whyNot().setUp().get()).isEqualTo("Cette installation est déjà un site.");
        assertThat(model.whyNot().export().get()).startsWith("Aucun partenaire : ajoutez d'abord le fichier d'identité");
        assertThat(desk.sync().self()).isPresent();
    }

    @Test
    void anIdTheServiceRefusesIsSaidInItsWordsAndNothingIsSetUp() {
        Services desk = DeskFixture.mine(folder.resolve("desk")).services;
        SyncViewModel model = model(desk);
        model.form().id().set(" ");
        model.form().office().set(null);
        assertThat(model.whyNot().setUp().get()).isEqualTo("Tapez l'identifiant du site.");
        model.form().id().set("nam 07");
        assertThat(model.whyNot().setUp().get()).isEqualTo("Choisissez le bureau et le rôle.");
        model.form().office().set(Office.NAMUR);
        model.form().role().set(Role.CASEWORKER);

        model.setUp();

        assertThat(model.work().errorProperty().get()).isEqualTo("Opération impossible : identifiant de site "
                + "« nam 07 » : majuscules, chiffres et tirets, de 2 à 32 caractères");
        assertThat(desk.sync().self()).isEmpty();
    }

    @Test
    void theIdentitySavedHereRegistersAtTheCentreAndTheCentresRegistersHere() {
        Services desk = DeskFixture.mine(folder.resolve("desk")).services;
        desk.sync().init("NAM-09", Office.NAMUR, Role.CASEWORKER);
        SyncViewModel model = model(desk);

        model.saveIdentity();

        Path identity = folder.resolve("MissionDesk-NAM-09.mdsite");
        assertThat(files.offeredNames()).containsExactly("MissionDesk-NAM-09.mdsite");
        assertThat(model.work().messageProperty().get()).isEqualTo("Identité enregistrée dans "
                + "MissionDesk-NAM-09.mdsite (dossier " + folder + ") : portez ce fichier à l'administration centrale.");
        assertThat(central.sync().register(identity).id()).isEqualTo("NAM-09");

        Path centre = folder.resolve("central.mdsite");
        central.sync().exportIdentity(centre, false);
        files.willOpen(centre);
        model.registerChosen();

        assertThat(model.work().messageProperty().get()).isEqualTo("Partenaire ajouté : CENTRAL (Administration "
                + "centrale, administration centrale). Vous pouvez échanger des lots avec lui.");
        assertThat(model.status().partners()).extracting(PartnerRow::site).containsExactly("CENTRAL");
        assertThat(model.exportOptions().destination().get()).isEqualTo("CENTRAL");
        assertThat(model.whyNot().export().get()).isEmpty();
    }

    @Test
    void exportAndImportStartInTheFolderUsedLastEvenAfterARestart() throws IOException {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path stick = Files.createDirectory(folder.resolve("stick"));
        SyncViewModel model = model(namur);

        files.willSaveIn(stick);
        model.export();

        assertThat(stick.resolve(files.offeredNames().getFirst())).isNotEmptyFile();
        assertThat(files.startFolders()).containsExactly(Optional.empty());
        model.export();
        files.willOpen(sites.export(central, "NAM-07"));
        model(namur).importChosen();

        assertThat(files.startFolders()).containsExactly(Optional.empty(), Optional.of(stick), Optional.of(stick));
    }

    @Test
    void aBatchFromASiteNotRegisteredSaysToAddItsIdentityFirst() {
        Services wavre = sites.site("WAV-01", Office.WAVRE, Role.INSPECTOR);
        Services other = new SyncSites(folder.resolve("elsewhere")).site("LIB-01", Office.LIBRAMONT, Role.CENTRAL);
        SyncViewModel model = model(wavre);
        Path identity = folder.resolve("wav.mdsite");
        wavre.sync().exportIdentity(identity, false);
        other.sync().register(identity);
        SyncSites.titresServices(other, Office.WAVRE, "amartin");
        Path batch = folder.resolve("from-lib.mdbatch");
        other.sync().export(batch, Optional.of("WAV-01"), false, false);

        model.importFile(batch);

        assertThat(model.work().errorProperty().get()).startsWith("Import refusé : site d'origine inconnu ici.\n")
                .endsWith("\nAjoutez d'abord le fichier d'identité de l'expéditeur (« Ajouter un partenaire… »), "
                        + "puis importez à nouveau.");
    }

    @Test
    void aDroppedBatchIsImportedAnIdentityRegisteredAndAnyOtherFileRefused() throws IOException {
        SyncSites.titresServices(central, Office.NAMUR, "vrenard");
        SyncViewModel model = model(namur);

        assertThat(model.dropped(List.of(Files.writeString(folder.resolve("notes.txt"), "hello")))).isFalse();
        assertThat(model.work().errorProperty().get()).isEqualTo("notes.txt : ni un lot MissionDesk (.mdbatch, "
                + ".mdb) ni une identité de site (.mdsite, .json) ; rien n'a été lu.");

        assertThat(model.dropped(List.of(sites.export(central, "NAM-07")))).isTrue();

        assertThat(model.work().messageProperty().get()).startsWith("Lot de CENTRAL importé");
        assertThat(namur.missions().count()).isEqualTo(1);
    }

    @Test
    void confirmAndFlipSayWhyTheyAreGreyedUntilAConflictIsChosen() {
        sites.concurrentDecisions(central, namur, "NAM-07");
        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        SyncViewModel model = model(central);

        assertThat(model.whyNot().resolve().get()).startsWith("Choisissez d'abord un conflit dans la liste");
        model.selectedConflictProperty().set(model.status().conflicts().getFirst());

        assertThat(model.whyNot().resolve().get()).isEmpty();
        assertThat(model.status().conflicts().getFirst().detected()).isEqualTo("23 nov. 2026 09:00");
    }

    /** The window never tells a caseworker to open a terminal: no sync text names a command or an option. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_en"})
    void noSyncTextTellsTheUserToTypeACommand(String suffix) throws IOException {
        Properties bundle = BundleFiles.read(Messages.class, "/" + Messages.BUNDLE.replace('.', '/') + suffix
                + ".properties");
        assertThat(bundle.stringPropertyNames()).filteredOn(k -> k.startsWith("sync."))
                .allSatisfy(k -> assertThat(bundle.getProperty(k)).doesNotContain("missiondesk ").doesNotContain("--"));
    }
}
