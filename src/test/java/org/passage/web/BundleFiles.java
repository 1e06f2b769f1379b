package org.passage.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a module's message bundle and the message keys its templates or classes name, for bundle tests. */
public final class BundleFiles {

    private BundleFiles() {
    }

    /** The bundle {@code base} (e.g. {@code appointments/messages}) in one language; English has no suffix. */
    public static Properties load(String base, String language) throws IOException {
        String file = base + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundleFiles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("no bundle " + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** Every key of the bundle in any of the three languages. */
    public static Set<String> allKeys(String base) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String language : new String[] {"tr", "en", "de"}) {
            keys.addAll(load(base, language).stringPropertyNames());
        }
        return keys;
    }

    /** The first group of every match of {@code key} in the files directly in {@code directory} that pass {@code use}. */
    public static Set<String> keysIn(Path directory, Pattern key, Predicate<String> use) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                keys.addAll(keysInFile(file, key, use));
            }
        }
        return keys;
    }

    /** The first group of every match of {@code key} in one file that passes {@code use}. */
    public static Set<String> keysInFile(Path file, Pattern key, Predicate<String> use) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
            if (use.test(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }
}
