package cn.yiwang.review.statistics;

import java.util.Locale;
import java.util.Set;

/**
 * The evaluation channel (DOMAIN.md §4: 1 PC, 2 mobile, 3 QR code, 4 hall device, 5 hall
 * terminal, 6 phone, 7 SMS) a service event is invited on, from the channel its producer reports:
 * case-service's application channel (PC, MOBILE, KIOSK, WINDOW, PARTNER), hotline-service's
 * ticket channel (PHONE, WEB, MOBILE, MINI_PROGRAM, EMAIL, SMS, PARTNER, POLICE_110), a walk-in's
 * {@code window}, or already a channel code 1–7. A value that maps to none of the seven is counted
 * under {@link #UNMAPPED}, so per-channel figures still add up to the total.
 */
public final class InvitedChannel {

    public static final String UNMAPPED = "UNMAPPED";

    /** The seven evaluation channels by name, in code order. */
    public static final java.util.List<String> SEVEN = java.util.List.of("PC", "MOBILE", "QR_CODE", "HALL_DEVICE",
            "HALL_TERMINAL", "PHONE", "SMS");

    private static final Set<String> NAMES = Set.copyOf(SEVEN);

    private InvitedChannel() {
    }

    public static String of(String serviceChannel) {
        if (serviceChannel == null || serviceChannel.isBlank()) {
            return UNMAPPED;
        }
        String value = serviceChannel.strip().toUpperCase(Locale.ROOT);
        if (value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '7') {
            return SEVEN.get(value.charAt(0) - '1');
        }
        if (NAMES.contains(value)) {
            return value;
        }
        return switch (value) {
            case "WEB" -> "PC";
            case "MINI_PROGRAM", "APP" -> "MOBILE";
            // An application handed in at a window is rated on the window's evaluator device (一次一评).
            case "WINDOW" -> "HALL_DEVICE";
            case "KIOSK" -> "HALL_TERMINAL";
            // 12345 and calls handed over from 110 are visited back and rated by phone.
            case "POLICE_110", "HOTLINE", "12345" -> "PHONE";
            default -> UNMAPPED;
        };
    }
}
