package org.lkmm.review;

/** What a reviewer learns about one ordering site. */
public enum Status {
    /** Every weaker form changes the verdict. */
    NEEDED,
    /** A weaker form (named in the report) keeps the verdict. */
    WEAKENABLE,
    /** The site can go entirely. */
    REDUNDANT
}
