/**
 * The files a person names for MissionDesk to read or write, checked before any work: what it reads must be a
 * regular file of a sane size ({@link be.inasti.missiondesk.app.files.InputKind}), what it writes must not go over
 * its database, a backup, its own input or a file of another kind
 * ({@link be.inasti.missiondesk.app.files.OutputFiles}).
 */
package be.inasti.missiondesk.app.files;
