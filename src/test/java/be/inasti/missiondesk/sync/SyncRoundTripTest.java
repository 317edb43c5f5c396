package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.store.schema.Tables.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Desks on SQLite files and a central office on either engine: a SQLite file, or a PostgreSQL database. */
@ParameterizedClass
@EnumSource(Engine.class)
class SyncRoundTripTest {
    @Parameter
    Engine centralEngine;

    @TempDir
    Path folder;

    SyncSites sites;
    Services central;
    Services namur;
    Services wavre;

    @BeforeEach
    void sites() {
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL, centralEngine);
        namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        wavre = sites.site("WAV-01", Office.WAVRE, Role.INSPECTOR);
    }

    @Test
    void workDoneOnADeskReachesTheCentreWithItsHistoryAndTheAcknowledgementComesBack() {
        Mission m = SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        namur.missions().fire(m.id(), "droit-accorde", SyncSites.TODAY);
        assertThat(namur.sync().pendingChanges()).isPositive();

        ImportReport atCentre = central.sync().importBatch(sites.export(namur, "CENTRAL"), false);

        assertThat(atCentre.applied()).isEqualTo(TestServices.store(namur).dsl().fetchCount(OPERATION));
        Mission held = central.missions().get(m.id());
        assertThat(held.status()).isEqualTo("RIGHT_GRANTED");
        assertThat(held.clocks().getFirst().stoppedOn()).isEqualTo(SyncSites.TODAY);
        assertThat(central.missions().history(m.id())).extracting(h -> h.change().kind())
                .contains(ChangeKind.CREATED, ChangeKind.CLOCK_STARTED, ChangeKind.STATUS, ChangeKind.TRANSITION);

        namur.sync().importBatch(sites.export(central, "NAM-07"), false);
        assertThat(namur.sync().pendingChanges()).isZero();
    }

    /** A caseworker's reason for a step is part of the history every site keeps, as the step itself. */
    @Test
    void theCommentGivenWithAStepTravelsWithIt() {
        Mission m = SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        namur.missions().fire(m.id(), "droit-accorde", SyncSites.TODAY, "mère affiliée à Namur");

        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);

        assertThat(central.missions().history(m.id())).extracting(h -> h.change().kind(), h -> h.change().newValue())
                .contains(tuple(ChangeKind.NOTE, "mère affiliée à Namur"));
    }

    @Test
    void aCoordinatorsReassignmentTravelsToTheDeskThatNowHoldsTheMission() {
        Mission m = SyncSites.titresServices(wavre, Office.WAVRE, "amartin");
        central.sync().importBatch(sites.export(wavre, "CENTRAL"), false);
        central.missions().reassign(m.id(), Office.NAMUR, "vrenard", "long sick leave");

        namur.sync().importBatch(sites.export(central, "NAM-07"), false);
        wavre.sync().importBatch(sites.export(central, "WAV-01"), false);

        assertThat(namur.missions().get(m.id()).assignee()).isEqualTo("vrenard");
        assertThat(namur.queue().all(QueueCriteria.all())).extracting(i -> i.mission().id()).containsExactly(m.id());
        assertThat(wavre.missions().get(m.id()).office()).isEqualTo(Office.NAMUR);
        assertThat(namur.missions().history(m.id())).extracting(h -> h.change().kind())
                .contains(ChangeKind.CREATED, ChangeKind.CLOCK_STARTED);
    }

    @Test
    void replayingEveryBatchChangesNothing() {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path batch = sites.export(namur, "CENTRAL");
        central.sync().importBatch(batch, false);
        String before = SyncSites.checksum(central);

        ImportReport replay = central.sync().importBatch(batch, false);

        assertThat(replay.alreadyApplied()).isTrue();
        assertThat(SyncSites.checksum(central)).isEqualTo(before);
    }

    @Test
    void aBatchAfterAMissingOneIsRefusedUntilTheGapIsFilled() {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path first = sites.export(namur, "CENTRAL");
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path second = sites.export(namur, "CENTRAL");
        String before = SyncSites.checksum(central);

        assertThatThrownBy(() -> central.sync().importBatch(second, false))
                .isInstanceOf(BatchRefused.class)
                .hasMessage("batch covering 1–2 from NAM-07 is missing; this file starts at 3");
        assertThat(SyncSites.checksum(central)).isEqualTo(before);

        central.sync().importBatch(first, false);
        central.sync().importBatch(second, false);
        assertThat(central.missions().count()).isEqualTo(2);
    }

    @Test
    void resendCoversEverythingNotAcknowledgedAfterALostFile() {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        sites.export(namur, "CENTRAL");
        Path resent = folder.resolve("resent.mdb");

        namur.sync().export(resent, Optional.of("CENTRAL"), true, false);
        central.sync().importBatch(resent, false);

        assertThat(central.missions().count()).isEqualTo(1);
    }

    @Test
    void aDeskCannotReassignNorTouchAnotherOfficesMissionsAndNothingAppliesUnlessPartialIsAccepted() {
        Mission namurs = SyncSites.titresServices(central, Office.NAMUR, "vrenard");
        wavre.sync().importBatch(sites.export(central, "WAV-01"), false);
        Mission own = SyncSites.titresServices(wavre, Office.WAVRE, "amartin");
        wavre.missions().reassign(own.id(), Office.WAVRE, "slambert", "holiday");
        Path batch = sites.export(wavre, "CENTRAL");
        String before = SyncSites.checksum(central);

        assertThatThrownBy(() -> central.sync().importBatch(batch, false))
                .isInstanceOf(BatchRefused.class)
                .hasMessageContaining("only coordinator or central sites reassign missions")
                .hasMessageContaining("Nothing was applied");
        assertThat(SyncSites.checksum(central)).isEqualTo(before);

        ImportReport partial = central.sync().importBatch(batch, true);
        assertThat(partial.refused()).hasSize(1);
        assertThat(central.missions().get(own.id()).assignee()).isEqualTo("amartin");
        assertThat(central.missions().get(namurs.id()).office()).isEqualTo(Office.NAMUR);
    }

    @Test
    void concurrentEditsOfOneFieldKeepTheLaterAndListTheOtherAsAConflictToFlip() {
        Mission m = sites.concurrentDecisions(central, namur, "NAM-07");

        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        namur.sync().importBatch(sites.export(central, "NAM-07"), false);

        assertThat(namur.missions().get(m.id()).status()).isEqualTo(central.missions().get(m.id()).status());
        var conflicts = central.sync().conflicts(true);
        assertThat(conflicts).extracting(c -> c.field()).contains("status", "outcome");
        var status = conflicts.stream().filter(c -> c.field().equals("status")).findFirst().orElseThrow();
        String lost = status.lostValue();

        central.sync().flip(status.id());

        assertThat(central.missions().get(m.id()).status()).isEqualTo(lost);
        assertThat(central.sync().conflicts(true)).extracting(c -> c.id()).doesNotContain(status.id());
        namur.sync().importBatch(sites.export(central, "NAM-07"), false);
        assertThat(namur.missions().get(m.id()).status()).isEqualTo(lost);
    }

    /** A file is copied before an import; a server, backed up with pg_dump, imports with nothing to copy. */
    @Test
    void anImportTakesABackupOfADatabaseFileFirst() throws Exception {
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");

        ImportReport imported = central.sync().importBatch(sites.export(namur, "CENTRAL"), false);

        assertThat(imported.applied()).isPositive();
        if (centralEngine == Engine.SQLITE) {
            try (var copies = Files.list(central.database().file().resolveSibling("backups"))) {
                assertThat(copies.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-import.db"));
            }
        }
    }

    @Test
    void anIdentityThatCannotBeWrittenIsARefusalNamingTheFile() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "");

        assertThatThrownBy(() -> central.sync().exportIdentity(notAFolder.resolve("central.json"), false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.explanation().key())
                        .isEqualTo("file.cannotWrite"))
                .hasMessageStartingWith("cannot write " + notAFolder.resolve("central.json"));
    }

    @Test
    void exportingBeforeTheInstallationIsASiteSaysWhatToDo() throws Exception {
        Services plain = Services.open(folder.resolve("plain.db"), central.clock(), "someone");

        assertThatThrownBy(() -> plain.sync().export(folder.resolve("x.mdb"), Optional.empty(), false, false))
                .hasMessageContaining("site init");
        assertThat(folder.resolve("x.mdb")).doesNotExist();
    }
}
