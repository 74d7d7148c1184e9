package cn.yiwang.common.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads calendar years from the plain-text format described in
 * {@code yiwang/calendar/README.md}: a {@code year} line, then {@code off} lines (a day or an
 * inclusive range {@code a..b}) and {@code work} lines (make-up working days).
 */
public final class CalendarData {

    /** Classpath folder of the shipped years; {@code index.txt} lists them. */
    public static final String SHIPPED_LOCATION = "yiwang/calendar/";

    private CalendarData() {
    }

    /** The years shipped with common-lib. */
    public static Map<Integer, CalendarYear> shipped() {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (String line : readLines(SHIPPED_LOCATION + "index.txt")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            CalendarYear year = parse(String.join("\n", readLines(SHIPPED_LOCATION + name + ".txt")), name + ".txt");
            years.put(year.year(), year);
        }
        return years;
    }

    /** Years from one file, or from every {@code *.txt} file in a directory. */
    public static Map<Integer, CalendarYear> load(Path location) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        try {
            List<Path> files;
            if (Files.isDirectory(location)) {
                try (Stream<Path> listing = Files.list(location)) {
                    files = listing.filter(file -> file.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList();
                }
            } else if (Files.isRegularFile(location)) {
                files = List.of(location);
            } else {
                throw new IllegalArgumentException("yiwang.calendar.location " + location + " is neither a file nor a directory");
            }
            for (Path file : files) {
                CalendarYear year = parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                if (years.put(year.year(), year) != null) {
                    throw new IllegalArgumentException("the year " + year.year() + " is defined twice in " + location);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar data at " + location, e);
        }
        return years;
    }

    /** Parses one year; {@code source} names the file in error messages. */
    public static CalendarYear parse(String text, String source) {
        Integer year = null;
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        int number = 0;
        for (String raw : lines(new StringReader(text))) {
            number++;
            int comment = raw.indexOf('#');
            String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw invalid(source, number, "expected '<keyword> <value>'");
            }
            try {
                switch (parts[0]) {
                    case "year" -> {
                        if (year != null) {
                            throw invalid(source, number, "a file defines exactly one year");
                        }
                        year = Integer.parseInt(parts[1]);
                    }
                    case "off" -> {
                        requireYear(year, source, number);
                        String[] range = parts[1].split("\\.\\.");
                        LocalDate first = LocalDate.parse(range[0]);
                        LocalDate last = range.length == 2 ? LocalDate.parse(range[1]) : first;
                        if (range.length > 2 || last.isBefore(first)) {
                            throw invalid(source, number, "bad range " + parts[1]);
                        }
                        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                            off.add(day);
                        }
                    }
                    case "work" -> {
                        requireYear(year, source, number);
                        work.add(LocalDate.parse(parts[1]));
                    }
                    default -> throw invalid(source, number, "unknown keyword " + parts[0]);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw invalid(source, number, e.getMessage());
            }
        }
        requireYear(year, source, number);
        try {
            return new CalendarYear(year, off, work);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static void requireYear(Integer year, String source, int line) {
        if (year == null) {
            throw invalid(source, line, "the first entry must be 'year <yyyy>'");
        }
    }

    private static IllegalArgumentException invalid(String source, int line, String why) {
        return new IllegalArgumentException("calendar data " + source + " line " + line + ": " + why);
    }

    private static List<String> readLines(String resource) {
        InputStream in = CalendarData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("calendar data " + resource + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return lines(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Reader reader) {
        try (BufferedReader buffered = new BufferedReader(reader)) {
            return new ArrayList<>(buffered.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
