package org.tocgraph.resolve;

/**
 * One token of cell text.
 *
 * @param text     the token as written
 * @param norm     normalized form used for matching (accents stripped, lower case, straight quotes)
 * @param start    offset of the first character in the text
 * @param end      offset after the last character
 * @param fragment index of the cell fragment (source line) the token is on
 * @param word     true for a word or number, false for punctuation
 */
public record Token(String text, String norm, int start, int end, int fragment, boolean word) {
    /** True if the token is the given punctuation or (normalized) word. */
    public boolean is(String s) {
        return norm.equals(s);
    }

    public boolean isNumber() {
        return word && text.chars().allMatch(Character::isDigit);
    }
}
