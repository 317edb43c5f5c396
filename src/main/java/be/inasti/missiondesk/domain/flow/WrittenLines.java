package be.inasti.missiondesk.domain.flow;

import java.util.BitSet;

/**
 * The lines an import writes, by line number: applying a preview reads them again from the file (whose hash must
 * not have changed) instead of holding a million missions in memory between the preview and the apply. A line is
 * one bit in each set: two million lines take a megabyte.
 *
 * @param alone a line that is a whole mission or affiliate
 * @param first the first line of a mission of several lines (their notes are joined)
 * @param later a line that shares an earlier line's key: it joins that mission, if the import opens it
 * @param last  the last line of a mission of several lines, once read, the mission is complete
 */
public record WrittenLines(BitSet alone, BitSet first, BitSet later, BitSet last) {
    public WrittenLines {
        alone = (BitSet) alone.clone();
        first = (BitSet) first.clone();
        later = (BitSet) later.clone();
        last = (BitSet) last.clone();
    }

    /** Whether the import reads this line again. */
    public boolean reads(int line) {
        return alone.get(line) || first.get(line) || later.get(line);
    }
}
