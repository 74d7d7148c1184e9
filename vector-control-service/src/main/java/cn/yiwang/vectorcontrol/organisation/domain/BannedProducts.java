package cn.yiwang.vectorcontrol.organisation.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The banned pesticides and acute rodenticides a service organisation may not use (Baoji
 * regulation Art. 26, 28), held as versioned data ({@code organisation/banned-products.json}) so a
 * new ministry notice is a data change. Also holds the accepted shape of a pesticide registration
 * number (Art. 29: registered products only).
 */
public record BannedProducts(String version, Pattern registrationNumber, List<Substance> substances) {

    public BannedProducts {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        substances = List.copyOf(substances);
    }

    /**
     * The banned substance a product names in its active ingredient or its product name, if any.
     * Names are compared without spaces and case: "Tetramine", "tetramine " and "毒鼠强" all match.
     */
    public Optional<Substance> bannedIn(String productName, String activeIngredient) {
        String haystack = normalise(productName) + "|" + normalise(activeIngredient);
        for (Substance substance : substances) {
            for (String name : substance.names()) {
                if (!name.isBlank() && haystack.contains(normalise(name))) {
                    return Optional.of(substance);
                }
            }
        }
        return Optional.empty();
    }

    public boolean registrationNumberAccepted(String number) {
        return number != null && registrationNumber.matcher(number.trim()).matches();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** A banned substance, its names (Chinese, English, aliases) and the rule that bans it. */
    public record Substance(String name, List<String> names, String basis) {
        public Substance {
            names = List.copyOf(names);
        }
    }
}
