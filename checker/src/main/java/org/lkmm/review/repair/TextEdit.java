package org.lkmm.review.repair;

/** Replace length characters at offset of a test's text with replacement (length 0: insert). */
record TextEdit(int offset, int length, String replacement) {}
