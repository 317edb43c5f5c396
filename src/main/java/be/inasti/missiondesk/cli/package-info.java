/**
 * The command line (picocli): the same application services as the window, for scripting, tests and the central
 * office. Commands print through picocli's writers, never {@code System.out}, so tests capture them.
 */
package be.inasti.missiondesk.cli;
