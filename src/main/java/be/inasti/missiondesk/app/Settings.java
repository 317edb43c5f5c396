package be.inasti.missiondesk.app;

import be.inasti.missiondesk.store.SettingStore;
import java.util.Map;
import java.util.Optional;

/** The installation's settings (language, theme, …), kept in its database so they travel with it. */
public final class Settings {
    private final SettingStore store;

    public Settings(SettingStore store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.get(key);
    }

    public void put(String key, String value) {
        store.put(key, value);
    }

    /** Puts several settings in one transaction: those that belong together change together. */
    public void putAll(Map<String, String> values) {
        store.putAll(values);
    }
}
