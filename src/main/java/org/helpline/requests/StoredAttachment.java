package org.helpline.requests;

import org.springframework.core.io.InputStreamSource;

/** A file to download: its name, its type as detected from its content, its size, and its content, streamed. */
public record StoredAttachment(String fileName, String contentType, long size, InputStreamSource content) {}
