package org.lkmm.review;

/**
 * The finding for one site: its status, the weakest form that keeps the verdict (for
 * WEAKENABLE), and the verdict the test gets when the site is weakened as far as it goes.
 */
public record SiteReport(Site site, Status status, String weakerAlternative, String outcomeIfWeakened) {}
