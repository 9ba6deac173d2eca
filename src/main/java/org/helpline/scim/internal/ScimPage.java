package org.helpline.scim.internal;

import java.util.List;

/** One page of a filtered list (RFC 7644, 3.4.2.4); {@code startIndex} counts from 1. */
public record ScimPage<T>(List<T> resources, int totalResults, int startIndex) {

    /** The most resources one page holds, whatever count a directory asks for. */
    public static final int MAX_COUNT = 200;

    static <T> ScimPage<T> of(List<T> all, Integer startIndex, Integer count) {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? 100 : Math.max(0, Math.min(count, MAX_COUNT));
        int from = Math.min(start - 1, all.size());
        int to = Math.min(from + size, all.size());
        return new ScimPage<>(List.copyOf(all.subList(from, to)), all.size(), start);
    }
}
