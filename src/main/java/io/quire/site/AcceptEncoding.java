package io.quire.site;

/** Reads an {@code Accept-Encoding} header (RFC 9110, 12.5.3) for the one question the page cache has. */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /** Whether gzip is acceptable: named (or as x-gzip) with a weight above 0, or else allowed by {@code *}. */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip();
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                gzip = weight(parts);
            }
            else if (coding.equals("*")) {
                any = weight(parts);
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                }
                catch (NumberFormatException ex) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
