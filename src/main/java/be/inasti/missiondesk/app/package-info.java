/**
 * Application services: what a caseworker or coordinator can do, called alike by the window ({@code ui}) and the
 * command line ({@code cli}). They read "today" from the injected {@link java.time.Clock} and stamp every change
 * with the current user and installation.
 */
package be.inasti.missiondesk.app;
