package io.casework.timescales;

/**
 * The rule sets shipped with this library, by authority id (the rule set file's name without
 * {@code .json}), and the one a service uses when none is configured.
 */
public final class Authorities {

    /** The LCS practice guide (seed 004): the base every authority's rules refine. */
    public static final String LCS_PRACTICE_GUIDE = "lcs-practice-guide";
    /** Rochdale recording policy (seed 001). */
    public static final String ROCHDALE = "rochdale";
    /** Hertfordshire case recording procedure (seed 002). */
    public static final String HERTFORDSHIRE = "hertfordshire";
    /** Trafford recording policy, Appendix A (seed 003). */
    public static final String TRAFFORD = "trafford";

    /**
     * The authority of development and tests when none is configured; a production deployment has
     * no default and must name its own. The base is the one rule set that is not some particular
     * council's policy; note that it sets no general case-note timescale (004 does not give one),
     * so late-entry marking needs an authority to be configured.
     */
    public static final String DEFAULT = LCS_PRACTICE_GUIDE;

    /** The configuration key services read the authority id from. */
    public static final String CONFIG_PROPERTY = "casework.timescales.authority";

    private Authorities() {
    }
}
