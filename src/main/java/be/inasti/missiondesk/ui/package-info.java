/**
 * The JavaFX window: one package per screen, each a view (layout and bindings) and a view model (JavaFX
 * properties, calls to application services, unit-tested without a window). Database work runs through a
 * {@link be.inasti.missiondesk.ui.common.TaskRunner}, never on the FX thread.
 */
package be.inasti.missiondesk.ui;
